/**
 * Monthly cost, break-even and latency of serving one LLM feature three ways:
 *   A. a hosted model with a long few-shot prompt (prompt caching, batch discount, reasoning tokens);
 *   B. a hosted fine-tuned model with a short prompt (one-off training, tuned-inference prices);
 *   C. an open-weight model tuned with LoRA and served on rented GPUs (sized in cost/self-hosting.ts).
 * Prices are US dollars per million tokens (MTok) unless a name says otherwise. Everything here is pure.
 */

import { latencyVerdict, requestLatencySeconds, type LatencySpeed, type LatencyVerdict } from './latency.ts';
import { selfHostedRunningCost, sizeSelfHosted, type SelfHostedOption, type SelfHostedSizing } from './self-hosting.ts';

export type { SelfHostedOption, SelfHostedSizing } from './self-hosting.ts';

export const TOKENS_PER_MTOK = 1_000_000;

export type VolumeUnit = 'day' | 'month';
export type OptionId = 'a' | 'b' | 'c';

/** What every option serves: the same requests, the same user input and answer. */
export interface Traffic {
  /** Requests per `per`. */
  volume: number;
  per: VolumeUnit;
  daysPerMonth: number;
  /** Busiest hour's request rate divided by the average rate (1 = perfectly flat traffic). */
  peakToAverage: number;
  /** Tokens of the user's own input per request. */
  userTokens: number;
  /** Visible answer tokens per request. */
  outputTokens: number;
}

/** Option A: a hosted model with a long, cacheable few-shot prompt. */
export interface PromptedOption {
  /** System prompt plus few-shot examples: the same prefix on every request. */
  promptTokens: number;
  /** Hidden reasoning tokens per request, billed as output. */
  reasoningTokens: number;
  inputPrice: number;
  /** Price of a prompt token read from the cache. */
  cachedInputPrice: number;
  /** Price of a prompt token written to the cache (on a miss, while caching is on). */
  cacheWritePrice: number;
  outputPrice: number;
  /** Share of requests whose prompt prefix is read from the cache, 0–1. 0 means caching is off. */
  cacheHitRate: number;
  /** Share of requests sent through the asynchronous batch interface, 0–1. */
  batchShare: number;
  /** Discount the batch interface gives, 0–1 (0.5 = half price), applied to the whole request. */
  batchDiscount: number;
}

/** Settings B and C share: a tuned model needs only a short prompt, and is retrained now and then. */
export interface TunedCommon {
  promptTokens: number;
  /** Training runs per year after the first. */
  retrainsPerYear: number;
}

/** Option B: a hosted fine-tuned model. */
export interface HostedTunedOption {
  trainingTokens: number;
  epochs: number;
  /** $ per MTok trained (training tokens × epochs). */
  trainingPrice: number;
  inputPrice: number;
  outputPrice: number;
  /** Fixed fees per month (hosting a tuned deployment, where the provider charges one). */
  feesPerMonth: number;
}

/** Measured or assumed speed of one option: 0 means unknown. */
export type Speed = LatencySpeed;

export interface CostInputs {
  traffic: Traffic;
  a: PromptedOption;
  tuned: TunedCommon;
  b: HostedTunedOption;
  c: SelfHostedOption;
  speed: Record<OptionId, Speed>;
  /** p95 seconds to a full answer the feature must beat; 0 or absent for none. */
  latencyTargetSeconds?: number;
}

/** Price of `tokens` at `pricePerMTok`. */
export function tokenCost(tokens: number, pricePerMTok: number): number {
  return (tokens * pricePerMTok) / TOKENS_PER_MTOK;
}

export function requestsPerMonth(t: Pick<Traffic, 'volume' | 'per' | 'daysPerMonth'>): number {
  return t.per === 'day' ? t.volume * t.daysPerMonth : t.volume;
}

/** Option A per request: cached share of the prompt at the cached price, misses at the write price, all less the batch share's discount. */
export function promptedCostPerRequest(a: PromptedOption, t: Pick<Traffic, 'userTokens' | 'outputTokens'>): number {
  const missPrice = a.cacheHitRate > 0 ? a.cacheWritePrice : a.inputPrice;
  const prompt = tokenCost(a.promptTokens * a.cacheHitRate, a.cachedInputPrice) + tokenCost(a.promptTokens * (1 - a.cacheHitRate), missPrice);
  const full = prompt + tokenCost(t.userTokens, a.inputPrice) + tokenCost(t.outputTokens + a.reasoningTokens, a.outputPrice);
  return full * (1 - a.batchShare * a.batchDiscount);
}

/** Option B per request. */
export function hostedTunedCostPerRequest(b: HostedTunedOption, tuned: TunedCommon, t: Pick<Traffic, 'userTokens' | 'outputTokens'>): number {
  return tokenCost(tuned.promptTokens + t.userTokens, b.inputPrice) + tokenCost(t.outputTokens, b.outputPrice);
}

/** One hosted training run: tokens × epochs at the training price. */
export function hostedTrainingCost(b: HostedTunedOption): number {
  return tokenCost(b.trainingTokens * b.epochs, b.trainingPrice);
}

export interface OptionCost {
  id: OptionId;
  /** Serving cost per month, fixed fees included, training excluded. */
  running: number;
  /** One training run. */
  training: number;
  /** Running cost plus retraining spread over the year. */
  monthly: number;
  /** Seconds to a full answer, or null when the speed is unknown. */
  latencySeconds: number | null;
  /** The estimate against the p95 target. */
  latencyVerdict: LatencyVerdict;
  /** False when an input it needs is still zero (a GPU price, a throughput): it is left out of the ranking. */
  complete: boolean;
}

export interface Comparison {
  requestsPerMonth: number;
  options: Record<OptionId, OptionCost>;
  sizing: SelfHostedSizing;
  /** Input tokens A reads a month (prompt and user input). */
  promptedInputTokensPerMonth: number;
}

/** The request mix option C is sized for, from the shared traffic and the tuned options' short prompt. */
export function selfHostedTraffic(traffic: Traffic, tuned: TunedCommon) {
  return {
    requestsPerMonth: requestsPerMonth(traffic),
    daysPerMonth: traffic.daysPerMonth,
    peakToAverage: traffic.peakToAverage,
    promptTokens: tuned.promptTokens,
    userTokens: traffic.userTokens,
    outputTokens: traffic.outputTokens,
  };
}

export function compare(inputs: CostInputs): Comparison {
  const { traffic, a, tuned, b, c, speed } = inputs;
  const n = requestsPerMonth(traffic);
  const amortized = (training: number) => (training * tuned.retrainsPerYear) / 12;

  const aRunning = n * promptedCostPerRequest(a, traffic);
  const bTraining = hostedTrainingCost(b);
  const bRunning = n * hostedTunedCostPerRequest(b, tuned, traffic) + b.feesPerMonth;
  const target = inputs.latencyTargetSeconds ?? 0;
  const option = (id: OptionId, running: number, training: number, monthly: number, latency: number | null, complete: boolean): OptionCost => ({
    id,
    running,
    training,
    monthly,
    latencySeconds: latency,
    latencyVerdict: latencyVerdict(latency, target),
    complete,
  });
  const sizing = sizeSelfHosted(selfHostedTraffic(traffic, tuned), c);
  const cTraining = c.trainingGpuHours * c.gpuHourly;
  const cCost = selfHostedRunningCost(sizing, c);
  const cComplete = cCost !== null;
  const cRunning = cCost ?? 0;

  return {
    requestsPerMonth: n,
    promptedInputTokensPerMonth: n * (a.promptTokens + traffic.userTokens),
    sizing,
    options: {
      a: option('a', aRunning, 0, aRunning, requestLatencySeconds(speed.a, a.reasoningTokens + traffic.outputTokens), true),
      b: option('b', bRunning, bTraining, bRunning + amortized(bTraining), requestLatencySeconds(speed.b, traffic.outputTokens), true),
      c: option('c', cRunning, cTraining, cRunning + amortized(cTraining), requestLatencySeconds(speed.c, traffic.outputTokens), cComplete),
    },
  };
}

/** The cheapest of the chosen, complete options; ties go to the earlier letter (A before B before C). */
export function cheapest(comparison: Comparison, chosen: readonly OptionId[]): OptionId | null {
  let best: OptionCost | null = null;
  for (const id of chosen) {
    const option = comparison.options[id];
    if (!option.complete) continue;
    if (best === null || option.monthly < best.monthly) best = option;
  }
  return best?.id ?? null;
}

/** Months until an option's first training run is paid back by its saving against A; null when it never is. */
export function breakEvenMonths(comparison: Comparison, id: Exclude<OptionId, 'a'>): number | null {
  const option = comparison.options[id];
  const saving = comparison.options.a.monthly - option.monthly;
  if (!option.complete || !(saving > 0)) return null;
  return option.training / saving;
}

/** The traffic at `requestsPerMonth`, kept in the reader's unit. */
export function atVolume(traffic: Traffic, monthly: number): Traffic {
  return { ...traffic, volume: traffic.per === 'day' ? monthly / traffic.daysPerMonth : monthly };
}

/**
 * The smallest monthly volume at which option `id` costs no more than A, searched up to `maxMonthly`
 * (a log-spaced scan from 1, then bisection: C's cost rises in whole GPUs, so no closed form); null when none.
 */
export function breakEvenVolume(inputs: CostInputs, id: Exclude<OptionId, 'a'>, maxMonthly = 1e12): number | null {
  const gap = (monthly: number) => {
    const result = compare({ ...inputs, traffic: atVolume(inputs.traffic, monthly) });
    const option = result.options[id];
    return option.complete ? option.monthly - result.options.a.monthly : Infinity;
  };
  const steps = 240;
  let previous = 0;
  for (let i = 0; i <= steps; i++) {
    const volume = 10 ** ((Math.log10(maxMonthly) * i) / steps);
    if (gap(volume) <= 0) {
      let lo = previous;
      let hi = volume;
      for (let k = 0; k < 60 && hi - lo > 0.5; k++) {
        const mid = (lo + hi) / 2;
        if (gap(mid) <= 0) hi = mid;
        else lo = mid;
      }
      return Math.ceil(hi);
    }
    previous = volume;
  }
  return null;
}

/** The input price per MTok that a stated monthly bill implies. */
export function impliedInputPrice(monthlyBill: number, requestsPerMonthCount: number, tokensPerRequest: number): number {
  const tokens = requestsPerMonthCount * tokensPerRequest;
  if (tokens <= 0) throw new RangeError('The request volume and tokens per request must be positive');
  return (monthlyBill / tokens) * TOKENS_PER_MTOK;
}

export type AxisScale = 'linear' | 'log';

/** Volumes for the chart in the reader's unit: 0 to twice the current one (linear), or a tenth to ten times (log). */
export function volumeRange(center: number, scale: AxisScale, points = 9): number[] {
  if (!(center > 0)) return [];
  if (scale === 'log') return Array.from({ length: points }, (_, i) => center * 10 ** (-1 + (2 * i) / (points - 1)));
  return Array.from({ length: points }, (_, i) => (2 * center * i) / (points - 1));
}

export interface CurvePoint {
  /** In the reader's unit (per day or per month). */
  volume: number;
  monthly: Record<OptionId, number | null>;
}

/** Monthly cost of each option at several volumes (in the reader's unit), for the chart and its table. */
export function costCurve(inputs: CostInputs, volumes: readonly number[]): CurvePoint[] {
  return volumes.map((volume) => {
    const result = compare({ ...inputs, traffic: { ...inputs.traffic, volume } });
    const of = (id: OptionId) => (result.options[id].complete ? result.options[id].monthly : null);
    return { volume, monthly: { a: of('a'), b: of('b'), c: of('c') } };
  });
}
