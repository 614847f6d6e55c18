/**
 * Typo tolerance (see search/engine.ts for the whole engine): a word the index does not have is compared
 * with the vocabulary's words of about its length, counting edits, so a typo finds its word without
 * scanning documents. Each comparison stops as soon as it cannot come under the closest spelling found so
 * far, and words that cannot be close (too many letters one has and the other lacks) are skipped without one,
 * so a typo costs a fraction of a millisecond on a vocabulary of thousands of words.
 *
 * fuse.js did this before, as a candidate generator whose hits were then ranked by these same edits: the
 * direct count finds the same spellings (all but a few ties, in a test of 300 made-up typos) in a twentieth
 * of the time, and the search code no longer loads fuse.js.
 */
import { hasPrefix, lowerBound, type SearchIndex, type TypoTable } from './engine.ts';
import { stemWord } from './words.ts';

/** At most this many spellings stand in for a misspelled word. */
export const MAX_FUZZY = 3;
/** Query words shorter than this are not fuzzy-matched: below five letters too many words are a typo of another. */
export const MIN_FUZZY_LENGTH = 5;
/**
 * A four-letter word may still be corrected by one edit of it as written ("jsno" → "json"): one edit of a short
 * word reaches few words, two reach most of them.
 */
export const MIN_ONE_EDIT_LENGTH = 4;

/** The letters a word holds, a bit each (a–z; anything else shares one bit). */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    mask |= c >= 0 && c < 26 ? 1 << c : 1 << 26;
  }
  return mask;
}

function bitCount(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
}

function typoTable(index: SearchIndex): TypoTable {
  if (!index.typos) {
    const lists = new Map<number, string[]>();
    for (const word of index.vocabulary) {
      if (/\d/.test(word)) continue;
      const list = lists.get(word.length);
      if (list) list.push(word);
      else lists.set(word.length, [word]);
    }
    index.typos = { byLength: new Map([...lists].map(([length, words]) => [length, { words, masks: Int32Array.from(words, letterMask) }])) };
  }
  return index.typos;
}

let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Edits from one word to another (see editDistance), or any number above `limit` once it is sure to exceed it. */
export function boundedDistance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  if (rows[0]!.length <= m) rows = rows.map(() => new Int32Array(2 * m + 2));
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Every way on from this row already costs more than the limit.
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[m]!;
}

/** The most edits a typo of a word this long may have: two, a third of its letters for long words, never 40% of them. */
export function maxEdits(length: number): number {
  return Math.min(Math.max(2, Math.floor(length / 3)), Math.floor(length * 0.4));
}

/**
 * The closest spellings of a term the index does not have, with their distance in edits: at most
 * MAX_FUZZY, all equally close, and none when the closest is too far to be a typo of it (maxEdits). A misspelling keeps its length within two letters, so only the words
 * of those lengths are compared. Only the closest count: a typo stands for one word, not for every word
 * that looks a bit like it ("promt" is "prompt", one edit, not "promis" or "protect").
 */
export function closestSpellings(index: SearchIndex, t: string): { term: string; distance: number }[] {
  const table = typoTable(index);
  const mask = letterMask(t);
  let best = maxEdits(t.length);
  const hits: { term: string; distance: number }[] = [];
  for (let length = t.length - 2; length <= t.length + 2; length++) {
    const bucket = table.byLength.get(length);
    if (!bucket) continue;
    const { words, masks } = bucket;
    for (let i = 0; i < words.length; i++) {
      // An edit adds or removes at most two letters from the set a word holds: a cheap bound before counting.
      if (bitCount(mask ^ masks[i]!) > 2 * best) continue;
      const distance = boundedDistance(t, words[i]!, best);
      if (distance > best) continue;
      if (distance < best) {
        best = distance;
        hits.length = 0;
      }
      if (hits.length < MAX_FUZZY) hits.push({ term: words[i]!, distance });
    }
  }
  return hits;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The index terms that one edit of the word as written stems to, in the order typists make them: two letters
 * swapped, one left out, one doubled or added, one struck for another ("cheapset" → "cheapest", "tuing" →
 * "tuning" → "tune", "jsno" → "json"). The vocabulary holds stems, and a typo inside an inflected word's ending
 * ("tuing") is several edits from its stem ("tune") but one from the word the reader meant, which stems to it.
 * At most MAX_FUZZY, the first found; none for a word the index knows.
 */
export function oneEditTerms(index: SearchIndex, word: string): string[] {
  return oneEdits(index, word).map((edit) => edit.term);
}

/** The spellings one edit from a word whose stem the index has (see oneEditTerms), with that stem. */
export function oneEdits(index: SearchIndex, word: string): { spelling: string; term: string }[] {
  const cached = index.oneEdits?.get(word);
  if (cached) return cached;
  const out: { spelling: string; term: string }[] = [];
  const add = (spelling: string) => {
    if (out.length >= MAX_FUZZY) return;
    // A stem changes a word's ending only: a spelling whose first half begins no term cannot stem to one.
    if (!hasPrefix(index, spelling.slice(0, Math.max(2, spelling.length >> 1)))) return;
    // Not the remembered stem(): the made-up spellings would fill its memory.
    const stemmed = spelling.length <= 3 ? spelling : stemWord(spelling);
    const term = index.known.has(stemmed) ? stemmed : index.known.has(spelling) ? spelling : undefined;
    if (term && !out.some((edit) => edit.term === term)) out.push({ spelling, term });
  };
  const n = word.length;
  for (let i = 0; i < n - 1; i++) if (word[i] !== word[i + 1]) add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 0; i < n; i++) add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i <= n; i++) for (const c of LETTERS) add(word.slice(0, i) + c + word.slice(i));
  for (let i = 0; i < n; i++) for (const c of LETTERS) if (c !== word[i]) add(word.slice(0, i) + c + word.slice(i + 1));
  // Each keystroke asks again for the same words.
  index.oneEdits ??= new Map();
  if (index.oneEdits.size > 1000) index.oneEdits.clear();
  index.oneEdits.set(word, out);
  return out;
}

/** Edits (insert, delete, substitute, swap two neighbours) from one word to another. */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Infinity);
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
      if (boundedDistance(typed, candidate.slice(0, length), 1) <= 1) {
        out.push(candidate);
        break;
      }
    }
  }
  return out;
}

/**
 * Words whose form, ending aside, a misspelled word begins with, one edit away: "embeddigns" is "embedd" and a
 * mangled ending, and "embedd" is one edit from the index's "embed". A typo inside a word's ending keeps it
 * from being stemmed ("embeddings" is "embed"), so its whole length is too far from any stem; its opening is
 * not. Terms of at least four letters, leaving at most four letters of ending, the longest first.
 */
export function fuzzyOpening(index: SearchIndex, word: string, limit = MAX_FUZZY): string[] {
  const out: string[] = [];
  const first = word[0]!;
  for (let i = lowerBound(index.vocabulary, first); i < index.vocabulary.length; i++) {
    const candidate = index.vocabulary[i]!;
    if (candidate[0] !== first) break;
    if (candidate.length < 4 || candidate.length > word.length - 1) continue;
    for (let length = candidate.length - 1; length <= candidate.length + 1; length++) {
      if (length < word.length && word.length - length <= 4 && boundedDistance(word.slice(0, length), candidate, 1) <= 1) {
        out.push(candidate);
        break;
      }
    }
  }
  return out.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, limit);
}
