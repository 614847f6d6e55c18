/** /llms.txt: the site's sections and pages for AI tools (llmstxt.org format). */
import type { APIRoute } from 'astro';
import { llmsIndexText } from '../data/markdown-export.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('llms.txt needs `site` in astro.config.mjs for absolute URLs');
  return new Response(await llmsIndexText(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
