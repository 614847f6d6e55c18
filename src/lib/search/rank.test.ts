import { describe, expect, it } from 'vitest';
import { loadIndex } from './engine.ts';
import { buildIndex } from './index-build.ts';
import { rank } from './rank.ts';
import { DOCS, index } from './test-fixtures.ts';

const titles = (q: string) => rank(index, q).ranked.map((r) => DOCS[r.doc]!.title);

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
  it("counts a question's everyday words little toward how much of it a page covers, however rare they are", () => {
    const docs = [
      ['Model prices', 'Price per million tokens of every model, with the day each was read.'],
      ['Routing', 'On this site, most requests come to a cheap tier first; prices differ by tier.'],
      ['Drift', 'A model drifts as traffic changes.'],
      ['Cascades', 'A cascade asks a small model first.'],
      ['Evaluation', 'Measure a model on held-out examples.'],
      ['Latency', 'Time to the first token of a model.'],
    ];
    const idx = loadIndex(buildIndex(docs, [3, 1], [2, 0]));
    const order = (q: string) => rank(idx, q).ranked.map((r) => r.doc);
    expect(order('model prices ')[0]).toBe(0);
    // "site" and "come" are the rarest words of the query here, yet the page about model prices stays above the one that has them.
    expect(order('where do the model prices on this site come from ')[0]).toBe(0);
  });
  it('treats regex metacharacters and markup as text', () => {
    expect(rank(index, '.*(+[').ranked).toEqual([]);
    expect(rank(index, '<script>alert(1)</script>').ranked).toEqual([]);
  });
});

describe('the subject of a page', () => {
  it('rank a page whose subject holds the query above pages that only mention it', () => {
    const subject = buildIndex([['Costs', 'costs'], ['Other', 'costs costs costs']], [3, 1], [true, false]);
    const flat = buildIndex([['Costs', 'costs'], ['Other', 'costs costs costs']], [3, 1]);
    const withSubject = rank(loadIndex(subject), 'costs ').ranked;
    const without = rank(loadIndex(flat), 'costs ').ranked;
    expect(withSubject[0]!.doc).toBe(0);
    expect(withSubject[0]!.score / without[0]!.score).toBeCloseTo(4, 5);
    expect(withSubject[1]!.score).toBeCloseTo(without[1]!.score, 5);
  });
  it('rank a document named by the query above one whose description holds it, and a title that is the query above a longer one', () => {
    // Fields: title (the name, 2), description (the subject, 1), body.
    const docs = [
      ['Model routing', 'Learned routers and cascades', 'Routing sends a query to a model.'],
      ['Learned routers', '', 'A router trained on preference data.'],
      ['Settings for learned routers in production', '', 'A router trained on preference data.'],
    ];
    const idx = loadIndex(buildIndex(docs, [3, 2, 1], [2, 1, 0]));
    const titleSize = (d: number) => [2, 2, 5][d]!;
    expect(rank(idx, 'learned router ', { titleSize }).ranked.map((r) => r.doc)).toEqual([1, 2, 0]);
    // Without the title sizes, both titles holding the query rank above the description.
    expect(rank(idx, 'learned router ').ranked.at(-1)!.doc).toBe(0);
  });
});
