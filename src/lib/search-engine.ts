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
 * words are) rank first, and a document whose subject (title, heading, description, aliases) holds the
 * query's words ranks above one that only mentions them. The word being typed (the last, with no space after
 * it) also matches as a prefix. A word of five letters or more that matches nothing is looked up with
 * fuse.js in the vocabulary, bucketed by length, so typos find their word ("retreival" → "retrieval")
 * without scanning documents; while it is being typed, a typo in its first letters still finds the words
 * it begins. Compounds meet their split forms ("finetuning" = "fine tuning" = "fine-tuning"), and the
 * reader's words that the site's vocabulary lists as aliases ("slow" for latency) also find the site's
 * words, for less than the reader's own. Quoted phrases must appear in that order for a boost, checked on
 * the documents' text where the caller can supply it.
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
/** A site word found through an alias the reader typed: below the reader's own word, above a typo. */
export const ALIAS = 0.5;
/**
 * A document whose subject fields hold every word of the query scores this much more than one that only
 * mentions them (a part of the query, a part of the boost).
 */
const SUBJECT_BOOST = 3;
/** At most this many spellings stand in for a misspelled word. */
const MAX_FUZZY = 3;
/** Query words shorter than this are not fuzzy-matched: below five letters too many words are a typo of another. */
const MIN_FUZZY_LENGTH = 5;
/** Each half of a compound split ("finetuning" → "fine" "tuning") has at least this many letters. */
const MIN_COMPOUND_PART = 3;
/** fuse.js score cut-off for a misspelled word (0 exact, 1 anything). */
const FUZZY_THRESHOLD = 0.4;
/** A prefix shorter than this expands to too many words to mean anything. */
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
 *   document number in base 36 (left out when it is 1), then its weight as a letter A (lowest) to H, or I to
 *   P when the term is in one of the document's subject fields (title, heading, description, aliases).
 * - `aliases` (optional): the reader's words the site's vocabulary maps to its own, one line each: the
 *   alias's terms, "=", the site term's terms ("slow=latenc"), for query expansion (see ALIAS).
 */
export interface SerializedIndex {
  /** Number of documents. */
  n: number;
  terms: string;
  postings: string;
  aliases?: string;
}

/** A reader's word or phrase and the site's words it stands for, as terms (see `aliasLines`). */
export interface Alias {
  alias: string;
  means: string;
}

export interface SearchIndex {
  size: number;
  /** Every term, sorted, for prefix lookups by binary search. */
  vocabulary: string[];
  known: Set<string>;
  /** The posting lists loaded so far (all, unless the index travels in shards). */
  postings: Map<string, { docs: Int32Array; weights: Float32Array; subject: Uint8Array; idf: number }>;
  /** Alias phrases by their first term: the phrase's terms and the site terms it stands for. */
  aliases: Map<string, { phrase: string[]; means: string[] }[]>;
  /** Shards not loaded yet (see shardOf). */
  pending: Set<string>;
  /** The vocabulary by word length, and a fuse.js instance per length, made on the first typo. */
  byLength?: Map<number, string[]>;
  fuzzy?: Map<number, Fuse<string>>;
}

/**
 * Builds the index, weighting each field's terms by `fieldWeights` (title above heading above body); terms of
 * the fields marked in `subjectFields` are flagged as the document's subject. `aliases` travel with it.
 */
export function buildIndex(
  docs: readonly FieldTexts[],
  fieldWeights: readonly number[],
  subjectFields: readonly boolean[] = [],
  aliases: readonly Alias[] = [],
): SerializedIndex {
  const perDoc: Map<string, number>[] = [];
  const subjects: Set<string>[] = [];
  const texts = docs.map((doc) => fieldWeights.map((_, f) => {
    const value = doc[f];
    return value === undefined ? '' : typeof value === 'string' ? value : value.join(' \n ');
  }));
  const compounds = compoundsOf(texts.flat());
  const fieldLengths = fieldWeights.map(() => 0);
  const lengths: number[][] = [];
  for (const fields of texts) {
    const tf = new Map<string, number>();
    const subject = new Set<string>();
    const own: number[] = [];
    fieldWeights.forEach((weight, f) => {
      const ts = compoundTerms(fields[f]!, compounds);
      own.push(ts.length);
      fieldLengths[f]! += ts.length;
      for (const t of ts) tf.set(t, (tf.get(t) ?? 0) + weight);
      if (subjectFields[f]) for (const t of ts) subject.add(t);
    });
    lengths.push(own);
    perDoc.push(tf);
    subjects.push(subject);
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
      list.push(d, subjects[d]!.has(term) ? q + LEVELS : q);
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
  const out: SerializedIndex = { n: docs.length, terms: coded.join('\n'), postings: postings.join(' ') };
  if (aliases.length) out.aliases = aliases.map((a) => `${a.alias}=${a.means}`).join('\n');
  return out;
}

/**
 * Words the texts write both closed and split ("finetuning" and "fine-tuning", "dataset" and "data set"):
 * each closed form with its two halves. The index keeps them split, so both spellings are one pair of terms
 * and a query in either form finds both (see `interpret`).
 */
export function compoundsOf(texts: readonly string[]): Map<string, [string, string]> {
  const closed = new Set<string>();
  const pairs = new Map<string, [string, string]>();
  for (const text of texts) {
    const ws = words(text);
    for (let i = 0; i < ws.length; i++) {
      closed.add(ws[i]!);
      const a = ws[i]!;
      const b = ws[i + 1];
      if (b && a.length >= MIN_COMPOUND_PART && b.length >= MIN_COMPOUND_PART && !/\d/.test(a + b) && !STOP_WORDS.has(a) && !STOP_WORDS.has(b)) {
        pairs.set(a + b, [a, b]);
      }
    }
  }
  const out = new Map<string, [string, string]>();
  for (const [joined, parts] of pairs) if (closed.has(joined)) out.set(joined, parts);
  return out;
}

/** The index terms of a text, a compound written closed counted as its two halves. */
export function compoundTerms(text: string, compounds: ReadonlyMap<string, readonly [string, string]>): string[] {
  if (compounds.size === 0) return termsOf(text);
  const out: string[] = [];
  for (const w of words(text)) {
    if (STOP_WORDS.has(w)) continue;
    const parts = compounds.get(w);
    if (parts) out.push(stem(parts[0]), stem(parts[1]));
    else out.push(stem(w));
  }
  return out;
}

/**
 * The aliases of a vocabulary as the index keeps them: each reader's word or phrase, every word stemmed
 * (stop words kept, so a phrase matches only whole), with the terms of the site's word it stands for. An alias that spells the same terms as its word adds nothing
 * and is left out; a phrase listed twice keeps every meaning.
 */
export function aliasLines(entries: readonly { means: string; aliases: readonly string[] }[]): Alias[] {
  const out = new Map<string, Set<string>>();
  for (const { means, aliases } of entries) {
    const target = termsOf(means).join(' ');
    if (!target) continue;
    for (const alias of aliases) {
      // Every word of the alias, stop words included: "makes things up" is a phrase, not "thing".
      const key = words(alias).map(stem).join(' ');
      if (!key || key === target) continue;
      let set = out.get(key);
      if (!set) out.set(key, (set = new Set()));
      set.add(target);
    }
  }
  return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([alias, means]) => ({ alias, means: [...means].join(' ') }));
}

/**
 * The shard a term's posting list travels in: its first two letters (or digits). The site's index file
 * carries the vocabulary, and the posting lists come in small files, fetched for the words searched: a
 * typed question fetches the lists of its words' openings, not of every word sharing their first letter.
 */
export function shardOf(term: string): string {
  const key = term.slice(0, 2);
  return /^[a-z0-9]+$/.test(key) ? key : '_';
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
  const index: SearchIndex = {
    size: data.n,
    vocabulary,
    known: new Set(vocabulary),
    postings: new Map(),
    pending: new Set(vocabulary.map(shardOf)),
    aliases: new Map(),
  };
  for (const line of data.aliases ? data.aliases.split('\n') : []) {
    const [alias = '', means = ''] = line.split('=');
    const phrase = alias.split(' ');
    const list = index.aliases.get(phrase[0]!);
    const entry = { phrase, means: means.split(' ').filter(Boolean) };
    if (list) list.push(entry);
    else index.aliases.set(phrase[0]!, [entry]);
  }
  if (data.postings !== undefined) {
    const lists = data.postings.split(' ');
    if (lists.length !== vocabulary.length) throw new Error(`search index: ${vocabulary.length} terms but ${lists.length} posting lists`);
    vocabulary.forEach((term, i) => addList(index, term, lists[i]!));
    index.pending.clear();
  }
  return index;
}

/** Adds every posting list at once (the `postings` of a serialized index), for the shards still pending. */
export function loadAllPostings(index: SearchIndex, postings: string): void {
  const lists = postings.split(' ');
  if (lists.length !== index.vocabulary.length) throw new Error(`search index: ${index.vocabulary.length} terms but ${lists.length} posting lists`);
  index.vocabulary.forEach((term, i) => {
    if (index.pending.has(shardOf(term))) addList(index, term, lists[i]!);
  });
  index.pending.clear();
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
  const subject: number[] = [];
  let doc = -1;
  let gap = 0;
  for (let c = 0; c < list.length; c++) {
    const code = list.charCodeAt(c);
    if (code >= 65 && code <= 90) {
      doc += gap || 1;
      gap = 0;
      docIds.push(doc);
      const level = code - 64;
      weights.push((level > LEVELS ? level - LEVELS : level) / LEVELS);
      subject.push(level > LEVELS ? 1 : 0);
    } else {
      gap = gap * 36 + parseInt(list[c]!, 36);
    }
  }
  // BM25's idf, never negative.
  const idf = Math.log(1 + (index.size - docIds.length + 0.5) / (docIds.length + 0.5));
  index.postings.set(term, { docs: Int32Array.from(docIds), weights: Float32Array.from(weights), subject: Uint8Array.from(subject), idf });
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
  /** Its position among all the query's words (stop words included), to find its neighbours. */
  at?: number;
  /**
   * Other index terms that count for this word, with how well they match: the compound it forms with a
   * neighbour ("data set" → "dataset"), the site's words for an alias the reader typed ("slow" → latency).
   */
  also?: Map<string, number>;
}

export interface ParsedQuery {
  words: QueryWord[];
  /** Quoted phrases, as lists of words. */
  phrases: string[][];
  /** Every word of the query, stop words included. */
  all?: string[];
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
  const kept = all.flatMap((w, at) => (STOP_WORDS.has(w) ? [] : [at]));
  const chosen = (kept.length ? kept : all.map((_, at) => at)).slice(0, MAX_QUERY_WORDS);
  const seen = new Set<string>();
  const out: QueryWord[] = [];
  chosen.forEach((at, i) => {
    const word = all[at]!;
    const last = i === chosen.length - 1 && at === all.length - 1;
    const term = stem(word);
    if (seen.has(term) && !last) return;
    seen.add(term);
    out.push({ word, term, prefix: typing && last, at });
  });
  return { words: out, phrases, all };
}

/** The index term a word is indexed as, if the index has it. */
function knownTerm(index: SearchIndex, word: string): string | undefined {
  const term = stem(word);
  return index.known.has(term) ? term : index.known.has(word) ? word : undefined;
}

/** Whether some index term starts with `start`. */
function hasPrefix(index: SearchIndex, start: string): boolean {
  return index.vocabulary[lowerBound(index.vocabulary, start)]?.startsWith(start) ?? false;
}

/**
 * A word the index does not have, cut into two words it has ("finetuning" → "fine" "tuning"), the cut
 * nearest the middle first; the second half may be a word still being typed.
 */
export function splitCompound(index: SearchIndex, word: string, typing = false): [string, string] | undefined {
  if (word.length < 2 * MIN_COMPOUND_PART || /\d/.test(word)) return undefined;
  const cuts: number[] = [];
  for (let i = MIN_COMPOUND_PART; i <= word.length - MIN_COMPOUND_PART; i++) cuts.push(i);
  cuts.sort((a, b) => Math.abs(a - word.length / 2) - Math.abs(b - word.length / 2) || a - b);
  for (const i of cuts) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (STOP_WORDS.has(left) || STOP_WORDS.has(right) || !knownTerm(index, left)) continue;
    if (knownTerm(index, right) || (typing && hasPrefix(index, right))) return [left, right];
  }
  return undefined;
}

function addAlso(q: QueryWord, term: string, quality: number): void {
  q.also ??= new Map();
  if ((q.also.get(term) ?? 0) < quality) q.also.set(term, quality);
}

/**
 * The query in the index's words: a compound the index does not know is split into the two words it does
 * ("finetuning"), two neighbours the index knows joined ("data set" → "dataset") also count as that word,
 * and a word or phrase the vocabulary lists as an alias also finds the site's words for it, at ALIAS.
 */
export function interpret(index: SearchIndex, parsed: ParsedQuery): ParsedQuery {
  const all = parsed.all ?? parsed.words.map((w) => w.word);
  const out: QueryWord[] = [];
  for (const q of parsed.words) {
    const own = knownTerm(index, q.word) ?? (q.prefix && hasPrefix(index, q.word) ? q.word : undefined);
    const parts = own ? undefined : splitCompound(index, q.word, q.prefix);
    if (!parts) {
      out.push({ ...q, also: undefined });
      continue;
    }
    out.push({ word: parts[0], term: stem(parts[0]), prefix: false, at: q.at });
    out.push({ word: parts[1], term: stem(parts[1]), prefix: q.prefix, at: q.at });
  }
  // Split forms that the index holds as one word: "data set", "cut off", "fine tuning" where written "finetuning".
  for (const q of out) {
    if (q.at === undefined) continue;
    const next = all[q.at + 1];
    if (!next || q.prefix) continue;
    const joined = knownTerm(index, q.word + next);
    if (!joined) continue;
    addAlso(q, joined, EXACT);
    const partner = out.find((w) => w.at === q.at! + 1);
    if (partner && !partner.prefix) addAlso(partner, joined, EXACT);
  }
  // Aliases, on all the words as typed (stop words too; a word still being typed is not an alias yet). The
  // site's words count for the query words of the phrase, or for the phrase itself if it is all stop words.
  const typed = all.map(stem);
  const typing = out.some((w) => w.prefix);
  for (let i = 0; i < typed.length; i++) {
    for (const { phrase, means } of index.aliases.get(typed[i]!) ?? []) {
      const end = i + phrase.length;
      if (end > typed.length || (typing && end === typed.length) || phrase.some((t, k) => typed[i + k] !== t)) continue;
      const span = out.filter((w) => w.at !== undefined && w.at >= i && w.at < end);
      if (span.length === 0) {
        const stand: QueryWord = { word: phrase.join(' '), term: phrase.join(' '), prefix: false, at: i };
        out.push(stand);
        span.push(stand);
      }
      // An alias that only spells the words already typed ("finetuning", split into "fine tuning") adds nothing.
      if (means.every((term) => span.some((w) => w.term === term))) continue;
      for (const w of span) for (const term of means) addAlso(w, term, ALIAS);
    }
  }
  return { ...parsed, words: out };
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
  if (found.size === 0 && q.word.length >= MIN_FUZZY_LENGTH && !/[\d ]/.test(q.word)) {
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
    if (found.size === 0 && q.prefix) for (const term of fuzzyPrefix(index, q.word)) found.set(term, FUZZY * PREFIX);
  }
  for (const [term, quality] of q.also ?? []) if (index.known.has(term) && (found.get(term) ?? 0) < quality) found.set(term, quality);
  return found;
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
  /**
   * Whether a query of one letter matches every word it begins (default true). The site search says no: in
   * shards, that one letter would fetch the posting lists of a thousand words.
   */
  oneLetterPrefix?: boolean;
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
  const parsed = interpret(index, typeof query === 'string' ? parseQuery(query) : query);
  // A one-letter query stands for every word it begins, where the caller allows it (see RankOptions).
  const onlyWord = parsed.words.length === 1 && (options.oneLetterPrefix ?? true);
  const { size } = index;
  const matched = new Set<string>();
  const unmatched: string[] = [];
  const missing = new Set<string>();
  const scores = new Float64Array(size);
  const cover = new Float64Array(size);
  const subjectCover = new Float64Array(size);
  const count = new Uint8Array(size);
  let totalWeight = 0;
  for (const q of parsed.words) {
    const expansions = expandWord(index, q, onlyWord);
    if (expansions.size === 0) {
      unmatched.push(q.word);
      // A word nobody wrote still counts against coverage, a little: it may be a typo fuse could not place.
      totalWeight += 0.5;
      continue;
    }
    const best = new Float64Array(size);
    const inSubject = new Uint8Array(size);
    let wordIdf = 0;
    const top = Math.max(...expansions.values());
    for (const [term, quality] of expansions) {
      matched.add(term);
      const list = index.postings.get(term);
      if (!list) {
        missing.add(shardOf(term));
        continue;
      }
      const { docs, weights, subject, idf } = list;
      // How much covering this word is worth: the rarity of what the reader typed, not of a rare longer word.
      if (quality === top) wordIdf = Math.max(wordIdf, idf * quality);
      for (let k = 0; k < docs.length; k++) {
        const s = weights[k]! * idf * quality;
        if (s > best[docs[k]!]!) best[docs[k]!] = s;
        if (subject[k]) inSubject[docs[k]!] = 1;
      }
    }
    // Common words ("model", "fine") say less about coverage than rare ones ("imbalanced").
    const coverWeight = Math.max(0.5, Math.min(wordIdf, 3));
    totalWeight += coverWeight;
    for (let d = 0; d < size; d++) {
      if (best[d]! > 0) {
        scores[d]! += best[d]!;
        cover[d]! += coverWeight;
        if (inSubject[d]) subjectCover[d]! += coverWeight;
        count[d]! += 1;
      }
    }
  }
  const ranked: Ranked[] = [];
  for (let d = 0; d < size; d++) {
    if (!(scores[d]! > 0)) continue;
    if (options.filter && !options.filter(d)) continue;
    const coverage = cover[d]! / totalWeight;
    // A page about the query (its title, headings, description or aliases hold the words) before pages that mention them.
    const about = 1 + (SUBJECT_BOOST * subjectCover[d]!) / totalWeight;
    let score = scores[d]! * coverage * coverage * about * (options.prior?.(d) ?? 1);
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
