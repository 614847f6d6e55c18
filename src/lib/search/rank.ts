/**
 * Ranking (see search/engine.ts for the whole engine): BM25 over the query's expanded words, times how much
 * of the query a document covers, with a document about the query above one that mentions it.
 */
import { WEAK_TERMS, words } from './words.ts';
import { shardOf, type SearchIndex } from './engine.ts';
import { expandWord, interpret, parseQuery, type ParsedQuery } from './expand.ts';

/**
 * A document whose subject fields hold every word of the query scores this much more than one that only
 * mentions them (a part of the query, a part of the boost).
 */
const SUBJECT_BOOST = 3;
/**
 * The document's name (its title or heading) holding the query's words counts more than its description or
 * aliases holding them: this much more, times 1 + TITLE_PRECISION × the share of the title's words that the
 * query holds, so a title that is the query ("Learned routers" for "learned router") ranks above a longer
 * title that holds the query among other words, and above a page whose description holds it.
 */
const TITLE_BOOST = 1;
const TITLE_PRECISION = 2;
/** Score factor for a document containing a quoted phrase as written. */
const PHRASE_BOOST = 2;

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
  /** How many different terms a document's title holds, so a title that is all query counts more than one that holds it among others. */
  titleSize?: (doc: number) => number;
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
  const titleCover = new Float64Array(size);
  const titleHits = new Uint8Array(size);
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
    const weak = WEAK_TERMS.has(q.term);
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
        if (subject[k]! > inSubject[docs[k]!]!) inSubject[docs[k]!] = subject[k]!;
      }
    }
    // Common words ("model", "fine") say less about coverage than rare ones ("imbalanced"), and so do a question's
    // everyday words ("come", "take"), however rare in the site's text. They still score where they match: halving
    // that too moved the development queries as much one way as the other, and dropping it lost some.
    const coverWeight = weak ? 0.5 : Math.max(0.5, Math.min(wordIdf, 3));
    totalWeight += coverWeight;
    for (let d = 0; d < size; d++) {
      if (best[d]! > 0) {
        scores[d]! += best[d]!;
        cover[d]! += coverWeight;
        if (inSubject[d]) subjectCover[d]! += coverWeight;
        if (inSubject[d] === 2) {
          titleCover[d]! += coverWeight;
          titleHits[d]! += 1;
        }
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
    const titleSize = titleCover[d] ? (options.titleSize?.(d) ?? 0) : 0;
    const precision = titleSize ? Math.min(1, titleHits[d]! / titleSize) : 0;
    const about = 1 + (SUBJECT_BOOST * subjectCover[d]! + TITLE_BOOST * titleCover[d]! * (1 + TITLE_PRECISION * precision)) / totalWeight;
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
