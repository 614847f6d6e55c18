/** The wizard's result for a set of answers, with the answers that would change it. */
import { CONDITIONS, DEFAULT_BAR, EXAMPLES_RULE_OF_THUMB, type CheaperStep, type Condition } from './rule.ts';
import { QUESTION_BY_KEY, QUESTIONS, validateAnswers, type AnswerKey, type NumberKey, type Problem, type WizardAnswers } from './questions.ts';
import { approachOf, assess, changingFacts, gateOf, headlineOf, verdictOf, type Reason, type Status, type Verdict } from './verdict.ts';
import { reasonsOf, stepsOf } from './reasons.ts';
import type { Approach } from '../content/vocabulary.ts';

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
  /** What a tuned model must show on the eval set: beat the best prompt (a quality plateau) or meet the bar (cost or latency); null without a tune. */
  gate: 'beat' | 'meet' | null;
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
    gate: verdict === 'tune' ? gateOf(s) : null,
    retrieval: changingFacts(a),
    reasons: reasonsOf(verdict, s, a),
    steps: stepsOf(verdict, s),
    conditions: CONDITIONS.map((condition) => ({ condition, status: s.conditions[condition.id] })),
    open: openQuestions(a, verdict),
    assumptions,
  };
}
