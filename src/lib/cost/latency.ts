/**
 * Request latency against a target: one estimate and one verdict, used by the cost calculator, both decision
 * records and the wizard's latency question. Pure.
 *
 * The estimate is time to first token plus the answer's tokens at one request's output speed. Published
 * benchmarks report means (or medians); a p95 is higher, by how much depends on load and prompt lengths, so a
 * verdict from mean figures says "meets" only with a margin left for the tail: see `P95_MARGIN`.
 */

/** Time to first token and one request's output speed; 0 means unknown. */
export interface LatencySpeed {
  ttftSeconds: number;
  /** Output tokens per second for one request (not a GPU's total throughput). */
  tokensPerSecond: number;
}

/**
 * Share of a p95 target a mean estimate may use and still count as meeting it. An assumption, not a measured
 * ratio: it leaves a fifth of the budget for the slow tail. Measure your own p95 before you promise one.
 */
export const P95_MARGIN = 0.8;

/** Seconds to a full answer of `outputTokens` tokens, or null when either speed figure is missing. */
export function requestLatencySeconds(speed: LatencySpeed, outputTokens: number): number | null {
  if (!(speed.tokensPerSecond > 0) || !(speed.ttftSeconds > 0)) return null;
  return speed.ttftSeconds + outputTokens / speed.tokensPerSecond;
}

export type LatencyVerdict = 'meets' | 'tight' | 'misses' | 'unknown' | 'no-target';

/**
 * How an estimate compares with a p95 target in seconds (0 = no target): within the margin it meets the target,
 * between the margin and the target it is tight (the tail may miss), above the target it misses.
 */
export function latencyVerdict(estimateSeconds: number | null, targetSeconds: number): LatencyVerdict {
  if (!(targetSeconds > 0)) return 'no-target';
  if (estimateSeconds === null) return 'unknown';
  if (estimateSeconds > targetSeconds) return 'misses';
  return estimateSeconds <= targetSeconds * P95_MARGIN ? 'meets' : 'tight';
}

export const VERDICT_WORDS: Readonly<Record<LatencyVerdict, string>> = {
  meets: 'meets the target',
  tight: 'within the target on average, too close for a p95',
  misses: 'misses the target',
  unknown: 'unknown: enter its time to first token and output speed',
  'no-target': 'no target set',
};

/** One request's output speed from a benchmark's mean gap between output tokens. */
export function outputSpeedFromInterToken(interTokenSeconds: number): number {
  if (!(interTokenSeconds > 0)) throw new RangeError('The inter-token latency must be positive');
  return 1 / interTokenSeconds;
}
