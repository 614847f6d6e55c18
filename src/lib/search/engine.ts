/**
 * The one search engine of the site: the search dialog and the research browser both rank with it. This
 * module holds the index as it loads and the lookups every part shares; the other parts are beside it:
 *
 * - search/index-build.ts: indexing. Each document has fields of text (title, heading, body… with a weight
 *   each). Text is cut into terms (src/lib/search/words.ts: lower case, stop words out, light stemming) and every
 *   term keeps, per document, one BM25F weight: the field-weighted term frequency, normalized by the
 *   document's length and saturated. That number is computed once, when the index is built (at build time
 *   for the site search), so a query only multiplies it by the term's rarity (idf).
 * - search/expand.ts: the query in the index's words. The word being typed (the last, with no space after
 *   it) also matches as a prefix; compounds meet their split forms ("finetuning" = "fine tuning" =
 *   "fine-tuning"); the reader's words that the site's vocabulary lists as aliases ("slow" for latency) and
 *   everyday synonyms (search/synonyms.ts) also find the site's words, for less than the reader's own; the
 *   words that only ask for a definition ("what does X mean") are dropped, and the query says it asks one.
 * - search/typo.ts: a word of four letters or more that matches nothing is the word one edit of it spells, if
 *   the index has that word's stem ("tuing" → "tuning" → tune, "jsno" → "json"); failing that, one of five
 *   letters or more is compared, edit by edit, with the vocabulary's words of about its length, so typos find
 *   their word ("retreival" → "retrieval") without scanning documents; while it is being typed, a typo in its
 *   first letters still finds the words it begins, and a typo in its ending ("embeddigns") finds the word its
 *   opening is. Of equally close spellings, the one in more documents counts more; the word as meant still
 *   completes the aliases it is part of.
 * - search/rank.ts: any word may match; documents that cover more of the query (counted by how rare the
 *   covered words are, though a question's everyday words such as "come" or "take" count little however rare
 *   they are in the site's text) rank first, and a document whose subject (title, heading, description, aliases)
 *   holds the query's words ranks above one that only mentions them. Quoted phrases must appear in that
 *   order for a boost, checked on the documents' text where the caller can supply it.
 * - search/snippet.ts: the passage of a result's text shown under it.
 *
 * Why not MiniSearch (installed, well kept, BM25+): its serialized index stores every term's frequency per
 * field per document as JSON objects, several times larger than the one byte per posting kept here, and
 * the site's first search must stay under 70 KB gzip.
 */

/**
 * A posting's weight is stored as one of LEVELS steps, one letter: finer steps changed no ranking in the
 * evaluation (bench/relevance.mjs) and cost a third more bytes.
 */
export const LEVELS = 8;
/** Each half of a compound split ("finetuning" → "fine" "tuning") has at least this many letters. */
export const MIN_COMPOUND_PART = 3;

/**
 * The index as it travels, compact because the first search downloads it:
 * - `terms`: every term, sorted, one per line, each as the number of leading letters it shares with the
 *   previous term (one base-36 digit) followed by the rest: after "prompt", "6s" is "prompts".
 * - `postings`: per term, separated by spaces, the documents holding it: each the gap from the previous
 *   document number in base 36 (left out when it is 1), then its weight as a letter A (lowest) to H, I to P
 *   when the term is in what the document is about (its description, aliases), or Q to X when it is in the
 *   document's name (title, heading).
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

/** The vocabulary's words by length, each with the set of letters it holds, for typos (search/typo.ts). */
export interface TypoTable {
  byLength: Map<number, { words: string[]; masks: Int32Array }>;
}

export interface SearchIndex {
  size: number;
  /** Every term, sorted, for prefix lookups by binary search. */
  vocabulary: string[];
  known: Set<string>;
  /** The posting lists loaded so far (all, unless the index travels in shards). */
  /** Per term: the documents, their weights, and where the term is in each (0 body, 1 subject, 2 name). */
  postings: Map<string, { docs: Int32Array; weights: Float32Array; subject: Uint8Array; idf: number }>;
  /** Alias phrases by their first term: the phrase's terms and the site terms it stands for. */
  aliases: Map<string, { phrase: string[]; means: string[] }[]>;
  /** Shards not loaded yet (see shardOf). */
  pending: Set<string>;
  /** The vocabulary by word length, for typos, made on the first one (search/typo.ts). */
  typos?: TypoTable;
  /** The words one edit from a misspelled word, by word, as worked out (search/typo.ts). */
  oneEdits?: Map<string, { spelling: string; term: string }[]>;
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

/** The vocabulary of a serialized index, decoded from its shared-prefix lines. */
export function decodeTerms(coded: string): string[] {
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
      weights.push((((level - 1) % LEVELS) + 1) / LEVELS);
      subject.push(Math.floor((level - 1) / LEVELS));
    } else {
      gap = gap * 36 + parseInt(list[c]!, 36);
    }
  }
  // BM25's idf, never negative.
  const idf = Math.log(1 + (index.size - docIds.length + 0.5) / (docIds.length + 0.5));
  index.postings.set(term, { docs: Int32Array.from(docIds), weights: Float32Array.from(weights), subject: Uint8Array.from(subject), idf });
}

/** Whether some term of the vocabulary starts with `start`. */
export function hasPrefix(index: SearchIndex, start: string): boolean {
  return index.vocabulary[lowerBound(index.vocabulary, start)]?.startsWith(start) ?? false;
}

/** The first position in a sorted list whose word is not below `word`. */
export function lowerBound(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
