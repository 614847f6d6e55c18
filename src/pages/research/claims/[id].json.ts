/** One source's claims, fetched by citation preview cards when they open. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../../data/content.ts';

export const getStaticPaths = (async () => {
  const { citations } = await loadContent();
  return citations.map((c) => ({ params: { id: c.id }, props: { claims: c.data.claims } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify({ claims: props.claims }), { headers: { 'Content-Type': 'application/json' } });
