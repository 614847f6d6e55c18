import { describe, expect, it } from 'vitest';
import { stem } from './words.ts';
import { boundedDistance, closestSpellings, editDistance, fuzzyOpening, fuzzyPrefix, maxEdits, oneEditTerms, oneEdits } from './typo.ts';
import { index } from './test-fixtures.ts';
import { loadIndex } from './engine.ts';
import { buildIndex } from './index-build.ts';

describe('typos', () => {
  it('count insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('promt', 'prompt')).toBe(1);
    expect(editDistance('form', 'from')).toBe(1);
    expect(editDistance('cachign', 'caching')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('stop counting once a spelling is sure to be further than the limit, and agree with the full count below it', () => {
    for (const [a, b] of [['promt', 'prompt'], ['cachign', 'caching'], ['retreival', 'retrieval'], ['latency', 'lantecy'], ['abc', 'xyz']] as const) {
      const full = editDistance(a, b);
      expect(boundedDistance(a, b, 3)).toBe(full);
      expect(boundedDistance(a, b, full - 1)).toBeGreaterThan(full - 1);
    }
    expect(boundedDistance('short', 'a much longer word', 2)).toBe(3);
  });
  it('allow two edits, a third of a long word, and never 40% of a short one', () => {
    expect([4, 5, 8, 9, 12].map(maxEdits)).toEqual([1, 2, 2, 3, 4]);
  });
  it('find the closest spellings in the vocabulary only, and nothing too far to be a typo', () => {
    expect(closestSpellings(index, stem('retreival'))).toEqual([{ term: stem('retrieval'), distance: 1 }]);
    expect(closestSpellings(index, 'xqzwv')).toEqual([]);
  });
  it('find the words a misspelled opening begins', () => {
    expect(fuzzyPrefix(index, 'retreiv')).toEqual([stem('retrieval')]);
    expect(fuzzyPrefix(index, 'zzz')).toEqual([]);
  });
  it('find the word a misspelled ending hides: its opening is one edit from the stem, the rest at most four letters', () => {
    // "forgettnig" is too many edits from the stem "forget" as a whole, but opens with "forgett", one edit away.
    expect(closestSpellings(index, stem('forgettnig'))).toEqual([]);
    expect(fuzzyOpening(index, 'forgettnig')).toEqual([stem('forgetting')]);
    expect(fuzzyOpening(index, 'retreivlas')).toEqual([stem('retrieval')]);
    // Too much left over, or an opening unlike any word: nothing.
    expect(fuzzyOpening(index, 'retrieveverything')).toEqual([]);
    expect(fuzzyOpening(index, 'zzzzzzzz')).toEqual([]);
  });
});

describe('one edit of the word as written', () => {
  const pages = [
    ['Tuning costs', 'Tuned once, tuning again each quarter: the cheapest route is the one you keep.'],
    ['Tokens', 'A token is a piece of a word; every token is billed.'],
    ['Billing by token', 'Input tokens and output tokens are billed apart.'],
    ['Voice', 'The tone of the answers.'],
  ];
  const idx = loadIndex(buildIndex(pages, [3, 1], [true, false]));
  it('reaches the stem of the word meant, which a typo in an inflected ending keeps too far from the stem itself', () => {
    // "tuing" is three edits from the stem "tune" but one from "tuning", which stems to it.
    expect(closestSpellings(idx, stem('tuing'))).not.toContainEqual(expect.objectContaining({ term: 'tune' }));
    expect(oneEditTerms(idx, 'tuing')).toEqual(['tune']);
    expect(oneEdits(idx, 'cheapset')).toEqual([{ spelling: 'cheapest', term: stem('cheapest') }]);
    // Swaps first, as typists make them most: "tokne" is "token" before it is "tone".
    expect(oneEditTerms(idx, 'tokne')).toEqual(['token', 'tone']);
    expect(oneEditTerms(idx, 'zzzzz')).toEqual([]);
  });
});
