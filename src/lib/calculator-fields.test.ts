import { describe, expect, it } from 'vitest';
import { compareCosts } from './cost.ts';
import { FIELDS, defaultValues, parseValues, serializeValues, toCostInputs } from './calculator-fields.ts';
import { parseNumberInput } from './format.ts';

describe('calculator fields', () => {
  it('defaults reproduce the source material example', () => {
    const inputs = toCostInputs(defaultValues());
    expect(inputs.requestsPerDay).toBe(10_000_000);
    expect(inputs.prompted.promptTokens).toBe(4000);
    // 3e8 requests × (4,000 + 200) tokens × $2.50 + 3e8 × 150 × $10, per MTok
    expect(compareCosts(inputs).promptedMonthly).toBeCloseTo(3e8 * (4200 * 2.5 + 150 * 10) / 1e6, 3);
  });
  it('round-trips changed values through the URL and ignores garbage', () => {
    const values = { ...defaultValues(), rpd: 5000, ch: 80 };
    expect(parseValues(serializeValues(values), parseNumberInput)).toEqual(values);
    expect(parseValues('?rpd=-4&ch=abc&ap=%3Cscript%3E&unknown=1', parseNumberInput)).toEqual(defaultValues());
  });
  it('has unique URL keys', () => {
    expect(new Set(FIELDS.map((f) => f.key)).size).toBe(FIELDS.length);
  });
});
