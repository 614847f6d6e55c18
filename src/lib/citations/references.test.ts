import { describe, expect, it } from 'vitest';
import { authorList, isOrganisation, referenceAuthors, shortAuthors } from './references.ts';

const people = (n: number) => Array.from({ length: n }, (_, i) => `Given${i + 1} Family${i + 1}`);

describe('authorList', () => {
  it('joins one or many names, and keeps a list that already ends in "et al."', () => {
    expect(authorList(['OpenAI'])).toBe('OpenAI');
    expect(authorList(['A B', 'C D'])).toBe('A B and C D');
    expect(authorList(['A B', 'C D', 'E F'])).toBe('A B, C D, and E F');
    expect(authorList(['A B', 'C D', 'et al.'])).toBe('A B, C D, et al.');
    expect(authorList([])).toBe('');
  });
});

describe('referenceAuthors', () => {
  it('names every author up to six', () => {
    expect(referenceAuthors(people(6))).toBe(
      'Given1 Family1, Given2 Family2, Given3 Family3, Given4 Family4, Given5 Family5, and Given6 Family6',
    );
    expect(referenceAuthors(['OpenAI'])).toBe('OpenAI');
  });

  it('past six, names the first three and "et al."', () => {
    expect(referenceAuthors(people(7))).toBe('Given1 Family1, Given2 Family2, Given3 Family3, et al.');
    expect(referenceAuthors(people(31))).toBe('Given1 Family1, Given2 Family2, Given3 Family3, et al.');
  });

  it('counts only names: a short list the source ends in "et al." stays as given, a long one is cut', () => {
    expect(referenceAuthors([...people(4), 'et al.'])).toBe('Given1 Family1, Given2 Family2, Given3 Family3, Given4 Family4, et al.');
    expect(referenceAuthors([...people(8), 'et al.'])).toBe('Given1 Family1, Given2 Family2, Given3 Family3, et al.');
  });
});

describe('shortAuthors', () => {
  it('gives a surname, two surnames, or the first surname and "et al."', () => {
    expect(shortAuthors(['Edward J. Hu'])).toBe('Hu');
    expect(shortAuthors(['Edward J. Hu', 'Yelong Shen'])).toBe('Hu and Shen');
    expect(shortAuthors(people(3))).toBe('Family1 et al.');
    expect(shortAuthors(['Hugging Face'])).toBe('Hugging Face');
  });

  it('keeps the whole name of an organisation the site cites, never its last word as a surname', () => {
    for (const name of ['Artificial Analysis', 'Amazon Web Services', 'Weights & Biases', 'LMSYS Org']) {
      expect(isOrganisation(name), name).toBe(true);
      expect(shortAuthors([name])).toBe(name);
    }
    expect(isOrganisation('Will Kurt')).toBe(false);
  });
});
