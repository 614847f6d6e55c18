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

/** The site search as the dialog has it once everything is loaded, from a built dist/ (the MCP server reads it the same way). */
export const loadBuiltSite = loadBuiltSearch;

export function answers(url, expected) {
  return expected.some((e) => (e.includes('#') ? url === e : url.split('#')[0] === e));
}

/**
 * @param {string} dist a built site
 * @param {{ q: string, answers: string[], kind?: string, split?: 'dev' | 'held-out' }[]} queries
 */
export function measureRelevance(dist, queries) {
  const { site, text } = loadBuiltSite(dist);
  const rows = queries.map(({ q, answers: expected, kind, split = 'dev' }) => {
    const started = performance.now();
    const { hits, total } = searchSite(site, q, 10, text);
    const ms = performance.now() - started;
    const rank = hits.findIndex((h) => answers(h.doc.url, expected)) + 1;
    return { q, kind, split, rank, total, ms, top: hits.slice(0, 3).map((h) => h.doc.url) };
  });
  return { ...scores(rows), dev: scores(rows.filter((r) => r.split === 'dev')), heldOut: scores(rows.filter((r) => r.split === 'held-out')), rows };
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
