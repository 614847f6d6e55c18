// The benchmark's helpers (not the benchmark itself, which takes an hour: `npm run bench`).
import { describe, expect, it } from 'vitest';
import { percentile } from '../bench/lib/stats.mjs';
import { loadRealCitations, makeQueries, syntheticCitations } from '../bench/lib/synthetic.mjs';
import { citationId, citationSchema } from '../src/lib/schemas.ts';
import { findIntegrityProblems } from '../src/lib/content/integrity.ts';

describe('percentile', () => {
  it('interpolates between closest ranks', () => {
    const values = [5, 1, 4, 2, 3];
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 50)).toBe(3);
    expect(percentile(values, 100)).toBe(5);
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('synthetic sources', () => {
  const real = loadRealCitations('.');
  const synthetic = syntheticCitations(real, 300);

  it('validate against the citation schema, with kebab-case ids', () => {
    for (const { id, data } of synthetic) {
      expect(citationId.safeParse(id).success, id).toBe(true);
      const parsed = citationSchema.safeParse(data);
      expect(parsed.success ? [] : parsed.error.issues, id).toEqual([]);
    }
  });

  it('pass the cross-file checks alongside the real sources: no duplicate id, URL or DOI', () => {
    const all = [...real, ...synthetic];
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    const problems = findIntegrityProblems({
      citations: all.map(({ id, data }) => ({ id, file: `${id}.yaml`, url: data.url, doi: data.doi, arxiv: data.arxiv })),
      guideIds: [],
      citationFiles: all.map(({ id }) => `${id}.yaml`),
      documents: [],
    });
    expect(problems).toEqual([]);
  });

  it('are the same for the same seed and differ for another', () => {
    expect(syntheticCitations(real, 20)).toEqual(synthetic.slice(0, 20));
    expect(syntheticCitations(real, 20, 2)).not.toEqual(synthetic.slice(0, 20));
  });
});

describe('bench queries', () => {
  it('are at least two characters, typeable, and mostly match words of the real index', () => {
    const real = loadRealCitations('.');
    const queries = makeQueries(real, 120);
    expect(queries).toHaveLength(120);
    const text = real.map((c) => JSON.stringify(c.data).toLowerCase()).join(' ');
    for (const q of queries) expect(q).toMatch(/^[a-z0-9 -]{2,30}$/);
    const found = queries.filter((q) => text.includes(q)).length;
    expect(found / queries.length).toBeGreaterThan(0.7);
  });
});
