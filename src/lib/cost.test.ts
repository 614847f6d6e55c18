import { describe, expect, it } from 'vitest';
import { compareCosts, costCurve, impliedInputPrice, promptedCostPerRequest, volumeRange, type CostInputs } from './cost.ts';
import { blend } from './routing.ts';

const inputs: CostInputs = {
  requestsPerDay: 10_000_000,
  daysPerMonth: 30,
  prompted: { promptTokens: 4000, userTokens: 0, outputTokens: 0, inputPrice: 0.15, outputPrice: 0.6, cacheDiscount: 0, cacheHitRate: 0 },
  tuned: { promptTokens: 200, userTokens: 0, outputTokens: 0, inputPrice: 0.3, outputPrice: 1.2, trainingTokens: 1_000_000, epochs: 3, trainingPrice: 3, retrainsPerYear: 0, hostingPerMonth: 0 },
};

describe('cost comparison (hand-worked)', () => {
  it('10M requests/day × 4,000 tokens at $0.15/MTok is $180,000 a month', () => {
    // 10,000,000 × 30 × 4,000 = 1.2e12 tokens; 1.2e12 / 1e6 × 0.15 = 180,000
    const result = compareCosts(inputs);
    expect(result.promptedInputTokensPerMonth).toBe(1.2e12);
    expect(result.promptedMonthly).toBeCloseTo(180_000, 6);
  });
  it('a 200-token prompt on a tuned model at $0.30/MTok costs $18,000 a month; training pays back at once', () => {
    // 3e8 requests × 200 tokens = 6e10 tokens × 0.30 / 1e6 = 18,000; training 3e6 tokens × $3 = $9
    const result = compareCosts(inputs);
    expect(result.tunedMonthly).toBeCloseTo(18_000, 6);
    expect(result.trainingRun).toBeCloseTo(9, 9);
    expect(result.breakEvenMonths).toBeCloseTo(9 / 162_000, 12);
  });
  it('caching discounts only the cached share of the prompt', () => {
    // 4,000 × (1 − 0.8 × 0.5) = 2,400 effective tokens + 100 user = 2,500 × $2.50 / 1e6 = $0.00625
    const cost = promptedCostPerRequest({ promptTokens: 4000, userTokens: 100, outputTokens: 0, inputPrice: 2.5, outputPrice: 10, cacheDiscount: 0.5, cacheHitRate: 0.8 });
    expect(cost).toBeCloseTo(0.00625, 12);
  });
  it('retraining is spread over the year and hosting is added monthly', () => {
    const result = compareCosts({ ...inputs, tuned: { ...inputs.tuned, retrainsPerYear: 12, hostingPerMonth: 1000 } });
    expect(result.tunedMonthly).toBeCloseTo(18_000 + 1000 + 9, 6);
  });
  it('never breaks even when the tuned setup costs more', () => {
    const result = compareCosts({ ...inputs, tuned: { ...inputs.tuned, promptTokens: 8000 } });
    expect(result.breakEvenMonths).toBeNull();
  });
  it('the $50,000 bill implies about $0.042 per MTok', () => {
    expect(impliedInputPrice(50_000, 10_000_000, 4000)).toBeCloseTo(0.041667, 5);
    expect(() => impliedInputPrice(50_000, 0, 4000)).toThrow(RangeError);
  });
  it('curves cover a tenth to ten times the volume', () => {
    expect(volumeRange(1000, 3)).toEqual([100, 1000, 10000]);
    expect(volumeRange(0)).toEqual([]);
    const curve = costCurve(inputs, [1_000_000, 10_000_000]);
    expect(curve[1]!.prompted / curve[0]!.prompted).toBeCloseTo(10, 9);
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
