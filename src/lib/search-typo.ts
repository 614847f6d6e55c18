/**
 * Typo tolerance (see search-engine.ts for the whole engine): a word the index does not have is looked up
 * with fuse.js in the vocabulary, bucketed by length, so a typo finds its word without scanning documents.
 */
import Fuse from 'fuse.js';
import { lowerBound, type SearchIndex } from './search-engine.ts';

/** At most this many spellings stand in for a misspelled word. */
export const MAX_FUZZY = 3;
/** Query words shorter than this are not fuzzy-matched: below five letters too many words are a typo of another. */
export const MIN_FUZZY_LENGTH = 5;
/** fuse.js score cut-off for a misspelled word (0 exact, 1 anything). */
const FUZZY_THRESHOLD = 0.4;

function fuzzyFor(index: SearchIndex, length: number): Fuse<string> | undefined {
  if (!index.byLength) {
    index.byLength = new Map();
    for (const word of index.vocabulary) {
      if (/\d/.test(word)) continue;
      const bucket = index.byLength.get(word.length);
      if (bucket) bucket.push(word);
      else index.byLength.set(word.length, [word]);
    }
    index.fuzzy = new Map();
  }
  // One fuse.js instance per word length, made when a typo of about that length first needs it.
  let fuse = index.fuzzy!.get(length);
  const bucket = index.byLength.get(length);
  if (!fuse && bucket) {
    fuse = new Fuse(bucket, { threshold: FUZZY_THRESHOLD, includeScore: true, ignoreLocation: true, isCaseSensitive: true });
    index.fuzzy!.set(length, fuse);
  }
  return fuse;
}

/** Edits (insert, delete, substitute, swap two neighbours) from one word to another. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The closest spellings of a term the index does not have, with their distance in edits: at most
 * MAX_FUZZY, all equally close, and none when the closest is too far to be a typo of it.
 */
export function closestSpellings(index: SearchIndex, t: string): { term: string; distance: number }[] {
  // A misspelling keeps its length within two letters; fuse.js only scans the words of those lengths.
  const hits: { term: string; distance: number }[] = [];
  for (let length = t.length - 2; length <= t.length + 2; length++) {
    for (const hit of fuzzyFor(index, length)?.search(t) ?? []) hits.push({ term: hit.item, distance: editDistance(t, hit.item) });
  }
  // Only the closest spellings, by edits: a typo stands for one word, not for every word that looks a bit
  // like it ("promt" is "prompt", one edit, not "promis" or "protect").
  hits.sort((a, b) => a.distance - b.distance);
  const best = hits[0]?.distance ?? Infinity;
  if (best > Math.max(2, Math.floor(t.length / 3))) return [];
  return hits.slice(0, MAX_FUZZY).filter((hit) => hit.distance === best);
}

/**
 * Words that a word still being typed begins, one edit away ("retreiv" begins "retrieval"): the terms with
 * the same first letter whose opening, one letter shorter, as long or one longer, is one edit from it.
 */
export function fuzzyPrefix(index: SearchIndex, typed: string, limit = 2 * MAX_FUZZY): string[] {
  const out: string[] = [];
  const first = typed[0]!;
  for (let i = lowerBound(index.vocabulary, first); i < index.vocabulary.length && out.length < limit; i++) {
    const candidate = index.vocabulary[i]!;
    if (candidate[0] !== first) break;
    if (candidate.length < typed.length - 1) continue;
    for (let length = typed.length - 1; length <= typed.length + 1; length++) {
      if (editDistance(typed, candidate.slice(0, length)) <= 1) {
        out.push(candidate);
        break;
      }
    }
  }
  return out;
}
