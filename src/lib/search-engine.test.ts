import { describe, expect, it } from 'vitest';
import { buildIndex, editDistance, expandWord, loadIndex, loadShard, parseQuery, rank, shardOf, snippet, splitShards } from './search-engine.ts';

const DOCS = [
  { title: 'Fine-tuning in depth', body: 'When tuning a model pays off, and when it does not.' },
  { title: 'Forgetting what it knew', body: 'A tuned model can forget general skills: catastrophic forgetting.' },
  { title: 'How many examples do I need?', body: 'Vendors suggest starting with 50 to 100 examples.' },
  { title: 'Prompt caching', body: 'Cached input tokens cost half. The prompt prefix must repeat exactly.' },
  { title: 'Retrieval', body: 'Retrieval augmented generation fetches documents at request time.' },
  { title: 'Metrics', body: 'Macro F1 counts every class the same, which suits imbalanced classes.' },
  { title: 'Caching examples', body: 'Few examples; caching is about prompts that repeat word for word.' },
];
const serialized = buildIndex(
  DOCS.map((d) => [d.title, d.body]),
  [3, 1],
);
const index = loadIndex(JSON.parse(JSON.stringify(serialized)));
const titles = (q: string) => rank(index, q).ranked.map((r) => DOCS[r.doc]!.title);

describe('the serialized index', () => {
  it('reads back every term and posting, whole or in shards', () => {
    expect(index.vocabulary).toContain('forget');
    expect(index.vocabulary).toEqual([...index.vocabulary].sort());
    const sharded = loadIndex({ n: serialized.n, terms: serialized.terms });
    expect(rank(sharded, 'forgetting').missing).toEqual(new Set(['f']));
    for (const [key, text] of splitShards(serialized)) loadShard(sharded, key, text);
    expect(sharded.pending.size).toBe(0);
    for (const term of index.vocabulary) {
      expect([...sharded.postings.get(term)!.docs]).toEqual([...index.postings.get(term)!.docs]);
      expect([...sharded.postings.get(term)!.weights]).toEqual([...index.postings.get(term)!.weights]);
    }
    expect(shardOf('4o')).toBe('4');
    expect(shardOf('éa')).toBe('_');
  });
  it('fails on a shard that does not fit the vocabulary', () => {
    const sharded = loadIndex({ n: serialized.n, terms: serialized.terms });
    expect(() => loadShard(sharded, 'f', 'A')).toThrow(/shard "f"/);
  });
});

describe('queries', () => {
  it('drop stop words, stem, and mark the last word as being typed', () => {
    const q = parseQuery('how many examples do I need');
    expect(q.words.map((w) => w.term)).toEqual(['many', 'exampl', 'need']);
    expect(q.words.map((w) => w.prefix)).toEqual([false, false, true]);
    expect(parseQuery('caching ').words[0]!.prefix).toBe(false);
  });
  it('keep stop words when nothing else is left, and collect quoted phrases', () => {
    expect(parseQuery('how to').words.map((w) => w.word)).toEqual(['how', 'to']);
    expect(parseQuery('"prompt caching" cost').phrases).toEqual([['prompt', 'caching']]);
  });
  it('match prefixes only for the word being typed', () => {
    expect([...expandWord(index, parseQuery('retri').words[0]!).keys()]).toEqual(['retrieval']);
    expect(expandWord(index, parseQuery('retri ').words[0]!).has('retrieval')).toBe(false);
  });
  it('find a misspelled word through the vocabulary, the closest spelling only', () => {
    expect([...expandWord(index, parseQuery('forgeting ').words[0]!).keys()]).toEqual(['forget']);
    expect([...expandWord(index, parseQuery('retreival ').words[0]!).keys()]).toEqual(['retrieval']);
    expect(expandWord(index, parseQuery('xqzw ').words[0]!).size).toBe(0);
    expect(editDistance('promt', 'prompt')).toBe(1);
    expect(editDistance('form', 'from')).toBe(1);
  });
});

describe('ranking', () => {
  it('matches any word, ranking documents that cover more of the query first', () => {
    expect(titles('catastrophic forgetting')[0]).toBe('Forgetting what it knew');
    const ranked = titles('caching examples');
    expect(ranked[0]).toBe('Caching examples');
    expect(ranked).toContain('Prompt caching');
    expect(ranked).toContain('How many examples do I need?');
  });
  it('weights a title word above a body word', () => {
    expect(titles('retrieval')[0]).toBe('Retrieval');
    expect(titles('metrics')[0]).toBe('Metrics');
  });
  it('finds words in other forms', () => {
    expect(titles('what happens when a model forgets')[0]).toBe('Forgetting what it knew');
    expect(titles('imbalance')).toEqual(['Metrics']);
    expect(titles('how many examples do I need')[0]).toBe('How many examples do I need?');
  });
  it('boosts a quoted phrase found in order', () => {
    const text = (d: number) => `${DOCS[d]!.title} ${DOCS[d]!.body}`;
    const loose = rank(index, 'prompts repeat', { text }).ranked.map((r) => DOCS[r.doc]!.title);
    const quoted = rank(index, '"prompts that repeat"', { text }).ranked.map((r) => DOCS[r.doc]!.title);
    expect(quoted[0]).toBe('Caching examples');
    expect(quoted.length).toBe(loose.length);
  });
  it('applies filters and priors, and reports what matched and what did not', () => {
    const result = rank(index, 'caching zzzqq ', { filter: (d) => d !== 3 });
    expect(result.ranked.map((r) => DOCS[r.doc]!.title)).toEqual(['Caching examples']);
    expect(result.unmatched).toEqual(['zzzqq']);
    expect(result.matched).toEqual(new Set(['cach']));
    expect(rank(index, 'caching', { prior: (d) => (d === 3 ? 1 : 10) }).ranked[0]?.doc).toBe(6);
    expect(rank(index, 'caching', { prior: (d) => (d === 3 ? 10 : 1) }).ranked[0]?.doc).toBe(3);
  });
  it('treats regex metacharacters and markup as text', () => {
    expect(rank(index, '.*(+[').ranked).toEqual([]);
    expect(rank(index, '<script>alert(1)</script>').ranked).toEqual([]);
  });
});

describe('snippets', () => {
  const long = `${'Filler words about nothing in particular. '.repeat(10)}The prompt prefix must repeat exactly for caching to apply. ${'More filler to pad the text out. '.repeat(10)}`;
  it('show the passage with the matched words, marked, with ellipses where text was cut', () => {
    const parts = snippet(long, new Set(['cach', 'prefix']), 120);
    const text = parts.map((p) => p.text).join('');
    expect(text).toContain('prefix must repeat exactly for caching');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(125);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['prefix', 'caching']);
  });
  it('start at the beginning when nothing matched, and keep short text whole', () => {
    expect(snippet(long, new Set(), 60).map((p) => p.text).join('')).toMatch(/^Filler words.*…$/);
    expect(snippet('Short text.', new Set(['short']))).toEqual([
      { text: 'Short', match: true },
      { text: ' text.', match: false },
    ]);
  });
});
