import { describe, expect, it } from 'vitest';
import { nextTheme, parseTheme } from './theme.ts';

describe('theme', () => {
  it('cycles system → light → dark → system', () => {
    expect([nextTheme('system'), nextTheme('light'), nextTheme('dark')]).toEqual(['light', 'dark', 'system']);
  });
  it('treats anything unknown as system', () => {
    expect([parseTheme('dark'), parseTheme('purple'), parseTheme(null), parseTheme(42)]).toEqual(['dark', 'system', 'system', 'system']);
  });
});
