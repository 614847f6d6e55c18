/** Every formula against figures worked out by hand in the comments. */
import { describe, expect, it } from 'vitest';
import {
  breakEvenMonths,
  breakEvenVolume,
  cheapest,
  compare,
  costCurve,
  hostedTrainingCost,
  hostedTunedCostPerRequest,
  impliedInputPrice,
  promptedCostPerRequest,
  requestsPerMonth,
  volumeRange,
  type CostInputs,
  type PromptedOption,
  type SelfHostedOption,
} from './cost.ts';
import { blend } from './routing.ts';
import { requestLatencySeconds as latencySeconds } from './latency.ts';
import { sizeSelfHosted } from './self-hosting.ts';
import { selfHostedTraffic } from './cost.ts';

const promptedA: PromptedOption = {
  promptTokens: 1000,
  reasoningTokens: 0,
  inputPrice: 3,
  cachedInputPrice: 0.3,
  cacheWritePrice: 3.75,
  outputPrice: 15,
  cacheHitRate: 0,
  batchShare: 0,
  batchDiscount: 0.5,
};
const traffic = { volume: 1_000_000, per: 'month' as const, daysPerMonth: 30, peakToAverage: 1, userTokens: 100, outputTokens: 50 };

const selfHosted: SelfHostedOption = {
  parametersB: 8,
  weightBits: 16,
  layers: 32,
  kvHeads: 8,
  headDim: 128,
  maxContextTokens: 0,
  concurrency: 16,
  adapterGB: 0,
  prefixCaching: true,
  gpuMemoryGB: 80,
  gpuHourly: 2,
  decodeTokensPerSecondPerGpu: 100,
  prefillTokensPerSecondPerGpu: 1000,
  targetUtilization: 0.5,
  trainingGpuHours: 10,
  operationsPerMonth: 1000,
};

const base: CostInputs = {
  traffic,
  a: promptedA,
  tuned: { promptTokens: 200, retrainsPerYear: 4 },
  b: { trainingTokens: 2_000_000, epochs: 3, trainingPrice: 3, inputPrice: 0.3, outputPrice: 1.2, feesPerMonth: 100 },
  c: selfHosted,
  speed: { a: { ttftSeconds: 0, tokensPerSecond: 0 }, b: { ttftSeconds: 0, tokensPerSecond: 0 }, c: { ttftSeconds: 0, tokensPerSecond: 0 } },
};

describe('volume', () => {
  it('counts per day times days, or per month as entered', () => {
    expect(requestsPerMonth({ volume: 10_000_000, per: 'day', daysPerMonth: 30 })).toBe(300_000_000);
    expect(requestsPerMonth({ volume: 2_000_000, per: 'month', daysPerMonth: 30 })).toBe(2_000_000);
  });
});

describe('option A: hosted model with a few-shot prompt (hand-worked)', () => {
  it('without caching bills the whole prompt at the input price', () => {
    // 1,000 × $3 + 100 × $3 + 50 × $15 = 3,000 + 300 + 750 = 4,050 $·tokens/MTok → $0.00405
    expect(promptedCostPerRequest(promptedA, traffic)).toBeCloseTo(0.00405, 12);
  });
  it('with caching bills hits at the cached price and misses at the cache-write price', () => {
    // 800 × $0.30 + 200 × $3.75 + 100 × $3 + 50 × $15 = 240 + 750 + 300 + 750 = 2,040 → $0.00204
    expect(promptedCostPerRequest({ ...promptedA, cacheHitRate: 0.8 }, traffic)).toBeCloseTo(0.00204, 12);
  });
  it('takes the batch discount off the batched share of requests', () => {
    // $0.00204 × (1 − 0.5 × 0.5) = $0.00153
    expect(promptedCostPerRequest({ ...promptedA, cacheHitRate: 0.8, batchShare: 0.5 }, traffic)).toBeCloseTo(0.00153, 12);
  });
  it('bills reasoning tokens as output', () => {
    // 4,050 + 500 × $15 = 11,550 → $0.01155
    expect(promptedCostPerRequest({ ...promptedA, reasoningTokens: 500 }, traffic)).toBeCloseTo(0.01155, 12);
  });
  it('10M requests a day × 4,000 tokens at $0.15/MTok is $180,000 a month', () => {
    // 10,000,000 × 30 × 4,000 = 1.2e12 tokens; 1.2e12 / 1e6 × 0.15 = 180,000
    const result = compare({
      ...base,
      traffic: { ...traffic, volume: 10_000_000, per: 'day', userTokens: 0, outputTokens: 0 },
      a: { ...promptedA, promptTokens: 4000, inputPrice: 0.15 },
    });
    expect(result.promptedInputTokensPerMonth).toBe(1.2e12);
    expect(result.options.a.monthly).toBeCloseTo(180_000, 6);
  });
});

describe('option B: hosted fine-tuned model (hand-worked)', () => {
  it('bills the short prompt and user input at the tuned input price', () => {
    // (200 + 100) × $0.30 + 50 × $1.20 = 90 + 60 = 150 → $0.00015
    expect(hostedTunedCostPerRequest(base.b, base.tuned, traffic)).toBeCloseTo(0.00015, 12);
  });
  it('trains tokens × epochs at the training price, and spreads retraining over the year', () => {
    // 2,000,000 × 3 = 6 MTok × $3 = $18 a run; 1,000,000 × $0.00015 = $150 + $100 fees = $250 running; + 18 × 4 / 12 = $6
    expect(hostedTrainingCost(base.b)).toBeCloseTo(18, 9);
    const b = compare(base).options.b;
    expect(b.running).toBeCloseTo(250, 9);
    expect(b.monthly).toBeCloseTo(256, 9);
  });
  it('pays the training run back from the saving against A', () => {
    // A: 1,000,000 × $0.00405 = $4,050; saving 4,050 − 256 = 3,794; 18 / 3,794 months
    const result = compare(base);
    expect(result.options.a.monthly).toBeCloseTo(4050, 9);
    expect(breakEvenMonths(result, 'b')).toBeCloseTo(18 / 3794, 12);
    expect(breakEvenMonths(compare({ ...base, b: { ...base.b, inputPrice: 30 } }), 'b')).toBeNull();
  });
  it('breaks even on volume where its fixed costs meet A’s higher price per request', () => {
    // A: 1,000 × $1 = $0.001 a request. B: 100 × $1 = $0.0001 a request + $900 fees, no training.
    // 900 / (0.001 − 0.0001) = 1,000,000 requests a month.
    const inputs: CostInputs = {
      ...base,
      traffic: { ...traffic, userTokens: 0, outputTokens: 0 },
      a: { ...promptedA, promptTokens: 1000, inputPrice: 1 },
      tuned: { promptTokens: 100, retrainsPerYear: 0 },
      b: { ...base.b, trainingPrice: 0, inputPrice: 1, feesPerMonth: 900 },
    };
    const volume = breakEvenVolume(inputs, 'b')!;
    expect(Math.abs(volume - 1_000_000)).toBeLessThanOrEqual(1);
    expect(breakEvenVolume({ ...inputs, b: { ...inputs.b, inputPrice: 20 } }, 'b')).toBeNull();
  });
});

describe('option C: self-hosted LoRA model (worked by hand)', () => {
  // Memory and rate arithmetic is worked by hand in cost/self-hosting.test.ts; here, how compare() prices it.
  it('sizes GPUs for the peak rate and prices them always on', () => {
    // 2,000,000 requests / (30 × 86,400 s) = 0.771605 req/s; × 3 peak = 2.314815 req/s. The 200-token fixed
    // prompt is cached, so each request reads 300 tokens at 1,000/s (0.3 s) and writes 10 at 100/s (0.1 s):
    // 0.4 GPU-s × 2.314815 = 0.925926 GPUs busy; ÷ 50 % = 1.85 → 2 GPUs; 2 × 24 h × 30 days = 1,440 GPU-hours.
    // 1,440 × $2 = $2,880 + $1,000 operations = $3,880 running. Training 10 GPU-hours × $2 = $20; × 4 / 12 = $6.67.
    const inputs: CostInputs = { ...base, traffic: { ...traffic, volume: 2_000_000, peakToAverage: 3, userTokens: 300, outputTokens: 10 } };
    const sizing = sizeSelfHosted(selfHostedTraffic(inputs.traffic, inputs.tuned), inputs.c);
    expect(sizing.busyGpus).toBeCloseTo(0.925926, 6);
    expect(sizing.gpus).toBe(2);
    expect(sizing.gpuHoursPerMonth).toBe(1440);
    const c = compare(inputs).options.c;
    expect(c.running).toBeCloseTo(3880, 9);
    expect(c.training).toBeCloseTo(20, 9);
    expect(c.monthly).toBeCloseTo(3880 + 20 / 3, 9);
    expect(c.complete).toBe(true);
  });
  it('needs whole copies of the model when one copy spans several GPUs', () => {
    // 70B at 16-bit: 140 GB + (200 + 16 × 310) × 327,680 B = 1.69 GB → 141.7 GB / 72 = 1.97 → 2 GPUs a copy.
    // Rate 0.925926 ÷ 50 % → 2 GPUs = 1 copy; at 30 %, 3.09 → 4 GPUs = 2 copies.
    const inputs: CostInputs = { ...base, c: { ...selfHosted, parametersB: 70, layers: 80 }, traffic: { ...traffic, volume: 2_000_000, peakToAverage: 3, userTokens: 300, outputTokens: 10 } };
    const mix = selfHostedTraffic(inputs.traffic, inputs.tuned);
    expect(sizeSelfHosted(mix, inputs.c).gpus).toBe(2);
    expect(sizeSelfHosted(mix, { ...inputs.c, targetUtilization: 0.3 }).gpus).toBe(4);
  });
  it('is left out of the ranking until a GPU price and throughput are entered', () => {
    const result = compare({ ...base, c: { ...selfHosted, gpuHourly: 0 } });
    expect(result.options.c.complete).toBe(false);
    expect(cheapest(result, ['a', 'c'])).toBe('a');
  });
});

describe('latency, ranking and curves', () => {
  it('adds output (and reasoning) tokens at the output speed to the time to first token', () => {
    // 0.5 s + (150 + 350) / 100 tokens/s = 5.5 s
    expect(latencySeconds({ ttftSeconds: 0.5, tokensPerSecond: 100 }, 500)).toBeCloseTo(5.5, 12);
    expect(latencySeconds({ ttftSeconds: 0, tokensPerSecond: 100 }, 500)).toBeNull();
    const result = compare({ ...base, a: { ...promptedA, reasoningTokens: 450 }, speed: { ...base.speed, a: { ttftSeconds: 0.5, tokensPerSecond: 100 } } });
    expect(result.options.a.latencySeconds).toBeCloseTo(0.5 + 500 / 100, 12);
  });
  it('marks the cheapest chosen option', () => {
    const result = compare(base);
    // A $4,050, B $256; C: 0.3858 req/s × (100 ÷ 1,000 + 50 ÷ 100 = 0.6 GPU-s) = 0.23 busy ÷ 50 % → 1 GPU:
    // 720 h × $2 + $1,000 + $6.67 = $2,446.67
    expect(result.options.c.monthly).toBeCloseTo(1440 + 1000 + 20 / 3, 9);
    expect(cheapest(result, ['a', 'b', 'c'])).toBe('b');
    expect(cheapest(result, ['a', 'c'])).toBe('c');
    expect(cheapest(result, ['a'])).toBe('a');
  });
  it('the $50,000 bill implies about $0.042 per MTok', () => {
    expect(impliedInputPrice(50_000, 300_000_000, 4000)).toBeCloseTo(0.041667, 5);
    expect(() => impliedInputPrice(50_000, 0, 4000)).toThrow(RangeError);
  });
  it('spans 0 to twice the volume on a linear axis and a tenth to ten times on a log axis', () => {
    expect(volumeRange(1000, 'linear', 5)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(volumeRange(1000, 'log', 3).map((v) => Math.round(v))).toEqual([100, 1000, 10000]);
    expect(volumeRange(0, 'linear')).toEqual([]);
    const curve = costCurve(base, [1_000_000, 2_000_000]);
    expect(curve[1]!.monthly.a! / curve[0]!.monthly.a!).toBeCloseTo(2, 9);
    expect(costCurve({ ...base, c: { ...selfHosted, gpuHourly: 0 } }, [1])[0]!.monthly.c).toBeNull();
  });
});

describe('routing blend (hand-worked)', () => {
  it('70% Haiku at $0.25 and 30% Opus at $15 blend to $4.675/MTok input, 68.8% less than Opus alone', () => {
    const result = blend(
      [
        { name: 'Haiku', share: 0.7, inputPrice: 0.25, outputPrice: 1.25 },
        { name: 'Opus', share: 0.3, inputPrice: 15, outputPrice: 75 },
      ],
      1_000_000,
      0,
    );
    expect(result.blendedInput).toBeCloseTo(4.675, 9);
    expect(result.saving).toBeCloseTo(0.68833, 4);
    expect(result.topTier.name).toBe('Opus');
    expect(result.shareTotal).toBeCloseTo(1, 9);
  });
  it('refuses an empty tier list', () => {
    expect(() => blend([], 1, 1)).toThrow(RangeError);
  });
});
