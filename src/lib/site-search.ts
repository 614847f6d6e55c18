/**
 * The site-wide search, shared by the build (which writes the documents and a prebuilt fuse.js index to
 * /search-index.json) and the dialog (which loads them on first open): the document shape, the fuse.js
 * options both sides must agree on, query clean-up and the grouping of results by kind.
 */
import type { FuseIndex, IFuseOptions } from 'fuse.js';

/** Kinds of result, in the order their groups are listed when they rank equally. */
export const SEARCH_KINDS = ['guide', 'scenario', 'faq', 'glossary', 'research', 'page'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const KIND_LABELS: Record<SearchKind, string> = {
  guide: 'Guides',
  scenario: 'Scenarios',
  faq: 'FAQ',
  glossary: 'Glossary',
  research: 'Research',
  page: 'Pages',
};

/** One searchable thing: a page, a section of a guide, an FAQ answer, a term, a source. */
export interface SearchDoc {
  kind: SearchKind;
  /** Site path, with the anchor when the result is part of a page. */
  url: string;
  title: string;
  /** Where the result sits (the guide of a section) or who wrote it (a source); shown under the title. */
  meta?: string;
  /** A short plain-text snippet. */
  text?: string;
}

/** The JSON at /search-index.json. */
export interface SearchIndexFile {
  docs: SearchDoc[];
  /** `Fuse.createIndex(...).toJSON()`, read back with `Fuse.parseIndex`. */
  index: ReturnType<FuseIndex<SearchDoc>['toJSON']>;
}

export const SEARCH_INDEX_URL = '/search-index.json';

export const SEARCH_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'text', weight: 1 },
  { name: 'meta', weight: 0.5 },
];

export const SITE_SEARCH_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: SEARCH_KEYS,
  // Each word of the query is matched on its own (with typo tolerance), and a result must contain them all,
  // so adding a word narrows the results.
  useTokenSearch: true,
  tokenMatch: 'all',
  ignoreLocation: true,
  // One typo in five letters; a four-letter word must match exactly, or "cost" would find "host".
  threshold: 0.2,
  minMatchCharLength: 2,
  includeMatches: true,
  includeScore: true,
};

export const MAX_QUERY_LENGTH = 200;
export const RESULTS_PER_GROUP = 8;

/** The query as searched: at most MAX_QUERY_LENGTH characters, trimmed. */
export function normalizeQuery(raw: string): string {
  return raw.slice(0, MAX_QUERY_LENGTH).trim();
}

/** The query as quoted back in a message: shortened so a pasted essay does not fill the dialog. */
export function quoteQuery(query: string, max = 60): string {
  const chars = [...query];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : query;
}

export interface ResultGroup<R> {
  kind: SearchKind;
  label: string;
  results: R[];
}

/**
 * Groups ranked results by kind, keeping rank order inside each group and at most `perGroup` per group.
 * Groups are ordered by their best result, so the most relevant kind comes first.
 */
export function groupResults<R extends { item: Pick<SearchDoc, 'kind'> }>(
  ranked: readonly R[],
  perGroup = RESULTS_PER_GROUP,
): ResultGroup<R>[] {
  const groups = new Map<SearchKind, ResultGroup<R>>();
  for (const result of ranked) {
    const kind = result.item.kind;
    let group = groups.get(kind);
    if (!group) {
      group = { kind, label: KIND_LABELS[kind], results: [] };
      groups.set(kind, group);
    }
    if (group.results.length < perGroup) group.results.push(result);
  }
  return [...groups.values()];
}
