import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { renderDecisionRecord } from './decision-record.ts';
import { wizardRecordInput } from './decision-record-wizard.ts';
import type { DecisionSummary } from './decision-rule.ts';

// A summary in the shape decisionSummary() returns (src/lib/decision-rule.ts); the wording is a fixture.
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
};

describe('a decision record from the wizard', () => {
  const markdown = renderDecisionRecord(wizardRecordInput(summary));
  it('lists the answers, the recommendation, the reasons with their guides and the reproducing link', () => {
    expect(markdown).toContain('# Prompting or fine-tuning: Prompt engineering');
    expect(markdown).toContain('## Answers');
    expect(markdown).toContain('| Do you have a representative, labeled eval set? | Yes |');
    expect(markdown).toContain('| How many labeled examples could you train on? | Not answered |');
    expect(markdown).toContain('1. **Prompt engineering** (chosen): Cheaper steps first');
    expect(markdown).toContain('Condition for tuning, A measured reason: not met.');
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
  it('records why there is no result when the answers are invalid', () => {
    const invalid = renderDecisionRecord(wizardRecordInput({ ...summary, recommendation: null, invalid: 'No recommendation while an answer is invalid.', reasons: [], steps: [] }));
    expect(invalid).toContain('# Prompting or fine-tuning\n');
    expect(invalid).toContain('No recommendation while an answer is invalid.');
  });
});
