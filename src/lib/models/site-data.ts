/**
 * The site's dated facts as one JSON document for tools outside the browser (/data/models.json, read by the MCP
 * server in src/mcp/ and rendered as /models.md): every model with the prices in force on the build day, its
 * lifecycle, the fine-tuning routes and who may start a job on them, the GPUs, the calculator's presets, and the
 * title and address of every page a figure was read on. Built from the same entries the pages use; pure.
 */
import type { GpuData, ModelData, PriceBlock, RouteData } from '../schemas.ts';
import { isoDay } from '../content/build-day.ts';
import { nextPrice, pricesInForce, type ModelEntry } from './model-data.ts';
import { lifecycleStatus, type LifecycleStatus } from './lifecycle.ts';
import type { Preset } from '../cost/presets.ts';
import type { UnconfirmableField } from './price-fields.ts';

export const SITE_DATA_PATH = '/data/models.json';
/** Bumped when a field changes meaning or goes away (new fields do not bump it). */
export const SITE_DATA_VERSION = 1;

export interface PriceRecord {
  where: string;
  input: number;
  cachedInput?: number;
  cacheWrite?: number;
  output: number;
  batchDiscount?: number;
  /** Figures the provider may publish that no copy of its own page we read shows (left out above, not "none"). */
  unconfirmed?: UnconfirmableField[];
  /** First and last day of a scheduled price, YYYY-MM-DD. */
  from?: string;
  until?: string;
  note?: string;
  asOf: string;
  /** Citation id; `sources[id]` gives its title and address. */
  source: string;
}

export interface ModelRecord {
  id: string;
  name: string;
  provider: string;
  family: string;
  modelId: string;
  kind: ModelData['kind'];
  status: LifecycleStatus;
  /** Kept for the record only: not a current choice. */
  historical: boolean;
  shutdown?: string;
  replacement?: string;
  supersededBy?: string;
  lifecycleSource?: string;
  contextTokens?: number;
  parametersB?: number;
  /** Prices in force on the build day, one list per place the model is served. */
  prices: PriceRecord[];
  /** Announced changes that start after the build day. */
  upcoming: PriceRecord[];
}

/**
 * A place a team can fine-tune, as the data states it. The fields every route has are typed; whatever else the
 * route's data holds (training and serving prices, fees, notes) is passed through as it is.
 */
export interface TuningRouteRecord {
  platform: string;
  place: RouteData['place'];
  /** Model ids (files in content/models/) the route tunes. */
  models: string[];
  /** Every base the route tunes: a model id where the registry has the model, else the page's name for it. */
  bases: string[];
  training?: { perMTok?: number; perHour?: number; terms?: string; asOf: string; source: string };
  serving?: { kind: NonNullable<RouteData['serving']>['kind']; input?: number; cachedInput?: number; output?: number; perHour?: number; terms?: string; asOf: string; source: string };
  /** Whether a new job can be started on the build day. */
  open: boolean;
  /** Who may start a job, in the data's words, when it says. */
  access?: string;
  asOf: string;
  source: string;
  [field: string]: unknown;
}

export interface GpuRecord {
  id: string;
  name: string;
  memoryGB: number;
  prices: { where: string; perHour: number; asOf: string; source: string; note?: string }[];
}

export interface SourceRecord {
  title: string;
  url: string;
  /** The research-index page on this site. */
  page: string;
}

export interface SiteData {
  version: number;
  /** The site's origin, for absolute links. */
  site: string;
  /** The day the prices in force were chosen for, YYYY-MM-DD. */
  buildDate: string;
  models: ModelRecord[];
  tuningRoutes: TuningRouteRecord[];
  gpus: GpuRecord[];
  /** The cost calculator's presets (src/lib/cost/presets.ts), which `estimate_cost` applies as the page does. */
  presets: Preset[];
  sources: Record<string, SourceRecord>;
}

function day(date: Date | undefined): string | undefined {
  return date ? isoDay(date) : undefined;
}

/** Drops undefined fields, so the JSON carries only what the data says. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

export function priceRecord(p: PriceBlock): PriceRecord {
  return defined({
    where: p.where,
    input: p.input,
    cachedInput: p.cachedInput,
    cacheWrite: p.cacheWrite,
    output: p.output,
    batchDiscount: p.batchDiscount,
    unconfirmed: p.unconfirmed && [...p.unconfirmed],
    from: day(p.from),
    until: day(p.until),
    note: p.note,
    asOf: isoDay(p.asOf),
    source: p.source,
  });
}

export function modelRecord({ id, data }: Pick<ModelEntry, 'id' | 'data'>, today: Date): ModelRecord {
  const prices = pricesInForce(data, today);
  const upcoming = [...new Set(data.prices.map((p) => p.where))].flatMap((where) => {
    const next = nextPrice(data, where, today);
    return next ? [priceRecord(next)] : [];
  });
  const life = data.lifecycle;
  return defined({
    id,
    name: data.name,
    provider: data.provider,
    family: data.family,
    modelId: data.modelId,
    kind: data.kind,
    status: lifecycleStatus(data, today),
    historical: data.historical,
    shutdown: day(life?.shutdown),
    replacement: life?.replacement,
    supersededBy: life?.supersededBy,
    lifecycleSource: life?.source,
    contextTokens: data.context?.tokens,
    parametersB: data.parametersB,
    prices: prices.map(priceRecord),
    upcoming,
  });
}

export function gpuRecord({ id, data }: { id: string; data: GpuData }): GpuRecord {
  return {
    id,
    name: data.name,
    memoryGB: data.memoryGB,
    prices: data.prices.map((p) => defined({ where: p.where, perHour: p.perHour, asOf: isoDay(p.asOf), source: p.source, note: p.note })),
  };
}

export interface SiteDataInput {
  site: string | URL;
  today: Date;
  models: readonly Pick<ModelEntry, 'id' | 'data'>[];
  gpus: readonly { id: string; data: GpuData }[];
  tuningRoutes: readonly TuningRouteRecord[];
  presets: readonly Preset[];
  /** Looks up a citation's title and address. */
  source: (id: string) => { title: string; url: string } | undefined;
}

/** Every citation id a record names (prices, lifecycles, routes, GPUs, presets). */
function citedIds(data: Omit<SiteData, 'sources'>): string[] {
  const ids = new Set<string>();
  for (const m of data.models) {
    for (const p of [...m.prices, ...m.upcoming]) ids.add(p.source);
    if (m.lifecycleSource) ids.add(m.lifecycleSource);
  }
  for (const r of data.tuningRoutes) for (const id of [r.source, r.training?.source, r.serving?.source]) if (id) ids.add(id);
  for (const g of data.gpus) for (const p of g.prices) ids.add(p.source);
  for (const p of data.presets) for (const s of p.sources) ids.add(s.source);
  return [...ids].filter(Boolean).sort();
}

export function siteData(input: SiteDataInput): SiteData {
  const origin = new URL('/', input.site).href;
  const body = {
    version: SITE_DATA_VERSION,
    site: origin,
    buildDate: isoDay(input.today),
    models: input.models.map((m) => modelRecord(m, input.today)),
    tuningRoutes: [...input.tuningRoutes],
    gpus: input.gpus.map(gpuRecord),
    presets: [...input.presets],
  };
  const sources: Record<string, SourceRecord> = {};
  for (const id of citedIds(body)) {
    const found = input.source(id);
    if (!found) throw new Error(`${SITE_DATA_PATH}: citation "${id}" has no file in content/citations/`);
    sources[id] = { title: found.title, url: found.url, page: new URL(`/research/${id}/`, origin).href };
  }
  return { ...body, sources };
}
