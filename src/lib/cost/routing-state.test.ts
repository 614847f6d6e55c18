import { describe, expect, it } from 'vitest';
import { ROUTING_SOURCE_EXAMPLE, hasRoutingState, isRoutingSourceExample, parseRoutingState, routingOpening, routingParams, tierPresets, type RoutingState } from './routing-state.ts';

const presets = new Map(tierPresets([
  { id: 'a:fast:api', slot: 'a', label: 'Fast 1, Acme API', current: true, fields: { ai: 1, aop: 4, ac: 0.1 } },
  { id: 'b:fast:tuning', slot: 'b', label: 'not a tier', current: true, fields: { bi: 2, bop: 8 } },
]).map((p) => [p.id, p]));

describe('routing URL state', () => {
  it('offers only hosted price presets as tiers', () => {
    expect([...presets.keys()]).toEqual(['a:fast:api']);
  });
  it('marks a link to the source example, so the bare page can open on current models', () => {
    expect(routingParams(ROUTING_SOURCE_EXAMPLE, presets).toString()).toBe('rcase=2024');
    expect(hasRoutingState('rcase=2024')).toBe(true);
    expect(hasRoutingState('?ch=10')).toBe(false);
    expect(parseRoutingState('rcase=2024', presets)).toEqual({ state: ROUTING_SOURCE_EXAMPLE, problems: [] });
    expect(parseRoutingState('', presets)).toEqual({ state: ROUTING_SOURCE_EXAMPLE, problems: [] });
    expect(isRoutingSourceExample(ROUTING_SOURCE_EXAMPLE)).toBe(true);
  });
  it('round-trips shares, prices, tokens and a chosen preset', () => {
    const state: RoutingState = {
      tiers: [
        { name: 'Fast 1, Acme API', share: 0.85, inputPrice: 1, outputPrice: 4.5, preset: 'a:fast:api' },
        { name: 'Claude 3 Opus, 2024 price', share: 0.15, inputPrice: 15, outputPrice: 75 },
      ],
      inputTokens: 2000,
      outputTokens: 300,
    };
    const query = routingParams(state, presets).toString();
    expect(query).toBe('r0p=a%3Afast%3Aapi&r0s=85&r0o=4.5&r1s=15&rin=2000&rout=300');
    expect(parseRoutingState(query, presets)).toEqual({ state, problems: [] });
    expect(isRoutingSourceExample(state)).toBe(false);
  });
  it('falls back to the source example for bad values and presets no longer offered', () => {
    const { state, problems } = parseRoutingState('?r0s=150&r1i=abc&r0p=a:gone&rin=-1', presets);
    expect(state).toEqual(ROUTING_SOURCE_EXAMPLE);
    expect(problems).toHaveLength(4);
  });
});

describe('the opening tiers', () => {
  const offered = new Map(tierPresets([
    { id: 'a:old:api', slot: 'a', label: 'Old, Acme API', current: false, fields: { ai: 30, aop: 60 } },
    { id: 'a:small:api', slot: 'a', label: 'Small, Acme API', current: true, fields: { ai: 0.1, aop: 0.5 } },
    { id: 'a:mid:api', slot: 'a', label: 'Mid, Acme API', current: true, fields: { ai: 1, aop: 5 } },
    { id: 'a:large:api', slot: 'a', label: 'Large, Acme API', current: true, fields: { ai: 4, aop: 20 } },
  ]).map((p) => [p.id, p]));
  it('are current models, never retired ones, with the 70 % / 30 % split', () => {
    const state = routingOpening(offered);
    expect(state.tiers.map((t) => [t.preset, t.share, t.inputPrice])).toEqual([['a:small:api', 0.7, 0.1], ['a:large:api', 0.3, 4]]);
    // The link of the opening state names its presets and reads back to it.
    expect(parseRoutingState(routingParams(state, offered), offered).state).toEqual(state);
  });
  it('fall back to the source example when fewer than two current models are offered', () => {
    expect(routingOpening(presets)).toBe(ROUTING_SOURCE_EXAMPLE);
  });
});
