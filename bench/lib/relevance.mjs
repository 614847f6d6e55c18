// Relevance of the site search on the evaluation set (bench/queries.json): for each query, the rank of the
// first result that answers it, read from the built index files exactly as the search dialog reads them.
// A result answers when its address is one of the query's answers: a page ("/guides/fine-tuning/") is
// answered by the page or any of its sections, an address with an anchor only by itself.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadShard, loadSite, searchSite } from '../../src/lib/site-search.ts';

/** The site search as the dialog has it once everything is loaded, from a built dist/. */
export function loadBuiltSite(dist) {
  const site = loadSite(JSON.parse(readFileSync(join(dist, 'search-index.json'), 'utf8')));
  for (const name of readdirSync(join(dist, 'search-postings'))) {
    loadShard(site.index, name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dist, 'search-postings', name), 'utf8')));
  }
  const texts = [];
  for (let n = 0; ; n++) {
    try {
      texts.push(...JSON.parse(readFileSync(join(dist, 'search-text', `${n}.json`), 'utf8')));
    } catch {
      break;
    }
  }
  return { site, text: (d) => texts[d] };
}

export function answers(url, expected) {
  return expected.some((e) => (e.includes('#') ? url === e : url.split('#')[0] === e));
}

/**
 * @param {string} dist a built site
 * @param {{ q: string, answers: string[], kind?: string }[]} queries
 */
export function measureRelevance(dist, queries) {
  const { site, text } = loadBuiltSite(dist);
  const rows = queries.map(({ q, answers: expected, kind }) => {
    const started = performance.now();
    const { hits, total } = searchSite(site, q, 10, text);
    const ms = performance.now() - started;
    const rank = hits.findIndex((h) => answers(h.doc.url, expected)) + 1;
    return { q, kind, rank, total, ms, top: hits.slice(0, 3).map((h) => h.doc.url) };
  });
  const n = rows.length;
  return {
    queries: n,
    hit1: rows.filter((r) => r.rank === 1).length / n,
    hit3: rows.filter((r) => r.rank >= 1 && r.rank <= 3).length / n,
    mrr10: rows.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / n,
    noResult: rows.filter((r) => r.total === 0).length,
    rows,
  };
}
