/** The documents' text for search snippets, one small file per run of documents (see src/lib/search/site-search.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchFiles } from '../../data/search.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { texts } = await searchFiles();
  return texts.map((text, n) => ({ params: { n: String(n) }, props: { text } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { text: string[] }).text), { headers: { 'Content-Type': 'application/json' } });
