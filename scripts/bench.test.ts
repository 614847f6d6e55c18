// The benchmark's helpers (not the benchmark itself, which takes an hour: `npm run bench`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answers, misspell, rankResults, verdicts } from '../bench/lib/relevance.mjs';
import { seeded } from '../bench/lib/random.mjs';
import { editDistance } from '../src/lib/search/typo.ts';
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

describe('made-up typos', () => {
  it('change a word by one edit after its first letter, the same for the same seed', () => {
    const rng = seeded(3);
    const words = ['latency', 'retrieval', 'json', 'prompt', 'quantization', 'speed', 'llama'];
    for (let k = 0; k < 200; k++) {
      const word = words[k % words.length]!;
      const typo = misspell(word, rng);
      expect(typo).not.toBe(word);
      expect(typo[0]).toBe(word[0]);
      // One swap, drop, double or neighbouring key.
      expect(editDistance(typo, word)).toBe(1);
    }
    const a = seeded(9);
    const b = seeded(9);
    expect(words.map((w) => misspell(w, a))).toEqual(words.map((w) => misspell(w, b)));
  });
});

describe('judged answers', () => {
  const verdict = verdicts([
    { q: 'gemma 4', url: '/models/#google-gemma-4-31b-it', verdict: 'yes' },
    { q: 'gemma 4', url: '/research/x/', verdict: 'no' },
  ]);

  it('count a judged result as an answer apart from the listed ones, and count the unjudged above it', () => {
    // Listed answer at 4; the judged "yes" at 2; rank 1 has a "no" verdict, rank 3 none but it is below the answer.
    const urls = ['/research/x/', '/models/#google-gemma-4-31b-it', '/research/y/', '/models/#prices'];
    expect(rankResults('gemma 4', urls, ['/models/#prices'], verdict)).toEqual({ rank: 4, judgedRank: 2, unjudged: 0 });
    // The same results for another query: no verdict applies, so the three above the listed answer are unjudged.
    expect(rankResults('gemma', urls, ['/models/#prices'], verdict)).toEqual({ rank: 4, judgedRank: 4, unjudged: 3 });
    // A page address is answered by its sections' listing only the other way round: the page is listed, the section counts.
    expect(rankResults('gemma', ['/models/#prices'], ['/models/'], verdict)).toEqual({ rank: 1, judgedRank: 1, unjudged: 0 });
    expect(rankResults('gemma', ['/elsewhere/'], ['/models/'], verdict)).toEqual({ rank: 0, judgedRank: 0, unjudged: 1 });
  });

  it('are recorded once per query and result, for queries of the set, with a reason, never on a listed answer', () => {
    const queries = new Map<string, string[]>(JSON.parse(readFileSync('bench/queries.json', 'utf8')).map((q: { q: string; answers: string[] }) => [q.q, q.answers]));
    const file = JSON.parse(readFileSync('bench/judged.json', 'utf8')) as { protocol: string; verdicts: { q: string; url: string; verdict: string; why: string }[] };
    expect(file.protocol.length).toBeGreaterThan(200);
    const pairs = new Set<string>();
    for (const v of file.verdicts) {
      const listed = queries.get(v.q);
      expect(listed, v.q).toBeDefined();
      expect(['yes', 'no'], `${v.q} ${v.url}`).toContain(v.verdict);
      expect(v.url, v.q).toMatch(/^\/[a-z0-9/#._-]*$/);
      expect(v.why.trim().length, `${v.q} ${v.url}`).toBeGreaterThan(5);
      expect(answers(v.url, listed!), `${v.q} ${v.url} is listed`).toBe(false);
      expect(pairs.has(`${v.q}\n${v.url}`), `${v.q} ${v.url} twice`).toBe(false);
      pairs.add(`${v.q}\n${v.url}`);
    }
  });
});
