import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kvBytesPerToken, kvTokensHeld, memoryFit, peakRequestsPerSecond, selfHostedRunningCost, sizeSelfHosted, type SelfHostedOption, type SelfHostedTraffic } from './self-hosting.ts';

/**
 * The two workloads of issue #22, worked by hand for every model × GPU pair the presets offer (the serving
 * benchmarks in content/gpus/), with the figures those benchmarks give:
 *   Llama 3.1 8B × H100: 3,400.4 output tokens/s (vLLM 0.5.4, FP8, 320 prompts at once); no prompt rate published.
 *   Llama 3.1 8B × A100: 1,517.54 output tokens/s (same benchmark); no prompt rate published.
 *   Llama 3.3 70B × H100: NIM 1.8.0 on 2 GPUs, FP8, 50 at once: 814.37 ÷ 2 = 407.185 output tokens/s per GPU;
 *     prompt rate from the one-request run: 5,000 tokens in 0.40677 s on 2 GPUs = 6,146.0 tokens/s per GPU.
 * KV cache per token: Llama 3.1 8B 2 × 32 layers × 8 KV heads × 128 × 2 bytes = 131,072 bytes;
 *   Llama 3.3 70B 2 × 80 × 8 × 128 × 2 = 327,680 bytes (shape entered by the reader: not in the data).
 * Where no prompt rate is published the calculator asks for one; these tests then enter a reader's figure.
 */

// Fixed hourly prices, so the sums below stay hand-worked: Runpod's active-worker rates as its docs listed them until
// May 2026 ($0.00093 and $0.00060 a second × 3,600). Runpod no longer publishes them (content/gpus/ now holds its
// standard rate for an always-on worker); the sizing, not the price, is what these tests check.
const H100 = { gpuMemoryGB: 80, gpuHourly: 3.348 };
const A100 = { gpuMemoryGB: 80, gpuHourly: 2.16 };
const llama8b = { parametersB: 8, weightBits: 8, layers: 32, kvHeads: 8, headDim: 128, maxContextTokens: 131_072 };
const llama70b = { parametersB: 70, weightBits: 8, layers: 80, kvHeads: 8, headDim: 128, maxContextTokens: 0 };

const option = (over: Partial<SelfHostedOption>): SelfHostedOption => ({
  ...llama8b,
  ...H100,
  concurrency: 320,
  adapterGB: 0,
  prefixCaching: true,
  decodeTokensPerSecondPerGpu: 3400.4,
  prefillTokensPerSecondPerGpu: 0,
  targetUtilization: 0.6,
  trainingGpuHours: 0,
  operationsPerMonth: 0,
  ...over,
});

const NIM_PREFILL = 5000 / 0.40677 / 2;

/** 2 million support emails a month into 40 categories: a 3,450-token fixed prompt, 300 tokens in, 20 out. */
const email: SelfHostedTraffic = { requestsPerMonth: 2_000_000, daysPerMonth: 30, peakToAverage: 2, promptTokens: 3450, userTokens: 300, outputTokens: 20 };
/** The cost guide's workload: 10 million requests a day, 300 tokens in (100 fixed, 200 the user's), 100 out. */
const guide: SelfHostedTraffic = { requestsPerMonth: 300_000_000, daysPerMonth: 30, peakToAverage: 1, promptTokens: 100, userTokens: 200, outputTokens: 100 };

describe('KV cache', () => {
  it('is 131,072 bytes a token for Llama 3.1 8B and 327,680 for Llama 3.3 70B', () => {
    expect(kvBytesPerToken(llama8b)).toBe(131_072);
    expect(kvBytesPerToken(llama70b)).toBe(327_680);
  });

  it('holds the fixed prompt once with prefix caching, once per request without', () => {
    // 3,450 + 320 × (300 + 20) = 105,850 tokens; without caching 320 × 3,770 = 1,206,400.
    expect(kvTokensHeld(email, { concurrency: 320, prefixCaching: true })).toBe(105_850);
    expect(kvTokensHeld(email, { concurrency: 320, prefixCaching: false })).toBe(1_206_400);
  });
});

describe('the email case: one GPU for every pair with a benchmark', () => {
  // Peak: 2,000,000 ÷ (30 × 86,400 s) = 0.7716 requests/s, × 2 = 1.5432 requests/s.
  it('peaks at 1.5432 requests a second', () => {
    expect(peakRequestsPerSecond(email)).toBeCloseTo(1.543210, 5);
  });

  it('Llama 3.1 8B × H100 asks for the prompt rate, then needs one GPU ($2,410.56 a month)', () => {
    const asked = sizeSelfHosted(email, option({}));
    expect(asked.missing).toEqual(['prefill throughput']);
    expect(asked.gpus).toBe(Infinity);
    expect(selfHostedRunningCost(asked, option({}))).toBeNull();
    // A reader's 10,000 prompt tokens/s: 300 ÷ 10,000 + 20 ÷ 3,400.4 = 0.03 + 0.005882 = 0.035882 GPU-s a request;
    // × 1.5432 = 0.0554 GPUs busy, ÷ 0.6 = 0.092 → 1 GPU. Memory: 8 GB of FP8 weights + 105,850 tokens × 131,072 B
    // = 13.874 GB of KV cache = 21.874 GB, under 72 GB usable → 1 GPU a copy. 1 × 720 h × $3.348 = $2,410.56.
    const c = option({ prefillTokensPerSecondPerGpu: 10_000 });
    const sized = sizeSelfHosted(email, c);
    expect(sized.gpuSecondsPerRequest).toBeCloseTo(0.035882, 6);
    expect(sized.busyGpus).toBeCloseTo(0.055373, 5);
    expect(sized.kvCacheGB).toBeCloseTo(13.873971, 5);
    expect(sized.totalGB).toBeCloseTo(21.873971, 5);
    expect(sized.gpusPerReplica).toBe(1);
    expect(sized.gpus).toBe(1);
    expect(selfHostedRunningCost(sized, c)).toBeCloseTo(2410.56, 6);
  });

  it('Llama 3.1 8B × A100 needs one GPU ($1,555.20 a month)', () => {
    // 0.03 + 20 ÷ 1,517.54 = 0.043179 GPU-s; × 1.5432 = 0.0666 busy, ÷ 0.6 = 0.111 → 1. 720 h × $2.16 = $1,555.20.
    const c = option({ ...A100, decodeTokensPerSecondPerGpu: 1517.54, prefillTokensPerSecondPerGpu: 10_000 });
    const sized = sizeSelfHosted(email, c);
    expect(sized.gpuSecondsPerRequest).toBeCloseTo(0.043179, 6);
    expect(sized.gpus).toBe(1);
    expect(selfHostedRunningCost(sized, c)).toBeCloseTo(1555.2, 6);
  });

  it('Llama 3.3 70B × H100 needs one copy on two GPUs for memory, not for rate ($4,821.12 a month)', () => {
    // 300 ÷ 6,146.0 + 20 ÷ 407.185 = 0.048811 + 0.049118 = 0.097929 GPU-s; × 1.5432 = 0.1511 busy, ÷ 0.6 = 0.25 → 1.
    // Memory: 70 GB of FP8 weights + (3,450 + 50 × 320) × 327,680 B = 6.373 GB = 76.373 GB > 72 → 2 GPUs a copy.
    const c = option({ ...llama70b, concurrency: 50, decodeTokensPerSecondPerGpu: 814.37 / 2, prefillTokensPerSecondPerGpu: NIM_PREFILL });
    const sized = sizeSelfHosted(email, c);
    expect(NIM_PREFILL).toBeCloseTo(6145.98, 1);
    expect(sized.gpuSecondsPerRequest).toBeCloseTo(0.097929, 5);
    expect(sized.gpusForRate).toBe(1);
    expect(sized.kvCacheGB).toBeCloseTo(6.373376, 5);
    expect(sized.gpusPerReplica).toBe(2);
    expect(sized.gpus).toBe(2);
    expect(selfHostedRunningCost(sized, c)).toBeCloseTo(4821.12, 6);
  });

  it('does not let a cached 3,450-token prompt multiply the GPUs, and without the cache it fills memory instead', () => {
    const cached = sizeSelfHosted(email, option({ prefillTokensPerSecondPerGpu: 10_000 }));
    const uncached = sizeSelfHosted(email, option({ prefillTokensPerSecondPerGpu: 10_000, prefixCaching: false }));
    // Uncached: 3,750 ÷ 10,000 + 0.005882 = 0.380882 GPU-s; 0.5878 busy ÷ 0.6 = 0.98 → still 1 for rate, but
    // 1,206,400 tokens × 131,072 B = 158.1 GB of KV cache + 8 GB = 166.1 GB → 3 GPUs a copy.
    expect(cached.uncachedInputTokens).toBe(300);
    expect(uncached.uncachedInputTokens).toBe(3750);
    expect(uncached.gpusForRate).toBe(1);
    expect(uncached.gpusPerReplica).toBe(3);
    expect(uncached.gpus).toBe(3);
  });
});

describe("the cost guide's 10 million requests a day", () => {
  // 300,000,000 ÷ (30 × 86,400) = 115.7407 requests/s, flat (peak 1), at full use (100%).
  it("Llama 3.1 8B × H100: the guide's four H100s count only the answer; the prompt makes it five", () => {
    // Output alone: 115.7407 × 100 ÷ 3,400.4 = 3.4037 GPUs → 4, the guide's figure.
    const outputOnly = 115.7407407 * (100 / 3400.4);
    expect(Math.ceil(outputOnly)).toBe(4);
    // With 200 uncached prompt tokens a request at a reader's 20,000 tokens/s: + 115.7407 × 0.01 = 1.1574 → 4.5611 → 5.
    const c = option({ prefillTokensPerSecondPerGpu: 20_000, targetUtilization: 1 });
    const sized = sizeSelfHosted(guide, c);
    expect(sized.busyGpus).toBeCloseTo(4.5611, 3);
    expect(sized.gpus).toBe(5);
    // 5 × 720 h × $3.348 = $12,052.80 a month.
    expect(selfHostedRunningCost(sized, c)).toBeCloseTo(12_052.8, 6);
    // A 2× peak planned at 60% use: 4.5611 × 2 ÷ 0.6 = 15.2 → 16 GPUs.
    expect(sizeSelfHosted({ ...guide, peakToAverage: 2 }, option({ prefillTokensPerSecondPerGpu: 20_000 })).gpus).toBe(16);
  });

  it('Llama 3.1 8B × A100 needs nine', () => {
    // 115.7407 × (100 ÷ 1,517.54 + 200 ÷ 20,000) = 115.7407 × 0.075897 = 8.7842 → 9.
    const sized = sizeSelfHosted(guide, option({ ...A100, decodeTokensPerSecondPerGpu: 1517.54, prefillTokensPerSecondPerGpu: 20_000, targetUtilization: 1 }));
    expect(sized.busyGpus).toBeCloseTo(8.7842, 3);
    expect(sized.gpus).toBe(9);
  });

  it('Llama 3.3 70B × H100 needs 17 two-GPU copies', () => {
    // 115.7407 × (200 ÷ 6,146.0 + 100 ÷ 407.185) = 115.7407 × 0.278129 = 32.19 → 33 GPUs for rate; a copy needs
    // 70 GB + (100 + 50 × 300) × 327,680 B = 74.95 GB → 2 GPUs; 33 ÷ 2 → 17 copies = 34 GPUs.
    const sized = sizeSelfHosted(guide, option({ ...llama70b, concurrency: 50, decodeTokensPerSecondPerGpu: 814.37 / 2, prefillTokensPerSecondPerGpu: NIM_PREFILL, targetUtilization: 1 }));
    expect(sized.busyGpus).toBeCloseTo(32.191, 2);
    expect(sized.gpusForRate).toBe(33);
    expect(sized.gpusPerReplica).toBe(2);
    expect(sized.replicas).toBe(17);
    expect(sized.gpus).toBe(34);
  });
});

describe('what is still missing', () => {
  it('names each unknown shape figure instead of assuming another model’s', () => {
    const sized = sizeSelfHosted(email, option({ layers: 0, kvHeads: 0, headDim: 0, prefillTokensPerSecondPerGpu: 1 }));
    expect(sized.missing).toEqual(['layers', 'KV heads', 'head size']);
  });

  it('does not ask for a prompt rate when every prompt token is cached, nor an output rate for no output', () => {
    const sized = sizeSelfHosted({ ...email, userTokens: 0, outputTokens: 0 }, option({ decodeTokensPerSecondPerGpu: 0 }));
    expect(sized.missing).toEqual([]);
    expect(sized.gpus).toBe(1);
  });

  it('flags a request longer than the model’s context', () => {
    expect(sizeSelfHosted(email, option({ prefillTokensPerSecondPerGpu: 1, maxContextTokens: 3000 })).fitsContext).toBe(false);
    expect(sizeSelfHosted(email, option({ prefillTokensPerSecondPerGpu: 1, maxContextTokens: 0 })).fitsContext).toBe(true);
  });

  it('adds unmerged adapters to the memory of each copy', () => {
    const base = memoryFit(email, option({}));
    expect(memoryFit(email, option({ adapterGB: 2.5 })).totalGB).toBeCloseTo(base.totalGB + 2.5, 9);
  });

  it('rejects a precision it cannot size', () => {
    expect(() => memoryFit(email, option({ weightBits: 3 }))).toThrow(RangeError);
  });
});

describe('properties', () => {
  it('never sizes fewer GPUs for more traffic, and always at least one copy', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5e8 }), fc.integer({ min: 0, max: 5e8 }), (x, y) => {
        const c = option({ prefillTokensPerSecondPerGpu: 10_000 });
        const [lo, hi] = x < y ? [x, y] : [y, x];
        const a = sizeSelfHosted({ ...email, requestsPerMonth: lo }, c);
        const b = sizeSelfHosted({ ...email, requestsPerMonth: hi }, c);
        return a.gpus >= 1 && a.gpus <= b.gpus && b.gpus % b.gpusPerReplica === 0;
      }),
    );
  });
});
