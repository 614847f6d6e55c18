import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { renderDecisionRecord, recordFileName, type DecisionRecordInput } from './record.ts';

const input: DecisionRecordInput = {
  title: 'Classify support emails with a prompted model',
  date: '2026-11-24',
  context: ['2 million emails a month go into 40 categories.'],
  options: [
    { name: 'A: prompted', summary: '$846 a month', chosen: true },
    { name: 'B: tuned', summary: '$318 a month' },
  ],
  decision: 'Keep the prompt; revisit when the eval set shows a plateau.',
  consequences: ['Caching would cut A further.'],
  reasons: [{ text: 'Cost alone is not a reason to tune.', href: '/guides/fine-tuning/#the-three-conditions' }, { text: 'No link here.' }],
  inputs: [
    { label: 'Volume', value: '2,000,000 requests a month' },
    { label: 'A: Input price ($ per MTok)', value: '0.15' },
  ],
  costs: { columns: ['Option', 'Per month'], rows: [['A: prompted (cheapest)', '$846'], ['B: tuned', '$318']] },
  prices: [
    { label: 'A: Fast 1, prices', asOf: '2026-11-20', source: { title: 'Acme (2026), Pricing', href: '/research/acme-2026-pricing/' }, edited: true },
    { label: 'All prices', asOf: '' },
  ],
  link: 'https://tune-or-prompt.example/calculator/?vol=2000000&per=month',
  siteUrl: 'https://tune-or-prompt.example',
};

type Node = { type: string; depth?: number; url?: string; value?: string; children?: Node[] };
const walk = (node: Node, visit: (n: Node) => void) => {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
};
const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join('');

describe('decision record', () => {
  const markdown = renderDecisionRecord(input);
  const tree = fromMarkdown(markdown) as Node;

  it('has the sections of an architecture decision record, in order', () => {
    const headings: string[] = [];
    walk(tree, (n) => n.type === 'heading' && headings.push(`${n.depth} ${text(n)}`));
    expect(headings).toEqual([
      '1 Classify support emails with a prompted model',
      '2 Context',
      '2 Options considered',
      '2 Decision',
      '2 Consequences',
      '2 Reasons',
      '2 Inputs',
      '2 Costs',
      '2 Prices used',
    ]);
  });
  it('links the guides and sources with absolute URLs, and links the result twice', () => {
    const links: string[] = [];
    walk(tree, (n) => n.type === 'link' && links.push(n.url!));
    expect(links).toEqual([
      input.link,
      'https://tune-or-prompt.example/guides/fine-tuning/#the-three-conditions',
      'https://tune-or-prompt.example/research/acme-2026-pricing/',
      input.link,
    ]);
  });
  it('states the date, the chosen option, the costs, the price dates and the inputs', () => {
    expect(markdown).toContain('- Date: 2026-11-24');
    expect(markdown).toContain('1. **A: prompted** (chosen): $846 a month');
    expect(markdown).toContain('| A: prompted (cheapest) | $846 |');
    expect(markdown).toContain('| Volume | 2,000,000 requests a month |');
    expect(markdown).toContain('as of 2026-11-20');
    expect(markdown).toContain('(edited after choosing the preset)');
    expect(markdown).toContain('- All prices: entered by hand');
  });
  it('escapes what a reader typed so it cannot add HTML, links or table cells', () => {
    const hostile = renderDecisionRecord({
      ...input,
      title: '<img src=x onerror=alert(1)> [x](javascript:alert(1))',
      inputs: [{ label: 'a | b', value: '1\n| c |' }],
    });
    const hostileTree = fromMarkdown(hostile) as Node;
    const kinds = new Set<string>();
    const urls: string[] = [];
    walk(hostileTree, (n) => {
      kinds.add(n.type);
      if (n.type === 'link') urls.push(n.url!);
    });
    expect(kinds.has('html')).toBe(false);
    expect(urls.some((u) => u.startsWith('javascript:'))).toBe(false);
    const row = hostile.split('\n').find((line) => line.startsWith('| a'))!;
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(4); // two cells between three pipes
  });
  it('escapes only what would start a block at the start of a line, and nothing in numbers', () => {
    const record = renderDecisionRecord({ ...input, context: ['1. not a list', '# not a heading'], inputs: [{ label: 'Price', value: '0.15' }] });
    expect(record).toContain('1\\. not a list');
    expect(record).toContain('\\# not a heading');
    expect(record).toContain('| Price | 0.15 |');
    const tree = fromMarkdown(record) as Node;
    const kinds: string[] = [];
    walk(tree, (n) => kinds.push(n.type));
    expect(kinds.filter((k) => k === 'heading')).toHaveLength(9);
  });
  it('names the file after the date and title', () => {
    expect(recordFileName(input)).toBe('decision-2026-11-24-classify-support-emails-with-a-prompted-model.md');
    expect(recordFileName({ title: '!!!', date: '2026-11-24' })).toBe('decision-2026-11-24.md');
  });
  it('works for the wizard: answers instead of inputs, no costs or prices', () => {
    const { costs: _c, prices: _p, ...rest } = input;
    const wizard = renderDecisionRecord({ ...rest, inputsTitle: 'Answers', inputs: [{ label: 'Is there a labeled evaluation set?', value: 'Yes' }] });
    expect(wizard).toContain('## Answers');
    expect(wizard).not.toContain('## Costs');
    expect(wizard).not.toContain('## Prices used');
  });
});
