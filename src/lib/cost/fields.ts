/**
 * The cost calculator's inputs: labels, defaults, validation rules and URL keys, and the calculator's whole
 * state (values, volume unit, chosen options, chart scale, chosen presets) to and from a URL query.
 * Defaults reproduce the source material's example: 10M requests a day with a 4,000-token few-shot prompt; links
 * are written against them, so they never change meaning. The page itself opens on the email case
 * (src/lib/cost/cases.ts). Inputs with no confirmed default (a GPU's price, throughput and memory, training prices, speeds) start
 * at 0, which the results read as "not entered yet".
 */
import { type AxisScale, type CostInputs, type OptionId, type VolumeUnit } from './cost.ts';
import { parseNumber, parseLinkNumber, type NumberReading, type NumberSpec } from '../site/number-input.ts';

export type FieldGroup = 'traffic' | 'a' | 'tuned' | 'b' | 'c';

export interface FieldSpec {
  /** Short URL key. */
  key: string;
  label: string;
  help?: string;
  unit?: string;
  default: number;
  rule: NumberSpec;
  group: FieldGroup;
  /** Values the field may take, for a choice among a few (the weight precision, prefix caching). */
  choices?: readonly number[];
  /** How a choice reads in the list. */
  choiceLabel?: (choice: number) => string;
}

const TOKENS: NumberSpec = { kind: 'count', min: 0, max: 10_000_000, integer: true, example: '3450' };
const PRICE: NumberSpec = { kind: 'price', min: 0, max: 10_000 };
const PERCENT: NumberSpec = { kind: 'share', scale: 'percent', min: 0, max: 100 };
const SECONDS: NumberSpec = { kind: 'amount', min: 0, max: 3600, example: '0.4' };
const SPEED: NumberSpec = { kind: 'amount', min: 0, max: 1_000_000, example: '50' };
const MONEY: NumberSpec = { kind: 'money', min: 0, max: 1_000_000_000 };
const COUNT: NumberSpec = { kind: 'count', min: 1, max: 100_000, integer: true, example: '32' };
/** A model-shape figure: 0 means not entered, and option C asks for it. */
const ARCH: NumberSpec = { kind: 'count', min: 0, max: 100_000, integer: true, example: '32' };

const speedFields = (group: 'a' | 'b' | 'c', help: string): FieldSpec[] => [
  { key: `l${group}t`, label: 'Time to first token', unit: 's', help, default: 0, rule: SECONDS, group },
  { key: `l${group}s`, label: 'Output speed', unit: 'tokens/s per request', default: 0, rule: SPEED, group },
];

export const FIELDS: readonly FieldSpec[] = [
  { key: 'vol', label: 'Requests', default: 10_000_000, rule: { kind: 'count', min: 0, max: 100_000_000_000, integer: true }, group: 'traffic' },
  { key: 'days', label: 'Days per month', default: 30, rule: { kind: 'count', min: 1, max: 31, integer: true, example: '30' }, group: 'traffic' },
  { key: 'au', label: 'User input tokens', help: 'The part of each request that changes: the email, the question.', default: 200, rule: TOKENS, group: 'traffic' },
  { key: 'ao', label: 'Output tokens', help: 'The visible answer.', default: 150, rule: TOKENS, group: 'traffic' },
  { key: 'lt', label: 'p95 latency target', unit: 's', help: 'Time from request to the full answer that 95% of requests must beat; 0 for none.', default: 0, rule: { ...SECONDS, example: '1' }, group: 'traffic' },
  { key: 'peak', label: 'Peak-to-average traffic', unit: '×', help: 'Busiest hour’s rate divided by the average; sizes the GPUs of option C.', default: 2, rule: { kind: 'amount', min: 1, max: 100, example: '2' }, group: 'traffic' },

  { key: 'ap', label: 'System and few-shot prompt tokens', default: 4000, rule: TOKENS, group: 'a' },
  { key: 'ar', label: 'Reasoning tokens per request', help: 'Hidden thinking of a reasoning model, billed as output.', default: 0, rule: TOKENS, group: 'a' },
  { key: 'ai', label: 'Input price', unit: '$ per MTok', default: 2.5, rule: PRICE, group: 'a' },
  { key: 'ac', label: 'Cached input price', unit: '$ per MTok', default: 1.25, rule: PRICE, group: 'a' },
  { key: 'aw', label: 'Cache write price', unit: '$ per MTok', help: 'What a prompt token costs on a cache miss; the input price where writes are not charged extra.', default: 2.5, rule: PRICE, group: 'a' },
  { key: 'aop', label: 'Output price', unit: '$ per MTok', default: 10, rule: PRICE, group: 'a' },
  { key: 'ch', label: 'Cache hit rate', unit: '%', help: 'Share of requests whose prompt prefix is read from the cache; 0 turns caching off.', default: 0, rule: PERCENT, group: 'a' },
  { key: 'ab', label: 'Share sent as batch jobs', unit: '%', help: 'Only work that can wait hours for its answer.', default: 0, rule: PERCENT, group: 'a' },
  { key: 'abd', label: 'Batch discount', unit: '%', default: 50, rule: PERCENT, group: 'a' },
  ...speedFields('a', 'From a measurement of your own or the preset’s cited one; 0 if unknown.'),

  { key: 'bp', label: 'Short system prompt tokens', help: 'A tuned model needs no few-shot examples.', default: 200, rule: TOKENS, group: 'tuned' },
  { key: 'rt', label: 'Retraining runs per year', default: 4, rule: { kind: 'count', min: 0, max: 365, integer: true, example: '4' }, group: 'tuned' },

  { key: 'tt', label: 'Training file tokens', default: 2_000_000, rule: { kind: 'count', min: 0, max: 100_000_000_000, integer: true }, group: 'b' },
  { key: 'ep', label: 'Epochs', default: 3, rule: { kind: 'count', min: 0, max: 100, integer: true, example: '3' }, group: 'b' },
  { key: 'tp', label: 'Training price', unit: '$ per MTok trained', help: 'Choose a tuning route above or enter your provider’s price.', default: 0, rule: PRICE, group: 'b' },
  { key: 'bi', label: 'Tuned input price', unit: '$ per MTok', default: 0.3, rule: PRICE, group: 'b' },
  { key: 'bop', label: 'Tuned output price', unit: '$ per MTok', default: 1.2, rule: PRICE, group: 'b' },
  { key: 'bf', label: 'Fixed fees per month', unit: '$', help: 'Hosting a tuned deployment, where the provider charges for it.', default: 0, rule: MONEY, group: 'b' },
  ...speedFields('b', 'Of the tuned model; 0 if unknown.'),

  { key: 'cpb', label: 'Parameters', unit: 'billions', default: 8, rule: { kind: 'amount', min: 0.01, max: 10_000, example: '8' }, group: 'c' },
  { key: 'cbits', label: 'Weight precision', unit: 'bits', default: 16, rule: { kind: 'count', min: 4, max: 16, integer: true }, group: 'c', choices: [16, 8, 4], choiceLabel: (c) => `${c}-bit` },
  { key: 'cl', label: 'Layers', help: 'The model’s shape sizes its KV cache. Choosing a model fills what its maker publishes; 0 means not entered. Take a missing figure from the model’s config.json (num_hidden_layers, num_key_value_heads, head_dim).', default: 0, rule: ARCH, group: 'c' },
  { key: 'ckv', label: 'KV heads', default: 0, rule: { ...ARCH, example: '8' }, group: 'c' },
  { key: 'chd', label: 'Head size', default: 0, rule: { ...ARCH, example: '128' }, group: 'c' },
  { key: 'cmax', label: 'Longest context the model accepts', unit: 'tokens', help: 'A request (prompt, input and answer) must fit; 0 if unknown.', default: 0, rule: { kind: 'count', min: 0, max: 10_000_000, integer: true, example: '131072' }, group: 'c' },
  { key: 'ccon', label: 'Requests in flight per copy', help: 'The concurrency the throughput was measured at: more requests at once raise throughput and each request’s wait.', default: 16, rule: COUNT, group: 'c' },
  { key: 'cpc', label: 'Prefix caching', help: 'vLLM and SGLang keep the fixed prompt’s keys and values and reuse them, so only each request’s own input is read.', default: 1, rule: { kind: 'count', min: 0, max: 1, integer: true }, group: 'c', choices: [1, 0], choiceLabel: (c) => (c === 1 ? 'on: the fixed prompt is read once' : 'off: every request reads it') },
  { key: 'cad', label: 'LoRA adapters in memory', unit: 'GB per copy', help: '0 when the adapter is merged into the weights.', default: 0, rule: { kind: 'amount', min: 0, max: 10_000, example: '0.2' }, group: 'c' },
  { key: 'gm', label: 'GPU memory', unit: 'GB', default: 0, rule: { kind: 'amount', min: 0, max: 10_000, example: '80' }, group: 'c' },
  { key: 'gh', label: 'GPU price', unit: '$ per hour, always on', default: 0, rule: PRICE, group: 'c' },
  { key: 'gd', label: 'Output throughput per GPU', unit: 'tokens/s (decode)', help: 'Measured for this model on this GPU at the concurrency above; choosing both fills a published figure or clears it.', default: 0, rule: SPEED, group: 'c' },
  { key: 'gp', label: 'Prompt throughput per GPU', unit: 'tokens/s (prefill)', help: 'Input tokens one GPU reads per second for this model; 0 if unknown.', default: 0, rule: { ...SPEED, example: '20000' }, group: 'c' },
  { key: 'gu', label: 'Target utilization at peak', unit: '%', default: 60, rule: { kind: 'share', scale: 'percent', min: 1, max: 100 }, group: 'c' },
  { key: 'gth', label: 'LoRA training', unit: 'GPU-hours per run', default: 0, rule: { kind: 'amount', min: 0, max: 1_000_000, example: '20' }, group: 'c' },
  { key: 'ops', label: 'Operations per month', unit: '$', help: 'On-call, monitoring and upgrades: self-hosting is not free to run.', default: 0, rule: MONEY, group: 'c' },
  ...speedFields('c', 'Of your serving stack; 0 if unknown.'),
];

export const FIELDS_BY_KEY: ReadonlyMap<string, FieldSpec> = new Map(FIELDS.map((f) => [f.key, f]));

export type FieldValues = Record<string, number>;

export const OPTION_IDS: readonly OptionId[] = ['a', 'b', 'c'];
export const OPTION_NAMES: Readonly<Record<OptionId, string>> = {
  a: 'A: hosted model, few-shot prompt',
  b: 'B: hosted fine-tuned model',
  c: 'C: open weights, LoRA, self-hosted',
};
export const OPTION_SHORT: Readonly<Record<OptionId, string>> = { a: 'A: prompted', b: 'B: hosted tuned', c: 'C: self-hosted' };

/**
 * Preset slots: A's hosted prices, B's tuning route, C's open-weight model, C's GPU, and C's serving measurement
 * (set by the calculator, never chosen directly: the published benchmark of the chosen model on the chosen GPU).
 */
export type PresetSlot = 'a' | 'b' | 'c' | 'g' | 's';
export const PRESET_SLOTS: readonly PresetSlot[] = ['a', 'b', 'c', 'g', 's'];

export interface CalculatorState {
  values: FieldValues;
  per: VolumeUnit;
  /** Options shown, in order; A is always among them. */
  options: OptionId[];
  scale: AxisScale;
  /** Preset id chosen in each slot. */
  presets: Partial<Record<PresetSlot, string>>;
}

export function defaultValues(): FieldValues {
  return Object.fromEntries(FIELDS.map((f) => [f.key, f.default]));
}

export function defaultState(): CalculatorState {
  return { values: defaultValues(), per: 'day', options: ['a', 'b', 'c'], scale: 'linear', presets: {} };
}

export function toCostInputs(state: Pick<CalculatorState, 'values' | 'per'>): CostInputs {
  const v = state.values;
  const n = (key: string) => v[key] ?? FIELDS_BY_KEY.get(key)!.default;
  return {
    traffic: { volume: n('vol'), per: state.per, daysPerMonth: n('days'), peakToAverage: n('peak'), userTokens: n('au'), outputTokens: n('ao') },
    a: {
      promptTokens: n('ap'),
      reasoningTokens: n('ar'),
      inputPrice: n('ai'),
      cachedInputPrice: n('ac'),
      cacheWritePrice: n('aw'),
      outputPrice: n('aop'),
      cacheHitRate: n('ch') / 100,
      batchShare: n('ab') / 100,
      batchDiscount: n('abd') / 100,
    },
    tuned: { promptTokens: n('bp'), retrainsPerYear: n('rt') },
    b: { trainingTokens: n('tt'), epochs: n('ep'), trainingPrice: n('tp'), inputPrice: n('bi'), outputPrice: n('bop'), feesPerMonth: n('bf') },
    c: {
      parametersB: n('cpb'),
      weightBits: n('cbits'),
      layers: n('cl'),
      kvHeads: n('ckv'),
      headDim: n('chd'),
      maxContextTokens: n('cmax'),
      concurrency: n('ccon'),
      adapterGB: n('cad'),
      prefixCaching: n('cpc') === 1,
      gpuMemoryGB: n('gm'),
      gpuHourly: n('gh'),
      decodeTokensPerSecondPerGpu: n('gd'),
      prefillTokensPerSecondPerGpu: n('gp'),
      targetUtilization: n('gu') / 100,
      trainingGpuHours: n('gth'),
      operationsPerMonth: n('ops'),
    },
    speed: {
      a: { ttftSeconds: n('lat'), tokensPerSecond: n('las') },
      b: { ttftSeconds: n('lbt'), tokensPerSecond: n('lbs') },
      c: { ttftSeconds: n('lct'), tokensPerSecond: n('lcs') },
    },
    latencyTargetSeconds: n('lt'),
  };
}

/**
 * Reads one field's typed text as people type numbers ("0,15", "2M", "90%"), with a note when the reading
 * could surprise; `locale` (the reader's) only settles "1,234". The choice fields accept only their choices.
 */
export function parseField(field: FieldSpec, raw: string, locale?: string): NumberReading {
  return withChoices(field, parseNumber(raw, field.rule, locale));
}

/** Reads a value from a link, as the calculator writes it (a plain number, shares in percent). */
export function parseFieldFromLink(field: FieldSpec, raw: string): NumberReading {
  return withChoices(field, parseLinkNumber(raw, field.rule));
}

function withChoices(field: FieldSpec, parsed: NumberReading): NumberReading {
  if (parsed.ok && field.choices && !field.choices.includes(parsed.value)) return { ok: false, error: `Choose ${field.choices.join(', ')}.` };
  return parsed;
}

/** Marks a link to the 2024 defaults themselves, which have no other key (the bare page opens on the email case). */
const SOURCE_CASE: readonly [string, string] = ['case', '2024'];
/** URL keys for the state beyond the numbers. */
const CHOICE_KEYS = ['per', 'opts', 'scale', ...PRESET_SLOTS.map((s) => `p${s}`), SOURCE_CASE[0]] as const;
/** Every query key the cost calculator owns (the routing calculator shares the page's URL). */
export const COST_URL_KEYS: readonly string[] = [...FIELDS.map((f) => f.key), ...CHOICE_KEYS];
/** Whether a query holds any of the cost calculator's state (else the page opens on its first case). */
export function hasCostState(search: string | URLSearchParams): boolean {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return [...COST_URL_KEYS, 'rpd'].some((key) => params.has(key));
}

/** Keys earlier versions of the calculator wrote, read for what they still mean. */
const LEGACY_KEYS: Readonly<Record<string, string>> = { rpd: 'vol' };
const RETIRED_KEYS = new Set(['cd', 'bu', 'bo', 'host', 'gt', 'cctx']);

export interface ParsedState {
  state: CalculatorState;
  /** What was wrong with the link, for a notice; empty when it was read in full. */
  problems: string[];
}

/**
 * Reads the calculator's state from a URL query. Anything invalid, unknown or outdated (a preset that is no
 * longer offered, a value out of range) falls back to its default and is named in `problems`; never throws.
 */
export function parseState(search: string | URLSearchParams, knownPresets: ReadonlySet<string>): ParsedState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = defaultState();
  const problems: string[] = [];
  for (const [rawKey, raw] of params) {
    const key = LEGACY_KEYS[rawKey] ?? rawKey;
    const field = FIELDS_BY_KEY.get(key);
    if (field) {
      const parsed = parseFieldFromLink(field, raw);
      if (parsed.ok) state.values[key] = parsed.value;
      else problems.push(`${field.label}: “${raw.slice(0, 40)}” is not a valid value`);
      if (rawKey === 'rpd') state.per = 'day';
    } else if (RETIRED_KEYS.has(rawKey)) {
      problems.push(`the link sets “${rawKey}”, which this version of the calculator no longer has`);
    }
  }
  const per = params.get('per');
  if (per !== null) {
    if (per === 'day' || per === 'month') state.per = per;
    else problems.push('the volume unit is not “day” or “month”');
  }
  const opts = params.get('opts');
  if (opts !== null) {
    if (/^a?b?c?$/.test(opts) && opts.length > 0) state.options = ['a', ...OPTION_IDS.filter((id) => id !== 'a' && opts.includes(id))];
    else problems.push('the chosen options are not a combination of A, B and C');
  }
  const scale = params.get('scale');
  if (scale !== null) {
    if (scale === 'linear' || scale === 'log') state.scale = scale;
    else problems.push('the chart scale is not linear or log');
  }
  for (const slot of PRESET_SLOTS) {
    const id = params.get(`p${slot}`);
    if (id === null) continue;
    if (knownPresets.has(id)) state.presets[slot] = id;
    else problems.push(`the preset “${id.slice(0, 60)}” is not offered any more`);
  }
  return { state, problems };
}

/** The state's query parameters, defaults left out, in a stable order. */
export function stateParams(state: CalculatorState): URLSearchParams {
  const params = new URLSearchParams();
  const defaults = defaultState();
  for (const field of FIELDS) {
    const value = state.values[field.key];
    if (value !== undefined && value !== field.default) params.set(field.key, String(value));
  }
  if (state.per !== defaults.per) params.set('per', state.per);
  const opts = state.options.join('');
  if (opts !== defaults.options.join('')) params.set('opts', opts);
  if (state.scale !== defaults.scale) params.set('scale', state.scale);
  for (const slot of PRESET_SLOTS) {
    const id = state.presets[slot];
    if (id) params.set(`p${slot}`, id);
  }
  if ([...params.keys()].length === 0) params.set(...SOURCE_CASE);
  return params;
}

/** Whether two states are the same calculation: what a link would write for them is the same. */
export function sameState(a: CalculatorState, b: CalculatorState): boolean {
  return stateParams(a).toString() === stateParams(b).toString();
}

/**
 * A query string with `owned` keys replaced by `params` and every other key of `current` kept, so two
 * tools on one page can each keep their state in the same URL.
 */
export function mergeQuery(current: string, owned: readonly string[], params: URLSearchParams): string {
  const merged = new URLSearchParams(current);
  for (const key of owned) merged.delete(key);
  for (const [key, value] of params) merged.set(key, value);
  const query = merged.toString();
  return query ? `?${query}` : '';
}

/** Significant digits past which a figure is arithmetic, not something a source printed or a reader typed. */
const WRITTEN_DIGITS = 6;
const SHOWN_DIGITS = 4;

/**
 * How a field shows a value: as written (plain digits, as a link writes them), unless it carries the float noise
 * of a derived figure (a prefill rate of 6145.979300341716 tokens/s, a speed of 1 ÷ 0.05973 s), which shows to four
 * significant digits without cutting whole ones (6146, 16.74). Only the text is rounded: the state keeps the value.
 */
export function fieldText(value: number): string {
  const text = String(value);
  if (!Number.isFinite(value) || Number.isInteger(value)) return text;
  const digits = text.replace(/e.*$/i, '').replace(/\D/g, '').replace(/^0+/, '').length;
  if (digits <= WRITTEN_DIGITS) return text;
  const whole = Math.floor(Math.log10(Math.abs(value))) + 1;
  return String(Number(value.toPrecision(Math.min(Math.max(SHOWN_DIGITS, whole), 21))));
}

/** What each field shows for these values. */
export function textsOf(values: FieldValues): Record<string, string> {
  return Object.fromEntries(FIELDS.map((f) => [f.key, fieldText(values[f.key]!)]));
}

/** The source material's example: its volume and prompt; the box about its $50,000 shows only while these hold. */
export const SOURCE_EXAMPLE = { requestsPerDay: 10_000_000, daysPerMonth: 30, promptTokens: 4000, monthlyInputBill: 50_000 } as const;

export function isSourceExample(state: Pick<CalculatorState, 'values' | 'per'>): boolean {
  const v = state.values;
  return state.per === 'day' && v.vol === SOURCE_EXAMPLE.requestsPerDay && v.days === SOURCE_EXAMPLE.daysPerMonth && v.ap === SOURCE_EXAMPLE.promptTokens;
}

