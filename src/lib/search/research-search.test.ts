import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight.ts';
import { DEFAULT_STATE, isDefaultView, matchesFilters, parseState, serializeState, yearRange, type ResearchDoc } from './research-search.ts';

const docs: ResearchDoc[] = [
  { id: 'hu', title: 'LoRA: Low-Rank Adaptation of Large Language Models', authors: ['Edward J. Hu', 'Yelong Shen'], year: 2022, venue: 'ICLR', type: 'paper', topics: ['peft'], claims: ['Trainable parameters drop by a factor of ten thousand while quality holds on GPT-3.'] },
  { id: 'lewis', title: 'Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks', authors: ['Patrick Lewis'], year: 2020, venue: 'NeurIPS', type: 'paper', topics: ['rag'], claims: ['Retrieval improves open-domain question answering.'] },
  { id: 'openai', title: 'Prompt caching in the API', authors: ['OpenAI'], year: 2024, venue: 'OpenAI', type: 'documentation', topics: ['caching', 'cost'], claims: ['Cached input tokens are billed at half price.'] },
];

describe('URL state', () => {
  it('round-trips a full state', () => {
    const state = { q: 'lora', topic: 'peft', type: 'paper', from: 2020, to: 2024, sort: 'year-asc' } as const;
    expect(parseState(serializeState(state))).toEqual(state);
  });
  it('leaves defaults out of the URL', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('');
  });
  it('ignores nonsense parameters instead of failing', () => {
    expect(parseState('?topic=%3Cscript%3E&type=zzz&from=abcd&to=99999&sort=evil')).toEqual(DEFAULT_STATE);
  });
  it('swaps a reversed year range and caps long queries', () => {
    const state = parseState(`?from=2024&to=2020&q=${'x'.repeat(5000)}`);
    expect([state.from, state.to]).toEqual([2020, 2024]);
    expect(state.q).toHaveLength(200);
  });
});

describe('filters and sorting', () => {
  it('filters by topic, type and year range', () => {
    const state = { ...DEFAULT_STATE, type: 'paper' as const, from: 2021 };
    expect(docs.filter((d) => matchesFilters(d, state)).map((d) => d.id)).toEqual(['hu']);
    expect(docs.filter((d) => matchesFilters(d, { ...DEFAULT_STATE, topic: 'cost' })).map((d) => d.id)).toEqual(['openai']);
  });
  it('reads a year range entered the wrong way round as the years between, as a link with it does', () => {
    const reversed = { ...DEFAULT_STATE, from: 2024, to: 2021 };
    const kept = docs.filter((d) => matchesFilters(d, reversed)).map((d) => d.id);
    expect(kept).toEqual(['hu', 'openai']);
    expect(docs.filter((d) => matchesFilters(d, parseState(serializeState(reversed)))).map((d) => d.id)).toEqual(kept);
    expect(yearRange(reversed)).toEqual({ from: 2021, to: 2024, reversed: true });
    expect(yearRange({ from: 2021, to: 2021 })).toEqual({ from: 2021, to: 2021, reversed: false });
    expect(yearRange({ from: 2024, to: null })).toEqual({ from: 2024, to: null, reversed: false });
  });
  it('knows when nothing is asked for', () => {
    expect(isDefaultView(DEFAULT_STATE)).toBe(true);
    expect(isDefaultView({ ...DEFAULT_STATE, q: '   ' })).toBe(true);
    expect(isDefaultView({ ...DEFAULT_STATE, q: 'lora' })).toBe(false);
    expect(isDefaultView({ ...DEFAULT_STATE, sort: 'title' })).toBe(false);
  });
});

describe('highlighting', () => {
  it('splits text into matched and plain parts', () => {
    expect(highlightParts('<b>LoRA</b>', [[3, 6]])).toEqual([
      { text: '<b>', match: false },
      { text: 'LoRA', match: true },
      { text: '</b>', match: false },
    ]);
  });
  it('survives overlapping and out-of-range indices', () => {
    expect(highlightParts('abcdef', [[0, 3], [2, 4], [10, 12]]).map((p) => p.text).join('')).toBe('abcdef');
  });
});
