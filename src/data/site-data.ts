/**
 * /data/models.json: the dated facts (models, prices, tuning routes, GPUs, the calculator's presets) from the
 * same collections the pages read, for the MCP server and the /models.md twin. The shape is src/lib/models/site-data.ts.
 */
import { loadContent, type SiteContent } from './content.ts';
import { buildPresets } from '../lib/cost/presets.ts';
import { isoDay, withIsoDays } from '../lib/content/build-day.ts';
import { lastNewJobDay, routeStatus, STATUS_LABELS, takesNewJobs } from '../lib/models/tuning-routes.ts';
import { siteData, type SiteData, type TuningRouteRecord } from '../lib/models/site-data.ts';

/** Each fine-tuning route (content/routes/) as a record: its status on the build day, who may start a job, terms and source. */
export function tuningRoutes(content: Pick<SiteContent, 'routes' | 'today'>): TuningRouteRecord[] {
  return content.routes.map(({ id, data }): TuningRouteRecord => {
    const lastDay = lastNewJobDay(data);
    const { asOf, source, platform, place, bases, access, ...terms } = data;
    return {
      id,
      platform,
      place,
      models: bases.flatMap((base) => (base.model ? [base.model] : [])),
      bases: bases.map((base) => base.name ?? base.model!),
      open: takesNewJobs(data, content.today),
      status: routeStatus(data, content.today),
      access: STATUS_LABELS[routeStatus(data, content.today)],
      ...(lastDay ? { newJobsUntil: isoDay(lastDay) } : {}),
      ...(withIsoDays(terms) as Partial<TuningRouteRecord>),
      asOf: isoDay(asOf),
      source,
    };
  });
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
      presets: buildPresets(content.models, content.gpus, content.today, content.routes),
      source: (id) => {
        const c = content.citationsById.get(id);
        return c ? { title: c.data.title, url: c.data.url } : undefined;
      },
    });
  })();
  return built;
}
