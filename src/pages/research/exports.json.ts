/** Every source in every export format, keyed by id: the research browser joins the current results from it. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../data/content.ts';
import { exportRecord } from '../../data/exports.ts';

export const GET: APIRoute = async () => {
  const { citations } = await loadContent();
  const records = Object.fromEntries(citations.map((c) => [c.id, exportRecord(c)]));
  return new Response(JSON.stringify({ records }), { headers: { 'Content-Type': 'application/json' } });
};
