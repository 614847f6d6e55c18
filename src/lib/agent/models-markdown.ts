/**
 * The body of /models.md: the models page as Markdown tables, rendered from the same /data/models.json document
 * the MCP server reads (src/lib/models/site-data.ts), so the twin and the tools never disagree. Pure.
 */
import { formatPercent, formatPrice } from '../site/format.ts';
import { blockFigure, orNotPublished } from '../models/missing-figures.ts';
import { servingSummary, trainingSummary } from '../models/tuning-routes.ts';
import type { ModelRecord, SiteData, TuningRouteRecord } from '../models/site-data.ts';

const STATUS_WORDS: Record<ModelRecord['status'], string> = {
  current: 'current',
  superseded: 'superseded',
  deprecated: 'deprecated',
  'shut down': 'shut down',
};

/** A table cell: pipes escaped and line breaks flattened. */
function cell(text: string | number | undefined): string {
  if (text === undefined || text === '') return '—';
  return String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function table(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

function sourceLink(data: SiteData, id: string): string {
  const source = data.sources[id];
  return source ? `[${source.title.replace(/[[\]]/g, '')}](${source.page})` : id;
}

function status(model: ModelRecord): string {
  const words = STATUS_WORDS[model.status];
  if (model.status === 'deprecated' && model.shutdown) return `deprecated: shuts down ${model.shutdown}`;
  if (model.status === 'shut down' && model.shutdown) return `shut down ${model.shutdown}`;
  return words;
}

function priceRows(data: SiteData, models: readonly ModelRecord[]): string[][] {
  return models.flatMap((m) =>
    m.prices.map((p) => [
      m.name,
      m.provider,
      p.where,
      orNotPublished(p.input),
      blockFigure(p, 'cachedInput'),
      orNotPublished(p.output),
      blockFigure(p, 'batchDiscount', formatPercent),
      status(m),
      p.until ? `${p.asOf} (until ${p.until})` : p.asOf,
      sourceLink(data, p.source),
    ]),
  );
}

function routeRow(data: SiteData, route: TuningRouteRecord, names: ReadonlyMap<string, string>): string[] {
  // Worded as the routes page words them (models/tuning-routes.ts), so the twin and the page say the same.
  const terms = `training ${trainingSummary(route)}; serving ${servingSummary(route)}`;
  const newJobs = route.open ? (typeof route.newJobsUntil === 'string' ? `open until ${route.newJobsUntil}` : 'open') : 'closed to new jobs';
  return [
    route.platform,
    route.bases.map((base) => names.get(base) ?? base).join(', '),
    route.access ?? newJobs,
    terms,
    ...routeSources(data, route),
  ];
}

/**
 * The day and page of each figure of a route's row, as the routes page cites them: who may start a job from the
 * route's page, training and serving prices from theirs when read elsewhere or on another day.
 */
function routeSources(data: SiteData, route: TuningRouteRecord): [string, string] {
  const parts = [
    { what: 'route', asOf: route.asOf, source: route.source },
    ...(route.training ? [{ what: 'training', asOf: route.training.asOf, source: route.training.source }] : []),
    ...(route.serving ? [{ what: 'serving', asOf: route.serving.asOf, source: route.serving.source }] : []),
  ];
  const own = parts.filter((p, i) => i === 0 || p.source !== route.source || p.asOf !== route.asOf);
  if (own.length === 1) return [route.asOf, sourceLink(data, route.source)];
  return [own.map((p) => `${p.what} ${p.asOf}`).join('; '), own.map((p) => `${p.what}: ${sourceLink(data, p.source)}`).join('; ')];
}

/** The Markdown body (without the page's title block, which markdownDocument adds). */
export function modelsMarkdownBody(data: SiteData): string {
  const current = data.models.filter((m) => !m.historical && m.status !== 'shut down');
  const names = new Map(data.models.map((m) => [m.id, m.name]));
  const routes = data.tuningRoutes;
  const upcoming = current.flatMap((m) => m.upcoming.map((p) => [m.name, p.where, p.from ?? '—', orNotPublished(p.input), orNotPublished(p.output), p.asOf, sourceLink(data, p.source)]));
  const parts = [
    `Prices are US dollars per million tokens, as in force on ${data.buildDate}. Each row gives the day the price was read and the page it was read on. The same data as JSON: <${new URL('/data/models.json', data.site).href}>.`,
    '## Current models and prices',
    table(['Model', 'Provider', 'Where', 'Input', 'Cached input', 'Output', 'Batch discount', 'Status', 'Read on', 'Source'], priceRows(data, current)),
  ];
  if (upcoming.length) parts.push('## Announced price changes', table(['Model', 'Where', 'From', 'Input', 'Output', 'Read on', 'Source'], upcoming));
  if (routes.length) {
    parts.push(
      '## Where you can fine-tune',
      table(['Platform', 'Models', 'New jobs', 'Prices', 'Read on', 'Source'], routes.map((r) => routeRow(data, r, names))),
    );
  }
  if (data.gpus.length) {
    parts.push(
      '## GPUs for self-hosting',
      table(
        ['GPU', 'Memory', 'Where', 'Per hour', 'Read on', 'Source'],
        data.gpus.flatMap((g) => g.prices.map((p) => [g.name, `${g.memoryGB} GB`, p.where, formatPrice(p.perHour), p.asOf, sourceLink(data, p.source)])),
      ),
    );
  }
  return parts.join('\n\n');
}
