/**
 * The research browser's documents and its state: what the build writes to /research/index.json, and the
 * query, facets and sort order as they live in the URL. The search itself is in search/research-engine.ts.
 */
import { SOURCE_TYPES, TOPICS, type SourceType, type Topic } from '../content/vocabulary.ts';

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
/**
 * Results rendered at a time; "Show more" adds as many again. Rendering is most of a keystroke's cost
 * (bench/RESULTS.md), so the first page is short.
 */
export const RESULTS_PAGE_SIZE = 20;

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
  const { from, to } = yearRange({ from: parseYear(params.get('from')), to: parseYear(params.get('to')) });
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

/**
 * The years a filter keeps. A range entered the wrong way round (From after To) means the years between the two,
 * typed or read from a link alike (parseState also puts a link's range in order): `reversed` says so, for the page to tell the reader.
 */
export function yearRange(state: Pick<ResearchState, 'from' | 'to'>): { from: number | null; to: number | null; reversed: boolean } {
  const { from, to } = state;
  if (from !== null && to !== null && from > to) return { from: to, to: from, reversed: true };
  return { from, to, reversed: false };
}

export function matchesFilters(doc: ResearchDoc, state: ResearchState): boolean {
  if (state.topic && !doc.topics.includes(state.topic)) return false;
  if (state.type && doc.type !== state.type) return false;
  const { from, to } = yearRange(state);
  if (from !== null && doc.year < from) return false;
  if (to !== null && doc.year > to) return false;
  return true;
}

/** True when the state asks for nothing: no query, no filter, default order. The full list then stands. */
export const isDefaultView = (state: ResearchState): boolean => serializeState(state) === '';
