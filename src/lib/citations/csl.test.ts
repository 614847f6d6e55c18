import { describe, expect, it } from 'vitest';
import { parseName, referenceKind, toCsl, toCsv, type IndexEntry } from './csl.ts';
import { mustKeepCapitals, toSentenceCase } from './title-case.ts';

const entry = (over: Partial<IndexEntry['data']> = {}): IndexEntry => ({
  id: 'hu-2021-lora',
  data: {
    title: 'LoRA: Low-Rank Adaptation of Large Language Models, "quoted"',
    authors: ['Edward J. Hu', 'Ludwig van Beethoven', 'OpenAI', 'et al.'],
    year: 2022,
    venue: 'arXiv preprint',
    type: 'paper',
    venueType: 'preprint',
    url: 'https://arxiv.org/abs/2106.09685',
    arxiv: '2106.09685',
    ...over,
  },
});

describe('names', () => {
  it('splits personal names, keeps particles with the family name and organisations whole', () => {
    expect(parseName('Edward J. Hu')).toEqual({ given: 'Edward J.', family: 'Hu' });
    expect(parseName('Ludwig van Beethoven')).toEqual({ given: 'Ludwig', family: 'van Beethoven' });
    expect(parseName('Diego de las Casas')).toEqual({ given: 'Diego', family: 'de las Casas' });
    expect(parseName('George van den Driessche')).toEqual({ given: 'George', family: 'van den Driessche' });
    expect(parseName('OpenAI')).toEqual({ literal: 'OpenAI' });
    expect(parseName('Hugging Face')).toEqual({ literal: 'Hugging Face' });
    expect(parseName('llama.cpp (ggml-org)')).toEqual({ literal: 'llama.cpp (ggml-org)' });
  });
  it('takes multi-word family names the data declares', () => {
    expect(parseName('Asa Cooper Stickland', ['Cooper Stickland'])).toEqual({ given: 'Asa', family: 'Cooper Stickland' });
    expect(parseName('Asa Cooper Stickland')).toEqual({ given: 'Asa Cooper', family: 'Stickland' });
  });
});

describe('titles', () => {
  it('knows which words keep their capitals', () => {
    for (const word of ['LoRA:', 'GPT-4o', 'QLoRA', 'LLM.int8():', '(JSON', 'A', 'Claude\'s', 'vLLM']) expect(mustKeepCapitals(word), word).toBe(true);
    for (const word of ['Low-Rank', 'Adaptation', 'language', 'Step-by-Step!']) expect(mustKeepCapitals(word), word).toBe(false);
  });
  it('puts titles in sentence case, capitalising after a colon', () => {
    expect(toSentenceCase('LoRA: Low-Rank Adaptation of Large Language Models')).toBe('LoRA: Low-rank adaptation of large language models');
    expect(toSentenceCase('To CoT or not to CoT? Chain-of-Thought Helps')).toBe('To CoT or not to CoT? Chain-of-thought helps');
    expect(toSentenceCase('Use examples to guide Claude\'s behavior')).toBe('Use examples to guide Claude\'s behavior');
  });
});

describe('CSL-JSON', () => {
  it('gives a preprint its arXiv number and publisher, not a container', () => {
    const csl = toCsl(entry());
    expect(csl).toMatchObject({ type: 'article', publisher: 'arXiv', number: '2106.09685' });
    expect(csl['container-title']).toBeUndefined();
    expect(csl.author).toHaveLength(3);
  });
  it('types conference papers as paper-conference and keeps volume and issue out of the journal title', () => {
    expect(toCsl(entry({ venueType: 'conference', venue: 'ICLR 2022' }))).toMatchObject({ type: 'paper-conference', 'container-title': 'ICLR 2022' });
    const journal = toCsl(entry({ venueType: 'journal', venue: 'ACM Computing Surveys, vol. 55, no. 9', container: 'ACM Computing Surveys', volume: '55', issue: '9' }));
    expect(journal).toMatchObject({ type: 'article-journal', 'container-title': 'ACM Computing Surveys', volume: '55', issue: '9' });
  });
  it('dates the reading of living documents only', () => {
    const accessed = new Date('2026-11-22');
    expect(toCsl(entry({ type: 'documentation', venueType: undefined, venue: 'OpenAI API documentation', accessed })).accessed).toEqual({ 'date-parts': [[2026, 11, 22]] });
    expect(toCsl(entry({ accessed })).accessed).toBeUndefined();
  });
  it('refuses a paper whose venue type is unknown', () => {
    expect(() => referenceKind(entry({ venueType: undefined }))).toThrow(/hu-2021-lora/);
  });
});

describe('CSV', () => {
  it('quotes every field and escapes quotes', () => {
    const csv = toCsv([entry()]);
    expect(csv.split('\r\n')[1]).toContain('"LoRA: Low-Rank Adaptation of Large Language Models, ""quoted"""');
  });
});
