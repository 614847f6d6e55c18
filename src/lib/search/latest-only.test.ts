import { describe, expect, it } from 'vitest';
import { latestOnly } from './latest-only.ts';

describe('latestOnly', () => {
  it('sends one request at a time and only the newest waiting one', () => {
    const sent: [string, number][] = [];
    const queue = latestOnly<string>((request, id) => sent.push([request, id]));
    queue.request('l');
    queue.request('lo');
    queue.request('lor');
    expect(sent).toEqual([['l', 1]]);
    // The answer to "l" is stale: "lor" goes out, "lo" never does.
    expect(queue.answered(1)).toBe(false);
    expect(sent).toEqual([['l', 1], ['lor', 3]]);
    expect(queue.answered(3)).toBe(true);
    queue.request('lora');
    expect(sent.at(-1)).toEqual(['lora', 4]);
  });
  it('ignores answers it did not wait for', () => {
    const queue = latestOnly<string>(() => {});
    queue.request('a');
    expect(queue.answered(7)).toBe(false);
    expect(queue.answered(1)).toBe(true);
    expect(queue.answered(1)).toBe(false);
  });
});
