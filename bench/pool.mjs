// Pools results for blind relevance judging (bench/README.md, "Judged answers"). For each query of bench/queries.json,
// the first three results of the site search and of a plain BM25 over the same sections, each down to its first
// listed answer, less the pairs bench/judged.json already has a verdict for. The candidates are written sorted by
// query, in a seeded random order within each, with no engine and no rank, for a judge who never sees either.
//   npm run build && npx node bench/pool.mjs /tmp/pool.json
import { readFileSync, writeFileSync } from 'node:fs';
import { searchSite } from '../src/lib/search/site-search.ts';
import { answers, loadBuiltSite, verdicts } from './lib/relevance.mjs';

const queries = JSON.parse(readFileSync('bench/queries.json', 'utf8'));
const verdict = verdicts(JSON.parse(readFileSync('bench/judged.json', 'utf8')).verdicts);
const { site, text } = loadBuiltSite('dist');
const docs = site.docs;

// A second ranker with nothing of the engine in it, so the pool is not only what the engine ranks high.
const tokens = (s) => (s.toLowerCase().match(/[a-z0-9]+/g) ?? []).map((w) => w.replace(/(ing|ed|es|s)$/, ''));
const docTokens = docs.map((d, i) => tokens(`${d.title} ${d.title} ${text(i) ?? ''}`));
const df = new Map();
for (const t of docTokens) for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1);
const avgLength = docTokens.reduce((a, t) => a + t.length, 0) / docTokens.length;
function bm25(q, k = 3) {
  const terms = [...new Set(tokens(q))];
  return docTokens
    .map((t, i) => {
      let score = 0;
      for (const w of terms) {
        const f = t.filter((x) => x === w).length;
        if (!f) continue;
        const n = df.get(w) ?? 0;
        score += Math.log(1 + (docs.length - n + 0.5) / (n + 0.5)) * ((f * 2.2) / (f + 1.2 * (0.25 + (0.75 * t.length) / avgLength)));
      }
      return [score, i];
    })
    .filter(([score]) => score > 0)
    .sort((a, b) => b[0] - a[0])
    .slice(0, k)
    .map(([, i]) => docs[i].url);
}

const aboveFirstAnswer = (urls, expected) => {
  const out = [];
  for (const url of urls) {
    if (answers(url, expected)) break;
    out.push(url);
  }
  return out;
};
let seed = 20261207;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const byUrl = new Map(docs.map((d, i) => [d.url, i]));
const pool = [];
for (const { q, answers: listed } of queries) {
  const ours = searchSite(site, q, 3, text).hits.map((h) => h.doc.url);
  const candidates = [...new Set([...aboveFirstAnswer(ours, listed), ...aboveFirstAnswer(bm25(q), listed)])].filter((url) => verdict(q, url) === undefined);
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
  }
  for (const url of candidates) {
    const d = byUrl.get(url);
    pool.push({ q, listed, url, title: docs[d].title, text: (text(d) ?? '').slice(0, 700) });
  }
}
pool.sort((a, b) => a.q.localeCompare(b.q));
writeFileSync(process.argv[2] ?? 'pool.json', JSON.stringify(pool, null, 1));
console.log(`${pool.length} candidates to judge, for ${new Set(pool.map((p) => p.q)).size} queries`);
