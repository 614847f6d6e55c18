/**
 * Search, facets and sorting over the research index, its state in the URL. The server renders the form
 * (disabled until hydration) and, below the island, the full list of sources, which stays the view until
 * the reader asks for something else. The index, /research/index.json, is fetched on first use (focus, or
 * a link with a query) and searched on the page's thread while it is small, in a worker once it is large
 * (research-searcher.ts), so a keystroke's results paint in the next frame. It ranks with the site's search engine (src/lib/search/engine.ts, through search/research-engine.ts): any word
 * may match, sources covering more of the query first, stop words ignored, word forms and typos found.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { highlightWords } from '../lib/search/highlight.ts';
import type { ResearchHit, ResearchResults } from '../lib/search/research-engine.ts';
import type { VNode } from 'preact';
import type { SearchReply } from '../lib/search/research-protocol.ts';
import {
  DEFAULT_STATE,
  MAX_QUERY_LENGTH,
  RESULTS_PAGE_SIZE as PAGE_SIZE,
  SORTS,
  isDefaultView,
  parseState,
  serializeState,
  yearRange,
  type ResearchState,
  type Sort,
} from '../lib/search/research-search.ts';
import { SOURCE_TYPES, SOURCE_TYPE_LABELS, TOPICS, TOPIC_LABELS } from '../lib/content/vocabulary.ts';
import { Highlighted } from './Highlighted.tsx';
import ExportResults from './ExportResults.tsx';
import { useHydrated } from './hydrated.ts';
import { researchSearcher } from './research-searcher.ts';

interface Props {
  total: number;
  minYear: number;
  maxYear: number;
}

/** Typing updates the address bar once the reader pauses: browsers throttle a flood of history calls. */
const URL_DELAY_MS = 400;

const SORT_LABELS: Record<Sort, string> = {
  relevance: 'Relevance',
  'year-desc': 'Newest first',
  'year-asc': 'Oldest first',
  title: 'Title A–Z',
};

type Shown = { state: ResearchState; results: ResearchResults };

export default function CitationBrowser({ total, minYear, maxYear }: Props) {
  const hydrated = useHydrated();
  const [state, setState] = useState<ResearchState>(DEFAULT_STATE);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [shown, setShown] = useState<Shown | null>(null);
  const [failed, setFailed] = useState(false);
  const lastUrl = useRef('');
  const current = useRef<ResearchState>(DEFAULT_STATE);
  const root = useRef<HTMLDivElement>(null);
  const search = useRef<ReturnType<typeof researchSearcher> | null>(null);

  /** Shows the answer to the newest search (on the page's thread, in the same task when the index is small). */
  const answer = (reply: SearchReply, state: ResearchState) => {
    if (!reply.ok) {
      setFailed(true);
      return;
    }
    setFailed(false);
    // A warm-up request, or a search overtaken by a return to the full list: nothing to show.
    if (isDefaultView(current.current)) setShown(null);
    else setShown({ state, results: reply });
  };

  /** The searcher, created on first use. */
  const searcher = () => (search.current ??= researchSearcher(answer));

  const run = (next: ResearchState, upTo: number) => {
    current.current = next;
    if (isDefaultView(next)) {
      setShown(null);
      return;
    }
    searcher().request({ state: next, limit: upTo });
  };

  useEffect(() => {
    const fromUrl = () => {
      clearTimeout(urlTimer.current);
      lastUrl.current = window.location.search;
      const next = parseState(window.location.search);
      setState(next);
      setLimit(PAGE_SIZE);
      run(next, PAGE_SIZE);
    };
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, []);

  const showingResults = shown !== null && !failed;

  // The server-rendered list of every source is the default view, and the fallback when search fails.
  useLayoutEffect(() => {
    const list = document.getElementById('research-static');
    if (list) list.hidden = showingResults;
  }, [showingResults]);

  // Tells the benchmark (bench/lib/search.mjs) that the results for a query are in the DOM.
  useLayoutEffect(() => {
    if (shown) root.current?.dispatchEvent(new CustomEvent('research:results', { bubbles: true, detail: { q: shown.state.q } }));
  }, [shown]);

  const urlTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Records a state in the URL: typing replaces the entry (once the reader pauses), other changes push one. */
  const record = (next: ResearchState, mode: 'push' | 'replace') => {
    clearTimeout(urlTimer.current);
    const write = () => {
      const query = serializeState(next);
      if (query === lastUrl.current) return;
      lastUrl.current = query;
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    if (mode === 'push') write();
    else urlTimer.current = setTimeout(write, URL_DELAY_MS);
  };

  const update = (patch: Partial<ResearchState>, mode: 'push' | 'replace' = 'push') => {
    const next = { ...state, ...patch };
    setState(next);
    setLimit(PAGE_SIZE);
    run(next, PAGE_SIZE);
    record(next, mode);
  };

  const showMore = () => {
    setLimit(limit + PAGE_SIZE);
    run(state, limit + PAGE_SIZE);
  };

  /** Starts loading the index when the reader is about to search, so the first keystroke finds it ready. */
  const warmUp = () => {
    if (!search.current) searcher().request({ state: DEFAULT_STATE, limit: 0 });
  };

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
        disabled={!hydrated}
        onFocus={warmUp}
        onChange={(e) => {
          const raw = (e.target as HTMLInputElement).value;
          const year = /^\d{4}$/.test(raw) ? Number(raw) : null;
          update({ [key]: year });
        }}
      />
    </div>
  );

  // The current results; `results.ids` lists every matching source in the order shown (null: the full list).
  const results = showingResults ? shown.results : null;
  // Typing re-renders the form on every keystroke; the list re-renders only when new results arrive.
  const actions = useRef({ showMore, reset: () => update(DEFAULT_STATE) });
  actions.current = { showMore, reset: () => update(DEFAULT_STATE) };
  const resultList = useMemo(() => results && <ResultList results={results} actions={actions} />, [results]);
  const years = yearRange(state);
  const status = failed
    ? 'Search could not load. The full list of sources is below.'
    : results
      ? `${results.total} of ${results.size} sources${years.reversed ? `. From is later than To, so the years are read as ${years.from} to ${years.to}.` : ''}`
      : isDefaultView(state)
        ? `${total} sources, listed by topic below`
        : 'Searching…';

  return (
    <div class="research-browser" ref={root}>
      {/* Not a <form>: nothing is submitted, results follow every change. */}
      <div role="search" aria-label="Search the research index" class="research-form">
        <div class="field grow">
          <label for="research-q">Search titles, authors, venues and claims</label>
          <input
            id="research-q"
            type="search"
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            spellcheck={false}
            value={state.q}
            disabled={!hydrated}
            onFocus={warmUp}
            onInput={(e) => update({ q: (e.target as HTMLInputElement).value }, 'replace')}
          />
        </div>
        <div class="field">
          <label for="research-topic">Topic</label>
          <select
            id="research-topic"
            value={state.topic}
            disabled={!hydrated}
            onChange={(e) => update({ topic: (e.target as HTMLSelectElement).value as ResearchState['topic'] })}
          >
            <option value="">All topics</option>
            {TOPICS.map((topic) => (
              <option value={topic}>{TOPIC_LABELS[topic]}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="research-type">Type</label>
          <select
            id="research-type"
            value={state.type}
            disabled={!hydrated}
            onChange={(e) => update({ type: (e.target as HTMLSelectElement).value as ResearchState['type'] })}
          >
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
          <select id="research-sort" value={state.sort} disabled={!hydrated} onChange={(e) => update({ sort: (e.target as HTMLSelectElement).value as Sort })}>
            {SORTS.map((sort) => (
              <option value={sort}>{SORT_LABELS[sort]}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <button type="button" class="button secondary" onClick={() => update(DEFAULT_STATE)} disabled={!hydrated || isDefaultView(state)}>
            Reset
          </button>
        </div>
        {/* Last here, and on a phone placed right under the search box (research.css), in view while typing. */}
        <p class="result-count" role="status" aria-live="polite">
          {status}
        </p>
      </div>
      {/* Export of the current results: its own component (ExportResults.tsx), apart from the search code. */}
      {results && (
        <ExportResults
          ids={results.hits.map((hit) => hit.doc.id)}
          total={results.total}
          onShowAll={() => {
            setLimit(results.total);
            run(state, results.total);
          }}
        />
      )}
      {resultList}
    </div>
  );
}

/**
 * Rows already made, by what they show: a source listed again with the same claim and the same marked words
 * (most of them, from one keystroke to the next) is the same element, which Preact leaves alone.
 */
const rows = new Map<string, VNode>();
const MAX_ROWS = 200;

function resultRow({ doc, claim: claimIndex, marks }: ResearchHit): VNode {
  const key = `${doc.id}\n${claimIndex}\n${marks.join(' ')}`;
  let row = rows.get(key);
  if (row) return row;
  const marked = new Set(marks);
  const mark = (text: string) => <Highlighted parts={highlightWords(text, marked)} />;
  const claim = doc.claims[claimIndex];
  row = (
    <li class="research-result" key={doc.id}>
      <h2 class="result-title">
        <a href={`/research/${doc.id}/`}>{mark(doc.title)}</a>
      </h2>
      <p class="muted">
        {mark(doc.authors.join(', '))} ({doc.year}). {mark(doc.venue)}. {SOURCE_TYPE_LABELS[doc.type]}.
      </p>
      {claim && <p class="result-claim">{mark(claim)}</p>}
      <ul class="tags">
        {doc.topics.map((topic) => (
          <li>
            <span class="tag">{TOPIC_LABELS[topic]}</span>
          </li>
        ))}
      </ul>
    </li>
  );
  if (rows.size >= MAX_ROWS) rows.clear();
  rows.set(key, row);
  return row;
}

interface ResultListProps {
  results: ResearchResults;
  actions: { current: { showMore: () => void; reset: () => void } };
}

function ResultList({ results, actions }: ResultListProps) {
  if (results.total === 0) {
    return (
      <div class="empty-state">
        <p>No source matches these filters.</p>
        <button type="button" class="button" onClick={() => actions.current.reset()}>
          Clear search and filters
        </button>
      </div>
    );
  }
  return (
    <>
      <ol class="research-results">{results.hits.map(resultRow)}</ol>
      {results.total > results.hits.length && (
        <p class="show-more">
          <button type="button" class="button secondary" onClick={() => actions.current.showMore()}>
            Show {Math.min(PAGE_SIZE, results.total - results.hits.length)} more
          </button>{' '}
          <span class="muted">
            Showing {results.hits.length} of {results.total}.
          </span>
        </p>
      )}
    </>
  );
}
