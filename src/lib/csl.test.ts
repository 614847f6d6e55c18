import { describe, expect, it } from 'vitest';
import { parseName, toCsl, toCsv } from './csl.ts';

const entry = {
  id: 'hu-2021-lora',
  data: { title: 'LoRA, "quoted"', authors: ['Edward J. Hu', 'Ludwig van Beethoven', 'OpenAI', 'et al.'], year: 2022, venue: 'arXiv preprint', type: 'paper' as const, url: 'https://arxiv.org/abs/2106.09685', arxiv: '2106.09685' },
};

describe('CSL conversion', () => {
  it('parses personal names, particles and organisations', () => {
    expect(parseName('Edward J. Hu')).toEqual({ given: 'Edward J.', family: 'Hu' });
    expect(parseName('Ludwig van Beethoven')).toEqual({ given: 'Ludwig', family: 'van Beethoven' });
    expect(parseName('OpenAI')).toEqual({ literal: 'OpenAI' });
    expect(parseName('Hugging Face')).toEqual({ literal: 'Hugging Face' });
  });
  it('maps an arXiv paper to an article and drops "et al."', () => {
    const csl = toCsl(entry);
    expect(csl.type).toBe('article');
    expect(csl.author).toHaveLength(3);
    expect(csl.note).toBe('arXiv:2106.09685');
  });
  it('writes CSV with quotes escaped', () => {
    const csv = toCsv([entry]);
    expect(csv.split('\r\n')[1]).toContain('"LoRA, ""quoted"""');
  });
});
