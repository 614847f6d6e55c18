/** Each scenario as Markdown at its address with .md appended: /scenarios/hr-policies.md. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, type Scenario } from '../../data/content.ts';
import { scenarioMarkdown } from '../../data/markdown-export.ts';

export const getStaticPaths = (async () => {
  const { scenarios } = await loadContent();
  return scenarios.map((scenario) => ({ params: { slug: scenario.id }, props: { scenario } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ scenario: Scenario }> = async ({ props, site }) => {
  if (!site) throw new Error('Markdown pages need `site` in astro.config.mjs for absolute URLs');
  return new Response(await scenarioMarkdown(props.scenario, site), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
