/**
 * The research browser's search: the site's engine (src/lib/search/engine.ts) over the sources' titles,
 * authors, venues, topics and claims, with the browser's facets as a filter and its other sort orders.
 * The worker (src/workers/research-search.ts) builds the index from /research/index.json, which it needs
 * anyway for the results, so the sources travel once.
 */
import { loadIndex, type SearchIndex } from './engine.ts';
import { buildIndex } from './index-build.ts';
import { parseQuery } from './expand.ts';
import { rank } from './rank.ts';
import { matchesFilters, type ResearchDoc, type ResearchState } from './research-search.ts';
import { TOPIC_LABELS } from '../content/vocabulary.ts';
import { stem, words } from './words.ts';

/** How much a word counts in each field: a title word says more about a source than a claim word. */
export const FIELD_WEIGHTS = [3, 1.5, 0.7, 0.7, 1] as const;

const fieldsOf = (doc: ResearchDoc) => [
  doc.title,
  doc.authors,
  doc.venue,
  doc.topics.map((t) => `${t} ${TOPIC_LABELS[t]}`),
  doc.claims,
];

export interface ResearchIndex {
  docs: readonly ResearchDoc[];
  index: SearchIndex;
  /** Each source's position in title order, so sorting by title needs no string comparisons per query. */
  titleRank: Int32Array;
  /** Each source's words with their stems, cut when it is first shown (see wordsOf). */
  shownWords: (ShownWords | undefined)[];
}

/** A source's different words and their stems: of its title, authors and venue, and of each claim. */
interface ShownWords {
  fixed: [word: string, stem: string][];
  claims: [word: string, stem: string][][];
}

function pairs(texts: readonly string[]): [string, string][] {
  const seen = new Map<string, string>();
  for (const text of texts) for (const w of words(text)) if (!seen.has(w)) seen.set(w, stem(w));
  return [...seen];
}

/** The words of a source as results show them, cut once: a result is shown again on most keystrokes. */
function wordsOf(research: ResearchIndex, d: number): ShownWords {
  const doc = research.docs[d]!;
  return (research.shownWords[d] ??= { fixed: pairs([doc.title, doc.venue, ...doc.authors]), claims: doc.claims.map((claim) => pairs([claim])) });
}

export function buildResearchIndex(docs: readonly ResearchDoc[]): ResearchIndex {
  const index = loadIndex(buildIndex(docs.map(fieldsOf), FIELD_WEIGHTS));
  const byTitle = docs.map((_, i) => i).sort((a, b) => docs[a]!.title.localeCompare(docs[b]!.title, 'en'));
  const titleRank = new Int32Array(docs.length);
  byTitle.forEach((doc, r) => (titleRank[doc] = r));
  return { docs, index, titleRank, shownWords: [] };
}

export interface ResearchHit {
  doc: ResearchDoc;
  /** The claim to show: the one holding the most matched words, else the first. */
  claim: number;
  /** The matched terms in what is shown of it (title, authors, venue, that claim), to mark. */
  marks: string[];
}

export interface ResearchResults {
  /** Sources in the index. */
  size: number;
  /** Sources that match the query and the filters. */
  total: number;
  /** The first `limit` of them, in the order asked for. */
  hits: ResearchHit[];
  /** Every matching source's id, in the same order: what "the current results" are (for exports). */
  ids: string[];
  /** The index terms the query matched that the hits show (every hit's `marks`). */
  matched: string[];
}

/** The claim with the most different matched terms. */
function bestClaim(claims: readonly (readonly [string, string][])[], matched: ReadonlySet<string>): number {
  let best = 0;
  let bestCount = 0;
  claims.forEach((claim, i) => {
    const found = new Set<string>();
    for (const [, t] of claim) if (matched.has(t)) found.add(t);
    if (found.size > bestCount) [best, bestCount] = [i, found.size];
  });
  return best;
}

/**
 * Sources matching the state's query and filters, sorted as it asks; only the first `limit` are returned
 * in full, because rendering thousands of results is what made the old search slow.
 */
export function searchResearch(research: ResearchIndex, state: ResearchState, limit: number): ResearchResults {
  const { docs, titleRank } = research;
  const parsed = parseQuery(state.q);
  const byTitle = (a: number, b: number) => titleRank[a]! - titleRank[b]!;
  const year = (d: number) => docs[d]!.year;
  let found: number[];
  let matched = new Set<string>();
  if (parsed.words.length === 0) {
    found = [];
    for (let d = 0; d < docs.length; d++) if (matchesFilters(docs[d]!, state)) found.push(d);
    if (state.sort === 'relevance') found.sort((a, b) => year(b) - year(a) || byTitle(a, b));
  } else {
    const result = rank(research.index, parsed, {
      filter: (d) => matchesFilters(docs[d]!, state),
      text: (d) => `${docs[d]!.title}\n${docs[d]!.claims.join('\n')}`,
    });
    matched = result.matched;
    found = result.ranked.map((r) => r.doc);
  }
  if (state.sort === 'title') found.sort(byTitle);
  else if (state.sort === 'year-asc') found.sort((a, b) => year(a) - year(b) || byTitle(a, b));
  else if (state.sort === 'year-desc') found.sort((a, b) => year(b) - year(a) || byTitle(a, b));
  const first = found.slice(0, Math.max(0, limit));
  // A one-letter query matches thousands of index terms; only those on screen are worth sending back.
  const shown = new Set<string>();
  const hits = first.map((d): ResearchHit => {
    if (!matched.size) return { doc: docs[d]!, claim: 0, marks: [] };
    const { fixed, claims } = wordsOf(research, d);
    const claim = bestClaim(claims, matched);
    const marks = new Set<string>();
    for (const [w, t] of [...fixed, ...(claims[claim] ?? [])]) {
      if (matched.has(t)) marks.add(t);
      else if (matched.has(w)) marks.add(w);
    }
    for (const t of marks) shown.add(t);
    return { doc: docs[d]!, claim, marks: [...marks].sort() };
  });
  return { size: docs.length, total: found.length, hits, ids: found.map((d) => docs[d]!.id), matched: [...shown] };
}
