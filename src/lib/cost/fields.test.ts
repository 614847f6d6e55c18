import { describe, expect, it } from 'vitest';
import { compare } from './cost.ts';
import { FIELDS, COST_URL_KEYS, defaultState, fieldText, hasCostState, isSourceExample, mergeQuery, parseField, parseState, sameState, stateParams, toCostInputs, type CalculatorState } from './fields.ts';

const known = new Set(['a:openai-gpt-4o-mini:openai-api', 'g:nvidia-h100:lambda']);

describe('calculator fields', () => {
  it('defaults reproduce the source material example', () => {
    const inputs = toCostInputs(defaultState());
    expect(inputs.traffic.volume).toBe(10_000_000);
    expect(inputs.traffic.per).toBe('day');
    expect(inputs.a.promptTokens).toBe(4000);
    // 3e8 requests × (4,000 + 200) tokens × $2.50 + 3e8 × 150 × $10, per MTok
    expect(compare(inputs).options.a.monthly).toBeCloseTo((3e8 * (4200 * 2.5 + 150 * 10)) / 1e6, 3);
    expect(isSourceExample(defaultState())).toBe(true);
  });
  it('has unique URL keys', () => {
    expect(new Set(COST_URL_KEYS).size).toBe(COST_URL_KEYS.length);
    expect(new Set(FIELDS.map((f) => f.key)).size).toBe(FIELDS.length);
  });
});

describe('URL state', () => {
  it('round-trips the whole state: values, unit, options, scale and presets', () => {
    const state: CalculatorState = {
      ...defaultState(),
      values: { ...defaultState().values, vol: 2_000_000, ch: 80, cbits: 4, gh: 2.49 },
      per: 'month',
      options: ['a', 'c'],
      scale: 'log',
      presets: { a: 'a:openai-gpt-4o-mini:openai-api', g: 'g:nvidia-h100:lambda' },
    };
    const query = stateParams(state).toString();
    expect(parseState(query, known)).toEqual({ state, problems: [] });
    expect(stateParams(defaultState()).toString()).toBe('case=2024');
    expect(parseState('case=2024', new Set())).toEqual({ state: defaultState(), problems: [] });
  });
  it('falls back to defaults and names what was wrong in a bad or outdated link', () => {
    const { state, problems } = parseState('?vol=-4&ch=abc&ap=%3Cscript%3E&per=week&opts=xyz&scale=3d&pa=a:gone&cbits=6&host=100&unknown=1', known);
    expect(state).toEqual(defaultState());
    expect(problems).toHaveLength(9);
    expect(problems.join(' ')).toContain('“a:gone” is not offered any more');
    expect(problems.join(' ')).toContain('“host”, which this version of the calculator no longer has');
    expect(problems.join(' ')).toContain('Weight precision');
  });
  it('knows a state read back from its own link as the same calculation, and an edited one as another', () => {
    const state: CalculatorState = { ...defaultState(), values: { ...defaultState().values, vol: 2_000_000 }, per: 'month', presets: { a: 'a:openai-gpt-4o-mini:openai-api' } };
    expect(sameState(parseState(stateParams(state).toString(), known).state, state)).toBe(true);
    expect(sameState({ ...state, values: { ...state.values, vol: 2_000_001 } }, state)).toBe(false);
    expect(sameState({ ...state, presets: {} }, state)).toBe(false);
    expect(sameState({ ...state, per: 'day' }, state)).toBe(false);
  });
  it('reads the old per-day key of earlier links', () => {
    const { state, problems } = parseState('?rpd=5000', known);
    expect(state.values.vol).toBe(5000);
    expect(state.per).toBe('day');
    expect(problems).toEqual([]);
  });
  it('keeps A among the options and puts them in order', () => {
    expect(parseState('?opts=cb', known).state.options).toEqual(['a', 'b', 'c']);
    expect(parseState('?opts=a', known).state.options).toEqual(['a']);
  });
  it('merges its keys with the routing calculator’s in one query', () => {
    const params = stateParams({ ...defaultState(), per: 'month' });
    expect(mergeQuery('?r0s=50&vol=3&ch=10', COST_URL_KEYS, params)).toBe('?r0s=50&per=month');
    expect(mergeQuery('?vol=3', COST_URL_KEYS, new URLSearchParams())).toBe('');
  });
  it('shows the source box only for the source example’s workload', () => {
    expect(isSourceExample({ ...defaultState(), values: { ...defaultState().values, ai: 0.15 } })).toBe(true);
    expect(isSourceExample({ ...defaultState(), per: 'month' })).toBe(false);
    expect(isSourceExample({ ...defaultState(), values: { ...defaultState().values, ap: 3999 } })).toBe(false);
  });
});

describe('what a field shows', () => {
  const field = (key: string) => FIELDS.find((f) => f.key === key)!;
  it('rounds the float noise of a derived figure to four significant digits, never cutting whole digits', () => {
    expect(fieldText(6145.979300341716)).toBe('6146');
    expect(fieldText(16.742005692281936)).toBe('16.74');
    expect(fieldText(26191.723415400733)).toBe('26192');
    expect(fieldText(0.000123456789)).toBe('0.0001235');
  });
  it('shows figures as a source printed or a reader typed them', () => {
    for (const value of [2_000_000, 0, 0.15, 0.075, 1.25, 407.185, 3400.4, 0.83451, 814.37, 0.0375]) expect(fieldText(value)).toBe(String(value));
  });
  it('shows text that reads back as the figure shown', () => {
    for (const value of [6145.979300341716, 16.742005692281936, 0.83451, 2.5]) {
      const read = parseField(field('lcs'), fieldText(value));
      expect(read).toMatchObject({ ok: true, value: Number(fieldText(value)) });
    }
  });
});

describe('typed text and links', () => {
  const field = (key: string) => FIELDS.find((f) => f.key === key)!;
  it('reads a price typed with a decimal comma as that price, with a note', () => {
    expect(parseField(field('ai'), '0,15')).toEqual({ ok: true, value: 0.15, note: 'Read as 0.15 (decimal comma).' });
  });
  it('reads "2M" requests, "90%" and "0.9" in a percent field', () => {
    expect(parseField(field('vol'), '2M')).toMatchObject({ ok: true, value: 2_000_000 });
    expect(parseField(field('ch'), '90%')).toEqual({ ok: true, value: 90 });
    expect(parseField(field('ch'), '0.9')).toMatchObject({ ok: true, value: 90 });
  });
  it('reads old links as they were written: a share of 0.5 in a link is 0.5 %', () => {
    expect(parseState('ch=0.5&vol=2000000', new Set()).state.values).toMatchObject({ ch: 0.5, vol: 2_000_000 });
  });
  it('knows whether a query holds calculator state at all', () => {
    expect(hasCostState('')).toBe(false);
    expect(hasCostState('?r0s=60')).toBe(false);
    expect(hasCostState('?rpd=5')).toBe(true);
    expect(hasCostState('?case=2024')).toBe(true);
  });
});
