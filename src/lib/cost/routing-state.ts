/**
 * The routing calculator's state (two tiers' shares and prices, chosen presets, tokens per request) to and
 * from the page URL, under keys of its own so it shares the URL with the cost calculator. Invalid or
 * outdated parts fall back to the source example and are named; parsing never throws.
 */
import { parseLinkNumber, type NumberSpec } from '../site/number-input.ts';
import type { Tier } from './routing.ts';

export interface RoutingTier extends Tier {
  /** Preset id the tier's prices came from, if any. */
  preset?: string;
}

export interface RoutingState {
  tiers: RoutingTier[];
  inputTokens: number;
  outputTokens: number;
}

/** The source material's example: 70 % of traffic on Claude 3 Haiku, 30 % on Claude 3 Opus, input only, at their 2024 list prices (both models are retired). */
export const ROUTING_SOURCE_EXAMPLE: RoutingState = {
  tiers: [
    { name: 'Claude 3 Haiku, 2024 price', share: 0.7, inputPrice: 0.25, outputPrice: 1.25 },
    { name: 'Claude 3 Opus, 2024 price', share: 0.3, inputPrice: 15, outputPrice: 75 },
  ],
  inputTokens: 1000,
  outputTokens: 0,
};

export interface TierPreset {
  id: string;
  label: string;
  /** False for a model kept for the record or past shutdown. */
  current: boolean;
  inputPrice: number;
  outputPrice: number;
}

export const ROUTING_FIELDS = {
  share: { kind: 'share', scale: 'percent', min: 0, max: 100 },
  price: { kind: 'price', min: 0, max: 10_000 },
  tokens: { kind: 'count', min: 0, max: 10_000_000, integer: true, example: '1000' },
} as const satisfies Record<string, NumberSpec>;
const { share: SHARE, price: PRICE, tokens: TOKENS } = ROUTING_FIELDS;

/** Marks a link to the source example itself, which has no other key (the bare page opens on current models). */
const SOURCE_CASE: readonly [string, string] = ['rcase', '2024'];

export const ROUTING_URL_KEYS: readonly string[] = [
  ...ROUTING_SOURCE_EXAMPLE.tiers.flatMap((_, i) => [`r${i}p`, `r${i}s`, `r${i}i`, `r${i}o`]),
  'rin',
  'rout',
  SOURCE_CASE[0],
];

/** The tiers the calculator opens on: a provider's small and large current models, when both are offered. */
export const OPENING_TIERS = ['a:anthropic-claude-haiku-5-5:claude-api', 'a:anthropic-claude-opus-5-5:claude-api'] as const;

/**
 * The state a page without routing keys opens on: the source example's 70 % / 30 % split and 1,000 input
 * tokens over current models (OPENING_TIERS, else the cheapest and dearest current input prices), or the
 * source example itself when fewer than two current models are offered.
 */
export function routingOpening(presets: ReadonlyMap<string, TierPreset>): RoutingState {
  const current = [...presets.values()].filter((p) => p.current);
  const preferred = OPENING_TIERS.map((id) => presets.get(id));
  const byPrice = [...current].sort((x, y) => x.inputPrice - y.inputPrice);
  const pair = preferred.every((p) => p?.current) ? (preferred as TierPreset[]) : byPrice.length >= 2 ? [byPrice[0]!, byPrice.at(-1)!] : null;
  if (!pair) return ROUTING_SOURCE_EXAMPLE;
  return {
    ...ROUTING_SOURCE_EXAMPLE,
    tiers: ROUTING_SOURCE_EXAMPLE.tiers.map((t, i) => ({ name: pair[i]!.label, share: t.share, inputPrice: pair[i]!.inputPrice, outputPrice: pair[i]!.outputPrice, preset: pair[i]!.id })),
  };
}

/** Whether a query holds any routing state (else the page opens on `routingOpening`). */
export function hasRoutingState(search: string | URLSearchParams): boolean {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return ROUTING_URL_KEYS.some((key) => params.has(key));
}

export function isRoutingSourceExample(state: RoutingState): boolean {
  const strip = (s: RoutingState) => JSON.stringify({ ...s, tiers: s.tiers.map(({ preset: _preset, ...t }) => t) });
  return strip(state) === strip(ROUTING_SOURCE_EXAMPLE);
}

export function parseRoutingState(search: string | URLSearchParams, presets: ReadonlyMap<string, TierPreset>): { state: RoutingState; problems: string[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const problems: string[] = [];
  const number = (key: string, rule: NumberSpec, fallback: number, label: string) => {
    const raw = params.get(key);
    if (raw === null) return fallback;
    const parsed = parseLinkNumber(raw, rule);
    if (parsed.ok) return parsed.value;
    problems.push(`${label}: “${raw.slice(0, 40)}” is not a valid value`);
    return fallback;
  };
  const tiers = ROUTING_SOURCE_EXAMPLE.tiers.map((fallback, i): RoutingTier => {
    let tier: RoutingTier = { ...fallback };
    const id = params.get(`r${i}p`);
    if (id !== null) {
      const preset = presets.get(id);
      if (preset) tier = { name: preset.label, share: tier.share, inputPrice: preset.inputPrice, outputPrice: preset.outputPrice, preset: id };
      else problems.push(`tier ${i + 1}’s preset “${id.slice(0, 60)}” is not offered any more`);
    }
    return {
      ...tier,
      share: number(`r${i}s`, SHARE, tier.share * 100, `tier ${i + 1} share`) / 100,
      inputPrice: number(`r${i}i`, PRICE, tier.inputPrice, `tier ${i + 1} input price`),
      outputPrice: number(`r${i}o`, PRICE, tier.outputPrice, `tier ${i + 1} output price`),
    };
  });
  return {
    state: {
      tiers,
      inputTokens: number('rin', TOKENS, ROUTING_SOURCE_EXAMPLE.inputTokens, 'input tokens'),
      outputTokens: number('rout', TOKENS, ROUTING_SOURCE_EXAMPLE.outputTokens, 'output tokens'),
    },
    problems,
  };
}

/** The state's query parameters: each tier's preset, and every figure that differs from what it would otherwise be. */
export function routingParams(state: RoutingState, presets: ReadonlyMap<string, TierPreset>): URLSearchParams {
  const params = new URLSearchParams();
  state.tiers.forEach((tier, i) => {
    const preset = tier.preset ? presets.get(tier.preset) : undefined;
    const base = preset ? { share: NaN, inputPrice: preset.inputPrice, outputPrice: preset.outputPrice } : ROUTING_SOURCE_EXAMPLE.tiers[i]!;
    if (preset) params.set(`r${i}p`, preset.id);
    if (tier.share !== ROUTING_SOURCE_EXAMPLE.tiers[i]!.share) params.set(`r${i}s`, String(Math.round(tier.share * 1e8) / 1e6));
    if (tier.inputPrice !== base.inputPrice) params.set(`r${i}i`, String(tier.inputPrice));
    if (tier.outputPrice !== base.outputPrice) params.set(`r${i}o`, String(tier.outputPrice));
  });
  if (state.inputTokens !== ROUTING_SOURCE_EXAMPLE.inputTokens) params.set('rin', String(state.inputTokens));
  if (state.outputTokens !== ROUTING_SOURCE_EXAMPLE.outputTokens) params.set('rout', String(state.outputTokens));
  if ([...params.keys()].length === 0) params.set(...SOURCE_CASE);
  return params;
}

/** Routing tiers from the hosted price presets (calculator slot a). */
export function tierPresets(presets: readonly { id: string; slot: string; label: string; current: boolean; fields: Record<string, number> }[]): TierPreset[] {
  return presets
    .filter((p) => p.slot === 'a' && p.fields.ai !== undefined && p.fields.aop !== undefined)
    .map((p) => ({ id: p.id, label: p.label, current: p.current, inputPrice: p.fields.ai!, outputPrice: p.fields.aop! }));
}
