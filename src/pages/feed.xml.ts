/** /feed.xml: the Atom feed of new and updated guides, scenarios, sources and prices. */
import type { APIRoute } from 'astro';
import { feedXml } from '../data/feed.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('feed.xml needs `site` in astro.config.mjs for absolute URLs');
  return new Response(await feedXml(site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
