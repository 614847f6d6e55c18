import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight.ts';
import {
  MAX_QUERY_LENGTH,
  SEARCH_KEYS,
  SITE_SEARCH_OPTIONS,
  groupResults,
  normalizeQuery,
  quoteQuery,
  type SearchDoc,
  type SearchIndexFile,
} from './site-search.ts';

const DOCS: SearchDoc[] = [
  { kind: 'guide', url: '/guides/fine-tuning/', title: 'Fine-tuning in depth', text: 'When fine-tuning pays off.' },
  {
    kind: 'guide',
    url: '/guides/fine-tuning/#the-three-conditions',
    title: 'The three conditions',
    meta: 'Fine-tuning in depth',
    text: 'A rule of thumb says fine-tuning earns its complexity when three things hold together.',
  },
  { kind: 'faq', url: '/faq/#how-many-examples', title: 'How many examples do I need?', text: 'Vendors suggest 50 to 100.' },
  { kind: 'glossary', url: '/glossary/#qlora', title: 'QLoRA', text: 'LoRA on a 4-bit quantized base model.' },
  { kind: 'research', url: '/research/dettmers-2023-qlora/', title: 'QLoRA: Efficient Finetuning of Quantized LLMs', meta: 'Dettmers et al. (2023)' },
  { kind: 'page', url: '/calculator/', title: 'Cost calculators', text: 'Compare a long prompt with a tuned model.' },
  { kind: 'faq', url: '/faq/#open-weight-or-hosted', title: 'Open weights or a hosted API?' },
];

/** The dialog's fuse instance, built the way it is in the browser: from the JSON of a prebuilt index. */
function browserFuse(): Fuse<SearchDoc> {
  const file: SearchIndexFile = JSON.parse(JSON.stringify({ docs: DOCS, index: Fuse.createIndex(SEARCH_KEYS, DOCS).toJSON() }));
  return new Fuse(file.docs, SITE_SEARCH_OPTIONS, Fuse.parseIndex<SearchDoc>(file.index));
}

describe('queries', () => {
  it('are trimmed and capped', () => {
    expect(normalizeQuery('  lora  ')).toBe('lora');
    expect(normalizeQuery('a'.repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('are quoted back shortened, without splitting a character', () => {
    expect(quoteQuery('lora')).toBe('lora');
    expect(quoteQuery('a'.repeat(100))).toBe(`${'a'.repeat(59)}…`);
    expect(quoteQuery('😀'.repeat(70))).toBe(`${'😀'.repeat(59)}…`);
  });
});

describe('searching a prebuilt index', () => {
  const fuse = browserFuse();

  it('finds a guide section by the words of its heading, in any order', () => {
    expect(fuse.search('three conditions')[0]?.item.url).toBe('/guides/fine-tuning/#the-three-conditions');
    expect(fuse.search('conditions three')[0]?.item.url).toBe('/guides/fine-tuning/#the-three-conditions');
  });

  it('tolerates a typo and requires every word', () => {
    expect(fuse.search('thre conditons')[0]?.item.url).toBe('/guides/fine-tuning/#the-three-conditions');
    expect(fuse.search('three calculators')).toEqual([]);
  });

  it('does not stretch a short word into a different one', () => {
    expect(fuse.search('cost').map((r) => r.item.url)).toEqual(['/calculator/']);
  });

  it('finds a source by title and by author', () => {
    expect(fuse.search('QLoRA').map((r) => r.item.url)).toContain('/research/dettmers-2023-qlora/');
    expect(fuse.search('dettmers')[0]?.item.url).toBe('/research/dettmers-2023-qlora/');
  });

  it('returns match indices that highlight the matched words', () => {
    const result = fuse.search('three conditions')[0]!;
    const title = result.matches!.find((m) => m.key === 'title')!;
    const marked = highlightParts(result.item.title, title.indices).filter((p) => p.match).map((p) => p.text);
    expect(marked).toEqual(['three', 'conditions']);
  });

  it('survives hostile and odd queries without throwing or hanging', () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '"><script>alert(1)</script>',
      'javascript:alert(1)',
      'a'.repeat(10_000),
      '.*+?^${}()|[]\\',
      '\u202Egnp.exe',
      'three\u200Bconditions',
      '🤖🦙',
      '',
    ];
    const started = Date.now();
    for (const query of hostile) expect(() => fuse.search(normalizeQuery(query))).not.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(fuse.search(normalizeQuery('.*+?^${}()|[]\\'))).toEqual([]);
    expect(fuse.search(normalizeQuery('🤖🦙'))).toEqual([]);
  });
});

describe('groupResults', () => {
  const result = (kind: SearchDoc['kind'], n: number) => ({ item: { kind }, n });

  it('groups by kind, best group first, keeping rank order', () => {
    const groups = groupResults([result('faq', 1), result('guide', 2), result('faq', 3), result('page', 4)]);
    expect(groups.map((g) => [g.label, g.results.map((r) => r.n)])).toEqual([
      ['FAQ', [1, 3]],
      ['Guides', [2]],
      ['Pages', [4]],
    ]);
  });

  it('caps each group', () => {
    const ranked = Array.from({ length: 20 }, (_, i) => result('research', i));
    expect(groupResults(ranked, 8)[0]!.results).toHaveLength(8);
    expect(groupResults([])).toEqual([]);
  });
});
