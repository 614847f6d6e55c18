/** The FAQ as Markdown at /faq.md. */
import type { APIRoute } from 'astro';
import { faqMarkdown } from '../data/markdown-export.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Markdown pages need `site` in astro.config.mjs for absolute URLs');
  return new Response(await faqMarkdown(site), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
