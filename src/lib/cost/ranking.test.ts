import { describe, expect, it } from 'vitest';
import { compare, type CostInputs } from './cost.ts';
import { defaultState, toCostInputs } from './fields.ts';
import { breakEvenText, cheapestCosted, missingInput } from './ranking.ts';
import { formatMoney, formatNumber } from '../site/format.ts';

const f = { money: (n: number) => formatMoney(n, 'en-US'), count: (n: number) => formatNumber(n, 'en-US') };
const base = toCostInputs(defaultState());
const withB = (b: Partial<CostInputs['b']>, tuned: Partial<CostInputs['tuned']> = {}): CostInputs => ({ ...base, b: { ...base.b, ...b }, tuned: { ...base.tuned, ...tuned } });

describe('a tuned option with unpriced training', () => {
  it('is never ranked cheapest and says what to enter', () => {
    // The 2024 defaults: B's tuned prices are far below A's but no training price is entered.
    const result = compare(base);
    expect(result.options.b.monthly).toBeLessThan(result.options.a.monthly);
    expect(cheapestCosted(base, result, ['a', 'b'])).toBe('a');
    expect(missingInput(base, result, 'b')).toBe('Enter a training price, training tokens and epochs');
    expect(breakEvenText(base, result, 'b', f)).toBe('Enter a training price, training tokens and epochs to compare it');
  });
});

describe('break-even in words', () => {
  it('gives months to repay training and the volume from which B is cheaper', () => {
    // 10M requests a day × 30: A = 300M × (4,200 × 2.5 + 150 × 10) / 1e6 = 300M × 0.012 = $3.6M a month;
    // B = 300M × (400 × 0.3 + 150 × 1.2) / 1e6 = $90,000; training 2M × 3 × $3 = $18 → repaid in well under a month.
    const inputs = withB({ trainingPrice: 3 });
    const result = compare(inputs);
    expect(result.options.a.monthly).toBeCloseTo(3_600_000, 3);
    expect(result.options.b.monthly).toBeCloseTo(90_006, 3);
    expect(breakEvenText(inputs, result, 'b', f)).toMatch(/^Training repaid within the first month; cheaper than A from about \d/);
    expect(cheapestCosted(inputs, result, ['a', 'b'])).toBe('b');
  });
  it('says a zero or negative gap plainly, never "0 months"', () => {
    // B dearer per request than A: (400 × 30 + 150 × 80) = 24,000 against A's 12,000 per million requests.
    const inputs = withB({ trainingPrice: 3, inputPrice: 30, outputPrice: 80, feesPerMonth: 100 });
    const result = compare(inputs);
    const gap = result.options.b.monthly - result.options.a.monthly;
    expect(gap).toBeGreaterThan(0);
    expect(breakEvenText(inputs, result, 'b', f)).toBe(`It costs ${f.money(gap)} a month more than A, so training is never repaid at this volume; dearer than A at every volume up to 300,000,000,000 requests a month`);
  });
  it('says "at every volume" rather than "from 1 request" when nothing fixed is counted', () => {
    const inputs = withB({ trainingPrice: 3 }, { retrainsPerYear: 0 });
    expect(breakEvenText(inputs, compare(inputs), 'b', f)).toBe('Training repaid within the first month; cheaper than A at every volume');
  });
});

it('counts months when training takes longer than a month to repay', () => {
  // With no retraining, B saves $3.6M − $90,000 = $3,510,000 a month.
  const inputs = withB({ trainingPrice: 10_000, trainingTokens: 600_000_000, epochs: 10 }, { retrainsPerYear: 0 });
  // A run: 6,000 MTok × $10,000 = $60M; saving $3.51M a month → 17.09 months.
  const result = compare(inputs);
  expect(result.options.b.training).toBeCloseTo(60_000_000, 3);
  expect(breakEvenText(inputs, result, 'b', f)).toMatch(/^Training repaid in 17\.1 months; /);
});
