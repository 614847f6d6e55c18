import { describe, expect, it } from 'vitest';
import { closestSpellings, editDistance, fuzzyPrefix } from './search-typo.ts';
import { index } from './search-test-fixtures.ts';

describe('typos', () => {
  it('count insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('promt', 'prompt')).toBe(1);
    expect(editDistance('form', 'from')).toBe(1);
    expect(editDistance('cachign', 'caching')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('find the closest spellings in the vocabulary only, and nothing too far to be a typo', () => {
    expect(closestSpellings(index, 'retreival')).toEqual([{ term: 'retrieval', distance: 1 }]);
    expect(closestSpellings(index, 'xqzwv')).toEqual([]);
  });
  it('find the words a misspelled opening begins', () => {
    expect(fuzzyPrefix(index, 'retreiv')).toEqual(['retrieval']);
    expect(fuzzyPrefix(index, 'zzz')).toEqual([]);
  });
});
