/**
 * Where the research browser's searches run. The site's own index (a few hundred kilobytes) is fetched,
 * built and searched on the page's thread: a search takes about a millisecond, and answering in the task
 * of the keystroke saves the round trip to a worker, so the results paint in the next frame. An index too
 * big for that (megabytes of JSON to parse, many milliseconds per search) is searched by the worker
 * (src/workers/research-search.ts) instead, one request at a time, newest first.
 */
import { buildResearchIndex, searchResearch, type ResearchIndex, type ResearchResults } from '../lib/search/research-engine.ts';
import { latestOnly } from '../lib/search/latest-only.ts';
import type { SearchReply, SearchRequest } from '../lib/search/research-protocol.ts';
import { serializeState, type ResearchDoc, type ResearchState } from '../lib/search/research-search.ts';

export const RESEARCH_INDEX_URL = '/research/index.json';
/** Above this many characters of index JSON, parsing and searching move off the page's thread. */
export const MAIN_THREAD_MAX_CHARS = 500_000;
/** Searches remembered on the page's thread: a reader who deletes a letter gets the earlier results back. */
const REMEMBERED = 32;

export type Request = Omit<SearchRequest, 'id'>;
/** Receives the answer to the newest request, with the state it answers; stale answers are dropped. */
export type Answer = (reply: SearchReply, state: ResearchState) => void;

export function researchSearcher(answer: Answer): { request(request: Request): void } {
  let request: (r: Request) => void = (r) => (waiting = r);
  let waiting: Request | null = null;

  const onThread = (index: ResearchIndex) => {
    const remembered = new Map<string, ResearchResults>();
    return (r: Request) => {
      const key = `${r.limit} ${serializeState(r.state)}`;
      let results = remembered.get(key);
      if (!results) {
        results = searchResearch(index, r.state, r.limit);
        remembered.set(key, results);
        if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value!);
      }
      answer({ id: 0, ok: true, ...results }, r.state);
    };
  };

  const inWorker = () => {
    const worker = new Worker(new URL('../workers/research-search.ts', import.meta.url), { type: 'module' });
    const asked = new Map<number, ResearchState>();
    const queue = latestOnly<Request>((r, id) => {
      asked.set(id, r.state);
      worker.postMessage({ ...r, id } satisfies SearchRequest);
    });
    worker.onmessage = (event: MessageEvent<SearchReply>) => {
      const state = asked.get(event.data.id);
      asked.delete(event.data.id);
      if (queue.answered(event.data.id) && state) answer(event.data, state);
    };
    worker.onerror = () => answer({ id: 0, ok: false, error: 'the search worker failed' }, waiting?.state ?? ({} as ResearchState));
    return (r: Request) => queue.request(r);
  };

  fetch(RESEARCH_INDEX_URL)
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${RESEARCH_INDEX_URL} answered ${response.status}`))))
    .then((text) => {
      request = text.length > MAIN_THREAD_MAX_CHARS ? inWorker() : onThread(buildResearchIndex((JSON.parse(text) as { docs: ResearchDoc[] }).docs));
      const next = waiting;
      waiting = null;
      if (next) request(next);
    })
    .catch((error: unknown) => {
      answer({ id: 0, ok: false, error: error instanceof Error ? error.message : String(error) }, waiting?.state ?? ({} as ResearchState));
      // The next request tries again.
      request = (r) => {
        const retry = researchSearcher(answer);
        request = retry.request;
        retry.request(r);
      };
    });

  return { request: (r) => request(r) };
}
