/**
 * The site search's index: every document's title and address, and the terms of their full text with
 * their weights (src/lib/search/site-search.ts). The search dialog fetches it on first open, so pages that never
 * open the dialog never pay for it.
 */
import type { APIRoute } from 'astro';
import { searchFiles } from '../data/search.ts';

export const GET: APIRoute = async () => {
  const { file } = await searchFiles();
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
