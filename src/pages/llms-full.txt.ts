/** /llms-full.txt: every guide, scenario and FAQ answer as Markdown, in one file. */
import type { APIRoute } from 'astro';
import { llmsFullText } from '../data/markdown-export.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('llms-full.txt needs `site` in astro.config.mjs for absolute URLs');
  return new Response(await llmsFullText(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
