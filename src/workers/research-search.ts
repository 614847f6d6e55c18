/**
 * The research search, off the main thread, for an index too large for it (src/islands/research-searcher.ts
 * decides): fetches /research/index.json on the first request, builds the index, then answers each request
 * with the first results. At 10,000 sources the JSON alone is megabytes to parse, which would block typing
 * for seconds on the page's thread.
 */
import { buildResearchIndex, searchResearch, type ResearchIndex } from '../lib/search/research-engine.ts';
import type { ResearchDoc } from '../lib/search/research-search.ts';
import type { SearchReply, SearchRequest } from '../lib/search/research-protocol.ts';

let ready: Promise<ResearchIndex> | null = null;

async function load(): Promise<ResearchIndex> {
  const response = await fetch('/research/index.json');
  if (!response.ok) throw new Error(`/research/index.json answered ${response.status}`);
  const { docs } = (await response.json()) as { docs: ResearchDoc[] };
  return buildResearchIndex(docs);
}

self.onmessage = async (event: MessageEvent<SearchRequest>) => {
  const { id, state, limit } = event.data;
  let reply: SearchReply;
  try {
    const index = await (ready ??= load());
    reply = { id, ok: true, ...searchResearch(index, state, limit) };
  } catch (error) {
    ready = null;
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
