import { describe, expect, it } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import { bibtexAuthors, escapeTex, protectTitle, toBibtexEntry } from './bibtex.ts';
import type { IndexEntry } from './csl.ts';

const paper: IndexEntry = {
  id: 'hu-2021-lora',
  data: {
    title: 'LoRA: Low-Rank Adaptation of "Large" Language Models & 100% more',
    authors: ['Edward J. Hu', 'Diego de las Casas', 'OpenAI', 'et al.'],
    year: 2022,
    venue: 'International Conference on Learning Representations (ICLR 2022)',
    type: 'paper',
    venueType: 'conference',
    url: 'https://openreview.net/forum?id=nZeVKeeFYf9',
    arxiv: '2106.09685',
  },
};

describe('BibTeX writer', () => {
  it('escapes TeX specials and turns straight quotes into TeX quotes', () => {
    expect(escapeTex('A & B 100% "x"')).toBe("A \\& B 100\\% ``x''");
  });
  it('braces only the words whose capitals must survive', () => {
    expect(protectTitle('LoRA: Low-Rank Adaptation of GPT-4o')).toBe('{LoRA}: Low-Rank Adaptation of {GPT-4o}');
    // A title that is a single model id keeps every part protected (not {{…}}, which parsers unwrap).
    expect(protectTitle('Qwen3-30B-A3B-Instruct-2507')).toBe('{Qwen3}-{30B}-{A3B}-{Instruct}-{2507}');
  });
  it('pairs quotes over the whole title, so a quotation of several words closes with TeX\'s closing quote', () => {
    const title = protectTitle('The Reversal Curse: LLMs trained on "A is B" fail to learn "B is A"');
    expect(title).toBe("The Reversal Curse: {LLMs} trained on ``{A} is {B}'' fail to learn ``{B} is {A}''");
    const [parsed] = parse(`@misc{x, title = {${title}}}`, { sentenceCase: false }).entries;
    expect(parsed!.fields.title).toBe('The Reversal Curse: LLMs trained on “A is B” fail to learn “B is A”');
  });
  it('braces the names a title shows or the data gives, so a style that lowercases the title keeps them', () => {
    expect(protectTitle('Customize a model with fine-tuning in Amazon Bedrock')).toBe('Customize a model with fine-tuning in {Amazon} {Bedrock}');
    const title = protectTitle('Fine-tuning for Cohere\'s Chat Model on Chatbot Arena', ['Cohere', 'Chatbot Arena']);
    expect(title).toBe("Fine-tuning for {Cohere's} Chat Model on {Chatbot} {Arena}");
    const [parsed] = parse(`@misc{x, title = {${title}}}`, { sentenceCase: { guess: false } }).entries;
    expect(parsed!.fields.title).toBe("Fine-tuning for Cohere's chat model on Chatbot Arena");
  });
  it('writes names family first, organisations braced, and "and others" for a list closed by et al.', () => {
    expect(bibtexAuthors(paper)).toBe('Hu, Edward J. and de las Casas, Diego and {OpenAI} and others');
  });
  it('gives a technical report with an arXiv id its number', () => {
    const report: IndexEntry = { id: 'jiang-2023-mistral-7b', data: { ...paper.data, type: 'report', venueType: undefined, institution: 'Mistral AI', arxiv: '2310.06825' } };
    const [parsed] = parse(toBibtexEntry(report), { sentenceCase: false }).entries;
    expect(parsed).toMatchObject({ type: 'techreport', fields: { number: 'arXiv:2310.06825', institution: ['Mistral AI'] } });
  });
  it('round-trips through an independent parser as an inproceedings with its booktitle', () => {
    const library = parse(toBibtexEntry(paper), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    const [parsed] = library.entries;
    expect(parsed).toMatchObject({ type: 'inproceedings', key: 'hu-2021-lora' });
    expect(parsed!.fields.booktitle).toBe(paper.data.venue);
    expect(parsed!.fields.author!.map((a) => [a.prefix, a.lastName ?? a.name].filter(Boolean).join(' '))).toEqual(['Hu', 'de las Casas', 'OpenAI', 'others']);
    expect(parsed!.fields.url).toBe(paper.data.url);
  });
});
