import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decimalSign, parseNumber, type NumberSpec } from './number-input.ts';

const PRICE: NumberSpec = { kind: 'price', min: 0, max: 10_000 };
const COUNT: NumberSpec = { kind: 'count', min: 0, max: 1e13, integer: true };
const AMOUNT: NumberSpec = { kind: 'amount', min: 0, max: 1e13 };
const PERCENT: NumberSpec = { kind: 'share', min: 0, max: 100, scale: 'percent' };
const FRACTION: NumberSpec = { kind: 'share', min: 0, max: 1, scale: 'fraction' };
const LOCALES = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'de-CH', 'es-ES', 'it-IT', 'pt-BR', 'sv-SE', 'nl-NL', 'en-IN', 'ja-JP'];

const value = (raw: string, spec: NumberSpec, locale?: string) => {
  const r = parseNumber(raw, spec, locale);
  if (!r.ok) throw new Error(`${raw}: ${r.error}`);
  return r.value;
};

describe('numbers as people type them', () => {
  it('reads a decimal comma as a decimal and says so (the 100x price error)', () => {
    const r = parseNumber('0,15', PRICE);
    expect(r).toEqual({ ok: true, value: 0.15, note: 'Read as 0.15 (decimal comma).' });
    expect(value('0.15', PRICE)).toBe(0.15);
    expect(parseNumber('0.15', PRICE)).toEqual({ ok: true, value: 0.15 });
  });
  it('tells the decimal sign from the grouping sign when both appear', () => {
    expect(value('1.234,5', AMOUNT)).toBe(1234.5);
    expect(value('1,234.5', AMOUNT)).toBe(1234.5);
    expect(value('1.234.567,89', AMOUNT)).toBe(1234567.89);
    expect(value('1,234,567', COUNT)).toBe(1234567);
    expect(value('1.234.567', COUNT)).toBe(1234567);
  });
  it('groups thousands with spaces, no-break and thin spaces, apostrophes', () => {
    expect(value('1 234 567', COUNT)).toBe(1234567);
    expect(value('1\u00a0234\u202f567', COUNT)).toBe(1234567);
    expect(value("1'234'567", COUNT)).toBe(1234567);
    expect(value('12,34,567', COUNT)).toBe(1234567);
  });
  it('settles a lone separator before three digits by the field, then by the locale, and says so', () => {
    expect(parseNumber('1,234', COUNT)).toEqual({ ok: true, value: 1234 });
    expect(parseNumber('1.234', COUNT)).toEqual({ ok: true, value: 1234 });
    expect(parseNumber('1,234', PRICE, 'en-US')).toEqual({ ok: true, value: 1234, note: 'Read as 1,234 (“1,234” could also mean 1.234).' });
    expect(value('1,234', PRICE, 'de-DE')).toBe(1.234);
    expect(value('1.234', PRICE, 'de-DE')).toBe(1234);
    expect(value('0,150', PRICE, 'en-US')).toBe(0.15);
  });
  it('takes k, M, m, bn as thousand, million, billion', () => {
    expect(parseNumber('20k', COUNT)).toEqual({ ok: true, value: 20_000, note: 'Read as 20,000 (k = thousand).' });
    expect(value('2M', COUNT)).toBe(2_000_000);
    expect(value('2m', COUNT)).toBe(2_000_000);
    expect(value('1.5bn', COUNT)).toBe(1_500_000_000);
    expect(value('1,5k', COUNT)).toBe(1500);
    expect(value('.5', AMOUNT)).toBe(0.5);
    expect(value(',5', AMOUNT)).toBe(0.5);
    expect(value('2.5 M', COUNT)).toBe(2_500_000);
    expect(value('1.2k', COUNT)).toBe(1200);
  });
  it('refuses "m" in a price, where it could mean a thousandth', () => {
    expect(parseNumber('2m', PRICE).ok).toBe(false);
  });
  it('ignores currency signs', () => {
    expect(value('$0.15', PRICE)).toBe(0.15);
    expect(value('0,15 €', PRICE)).toBe(0.15);
    expect(value('USD 2.50', PRICE)).toBe(2.5);
    expect(value('$1.5k', { kind: 'money', min: 0, max: 1e9 })).toBe(1500);
  });
  it('reads a share as "90%", "90" or "0.9" in either scale', () => {
    expect(parseNumber('90%', FRACTION)).toEqual({ ok: true, value: 0.9 });
    expect(parseNumber('82', FRACTION)).toEqual({ ok: true, value: 0.82, note: 'Read as 0.82 (82 taken as a percentage).' });
    expect(parseNumber('0.9', FRACTION)).toEqual({ ok: true, value: 0.9 });
    expect(value('1', FRACTION)).toBe(1);
    expect(value('0,85', FRACTION)).toBe(0.85);
    expect(parseNumber('90', PERCENT)).toEqual({ ok: true, value: 90 });
    expect(parseNumber('0.9', PERCENT)).toEqual({ ok: true, value: 90, note: 'Read as 90 % (0.9 taken as a share of 1).' });
    expect(value('0.5%', PERCENT)).toBe(0.5);
    expect(value('1', PERCENT)).toBe(1);
    expect(parseNumber('150%', FRACTION)).toEqual({ ok: false, error: 'Must be at most 1.' });
  });
  it('refuses anything else with a message that says what is expected', () => {
    expect(parseNumber('', PRICE)).toEqual({ ok: false, error: 'Enter a price in dollars, for example 0.15 or 2.50.' });
    expect(parseNumber('abc', COUNT)).toEqual({ ok: false, error: 'Enter a whole number, for example 2000000, 2,000,000 or 2M.' });
    expect(parseNumber('90%', PRICE).ok).toBe(false);
    for (const bad of ['1..2', '1,2,3', '12,3456,789', '1.2.3,4,5', '5,', '--5', '1e', '0x10', 'Infinity', 'NaN', '5 apples', '1k2', '%', '<img onerror=x>']) {
      expect(parseNumber(bad, AMOUNT).ok, bad).toBe(false);
    }
    expect(parseNumber('-5', PRICE)).toEqual({ ok: false, error: 'Cannot be negative.' });
    expect(parseNumber('2.5', COUNT)).toEqual({ ok: false, error: 'Use a whole number.' });
    expect(parseNumber('1e400', AMOUNT)).toEqual({ ok: false, error: 'That number is too large.' });
  });
  it('still reads what links and older versions wrote', () => {
    expect(value('10000000', COUNT)).toBe(10_000_000);
    expect(value('2.5', PRICE)).toBe(2.5);
    expect(value('1e6', COUNT)).toBe(1_000_000);
    expect(value('0.075', PRICE)).toBe(0.075);
  });
  it('knows each locale’s decimal sign', () => {
    expect(decimalSign('en-US')).toBe('.');
    expect(decimalSign('de-DE')).toBe(',');
    expect(decimalSign(undefined)).toBeUndefined();
    expect(decimalSign('not a locale!')).toBeUndefined();
  });
});

describe('properties', () => {
  it('reads back whole numbers formatted in any of several locales', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.constantFrom(...LOCALES), (n, locale) => {
        const text = new Intl.NumberFormat(locale).format(n);
        expect(value(text, COUNT, locale)).toBe(n);
      }),
    );
  });
  it('reads back prices with up to four decimals formatted in the same locale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom(...LOCALES), (tenThousandths, locale) => {
        const n = tenThousandths / 10_000;
        const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(n);
        expect(value(text, AMOUNT, locale)).toBeCloseTo(n, 9);
      }),
    );
  });
  it('reads a suffixed number as the number times its multiplier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.constantFrom(['k', 1e3] as const, ['M', 1e6] as const, ['bn', 1e9] as const), (hundredths, [suffix, times]) => {
        const n = hundredths / 100;
        expect(value(`${n}${suffix}`, AMOUNT)).toBeCloseTo(n * times, 3);
      }),
    );
  });
  it('reads "x%" in a fraction field as x / 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (tenths) => {
        expect(value(`${tenths / 10}%`, FRACTION)).toBeCloseTo(tenths / 1000, 12);
      }),
    );
  });
  it('never throws, and returns either a finite value in range or a message', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.constantFrom(PRICE, COUNT, AMOUNT, PERCENT, FRACTION), (raw, spec) => {
        const r = parseNumber(raw, spec, 'en-US');
        if (r.ok) {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(r.value).toBeGreaterThanOrEqual(spec.min);
          expect(r.value).toBeLessThanOrEqual(spec.max);
        } else expect(r.error.length).toBeGreaterThan(5);
      }),
    );
  });
  it('refuses text with letters that are not a multiplier', () => {
    // Currency codes are words too: "0uSd" is 0 US dollars, which a random draw of three letters once hit.
    expect(parseNumber('0uSd', AMOUNT)).toMatchObject({ ok: true, value: 0 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.stringMatching(/^[a-jl-zA-JL-Z]{1,3}$/).filter((w) => !/^(b|bn|mn|mio|m|usd|eur|gbp)$/i.test(w)), (n, word) => {
        expect(parseNumber(`${n}${word}`, AMOUNT).ok).toBe(false);
        expect(parseNumber(`${word}${n}`, AMOUNT).ok).toBe(false);
      }),
    );
  });
});
