/** The research browser's data: the documents and a fuse.js index prebuilt at build time. */
import type { APIRoute } from 'astro';
import Fuse from 'fuse.js';
import { loadContent } from '../../data/content.ts';
import { FUSE_OPTIONS, toResearchDoc } from '../../lib/research-search.ts';

export const GET: APIRoute = async () => {
  const { citations } = await loadContent();
  const docs = citations.map(toResearchDoc);
  const index = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], docs);
  return new Response(JSON.stringify({ docs, index: index.toJSON() }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
