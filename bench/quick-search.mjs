// A quick look at the two search timings the issue tracks, on the already built dist/ of this tree, without
// the full bench's builds and quiet-CPU waits (so the numbers are noisier): the research page's last
// keystroke to painted results on the real index, and the site dialog's first search in KB gzip.
// `node bench/quick-search.mjs [--queries N] [--port P]`
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { preview } from './lib/project.mjs';
import { loadRealCitations, makeQueries } from './lib/synthetic.mjs';
import { measureSearch } from './lib/search.mjs';
import { measureSiteSearch } from './lib/site-search.mjs';
import { percentile } from './lib/stats.mjs';

const { values: opts } = parseArgs({ options: { queries: { type: 'string', default: '100' }, port: { type: 'string', default: '4377' } } });
const real = loadRealCitations(process.cwd());
const server = await preview(process.cwd(), Number(opts.port));
try {
  const queries = makeQueries(real, Number(opts.queries));
  const m = await measureSearch({ origin: server.origin, queries, expectedDocs: real.length, typingBudgetMs: 60_000 });
  const last = m.lastKey.samples;
  console.log(`research, ${real.length} sources, last keystroke (${last.length} queries): p50 ${percentile(last, 50).toFixed(1)} ms, p95 ${percentile(last, 95).toFixed(1)} ms, max ${Math.max(...last).toFixed(1)} ms`);
  const evalSet = JSON.parse(readFileSync('bench/queries.json', 'utf8'));
  const site = await measureSiteSearch({ origin: server.origin, queries: evalSet.map((e) => e.q) });
  console.log(`site search first query "${evalSet[0].q}": ${(site.firstSearchGzip / 1024).toFixed(1)} KB gzip in ${site.files.length} files; last keystroke p50 ${percentile(site.lastKey, 50).toFixed(1)} ms, p95 ${percentile(site.lastKey, 95).toFixed(1)} ms`);
  console.log(site.files.map((f) => `${f.path} ${(f.gzip / 1024).toFixed(1)}`).join(", "));
} finally {
  server.stop();
}
