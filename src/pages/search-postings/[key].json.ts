/**
 * The site search's posting lists, one file per two-letter opening of a term (see shardOf in
 * src/lib/search/engine.ts), and all of them in all.json for the dialog to load once the reader pauses.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchFiles } from '../../data/search.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { shards, postings: all } = await searchFiles();
  return [...shards, ['all', all] as const].map(([key, postings]) => ({ params: { key }, props: { postings } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { postings: string }).postings), { headers: { 'Content-Type': 'application/json' } });
