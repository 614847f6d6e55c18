/**
 * Reading the model collection: where content names a model (by component or in plain text), which of those
 * names a model that has shut down, which prices have gone stale, and the views /models/ shows. Pure: the
 * build (src/data/content.ts) and the fast content check (scripts/check-content.mjs) pass the entries in.
 */
import type { GpuData, ModelData, PriceBlock } from '../schemas.ts';
import { TUNING_FIELDS, type PriceField } from './price-fields.ts';
import { routeDatedFigures, tuningFigure, type RouteEntry } from './tuning-routes.ts';
import { isShutDown, lifecycleStatus } from './lifecycle.ts';
import { daysBetween, isoDay } from '../content/build-day.ts';
import { fencedSpans } from '../content/fences.ts';

/** A model entry as these functions need it: the file name as id, the file, and its validated data. */
export interface ModelEntry {
  id: string;
  file: string;
  data: ModelData;
  /** The fine-tuning routes (content/routes/), for tuning prices; leave out where none are read. */
  routes?: readonly RouteEntry[] | undefined;
}

export interface GpuEntry {
  id: string;
  file: string;
  data: GpuData;
}

/** Prices older than this many days are listed by the content check. */
export const PRICE_WARN_DAYS = 180;
/** Prices older than this many days fail the build, unless the model is kept only for the record. */
export const PRICE_FAIL_DAYS = 365;

/** One place content names a model. */
export interface ModelMention {
  /** The model's file name. */
  model: string;
  /** Marked as a historical mention (`<ModelName … historical />`, or inside `<Historical>`). */
  historical: boolean;
  /** 1-based line in the text. */
  line: number;
  /** What was written: the component tag or the matched name. */
  as: string;
}

const COMPONENT = /<(ModelName|Price|Calc)\b([^>]*?)\/?>/g;
/** A `<Calc>` binding such as small="anthropic-claude-haiku-5-5.input": the model id before the dot (GPU hourly prices are not models). */
const CALC_BINDING = /\b\w+\s*=\s*"([a-z0-9-]+)\.(?!perHour\b)[A-Za-z]+"/g;
const HISTORICAL_BLOCK = /<Historical\b[^>]*>[\s\S]*?<\/Historical>/g;

function attribute(attrs: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*["'\`]([^"'\`]*)["'\`]\\s*\\})`).exec(attrs);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Blanks a span but keeps its line breaks, so later matches keep their line numbers. */
const blank = (text: string, start: number, end: number) =>
  text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every mention of a known model in a text: `<ModelName id>` and `<Price model>` components first, then the
 * models' names and aliases in plain text, longest first so "GPT-4o mini" is not also read as "GPT-4o".
 * Mentions inside `<Historical>…</Historical>` are historical.
 */
export function findModelMentions(text: string, models: readonly ModelEntry[]): ModelMention[] {
  const mentions: ModelMention[] = [];
  let rest = text;
  for (const match of text.matchAll(COMPONENT)) {
    const [tag, kind, attrs = ''] = match;
    const historical = /\bhistorical\b/.test(attrs);
    const ids = kind === 'Calc' ? [...attrs.matchAll(CALC_BINDING)].map((m) => m[1]!) : [attribute(attrs, kind === 'Price' ? 'model' : 'id')];
    for (const model of ids) if (model) mentions.push({ model, historical, line: lineAt(text, match.index), as: tag });
    rest = blank(rest, match.index, match.index + tag.length);
  }
  const historicalSpans = [...rest.matchAll(HISTORICAL_BLOCK)].map((m) => [m.index, m.index + m[0].length] as const);
  const names = models
    .flatMap((m) => [m.data.name, m.data.modelId, ...m.data.aliases].map((name) => ({ name, model: m.id })))
    .sort((a, b) => b.name.length - a.name.length);
  for (const { name, model } of names) {
    const pattern = new RegExp(`(?<![\\w.-])${escapeRegExp(name)}(?![\\w]|[.-]\\w)`, 'gi');
    for (const match of rest.matchAll(pattern)) {
      const at = match.index;
      mentions.push({
        model,
        historical: historicalSpans.some(([start, end]) => at >= start && at < end),
        line: lineAt(text, at),
        as: match[0],
      });
      rest = blank(rest, at, at + match[0].length);
    }
  }
  return mentions.sort((a, b) => a.line - b.line);
}

/** A document's text to scan, with the file it came from. */
export interface ScannedText {
  file: string;
  text: string;
  /** The file line the text starts on (a page body starts after its frontmatter); 1 when left out. */
  firstLine?: number | undefined;
}

/**
 * The build refuses content that names a model after its shutdown, or a model its maker has superseded (a newer
 * model offered in its place), unless the mention is marked historical; and content whose components name a model
 * that does not exist. A page that means the newer model then names it, so the next supersession fails the build
 * rather than leaving a page recommending last year's model.
 */
export function modelMentionProblems(texts: readonly ScannedText[], models: readonly ModelEntry[], today: Date): string[] {
  const byId = new Map(models.map((m) => [m.id, m]));
  const problems: string[] = [];
  /** One report per file, line and model: a table row with five <Price> of one model is one problem, not five. */
  const reported = new Set<string>();
  const report = (key: string, problem: string) => {
    if (reported.has(key)) return;
    reported.add(key);
    problems.push(problem);
  };
  for (const { file, text, firstLine = 1 } of texts) {
    for (const found of findModelMentions(text, models)) {
      const mention = { ...found, line: found.line + firstLine - 1 };
      const key = `${file}:${mention.line}:${mention.model}`;
      const model = byId.get(mention.model);
      if (!model) {
        report(key, `${file}:${mention.line}: ${mention.as} names no model in content/models/ ("${mention.model}")`);
        continue;
      }
      if (mention.historical) continue;
      const mark = `mark the mention historical (<ModelName id="${model.id}" historical /> or <Historical>…</Historical>)`;
      if (isShutDown(model.data, today)) {
        report(key, `${file}:${mention.line}: names ${model.data.name} (content/models/${model.id}), shut down on ${isoDay(model.data.lifecycle!.shutdown!)}; name a current model, or ${mark}`);
      } else if (lifecycleStatus(model.data, today) === 'superseded') {
        const next = model.data.lifecycle!.supersededBy!;
        const nextName = byId.get(next)?.data.name ?? next;
        report(key, `${file}:${mention.line}: names ${model.data.name} (content/models/${model.id}), superseded by ${nextName} (content/models/${next}); name ${nextName}, or ${mark}`);
      }
    }
  }
  return problems;
}

/** One dated figure in the model or GPU data. */
export interface DatedFigure {
  file: string;
  /** Field path, e.g. `prices[0].asOf`. */
  field: string;
  asOf: Date;
  days: number;
}

/** Every dated price of current offerings older than `minDays` on `today` (models kept for the record and closed tuning routes are exempt). */
export function stalePrices(models: readonly ModelEntry[], gpus: readonly GpuEntry[], today: Date, minDays: number, routes: readonly RouteEntry[] = []): DatedFigure[] {
  const found: DatedFigure[] = [];
  const add = (file: string, field: string, asOf: Date) => {
    const days = daysBetween(asOf, today);
    if (days > minDays) found.push({ file, field, asOf, days });
  };
  for (const { file, data } of models) {
    if (data.historical) continue;
    data.prices.forEach((p, i) => {
      if (!hasEnded(p, today)) add(file, `prices[${i}].asOf`, p.asOf);
    });
  }
  for (const { file, data } of gpus) data.prices.forEach((p, i) => add(file, `prices[${i}].asOf`, p.asOf));
  for (const { file, field, asOf } of routeDatedFigures(routes, today)) add(file, field, asOf);
  return found;
}

/** A price block applies on `today` when `today` is between its `from` and `until` (each inclusive, each open when left out). */
export function isInForce(block: Pick<PriceBlock, 'from' | 'until'>, today: Date): boolean {
  const day = isoDay(today);
  return (!block.from || isoDay(block.from) <= day) && (!block.until || day <= isoDay(block.until));
}

/** The block's last day is behind the build day. */
export function hasEnded(block: Pick<PriceBlock, 'until'>, today: Date): boolean {
  return block.until !== undefined && isoDay(block.until) < isoDay(today);
}

/** The block starts after the build day (an announced change that has not happened yet). */
export function isAhead(block: Pick<PriceBlock, 'from'>, today: Date): boolean {
  return block.from !== undefined && isoDay(block.from) > isoDay(today);
}

const placeKey = (where: string) => where.toLowerCase();

/** The places a model is priced at, in the order the file first names them. */
export function pricePlaces(data: Pick<ModelData, 'prices'>): string[] {
  const seen = new Map<string, string>();
  for (const p of data.prices) if (!seen.has(placeKey(p.where))) seen.set(placeKey(p.where), p.where);
  return [...seen.values()];
}

/**
 * The price lists in force on `today`, one per place, in the order the file names the places: every consumer
 * (<Price>, <Calc>, question figures, presets, /models/) reads prices through this, so a change announced with
 * `from`/`until` takes effect on its day without an edit.
 */
export function pricesInForce(data: Pick<ModelData, 'prices'>, today: Date): PriceBlock[] {
  return pricePlaces(data).flatMap((where) => {
    const block = data.prices.find((p) => placeKey(p.where) === placeKey(where) && isInForce(p, today));
    return block ? [block] : [];
  });
}

/** The next announced price list for a place: the earliest block that starts after `today`. */
export function nextPrice(data: Pick<ModelData, 'prices'>, where: string, today: Date): PriceBlock | undefined {
  return data.prices
    .filter((p) => placeKey(p.where) === placeKey(where) && isAhead(p, today))
    .sort((a, b) => a.from!.getTime() - b.from!.getTime())[0];
}

/**
 * Places of current models with no price in force on `today`: the last announced price has ended (naming its
 * `until`) or the next one has not started (naming its `from`). Either way the page has changed since it was read.
 */
export function endedPrices(models: readonly ModelEntry[], today: Date): { file: string; field: string; until: Date }[] {
  const found: { file: string; field: string; until: Date }[] = [];
  for (const { file, data } of models) {
    if (data.historical) continue;
    for (const where of pricePlaces(data)) {
      const blocks = data.prices.map((p, i) => ({ p, i })).filter(({ p }) => placeKey(p.where) === placeKey(where));
      if (blocks.some(({ p }) => isInForce(p, today))) continue;
      const ended = blocks.filter(({ p }) => hasEnded(p, today)).sort((a, b) => b.p.until!.getTime() - a.p.until!.getTime())[0];
      if (ended) found.push({ file, field: `prices[${ended.i}].until`, until: ended.p.until! });
    }
  }
  return found;
}

/** Every citation id a model file refers to, by field, for the integrity check. */
export function modelCitationFields(data: ModelData): { field: string; ids: string[] }[] {
  const fields: { field: string; ids: string[] }[] = [];
  const one = (field: string, id: string | undefined) => id && fields.push({ field, ids: [id] });
  one('context.source', data.context?.source);
  one('reasoning.source', data.reasoning?.source);
  one('lifecycle.source', data.lifecycle?.source);
  one('architecture.source', data.architecture?.source);
  data.prices.forEach((p, i) => one(`prices[${i}].source`, p.source));
  data.speed.forEach((s, i) => one(`speed[${i}].source`, s.source));
  return fields;
}

export function gpuCitationFields(data: GpuData): { field: string; ids: string[] }[] {
  return [
    { field: 'memorySource', ids: [data.memorySource] },
    ...data.prices.map((p, i) => ({ field: `prices[${i}].source`, ids: [p.source] })),
    ...data.throughput.map((t, i) => ({ field: `throughput[${i}].source`, ids: [t.source] })),
  ];
}

/** Serving measurements that name no file in content/models/: a pair the calculator could never offer. */
export function unknownMeasuredModels(models: readonly ModelEntry[], gpus: readonly GpuEntry[]): string[] {
  const ids = new Set(models.map((m) => m.id));
  return gpus.flatMap(({ file, data }) =>
    data.throughput.flatMap((t, i) => (ids.has(t.model) ? [] : [`${file}: throughput[${i}].model "${t.model}" names no file in content/models/`])),
  );
}


/** The price block a mention means on `today`: the one in force at `where`, or at the first place the file names (the maker's own list). */
export function priceBlock(model: ModelEntry, where: string | undefined, today: Date): PriceBlock | undefined {
  const current = pricesInForce(model.data, today);
  if (where === undefined) return current[0];
  return current.find((p) => placeKey(p.where) === placeKey(where));
}

export type FigureField = PriceField | 'batchDiscount' | (typeof TUNING_FIELDS)[number];

/** The figure a `<Price>` mention prints: the value, how it reads, and the day it was read on its source. */
export interface ModelFigure {
  value: number;
  text: string;
  asOf: Date;
  source: string;
}

export interface FigureFormat {
  price: (n: number) => string;
  percent: (n: number) => string;
  money: (n: number) => string;
}

/**
 * One price from a model's data: a price-list field at `where` (a host; default the first list), or a tuning
 * field read from the model's routes at `where` (a platform; default its first route, src/lib/models/tuning-routes.ts).
 * Throws, naming the model and field, when the data publishes no such figure, so a page cannot print an empty price.
 * `today` picks the price list in force (see `pricesInForce`). `times` multiplies the price, for worked examples
 * ("1,200,000 MTok × price"), so a total follows the data too; it prints as money rather than as a price per MTok.
 */
export function modelFigure(model: ModelEntry, field: FigureField, where: string | undefined, format: FigureFormat, today: Date, times?: number): ModelFigure {
  let found: { value: number; asOf: Date; source: string };
  if ((TUNING_FIELDS as readonly string[]).includes(field)) {
    found = tuningFigure(model.routes ?? [], model.id, field as (typeof TUNING_FIELDS)[number], where);
  } else {
    const block = priceBlock(model, where, today);
    const value = block ? (block as unknown as Record<string, unknown>)[field] : undefined;
    if (typeof value !== 'number') {
      const at = where ? ` at "${where}"` : '';
      if ((block?.unconfirmed as readonly string[] | undefined)?.includes(field)) {
        throw new Error(`content/models/${model.id} lists ${field}${at} as unconfirmed: no page we read confirms it, so a page cannot print it`);
      }
      const when = !block && model.data.prices.length > 0 ? ` in force on ${isoDay(today)}` : '';
      throw new Error(`content/models/${model.id} publishes no ${field}${at}${when}`);
    }
    found = { value, asOf: block!.asOf, source: block!.source };
  }
  const { value, asOf, source } = found;
  if (times !== undefined) {
    if (!Number.isFinite(times) || field === 'batchDiscount') throw new Error(`times="${times}" cannot multiply ${field}`);
    return { value: value * times, text: format.money(value * times), asOf, source };
  }
  return { value, text: field === 'batchDiscount' ? format.percent(value) : format.price(value), asOf, source };
}

const INLINE_CODE = /`[^`\n]*`/g;
/** A dollar figure followed, in the same clause, by "per million (tokens)", "/MTok", "per 1M" and the like. */
const PER_MILLION_PRICE = /\$\s?\d[\d,]*(?:\.\d+)?(?=[^.;\n|]{0,48}?(?:per\s+(?:one\s+)?(?:1\s?M\b|million)|\/\s?M(?:Tok|TOK|tok)\b|per\s+MTok\b|\/\s?1M\b))/g;

/**
 * Per-million-token prices written into content by hand, outside `<Historical>` passages and code: each should
 * come from the model data through `<Price>`, so a price changes in one file.
 */
export function hardCodedPrices(text: string): { line: number; figure: string }[] {
  let rest = text;
  for (const [start, end] of fencedSpans(text)) rest = blank(rest, start, end);
  for (const pattern of [HISTORICAL_BLOCK, INLINE_CODE]) {
    for (const match of text.matchAll(pattern)) rest = blank(rest, match.index, match.index + match[0].length);
  }
  return [...rest.matchAll(PER_MILLION_PRICE)].map((m) => ({ line: lineAt(text, m.index), figure: m[0] }));
}
