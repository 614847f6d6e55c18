import { describe, expect, it } from 'vitest';
import { STOP_WORDS, stem, terms, words } from './words.ts';

describe('words', () => {
  it('lower-cases, drops diacritics and punctuation', () => {
    expect(words('Café-Style: GPT-4o, Ünïcode!')).toEqual(['cafe', 'style', 'gpt', '4o', 'unicode']);
    expect(words('.*(+[')).toEqual([]);
  });
});

describe('stem', () => {
  const same = (...forms: string[]) => expect(new Set(forms.map(stem)).size, forms.join(' / ')).toBe(1);
  it('brings plurals and verb forms of one word together', () => {
    same('example', 'examples');
    same('forget', 'forgets', 'forgetting');
    same('tune', 'tunes', 'tuned', 'tuning');
    same('retrieve', 'retrieved', 'retrieving');
    same('study', 'studies', 'studied');
    same('class', 'classes');
    same('hallucinate', 'hallucination', 'hallucinations');
    same('cache', 'cached', 'caching');
    same('prompt', 'prompts', 'prompting');
    same('imbalance', 'imbalanced');
    same('cost', 'costs', 'costly');
  });
  it('brings a noun and the verb or adjective it is made from together', () => {
    same('retrieval', 'retrieve', 'retrieved');
    same('refusal', 'refuses');
    same('quantization', 'quantize', 'quantized');
    same('optimization', 'optimizer', 'optimize');
    same('documentation', 'document', 'documents');
    same('distillation', 'distill', 'distilled', 'distilling');
    same('citation', 'citations', 'cite', 'cited');
    same('imitation', 'imitate');
    same('significance', 'significant');
    same('confidence', 'confident');
    same('latency', 'latencies');
    same('difference', 'different');
  });
  it('spells British forms as American ones', () => {
    same('licence', 'license', 'licences');
    same('labelled', 'labeled', 'labelling', 'labeling', 'label');
    same('modelling', 'modeling', 'model');
    same('behaviour', 'behavior');
    same('optimise', 'optimize', 'optimisation', 'optimization');
    same('organisations', 'organizations');
  });
  it('keeps apart words that only look alike', () => {
    expect(stem('variance')).not.toBe(stem('variant'));
    expect(stem('instance')).not.toBe(stem('instant'));
    expect(stem('currency')).not.toBe(stem('current'));
    expect(stem('latency')).not.toBe(stem('latent'));
    expect(stem('promise')).not.toBe(stem('promize'));
    expect(stem('arising')).toBe(stem('arise'));
    expect(stem('distilled')).toBe(stem('distill'));
    expect(stem('recalled')).toBe(stem('recall'));
    expect(stem('harness')).not.toBe(stem('hard'));
    expect(stem('bus')).toBe('bus');
    expect(stem('final')).not.toBe(stem('fine'));
    expect(stem('interval')).not.toBe(stem('intervene'));
    // A final e after one short syllable stays ("plane" is not "plan"), and the -ing and -ed forms find it again.
    for (const [word, other] of [['plane', 'plan'], ['rate', 'rat'], ['note', 'not'], ['hope', 'hop'], ['site', 'sit']]) {
      expect(stem(word!)).not.toBe(stem(other!));
    }
    same('make', 'making', 'makes');
    same('code', 'coding', 'coded');
    same('rate', 'rated', 'rates', 'rating');
    same('generate', 'generated', 'generation');
  });
  it('leaves short words, numbers and model names alone', () => {
    for (const word of ['rag', 'lora', 'gpt', '4o', 'h100', 'qlora', 'is']) expect(stem(word)).toBe(word);
  });
});

describe('terms', () => {
  it('drops stop words and stems the rest', () => {
    expect(terms('How many examples do I need to fine-tune?')).toEqual(['many', 'exampl', 'need', 'fine', 'tune']);
    expect(STOP_WORDS.has('not')).toBe(false);
    expect(terms('does it make sense to fine-tune')).toEqual(['fine', 'tune']);
    expect(terms('examples inside the prompt')).toEqual(['exampl', 'prompt']);
  });
});
