/** How each concern contributes: the facts read off the answers, the verdict, the approach and the headline. */
import type { Approach } from '../content/vocabulary.ts';
import { CONDITIONS, DEFAULT_BAR, EXAMPLES_MINIMUM, EXAMPLES_RULE_OF_THUMB, type Condition } from './rule.ts';
import type { WizardAnswers } from './questions.ts';

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
export interface Assessment {
  quality: 'meets' | 'plateau' | 'improving' | 'unconfirmed' | 'unmeasured' | 'unknown';
  costMissed: boolean;
  latencyMissed: boolean;
  stepsTried: boolean;
  conditions: Record<Condition['id'], Status>;
  /** Some examples, but fewer than the rule of thumb: tuning stays open, as a smaller first experiment. */
  thinData: boolean;
}

export function assess(a: WizardAnswers): Assessment {
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

  // Condition 1: a plateau below the bar, or a target still missed after the cheaper steps by a prompt that meets the
  // bar. A smaller tuned model has to reach the quality the prompt already has, so a prompt still below the bar (or
  // unmeasured) is a quality problem first, and the cost route waits for it.
  let reason: Status;
  if (quality === 'plateau' || (targetMissed && stepsTried && quality === 'meets')) reason = 'met';
  else {
    const qualityOpen = quality === 'unknown' || quality === 'unconfirmed';
    const pressureOpen = (a.cost === null || a.latency === null || (targetMissed && a.cheaperSteps === null));
    reason = qualityOpen || pressureOpen ? 'unknown' : 'not-met';
  }
  // Condition 2: the data. About EXAMPLES_RULE_OF_THUMB is a rule of thumb, not a gate: a count below it makes the
  // first run a small experiment (thinData), so 499 and 500 examples give the same verdict. Below EXAMPLES_MINIMUM,
  // the smallest starting set vendors suggest, there is too little to train on and hold out.
  const data: Status = a.examples === null ? 'unknown' : a.examples >= EXAMPLES_MINIMUM ? 'met' : 'not-met';
  const thinData = a.examples !== null && a.examples >= EXAMPLES_MINIMUM && a.examples < EXAMPLES_RULE_OF_THUMB;
  // Condition 3: an eval set to prove it, a team to keep it.
  const proof: Status =
    a.evalSet === 'no' || a.operations === 'no' ? 'not-met' : a.evalSet === 'yes' && a.operations === 'yes' ? 'met' : 'unknown';

  return { quality, costMissed, latencyMissed, stepsTried, conditions: { reason, data, proof }, thinData };
}

export function verdictOf(s: Assessment): Verdict {
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

/**
 * What a tuned model must show on the held-out eval set: beat the best prompt when a quality plateau is the reason,
 * meet the bar (at the lower cost or latency) when cost or latency is.
 */
export const gateOf = (s: Assessment): 'beat' | 'meet' => (s.quality === 'plateau' ? 'beat' : 'meet');

export const changingFacts = (a: WizardAnswers) => a.knowledge === 'weekly' || a.knowledge === 'monthly';

export function approachOf(verdict: Verdict, s: Assessment, a: WizardAnswers): Approach {
  if (verdict === 'tune') {
    if (changingFacts(a)) return 'hybrid';
    return s.quality === 'plateau' ? 'fine-tune' : 'smaller-model';
  }
  return changingFacts(a) ? 'rag' : 'prompt';
}

export const pct = (n: number) => n.toFixed(2);

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


export function headlineOf(verdict: Verdict, s: Assessment, a: WizardAnswers): string {
  const facts = changingFacts(a) ? ' Keep the changing facts in retrieval; train only for behavior.' : '';
  switch (verdict) {
    case 'tune': {
      const thin = s.thinData
        ? ` With ${a.examples} examples, below the rule of thumb of about ${EXAMPLES_RULE_OF_THUMB}, make the first run a small experiment: hold part of them out, grow the set with distilled outputs that pass the eval set's checks (never its items), and keep the prompt unless the tuned model ${gateOf(s) === 'beat' ? 'beats it' : 'meets the bar'}.`
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
      return a.bar === null
        ? `Ship the prompt: it scores above the rule-of-thumb bar of ${DEFAULT_BAR}; set your own from what an error costs before relying on it.`
        : 'Ship the prompt: it already meets your quality bar.';
    case 'iterate':
      return 'Keep improving the prompt: it is below your bar, and iteration has not been shown to plateau.';
    case 'measure':
      return 'Build a representative eval set first: without one, no option can be shown to be better.';
    case 'default':
      return 'Start with prompting, plus retrieval for knowledge: it stays the default until a measurement gives a reason to tune.';
  }
}
