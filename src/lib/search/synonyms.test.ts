import { describe, expect, it } from 'vitest';
import { SYNONYMS, synonymEntries } from './synonyms.ts';
import { vocabularyAliases } from './documents.ts';
import { buildIndex } from './index-build.ts';
import { loadIndex } from './engine.ts';
import { rank } from './rank.ts';
import { stem } from './words.ts';

describe('everyday synonyms', () => {
  it('give each word of a group the others as its reader\'s words', () => {
    expect(synonymEntries([['reduce', 'fewer', 'less']])).toEqual([
      { means: 'reduce', aliases: ['fewer', 'less'] },
      { means: 'fewer', aliases: ['reduce', 'less'] },
      { means: 'less', aliases: ['reduce', 'fewer'] },
    ]);
  });
  it('put no word in two groups, and none that its stem would merge with another group', () => {
    const stems = SYNONYMS.flat().map(stem);
    expect(new Set(stems).size).toBe(stems.length);
  });
  it("find the site's word for a reader's word, below a page that uses the reader's own", () => {
    const pages = [
      { title: 'Does fine-tuning reduce hallucinations?', body: 'Not by itself.' },
      { title: 'Fewer examples', body: 'Trim the prompt to fewer hallucinations.' },
      { title: 'Quantization', body: 'Smaller weights.' },
    ];
    const built = buildIndex(pages.map((p) => [p.title, p.body]), [3, 1], [2, 0], vocabularyAliases([], [['reduce', 'fewer']]));
    const idx = loadIndex(JSON.parse(JSON.stringify(built)));
    const order = (q: string) => rank(idx, q).ranked.map((r) => pages[r.doc]!.title);
    expect(order('fewer hallucinations ')).toEqual(['Fewer examples', 'Does fine-tuning reduce hallucinations?']);
    const none = loadIndex(buildIndex(pages.map((p) => [p.title, p.body]), [3, 1], [2, 0], vocabularyAliases([], [])));
    expect(rank(none, 'fewer ').ranked.map((r) => pages[r.doc]!.title)).toEqual(['Fewer examples']);
    expect(order('fewer ')).toEqual(['Fewer examples', 'Does fine-tuning reduce hallucinations?']);
  });
});
