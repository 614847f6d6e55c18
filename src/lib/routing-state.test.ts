import { describe, expect, it } from 'vitest';
import { ROUTING_SOURCE_EXAMPLE, isRoutingSourceExample, parseRoutingState, routingParams, tierPresets, type RoutingState } from './routing-state.ts';

const presets = new Map(tierPresets([
  { id: 'a:fast:api', slot: 'a', label: 'Fast 1, Acme API', fields: { ai: 1, aop: 4, ac: 0.1 } },
  { id: 'b:fast:tuning', slot: 'b', label: 'not a tier', fields: { bi: 2, bop: 8 } },
]).map((p) => [p.id, p]));

describe('routing URL state', () => {
  it('offers only hosted price presets as tiers', () => {
    expect([...presets.keys()]).toEqual(['a:fast:api']);
  });
  it('writes nothing for the source example and reads it back', () => {
    expect(routingParams(ROUTING_SOURCE_EXAMPLE, presets).toString()).toBe('');
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
