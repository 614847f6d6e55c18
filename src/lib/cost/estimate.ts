/**
 * The cost calculator's answer for a request made outside the page (the MCP server's `estimate_cost`, WebMCP):
 * the calculator's defaults, then the chosen presets' figures, then the reader's own numbers, costed by the same
 * pure formulas (cost/fields.ts → cost/cost.ts). Returns the costs with every price used and the day and page
 * it was read on. Adapter point: this is the only place a request's names meet the calculator's field keys.
 */
import { breakEvenMonths, cheapest, compare, type OptionId, type VolumeUnit } from './cost.ts';
import { FIELDS_BY_KEY, OPTION_NAMES, defaultValues, parseField, stateParams, toCostInputs, type FieldValues, type PresetSlot } from './fields.ts';
import { servingPairFor, type Preset, type PresetFigureSource } from './presets.ts';

export interface EstimateRequest {
  requests: number;
  per: VolumeUnit;
  /** System prompt and few-shot examples, the same on every request. */
  promptTokens?: number | undefined;
  userTokens?: number | undefined;
  outputTokens?: number | undefined;
  reasoningTokens?: number | undefined;
  /** Shares 0–1. */
  cacheHitRate?: number | undefined;
  batchShare?: number | undefined;
  /** Option A's prices: a preset id or a model id (its first price list, or the one at `where`). */
  model?: string | undefined;
  where?: string | undefined;
  /** Option B: a preset id or the id of what the preset is named after (a model or a tuning route). */
  tuned?: string | undefined;
  tunedPromptTokens?: number | undefined;
  trainingTokens?: number | undefined;
  epochs?: number | undefined;
  retrainsPerYear?: number | undefined;
  /**
   * Option C: an open-weight model and a GPU, each a preset id or the model's or GPU's id. With both, the pair's
   * published serving benchmark fills throughput, concurrency, precision and latency, as on the page; a pair with
   * no benchmark leaves those figures empty and says so in `notes`, to be given in `fields`.
   */
  openModel?: string | undefined;
  gpu?: string | undefined;
  /** Any other calculator field by its URL key (as /calculator/ links write them), in the page's units. */
  fields?: Readonly<Record<string, number>> | undefined;
}

export interface EstimateOption {
  id: OptionId;
  name: string;
  monthly: number;
  running: number;
  training: number;
  /** False when a figure it needs is missing (a GPU's price): left out of the comparison. */
  complete: boolean;
  breakEvenMonths?: number | null;
}

export interface Estimate {
  requestsPerMonth: number;
  options: EstimateOption[];
  cheapest: OptionId | null;
  /** Every calculator input used, by key, with its label and unit. */
  inputs: { key: string; label: string; unit?: string; value: number }[];
  /** The presets applied, with their figures' days and pages; `current` is false for a retired model or a route closed to new jobs. */
  presets: { slot: PresetSlot; id: string; label: string; current: boolean; asOf: string; sources: PresetFigureSource[]; notes: string[] }[];
  /** What the request left the calculator unable to fill, e.g. a model × GPU pair with no published benchmark. */
  notes: string[];
  /** The page that shows the same result. */
  calculatorPath: string;
}

/** A request the calculator cannot cost; `field` names the request's field at fault. */
export class EstimateError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.field = field;
  }
}

/** The preset of `slot` named by `name`: its exact id, or the first whose id is `slot:name` or starts `slot:name:`. */
export function findPreset(presets: readonly Preset[], slot: PresetSlot, name: string, where?: string): Preset | undefined {
  const ofSlot = presets.filter((p) => p.slot === slot);
  const exact = ofSlot.find((p) => p.id === name);
  if (exact) return exact;
  const matches = ofSlot.filter((p) => p.id === `${slot}:${name}` || p.id.startsWith(`${slot}:${name}:`));
  if (where) return matches.find((p) => p.label.toLowerCase().includes(where.toLowerCase()));
  return matches.find((p) => p.current) ?? matches[0];
}

/** The slots a request names; the serving benchmark (slot s) follows from the model and GPU chosen. */
const OPTIONS_BY_SLOT: Record<Exclude<PresetSlot, 's'>, { field: keyof EstimateRequest; options: OptionId[] }> = {
  a: { field: 'model', options: ['a'] },
  b: { field: 'tuned', options: ['b'] },
  c: { field: 'openModel', options: ['c'] },
  g: { field: 'gpu', options: ['c'] },
};

/** The request's name for each calculator field it sets by name (for error messages). */
const REQUEST_NAMES: Record<string, keyof EstimateRequest> = {
  vol: 'requests',
  ap: 'promptTokens',
  au: 'userTokens',
  ao: 'outputTokens',
  ar: 'reasoningTokens',
  ch: 'cacheHitRate',
  ab: 'batchShare',
  bp: 'tunedPromptTokens',
  tt: 'trainingTokens',
  ep: 'epochs',
  rt: 'retrainsPerYear',
};

/** The calculator's result for a request; throws EstimateError naming the field at fault. */
export function estimateCost(request: EstimateRequest, presets: readonly Preset[]): Estimate {
  const values: FieldValues = defaultValues();
  const applied: Estimate['presets'] = [];
  for (const slot of ['a', 'b', 'c', 'g'] as const) {
    const field = OPTIONS_BY_SLOT[slot].field;
    const name = request[field];
    if (typeof name !== 'string') continue;
    const preset = findPreset(presets, slot, name, slot === 'a' ? request.where : undefined);
    if (!preset) {
      const known = presets.filter((p) => p.slot === slot && p.current).map((p) => p.id);
      throw new EstimateError(slot === 'a' && request.where ? 'where' : field, `no ${slot === 'g' ? 'GPU' : 'price list'} "${name}"${slot === 'a' && request.where ? ` at "${request.where}"` : ''}; current choices: ${known.join(', ') || 'none'}`);
    }
    Object.assign(values, preset.fields);
    applied.push({ slot, id: preset.id, label: preset.label, current: preset.current, asOf: preset.asOf, sources: preset.sources, notes: preset.notes });
  }
  // As on the page: the chosen model × GPU pair's benchmark, or its figures cleared, never another pair's.
  const notes: string[] = [];
  const byId = new Map(presets.map((p) => [p.id, p]));
  const pair = servingPairFor(byId, applied.find((p) => p.slot === 'c')?.id, applied.find((p) => p.slot === 'g')?.id);
  if (pair) {
    Object.assign(values, pair.fields);
    if (pair.preset) {
      const { preset } = pair;
      applied.push({ slot: 's', id: preset.id, label: preset.label, current: preset.current, asOf: preset.asOf, sources: preset.sources, notes: preset.notes });
    }
    if (pair.missing) notes.push(pair.missing);
  }
  const share = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * 1e6) / 1e4);
  const named: Record<string, number | undefined> = Object.fromEntries(
    Object.entries(REQUEST_NAMES).map(([key, name]) => [key, key === 'ch' || key === 'ab' ? share(request[name] as number | undefined) : (request[name] as number | undefined)]),
  );
  for (const [key, value] of Object.entries({ ...request.fields, ...named })) {
    if (value === undefined) continue;
    const spec = FIELDS_BY_KEY.get(key);
    if (!spec) throw new EstimateError(`fields.${key}`, 'not a calculator field');
    const checked = parseField(spec, String(value));
    if (!checked.ok) throw new EstimateError(REQUEST_NAMES[key] ?? `fields.${key}`, checked.error);
    values[key] = value;
  }
  const comparison = compare(toCostInputs({ values, per: request.per }));
  const ids: OptionId[] = ['a'];
  if (request.tuned) ids.push('b');
  if (request.openModel || request.gpu) ids.push('c');
  const options = ids.map((id): EstimateOption => {
    const o = comparison.options[id];
    return { id, name: OPTION_NAMES[id], monthly: o.monthly, running: o.running, training: o.training, complete: o.complete, ...(id === 'a' ? {} : { breakEvenMonths: breakEvenMonths(comparison, id) }) };
  });
  const params = stateParams({ values, per: request.per, options: ids, scale: 'linear', presets: Object.fromEntries(applied.map((p) => [p.slot, p.id])) });
  return {
    requestsPerMonth: comparison.requestsPerMonth,
    options,
    cheapest: cheapest(comparison, ids),
    inputs: Object.entries(values).map(([key, value]) => {
      const spec = FIELDS_BY_KEY.get(key)!;
      return { key, label: spec.label, ...(spec.unit ? { unit: spec.unit } : {}), value };
    }),
    presets: applied,
    notes,
    calculatorPath: `/calculator/?${params.toString()}`,
  };
}
