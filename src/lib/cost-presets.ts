/**
 * Calculator presets from the model and GPU data: each preset fills some fields with figures read on one
 * cited page on one day, and says so. Whatever the data holds (or nothing) gives a usable list.
 *   slot a: a hosted price list (input, cached, cache write, output, batch discount, a measured speed);
 *   slot b: a fine-tuning route (content/routes/) a team could use, by name, with who may use it and its last day;
 *           it fills the training and tuned-serving prices the route publishes; current while it takes new jobs;
 *   slot c: an open-weight model (its parameter count, and a measured speed);
 *   slot g: a GPU at one host's hourly price (its memory, and a measured throughput).
 */
import type { GpuData, ModelData, SpeedData } from './schemas.ts';
import type { FieldValues, PresetSlot } from './calculator-fields.ts';
import { isShutDown, isoDay, pricesInForce } from './model-data.ts';
import { STATUS_LABELS, baseNames, lastNewJobDay, nextAccessChange, routeStatus, type RouteEntry } from './tuning-routes.ts';

export interface PresetFigureSource {
  /** What the page gave, e.g. "prices", "speed". */
  what: string;
  /** Citation id. */
  source: string;
  /** Day the figure was read, YYYY-MM-DD. */
  asOf: string;
}

export interface Preset {
  id: string;
  slot: PresetSlot;
  label: string;
  /** False for models kept for the record, past shutdown, or tuning routes closed to new jobs. */
  current: boolean;
  /** Day the main figures (prices) were read, YYYY-MM-DD. */
  asOf: string;
  /** Citation id of the main figures. */
  source: string;
  /** Field values it sets (calculator-fields keys). */
  fields: FieldValues;
  /** Every page a figure came from, the main one first. */
  sources: PresetFigureSource[];
  /** Caveats the numbers alone would hide. */
  notes: string[];
  /** Last day the main price holds, when its end is announced (an introductory price), YYYY-MM-DD. */
  until?: string;
  /** Last day the tuning route takes new jobs, YYYY-MM-DD (slot b). */
  newJobsUntil?: string;
}

export interface Entry<T> {
  id: string;
  data: T;
}

export { isoDay };

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A model still answers on `today` (the build's day rule, isShutDown) and is not kept only for the record. */
export function isModelCurrent(model: ModelData, today: Date): boolean {
  return !model.historical && !isShutDown(model, today);
}

/** The speed entry with both figures, preferring one measured where the price applies. */
function bestSpeed(speeds: readonly SpeedData[], where?: string): SpeedData | undefined {
  const full = speeds.filter((s) => s.ttftSeconds !== undefined && s.tokensPerSecond !== undefined);
  return full.find((s) => s.where === where) ?? full[0];
}

function speedFields(prefix: 'la' | 'lb' | 'lc', speed: SpeedData | undefined): { fields: FieldValues; sources: PresetFigureSource[] } {
  if (!speed) return { fields: {}, sources: [] };
  return {
    fields: { [`${prefix}t`]: speed.ttftSeconds!, [`${prefix}s`]: speed.tokensPerSecond! },
    sources: [{ what: `speed (${speed.where}: ${speed.setup})`, source: speed.source, asOf: isoDay(speed.asOf) }],
  };
}

function shutdownNote(model: ModelData): string[] {
  const shutdown = model.lifecycle?.shutdown;
  return shutdown ? [`${model.name} shuts down on ${isoDay(shutdown)}${model.lifecycle?.replacement ? `; the provider names ${model.lifecycle.replacement} instead` : ''}.`] : [];
}

/** Option A presets: one per price list of every model. */
export function hostedPresets(models: readonly Entry<ModelData>[], today: Date): Preset[] {
  return models.flatMap(({ id, data: model }) =>
    pricesInForce(model, today).map((price) => {
      const speed = speedFields('la', bestSpeed(model.speed, price.where));
      const notes = [...shutdownNote(model)];
      if (price.cachedInput === undefined) notes.push('No cached-input price is published: the cached price is set to the input price.');
      if (price.batchDiscount === undefined) notes.push('No batch discount is published: the discount is set to 0.');
      if (price.note) notes.push(price.note);
      if (model.reasoning) notes.push(`A reasoning model: ${model.reasoning.billing} Enter its reasoning tokens per request.`);
      const until = price.until ? isoDay(price.until) : undefined;
      return {
        id: `a:${id}:${slug(price.where)}`,
        slot: 'a' as const,
        label: `${model.name}, ${price.where}${until ? `, price until ${until}` : ''}`,
        ...(until ? { until } : {}),
        current: isModelCurrent(model, today),
        asOf: isoDay(price.asOf),
        source: price.source,
        fields: {
          ai: price.input,
          ac: price.cachedInput ?? price.input,
          aw: price.cacheWrite ?? price.input,
          aop: price.output,
          abd: Math.round((price.batchDiscount ?? 0) * 10_000) / 100,
          ...speed.fields,
        },
        sources: [{ what: 'prices', source: price.source, asOf: isoDay(price.asOf) }, ...speed.sources],
        notes,
      };
    }),
  );
}

/**
 * Option B presets: every hosted tuning route (not your own GPUs), named by base model and platform with who may
 * start a job today, so a reader sees the routes a team can still use, not only the one with published prices.
 */
export function tunedPresets(routes: readonly RouteEntry[], models: readonly Entry<ModelData>[], today: Date): Preset[] {
  const names = new Map(models.map((m) => [m.id, m.data.name]));
  return routes
    .filter((route) => route.data.place !== 'self-hosted')
    .map(({ id, data: route }) => {
      const status = routeStatus(route, today);
      const last = lastNewJobDay(route);
      const next = nextAccessChange(route, today);
      const { training, serving } = route;
      const notes: string[] = [`Who may start a job on ${isoDay(today)}: ${STATUS_LABELS[status]}.`];
      if (next?.from && next.who !== 'closed') notes.push(`From ${isoDay(next.from)}: ${STATUS_LABELS[next.who === 'anyone' ? 'open' : next.who]}.`);
      if (last) notes.push(`${status === 'closed' ? 'The last day for new jobs was' : 'Last day for new jobs:'} ${isoDay(last)}.`);
      if (route.tunedShutdown) notes.push(`Tuned models stop answering after ${isoDay(route.tunedShutdown.date)}.`);
      if (training?.perMTok === undefined) notes.push(training?.perHour !== undefined ? `Training is billed by the hour ($${training.perHour}), not per token: enter your own estimate.` : 'No training price per token is published: enter your own.');
      if (serving?.kind === 'per-token' && serving.input === undefined) notes.push("The tuned model's per-token prices are not published: enter your own.");
      if (serving?.kind === 'dedicated') notes.push('The tuned model runs on dedicated capacity billed by time, not per token: enter the equivalent per-token cost at your volume, or compare with option C.');
      for (const text of [training?.terms, serving?.terms, route.note]) if (text) notes.push(text);
      const fields: FieldValues = {
        ...(serving?.input !== undefined && serving.output !== undefined ? { bi: serving.input, bop: serving.output } : {}),
        ...(training?.perMTok !== undefined ? { tp: training.perMTok } : {}),
      };
      const main = serving?.input !== undefined ? serving : (training ?? route);
      const sources: PresetFigureSource[] = [{ what: 'route and who may use it', source: route.source, asOf: isoDay(route.asOf) }];
      if (training) sources.push({ what: 'training price', source: training.source, asOf: isoDay(training.asOf) });
      if (serving) sources.push({ what: 'tuned-model serving', source: serving.source, asOf: isoDay(serving.asOf) });
      // A single-model route keeps the id the calculator's links used before routes had files: b:<model>:<platform>.
      const only = route.bases.length === 1 ? route.bases[0]!.model : undefined;
      return {
        id: `b:${only ?? id}:${slug(route.platform)}`,
        slot: 'b' as const,
        ...(last ? { newJobsUntil: isoDay(last) } : {}),
        label: `${baseNames(route, (m) => names.get(m)).join(', ')} on ${route.platform}: ${STATUS_LABELS[status]}`,
        current: status !== 'closed',
        asOf: isoDay(main.asOf),
        source: main.source,
        fields,
        sources,
        notes,
      };
    });
}

/** Option C presets: open-weight models with their parameter count (and a measured speed, when there is one). */
export function openWeightPresets(models: readonly Entry<ModelData>[], today: Date): Preset[] {
  return models
    .filter(({ data }) => data.kind === 'open-weights' && data.parametersB !== undefined)
    .map(({ id, data: model }) => {
      const speed = speedFields('lc', bestSpeed(model.speed));
      const main = model.context ?? model.speed[0] ?? model.prices[0];
      return {
        id: `c:${id}`,
        slot: 'c' as const,
        label: `${model.name}, ${model.parametersB}B parameters`,
        current: isModelCurrent(model, today),
        asOf: main ? isoDay(main.asOf) : '',
        source: main?.source ?? '',
        fields: { cpb: model.parametersB!, ...(model.context ? { cctx: Math.min(model.context.tokens, 4096) } : {}), ...speed.fields },
        sources: speed.sources,
        notes: model.context ? [`Context per request set to ${Math.min(model.context.tokens, 4096)} tokens (the model reads up to ${model.context.tokens}).`] : [],
      };
    });
}

/** GPU presets: one per hourly price, with the GPU's memory and its first measured throughput. */
export function gpuPresets(gpus: readonly Entry<GpuData>[]): Preset[] {
  return gpus.flatMap(({ id, data: gpu }) =>
    gpu.prices.map((price) => {
      const throughput = gpu.throughput.find((t) => t.tokensPerSecond !== undefined);
      const notes = price.note ? [price.note] : [];
      if (throughput) notes.push(`Throughput measured on ${throughput.model}: ${throughput.setup}.`);
      return {
        id: `g:${id}:${slug(price.where)}`,
        slot: 'g' as const,
        label: `${gpu.name}, ${price.where}: $${price.perHour} per hour`,
        current: true,
        asOf: isoDay(price.asOf),
        source: price.source,
        fields: { gm: gpu.memoryGB, gh: price.perHour, ...(throughput ? { gt: throughput.tokensPerSecond! } : {}) },
        sources: [
          { what: 'hourly price', source: price.source, asOf: isoDay(price.asOf) },
          { what: 'memory', source: gpu.memorySource, asOf: isoDay(price.asOf) },
          ...(throughput ? [{ what: `throughput (${throughput.where})`, source: throughput.source, asOf: isoDay(throughput.asOf) }] : []),
        ],
        notes,
      };
    }),
  );
}

/** Every preset, current ones first within each slot, then by label. */
export function buildPresets(models: readonly Entry<ModelData>[], gpus: readonly Entry<GpuData>[], today: Date, routes: readonly RouteEntry[] = []): Preset[] {
  const all = [...hostedPresets(models, today), ...tunedPresets(routes, models, today), ...openWeightPresets(models, today), ...gpuPresets(gpus)];
  return all.sort((x, y) => Number(y.current) - Number(x.current) || x.label.localeCompare(y.label, 'en'));
}

/** Whether the values still hold every figure the preset set (false once the reader edits one). */
export function presetEdited(preset: Preset, values: FieldValues): boolean {
  return Object.entries(preset.fields).some(([key, value]) => values[key] !== value);
}

/** Presets of one slot split into current and historical groups. */
export function groupPresets(presets: readonly Preset[], slot: PresetSlot): { current: Preset[]; historical: Preset[] } {
  const ofSlot = presets.filter((p) => p.slot === slot);
  return { current: ofSlot.filter((p) => p.current), historical: ofSlot.filter((p) => !p.current) };
}
