/**
 * The cost calculator's inputs: labels, defaults, validation rules and URL keys, and the model price
 * presets with their sources. Defaults reproduce the source material's example: 10M requests a day with a
 * 4,000-token few-shot prompt.
 */
import type { CostInputs } from './cost.ts';
import type { NumberRule } from './format.ts';

export interface FieldSpec {
  /** Short URL key. */
  key: string;
  label: string;
  help?: string;
  unit?: string;
  default: number;
  rule: NumberRule;
  group: 'traffic' | 'prompted' | 'tuned';
}

const TOKENS: NumberRule = { min: 0, max: 10_000_000, integer: true };
const PRICE: NumberRule = { min: 0, max: 10_000 };
const PERCENT: NumberRule = { min: 0, max: 100 };

export const FIELDS: readonly FieldSpec[] = [
  { key: 'rpd', label: 'Requests per day', default: 10_000_000, rule: { min: 0, max: 100_000_000_000, integer: true }, group: 'traffic' },
  { key: 'days', label: 'Days per month', default: 30, rule: { min: 1, max: 31, integer: true }, group: 'traffic' },
  { key: 'ap', label: 'System and few-shot prompt tokens', default: 4000, rule: TOKENS, group: 'prompted' },
  { key: 'au', label: 'User input tokens', default: 200, rule: TOKENS, group: 'prompted' },
  { key: 'ao', label: 'Output tokens', default: 150, rule: TOKENS, group: 'prompted' },
  { key: 'ai', label: 'Input price', unit: '$ per MTok', default: 2.5, rule: PRICE, group: 'prompted' },
  { key: 'aop', label: 'Output price', unit: '$ per MTok', default: 10, rule: PRICE, group: 'prompted' },
  { key: 'cd', label: 'Prompt-caching discount', unit: '%', help: 'How much cheaper a cached input token is.', default: 50, rule: PERCENT, group: 'prompted' },
  { key: 'ch', label: 'Cache hit rate', unit: '%', help: 'Share of requests whose prompt prefix is cached.', default: 0, rule: PERCENT, group: 'prompted' },
  { key: 'bp', label: 'System prompt tokens', default: 200, rule: TOKENS, group: 'tuned' },
  { key: 'bu', label: 'User input tokens', default: 200, rule: TOKENS, group: 'tuned' },
  { key: 'bo', label: 'Output tokens', default: 150, rule: TOKENS, group: 'tuned' },
  { key: 'bi', label: 'Input price', unit: '$ per MTok', default: 0.3, rule: PRICE, group: 'tuned' },
  { key: 'bop', label: 'Output price', unit: '$ per MTok', default: 1.2, rule: PRICE, group: 'tuned' },
  { key: 'tt', label: 'Training file tokens', default: 2_000_000, rule: { min: 0, max: 100_000_000_000, integer: true }, group: 'tuned' },
  { key: 'ep', label: 'Epochs', default: 3, rule: { min: 0, max: 100, integer: true }, group: 'tuned' },
  { key: 'tp', label: 'Training price', unit: '$ per MTok trained', help: 'Your provider’s current training price; no default is given because we could not confirm one from a primary source.', default: 0, rule: PRICE, group: 'tuned' },
  { key: 'rt', label: 'Retraining runs per year', default: 4, rule: { min: 0, max: 365, integer: true }, group: 'tuned' },
  { key: 'host', label: 'Hosting per month', unit: '$', help: 'For a self-hosted model; 0 on a pay-per-token API.', default: 0, rule: { min: 0, max: 100_000_000 }, group: 'tuned' },
];

export type FieldValues = Record<string, number>;

export function defaultValues(): FieldValues {
  return Object.fromEntries(FIELDS.map((f) => [f.key, f.default]));
}

export function toCostInputs(v: FieldValues): CostInputs {
  return {
    requestsPerDay: v.rpd!,
    daysPerMonth: v.days!,
    prompted: {
      promptTokens: v.ap!,
      userTokens: v.au!,
      outputTokens: v.ao!,
      inputPrice: v.ai!,
      outputPrice: v.aop!,
      cacheDiscount: v.cd! / 100,
      cacheHitRate: v.ch! / 100,
    },
    tuned: {
      promptTokens: v.bp!,
      userTokens: v.bu!,
      outputTokens: v.bo!,
      inputPrice: v.bi!,
      outputPrice: v.bop!,
      trainingTokens: v.tt!,
      epochs: v.ep!,
      trainingPrice: v.tp!,
      retrainsPerYear: v.rt!,
      hostingPerMonth: v.host!,
    },
  };
}

export interface PricePreset {
  id: string;
  label: string;
  inputPrice: number;
  outputPrice: number;
  /** Cached-input discount, 0–100, where the source gives one. */
  cacheDiscount?: number;
  /** Citation id and the date the price was stated. */
  source: string;
  asOf: string;
}

export const PRICE_PRESETS: readonly PricePreset[] = [
  { id: 'gpt-4o', label: 'GPT-4o', inputPrice: 2.5, outputPrice: 10, cacheDiscount: 50, source: 'openai-2024-prompt-caching', asOf: '2024-10' },
  { id: 'gpt-4o-ft', label: 'GPT-4o, fine-tuned', inputPrice: 3.75, outputPrice: 15, source: 'openai-2024-prompt-caching', asOf: '2024-10' },
  { id: 'gpt-4o-mini', label: 'GPT-4o mini', inputPrice: 0.15, outputPrice: 0.6, cacheDiscount: 50, source: 'openai-2024-gpt-4o-mini', asOf: '2024-07' },
  { id: 'gpt-4o-mini-ft', label: 'GPT-4o mini, fine-tuned', inputPrice: 0.3, outputPrice: 1.2, source: 'openai-2024-prompt-caching', asOf: '2024-10' },
  { id: 'claude-3-haiku', label: 'Claude 3 Haiku', inputPrice: 0.25, outputPrice: 1.25, source: 'anthropic-2024-claude-3-family', asOf: '2024-03' },
  { id: 'claude-3-sonnet', label: 'Claude 3 Sonnet', inputPrice: 3, outputPrice: 15, source: 'anthropic-2024-claude-3-family', asOf: '2024-03' },
  { id: 'claude-3-opus', label: 'Claude 3 Opus', inputPrice: 15, outputPrice: 75, source: 'anthropic-2024-claude-3-family', asOf: '2024-03' },
  { id: 'claude-3-5-sonnet', label: 'Claude 3.5 Sonnet', inputPrice: 3, outputPrice: 15, cacheDiscount: 90, source: 'anthropic-2024-prompt-caching', asOf: '2024-08' },
];

/** Reads values from the URL; invalid or missing values keep their defaults. */
export function parseValues(search: string | URLSearchParams, parse: (raw: string, rule: NumberRule) => { ok: boolean; value?: number }): FieldValues {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values = defaultValues();
  for (const field of FIELDS) {
    const raw = params.get(field.key);
    if (raw === null) continue;
    const parsed = parse(raw, field.rule);
    if (parsed.ok && parsed.value !== undefined) values[field.key] = parsed.value;
  }
  return values;
}

export function serializeValues(values: FieldValues): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    if (values[field.key] !== field.default) params.set(field.key, String(values[field.key]));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
