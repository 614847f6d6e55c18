/** The wizard's questions: the answers' shape, the questions in the order asked, and what makes an answer invalid. */
import type { NumberSpec } from '../site/number-input.ts';
import { DEFAULT_BAR, TUNING_ROUTES_PAGE } from './rule.ts';

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
    help: 'For example 0.78, or 78 %. Leave empty if you have not measured it. A score within the eval set’s margin of error of the bar is a tie.',
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
    question: 'Have you tried the cheaper steps (caching, batching, a smaller or cheaper model, a lower reasoning effort, a shorter prompt, routing)?',
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
    help: 'For example 1200, or 20k. Not counting the eval set. A strong model’s outputs count once they pass the eval set’s checks; eval items never go into training.',
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
