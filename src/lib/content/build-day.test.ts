import { describe, expect, it } from 'vitest';
import { withIsoDays } from './build-day.ts';

describe('withIsoDays', () => {
  it('writes every date of nested content data as its day, leaving the rest as it is', () => {
    const route = { training: { perMTok: 25, asOf: new Date('2026-08-28T00:00:00Z'), source: 'a' }, access: [{ from: new Date('2026-05-07T00:00:00Z'), who: 'existing' }], note: undefined };
    expect(JSON.parse(JSON.stringify(withIsoDays(route)))).toEqual({ training: { perMTok: 25, asOf: '2026-08-28', source: 'a' }, access: [{ from: '2026-05-07', who: 'existing' }] });
    // What a JSON.stringify replacer sees is already the timestamp, which is why this exists.
    expect(JSON.stringify({ d: new Date('2026-08-28T00:00:00Z') }, (_k, v) => (v instanceof Date ? 'day' : v))).toContain('2026-08-28T00:00:00.000Z');
  });
});
