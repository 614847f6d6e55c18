import { describe, expect, it } from 'vitest';
import { latencyVerdict, outputSpeedFromInterToken, P95_MARGIN, requestLatencySeconds } from './latency.ts';

describe('request latency', () => {
  it('is time to first token plus the answer at one request’s speed', () => {
    // NIM, Llama 3.3 70B on two H100s, one request: 0.40677 s + 20 tokens × 0.01858 s = 0.77837 s.
    expect(requestLatencySeconds({ ttftSeconds: 0.40677, tokensPerSecond: outputSpeedFromInterToken(0.01858) }, 20)).toBeCloseTo(0.77837, 5);
    expect(requestLatencySeconds({ ttftSeconds: 0.4, tokensPerSecond: 0 }, 20)).toBeNull();
    expect(requestLatencySeconds({ ttftSeconds: 0, tokensPerSecond: 50 }, 20)).toBeNull();
    expect(() => outputSpeedFromInterToken(0)).toThrow(RangeError);
  });

  it('meets a p95 target only with a margin left for the tail', () => {
    expect(P95_MARGIN).toBe(0.8);
    // 0.77837 s against 1 s: within 0.8 s → meets; 0.9 s → tight; 1.1 s → misses.
    expect(latencyVerdict(0.77837, 1)).toBe('meets');
    expect(latencyVerdict(0.8, 1)).toBe('meets');
    expect(latencyVerdict(0.9, 1)).toBe('tight');
    expect(latencyVerdict(1, 1)).toBe('tight');
    expect(latencyVerdict(1.1, 1)).toBe('misses');
    expect(latencyVerdict(null, 1)).toBe('unknown');
    expect(latencyVerdict(5, 0)).toBe('no-target');
  });
});
