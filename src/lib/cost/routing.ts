/** Blended price of routing traffic across model tiers, against sending everything to the top tier. */

export interface Tier {
  name: string;
  /** Share of requests, 0–1. Shares should add up to 1. */
  share: number;
  inputPrice: number;
  outputPrice: number;
}

export interface RoutingResult {
  shareTotal: number;
  /** Weighted price per MTok for input and for output. */
  blendedInput: number;
  blendedOutput: number;
  /** Per-request cost for the given token counts, blended and all-top-tier. */
  blendedPerRequest: number;
  topTierPerRequest: number;
  /** 0–1 fraction saved against the most expensive tier alone. */
  saving: number;
  topTier: Tier;
}

export function blend(tiers: readonly Tier[], inputTokens: number, outputTokens: number): RoutingResult {
  if (tiers.length === 0) throw new RangeError('At least one tier is needed');
  const shareTotal = tiers.reduce((sum, t) => sum + t.share, 0);
  const blendedInput = tiers.reduce((sum, t) => sum + t.share * t.inputPrice, 0);
  const blendedOutput = tiers.reduce((sum, t) => sum + t.share * t.outputPrice, 0);
  const perRequest = (input: number, output: number) => (inputTokens * input + outputTokens * output) / 1_000_000;
  const topTier = [...tiers].sort((a, b) => perRequest(b.inputPrice, b.outputPrice) - perRequest(a.inputPrice, a.outputPrice))[0]!;
  const blendedPerRequest = perRequest(blendedInput, blendedOutput);
  const topTierPerRequest = perRequest(topTier.inputPrice, topTier.outputPrice);
  return {
    shareTotal,
    blendedInput,
    blendedOutput,
    blendedPerRequest,
    topTierPerRequest,
    saving: topTierPerRequest > 0 ? 1 - blendedPerRequest / topTierPerRequest : 0,
    topTier,
  };
}
