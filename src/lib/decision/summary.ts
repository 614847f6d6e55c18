/** The wizard's answers and result as plain data, for a decision record or any other report. */
import type { Approach } from '../content/vocabulary.ts';
import { QUESTIONS, answerLabel, type Problem, type WizardAnswers } from './questions.ts';
import { decide } from './decide.ts';
import { DEFAULT_BAR, EXAMPLES_RULE_OF_THUMB } from './rule.ts';
import type { Status, Verdict } from './verdict.ts';
import { serializeAnswers } from './link.ts';

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
  /** The verdict, null when the answers are invalid. */
  verdict: Verdict | null;
  /** What a tuned model must show on the eval set (Decision['gate']). */
  gate: 'beat' | 'meet' | null;
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
    return { title: 'Prompting or fine-tuning', date: options.date, link, answers, recommendation: null, headline: d.message, reasons: [], steps: [], conditions: [], open: [], assumptions: [], invalid: d.message, tune: false, verdict: null, gate: null, retrieval: false, situation: situationOf(a) };
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
    verdict: d.verdict,
    gate: d.gate,
    retrieval: d.retrieval,
    situation: situationOf(a),
  };
}
