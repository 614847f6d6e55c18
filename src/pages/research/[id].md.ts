/** Each source page as Markdown at its address with .md appended: /research/hu-2021-lora.md. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, type Citation } from '../../data/content.ts';
import { sourceMarkdown } from '../../data/markdown-export.ts';

export const getStaticPaths = (async () => {
  const { citations } = await loadContent();
  return citations.map((citation) => ({ params: { id: citation.id }, props: { citation } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ citation: Citation }> = async ({ props, site }) => {
  if (!site) throw new Error('Markdown pages need `site` in astro.config.mjs for absolute URLs');
  return new Response(await sourceMarkdown(props.citation, site), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
