import { describe, expect, it } from 'vitest';
import { highlightWords } from './highlight.ts';
import { buildResearchIndex, searchResearch } from './research-engine.ts';
import { stem } from './words.ts';
import { DEFAULT_STATE, type ResearchDoc, type ResearchState } from './research-search.ts';

const docs: ResearchDoc[] = [
  { id: 'hu', title: 'LoRA: Low-Rank Adaptation of Large Language Models', authors: ['Edward J. Hu', 'Yelong Shen'], year: 2022, venue: 'ICLR', type: 'paper', topics: ['peft'], claims: ['Fine-tuning RoBERTa and DeBERTa.', 'Trainable parameters drop by a factor of ten thousand while quality holds on GPT-3.'] },
  { id: 'lewis', title: 'Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks', authors: ['Patrick Lewis', 'Ethan Perez'], year: 2020, venue: 'NeurIPS', type: 'paper', topics: ['rag'], claims: ['Retrieval improves open-domain question answering.'] },
  { id: 'openai', title: 'Prompt caching in the API', authors: ['OpenAI'], year: 2024, venue: 'OpenAI', type: 'documentation', topics: ['caching', 'cost'], claims: ['Cached input tokens are billed at half price.'] },
  { id: 'dettmers', title: 'QLoRA: Efficient Finetuning of Quantized LLMs', authors: ['Tim Dettmers', 'Artidoro Pagnoni'], year: 2023, venue: 'NeurIPS', type: 'paper', topics: ['peft'], claims: ['A 65B model fine-tuned on one 48 GB GPU.'] },
];
const index = buildResearchIndex(docs);
const ids = (state: Partial<ResearchState>, limit = 50) => searchResearch(index, { ...DEFAULT_STATE, ...state }, limit).hits.map((h) => h.doc.id);

describe('searching', () => {
  it('finds a source by title, by a misspelled author, and by a word only in a claim', () => {
    expect(ids({ q: 'low-rank adaptation' })[0]).toBe('hu');
    expect(ids({ q: 'Lewiss' })).toEqual(['lewis']);
    expect(ids({ q: 'DeBERTa' })).toEqual(['hu']);
  });
  it('matches any query word, sources covering more of the query first', () => {
    expect(ids({ q: 'neurips' })).toEqual(expect.arrayContaining(['dettmers', 'lewis']));
    expect(ids({ q: 'neurips quantized' })[0]).toBe('dettmers');
    expect(ids({ q: 'neurips quantized' })).toContain('lewis');
    expect(ids({ q: 'lora zzzqqq' })[0]).toBe('hu');
    expect(ids({ q: 'zzzqqq' })).toEqual([]);
  });
  it('answers a question in other words than the sources use', () => {
    // Stop words ignored, "cached" found by "caching", "halves" by nothing: the caching source still leads.
    expect(ids({ q: 'does caching halve the price of input tokens' })[0]).toBe('openai');
  });
  it('ranks a title match above a claim match', () => {
    // "fine" is in LoRA's claim ("Fine-tuning") and QLoRA's claim; "finetuning" is in QLoRA's title.
    expect(ids({ q: 'finetuning' })[0]).toBe('dettmers');
    expect(ids({ q: 'retrieval' })).toEqual(['lewis']);
  });
  it('applies the filters and sorts as asked', () => {
    expect(ids({ q: 'neurips', type: 'paper', from: 2023 })).toEqual(['dettmers']);
    expect(ids({ topic: 'peft', sort: 'year-asc' })).toEqual(['hu', 'dettmers']);
    expect(ids({ sort: 'title' })).toEqual(['hu', 'openai', 'dettmers', 'lewis']);
    expect(ids({})).toEqual(['openai', 'dettmers', 'hu', 'lewis']);
  });
  it('returns only the first results but counts them all', () => {
    const result = searchResearch(index, { ...DEFAULT_STATE, q: 'a' }, 2);
    expect(result.hits).toHaveLength(2);
    expect(result.total).toBeGreaterThan(2);
  });
  it('shows the claim that matched and reports the matched words', () => {
    const [hit] = searchResearch(index, { ...DEFAULT_STATE, q: 'thousand' }, 10).hits;
    expect(hit?.claim).toBe(1);
    const { matched } = searchResearch(index, { ...DEFAULT_STATE, q: 'retriev' }, 10);
    expect(matched).toEqual([stem('retrieval')]);
    const [caching] = searchResearch(index, { ...DEFAULT_STATE, q: 'billed price' }, 10).hits;
    expect(caching?.doc.id).toBe('openai');
  });
  it('gives each result the matched words it shows, the same on every search that marks them', () => {
    const first = searchResearch(index, { ...DEFAULT_STATE, q: 'retriev' }, 10);
    expect(first.hits.map((h) => h.marks)).toEqual(first.hits.map(() => [stem('retrieval')]));
    const again = searchResearch(index, { ...DEFAULT_STATE, q: 'retrieval ' }, 10);
    expect(again.hits.map((h) => [h.doc.id, h.claim, h.marks])).toEqual(first.hits.map((h) => [h.doc.id, h.claim, h.marks]));
    expect(searchResearch(index, DEFAULT_STATE, 10).hits.every((h) => h.marks.length === 0)).toBe(true);
  });
  it('treats regex metacharacters and markup as text', () => {
    expect(() => searchResearch(index, { ...DEFAULT_STATE, q: '.*(+[' }, 10)).not.toThrow();
    expect(ids({ q: '<script>alert(1)</script>' })).toEqual([]);
  });
});

describe('highlighting matched words', () => {
  it('marks whole words whose index term matched, in any form, keeping the text intact', () => {
    const parts = highlightWords('Retrieval-Augmented retrieval, Café, cafés, the', new Set(['retrieval', stem('cafe'), 'the']));
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Retrieval', 'retrieval', 'Café', 'cafés']);
    expect(parts.map((p) => p.text).join('')).toBe('Retrieval-Augmented retrieval, Café, cafés, the');
  });
});
