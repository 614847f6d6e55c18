import { describe, expect, it } from 'vitest';
import { formatDay, formatMoney, formatPercent, parseNumberInput } from './format.ts';

describe('number input', () => {
  const rule = { min: 0, max: 1e9, integer: true };
  it('accepts plain and grouped numbers', () => {
    expect(parseNumberInput('4000', rule)).toEqual({ ok: true, value: 4000 });
    expect(parseNumberInput(' 10,000,000 ', rule)).toEqual({ ok: true, value: 10_000_000 });
  });
  it('explains empty, negative, non-numeric, fractional and absurd input', () => {
    expect(parseNumberInput('', rule)).toEqual({ ok: false, error: 'Enter a number.' });
    expect(parseNumberInput('-5', rule)).toEqual({ ok: false, error: 'Cannot be negative.' });
    expect(parseNumberInput('<img onerror=x>', rule)).toEqual({ ok: false, error: 'Use digits only, for example 4000.' });
    expect(parseNumberInput('1.5', rule)).toEqual({ ok: false, error: 'Use a whole number.' });
    expect(parseNumberInput('9'.repeat(400), rule)).toEqual({ ok: false, error: 'That number is too large.' });
    expect(parseNumberInput('2e9', rule)).toEqual({ ok: false, error: 'Must be at most 1,000,000,000.' });
  });
});

describe('formatting', () => {
  it('formats money and percentages for a locale', () => {
    expect(formatMoney(180000, 'en-US')).toBe('$180,000');
    expect(formatMoney(0.0417, 'en-US')).toBe('$0.0417');
    expect(formatMoney(180000, 'de-DE').replace(/\s/g, ' ')).toBe('180.000 $'); // de-DE puts a no-break space before the sign
    expect(formatPercent(0.68833, 'en-US')).toBe('68.8%');
  });
});

describe('formatDay', () => {
  it('prints the UTC day in words, whatever the hour', () => {
    expect(formatDay(new Date('2027-01-05'))).toBe('5 January 2027');
    expect(formatDay(new Date('2027-01-05T23:30:00Z'))).toBe('5 January 2027');
  });
});
