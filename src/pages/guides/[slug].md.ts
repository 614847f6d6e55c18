/** Each guide as Markdown at its address with .md appended: /guides/overview.md. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, type Guide } from '../../data/content.ts';
import { guideMarkdown } from '../../data/markdown-export.ts';

export const getStaticPaths = (async () => {
  const { guides } = await loadContent();
  return guides.map((guide) => ({ params: { slug: guide.id }, props: { guide } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ guide: Guide }> = async ({ props, site }) => {
  if (!site) throw new Error('Markdown pages need `site` in astro.config.mjs for absolute URLs');
  return new Response(await guideMarkdown(props.guide, site), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
