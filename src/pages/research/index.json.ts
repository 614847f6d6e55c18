/** The research browser's data: the searchable fields of every source. Its worker builds the index from it. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../data/content.ts';
import { toResearchDoc } from '../../lib/search/research-search.ts';

export const GET: APIRoute = async () => {
  const { citations } = await loadContent();
  return new Response(JSON.stringify({ docs: citations.map(toResearchDoc) }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
