/**
 * The one search engine of the site: the search dialog and the research browser both rank with it.
 *
 * Indexing: each document has fields of text (title, heading, body… with a weight each). Text is cut into
 * terms (src/lib/words.ts: lower case, stop words out, light stemming) and every term keeps, per document,
 * one BM25F weight: the field-weighted term frequency, normalized by the document's length and saturated.
 * That number is computed once, when the index is built (at build time for the site search), so a query
 * only multiplies it by the term's rarity (idf).
 *
 * Querying: any word may match; documents that cover more of the query (counted by how rare the covered
 * words are) rank first. The word being typed (the last, with no space after it) also matches as a prefix.
 * A word that matches nothing is looked up with fuse.js in the vocabulary, bucketed by length, so typos
 * find their word ("retreival" → "retrieval") without scanning documents. Quoted phrases must appear in
 * that order for a boost, checked on the documents' text where the caller can supply it.
 *
 * Why not MiniSearch (installed, well kept, BM25+): its serialized index stores every term's frequency per
 * field per document as JSON objects, several times larger than the one byte per posting kept here, and
 * the site's first search must stay under 70 KB gzip; and its own fuzzy matching would have replaced
 * fuse.js, which the project keeps as its one fuzzy matcher.
 */
import Fuse from 'fuse.js';
import { STOP_WORDS, indexWord, stem, terms as termsOf, words } from './words.ts';
import { highlightWords, type TextPart } from './highlight.ts';

/** BM25 saturation and length normalization. */
const K1 = 1.2;
const B = 0.6;
/**
 * A posting's weight is stored as one of LEVELS steps, one letter: finer steps changed no ranking in the
 * evaluation (bench/relevance.mjs) and cost a third more bytes.
 */
const LEVELS = 8;
/** How much each kind of word match counts. */
const EXACT = 1;
const PREFIX = 0.8;
const FUZZY = 0.6;
/** At most this many spellings stand in for a misspelled word. */
const MAX_FUZZY = 3;
/** Query words shorter than this are not fuzzy-matched: at three letters every word is a typo of another. */
const MIN_FUZZY_LENGTH = 4;
/** fuse.js score cut-off for a misspelled word (0 exact, 1 anything). */
const FUZZY_THRESHOLD = 0.4;
/** A prefix shorter than this expands to too many words to mean anything, unless it is the whole query. */
const MIN_PREFIX = 2;
/** Only the first query words count; a pasted paragraph must not cost a second per keystroke. */
const MAX_QUERY_WORDS = 12;
/** Score factor for a document containing a quoted phrase as written. */
const PHRASE_BOOST = 2;

/** A document to index: one text per field, in the order of the field weights. */
export type FieldTexts = readonly (string | readonly string[] | undefined)[];

/**
 * The index as it travels, compact because the first search downloads it:
 * - `terms`: every term, sorted, one per line, each as the number of leading letters it shares with the
 *   previous term (one base-36 digit) followed by the rest: after "prompt", "6s" is "prompts".
 * - `postings`: per term, separated by spaces, the documents holding it: each the gap from the previous
 *   document number in base 36 (left out when it is 1), then its weight as a letter A (lowest) to H.
 */
export interface SerializedIndex {
  /** Number of documents. */
  n: number;
  terms: string;
  postings: string;
}

export interface SearchIndex {
  size: number;
  /** Every term, sorted, for prefix lookups by binary search. */
  vocabulary: string[];
  known: Set<string>;
  /** The posting lists loaded so far (all, unless the index travels in shards). */
  postings: Map<string, { docs: Int32Array; weights: Float32Array; idf: number }>;
  /** Shards not loaded yet (see shardOf). */
  pending: Set<string>;
  /** The vocabulary by word length, and a fuse.js instance per length, made on the first typo. */
  byLength?: Map<number, string[]>;
  fuzzy?: Map<number, Fuse<string>>;
}

/** Builds the index, weighting each field's terms by `fieldWeights` (title above heading above body). */
export function buildIndex(docs: readonly FieldTexts[], fieldWeights: readonly number[]): SerializedIndex {
  const perDoc: Map<string, number>[] = [];
  const fieldLengths = fieldWeights.map(() => 0);
  const lengths: number[][] = [];
  for (const doc of docs) {
    const tf = new Map<string, number>();
    const own: number[] = [];
    fieldWeights.forEach((weight, f) => {
      const value = doc[f];
      const text = value === undefined ? '' : typeof value === 'string' ? value : value.join(' \n ');
      const ts = termsOf(text);
      own.push(ts.length);
      fieldLengths[f]! += ts.length;
      for (const t of ts) tf.set(t, (tf.get(t) ?? 0) + weight);
    });
    lengths.push(own);
    perDoc.push(tf);
  }
  // BM25F: one length normalization over the weighted length of the document.
  const weighted = lengths.map((own) => own.reduce((sum, len, f) => sum + len * fieldWeights[f]!, 0));
  const average = weighted.reduce((a, b) => a + b, 0) / Math.max(1, weighted.length) || 1;
  const byTerm = new Map<string, number[]>();
  perDoc.forEach((tf, d) => {
    const norm = 1 - B + (B * weighted[d]!) / average;
    for (const [term, freq] of tf) {
      const saturated = (freq * (K1 + 1)) / (freq + K1 * norm);
      const q = Math.max(1, Math.min(LEVELS, Math.round((saturated / (K1 + 1)) * LEVELS)));
      let list = byTerm.get(term);
      if (!list) byTerm.set(term, (list = []));
      list.push(d, q);
    }
  });
  const terms = [...byTerm.keys()].sort();
  const postings = terms.map((t) => {
    const list = byTerm.get(t)!;
    let out = '';
    let previous = -1;
    for (let i = 0; i < list.length; i += 2) {
      const gap = list[i]! - previous;
      out += (gap === 1 ? '' : gap.toString(36)) + String.fromCharCode(64 + list[i + 1]!);
      previous = list[i]!;
    }
    return out;
  });
  let last = '';
  const coded = terms.map((t) => {
    let k = 0;
    while (k < 35 && k < last.length && k < t.length && last[k] === t[k]) k++;
    last = t;
    return k.toString(36) + t.slice(k);
  });
  return { n: docs.length, terms: coded.join('\n'), postings: postings.join(' ') };
}

/**
 * The shard a term's posting list travels in: its first letter (or digit). The site's index file carries
 * the vocabulary, and the posting lists come in one small file per shard, fetched for the words searched.
 */
export function shardOf(term: string): string {
  const first = term[0] ?? '_';
  return /[a-z0-9]/.test(first) ? first : '_';
}

/** Cuts a serialized index's postings into shards: for each, its terms' lists in vocabulary order. */
export function splitShards(data: SerializedIndex): Map<string, string> {
  const vocabulary = decodeTerms(data.terms);
  const lists = data.postings.split(' ');
  const shards = new Map<string, string[]>();
  vocabulary.forEach((term, i) => {
    const key = shardOf(term);
    const shard = shards.get(key);
    if (shard) shard.push(lists[i]!);
    else shards.set(key, [lists[i]!]);
  });
  return new Map([...shards].map(([key, shard]) => [key, shard.join(' ')]));
}

function decodeTerms(coded: string): string[] {
  const vocabulary: string[] = [];
  let previous = '';
  for (const line of coded.split('\n')) {
    const k = parseInt(line[0]!, 36);
    previous = previous.slice(0, k) + line.slice(1);
    vocabulary.push(previous);
  }
  return vocabulary;
}

/** Reads a serialized index back; without `postings`, the lists come later, shard by shard (loadShard). */
export function loadIndex(data: Omit<SerializedIndex, 'postings'> & { postings?: string }): SearchIndex {
  const vocabulary = decodeTerms(data.terms);
  const index: SearchIndex = { size: data.n, vocabulary, known: new Set(vocabulary), postings: new Map(), pending: new Set(vocabulary.map(shardOf)) };
  if (data.postings !== undefined) {
    const lists = data.postings.split(' ');
    if (lists.length !== vocabulary.length) throw new Error(`search index: ${vocabulary.length} terms but ${lists.length} posting lists`);
    vocabulary.forEach((term, i) => addList(index, term, lists[i]!));
    index.pending.clear();
  }
  return index;
}

/** Adds a shard's posting lists (from splitShards) to an index. */
export function loadShard(index: SearchIndex, key: string, text: string): void {
  if (!index.pending.has(key)) return;
  const terms = index.vocabulary.filter((t) => shardOf(t) === key);
  const lists = text.split(' ');
  if (lists.length !== terms.length) throw new Error(`search index shard "${key}": ${terms.length} terms but ${lists.length} posting lists`);
  terms.forEach((term, i) => addList(index, term, lists[i]!));
  index.pending.delete(key);
}

function addList(index: SearchIndex, term: string, list: string): void {
  const docIds: number[] = [];
  const weights: number[] = [];
  let doc = -1;
  let gap = 0;
  for (let c = 0; c < list.length; c++) {
    const code = list.charCodeAt(c);
    if (code >= 65 && code <= 90) {
      doc += gap || 1;
      gap = 0;
      docIds.push(doc);
      weights.push((code - 64) / LEVELS);
    } else {
      gap = gap * 36 + parseInt(list[c]!, 36);
    }
  }
  // BM25's idf, never negative.
  const idf = Math.log(1 + (index.size - docIds.length + 0.5) / (docIds.length + 0.5));
  index.postings.set(term, { docs: Int32Array.from(docIds), weights: Float32Array.from(weights), idf });
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

/** One word of a query: as typed, its term, and whether it may be a prefix of a longer word. */
export interface QueryWord {
  word: string;
  term: string;
  prefix: boolean;
}

export interface ParsedQuery {
  words: QueryWord[];
  /** Quoted phrases, as lists of words. */
  phrases: string[][];
}

/**
 * Cuts a query into words: stop words dropped (unless nothing else is left), the last word marked as
 * still being typed unless a space or quote follows it, quoted phrases collected for the phrase boost.
 */
export function parseQuery(raw: string): ParsedQuery {
  const phrases: string[][] = [];
  for (const m of raw.matchAll(/"([^"]+)"/g)) {
    const phrase = words(m[1]!);
    if (phrase.length > 1) phrases.push(phrase);
  }
  const all = words(raw);
  const typing = /[\p{L}\p{N}]$/u.test(raw);
  const kept = all.filter((w) => !STOP_WORDS.has(w));
  const chosen = (kept.length ? kept : all).slice(0, MAX_QUERY_WORDS);
  const seen = new Set<string>();
  const out: QueryWord[] = [];
  chosen.forEach((word, i) => {
    const last = i === chosen.length - 1 && word === all[all.length - 1];
    const term = stem(word);
    if (seen.has(term) && !last) return;
    seen.add(term);
    out.push({ word, term, prefix: typing && last });
  });
  return { words: out, phrases };
}

/** The index terms a query word stands for, each with how well it matches (0–1]. */
export function expandWord(index: SearchIndex, q: QueryWord, onlyWord = false): Map<string, number> {
  const found = new Map<string, number>();
  if (index.known.has(q.term)) found.set(q.term, EXACT);
  if (q.word !== q.term && index.known.has(q.word)) found.set(q.word, EXACT);
  const exact = found.size > 0;
  if (q.prefix && (q.word.length >= MIN_PREFIX || onlyWord)) {
    // The word being typed: every term that starts with it (or with its stem, as "tuni" → "tun…").
    for (const start of new Set([q.word, q.term])) {
      for (let i = lowerBound(index.vocabulary, start); i < index.vocabulary.length; i++) {
        const candidate = index.vocabulary[i]!;
        if (!candidate.startsWith(start)) break;
        // A word already complete in the index ("tune") counts its longer neighbours ("tunable") for less.
        if (!found.has(candidate)) found.set(candidate, exact ? PREFIX / 2 : PREFIX);
      }
    }
  }
  if (found.size === 0 && q.word.length >= MIN_FUZZY_LENGTH && !/\d/.test(q.word)) {
    // A misspelling keeps its length within two letters; fuse.js only scans the words of those lengths.
    const t = q.term;
    const hits: { term: string; distance: number }[] = [];
    for (let length = t.length - 2; length <= t.length + 2; length++) {
      for (const hit of fuzzyFor(index, length)?.search(t) ?? []) hits.push({ term: hit.item, distance: editDistance(t, hit.item) });
    }
    // Only the closest spellings, by edits: a typo stands for one word, not for every word that looks a bit
    // like it ("promt" is "prompt", one edit, not "promis" or "protect").
    hits.sort((a, b) => a.distance - b.distance);
    const best = hits[0]?.distance ?? Infinity;
    if (best <= Math.max(2, Math.floor(t.length / 3))) {
      for (const hit of hits.slice(0, MAX_FUZZY)) if (hit.distance === best) found.set(hit.term, FUZZY * (1 - best / (t.length + 1)));
    }
  }
  return found;
}

export interface Ranked {
  /** Document number. */
  doc: number;
  score: number;
  /** How many of the query's words the document contains. */
  covered: number;
}

export interface RankOptions {
  /** Only documents for which this is true are ranked (facets). */
  filter?: (doc: number) => boolean;
  /** A factor per document, for what the ranking cannot know from words (how much a kind of page answers). */
  prior?: (doc: number) => number;
  /** A document's searchable text, for the phrase boost. Documents without it are checked by nothing. */
  text?: (doc: number) => string | undefined;
}

export interface RankResult {
  ranked: Ranked[];
  /** The index terms the query matched, for highlighting. */
  matched: Set<string>;
  /** Words of the query that matched nothing, to say so. */
  unmatched: string[];
  /** Shards the query needs that are not loaded: the ranking is incomplete until they are (loadShard). */
  missing: Set<string>;
}

/**
 * Ranks the documents that match any word of the query: BM25 score times how much of the query they
 * cover (rare words count more), with quoted phrases found in order boosted.
 */
export function rank(index: SearchIndex, query: string | ParsedQuery, options: RankOptions = {}): RankResult {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  const { size } = index;
  const matched = new Set<string>();
  const unmatched: string[] = [];
  const missing = new Set<string>();
  const scores = new Float64Array(size);
  const cover = new Float64Array(size);
  const count = new Uint8Array(size);
  let totalWeight = 0;
  const onlyWord = parsed.words.length === 1;
  for (const q of parsed.words) {
    const expansions = expandWord(index, q, onlyWord);
    if (expansions.size === 0) {
      unmatched.push(q.word);
      // A word nobody wrote still counts against coverage, a little: it may be a typo fuse could not place.
      totalWeight += 0.5;
      continue;
    }
    const best = new Float64Array(size);
    let wordIdf = 0;
    const top = Math.max(...expansions.values());
    for (const [term, quality] of expansions) {
      matched.add(term);
      const list = index.postings.get(term);
      if (!list) {
        missing.add(shardOf(term));
        continue;
      }
      const { docs, weights, idf } = list;
      // How much covering this word is worth: the rarity of what the reader typed, not of a rare longer word.
      if (quality === top) wordIdf = Math.max(wordIdf, idf * quality);
      for (let k = 0; k < docs.length; k++) {
        const s = weights[k]! * idf * quality;
        if (s > best[docs[k]!]!) best[docs[k]!] = s;
      }
    }
    // Common words ("model", "fine") say less about coverage than rare ones ("imbalanced").
    const coverWeight = Math.max(0.5, Math.min(wordIdf, 3));
    totalWeight += coverWeight;
    for (let d = 0; d < size; d++) {
      if (best[d]! > 0) {
        scores[d]! += best[d]!;
        cover[d]! += coverWeight;
        count[d]! += 1;
      }
    }
  }
  const ranked: Ranked[] = [];
  for (let d = 0; d < size; d++) {
    if (!(scores[d]! > 0)) continue;
    if (options.filter && !options.filter(d)) continue;
    const coverage = cover[d]! / totalWeight;
    let score = scores[d]! * coverage * coverage * (options.prior?.(d) ?? 1);
    if (parsed.phrases.length && options.text) {
      const text = options.text(d);
      if (text) {
        const spelled = ` ${words(text).join(' ')} `;
        for (const phrase of parsed.phrases) if (spelled.includes(` ${phrase.join(' ')} `)) score *= PHRASE_BOOST;
      }
    }
    ranked.push({ doc: d, score, covered: count[d]! });
  }
  ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return { ranked, matched, unmatched, missing };
}

/**
 * The passage of a text that best shows why it matched: the window of about `max` characters holding the
 * most different matched terms (the earliest such window), cut at word boundaries, with "…" where text was
 * left out, and the matched words marked. Without matches it is the text's beginning.
 */
export function snippet(text: string, matched: ReadonlySet<string>, max = 180): TextPart[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return highlightWords(clean, matched);
  const hits: { at: number; term: string }[] = [];
  for (const m of clean.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = indexWord(m[0]);
    if (STOP_WORDS.has(word)) continue;
    const term = stem(word);
    if (matched.has(term)) hits.push({ at: m.index, term });
    else if (matched.has(word)) hits.push({ at: m.index, term: word });
  }
  let start = 0;
  if (hits.length) {
    let bestCount = -1;
    let right = 0;
    const inWindow = new Map<string, number>();
    for (let left = 0; left < hits.length; left++) {
      while (right < hits.length && hits[right]!.at - hits[left]!.at < max * 0.75) {
        inWindow.set(hits[right]!.term, (inWindow.get(hits[right]!.term) ?? 0) + 1);
        right++;
      }
      if (inWindow.size > bestCount) {
        bestCount = inWindow.size;
        start = hits[left]!.at;
      }
      const t = hits[left]!.term;
      const n = inWindow.get(t)! - 1;
      if (n) inWindow.set(t, n);
      else inWindow.delete(t);
    }
    // A little context before the first matched word, from the start of its sentence if that is near.
    const sentence = Math.max(clean.lastIndexOf('. ', start) + 2, 0);
    start = start - sentence <= max / 3 ? sentence : start - Math.round(max / 6);
    if (start > 0) {
      const space = clean.indexOf(' ', start - 1);
      start = space >= 0 && space < start + 20 && clean[start - 1] !== ' ' ? space + 1 : start;
    }
  }
  let end = Math.min(clean.length, start + max);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  const body = clean.slice(start, end).replace(/[\s,;:–—-]+$/, '');
  const parts = highlightWords(body, matched);
  if (start > 0) parts.unshift({ text: '…', match: false });
  if (end < clean.length) parts.push({ text: '…', match: false });
  return parts;
}
