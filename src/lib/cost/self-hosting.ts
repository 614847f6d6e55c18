/**
 * Sizing an open-weight model on rented GPUs (option C of the cost calculator): memory for one copy of the
 * model, GPUs for the peak request rate, and what is still missing before either can be computed. Pure.
 *
 * The GPU's time per request is split the way a serving engine spends it:
 *   prefill: reading the prompt tokens not already in the prefix cache, at the pair's prefill rate;
 *   decode: writing the answer, at the pair's output rate measured at the same concurrency.
 * vLLM and SGLang cache a shared prompt prefix automatically, so a fixed system prompt is read once, not on
 * every request; it still takes KV-cache memory, once per copy rather than once per request.
 */

export const SECONDS_PER_DAY = 86_400;
/** Bytes per stored value of the KV cache: it is kept at 16-bit even when the weights are quantized. */
export const KV_CACHE_BYTES = 2;
/** Share of a GPU's memory the weights and KV cache may fill; the rest is left to activations and the runtime. */
export const USABLE_MEMORY_SHARE = 0.9;
/** Bytes per parameter at each weight precision (bits). */
export const BYTES_PER_PARAMETER: Readonly<Record<number, number>> = { 16: 2, 8: 1, 4: 0.5 };

/** The request mix option C serves. */
export interface SelfHostedTraffic {
  requestsPerMonth: number;
  daysPerMonth: number;
  /** Busiest hour's request rate divided by the average rate. */
  peakToAverage: number;
  /** The fixed prompt every request starts with (system prompt, examples). */
  promptTokens: number;
  /** Tokens of the user's own input per request. */
  userTokens: number;
  outputTokens: number;
}

/** Option C: an open-weight model tuned with LoRA and served on rented GPUs. A 0 means "not entered". */
export interface SelfHostedOption {
  parametersB: number;
  /** Weight precision in bits: 16, 8 or 4. */
  weightBits: number;
  layers: number;
  kvHeads: number;
  headDim: number;
  /** Longest context the model accepts, in tokens (0 when unknown: not checked). */
  maxContextTokens: number;
  /** Requests served at once by one copy of the model (the concurrency the rates were measured at). */
  concurrency: number;
  /** Memory for LoRA adapters served unmerged, GB per copy (0 when merged into the weights). */
  adapterGB: number;
  /** Whether the engine keeps the fixed prompt's KV cache and reuses it (automatic prefix caching). */
  prefixCaching: boolean;
  gpuMemoryGB: number;
  gpuHourly: number;
  /** Output tokens per second per GPU at `concurrency` (decode throughput of this model on this GPU). */
  decodeTokensPerSecondPerGpu: number;
  /** Prompt tokens per second per GPU (prefill throughput of this model on this GPU). */
  prefillTokensPerSecondPerGpu: number;
  /** Share of that throughput you plan to use at the peak, 0–1. */
  targetUtilization: number;
  /** One-off LoRA training time, in GPU-hours at the same hourly price. */
  trainingGpuHours: number;
  /** People and tooling to run the service, per month. */
  operationsPerMonth: number;
}

/** Inputs option C cannot be sized without, by what a reader would call them. */
export type MissingInput = 'layers' | 'KV heads' | 'head size' | 'GPU memory' | 'GPU price' | 'output throughput' | 'prefill throughput' | 'target utilization';

export interface MemoryFit {
  weightsGB: number;
  /** Tokens whose keys and values one copy holds at once. */
  kvTokens: number;
  kvCacheGB: number;
  adapterGB: number;
  /** Weights, KV cache and adapters for one copy of the model. */
  totalGB: number;
  /** GPUs one copy needs to hold it (memory × usable share per GPU); Infinity while the GPU memory is unknown. */
  gpusPerReplica: number;
}

export interface SelfHostedSizing extends MemoryFit {
  peakRequestsPerSecond: number;
  /** Prompt tokens each request makes the GPU read (the prefix cache's hits excluded). */
  uncachedInputTokens: number;
  /** GPU-seconds one request takes: uncached input ÷ prefill rate + output ÷ decode rate. */
  gpuSecondsPerRequest: number;
  /** GPUs the peak keeps fully busy, before the utilization target. */
  busyGpus: number;
  /** GPUs the peak rate needs at the target utilization. */
  gpusForRate: number;
  /** Whole copies of the model, each on `gpusPerReplica` GPUs; at least one. */
  replicas: number;
  gpus: number;
  gpuHoursPerMonth: number;
  /** False when a request (prompt, input and answer) is longer than the model's context. */
  fitsContext: boolean;
  /** What must be entered before the GPU count means anything; empty when it does. */
  missing: MissingInput[];
}

/** Keys and values of one token across all layers: 2 × layers × KV heads × head size × bytes. */
export function kvBytesPerToken(c: Pick<SelfHostedOption, 'layers' | 'kvHeads' | 'headDim'>): number {
  return 2 * c.layers * c.kvHeads * c.headDim * KV_CACHE_BYTES;
}

/**
 * Tokens one copy holds in its KV cache: every request in flight keeps its own input and answer; the fixed
 * prompt is kept once when prefix caching shares it, else once per request.
 */
export function kvTokensHeld(traffic: Pick<SelfHostedTraffic, 'promptTokens' | 'userTokens' | 'outputTokens'>, c: Pick<SelfHostedOption, 'concurrency' | 'prefixCaching'>): number {
  const own = traffic.userTokens + traffic.outputTokens;
  return c.prefixCaching ? traffic.promptTokens + c.concurrency * own : c.concurrency * (traffic.promptTokens + own);
}

export function memoryFit(traffic: SelfHostedTraffic, c: SelfHostedOption): MemoryFit {
  const bytesPerParameter = BYTES_PER_PARAMETER[c.weightBits];
  if (bytesPerParameter === undefined) throw new RangeError(`Unknown weight precision: ${c.weightBits} bits`);
  const weightsGB = c.parametersB * bytesPerParameter;
  const kvTokens = kvTokensHeld(traffic, c);
  const kvCacheGB = (kvBytesPerToken(c) * kvTokens) / 1e9;
  const totalGB = weightsGB + kvCacheGB + c.adapterGB;
  const usable = c.gpuMemoryGB * USABLE_MEMORY_SHARE;
  return { weightsGB, kvTokens, kvCacheGB, adapterGB: c.adapterGB, totalGB, gpusPerReplica: usable > 0 ? Math.max(1, Math.ceil(totalGB / usable)) : Infinity };
}

/** Prompt tokens the GPU must read per request: the user's input, plus the fixed prompt unless it is cached. */
export function uncachedInputTokens(traffic: Pick<SelfHostedTraffic, 'promptTokens' | 'userTokens'>, c: Pick<SelfHostedOption, 'prefixCaching'>): number {
  return traffic.userTokens + (c.prefixCaching ? 0 : traffic.promptTokens);
}

export function peakRequestsPerSecond(traffic: Pick<SelfHostedTraffic, 'requestsPerMonth' | 'daysPerMonth' | 'peakToAverage'>): number {
  return (traffic.requestsPerMonth / (traffic.daysPerMonth * SECONDS_PER_DAY)) * traffic.peakToAverage;
}

function missingInputs(c: SelfHostedOption, uncached: number, outputTokens: number): MissingInput[] {
  const missing: MissingInput[] = [];
  if (!(c.layers > 0)) missing.push('layers');
  if (!(c.kvHeads > 0)) missing.push('KV heads');
  if (!(c.headDim > 0)) missing.push('head size');
  if (!(c.gpuMemoryGB > 0)) missing.push('GPU memory');
  if (!(c.gpuHourly > 0)) missing.push('GPU price');
  if (outputTokens > 0 && !(c.decodeTokensPerSecondPerGpu > 0)) missing.push('output throughput');
  if (uncached > 0 && !(c.prefillTokensPerSecondPerGpu > 0)) missing.push('prefill throughput');
  if (!(c.targetUtilization > 0)) missing.push('target utilization');
  return missing;
}

export function sizeSelfHosted(traffic: SelfHostedTraffic, c: SelfHostedOption): SelfHostedSizing {
  const fit = memoryFit(traffic, c);
  const uncached = uncachedInputTokens(traffic, c);
  const missing = missingInputs(c, uncached, traffic.outputTokens);
  const peak = peakRequestsPerSecond(traffic);
  const prefillSeconds = uncached > 0 ? uncached / c.prefillTokensPerSecondPerGpu : 0;
  const decodeSeconds = traffic.outputTokens > 0 ? traffic.outputTokens / c.decodeTokensPerSecondPerGpu : 0;
  const gpuSecondsPerRequest = missing.length > 0 ? NaN : prefillSeconds + decodeSeconds;
  const busyGpus = peak * gpuSecondsPerRequest;
  const gpusForRate = missing.length > 0 ? Infinity : peak === 0 ? 0 : Math.ceil(busyGpus / c.targetUtilization - 1e-9);
  const replicas = Math.max(1, Math.ceil(gpusForRate / fit.gpusPerReplica));
  const gpus = missing.length > 0 ? Infinity : replicas * fit.gpusPerReplica;
  const requestTokens = traffic.promptTokens + traffic.userTokens + traffic.outputTokens;
  return {
    ...fit,
    peakRequestsPerSecond: peak,
    uncachedInputTokens: uncached,
    gpuSecondsPerRequest,
    busyGpus,
    gpusForRate,
    replicas,
    gpus,
    gpuHoursPerMonth: gpus * 24 * traffic.daysPerMonth,
    fitsContext: !(c.maxContextTokens > 0) || requestTokens <= c.maxContextTokens,
    missing,
  };
}

/** Running cost a month: every GPU on all month at the hourly price, plus operations; null while inputs are missing. */
export function selfHostedRunningCost(sizing: SelfHostedSizing, c: Pick<SelfHostedOption, 'gpuHourly' | 'operationsPerMonth'>): number | null {
  if (sizing.missing.length > 0 || !Number.isFinite(sizing.gpus)) return null;
  return sizing.gpuHoursPerMonth * c.gpuHourly + c.operationsPerMonth;
}
