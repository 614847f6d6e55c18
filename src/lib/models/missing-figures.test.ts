import { describe, expect, it } from 'vitest';
import { formatPercent } from '../site/format.ts';
import { orNotPublished } from './missing-figures.ts';

describe('orNotPublished', () => {
  it('prints a figure the data holds, as a price per MTok unless told otherwise', () => {
    expect(orNotPublished(0.075)).toBe('$0.075');
    expect(orNotPublished(15)).toBe('$15.00');
    expect(orNotPublished(0.5, (n) => formatPercent(n, 'en-US'))).toBe('50%');
  });

  it('says "not published" where the data holds none, and only there (a price of zero is a price)', () => {
    expect(orNotPublished(undefined)).toBe('not published');
    expect(orNotPublished(0)).toBe('$0.00');
  });
});
