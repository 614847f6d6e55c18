/** The messages between the research browser and its search worker. */
import type { ResearchResults } from './research-engine.ts';
import type { ResearchState } from './research-search.ts';

export interface SearchRequest {
  id: number;
  state: ResearchState;
  limit: number;
}

export type SearchReply = ({ ok: true } & ResearchResults & { id: number }) | { id: number; ok: false; error: string };
