import { describe, expect, it } from 'vitest';
import { parseName, referenceKind, titleNames, toCsl, toCsv, type IndexEntry } from './csl.ts';
import { mustKeepCapitals, titleHasName, toSentenceCase } from './title-case.ts';

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
  it('does not start a sentence after "vs." and keeps a compound opened by a lone capital', () => {
    expect(toSentenceCase('Few-shot Fine-tuning vs. In-context Learning: A Fair Comparison')).toBe('Few-shot fine-tuning vs. in-context learning: A fair comparison');
    expect(toSentenceCase('G-Eval: NLG Evaluation using GPT-4')).toBe('G-Eval: NLG evaluation using GPT-4');
  });
  it('keeps the names a sentence-case title shows by their capitals', () => {
    for (const title of ['Customize a model with fine-tuning in Amazon Bedrock', 'Planned model deprecations on Workers AI', 'What\'s new in Claude Fable 5.2', 'LLMs inference benchmarks, using vLLM, on Lambda Cloud']) {
      expect(toSentenceCase(title)).toBe(title);
    }
    expect(toSentenceCase('Azure OpenAI in Microsoft Foundry model deprecations and retirements')).toBe('Azure OpenAI in Microsoft Foundry model deprecations and retirements');
  });
  it('lowers the ordinary words of a title-case title, and of one with a stray lower-case word', () => {
    expect(toSentenceCase('Retrieval meets Long Context Large Language Models')).toBe('Retrieval meets long context large language models');
    expect(toSentenceCase('Stanford Alpaca: An Instruction-following LLaMA model')).toBe('Stanford Alpaca: An instruction-following LLaMA model');
    expect(toSentenceCase('Sentence Embeddings using Siamese Networks')).toBe('Sentence embeddings using siamese networks');
    expect(toSentenceCase('LLGuidance Support in llama.cpp')).toBe('LLGuidance support in llama.cpp');
  });
  it('keeps the names it is given in a title-case title, one word or several in a row', () => {
    expect(toSentenceCase('Chatbot Arena: An Open Platform', ['Chatbot Arena'])).toBe('Chatbot Arena: An open platform');
    expect(toSentenceCase('Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena', ['Chatbot Arena'])).toBe('Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena');
    expect(toSentenceCase('Sentence Embeddings using Siamese Networks', ['Siamese'])).toBe('Sentence embeddings using Siamese networks');
    expect(toSentenceCase('Fine-tuning for Cohere\'s Chat Model', ['Cohere'])).toBe('Fine-tuning for Cohere\'s chat model');
    // Only the whole name: "Arena" alone is an ordinary word.
    expect(toSentenceCase('A Chatbot in the Arena', ['Chatbot Arena'])).toBe('A chatbot in the arena');
    expect(titleHasName('Claude Opus 5.5', 'Opus')).toBe(true);
    expect(titleHasName('Claude Opus 5.5', 'Claude Opus 5')).toBe(false);
  });
});

describe('title names', () => {
  const page = (over: Partial<IndexEntry['data']>) => entry({ type: 'documentation', venueType: undefined, arxiv: undefined, ...over });
  it('takes the data\'s own list, the organisation authors and runs of two or more capitalised words of a web page\'s venue', () => {
    expect(titleNames(page({ authors: ['Cloudflare'], venue: 'Cloudflare Workers AI documentation (developers.cloudflare.com)', properNouns: ['Opus'] })))
      .toEqual(['Opus', 'Cloudflare', 'Cloudflare Workers', 'Cloudflare Workers AI', 'Workers AI']);
    expect(toCsl(page({ title: 'Pricing (Workers AI)', authors: ['Cloudflare'], venue: 'Cloudflare Workers AI documentation' })).title).toBe('Pricing (Workers AI)');
  });
  it('keeps one word of a longer name lowered, and ignores a paper\'s venue', () => {
    const title = 'API Provider Benchmarking & Analysis';
    expect(toCsl(page({ title, authors: ['Artificial Analysis'], venue: 'Artificial Analysis (independent API benchmarks)' })).title).toBe('API provider benchmarking & analysis');
    expect(toCsl(page({ title: 'Artificial Analysis Methodology', authors: ['Artificial Analysis'] })).title).toBe('Artificial Analysis methodology');
    expect(titleNames(entry({ venue: 'Empirical Methods in Natural Language Processing' }))).toEqual(['OpenAI']);
  });
});

describe('CSL-JSON', () => {
  it('gives a preprint its arXiv number and publisher, not a container', () => {
    const csl = toCsl(entry());
    expect(csl).toMatchObject({ type: 'article', publisher: 'arXiv', number: '2106.09685' });
    expect(csl['container-title']).toBeUndefined();
    expect(csl.author).toHaveLength(4);
    // The data's "et al." closes the list as BibTeX's "others", which pandoc's citeproc prints as "et al.".
    expect(csl.author.at(-1)).toEqual({ literal: 'others' });
    expect(toCsl(entry({ authors: ['Edward J. Hu', 'OpenAI'] })).author).toEqual([{ given: 'Edward J.', family: 'Hu' }, { literal: 'OpenAI' }]);
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
