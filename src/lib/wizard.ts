/**
 * The decision wizard: the six-row checklist turned into questions, and the rules that turn answers
 * into a recommendation with the chain of reasons behind it. Rows are applied in checklist order.
 */
import type { Approach } from './vocabulary.ts';

export interface WizardAnswers {
  /** Is there a labeled evaluation set? */
  evalSet: 'yes' | 'no' | null;
  /** How many labeled, reviewed examples exist. */
  labeledExamples: number | null;
  /** Prompt F1 on the eval set, 0–1; null when not measured. */
  promptF1: number | null;
  /** A hard latency SLA: under 300 ms, a looser one, or none. */
  latency: 'strict' | 'relaxed' | 'none' | null;
  /** Is serving cost at projected scale sustainable? */
  cost: 'sustainable' | 'unsustainable' | null;
  /** Has systematic prompt iteration stopped improving the metric? */
  plateau: 'yes' | 'no' | 'unknown' | null;
  /** How often the facts the model needs change. */
  knowledge: 'static' | 'monthly' | 'daily' | null;
  /** How strict the output format is. */
  format: 'free' | 'schema' | 'custom' | null;
}

export const EMPTY_ANSWERS: WizardAnswers = {
  evalSet: null,
  labeledExamples: null,
  promptF1: null,
  latency: null,
  cost: null,
  plateau: null,
  knowledge: null,
  format: null,
};

export interface Reason {
  text: string;
  /** The guide section that argues this step. */
  href: string;
  leans: 'prompt' | 'tune' | 'neutral';
}

export interface Recommendation {
  approach: Approach;
  headline: string;
  reasons: Reason[];
  /** Questions still unanswered that the rules needed. */
  missing: (keyof WizardAnswers)[];
}

export const EXAMPLE_THRESHOLD = 500;
export const F1_THRESHOLD = 0.85;

const withRetrieval = (approach: Approach, dynamic: boolean): Approach => {
  if (!dynamic) return approach;
  if (approach === 'prompt') return 'rag';
  if (approach === 'fine-tune' || approach === 'smaller-model') return 'hybrid';
  return approach;
};

export function recommend(a: WizardAnswers): Recommendation {
  const reasons: Reason[] = [];
  const missing: (keyof WizardAnswers)[] = [];
  const dynamic = a.knowledge === 'monthly' || a.knowledge === 'daily';

  if (dynamic) {
    reasons.push({
      text: 'The facts change faster than you could retrain, so they belong in retrieval, not in the weights.',
      href: '/guides/overview/',
      leans: 'prompt',
    });
  }
  if (a.format === 'schema') {
    reasons.push({
      text: 'A standard JSON schema can be enforced by structured outputs or constrained decoding before any training.',
      href: '/guides/structured-output/',
      leans: 'prompt',
    });
  }

  const stop = (approach: Approach, headline: string, reason: Reason): Recommendation => ({
    approach: withRetrieval(approach, dynamic),
    headline,
    reasons: [...reasons, reason],
    missing,
  });

  // Row 1: no labeled eval set.
  if (a.evalSet === null) missing.push('evalSet');
  if (a.evalSet !== 'yes') {
    return stop('prompt', 'Start with prompt engineering and build an eval set first.', {
      text: 'Without a labeled eval set you cannot tell whether any change, fine-tuning included, helps.',
      href: '/guides/evaluation-harness/',
      leans: 'prompt',
    });
  }
  // Row 2: fewer than 500 labeled examples.
  if (a.labeledExamples === null) missing.push('labeledExamples');
  if (a.labeledExamples === null || a.labeledExamples < EXAMPLE_THRESHOLD) {
    return stop('prompt', 'Use few-shot prompting and collect labeled data in parallel.', {
      text: `With fewer than ${EXAMPLE_THRESHOLD} reviewed examples (a common rule of thumb), a strong prompted model usually matches a tuned one.`,
      href: '/guides/decision-framework/',
      leans: 'prompt',
    });
  }
  // Row 3: prompt F1 above 0.85.
  if (a.promptF1 === null) {
    missing.push('promptF1');
    return stop('prompt', 'Measure your prompt on the eval set before deciding.', {
      text: 'The decision turns on how good the prompted baseline is; run the eval set first.',
      href: '/guides/evaluation-harness/',
      leans: 'prompt',
    });
  }
  if (a.promptF1 > F1_THRESHOLD) {
    return stop('prompt', 'Ship the prompt: fine-tuning is unlikely to move the needle enough.', {
      text: `Prompt F1 of ${a.promptF1.toFixed(2)} is above ${F1_THRESHOLD}; the remaining gain rarely pays for a model to maintain.`,
      href: '/guides/decision-framework/',
      leans: 'prompt',
    });
  }

  // Rows 4–6: the conditions that justify tuning.
  const tuning: Reason[] = [];
  if (a.latency === 'strict') {
    tuning.push({
      text: 'A hard latency SLA under 300 ms calls for a smaller model: evaluate small base models first, then tune one.',
      href: '/guides/cost-and-latency/',
      leans: 'tune',
    });
  }
  if (a.cost === 'unsustainable') {
    tuning.push({
      text: 'At your scale the long prompt is too expensive; a smaller tuned model with a short prompt is justified.',
      href: '/guides/cost-and-latency/',
      leans: 'tune',
    });
  }
  if (a.plateau === 'yes') {
    tuning.push({
      text: 'Systematic prompt iteration has plateaued below your quality bar: fine-tuning is warranted.',
      href: '/guides/fine-tuning/',
      leans: 'tune',
    });
  }
  if (a.format === 'custom') {
    tuning.push({
      text: 'A custom output format the base model keeps breaking is a behavior that training teaches well.',
      href: '/guides/structured-output/',
      leans: 'tune',
    });
  }
  for (const key of ['latency', 'cost', 'plateau', 'knowledge', 'format'] as const) {
    if (a[key] === null) missing.push(key);
  }

  if (tuning.length === 0) {
    return stop('prompt', 'Keep iterating on the prompt: no condition for fine-tuning holds yet.', {
      text: a.plateau === 'unknown' ? 'You have not yet confirmed a plateau; iterate prompts systematically against the eval set.' : 'Quality is below the bar, but the prompt is still improving.',
      href: '/guides/prompt-engineering/',
      leans: 'prompt',
    });
  }
  const smaller = a.latency === 'strict' || a.cost === 'unsustainable';
  const approach = withRetrieval(smaller ? 'smaller-model' : 'fine-tune', dynamic);
  const headline =
    approach === 'hybrid'
      ? 'Fine-tune for behavior, and keep the changing facts in retrieval.'
      : smaller
        ? 'Fine-tune a smaller model, and plan for its upkeep.'
        : 'Fine-tune, and plan for the operational overhead.';
  return { approach, headline, reasons: [...reasons, ...tuning], missing };
}

const CHOICES = {
  evalSet: ['yes', 'no'],
  latency: ['strict', 'relaxed', 'none'],
  cost: ['sustainable', 'unsustainable'],
  plateau: ['yes', 'no', 'unknown'],
  knowledge: ['static', 'monthly', 'daily'],
  format: ['free', 'schema', 'custom'],
} as const;

/** URL query ↔ answers. Unknown values and malformed numbers are dropped, never fatal. */
export function parseAnswers(search: string | URLSearchParams): WizardAnswers {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const pick = <K extends keyof typeof CHOICES>(key: K): (typeof CHOICES)[K][number] | null => {
    const value = params.get(key);
    return (CHOICES[key] as readonly string[]).includes(value ?? '') ? (value as (typeof CHOICES)[K][number]) : null;
  };
  const examples = params.get('examples');
  const f1 = params.get('f1');
  const n = examples && /^\d{1,9}$/.test(examples) ? Number(examples) : null;
  const score = f1 && /^(0(\.\d{1,4})?|1(\.0{1,4})?)$/.test(f1) ? Number(f1) : null;
  return {
    evalSet: pick('evalSet'),
    labeledExamples: n,
    promptF1: score,
    latency: pick('latency'),
    cost: pick('cost'),
    plateau: pick('plateau'),
    knowledge: pick('knowledge'),
    format: pick('format'),
  };
}

export function serializeAnswers(a: WizardAnswers): string {
  const params = new URLSearchParams();
  for (const key of ['evalSet', 'latency', 'cost', 'plateau', 'knowledge', 'format'] as const) {
    const value = a[key];
    if (value !== null) params.set(key, value);
  }
  if (a.labeledExamples !== null) params.set('examples', String(a.labeledExamples));
  if (a.promptF1 !== null) params.set('f1', String(a.promptF1));
  const query = params.toString();
  return query ? `?${query}` : '';
}
