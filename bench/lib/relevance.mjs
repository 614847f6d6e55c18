// Relevance of the site search on the evaluation set (bench/queries.json): for each query, the rank of the
// first result that answers it, read from the built index files exactly as the search dialog reads them.
// A result answers when its address is one of the query's answers: a page ("/guides/fine-tuning/") is
// answered by the page or any of its sections, an address with an anchor only by itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { snippet } from '../../src/lib/search/snippet.ts';
import { SEARCH_KINDS, buildSearchFiles, loadShard, loadSite, searchSite } from '../../src/lib/search/site-search.ts';
import { loadBuiltSearch } from '../../src/mcp/built-site.ts';
import { STOP_WORDS } from '../../src/lib/search/words.ts';
import { seeded } from './random.mjs';

/** The site search as the dialog has it once everything is loaded, from a built dist/ (the MCP server reads it the same way). */
export const loadBuiltSite = loadBuiltSearch;

export function answers(url, expected) {
  return expected.some((e) => (e.includes('#') ? url === e : url.split('#')[0] === e));
}

/**
 * The verdicts of blind relevance judging (bench/judged.json) as a lookup: "yes" when a judge found that a result
 * the query's writer did not list answers it too, "no" when not, undefined when nobody judged that pair.
 * @param {{ q: string, url: string, verdict: 'yes' | 'no' }[]} judged
 * @returns {(q: string, url: string) => 'yes' | 'no' | undefined}
 */
export function verdicts(judged) {
  const byPair = new Map(judged.map((j) => [`${j.q}\n${j.url}`, j.verdict]));
  return (q, url) => byPair.get(`${q}\n${url}`);
}

/**
 * Where the first answer is in one query's ranked results: `rank` counts the listed answers only, `judgedRank` the
 * judged ones too (0: none in the list); `unjudged` counts the results in the first three, above that answer, that
 * nobody has judged.
 * @param {string} q @param {string[]} urls @param {string[]} expected @param {ReturnType<typeof verdicts>} verdict
 */
export function rankResults(q, urls, expected, verdict) {
  const rank = urls.findIndex((url) => answers(url, expected)) + 1;
  const judgedRank = urls.findIndex((url) => answers(url, expected) || verdict(q, url) === 'yes') + 1;
  const above = urls.slice(0, judgedRank ? Math.min(judgedRank - 1, 3) : 3);
  return { rank, judgedRank, unjudged: above.filter((url) => !answers(url, expected) && verdict(q, url) === undefined).length };
}

/**
 * @param {string} dist a built site
 * @param {{ q: string, answers: string[], kind?: string, split?: 'dev' | 'held-out' }[]} queries
 * @param {{ q: string, url: string, verdict: 'yes' | 'no' }[]} [judged] verdicts on results the writer did not list
 * Each row has `rank` (first listed answer) and `judgedRank` (first listed or judged answer), and `unjudged`: how
 * many of the first three results above that answer nobody has judged (re-pool when it is not zero).
 */
export function measureRelevance(dist, queries, judged = []) {
  const { site, text } = loadBuiltSite(dist);
  const verdict = verdicts(judged);
  const rows = queries.map(({ q, answers: expected, kind, split = 'dev' }) => {
    const started = performance.now();
    const { hits, total } = searchSite(site, q, 10, text);
    const ms = performance.now() - started;
    const urls = hits.map((h) => h.doc.url);
    return { q, kind, split, ...rankResults(q, urls, expected, verdict), total, ms, top: urls.slice(0, 3) };
  });
  const judgedScores = (rs) => scores(rs.map((r) => ({ ...r, rank: r.judgedRank })));
  return {
    ...scores(rows),
    dev: scores(rows.filter((r) => r.split === 'dev')),
    heldOut: scores(rows.filter((r) => r.split === 'held-out')),
    judged: { ...judgedScores(rows), dev: judgedScores(rows.filter((r) => r.split === 'dev')), heldOut: judgedScores(rows.filter((r) => r.split === 'held-out')) },
    unjudged: rows.reduce((sum, r) => sum + r.unjudged, 0),
    rows,
  };
}

const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/**
 * One typo in a word, as typists make them: two neighbouring letters swapped, one left out, one doubled, or one
 * struck for its neighbour on the keyboard. The first letter stays (readers rarely miss it).
 * @param {string} word at least two letters @param {ReturnType<typeof seeded>} rng
 */
export function misspell(word, rng) {
  const i = 1 + rng.int(word.length - 1);
  const j = i < word.length - 1 ? i : i - 1;
  switch (rng.int(4)) {
    case 0:
      // Two equal letters swapped would change nothing: one of them is left out instead.
      if (word[j] !== word[j + 1]) return word.slice(0, j) + word[j + 1] + word[j] + word.slice(j + 2);
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default: {
      const row = KEYBOARD.find((r) => r.includes(word[i]));
      if (!row) return word.slice(0, i) + word.slice(i + 1);
      const at = row.indexOf(word[i]);
      const near = [row[at - 1], row[at + 1]].filter(Boolean);
      return word.slice(0, i) + rng.pick(near) + word.slice(i + 1);
    }
  }
}

/**
 * Typos, made up: each development query not already misspelled, with one of its words of four letters or more
 * (not a stop word) misspelled (misspell), once per seed; the share that still find an answer first and in the first
 * three (listed, or judged yes for the query as written), beside the same queries as written. The held-out half is
 * left out: typo handling tuned on its misspellings would be tuned on it.
 * @param {string} dist @param {{ q: string, answers: string[], kind?: string, split?: string }[]} queries
 * @param {{ q: string, url: string, verdict: 'yes' | 'no' }[]} [judged] @param {number} [seeds]
 */
export function measureTypos(dist, queries, judged = [], seeds = 5) {
  const { site, text } = loadBuiltSite(dist);
  const verdict = verdicts(judged);
  // Ranked as measureRelevance ranks, the verdicts read for the query as written.
  const row = (q, typed, expected) => {
    const urls = searchSite(site, typed, 10, text).hits.map((h) => h.doc.url);
    return { rank: rankResults(q, urls, expected, verdict).judgedRank, total: urls.length };
  };
  const clean = [];
  const typo = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const rng = seeded(seed);
    for (const { q, answers: expected, kind, split = 'dev' } of queries) {
      if (split !== 'dev' || kind === 'typo') continue;
      const words = q.split(/\s+/);
      const open = words.flatMap((w, at) => (/^[a-z]{4,}$/i.test(w) && !STOP_WORDS.has(w.toLowerCase()) ? [at] : []));
      if (!open.length) continue;
      const at = rng.pick(open);
      words[at] = misspell(words[at].toLowerCase(), rng);
      clean.push(row(q, q, expected));
      typo.push(row(q, words.join(' '), expected));
    }
  }
  return { seeds, clean: scores(clean), typo: scores(typo) };
}

/** hit@1, hit@3, MRR@10 and the queries without any result, over some ranked queries. */
export function scores(rows) {
  const n = Math.max(1, rows.length);
  return {
    queries: rows.length,
    hit1: rows.filter((r) => r.rank === 1).length / n,
    hit3: rows.filter((r) => r.rank >= 1 && r.rank <= 3).length / n,
    mrr10: rows.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / n,
    noResult: rows.filter((r) => r.total === 0).length,
  };
}

/**
 * The site search with `extra` more sources (synthetic citations), in Node: the documents of the built site
 * plus the extra sources are indexed as the build indexes them, then the queries are ranked and their
 * first results' snippets cut, as the dialog does on each keystroke. Reports the index's weight (the
 * index file, the largest posting shard, the text files) and the time per query.
 * @param {string} dist a built site
 * @param {{ id: string, data: { title: string, authors: string[], year: number, venue: string, claims: { text: string }[] } }[]} extra
 * @param {string[]} queries
 */
export function measureSiteScale(dist, extra, queries) {
  const built = JSON.parse(readFileSync(join(dist, 'search-index.json'), 'utf8'));
  const { text } = loadBuiltSite(dist);
  const entries = built.docs.map(([kind, url, title, meta], d) => ({
    doc: { kind: SEARCH_KINDS[kind], url, title, ...(meta ? { meta } : {}) },
    text: text(d) ?? '',
    fields: { title, meta, body: text(d) ?? '' },
  }));
  for (const c of extra) {
    const body = c.data.claims.map((claim) => claim.text).join(' ');
    entries.push({
      doc: { kind: 'research', url: `/research/${c.id}/`, title: c.data.title, meta: `${c.data.authors[0]} (${c.data.year})` },
      text: body,
      fields: { title: c.data.title, meta: `${c.data.authors.join(', ')}. ${c.data.venue}`, body },
    });
  }
  const started = performance.now();
  const { file, texts, shards } = buildSearchFiles(entries);
  const buildMs = performance.now() - started;
  const site = loadSite(JSON.parse(JSON.stringify(file)));
  for (const [key, postings] of shards) loadShard(site.index, key, postings);
  const all = texts.flat();
  const search = (q) => {
    const t0 = performance.now();
    const { hits, matched } = searchSite(site, q, 12, (d) => all[d]);
    for (const hit of hits.slice(0, 6)) snippet(all[hit.n] ?? '', matched);
    return performance.now() - t0;
  };
  for (const q of queries.slice(0, 5)) search(q);
  const samples = queries.map(search);
  const gz = (s) => gzipSync(s, { level: 9 }).length;
  const shardGzip = [...shards.values()].map((s) => gz(JSON.stringify(s)));
  return {
    docs: entries.length,
    buildMs,
    indexGzip: gz(JSON.stringify(file)),
    largestShardGzip: Math.max(...shardGzip),
    shardsGzip: shardGzip.reduce((a, b) => a + b, 0),
    textFiles: texts.length,
    samples,
  };
}
