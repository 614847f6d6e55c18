/**
 * The decision wizard's result as a decision record's input: the rule's own summary
 * (`decisionSummary(answers, { date, origin })` in src/lib/decision/) becomes the record's sections.
 * Context: the situation the answers describe. Options: prompting (with retrieval when facts change), the
 * cheaper steps and fine-tuning, each with why it won or lost. Consequences: what the verdict commits the team
 * to, which conditions are still open (once, in one line) and which unanswered questions would change it.
 *
 *   const markdown = renderDecisionRecord(wizardRecordInput(decisionSummary(answers, { date, origin })));
 */
import type { DecisionRecordInput, RecordOption } from './record.ts';
import type { DecisionSummary } from './summary.ts';
import type { Verdict } from './verdict.ts';

const STATUS_WORDS = { met: 'holds', 'not-met': 'does not hold', unknown: 'not answered' } as const;

/** The conditions not (yet) holding, as "the data (does not hold)". */
function openConditions(summary: DecisionSummary): string[] {
  return summary.conditions.filter((c) => c.status !== 'met').map((c) => `${c.title.charAt(0).toLowerCase()}${c.title.slice(1)} (${STATUS_WORDS[c.status]})`);
}

function optionsOf(summary: DecisionSummary): RecordOption[] {
  if (summary.invalid) return [{ name: 'No recommendation', summary: summary.invalid }];
  const open = openConditions(summary);
  const prompting = summary.retrieval ? 'Keep prompting, with the changing facts in retrieval' : 'Keep prompting';
  const options: RecordOption[] = [
    summary.tune
      ? { name: prompting, summary: `Lost: all three conditions for tuning hold; the best prompt stays the baseline the tuned model must ${summary.gate === 'meet' ? 'match on quality at a lower cost or latency' : 'beat'}.` }
      : { name: prompting, summary: summary.headline, chosen: true },
  ];
  if (summary.steps.length > 0) {
    const titles = summary.steps.map((s) => s.title).join(', ');
    options.push({
      name: 'The cheaper steps first',
      summary: summary.tune ? `${titles}: tried and measured before this decision, and kept in place under the tuned model.` : `${titles}: quicker and cheaper than training, so they come before it.`,
      chosen: !summary.tune,
    });
  }
  options.push(
    summary.tune
      ? { name: summary.recommendation ?? 'Fine-tune', summary: summary.headline, chosen: true }
      : { name: 'Fine-tune', summary: open.length > 0 ? `Lost: tuning needs all three conditions, and ${open.join(', ')} ${open.length > 1 ? 'are' : 'is'} still open.` : 'Lost: the cheaper steps come first.' },
  );
  return options;
}

/** What the verdict commits the team to, one sentence per verdict. */
const COMMITMENTS: Record<Exclude<Verdict, 'tune'>, string> = {
  ship: 'The prompt ships; no training data pipeline or tuned-model lifecycle is needed yet.',
  iterate: 'The prompt is not yet good enough to ship, or ships only under a documented exception; prompt rounds continue against the eval set until it meets the bar or plateaus.',
  measure: 'Building a representative, labeled eval set is the first deliverable; no option is chosen on quality until it exists.',
  'not-yet': 'The prompt stays in production while the open conditions are worked on, starting with the first one listed below.',
  'steps-first': 'The cheaper steps are put in place and measured before tuning is considered again.',
  default: 'The prompt stays in production; no training data pipeline or tuned-model lifecycle is needed yet.',
};

function consequenceOf(summary: DecisionSummary): string {
  if (!summary.tune) return COMMITMENTS[summary.verdict === null || summary.verdict === 'tune' ? 'default' : summary.verdict];
  const gate =
    summary.gate === 'meet'
      ? 'The smaller tuned model ships only if it meets the bar on the held-out eval set at the lower cost or latency that was the reason to train'
      : 'The tuned model ships only if it beats the best prompt on the held-out eval set by enough to pay for it';
  return `${gate}; retraining, drift monitoring and the move off a retired base model are planned before training starts.`;
}

export function wizardRecordInput(summary: DecisionSummary): DecisionRecordInput {
  const answered = summary.answers.filter((a) => a.answer !== 'Not answered').length;
  const open = openConditions(summary);
  const consequences = summary.invalid
    ? []
    : [
        consequenceOf(summary),
        `Conditions for tuning: ${summary.conditions.map((c) => `${c.title.toLowerCase()} ${STATUS_WORDS[c.status]}`).join('; ')}.`,
        ...(open.length > 0 && !summary.tune ? [`Revisit when any of these changes: ${open.join('; ')}.`] : []),
        ...summary.open.map((o) => `Unanswered, “${o.question}” would change the result: ${o.changes.join('; ').replace(/\.$/, '')}.`),
      ];
  return {
    title: summary.recommendation ? `${summary.title}: ${summary.recommendation}` : summary.title,
    date: summary.date,
    context: [
      ...(summary.situation.length > 0 ? [summary.situation.join(' ')] : []),
      `The team answered ${answered} of the decision wizard's ${summary.answers.length} questions. Volume, model and prices are not among them: open the cost calculator from the wizard to add them to this record.`,
      ...summary.assumptions,
    ],
    options: optionsOf(summary),
    decision: summary.invalid ?? summary.headline,
    consequences,
    reasons: [...summary.reasons, ...summary.steps.map((step) => ({ text: `${step.title}: ${step.text}`, href: step.href }))],
    inputsTitle: 'Answers',
    inputs: summary.answers.map((a) => ({ label: a.question, value: a.answer })),
    link: summary.link,
    siteUrl: new URL(summary.link).origin,
  };
}
