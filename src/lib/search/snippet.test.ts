import { describe, expect, it } from 'vitest';
import { snippet } from './snippet.ts';

describe('snippets', () => {
  const long = `${'Filler words about nothing in particular. '.repeat(10)}The prompt prefix must repeat exactly for caching to apply. ${'More filler to pad the text out. '.repeat(10)}`;
  it('show the passage with the matched words, marked, with ellipses where text was cut', () => {
    const parts = snippet(long, new Set(['cach', 'prefix']), 120);
    const text = parts.map((p) => p.text).join('');
    expect(text).toContain('prefix must repeat exactly for caching');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(125);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['prefix', 'caching']);
  });
  it('start at the beginning when nothing matched, and keep short text whole', () => {
    expect(snippet(long, new Set(), 60).map((p) => p.text).join('')).toMatch(/^Filler words.*…$/);
    expect(snippet('Short text.', new Set(['short']))).toEqual([
      { text: 'Short', match: true },
      { text: ' text.', match: false },
    ]);
  });
});
