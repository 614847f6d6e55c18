/** The site search's posting lists, one file per first letter of a term (see shardOf in src/lib/search-engine.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchFiles } from '../../data/search.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { shards } = await searchFiles();
  return [...shards].map(([key, postings]) => ({ params: { key }, props: { postings } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { postings: string }).postings), { headers: { 'Content-Type': 'application/json' } });
