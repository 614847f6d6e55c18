/**
 * The research index's search engine. Documents are cut into words once, into an inverted index
 * (word → the sources it occurs in, with the weight of the best field). A query word matches a word of
 * the index exactly, as a prefix (the word being typed), or, when neither finds anything, through fuse.js
 * over the index's vocabulary (typos: "Dettmerz" → "dettmers"). Every query word must match; a source's
 * score is the sum of its best match per query word.
 *
 * Why not fuse.js over whole documents: it scans every claim of every source on every keystroke, which
 * took p95 45 ms at 171 sources and 2.4 s at 10,000 (bench/RESULTS.md). Fuzzy matching over the vocabulary
 * keeps typo tolerance and touches only the words of the right length.
 */
import Fuse from 'fuse.js';
import { matchesFilters, type ResearchDoc, type ResearchState } from './research-search.ts';
import { TOPIC_LABELS } from './vocabulary.ts';
import { words } from './words.ts';

/** How much a match in each field counts: a title word says more about a source than a claim word. */
export const FIELD_WEIGHTS = { title: 3, authors: 2, claims: 1, venue: 0.7, topics: 0.7 } as const;

/** How much each kind of word match counts, times the field weight. */
const EXACT = 1;
const PREFIX = 0.75;
const FUZZY = 0.5;
/** Query words shorter than this are not fuzzy-matched: at three letters every word is a typo of another. */
const MIN_FUZZY_LENGTH = 4;
/** fuse.js score cut-off for a misspelled word (0 exact, 1 anything). */
const FUZZY_THRESHOLD = 0.34;
/** Only the first query words count; a pasted paragraph must not cost a second per keystroke. */
const MAX_QUERY_WORDS = 8;

interface Postings {
  docs: number[];
  weights: number[];
}

export interface ResearchIndex {
  docs: readonly ResearchDoc[];
  /** Every word of the index, sorted, for prefix lookups by binary search. */
  vocabulary: string[];
  postings: Map<string, Postings>;
  /** Each source's position in title order, so sorting by title needs no string comparisons per query. */
  titleRank: Int32Array;
  /** The vocabulary by word length, one fuse.js instance per length. */
  fuzzyByLength: Map<number, Fuse<string>>;
}

export function buildResearchIndex(docs: readonly ResearchDoc[]): ResearchIndex {
  const postings = new Map<string, Postings>();
  const add = (word: string, doc: number, weight: number) => {
    let entry = postings.get(word);
    if (!entry) postings.set(word, (entry = { docs: [], weights: [] }));
    const last = entry.docs.length - 1;
    if (entry.docs[last] === doc) {
      if (weight > entry.weights[last]!) entry.weights[last] = weight;
    } else {
      entry.docs.push(doc);
      entry.weights.push(weight);
    }
  };
  docs.forEach((doc, i) => {
    const fields: [string, number][] = [
      [doc.title, FIELD_WEIGHTS.title],
      [doc.authors.join(' '), FIELD_WEIGHTS.authors],
      [doc.venue, FIELD_WEIGHTS.venue],
      [doc.topics.map((t) => `${t} ${TOPIC_LABELS[t]}`).join(' '), FIELD_WEIGHTS.topics],
      ...doc.claims.map((claim): [string, number] => [claim, FIELD_WEIGHTS.claims]),
    ];
    for (const [text, weight] of fields) for (const word of words(text)) add(word, i, weight);
  });
  const vocabulary = [...postings.keys()].sort();
  const byTitle = docs.map((_, i) => i).sort((a, b) => docs[a]!.title.localeCompare(docs[b]!.title, 'en'));
  const titleRank = new Int32Array(docs.length);
  byTitle.forEach((doc, rank) => (titleRank[doc] = rank));
  const byLength = new Map<number, string[]>();
  for (const word of vocabulary) {
    const bucket = byLength.get(word.length);
    if (bucket) bucket.push(word);
    else byLength.set(word.length, [word]);
  }
  const fuzzyByLength = new Map<number, Fuse<string>>();
  for (const [length, bucket] of byLength) {
    fuzzyByLength.set(length, new Fuse(bucket, { threshold: FUZZY_THRESHOLD, includeScore: true, ignoreLocation: true, isCaseSensitive: true }));
  }
  return { docs, vocabulary, postings, titleRank, fuzzyByLength };
}

/** The first position in a sorted list whose word is not below `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index words a query word stands for, each with how well it matches (0–1]. */
export function expandWord(index: ResearchIndex, word: string): Map<string, number> {
  const found = new Map<string, number>();
  if (index.postings.has(word)) found.set(word, EXACT);
  // Every query word may be a word still being typed. A one-letter prefix matches much of the index, which
  // is cheap here: only the first results are rendered.
  for (let i = lowerBound(index.vocabulary, word); i < index.vocabulary.length; i++) {
    const candidate = index.vocabulary[i]!;
    if (!candidate.startsWith(word)) break;
    if (candidate !== word) found.set(candidate, PREFIX);
  }
  if (found.size === 0 && word.length >= MIN_FUZZY_LENGTH) {
    // A misspelling keeps its length within two letters; fuse.js only scans the words of those lengths.
    for (let length = word.length - 2; length <= word.length + 2; length++) {
      for (const hit of index.fuzzyByLength.get(length)?.search(word) ?? []) {
        found.set(hit.item, FUZZY * (1 - (hit.score ?? 1)));
      }
    }
  }
  return found;
}

export interface ResearchHit {
  doc: ResearchDoc;
  /** The claim to show: the first that contains a matched word, else the first. */
  claim: number;
}

export interface ResearchResults {
  /** Sources in the index. */
  size: number;
  /** Sources that match the query and the filters. */
  total: number;
  /** The first `limit` of them, in the order asked for. */
  hits: ResearchHit[];
  /** The index words the query matched that occur in the hits, for highlighting. */
  matched: string[];
}

/**
 * Sources matching the state's query and filters, sorted as it asks; only the first `limit` are returned
 * in full, because rendering thousands of results is what made the old search slow.
 */
export function searchResearch(index: ResearchIndex, state: ResearchState, limit: number): ResearchResults {
  const { docs } = index;
  const queryWords = [...new Set(words(state.q))].slice(0, MAX_QUERY_WORDS);
  const matched = new Set<string>();
  let scores: Float64Array | null = null;
  for (const word of queryWords) {
    const best = new Float64Array(docs.length);
    for (const [term, quality] of expandWord(index, word)) {
      matched.add(term);
      const { docs: ids, weights } = index.postings.get(term)!;
      for (let k = 0; k < ids.length; k++) {
        const score = weights[k]! * quality;
        if (score > best[ids[k]!]!) best[ids[k]!] = score;
      }
    }
    if (scores === null) scores = best;
    else for (let d = 0; d < docs.length; d++) scores[d] = best[d]! > 0 && scores[d]! > 0 ? scores[d]! + best[d]! : 0;
  }

  const found: number[] = [];
  for (let d = 0; d < docs.length; d++) {
    if (scores !== null && !(scores[d]! > 0)) continue;
    if (matchesFilters(docs[d]!, state)) found.push(d);
  }

  const { titleRank } = index;
  const year = (d: number) => docs[d]!.year;
  const byTitle = (a: number, b: number) => titleRank[a]! - titleRank[b]!;
  if (state.sort === 'title') found.sort(byTitle);
  else if (state.sort === 'year-asc') found.sort((a, b) => year(a) - year(b) || byTitle(a, b));
  else if (state.sort === 'year-desc' || scores === null) found.sort((a, b) => year(b) - year(a) || byTitle(a, b));
  else {
    const s = scores;
    found.sort((a, b) => s[b]! - s[a]! || year(b) - year(a) || byTitle(a, b));
  }

  // A one-letter query matches thousands of index words; only those on screen are worth sending back.
  const shown = new Set<string>();
  const hits = found.slice(0, Math.max(0, limit)).map((d): ResearchHit => {
    const doc = docs[d]!;
    const note = (text: string) => {
      let any = false;
      for (const w of words(text)) if (matched.has(w)) (shown.add(w), (any = true));
      return any;
    };
    [doc.title, doc.venue, ...doc.authors].forEach(note);
    const claim = matched.size ? doc.claims.findIndex(note) : -1;
    return { doc, claim: Math.max(0, claim) };
  });
  return { size: docs.length, total: found.length, hits, matched: [...shown] };
}
