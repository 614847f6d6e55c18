/**
 * /data/models.json: the dated facts (models, prices, tuning routes, GPUs, the calculator's presets) from the
 * same collections the pages read, for the MCP server and the /models.md twin. The shape is src/lib/site-data.ts.
 */
import { loadContent, type SiteContent } from './content.ts';
import { buildPresets } from '../lib/cost-presets.ts';
import { isoDay, takesNewJobs } from '../lib/model-data.ts';
import { siteData, type SiteData, type TuningRouteRecord } from '../lib/site-data.ts';

/**
 * Where each model can be fine-tuned, one record per offer. Adapter point: when the tuning routes become their
 * own collection (content/routes/), map those entries here instead; the MCP server passes the records through.
 */
export function tuningRoutes(content: Pick<SiteContent, 'models' | 'today'>): TuningRouteRecord[] {
  return content.models.flatMap((model) =>
    model.data.fineTuning.map((offer): TuningRouteRecord => {
      const { asOf, source, newJobsUntil, platform, place, ...terms } = offer;
      return {
        platform,
        place,
        models: [model.id],
        open: takesNewJobs(offer, content.today) && !model.data.historical,
        ...(newJobsUntil ? { newJobsUntil: isoDay(newJobsUntil) } : {}),
        ...terms,
        asOf: isoDay(asOf),
        source,
      };
    }),
  );
}

let built: Promise<SiteData> | undefined;

export function loadSiteData(site: URL): Promise<SiteData> {
  built ??= (async () => {
    const content = await loadContent();
    return siteData({
      site,
      today: content.today,
      models: content.models,
      gpus: content.gpus,
      tuningRoutes: tuningRoutes(content),
      presets: buildPresets(content.models, content.gpus, content.today),
      source: (id) => {
        const c = content.citationsById.get(id);
        return c ? { title: c.data.title, url: c.data.url } : undefined;
      },
    });
  })();
  return built;
}
