import { describe, expect, it } from 'vitest';
import { formatDay, formatMoney, formatPercent } from './format.ts';

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
