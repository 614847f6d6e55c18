import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { renderDecisionRecord } from './record.ts';
import { wizardRecordInput } from './record-wizard.ts';
import { EMPTY_ANSWERS } from './questions.ts';
import { decisionSummary, type DecisionSummary } from './summary.ts';
import { APPROACH_LABELS } from '../content/vocabulary.ts';

// A summary in the shape decisionSummary() returns (src/lib/decision/); the wording is a fixture.
const summary: DecisionSummary = {
  title: 'Prompting or fine-tuning',
  date: '2026-11-24',
  link: 'https://tune-or-prompt.example/decide/?v=2&evalSet=yes&cost=unsustainable',
  answers: [
    { question: 'Do you have a representative, labeled eval set?', answer: 'Yes' },
    { question: 'How many labeled examples could you train on?', answer: 'Not answered' },
  ],
  recommendation: 'Prompt engineering',
  headline: 'Cheaper steps first: caching and batch before any tuning.',
  reasons: [{ text: 'Serving cost is too high, but the cheaper steps are untried.', href: 'https://tune-or-prompt.example/guides/decision-framework/#cost' }],
  steps: [{ title: 'Prompt caching', text: 'Cache the shared prefix.', href: 'https://tune-or-prompt.example/guides/cost-and-latency/#prompt-caching' }],
  conditions: [
    { title: 'A measured reason', status: 'not-met', href: 'https://tune-or-prompt.example/guides/decision-framework/#reason' },
    { title: 'The data', status: 'unknown', href: 'https://tune-or-prompt.example/guides/decision-framework/#data' },
  ],
  open: [{ question: 'How many labeled examples could you train on?', changes: ['500 or more: Fine-tune'] }],
  assumptions: ['Your score was compared with 0.85, a rule-of-thumb bar.'],
  invalid: null,
  tune: false,
  verdict: 'steps-first',
  gate: null,
  retrieval: false,
  situation: ['Serving cost at the projected volume is too high.'],
};

describe('a decision record from the wizard', () => {
  const markdown = renderDecisionRecord(wizardRecordInput(summary));
  it('lists the answers, the recommendation, the reasons with their guides and the reproducing link', () => {
    expect(markdown).toContain('# Prompting or fine-tuning: Prompt engineering');
    expect(markdown).toContain('## Answers');
    expect(markdown).toContain('| Do you have a representative, labeled eval set? | Yes |');
    expect(markdown).toContain('| How many labeled examples could you train on? | Not answered |');
    expect(markdown).toContain('1. **Keep prompting** (chosen): Cheaper steps first');
    expect(markdown).toContain('2. **The cheaper steps first** (chosen): Prompt caching: quicker and cheaper than training');
    expect(markdown).toContain('3. **Fine-tune**: Lost: tuning needs all three conditions, and a measured reason (does not hold), the data (not answered) are still open.');
    expect(markdown).toContain('- Conditions for tuning: a measured reason does not hold; the data not answered.');
    expect(markdown).not.toMatch(/condition met/i);
    expect(markdown).toContain('Serving cost at the projected volume is too high.');
    expect(markdown).toContain('Unanswered, “How many labeled examples could you train on?” would change the result: 500 or more: Fine-tune.');
    expect(markdown).toContain('The team answered 1 of the decision wizard');
    expect(markdown).not.toContain('## Costs');
    const links: string[] = [];
    const walk = (n: { type: string; url?: string; children?: unknown[] }) => {
      if (n.type === 'link') links.push(n.url!);
      (n.children as (typeof n)[] | undefined)?.forEach(walk);
    };
    walk(fromMarkdown(markdown) as never);
    expect(links[0]).toBe(summary.link);
    expect(links).toContain('https://tune-or-prompt.example/guides/cost-and-latency/#prompt-caching');
  });
  it('ends an open answer’s consequence with one full stop, also when the result it leads to ends with its own', () => {
    const open = [{ question: 'Is the serving cost sustainable?', changes: ['No, it is too high: Cut serving cost first. Weigh tuning only after both are measured.'] }];
    const record = renderDecisionRecord(wizardRecordInput({ ...summary, open }));
    expect(record).toContain('would change the result: No, it is too high: Cut serving cost first. Weigh tuning only after both are measured.\n');
    expect(record).not.toContain('..');
  });
  it('records why there is no result when the answers are invalid', () => {
    const invalid = renderDecisionRecord(wizardRecordInput({ ...summary, recommendation: null, invalid: 'No recommendation while an answer is invalid.', reasons: [], steps: [] }));
    expect(invalid).toContain('# Prompting or fine-tuning\n');
    expect(invalid).toContain('No recommendation while an answer is invalid.');
  });
});

describe('records from real answers, one per kind of result', () => {
  const record = (answers: Partial<typeof EMPTY_ANSWERS>) =>
    renderDecisionRecord(wizardRecordInput(decisionSummary({ ...EMPTY_ANSWERS, ...answers }, { date: '2026-12-07', origin: 'https://tune-or-prompt.example', approachLabel: (a) => APPROACH_LABELS[a] })));
  const plateau = { evalSet: 'yes', promptF1: 0.72, bar: 0.9, plateau: 'yes', cost: 'sustainable', latency: 'met', operations: 'yes' } as const;
  it('tune: fine-tuning chosen, prompting lost with its reason, the shipping gate as a consequence', () => {
    const md = record({ ...plateau, examples: 2000 });
    expect(md).toContain('# Prompting or fine-tuning: Fine-tuning');
    expect(md).toContain('The best prompt scores 0.72 on the eval set against a bar of 0.9: below it, and prompt iteration has plateaued.');
    expect(md).toContain('2000 labeled examples are available to train on');
    expect(md).toContain('1. **Keep prompting**: Lost: all three conditions for tuning hold');
    expect(md).toContain('2. **Fine-tuning** (chosen): Fine-tune: all three conditions hold');
    expect(md).toContain('- The tuned model ships only if it beats the best prompt on the held-out eval set');
    expect(md).toContain('- Conditions for tuning: a measured reason holds; the data holds; the means to prove and keep it holds.');
  });
  it('a thin count: still a tuning verdict, with the small experiment and the data step', () => {
    const md = record({ ...plateau, examples: 499 });
    expect(md).toContain('With 499 examples, below the rule of thumb of about 500, make the first run a small experiment');
    expect(md).toContain('**The cheaper steps first**');
  });
  it('no eval set: prompting chosen, tuning lost naming the open conditions, what to revisit', () => {
    const md = record({ evalSet: 'no', examples: 0, knowledge: 'weekly' });
    expect(md).toContain('There is no representative, labeled eval set yet');
    expect(md).toContain('1. **Keep prompting, with the changing facts in retrieval** (chosen)');
    expect(md).toMatch(/\*\*Fine-tune\*\*: Lost: tuning needs all three conditions, and .*the data \(does not hold\)/);
    expect(md).toMatch(/- Revisit when any of these changes: .*the data \(does not hold\);/);
    // With no eval set, the commitment is to build one, not to keep a prompt nobody has measured in production.
    expect(md).toContain('- Building a representative, labeled eval set is the first deliverable');
    expect(md).not.toContain('The prompt stays in production');
  });
  it('a tune for cost: the smaller tuned model has to meet the bar, not beat the prompt; the steps were tried', () => {
    const md = record({ evalSet: 'yes', promptF1: 0.95, bar: 0.9, cost: 'unsustainable', cheaperSteps: 'tried', latency: 'met', examples: 2000, operations: 'yes' });
    expect(md).toContain('# Prompting or fine-tuning: Fine-tune a smaller model');
    expect(md).toContain('- The smaller tuned model ships only if it meets the bar on the held-out eval set at the lower cost or latency that was the reason to train');
    expect(md).not.toContain('beats the best prompt');
    expect(md).toContain('the best prompt stays the baseline the tuned model must match on quality at a lower cost or latency');
    expect(md).toMatch(/\*\*The cheaper steps first\*\*: [^\n]*tried and measured before this decision/);
  });
  it('a prompt below the bar and still improving: it does not ship as if it were good enough', () => {
    const md = record({ evalSet: 'yes', promptF1: 0.6, bar: 0.9, plateau: 'no' });
    expect(md).toContain('- The prompt is not yet good enough to ship, or ships only under a documented exception');
  });
});
