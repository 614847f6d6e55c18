/**
 * The research browser's pure logic: the documents searched, the fuse.js options (shared by the build
 * that pre-computes the index and the browser that loads it), the URL state, and filtering and sorting.
 */
import type { IFuseOptions } from 'fuse.js';
import { SOURCE_TYPES, TOPICS, type SourceType, type Topic } from './vocabulary.ts';

export interface ResearchDoc {
  id: string;
  title: string;
  authors: string[];
  year: number;
  venue: string;
  type: SourceType;
  topics: Topic[];
  claims: string[];
}

/** The searchable fields of a source, as the build writes them to /research/index.json. */
export function toResearchDoc(entry: { id: string; data: Omit<ResearchDoc, 'id' | 'claims'> & { claims: readonly { text: string }[] } }): ResearchDoc {
  const { id, data } = entry;
  return {
    id,
    title: data.title,
    authors: data.authors,
    year: data.year,
    venue: data.venue,
    type: data.type,
    topics: data.topics,
    claims: data.claims.map((c) => c.text),
  };
}

export const SEARCH_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'authors', weight: 2 },
  { name: 'claims', weight: 1 },
  { name: 'venue', weight: 0.7 },
  { name: 'topics', weight: 0.7 },
] as const;

export const FUSE_OPTIONS: IFuseOptions<ResearchDoc> = {
  keys: SEARCH_KEYS.map((k) => ({ name: k.name, weight: k.weight })),
  // Claims are long: without ignoreLocation, a word late in a claim never matches.
  ignoreLocation: true,
  threshold: 0.35,
  minMatchCharLength: 2,
  includeMatches: true,
  includeScore: true,
};

export const SORTS = ['relevance', 'year-desc', 'year-asc', 'title'] as const;
export type Sort = (typeof SORTS)[number];

export interface ResearchState {
  q: string;
  topic: Topic | '';
  type: SourceType | '';
  from: number | null;
  to: number | null;
  sort: Sort;
}

export const DEFAULT_STATE: ResearchState = { q: '', topic: '', type: '', from: null, to: null, sort: 'relevance' };
export const MAX_QUERY_LENGTH = 200;

const isTopic = (v: string): v is Topic => (TOPICS as readonly string[]).includes(v);
const isType = (v: string): v is SourceType => (SOURCE_TYPES as readonly string[]).includes(v);
const isSort = (v: string): v is Sort => (SORTS as readonly string[]).includes(v);

function parseYear(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  return Number(value);
}

/** Reads the state from a query string. Anything unknown or malformed falls back to the default. */
export function parseState(search: string | URLSearchParams): ResearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const topic = params.get('topic') ?? '';
  const type = params.get('type') ?? '';
  const sort = params.get('sort') ?? '';
  let from = parseYear(params.get('from'));
  let to = parseYear(params.get('to'));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    topic: isTopic(topic) ? topic : '',
    type: isType(type) ? type : '',
    from,
    to,
    sort: isSort(sort) ? sort : 'relevance',
  };
}

/** Writes the state as a query string, leaving out defaults so links stay short. */
export function serializeState(state: ResearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  if (state.topic) params.set('topic', state.topic);
  if (state.type) params.set('type', state.type);
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function matchesFilters(doc: ResearchDoc, state: ResearchState): boolean {
  if (state.topic && !doc.topics.includes(state.topic)) return false;
  if (state.type && doc.type !== state.type) return false;
  if (state.from !== null && doc.year < state.from) return false;
  if (state.to !== null && doc.year > state.to) return false;
  return true;
}

/** Orders results; `relevance` keeps the search order, or newest first when there is no query. */
export function sortDocs<T extends { doc: ResearchDoc }>(results: T[], sort: Sort, hasQuery: boolean): T[] {
  const byTitle = (a: T, b: T) => a.doc.title.localeCompare(b.doc.title, 'en');
  const sorted = [...results];
  if (sort === 'title') return sorted.sort(byTitle);
  if (sort === 'year-asc') return sorted.sort((a, b) => a.doc.year - b.doc.year || byTitle(a, b));
  if (sort === 'year-desc' || !hasQuery) return sorted.sort((a, b) => b.doc.year - a.doc.year || byTitle(a, b));
  return sorted;
}

// Shared with the site search dialog, which must not load this module's research-only code.
export { highlightParts, type TextPart } from './highlight.ts';
