/** The checklist and the cheaper steps as tables, as the decision-framework guide shows them. */
import { CHEAPER_STEPS, EXAMPLES_RULE_OF_THUMB, FRAMEWORK, helpsText } from './rule.ts';

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
    towardTuning: 'A representative, labeled eval set exists and can show a margin over the best prompt, or the bar met at lower cost or latency (condition 3).',
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
    towardTuning: 'The bill is still unsustainable after the cheaper steps, the prompt meets the bar, and a smaller tuned model is the realistic way down (condition 1).',
    otherwise: 'Work through the cheaper steps first; a lower bill without the data and the proof never justifies tuning.',
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
    otherwise: 'Keep labeling, or distill outputs from a strong model on inputs outside the eval set and keep those that pass its checks.',
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
