/** Each FAQ answer as Markdown on its own: /faq/<id>.md (the answer is at /faq/#<id>). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, type Faq } from '../../data/content.ts';
import { faqEntryMarkdown } from '../../data/markdown-export.ts';

export const getStaticPaths = (async () => {
  const { faq } = await loadContent();
  return faq.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Faq }> = async ({ props, site }) => {
  if (!site) throw new Error('Markdown pages need `site` in astro.config.mjs for absolute URLs');
  return new Response(await faqEntryMarkdown(props.entry, site), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
