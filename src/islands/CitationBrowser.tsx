/**
 * Search, facets and sorting over the research index. Its state lives in the URL; the documents and a
 * prebuilt fuse.js index are fetched from /research/index.json, so the page's HTML does not grow with the
 * index. Until it is ready (or if it fails), the server-rendered list of every source stays visible.
 */
import Fuse, { type FuseResult } from 'fuse.js';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  DEFAULT_STATE,
  FUSE_OPTIONS,
  MAX_QUERY_LENGTH,
  SORTS,
  highlightParts,
  matchesFilters,
  parseState,
  serializeState,
  sortDocs,
  type ResearchDoc,
  type ResearchState,
  type Sort,
} from '../lib/research-search.ts';
import { SOURCE_TYPES, SOURCE_TYPE_LABELS, TOPICS, TOPIC_LABELS } from '../lib/vocabulary.ts';
import { Highlighted } from './Highlighted.tsx';

interface Props {
  total: number;
  minYear: number;
  maxYear: number;
}

interface Loaded {
  docs: ResearchDoc[];
  fuse: Fuse<ResearchDoc>;
}

interface Row {
  doc: ResearchDoc;
  matches?: FuseResult<ResearchDoc>['matches'];
}

const SORT_LABELS: Record<Sort, string> = {
  relevance: 'Relevance',
  'year-desc': 'Newest first',
  'year-asc': 'Oldest first',
  title: 'Title A–Z',
};

export default function CitationBrowser({ total, minYear, maxYear }: Props) {
  const [state, setState] = useState<ResearchState>(DEFAULT_STATE);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState(false);
  const [mounted, setMounted] = useState(false);
  const lastUrl = useRef('');

  useEffect(() => {
    setMounted(true);
    setState(parseState(window.location.search));
    lastUrl.current = window.location.search;
    const onPop = () => {
      lastUrl.current = window.location.search;
      setState(parseState(window.location.search));
    };
    window.addEventListener('popstate', onPop);
    fetch('/research/index.json')
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<{ docs: ResearchDoc[]; index: ReturnType<ReturnType<typeof Fuse.createIndex>['toJSON']> }>;
      })
      .then(({ docs, index }) => {
        setLoaded({ docs, fuse: new Fuse(docs, FUSE_OPTIONS, Fuse.parseIndex(index)) });
        const fallback = document.getElementById('research-static');
        if (fallback) fallback.hidden = true;
      })
      .catch(() => setError(true));
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  /** Changes state and records it in the URL: typing replaces the entry, other changes push one. */
  const update = (patch: Partial<ResearchState>, mode: 'push' | 'replace' = 'push') => {
    const next = { ...state, ...patch };
    setState(next);
    const search = serializeState(next);
    if (search === lastUrl.current) return;
    lastUrl.current = search;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  const rows: Row[] = useMemo(() => {
    if (!loaded) return [];
    const query = state.q.trim();
    const found: Row[] = query
      ? loaded.fuse.search(query).map((r) => ({ doc: r.item, matches: r.matches }))
      : loaded.docs.map((doc) => ({ doc }));
    return sortDocs(found.filter((r) => matchesFilters(r.doc, state)), state.sort, query.length > 0);
  }, [loaded, state]);

  if (!mounted) return <div class="research-browser" />;

  const yearInput = (key: 'from' | 'to', label: string) => (
    <div class="field">
      <label for={`research-${key}`}>{label}</label>
      <input
        id={`research-${key}`}
        type="number"
        inputMode="numeric"
        min={minYear}
        max={maxYear}
        placeholder={String(key === 'from' ? minYear : maxYear)}
        value={state[key] ?? ''}
        onChange={(e) => {
          const raw = (e.target as HTMLInputElement).value;
          const year = /^\d{4}$/.test(raw) ? Number(raw) : null;
          update({ [key]: year });
        }}
      />
    </div>
  );

  const filtered = state.q.trim() !== '' || state.topic !== '' || state.type !== '' || state.from !== null || state.to !== null;

  return (
    <div class="research-browser">
      <form role="search" aria-label="Search the research index" class="research-form" onSubmit={(e) => e.preventDefault()}>
        <div class="field grow">
          <label for="research-q">Search titles, authors, venues and claims</label>
          <input
            id="research-q"
            type="search"
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            spellcheck={false}
            value={state.q}
            onInput={(e) => update({ q: (e.target as HTMLInputElement).value }, 'replace')}
          />
        </div>
        <div class="field">
          <label for="research-topic">Topic</label>
          <select id="research-topic" value={state.topic} onChange={(e) => update({ topic: (e.target as HTMLSelectElement).value as ResearchState['topic'] })}>
            <option value="">All topics</option>
            {TOPICS.map((topic) => (
              <option value={topic}>{TOPIC_LABELS[topic]}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="research-type">Type</label>
          <select id="research-type" value={state.type} onChange={(e) => update({ type: (e.target as HTMLSelectElement).value as ResearchState['type'] })}>
            <option value="">All types</option>
            {SOURCE_TYPES.map((type) => (
              <option value={type}>{SOURCE_TYPE_LABELS[type]}</option>
            ))}
          </select>
        </div>
        {yearInput('from', 'From year')}
        {yearInput('to', 'To year')}
        <div class="field">
          <label for="research-sort">Sort by</label>
          <select id="research-sort" value={state.sort} onChange={(e) => update({ sort: (e.target as HTMLSelectElement).value as Sort })}>
            {SORTS.map((sort) => (
              <option value={sort}>{SORT_LABELS[sort]}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <button type="button" class="button secondary" onClick={() => update(DEFAULT_STATE)} disabled={!filtered && state.sort === 'relevance'}>
            Reset
          </button>
        </div>
      </form>
      <p class="result-count" role="status" aria-live="polite">
        {error
          ? 'Search could not load. The full list of sources is below.'
          : loaded
            ? `${rows.length} of ${total} sources`
            : 'Loading the index…'}
      </p>
      {loaded && rows.length === 0 && (
        <div class="empty-state">
          <p>No source matches these filters.</p>
          <button type="button" class="button" onClick={() => update(DEFAULT_STATE)}>
            Clear search and filters
          </button>
        </div>
      )}
      {loaded && rows.length > 0 && (
        <ol class="research-results">
          {rows.map(({ doc, matches }) => {
            const indicesFor = (key: string, refIndex?: number) =>
              matches?.find((m) => m.key === key && (refIndex === undefined || m.refIndex === refIndex))?.indices;
            const claimMatch = matches?.find((m) => m.key === 'claims');
            const claimIndex = claimMatch?.refIndex ?? 0;
            const claim = doc.claims[claimIndex] ?? '';
            return (
              <li class="research-result">
                <h2 class="result-title">
                  <a href={`/research/${doc.id}/`}>
                    <Highlighted parts={highlightParts(doc.title, indicesFor('title'))} />
                  </a>
                </h2>
                <p class="muted">
                  {doc.authors.map((author, i) => (
                    <>
                      {i > 0 && ', '}
                      <Highlighted parts={highlightParts(author, indicesFor('authors', i))} />
                    </>
                  ))}{' '}
                  ({doc.year}). <Highlighted parts={highlightParts(doc.venue, indicesFor('venue'))} />. {SOURCE_TYPE_LABELS[doc.type]}.
                </p>
                {claim && (
                  <p class="result-claim">
                    <Highlighted parts={highlightParts(claim, claimMatch?.indices)} />
                  </p>
                )}
                <ul class="tags">
                  {doc.topics.map((topic) => (
                    <li>
                      <span class="tag">{TOPIC_LABELS[topic]}</span>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
