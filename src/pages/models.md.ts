/** The models page as Markdown at /models.md, from the same data as /data/models.json. */
import type { APIRoute } from 'astro';
import { modelsMarkdown } from '../data/markdown-export.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Markdown pages need `site` in astro.config.mjs for absolute URLs');
  return new Response(await modelsMarkdown(site), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
