import { describe, expect, it } from 'vitest';
import { loadIndex, loadShard, shardOf } from './engine.ts';
import { splitShards } from './index-build.ts';
import { rank } from './rank.ts';
import { index, serialized } from './test-fixtures.ts';

describe('the serialized index', () => {
  it('reads back every term and posting, whole or in shards', () => {
    expect(index.vocabulary).toContain('forget');
    expect(index.vocabulary).toEqual([...index.vocabulary].sort());
    const sharded = loadIndex({ n: serialized.n, terms: serialized.terms });
    expect(rank(sharded, 'forgetting').missing).toEqual(new Set(['fo']));
    for (const [key, text] of splitShards(serialized)) loadShard(sharded, key, text);
    expect(sharded.pending.size).toBe(0);
    for (const term of index.vocabulary) {
      expect([...sharded.postings.get(term)!.docs]).toEqual([...index.postings.get(term)!.docs]);
      expect([...sharded.postings.get(term)!.weights]).toEqual([...index.postings.get(term)!.weights]);
    }
    expect(shardOf('4o')).toBe('4o');
    expect(shardOf('x')).toBe('x');
    expect(shardOf('éa')).toBe('_');
  });
  it('fails on a shard that does not fit the vocabulary', () => {
    const sharded = loadIndex({ n: serialized.n, terms: serialized.terms });
    const [key] = [...splitShards(serialized)].find(([, text]) => text.includes(' '))!;
    expect(() => loadShard(sharded, key, 'A')).toThrow(new RegExp(`shard "${key}"`));
  });
});
