import { describe, expect, it } from 'vitest';
import { figureSpecProblems, fillFigures, parseFormula, placeholders, resolveFigures, type FigureSpec } from './figures.ts';
import { FIGURE_FORMAT } from '../site/format.ts';

const prices: Record<string, number> = { 'small:input': 0.1, 'large:input': 4 };
const priceOf = (spec: { model: string; field: string }) => {
  const value = prices[`${spec.model}:${spec.field}`];
  if (value === undefined) throw new Error(`no ${spec.field} for ${spec.model}`);
  return value;
};

describe('worked figures', () => {
  const figures: Record<string, FigureSpec> = {
    small: { model: 'small', field: 'input' },
    large: { model: 'large', field: 'input' },
    blend: { formula: '0.7 * small + 0.3 * large', format: 'price' },
    saving: { formula: '1 - blend / large', format: 'percent' },
    ratio: { formula: 'large / small', format: 'times' },
    month: { formula: '(small + large) * -(-1000)', format: 'money' },
    about: { formula: '2880 * 4.176', format: 'approx' },
    cents: { formula: '500 * 0.8 / 1000', format: 'money' },
  };

  it('computes each formula from the prices and the figures above it, with operator precedence and brackets', () => {
    const resolved = resolveFigures(figures, priceOf, FIGURE_FORMAT);
    expect(resolved.get('blend')?.value).toBeCloseTo(1.27, 10);
    expect(Object.fromEntries([...resolved].map(([name, f]) => [name, f.text]))).toEqual({
      small: '$0.10',
      large: '$4.00',
      blend: '$1.27',
      saving: '68.3%',
      ratio: '40×',
      month: '$4,100',
      about: '$12,000',
      cents: '$0.40',
    });
  });

  it('fills placeholders and refuses one that names no figure', () => {
    const resolved = resolveFigures(figures, priceOf, FIGURE_FORMAT);
    expect(fillFigures('{blend} a million, {saving} off', resolved)).toBe('$1.27 a million, 68.3% off');
    expect(() => fillFigures('{blnd}', resolved)).toThrow('{blnd} names no figure');
    expect(placeholders('from {small} to {large}, not {1x} or { gap }')).toEqual(['small', 'large']);
  });

  it('rejects what is not arithmetic over earlier figures, saying why', () => {
    const known = new Set(['small']);
    expect(parseFormula('small * 2', known).ok).toBe(true);
    expect(parseFormula('small *', known)).toMatchObject({ ok: false, error: expect.stringContaining('is not a formula') });
    expect(parseFormula('large * 2', known)).toMatchObject({ ok: false, error: expect.stringContaining('"large" is not a figure defined above it') });
    expect(parseFormula('small ** 2', known).ok).toBe(false);
    expect(parseFormula('Math.max(small, 1)', known)).toMatchObject({ ok: false, error: expect.stringContaining('is not allowed') });
    expect(parseFormula('"1" + small', known)).toMatchObject({ ok: false, error: expect.stringContaining('is not a number') });
    expect(figureSpecProblems({ a: { formula: 'b + 1' }, b: { formula: '2' } })).toEqual([
      { name: 'a', error: '"b + 1": "b" is not a figure defined above it' },
    ]);
  });

  it('throws on a missing price or a result that is not a finite number', () => {
    expect(() => resolveFigures({ p: { model: 'small', field: 'output' } }, priceOf, FIGURE_FORMAT)).toThrow('no output for small');
    expect(() => resolveFigures({ zero: { formula: '0' }, bad: { formula: '1 / zero' } }, priceOf, FIGURE_FORMAT)).toThrow('figure "bad"');
  });
});
