/**
 * The site's one decision rule, as data plus pure functions. Everything that states or applies the rule reads
 * it from here: the wizard at /decide/, the checklist table in the decision-framework guide (rendered by
 * src/components/mdx/DecisionChecklist.astro), and the canonical paragraph, stated whole once (the framework
 * guide's "The rule") and summarised with a link to it everywhere else, both by <DecisionRule> (a test holds the
 * content to it).
 *
 * The rule: prompting, with retrieval for knowledge, is the default. Fine-tune only when three conditions hold
 * at once: (1) a measured reason, either a quality plateau below the bar or a cost or latency target still missed
 * after the cheaper steps; (2) the data; (3) the means to prove and keep a tuned model. Each concern (measurement,
 * quality, cost, latency, data, operations, knowledge freshness, output format) contributes on its own, and the
 * contributions are combined: no concern ends the evaluation early.
 */
import type { Approach } from './vocabulary.ts';
import type { NumberSpec } from './number-input.ts';

// ---------------------------------------------------------------------------------------------------------
// The canonical statement

/** The rule in one paragraph, stated whole on one page only (RULE_HOME); nothing else should paraphrase it. */
export const RULE_STATEMENT =
  'Prompting, with retrieval for any knowledge, is the default. Fine-tune only when three conditions hold together: ' +
  'a measured reason (systematic prompt iteration has plateaued below your quality bar on a representative eval set, ' +
  'or a cost or latency target is still missed after the cheaper steps and a smaller tuned model is the realistic way to meet it); ' +
  'enough labeled, representative examples to train on and to hold out; ' +
  'and an eval set that can show the tuned model beating the best prompt, plus a team able to run its lifecycle on a tuning route that is still offered. ' +
  'No single condition is enough on its own, and cost alone never justifies tuning. ' +
  'Facts that change belong in retrieval, never in the weights. ' +
  'A prompt that meets the bar ships; if it costs too much to serve, the cheaper steps come first.';

/** The rule in one sentence, for every other page that needs it: it links to the whole statement at RULE_HOME. */
export const RULE_SUMMARY =
  'Prompt first, with retrieval for knowledge; fine-tune only when a measured reason, enough representative data ' +
  'and the means to prove and keep a tuned model all hold at once, and never for cost alone.';

/** Where the rule is stated whole: the decision-framework guide's first section. */
export const RULE_HOME = '/guides/decision-framework/#the-rule';

/** The rule as Markdown (for the Markdown twins and the search text): the whole statement, or the summary with a link home. */
export function ruleMarkdown(origin: string, part: 'whole' | 'summary' = 'whole'): string {
  if (part === 'whole') return `> ${RULE_STATEMENT}`;
  return `**The rule in short:** ${RULE_SUMMARY} [The rule in full](${new URL(RULE_HOME, origin).href}).`;
}

/** The three conditions, each with the guide section that argues it. */
export interface Condition {
  id: 'reason' | 'data' | 'proof';
  title: string;
  text: string;
  href: string;
}

const FRAMEWORK = '/guides/decision-framework/';
/** Where a reader finds the tuning routes still open, who may use each and what it costs (src/pages/fine-tuning-routes.astro). */
export const TUNING_ROUTES_PAGE = '/fine-tuning-routes/';

/** The quality bar used when the reader sets none: a practitioners' rule of thumb, not a research result. */
export const DEFAULT_BAR = 0.85;
/** Training examples that make a tuning experiment worth its overhead, as a rule of thumb (not a gate). */
export const EXAMPLES_RULE_OF_THUMB = 500;
/** The fewest training examples a hosted tuning API accepts (OpenAI's supervised fine-tuning guide): below it there is
 * nothing to train a first experiment on, whatever else holds. */
export const EXAMPLES_MINIMUM = 10;

export const CONDITIONS: readonly Condition[] = [
  {
    id: 'reason',
    title: 'A measured reason',
    text: 'Prompt iteration has plateaued below the quality bar over several rounds on a representative eval set, or a cost or latency target is still missed after the cheaper steps.',
    href: `${FRAMEWORK}#quality-a-measured-plateau`,
  },
  {
    id: 'data',
    title: 'The data',
    text: `Enough labeled, representative examples to train on and to hold out; about ${EXAMPLES_RULE_OF_THUMB} is a rule of thumb, not a gate, and distilled outputs count once checked.`,
    href: `${FRAMEWORK}#data-enough-examples-or-distilled-ones`,
  },
  {
    id: 'proof',
    title: 'The means to prove and keep it',
    text: 'An eval set that can show the tuned model beating the best prompt by enough to pay for it, and a team that can retrain, monitor and migrate it on a tuning route still offered.',
    href: `${FRAMEWORK}#proving-and-keeping-a-tuned-model`,
  },
];

// ---------------------------------------------------------------------------------------------------------
// The cheaper steps

export type StepId = 'caching' | 'batch' | 'smaller-model' | 'trim' | 'routing' | 'distill' | 'optimize-prompt';

export interface CheaperStep {
  id: StepId;
  title: string;
  /** What to do, in one sentence. */
  text: string;
  /** The guide section that argues the step. */
  href: string;
  /** Which concern the step answers. */
  helps: readonly ('cost' | 'latency' | 'data' | 'quality')[];
}

/** The steps to try before tuning, in the order worth trying them. */
export const CHEAPER_STEPS: readonly CheaperStep[] = [
  {
    id: 'caching',
    title: 'Prompt caching',
    text: 'Put the fixed part of the prompt (instructions, examples) first so the provider can bill repeated prefixes at the cached rate and skip reprocessing them.',
    href: '/guides/cost-and-latency/#prompt-caching',
    helps: ['cost', 'latency'],
  },
  {
    id: 'batch',
    title: 'Batch processing',
    text: 'Send work that nobody waits for through a batch endpoint, which trades turnaround time for a lower price.',
    href: '/guides/cost-and-latency/#batch-discounts',
    helps: ['cost'],
  },
  {
    id: 'smaller-model',
    title: 'A smaller or cheaper model',
    text: 'Rerun the eval set on smaller and cheaper base models; changing the model name is the cheapest experiment there is.',
    href: `${FRAMEWORK}#a-smaller-or-cheaper-model`,
    helps: ['cost', 'latency'],
  },
  {
    id: 'trim',
    title: 'Prompt trimming',
    text: 'Cut examples and boilerplate the eval set shows you can do without, and retrieve only the passages a request needs.',
    href: '/guides/cost-and-latency/#prompt-length-and-caching',
    helps: ['cost', 'latency'],
  },
  {
    id: 'routing',
    title: 'Routing',
    text: 'Send the easy requests to a cheap model and only the hard ones to the expensive one.',
    href: '/guides/cost-and-latency/#routing-between-models',
    helps: ['cost', 'latency'],
  },
  {
    id: 'distill',
    title: 'Distillation data from a strong model',
    text: 'When labeled data is short, let a strong model label real inputs, check its outputs against the eval set, and keep what passes as training data.',
    href: '/guides/fine-tuning/#distilling-a-large-model-into-a-smaller-one',
    helps: ['data'],
  },
  {
    id: 'optimize-prompt',
    title: 'Automated prompt optimization',
    text: 'Before calling a plateau, let an optimizer such as DSPy (MIPROv2, GEPA) search instructions and examples against your eval metric, scored on a split it never saw.',
    href: '/guides/prompt-engineering/#optimize-the-prompt-before-you-tune',
    helps: ['quality'],
  },
];

export const CALCULATOR_HREF = '/calculator/';

// ---------------------------------------------------------------------------------------------------------
// The questions

export interface WizardAnswers {
  /** A representative, labeled eval set exists. */
  evalSet: 'yes' | 'no' | null;
  /** The best prompt's score on it, 0–1. */
  promptF1: number | null;
  /** The score the product needs, 0–1; when empty the rule-of-thumb bar is used and the result says so. */
  bar: number | null;
  /** Systematic prompt iteration has stopped improving the score. */
  plateau: 'yes' | 'no' | 'unknown' | null;
  /** Serving cost at projected volume. */
  cost: 'sustainable' | 'unsustainable' | null;
  /** Whether the prompted model meets the latency target. */
  latency: 'met' | 'missed' | 'none' | null;
  /** Whether the cheaper steps have been tried and measured. */
  cheaperSteps: 'tried' | 'not-yet' | null;
  /** Labeled, representative examples available for training (eval set not counted). */
  examples: number | null;
  /** How often the facts the answers depend on change. */
  knowledge: 'rarely' | 'monthly' | 'weekly' | null;
  /** How strict the output format is. */
  format: 'free' | 'schema' | 'custom' | null;
  /** The team can run a tuned model's lifecycle on a tuning route still offered. */
  operations: 'yes' | 'no' | null;
}

export type AnswerKey = keyof WizardAnswers;
export type ChoiceKey = { [K in AnswerKey]: WizardAnswers[K] extends number | null ? never : K }[AnswerKey];
export type NumberKey = Exclude<AnswerKey, ChoiceKey>;

export const EMPTY_ANSWERS: WizardAnswers = {
  evalSet: null,
  promptF1: null,
  bar: null,
  plateau: null,
  cost: null,
  latency: null,
  cheaperSteps: null,
  examples: null,
  knowledge: null,
  format: null,
  operations: null,
};


export interface ChoiceQuestion {
  kind: 'choice';
  key: ChoiceKey;
  question: string;
  options: readonly { value: string; label: string }[];
  /** How to answer it, with the page that works it out. */
  help?: { text: string; href: string; link: string };
  /** A page that helps answer it, shown under the question. */
  more?: { label: string; href: string };
}

export interface NumberQuestion {
  kind: 'number';
  key: NumberKey;
  question: string;
  help: string;
  min: number;
  max: number;
  integer: boolean;
  /** Short name for the URL. */
  param: string;
}

export type Question = ChoiceQuestion | NumberQuestion;

/** How a number question reads typed text: a score as a share ("0.82", "82", "82%"), a count as a whole number ("20k"). */
export function answerSpec(q: NumberQuestion): NumberSpec {
  return q.integer ? { kind: 'count', min: q.min, max: q.max, integer: true, example: '1200' } : { kind: 'share', scale: 'fraction', min: q.min, max: q.max };
}

/** The wizard's questions in the order asked. */
export const QUESTIONS: readonly Question[] = [
  {
    kind: 'choice',
    key: 'evalSet',
    question: 'Do you have a representative, labeled eval set for this task?',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'Not yet' },
    ],
  },
  {
    kind: 'number',
    key: 'promptF1',
    param: 'f1',
    question: "Your best prompt's F1 (or main metric) on that set, from 0 to 1",
    help: 'For example 0.78, or 78 %. Leave empty if you have not measured it.',
    min: 0,
    max: 1,
    integer: false,
  },
  {
    kind: 'number',
    key: 'bar',
    param: 'bar',
    question: 'The score your product needs (your quality bar), from 0 to 1',
    help: `For example 0.9, or 90 %. Leave empty to compare with ${DEFAULT_BAR}, a practitioners' rule of thumb.`,
    min: 0,
    max: 1,
    integer: false,
  },
  {
    kind: 'choice',
    key: 'plateau',
    question: 'Has systematic prompt iteration stopped improving that score?',
    options: [
      { value: 'yes', label: 'Yes, over several rounds' },
      { value: 'no', label: 'No, it still improves' },
      { value: 'unknown', label: 'We have not tracked it' },
    ],
  },
  {
    kind: 'choice',
    key: 'cost',
    question: 'At your projected volume, is the serving cost sustainable?',
    options: [
      { value: 'sustainable', label: 'Yes' },
      { value: 'unsustainable', label: 'No, it is too high' },
    ],
  },
  {
    kind: 'choice',
    key: 'latency',
    question: 'Does the prompted model meet your latency target?',
    help: {
      text: 'Estimate a request as time to first token plus output tokens ÷ output speed, from measurements of your model, and compare it with your p95 target, leaving room for the slow tail.',
      href: '/calculator/#prompted-or-tuned',
      link: 'The cost calculator does this for each option',
    },
    options: [
      { value: 'met', label: 'Yes' },
      { value: 'missed', label: 'No, it is too slow' },
      { value: 'none', label: 'We have no target' },
    ],
  },
  {
    kind: 'choice',
    key: 'cheaperSteps',
    question: 'Have you tried the cheaper steps (caching, batching, a smaller or cheaper model, a shorter prompt, routing)?',
    options: [
      { value: 'tried', label: 'Yes, and measured the result' },
      { value: 'not-yet', label: 'Not yet' },
    ],
  },
  {
    kind: 'number',
    key: 'examples',
    param: 'examples',
    question: 'How many labeled, representative examples could you train on?',
    help: 'For example 1200, or 20k. Not counting the eval set. Outputs distilled from a strong model count once checked against the eval set.',
    min: 0,
    max: 100_000_000,
    integer: true,
  },
  {
    kind: 'choice',
    key: 'knowledge',
    question: 'How often do the facts the answers depend on change?',
    options: [
      { value: 'rarely', label: 'Rarely' },
      { value: 'monthly', label: 'About monthly' },
      { value: 'weekly', label: 'Weekly or faster' },
    ],
  },
  {
    kind: 'choice',
    key: 'format',
    question: 'How strict is the output format?',
    options: [
      { value: 'free', label: 'Free text' },
      { value: 'schema', label: 'A standard JSON schema' },
      { value: 'custom', label: 'A custom format the model keeps breaking' },
    ],
  },
  {
    kind: 'choice',
    key: 'operations',
    question: "Could your team run a tuned model's lifecycle (retraining, drift monitoring, moving off retired base models) on a tuning route that is still offered?",
    more: { label: 'Where can you fine-tune today, and for how much?', href: TUNING_ROUTES_PAGE },
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No, or not yet' },
    ],
  },
];

export const QUESTION_BY_KEY = Object.fromEntries(QUESTIONS.map((q) => [q.key, q])) as Record<AnswerKey, Question>;

/** The label of an answer as the reader saw it, or undefined when unanswered. */
export function answerLabel(answers: WizardAnswers, key: AnswerKey): string | undefined {
  const value = answers[key];
  if (value === null) return undefined;
  const q = QUESTION_BY_KEY[key];
  if (q.kind === 'number') return String(value);
  return q.options.find((o) => o.value === value)?.label;
}

// ---------------------------------------------------------------------------------------------------------
// Validation

export interface Problem {
  key: AnswerKey;
  message: string;
}

/** Answers outside their allowed values (possible from code or a hand-edited link, never from the form). */
export function validateAnswers(a: WizardAnswers): Problem[] {
  const problems: Problem[] = [];
  for (const q of QUESTIONS) {
    const value = a[q.key];
    if (value === null) continue;
    if (q.kind === 'number') {
      const n = value as number;
      if (typeof n !== 'number' || !Number.isFinite(n)) problems.push({ key: q.key, message: 'is not a number' });
      else if (n < q.min || n > q.max) problems.push({ key: q.key, message: `must be between ${q.min} and ${q.max}` });
      else if (q.integer && !Number.isInteger(n)) problems.push({ key: q.key, message: 'must be a whole number' });
    } else if (!q.options.some((o) => o.value === value)) {
      problems.push({ key: q.key, message: 'is not one of the offered answers' });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// How each concern contributes

export type Verdict = 'tune' | 'steps-first' | 'not-yet' | 'ship' | 'iterate' | 'measure' | 'default';
export type Concern = 'measurement' | 'quality' | 'cost' | 'latency' | 'data' | 'operations' | 'knowledge' | 'format' | 'default';
export type Status = 'met' | 'not-met' | 'unknown';

export interface Reason {
  concern: Concern;
  text: string;
  /** The guide section (or tool) that argues this reason. */
  href: string;
  leans: 'prompt' | 'tune' | 'neutral';
}

/** The facts the verdict is built from, one per concern; cheap to compute. */
interface Assessment {
  quality: 'meets' | 'plateau' | 'improving' | 'unconfirmed' | 'unmeasured' | 'unknown';
  costMissed: boolean;
  latencyMissed: boolean;
  stepsTried: boolean;
  conditions: Record<Condition['id'], Status>;
  /** Some examples, but fewer than the rule of thumb: tuning stays open, as a smaller first experiment. */
  thinData: boolean;
}

function assess(a: WizardAnswers): Assessment {
  const bar = a.bar ?? DEFAULT_BAR;
  let quality: Assessment['quality'];
  if (a.evalSet === 'no') quality = 'unmeasured';
  else if (a.promptF1 === null) quality = 'unknown';
  else if (a.promptF1 >= bar) quality = 'meets';
  else if (a.plateau === 'yes') quality = 'plateau';
  else if (a.plateau === 'no') quality = 'improving';
  else quality = 'unconfirmed';

  const costMissed = a.cost === 'unsustainable';
  const latencyMissed = a.latency === 'missed';
  const stepsTried = a.cheaperSteps === 'tried';
  const targetMissed = costMissed || latencyMissed;

  // Condition 1: a plateau below the bar, or a target still missed after the cheaper steps.
  let reason: Status;
  if (quality === 'plateau' || (targetMissed && stepsTried)) reason = 'met';
  else {
    const qualityOpen = quality === 'unknown' || quality === 'unconfirmed';
    const pressureOpen = (a.cost === null || a.latency === null || (targetMissed && a.cheaperSteps === null));
    reason = qualityOpen || pressureOpen ? 'unknown' : 'not-met';
  }
  // Condition 2: the data. About EXAMPLES_RULE_OF_THUMB is a rule of thumb, not a gate: a count below it makes the
  // first run a small experiment (thinData), so 499 and 500 examples give the same verdict. Below EXAMPLES_MINIMUM,
  // the smallest set a tuning API accepts, there is nothing to train on yet.
  const data: Status = a.examples === null ? 'unknown' : a.examples >= EXAMPLES_MINIMUM ? 'met' : 'not-met';
  const thinData = a.examples !== null && a.examples >= EXAMPLES_MINIMUM && a.examples < EXAMPLES_RULE_OF_THUMB;
  // Condition 3: an eval set to prove it, a team to keep it.
  const proof: Status =
    a.evalSet === 'no' || a.operations === 'no' ? 'not-met' : a.evalSet === 'yes' && a.operations === 'yes' ? 'met' : 'unknown';

  return { quality, costMissed, latencyMissed, stepsTried, conditions: { reason, data, proof }, thinData };
}

function verdictOf(s: Assessment): Verdict {
  const { reason, data, proof } = s.conditions;
  // A missed cost or latency target sends the reader to the cheaper steps first, whatever else holds.
  if ((s.costMissed || s.latencyMissed) && !s.stepsTried) return 'steps-first';
  if (reason === 'met' && data === 'met' && proof === 'met') return 'tune';
  if (reason === 'met') return 'not-yet';
  if (s.quality === 'meets') return 'ship';
  if (s.quality === 'improving' || s.quality === 'unconfirmed') return 'iterate';
  if (s.quality === 'unmeasured') return 'measure';
  return 'default';
}

const changingFacts = (a: WizardAnswers) => a.knowledge === 'weekly' || a.knowledge === 'monthly';

function approachOf(verdict: Verdict, s: Assessment, a: WizardAnswers): Approach {
  if (verdict === 'tune') {
    if (changingFacts(a)) return 'hybrid';
    return s.quality === 'plateau' ? 'fine-tune' : 'smaller-model';
  }
  return changingFacts(a) ? 'rag' : 'prompt';
}

const pct = (n: number) => n.toFixed(2);

function headlineOf(verdict: Verdict, s: Assessment, a: WizardAnswers): string {
  const facts = changingFacts(a) ? ' Keep the changing facts in retrieval; train only for behavior.' : '';
  switch (verdict) {
    case 'tune': {
      const thin = s.thinData
        ? ` With ${a.examples} examples, below the rule of thumb of about ${EXAMPLES_RULE_OF_THUMB}, make the first run a small experiment: hold part of them out, grow the set with distilled outputs checked on the eval set, and keep the prompt unless the tuned model beats it.`
        : '';
      return s.quality === 'plateau'
        ? `Fine-tune: all three conditions hold, with a measured plateau below your bar as the reason.${thin}${facts}`
        : `Fine-tune a smaller model: the cheaper steps did not reach your target, and all three conditions hold.${thin}${facts}`;
    }
    case 'steps-first': {
      const what = s.costMissed && s.latencyMissed ? 'serving cost and latency' : s.costMissed ? 'serving cost' : 'latency';
      const quality =
        s.quality === 'meets'
          ? ' The prompt already meets your bar, so it ships in the meantime.'
          : s.quality === 'plateau' || s.quality === 'improving' || s.quality === 'unconfirmed'
            ? s.conditions.reason === 'met' && s.conditions.data === 'met' && s.conditions.proof === 'met'
              ? ' Your quality plateau meets the conditions for tuning as well: train after these steps, against the cheaper baseline they give you.'
              : ' Quality is below your bar as well: keep improving the prompt alongside, and weigh tuning only after both are measured.'
            : '';
      return `Cut ${what} first, with the cheaper steps below, before any fine-tuning.${quality}`;
    }
    case 'not-yet': {
      const gaps = CONDITIONS.filter((c) => c.id !== 'reason' && s.conditions[c.id] !== 'met').map(
        (c) => `${c.title.replace(/^T/, 't')} (${s.conditions[c.id] === 'unknown' ? 'not answered' : 'missing'})`,
      );
      return `Not yet: you have a measured reason to consider tuning, but ${gaps.join(' and ')} ${gaps.length > 1 ? 'are' : 'is'} still open.`;
    }
    case 'ship':
      return 'Ship the prompt: it already meets your quality bar.';
    case 'iterate':
      return 'Keep improving the prompt: it is below your bar, and iteration has not been shown to plateau.';
    case 'measure':
      return 'Build a representative eval set first: without one, no option can be shown to be better.';
    case 'default':
      return 'Start with prompting, plus retrieval for knowledge: it stays the default until a measurement gives a reason to tune.';
  }
}

function reasonsOf(verdict: Verdict, s: Assessment, a: WizardAnswers): Reason[] {
  const reasons: Reason[] = [];
  const bar = a.bar ?? DEFAULT_BAR;
  const barText = a.bar === null ? `the rule-of-thumb bar of ${DEFAULT_BAR}` : `your bar of ${pct(bar)}`;

  // Measurement.
  if (a.evalSet === 'no') {
    reasons.push({
      concern: 'measurement',
      text:
        a.promptF1 === null
          ? 'With no representative eval set, neither a prompt change nor a tuned model can be shown to help.'
          : 'A score not measured on a representative eval set cannot settle the choice, so it is set aside.',
      href: `${FRAMEWORK}#no-labeled-eval-set-yet`,
      leans: 'prompt',
    });
  }

  // Quality.
  if (s.quality === 'meets' && a.promptF1 !== null) {
    reasons.push({
      concern: 'quality',
      text: `A score of ${pct(a.promptF1)} meets ${barText}: a tuned model would have little quality to add.`,
      href: `${FRAMEWORK}#prompt-f1-above-085`,
      leans: 'prompt',
    });
  } else if (s.quality === 'plateau' && a.promptF1 !== null) {
    reasons.push({
      concern: 'quality',
      text: `Several rounds of prompt iteration have stalled at ${pct(a.promptF1)}, below ${barText}: a measured plateau is the quality reason to tune.`,
      href: `${FRAMEWORK}#quality-a-measured-plateau`,
      leans: 'tune',
    });
  } else if ((s.quality === 'improving' || s.quality === 'unconfirmed') && a.promptF1 !== null) {
    reasons.push({
      concern: 'quality',
      text:
        s.quality === 'improving'
          ? `At ${pct(a.promptF1)} the prompt is below ${barText} but still improving, so the next prompt round is cheaper than a training run.`
          : `At ${pct(a.promptF1)} the prompt is below ${barText}, but no plateau has been recorded: track each prompt version's score before calling it one.`,
      href: '/guides/prompt-engineering/#iterate-against-an-eval-set',
      leans: 'prompt',
    });
  }

  // Cost and latency.
  if (s.costMissed || s.latencyMissed) {
    const what =
      s.costMissed && s.latencyMissed
        ? 'Serving cost is too high and the latency target is missed'
        : s.costMissed
          ? 'Serving cost is too high'
          : 'The latency target is missed';
    reasons.push(
      s.stepsTried
        ? {
            concern: s.costMissed ? 'cost' : 'latency',
            text: `${what} even after the cheaper steps: a smaller tuned model becomes a candidate, though it still needs the data and an eval set to prove it.`,
            href: `${FRAMEWORK}#cost-and-latency-cheaper-steps-first`,
            leans: 'tune',
          }
        : {
            concern: s.costMissed ? 'cost' : 'latency',
            text: `${what}, and the cheaper steps have not been tried yet: they are quicker and cheaper than training, and cost alone never justifies tuning.`,
            href: `${FRAMEWORK}#cost-and-latency-cheaper-steps-first`,
            leans: 'prompt',
          },
    );
    if (s.costMissed) {
      reasons.push({
        concern: 'cost',
        text: 'Put your own volume, prompt length and prices into the calculator to see what each step saves.',
        href: CALCULATOR_HREF,
        leans: 'neutral',
      });
    }
  }

  // Data.
  if (a.examples !== null && s.conditions.data === 'not-met' && (verdict === 'not-yet' || s.conditions.reason !== 'not-met')) {
    reasons.push({
      concern: 'data',
      text: a.examples === 0
        ? `No labeled training examples yet: there is nothing to train on. Label some, or distill outputs from a strong model and check them on the eval set.`
        : `${a.examples} labeled examples are fewer than the ${EXAMPLES_MINIMUM} a tuning API accepts: label more, or distill outputs from a strong model and check them on the eval set.`,
      href: `${FRAMEWORK}#data-enough-examples-or-distilled-ones`,
      leans: 'prompt',
    });
  } else if (s.thinData && s.conditions.reason !== 'not-met') {
    reasons.push({
      concern: 'data',
      text: `${a.examples} training examples is below the rule of thumb of about ${EXAMPLES_RULE_OF_THUMB}, which is not a gate: the count is thin, so start with a small experiment and add distilled outputs checked on the eval set.`,
      href: `${FRAMEWORK}#data-enough-examples-or-distilled-ones`,
      leans: 'neutral',
    });
  } else if (a.examples !== null && s.conditions.data === 'met' && verdict === 'tune') {
    reasons.push({
      concern: 'data',
      text: `${a.examples} labeled examples are enough to train on and to hold some out.`,
      href: `${FRAMEWORK}#data-enough-examples-or-distilled-ones`,
      leans: 'tune',
    });
  }

  // Proving and keeping it.
  if (a.operations === 'no' && s.conditions.reason !== 'not-met') {
    reasons.push({
      concern: 'operations',
      text: 'Without a team to retrain, monitor and migrate a tuned model, it decays in production; stay with prompts and hosted models.',
      href: `${FRAMEWORK}#proving-and-keeping-a-tuned-model`,
      leans: 'prompt',
    });
  } else if (verdict === 'tune') {
    reasons.push({
      concern: 'operations',
      text: 'Your eval set can show whether the tuned model beats the best prompt by enough to pay for it, and your team can keep it running on a route still open to you (check who may use each route and its last day): make that comparison the gate for shipping.',
      href: TUNING_ROUTES_PAGE,
      leans: 'tune',
    });
  }

  // Knowledge.
  if (changingFacts(a)) {
    reasons.push({
      concern: 'knowledge',
      text:
        a.knowledge === 'weekly'
          ? 'Facts that change every week would be stale in a tuned model within days: they belong in retrieval, never in the weights.'
          : 'Facts that change every month outrun any retraining schedule: keep them in retrieval, and tune, if ever, only for behavior.',
      href: `${FRAMEWORK}#knowledge-that-changes`,
      leans: 'prompt',
    });
  }

  // Format.
  if (a.format === 'schema') {
    reasons.push({
      concern: 'format',
      text: 'A standard JSON schema can be enforced at decoding time with structured outputs, before any training.',
      href: '/guides/structured-output/#schema-enforced-structured-outputs',
      leans: 'prompt',
    });
  } else if (a.format === 'custom') {
    reasons.push({
      concern: 'format',
      text: 'Try a grammar that constrains decoding first; a format the model still breaks after that is a quality gap, and counts only as a measured plateau.',
      href: '/guides/structured-output/#when-fine-tuning-for-a-format-still-pays',
      leans: 'neutral',
    });
  }

  if (reasons.length === 0) {
    reasons.push({
      concern: 'default',
      text: 'Prompting needs no training data and changes in minutes, so it is where every project starts.',
      href: '/guides/overview/#why-prompting-with-retrieval-is-the-default',
      leans: 'prompt',
    });
  }
  return reasons;
}

function stepsOf(verdict: Verdict, s: Assessment): CheaperStep[] {
  const wanted = new Set<CheaperStep['helps'][number]>();
  if (s.costMissed) wanted.add('cost');
  if (s.latencyMissed) wanted.add('latency');
  // Data is short while tuning is in view: distilled examples are the cheap way to close the gap.
  if ((s.conditions.data === 'not-met' || s.thinData) && s.conditions.reason !== 'not-met' && verdict !== 'measure') wanted.add('data');
  // Quality below the bar and no decision to train yet: an optimizer run is cheaper than a training run and may lift
  // the prompt past the bar, or confirm the plateau.
  if (verdict !== 'tune' && (s.quality === 'improving' || s.quality === 'unconfirmed' || s.quality === 'plateau')) wanted.add('quality');
  return CHEAPER_STEPS.filter((step) => step.helps.some((h) => wanted.has(h))).filter(
    // Batch processing saves cost; it never helps a latency target, and only makes sense if cost is the problem.
    (step) => step.id !== 'batch' || s.costMissed,
  );
}

// ---------------------------------------------------------------------------------------------------------
// The result

export interface OpenQuestion {
  key: AnswerKey;
  question: string;
  /** Answers that would give a different verdict, with that verdict and its headline. */
  changes: { answer: string; verdict: Verdict; headline: string }[];
}

export interface Decision {
  status: 'ok';
  verdict: Verdict;
  approach: Approach;
  headline: string;
  /** True when the result recommends training a model. */
  tune: boolean;
  /** True when the result puts the changing facts in retrieval (never in the weights). */
  retrieval: boolean;
  reasons: Reason[];
  /** The cheaper steps to try first, in order, each linked to its argument. */
  steps: CheaperStep[];
  conditions: { condition: Condition; status: Status }[];
  /** Unanswered questions whose answer would change the verdict. */
  open: OpenQuestion[];
  /** What the result assumed in place of an unanswered question (said, never silent). */
  assumptions: string[];
}

export interface InvalidDecision {
  status: 'invalid';
  problems: Problem[];
  /** Why there is no result, in one sentence. */
  message: string;
}

/** Sample answers for a numeric question, for finding the answers that would change a result. */
function numericProbes(key: NumberKey, a: WizardAnswers): number[] {
  const bar = a.bar ?? DEFAULT_BAR;
  switch (key) {
    case 'promptF1':
      return [Math.max(0, bar - 0.1), bar];
    case 'bar':
      return a.promptF1 === null ? [DEFAULT_BAR] : [Math.min(1, a.promptF1 + 0.05), Math.max(0, a.promptF1 - 0.05)];
    case 'examples':
      return [0, EXAMPLES_RULE_OF_THUMB * 2];
  }
}

function probeLabel(key: NumberKey, value: number, a: WizardAnswers): string {
  if (key === 'examples') return value === 0 ? 'none yet' : `some (about ${EXAMPLES_RULE_OF_THUMB} or more is comfortable)`;
  if (key === 'promptF1') {
    const bar = (a.bar ?? DEFAULT_BAR).toFixed(2);
    return value >= (a.bar ?? DEFAULT_BAR) ? `${bar} or more` : `below ${bar}`;
  }
  if (a.promptF1 === null) return value.toFixed(2);
  return value > a.promptF1 ? 'a bar above your score' : 'a bar at or below your score';
}

function openQuestions(a: WizardAnswers, verdict: Verdict): OpenQuestion[] {
  const open: OpenQuestion[] = [];
  for (const q of QUESTIONS) {
    if (a[q.key] !== null) continue;
    const tries: { answer: string; value: string | number }[] =
      q.kind === 'choice' ? q.options.map((o) => ({ answer: o.label, value: o.value })) : numericProbes(q.key, a).map((v) => ({ answer: probeLabel(q.key, v, a), value: v }));
    const changes: OpenQuestion['changes'] = [];
    for (const t of tries) {
      const next = { ...a, [q.key]: t.value } as WizardAnswers;
      const s = assess(next);
      const v = verdictOf(s);
      if (v !== verdict && !changes.some((c) => c.answer === t.answer)) changes.push({ answer: t.answer, verdict: v, headline: headlineOf(v, s, next) });
    }
    if (changes.length) open.push({ key: q.key, question: q.question, changes });
  }
  return open;
}

/** The wizard's result for a set of answers. Pure; never throws on answers of the right shape. */
export function decide(a: WizardAnswers, inputProblems: readonly Problem[] = []): Decision | InvalidDecision {
  const problems = [...inputProblems, ...validateAnswers(a)];
  if (problems.length) {
    const first = problems[0]!;
    const q = QUESTION_BY_KEY[first.key];
    return {
      status: 'invalid',
      problems,
      message: `No recommendation while an answer is invalid: "${q.question}" ${first.message}.`,
    };
  }
  const s = assess(a);
  const verdict = verdictOf(s);
  const assumptions: string[] = [];
  if (a.bar === null && a.promptF1 !== null && a.evalSet !== 'no') {
    assumptions.push(`Your score was compared with ${DEFAULT_BAR}, a rule-of-thumb bar, because you set none; your own bar may differ.`);
  }
  return {
    status: 'ok',
    verdict,
    approach: approachOf(verdict, s, a),
    headline: headlineOf(verdict, s, a),
    tune: verdict === 'tune',
    retrieval: changingFacts(a),
    reasons: reasonsOf(verdict, s, a),
    steps: stepsOf(verdict, s),
    conditions: CONDITIONS.map((condition) => ({ condition, status: s.conditions[condition.id] })),
    open: openQuestions(a, verdict),
    assumptions,
  };
}

// ---------------------------------------------------------------------------------------------------------
// URL state

/** Version of the link format; links without it (or with another) come from an earlier wizard. */
export const URL_VERSION = '2';

export interface ParsedLink {
  answers: WizardAnswers;
  /** Set when the link could not be used as it was: what was dropped and why. */
  notice: string | null;
}

const NUMBER_PATTERN = /^\d{1,9}(\.\d{1,6})?$/;

/** URL query → answers. An outdated or invalid link falls back to defaults (fully or per field) with a notice. */
export function parseAnswers(search: string | URLSearchParams): ParsedLink {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  if ([...params.keys()].length === 0) return { answers: EMPTY_ANSWERS, notice: null };
  const version = params.get('v');
  if (version !== URL_VERSION) {
    return {
      answers: EMPTY_ANSWERS,
      notice: 'This link was made by an earlier version of the wizard, whose questions differ, so the answers start empty. Answer again to get a current result.',
    };
  }
  const answers: Record<string, unknown> = { ...EMPTY_ANSWERS };
  const dropped: string[] = [];
  for (const q of QUESTIONS) {
    const name = q.kind === 'number' ? q.param : q.key;
    const raw = params.get(name);
    if (raw === null) continue;
    if (q.kind === 'choice') {
      if (q.options.some((o) => o.value === raw)) answers[q.key] = raw;
      else dropped.push(q.question);
    } else {
      const n = NUMBER_PATTERN.test(raw) ? Number(raw) : NaN;
      if (Number.isFinite(n) && n >= q.min && n <= q.max && (!q.integer || Number.isInteger(n))) answers[q.key] = n;
      else dropped.push(q.question);
    }
  }
  return {
    answers: answers as unknown as WizardAnswers,
    notice: dropped.length
      ? `Part of this link could not be read, so ${dropped.length === 1 ? 'one answer was' : `${dropped.length} answers were`} left empty: ${dropped.map((d) => `"${d}"`).join(', ')}.`
      : null,
  };
}

/** Answers → URL query (with the version), or '' when nothing is answered. */
export function serializeAnswers(a: WizardAnswers): string {
  const params = new URLSearchParams();
  for (const q of QUESTIONS) {
    const value = a[q.key];
    if (value === null) continue;
    params.set(q.kind === 'number' ? q.param : q.key, String(value));
  }
  if ([...params.keys()].length === 0) return '';
  params.set('v', URL_VERSION);
  return `?${params.toString()}`;
}

// ---------------------------------------------------------------------------------------------------------
// The result as plain data, for a decision record

export interface DecisionSummary {
  title: string;
  /** ISO date the summary was made. */
  date: string;
  /** The link that reproduces the result. */
  link: string;
  answers: { question: string; answer: string }[];
  recommendation: string | null;
  headline: string;
  reasons: { text: string; href: string }[];
  steps: { title: string; text: string; href: string }[];
  conditions: { title: string; status: Status; href: string }[];
  open: { question: string; changes: string[] }[];
  assumptions: string[];
  /** Set when the answers are invalid and there is no result. */
  invalid: string | null;
  /** True when the result recommends training a model. */
  tune: boolean;
  /** True when the result keeps changing facts in retrieval. */
  retrieval: boolean;
  /** The situation the answers describe, one sentence per answered concern. */
  situation: string[];
}

/** The answers as sentences about the team's situation (only what was answered). */
export function situationOf(a: WizardAnswers): string[] {
  const out: string[] = [];
  const bar = a.bar ?? DEFAULT_BAR;
  const barText = a.bar === null ? `the rule-of-thumb bar of ${DEFAULT_BAR}` : `a bar of ${a.bar}`;
  if (a.evalSet === 'no') out.push('There is no representative, labeled eval set yet, so no score can be trusted.');
  else if (a.promptF1 !== null) out.push(`The best prompt scores ${a.promptF1} on the eval set against ${barText}: ${a.promptF1 >= bar ? 'it meets it' : 'below it'}${a.plateau === 'yes' ? ', and prompt iteration has plateaued' : a.plateau === 'no' ? ', and prompt iteration still improves it' : ''}.`);
  else if (a.evalSet === 'yes') out.push('An eval set exists, but the prompt’s score on it was not given.');
  if (a.cost) out.push(a.cost === 'unsustainable' ? 'Serving cost at the projected volume is too high.' : 'Serving cost at the projected volume is sustainable.');
  if (a.latency) out.push(a.latency === 'missed' ? 'The prompted model misses the latency target.' : a.latency === 'met' ? 'The prompted model meets the latency target.' : 'There is no latency target.');
  if (a.cheaperSteps) out.push(a.cheaperSteps === 'tried' ? 'The cheaper steps have been tried and measured.' : 'The cheaper steps have not been tried yet.');
  if (a.examples !== null) out.push(`${a.examples} labeled examples are available to train on (about ${EXAMPLES_RULE_OF_THUMB} is a rule of thumb, not a gate).`);
  if (a.knowledge) out.push(a.knowledge === 'weekly' ? 'The facts the answers depend on change weekly or faster.' : a.knowledge === 'monthly' ? 'The facts the answers depend on change about monthly.' : 'The facts the answers depend on rarely change.');
  if (a.format) out.push(a.format === 'custom' ? 'The output follows a custom format the model keeps breaking.' : a.format === 'schema' ? 'The output follows a standard JSON schema.' : 'The output is free text.');
  if (a.operations) out.push(a.operations === 'yes' ? 'The team can run a tuned model’s lifecycle on a tuning route still offered.' : 'The team cannot run a tuned model’s lifecycle yet.');
  return out;
}

/**
 * The wizard's answers and result as plain data (every question, answered or not; every reason with its link;
 * the steps), for the Markdown decision record or any other report. `origin` makes the links absolute.
 */
export function decisionSummary(
  a: WizardAnswers,
  options: { date: string; origin: string; approachLabel?: (approach: Approach) => string; inputProblems?: readonly Problem[] },
): DecisionSummary {
  const d = decide(a, options.inputProblems);
  const abs = (href: string) => new URL(href, options.origin).href;
  const answers = QUESTIONS.map((q) => ({ question: q.question, answer: answerLabel(a, q.key) ?? 'Not answered' }));
  const link = abs(`/decide/${serializeAnswers(a)}`);
  if (d.status === 'invalid') {
    return { title: 'Prompting or fine-tuning', date: options.date, link, answers, recommendation: null, headline: d.message, reasons: [], steps: [], conditions: [], open: [], assumptions: [], invalid: d.message, tune: false, retrieval: false, situation: situationOf(a) };
  }
  return {
    title: 'Prompting or fine-tuning',
    date: options.date,
    link,
    answers,
    recommendation: options.approachLabel ? options.approachLabel(d.approach) : d.approach,
    headline: d.headline,
    reasons: d.reasons.map((r) => ({ text: r.text, href: abs(r.href) })),
    steps: d.steps.map((s) => ({ title: s.title, text: s.text, href: abs(s.href) })),
    conditions: d.conditions.map((c) => ({ title: c.condition.title, status: c.status, href: abs(c.condition.href) })),
    open: d.open.map((o) => ({ question: o.question, changes: o.changes.map((c) => `${c.answer}: ${c.headline}`) })),
    assumptions: d.assumptions,
    invalid: null,
    tune: d.tune,
    retrieval: d.retrieval,
    situation: situationOf(a),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The checklist, as the decision-framework guide shows it

export interface ChecklistRow {
  concern: string;
  /** When this concern counts toward tuning (and which condition it serves). */
  towardTuning: string;
  /** What it asks for otherwise, or first. */
  otherwise: string;
  /** The section that argues the row. */
  href: string;
}

export const CHECKLIST: readonly ChecklistRow[] = [
  {
    concern: 'Measurement',
    towardTuning: 'A representative, labeled eval set exists and can show a margin over the best prompt (condition 3).',
    otherwise: 'Build the eval set before deciding anything else.',
    href: `${FRAMEWORK}#no-labeled-eval-set-yet`,
  },
  {
    concern: 'Quality',
    towardTuning: 'Several rounds of systematic prompt iteration have plateaued below the bar (condition 1).',
    otherwise: 'At or above the bar, ship the prompt; below it and still improving, keep iterating.',
    href: `${FRAMEWORK}#quality-a-measured-plateau`,
  },
  {
    concern: 'Cost',
    towardTuning: 'The bill is still unsustainable after the cheaper steps, and a smaller tuned model is the realistic way down (condition 1).',
    otherwise: 'Work through the cheaper steps first; cost alone never justifies tuning.',
    href: `${FRAMEWORK}#cost-and-latency-cheaper-steps-first`,
  },
  {
    concern: 'Latency',
    towardTuning: 'The target is still missed after a smaller model, a shorter prompt, caching and routing (condition 1).',
    otherwise: 'Try those steps first.',
    href: `${FRAMEWORK}#cost-and-latency-cheaper-steps-first`,
  },
  {
    concern: 'Data',
    towardTuning: `Enough labeled, representative examples to train and hold out; about ${EXAMPLES_RULE_OF_THUMB} is a rule of thumb (condition 2).`,
    otherwise: 'Keep labeling, or distill outputs from a strong model and check them on the eval set.',
    href: `${FRAMEWORK}#data-enough-examples-or-distilled-ones`,
  },
  {
    concern: 'Operations',
    towardTuning: 'A team can retrain, monitor and migrate the model, on a tuning route still offered (condition 3).',
    otherwise: 'Stay with prompts and hosted models.',
    href: `${FRAMEWORK}#proving-and-keeping-a-tuned-model`,
  },
  {
    concern: 'Knowledge',
    towardTuning: 'Never: facts that change are not a reason to tune.',
    otherwise: 'Put changing facts in retrieval; tune, if the other rows allow it, only for behavior.',
    href: `${FRAMEWORK}#knowledge-that-changes`,
  },
  {
    concern: 'Output format',
    towardTuning: 'Only as a quality plateau: the format still breaks after constrained decoding.',
    otherwise: 'Enforce the format with structured outputs or a grammar first.',
    href: `${FRAMEWORK}#output-format`,
  },
];

/** The checklist (`part: 'concerns'`) or the cheaper steps (`part: 'steps'`) as a Markdown table, for the guide's Markdown twin. */
export function checklistMarkdown(origin: string, part: 'concerns' | 'steps' = 'concerns'): string {
  const abs = (href: string) => new URL(href, origin).href;
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  if (part === 'steps') {
    return [
      `| ${STEP_COLUMNS.join(' | ')} |`,
      '| --- | --- | --- |',
      ...CHEAPER_STEPS.map((s) => `| [${cell(s.title)}](${abs(s.href)}) | ${cell(s.text)} | ${helpsText(s)} |`),
    ].join('\n');
  }
  return [
    `| ${CHECKLIST_COLUMNS.join(' | ')} |`,
    '| --- | --- | --- |',
    ...CHECKLIST.map((r) => `| [${cell(r.concern)}](${abs(r.href)}) | ${cell(r.towardTuning)} | ${cell(r.otherwise)} |`),
  ].join('\n');
}

export const CHECKLIST_COLUMNS = ['Concern', 'Counts toward tuning when', 'Otherwise, or first'] as const;
export const STEP_COLUMNS = ['Cheaper step', 'What to do', 'Helps with'] as const;

/** "cost, latency" for a step's concerns. */
export function helpsText(step: CheaperStep): string {
  return step.helps.join(', ');
}

/** The result's title for each verdict, as the wizard shows it. */
export const VERDICT_TITLES: Record<Verdict, string> = {
  tune: 'Fine-tune',
  'steps-first': 'Cheaper steps first',
  'not-yet': 'Not yet: keep prompting',
  ship: 'Ship the prompt',
  iterate: 'Keep improving the prompt',
  measure: 'Build the eval set first',
  default: 'Prompting, the default',
};
