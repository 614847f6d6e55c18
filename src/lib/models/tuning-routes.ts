/**
 * Reading the fine-tuning routes (content/routes/): who may start a job on a route on a given day, its last day
 * for new jobs, the routes that tune a model, the routes a new customer can use today, and the tuning prices
 * `<Price field="trainingPerMTok|trainingPerHour|tunedInput|tunedOutput">` prints. Pure: callers pass the
 * entries and the day in. No runtime import from models/model-data.ts, which reads tuning prices through this module.
 */
import { DAY_MS, isoDay } from '../content/build-day.ts';
import { formatPrice } from '../site/format.ts';
import type { RouteData } from '../schemas.ts';
import type { TuningField } from './price-fields.ts';
import { PRICE_UNCONFIRMED, TERMS_UNCONFIRMED } from './missing-figures.ts';

/** A route entry as these functions need it: the file name as id, the file, and its validated data. */
export interface RouteEntry {
  id: string;
  file: string;
  data: RouteData;
}

/** Who may start a job on a route on a given day, as a reader reads it. */
export type RouteStatus = 'open' | 'existing-customers' | 'preview' | 'closed';

export const STATUS_LABELS: Record<RouteStatus, string> = {
  open: 'open to new customers',
  'existing-customers': 'existing customers only',
  preview: 'preview (terms may change)',
  closed: 'closed to new jobs',
};

export const METHOD_LABELS: Record<RouteData['methods'][number], string> = {
  supervised: 'supervised',
  preference: 'preference (DPO)',
  reinforcement: 'reinforcement (graders)',
};

export const WEIGHT_LABELS: Record<RouteData['weights'][number], string> = { lora: 'LoRA', full: 'full weights' };

export const PLACE_LABELS: Record<RouteData['place'], string> = {
  'provider-api': "Maker's own API",
  'enterprise-platform': 'Enterprise cloud platform',
  'third-party-host': 'Third-party host',
  'self-hosted': 'Your own GPUs',
};

export const SERVING_LABELS: Record<NonNullable<RouteData['serving']>['kind'], string> = {
  'base-price': "per token at the base model's price",
  'per-token': "per token, at the tuned model's own price",
  dedicated: 'dedicated capacity by the hour',
  'self-hosted': 'on your own hardware',
};

/** What the summaries read of a route: its content data, or its record in /data/models.json (dates as text). */
type PricedRoute = Pick<RouteData, 'place'> & {
  training?: Pick<NonNullable<RouteData['training']>, 'perMTok' | 'perHour'>;
  serving?: Pick<NonNullable<RouteData['serving']>, 'kind' | 'input' | 'output'>;
};

/** A route's training price in a few words, for lists and tables ("$0.50 per MTok", "your GPU-hours"). */
export function trainingSummary(route: PricedRoute): string {
  const t = route.training;
  if (t?.perMTok !== undefined) return `${formatPrice(t.perMTok)} per MTok`;
  if (t?.perHour !== undefined) return `${formatPrice(t.perHour)} per hour`;
  return route.place === 'self-hosted' ? 'your GPU-hours' : PRICE_UNCONFIRMED;
}

/** How a route serves the tuned model in a few words: its per-token prices when the data has them, else the kind. */
export function servingSummary(route: Pick<PricedRoute, 'serving'>): string {
  const s = route.serving;
  if (!s) return TERMS_UNCONFIRMED;
  if (s.input !== undefined && s.output !== undefined) return `${formatPrice(s.input)} in, ${formatPrice(s.output)} out per MTok`;
  return SERVING_LABELS[s.kind];
}


/** The access entry in force on `today`: the last one whose `from` has come (an entry without `from` always has). */
export function accessOn(route: RouteData, today: Date): RouteData['access'][number] | undefined {
  const day = isoDay(today);
  return route.access.filter((entry) => entry.from === undefined || isoDay(entry.from) <= day).at(-1);
}

/**
 * Who may start a job on `today`. Before its first dated entry a route is closed (it has not opened yet), and
 * once its tuned models have shut down nobody can start one either.
 */
export function routeStatus(route: RouteData, today: Date): RouteStatus {
  if (route.tunedShutdown && isoDay(route.tunedShutdown.date) < isoDay(today)) return 'closed';
  const who = accessOn(route, today)?.who ?? 'closed';
  return who === 'anyone' ? 'open' : who;
}

/** A route takes new jobs from someone (anyone, existing customers, or an allow-list). */
export function takesNewJobs(route: RouteData, today: Date): boolean {
  return routeStatus(route, today) !== 'closed';
}

/** The last day jobs can be started, when the route's final entry closes it: the day before that entry. */
export function lastNewJobDay(route: RouteData): Date | undefined {
  const last = route.access.at(-1);
  if (!last || last.who !== 'closed' || !last.from) return undefined;
  return new Date(last.from.getTime() - DAY_MS);
}

/** The next announced change of access after `today`, if any. */
export function nextAccessChange(route: RouteData, today: Date): RouteData['access'][number] | undefined {
  const day = isoDay(today);
  return route.access.find((entry) => entry.from !== undefined && isoDay(entry.from) > day);
}

const PLACE_ORDER: RouteData['place'][] = ['provider-api', 'enterprise-platform', 'third-party-host', 'self-hosted'];

const byPlaceThenPlatform = (a: RouteEntry, b: RouteEntry) =>
  PLACE_ORDER.indexOf(a.data.place) - PLACE_ORDER.indexOf(b.data.place) ||
  a.data.platform.localeCompare(b.data.platform, 'en') ||
  a.id.localeCompare(b.id, 'en');

/** The routes that tune a model (by its file name), the maker's own API first, then by place and platform. */
export function routesForModel(routes: readonly RouteEntry[], model: string): RouteEntry[] {
  return routes.filter((route) => route.data.bases.some((base) => base.model === model)).sort(byPlaceThenPlatform);
}

/** Routes a team that has never used the platform can start a job on, on `today`. */
export function openToNewCustomers(routes: readonly RouteEntry[], today: Date): RouteEntry[] {
  return routes.filter((route) => routeStatus(route.data, today) === 'open').sort(byPlaceThenPlatform);
}

/** Routes in use on `today` (not closed) and closed ones, each sorted by place and platform. */
export function splitByStatus(routes: readonly RouteEntry[], today: Date): { current: RouteEntry[]; closed: RouteEntry[] } {
  const sorted = [...routes].sort(byPlaceThenPlatform);
  return {
    current: sorted.filter((route) => takesNewJobs(route.data, today)),
    closed: sorted.filter((route) => !takesNewJobs(route.data, today)),
  };
}

/** Routes grouped by a key (operator or family), groups in alphabetical order. */
export function groupRoutes(routes: readonly RouteEntry[], key: (route: RouteData) => string): { name: string; routes: RouteEntry[] }[] {
  const groups = new Map<string, RouteEntry[]>();
  for (const route of routes) groups.set(key(route.data), [...(groups.get(key(route.data)) ?? []), route]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'en')).map(([name, list]) => ({ name, routes: list }));
}

/** A base model's name: its registry name when the route links a model file, else the name the route gives. */
export function baseNames(route: RouteData, modelName: (id: string) => string | undefined): string[] {
  return route.bases.map((base) => (base.model ? (modelName(base.model) ?? base.name ?? base.model) : base.name!));
}


/** A tuning price as `<Price>` prints it: the value and the day and page it was read on. */
export interface TuningFigure {
  value: number;
  asOf: Date;
  source: string;
}

/** One tuning price of a route, or undefined when the route publishes none. */
export function routeFigure(route: RouteData, field: TuningField): TuningFigure | undefined {
  const block = field === 'trainingPerMTok' || field === 'trainingPerHour' ? route.training : route.serving;
  if (!block) return undefined;
  const value = {
    trainingPerMTok: route.training?.perMTok,
    trainingPerHour: route.training?.perHour,
    tunedInput: route.serving?.input,
    tunedOutput: route.serving?.output,
  }[field];
  return value === undefined ? undefined : { value, asOf: block.asOf, source: block.source };
}

/**
 * The tuning price a `<Price model field where>` mention means: on the route whose platform is `where`, or on
 * the model's first route (the maker's own API first). Throws, naming the model, field and platform, when the
 * data publishes no such price, so a page cannot print an empty one.
 */
export function tuningFigure(routes: readonly RouteEntry[], model: string, field: TuningField, where?: string): TuningFigure {
  const candidates = routesForModel(routes, model);
  const route =
    where === undefined ? candidates[0] : candidates.find((r) => r.data.platform.toLowerCase() === where.toLowerCase());
  const figure = route ? routeFigure(route.data, field) : undefined;
  if (!figure) {
    const on = where ? ` on "${where}"` : '';
    const known = candidates.map((r) => r.data.platform).join(', ') || 'none';
    throw new Error(`no route in content/routes/ publishes ${field} for ${model}${on} (its routes: ${known})`);
  }
  return figure;
}

/** Every citation id a route file refers to, by field, for the integrity check. */
export function routeCitationFields(route: RouteData): { field: string; ids: string[] }[] {
  const fields = [{ field: 'source', ids: [route.source] }];
  route.access.forEach((entry, i) => fields.push({ field: `access[${i}].source`, ids: [entry.source] }));
  if (route.training) fields.push({ field: 'training.source', ids: [route.training.source] });
  if (route.serving) fields.push({ field: 'serving.source', ids: [route.serving.source] });
  if (route.tunedShutdown) fields.push({ field: 'tunedShutdown.source', ids: [route.tunedShutdown.source] });
  if (route.see.length > 0) fields.push({ field: 'see', ids: route.see });
  return fields;
}

/** Base models a route names that have no file in content/models/, as "file: field names …" problems. */
export function routeModelProblems(routes: readonly RouteEntry[], modelIds: ReadonlySet<string>): string[] {
  return routes.flatMap(({ file, data }) =>
    data.bases.flatMap((base, i) =>
      base.model && !modelIds.has(base.model)
        ? [`${file}: bases[${i}].model names no model in content/models/ ("${base.model}"); link an existing file or give only \`name\``]
        : [],
    ),
  );
}

/** Dated figures of routes still in use (training, serving), for the staleness gate: closed routes are history. */
export function routeDatedFigures(routes: readonly RouteEntry[], today: Date): { file: string; field: string; asOf: Date }[] {
  return routes
    .filter((route) => takesNewJobs(route.data, today))
    .flatMap(({ file, data }) => [
      { file, field: 'asOf', asOf: data.asOf },
      ...(data.training ? [{ file, field: 'training.asOf', asOf: data.training.asOf }] : []),
      ...(data.serving ? [{ file, field: 'serving.asOf', asOf: data.serving.asOf }] : []),
    ]);
}
