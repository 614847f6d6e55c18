/**
 * Calculator presets from the model and GPU data: each preset fills some fields with figures read on one
 * cited page on one day, and says so. Whatever the data holds (or nothing) gives a usable list.
 *   slot a: a hosted price list (input, cached, cache write, output, batch discount, a measured speed);
 *   slot b: a fine-tuning route (content/routes/) a team could use, by name, with who may use it and its last day;
 *           it fills the training and tuned-serving prices the route publishes; current while it takes new jobs;
 *   slot c: an open-weight model (its parameter count and architecture);
 *   slot g: a GPU at one host's hourly price, labelled with how it is billed (and its memory);
 *   slot s: the published benchmark of one model on one GPU (throughput, concurrency, precision, latency).
 */
import type { GpuBilling, GpuData, ModelData, SpeedData } from '../schemas.ts';
import type { FieldValues, PresetSlot } from './fields.ts';
import { isoDay } from '../content/build-day.ts';
import { pricesInForce } from '../models/model-data.ts';
import { isShutDown, shutdownDetail } from '../models/lifecycle.ts';
import { STATUS_LABELS, baseNames, lastNewJobDay, nextAccessChange, routeStatus, type RouteEntry } from '../models/tuning-routes.ts';

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
  /** The model or GPU file the preset reads (slots c and g), to find the pair's benchmark. */
  entity?: string;
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
  /** Last day the route's tuned models answer, YYYY-MM-DD (slot b): the record states it as data, not by reading notes. */
  tunedShutdown?: string;
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

function speedFields(prefix: 'la' | 'lb', speed: SpeedData | undefined): { fields: FieldValues; sources: PresetFigureSource[] } {
  if (!speed) return { fields: {}, sources: [] };
  return {
    fields: { [`${prefix}t`]: speed.ttftSeconds!, [`${prefix}s`]: speed.tokensPerSecond! },
    sources: [{ what: `speed (${speed.where}: ${speed.setup})`, source: speed.source, asOf: isoDay(speed.asOf) }],
  };
}

function shutdownNote(model: ModelData): string[] {
  const shutdown = model.lifecycle?.shutdown;
  const detail = model.lifecycle && shutdownDetail(model.lifecycle);
  return shutdown ? [`${model.name} shuts down on ${isoDay(shutdown)}${detail ? ` (${detail})` : ''}.`] : [];
}

/** Option A presets: one per price list of every model. */
export function hostedPresets(models: readonly Entry<ModelData>[], today: Date): Preset[] {
  return models.flatMap(({ id, data: model }) =>
    pricesInForce(model, today).map((price) => {
      const speed = speedFields('la', bestSpeed(model.speed, price.where));
      const notes = [...shutdownNote(model)];
      if (price.unconfirmed?.includes('cachedInput')) notes.push("The cached-input price is not confirmed here: the cached price is set to the input price; enter the provider's current one.");
      else if (price.cachedInput === undefined) notes.push('No cached-input price is published: the cached price is set to the input price.');
      if (price.unconfirmed?.includes('cacheWrite')) notes.push("The cache-write price is not confirmed here: it is set to the input price; enter the provider's current one.");
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
      if (serving?.kind === 'per-token' && serving.input === undefined) notes.push("The tuned model's per-token prices are not confirmed here: enter the provider's current ones.");
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
        ...(route.tunedShutdown ? { tunedShutdown: isoDay(route.tunedShutdown.date) } : {}),
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

/** Option C presets: open-weight models with their parameter count and the shape their maker publishes. */
export function openWeightPresets(models: readonly Entry<ModelData>[], today: Date): Preset[] {
  return models
    .filter(({ data }) => data.kind === 'open-weights' && data.parametersB !== undefined)
    .map(({ id, data: model }) => {
      const arch = model.architecture;
      const main = arch ?? model.context ?? model.prices[0];
      const missing = [
        ['layers', arch?.layers],
        ['KV heads', arch?.kvHeads],
        ['head size', arch?.headDim],
      ].flatMap(([name, value]) => (value === undefined ? [name as string] : []));
      const notes = [
        ...(missing.length > 0 ? [`${model.name}'s ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not in the data: enter ${missing.length > 1 ? 'them' : 'it'} from the model's config.json.`] : []),
        ...(arch?.note ? [arch.note] : []),
      ];
      return {
        id: `c:${id}`,
        entity: id,
        slot: 'c' as const,
        label: `${model.name}, ${model.parametersB}B parameters`,
        current: isModelCurrent(model, today),
        asOf: main ? isoDay(main.asOf) : '',
        source: main?.source ?? '',
        fields: { cpb: model.parametersB!, cl: arch?.layers ?? 0, ckv: arch?.kvHeads ?? 0, chd: arch?.headDim ?? 0, cmax: arch?.contextTokens ?? model.context?.tokens ?? 0 },
        sources: arch ? [{ what: 'architecture', source: arch.source, asOf: isoDay(arch.asOf) }] : [],
        notes,
      };
    });
}

export const BILLING_LABELS: Readonly<Record<GpuBilling, string>> = {
  'on-demand': 'on-demand instance',
  serverless: 'serverless, billed per second while a worker runs',
  'serverless-always-on': 'serverless worker kept always on',
};

/** GPU presets: one per hourly price, labelled with how it is billed, with the GPU's memory. */
export function gpuPresets(gpus: readonly Entry<GpuData>[]): Preset[] {
  return gpus.flatMap(({ id, data: gpu }) =>
    gpu.prices.map((price) => ({
      id: `g:${id}:${slug(price.where)}`,
      entity: id,
      slot: 'g' as const,
      label: `${gpu.name}, ${price.where}: $${price.perHour} per hour (${BILLING_LABELS[price.billing]})`,
      current: true,
      asOf: isoDay(price.asOf),
      source: price.source,
      fields: { gm: gpu.memoryGB, gh: price.perHour },
      sources: [
        { what: `hourly price (${BILLING_LABELS[price.billing]})`, source: price.source, asOf: isoDay(price.asOf) },
        { what: 'memory', source: gpu.memorySource, asOf: isoDay(price.asOf) },
      ],
      notes: [
        ...(price.billing === 'serverless' ? ['Billed only while a worker runs: it saves money when traffic leaves the worker idle, but a service busy all day pays this rate for every hour; compare it with an always-on or on-demand price for the same card.'] : []),
        ...(price.note ? [price.note] : []),
      ],
    })),
  );
}

/** Fields a serving measurement sets: cleared to 0 (not entered) when the chosen pair has none. */
export const PAIR_FIELDS = ['gd', 'gp', 'lct', 'lcs'] as const;

const plain = (n: number, digits = 2) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

/**
 * Serving presets: for each model × GPU pair with a published benchmark, the figures option C needs, per GPU.
 * The measurement with the highest output throughput sets throughput, concurrency, precision and latency; the
 * prompt (prefill) rate is read from a one-request run of the same pair as input tokens ÷ time to first token,
 * a lower bound since batching reads prompts faster.
 */
export function servingPresets(models: readonly Entry<ModelData>[], gpus: readonly Entry<GpuData>[]): Preset[] {
  const names = new Map(models.map((m) => [m.id, m.data.name]));
  return gpus.flatMap(({ id: gpuId, data: gpu }) => {
    const byModel = new Map<string, GpuData['throughput']>();
    for (const t of gpu.throughput) byModel.set(t.model, [...(byModel.get(t.model) ?? []), t]);
    return [...byModel].map(([modelId, runs]) => {
      const best = runs.reduce((x, y) => (y.outputTokensPerSecond / y.gpus > x.outputTokensPerSecond / x.gpus ? y : x));
      const single = runs.find((r) => r.concurrency === 1 && r.inputTokens !== undefined && r.ttftSeconds !== undefined);
      const prefill = best.prefillTokensPerSecond !== undefined ? best.prefillTokensPerSecond / best.gpus : single ? single.inputTokens! / single.ttftSeconds! / single.gpus : 0;
      const model = names.get(modelId) ?? modelId;
      const fields: FieldValues = {
        gd: best.outputTokensPerSecond / best.gpus,
        gp: prefill,
        ccon: best.concurrency,
        cbits: best.weightBits,
        lct: best.ttftSeconds ?? 0,
        lcs: best.interTokenSeconds ? 1 / best.interTokenSeconds : 0,
      };
      const notes = [
        `${model} on ${best.gpus > 1 ? `${best.gpus} × ` : ''}${gpu.name} with ${best.engine}, ${best.weightBits}-bit weights, ${best.concurrency} requests at once${best.inputTokens ? `, ${plain(best.inputTokens)} input and ${plain(best.outputTokens ?? 0)} output tokens each` : ''}: ${plain(best.outputTokensPerSecond)} output tokens/s${best.gpus > 1 ? `, ${plain(fields.gd!)} per GPU` : ''}. ${best.setup}`,
        prefill > 0 && single && best.prefillTokensPerSecond === undefined
          ? `Prompt throughput: ${plain(single.inputTokens!)} input tokens read in ${plain(single.ttftSeconds!, 3)} s by one request alone, ${plain(prefill, 0)} tokens/s per GPU, a lower bound.`
          : prefill > 0
            ? 'Prompt throughput as published.'
            : `No prompt (prefill) throughput is published for this pair: enter one measured on your stack.`,
        best.ttftSeconds === undefined || best.interTokenSeconds === undefined ? 'The benchmark does not report time to first token and per-request speed: enter them to estimate latency.' : `Latency figures are means at ${best.concurrency} requests in flight; a p95 is higher.`,
      ];
      return {
        id: `s:${modelId}:${gpuId}`,
        slot: 's' as const,
        label: `${model} on ${gpu.name}`,
        current: true,
        asOf: isoDay(best.asOf),
        source: best.source,
        fields,
        sources: [...new Map([best, ...(single ? [single] : [])].map((r) => [r.source, { what: `serving benchmark (${r.engine})`, source: r.source, asOf: isoDay(r.asOf) }])).values()],
        notes,
      };
    });
  });
}

export interface ServingPair {
  /** The pair's benchmark preset, when one is published. */
  preset?: Preset;
  /** Values to apply: the preset's, or every pair field cleared to 0. */
  fields: FieldValues;
  /** What the reader must enter, when there is no benchmark. */
  missing?: string;
}

/**
 * The serving figures for the chosen model and GPU presets: the pair's own benchmark or, when none is published,
 * every throughput and latency field cleared so that no other pair's figure stays behind. Null until both are chosen.
 */
export function servingPairFor(presets: ReadonlyMap<string, Preset>, modelPresetId: string | undefined, gpuPresetId: string | undefined): ServingPair | null {
  const model = modelPresetId ? presets.get(modelPresetId) : undefined;
  const gpu = gpuPresetId ? presets.get(gpuPresetId) : undefined;
  if (!model?.entity || !gpu?.entity) return null;
  const preset = presets.get(`s:${model.entity}:${gpu.entity}`);
  if (preset) return { preset, fields: { ...Object.fromEntries(PAIR_FIELDS.map((k) => [k, 0])), ...preset.fields } };
  const gpuName = gpu.label.split(',')[0];
  const modelName = model.label.split(',')[0];
  return {
    fields: Object.fromEntries(PAIR_FIELDS.map((k) => [k, 0])),
    missing: `No published benchmark of ${modelName} on ${gpuName} is in the data: enter its output and prompt throughput per GPU, and its time to first token and output speed, from a measurement of this pair.`,
  };
}

/** Every preset, current ones first within each slot, then by label. */
export function buildPresets(models: readonly Entry<ModelData>[], gpus: readonly Entry<GpuData>[], today: Date, routes: readonly RouteEntry[] = []): Preset[] {
  const all = [...hostedPresets(models, today), ...tunedPresets(routes, models, today), ...openWeightPresets(models, today), ...gpuPresets(gpus), ...servingPresets(models, gpus)];
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
