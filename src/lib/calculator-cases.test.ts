import { describe, expect, it } from 'vitest';
import { EMAIL_PRESETS, SOURCE_2024_CASE, emailCase } from './calculator-cases.ts';
import { defaultState, stateParams, parseState, toCostInputs } from './calculator-fields.ts';
import { compare } from './cost.ts';
import { cheapestCosted } from './cost-ranking.ts';
import type { Preset } from './cost-presets.ts';

// Invented presets in the shape buildPresets gives (the site's own prices change; the arithmetic must not).
const preset = (p: Partial<Preset> & Pick<Preset, 'id' | 'slot' | 'fields'>): Preset => ({ label: p.id, current: true, asOf: '2026-11-24', source: 'x', sources: [], notes: [], ...p });
const luna = preset({ id: EMAIL_PRESETS.a, slot: 'a', label: 'Luna, API', fields: { ai: 0.1, ac: 0.01, aw: 0.125, aop: 0.5, abd: 50 }, notes: ['A reasoning model: billed as output.'] });
const tuning = preset({ id: EMAIL_PRESETS.b, slot: 'b', label: 'Mini, tuning API', fields: { tp: 5, bi: 0.8, bop: 3.2 }, newJobsUntil: '2027-01-05' });
const intro = preset({ id: 'a:flash:api', slot: 'a', label: 'Flash, API, price until 2026-12-31', until: '2026-12-31', fields: { ai: 0.75, ac: 0.075, aw: 0.75, aop: 3.75, abd: 50 } });

describe('the email case the calculator opens on', () => {
  const opening = emailCase([intro, luna, tuning]);
  it('costs what the hand calculation says, with caching on and batch off', () => {
    const result = compare(toCostInputs(opening.state));
    // A per request, in $ per million: 3,105 cached prompt tokens × 0.01 = 31.05; 345 missed × 0.125 (cache
    // write) = 43.125; 300 email tokens × 0.1 = 30; 20 output tokens × 0.5 = 10; total 114.175.
    // × 2,000,000 requests ÷ 1,000,000 = $228.35 a month.
    expect(result.options.a.monthly).toBeCloseTo(228.35, 9);
    // B: (200 + 300) × 0.8 + 20 × 3.2 = 464 → $928; training 2M tokens × 3 epochs × $5 = $30, four times a year → $10 a month.
    expect(result.options.b.training).toBeCloseTo(30, 9);
    expect(result.options.b.monthly).toBeCloseTo(938, 9);
    expect(cheapestCosted(toCostInputs(opening.state), result, opening.state.options)).toBe('a');
    expect(opening.state.values).toMatchObject({ ch: 90, ab: 0, ar: 0, vol: 2_000_000, ap: 3450, au: 300, ao: 20 });
    expect(opening.state.per).toBe('month');
  });
  it('prefers its named presets, says what it assumes, and names the tuning route’s last day', () => {
    expect(opening.state.presets).toEqual({ a: luna.id, b: tuning.id });
    expect(opening.description).toContain('assuming 90 % of requests find the prompt cached');
    expect(opening.description).toContain('0 reasoning tokens');
    expect(opening.description).toContain('new tuning jobs until 2027-01-05');
  });
  it('falls back to a current preset, and leaves B out when no tuning route is open', () => {
    const fallback = emailCase([{ ...luna, current: false }, intro]);
    expect(fallback.state.presets).toEqual({ a: intro.id });
    expect(fallback.state.options).toEqual(['a']);
    expect(fallback.description).toContain('price until 2026-12-31');
    expect(fallback.description).toContain('B is left out');
  });
  it('writes a link that reproduces it', () => {
    const known = new Set([luna.id, tuning.id]);
    expect(parseState(stateParams(opening.state), known).state).toEqual(opening.state);
  });
  it('keeps the 2024 example one click away as the link defaults', () => {
    expect(SOURCE_2024_CASE.state).toEqual(defaultState());
  });
});
