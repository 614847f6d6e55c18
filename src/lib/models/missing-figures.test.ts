import { describe, expect, it } from 'vitest';
import { formatPercent } from '../site/format.ts';
import { blockFigure, orNotPublished } from './missing-figures.ts';

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

describe('blockFigure', () => {
  it('prints the figure, "price not confirmed here" for a field the block marks unconfirmed, and "not published" otherwise', () => {
    const block = { cacheWrite: 0.125, unconfirmed: ['cachedInput'] as const };
    expect(blockFigure(block, 'cacheWrite')).toBe('$0.125');
    expect(blockFigure(block, 'cachedInput')).toBe('price not confirmed here');
    expect(blockFigure(block, 'batchDiscount', (n) => formatPercent(n, 'en-US'))).toBe('not published');
    expect(blockFigure({ batchDiscount: 0.5 }, 'batchDiscount', (n) => formatPercent(n, 'en-US'))).toBe('50%');
  });
});
