/** /data/models.json: models, prices, tuning routes, GPUs and calculator presets with their dates and sources (src/data/site-data.ts). */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('/data/models.json needs `site` in astro.config.mjs for absolute URLs');
  return new Response(`${JSON.stringify(await loadSiteData(site), null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
