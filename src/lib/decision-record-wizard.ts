/**
 * The decision wizard's result as a decision record's input: the rule's own summary
 * (`decisionSummary(answers, { date, origin })` in src/lib/decision-rule.ts) becomes the record's sections.
 *
 *   const markdown = renderDecisionRecord(wizardRecordInput(decisionSummary(answers, { date, origin })));
 */
import type { DecisionRecordInput } from './decision-record.ts';
import type { DecisionSummary } from './decision-rule.ts';

const STATUS_WORDS = { met: 'met', 'not-met': 'not met', unknown: 'not known yet' } as const;

export function wizardRecordInput(summary: DecisionSummary): DecisionRecordInput {
  const answered = summary.answers.filter((a) => a.answer !== 'Not answered').length;
  return {
    title: summary.recommendation ? `${summary.title}: ${summary.recommendation}` : summary.title,
    date: summary.date,
    context: [
      `The team answered ${answered} of the decision wizard's ${summary.answers.length} questions about its eval set, quality, cost, latency, data, knowledge and operations.`,
      ...summary.assumptions,
    ],
    options: [
      { name: summary.recommendation ?? 'No recommendation', summary: summary.headline, chosen: summary.recommendation !== null },
      ...summary.steps.map((step) => ({ name: `Cheaper step: ${step.title}`, summary: step.text })),
    ],
    decision: summary.invalid ?? summary.headline,
    consequences: [
      ...summary.conditions.map((c) => `Condition for tuning, ${c.title}: ${STATUS_WORDS[c.status]}.`),
      ...summary.open.map((o) => `Unanswered, “${o.question}” would change the result: ${o.changes.join('; ')}.`),
    ],
    reasons: [...summary.reasons, ...summary.steps.map((step) => ({ text: `${step.title}: ${step.text}`, href: step.href }))],
    inputsTitle: 'Answers',
    inputs: summary.answers.map((a) => ({ label: a.question, value: a.answer })),
    link: summary.link,
    siteUrl: new URL(summary.link).origin,
  };
}
