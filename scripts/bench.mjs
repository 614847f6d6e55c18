// `npm run bench`: build times, page weight and Lighthouse scores per route type, search latency in
// headless Chromium, and how index size, page weight and build time grow with the number of sources.
// Prints the tables and writes them to bench/RESULTS.md. Everything is built in temporary copies of the
// working tree (see bench/lib/project.mjs), so dist/ and the shared caches are left alone.
//
// Options: --lighthouse-runs N (3)  --queries N (100)  --sizes 1000,10000  --build-timeout MIN (20)
//          --build-repeats N (2; the fastest counts)  --typing-budget MIN per index (10)  --port P (4343)
//          --max-busy PERCENT (25) --max-wait MIN (3): before each measurement, wait up to MIN minutes
//          for the CPUs to be busy less than PERCENT of the time with other work
//          --only build,routes,search,relevance,scale  (a partial run prints but does not write the results)
//          --only relevance [--dist DIR]: the site search's relevance on bench/queries.json, read from an already
//          built site (default dist/), in a few seconds: for iterating on the engine
//          --report-only  (re-render bench/RESULTS.md from bench/results.json)
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { buildResearchIndex, searchResearch } from '../src/lib/search/research-engine.ts';
import { DEFAULT_STATE, RESULTS_PAGE_SIZE } from '../src/lib/search/research-search.ts';
import { BUDGETS, pageWeigher, gz } from './page-weight.mjs';
import { build, copyProject, preview, removeProject } from '../bench/lib/project.mjs';
import { indexJson, loadRealCitations, makeQueries, syntheticCitations, writeCitations } from '../bench/lib/synthetic.mjs';
import { audit } from '../bench/lib/lighthouse.mjs';
import { measureSearch } from '../bench/lib/search.mjs';
import { measureSiteSearch } from '../bench/lib/site-search.mjs';
import { measureRelevance, measureSiteScale, measureTypos } from '../bench/lib/relevance.mjs';
import { renderRelevance } from '../bench/lib/report.mjs';
import { systemInfo } from '../bench/lib/system.mjs';
import { waitForQuiet } from '../bench/lib/quiet.mjs';
import { renderReport } from '../bench/lib/report.mjs';
import { percentile } from '../bench/lib/stats.mjs';

const { values: opts } = parseArgs({
  options: {
    'lighthouse-runs': { type: 'string', default: '3' },
    queries: { type: 'string', default: '100' },
    sizes: { type: 'string', default: '1000,10000' },
    'build-timeout': { type: 'string', default: '20' },
    'typing-budget': { type: 'string', default: '10' },
    'build-repeats': { type: 'string', default: '2' },
    'max-busy': { type: 'string', default: '25' },
    'max-wait': { type: 'string', default: '3' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4343' },
    only: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    'report-only': { type: 'boolean', default: false },
  },
});
if (opts['report-only']) {
  // Re-renders bench/RESULTS.md from the last run's bench/results.json (after a change to the report's wording).
  writeFileSync('bench/RESULTS.md', renderReport(JSON.parse(readFileSync('bench/results.json', 'utf8')), baseline()));
  console.log('bench/RESULTS.md re-rendered from bench/results.json');
  process.exit(0);
}
/** The first run's numbers, kept to show before and after (see bench/lib/report.mjs `compare`). */
function baseline() {
  try {
    return JSON.parse(readFileSync('bench/baseline.json', 'utf8'));
  } catch {
    return undefined;
  }
}
const PARTS = ['build', 'routes', 'search', 'relevance', 'scale'];
const only = opts.only ? opts.only.split(',') : PARTS;
const runs = (part) => only.includes(part);
const EVAL_SET = JSON.parse(readFileSync('bench/queries.json', 'utf8'));
// Blind verdicts on results the query writers did not list (see bench/README.md, "Judged answers").
const JUDGED = JSON.parse(readFileSync('bench/judged.json', 'utf8')).verdicts;
if (only.length === 1 && only[0] === 'relevance') {
  // Quick: the relevance of the site search on an already built site, no copies, no browser.
  const relevance = { ...measureRelevance(opts.dist, EVAL_SET, JUDGED), typos: measureTypos(opts.dist, EVAL_SET, JUDGED) };
  console.log(renderRelevance(relevance, true));
  process.exit(0);
}
const ROOT = process.cwd();
const PORT = Number(opts.port);
const SIZES = opts.sizes.split(',').map(Number).filter((n) => n > 0);
const BUILD_TIMEOUT_MS = Number(opts['build-timeout']) * 60_000;
const QUERY_COUNT = Math.max(1, Number(opts.queries));
const TYPING_BUDGET_MS = Number(opts['typing-budget']) * 60_000;
const BUILD_REPEATS = Math.max(1, Number(opts['build-repeats']));

const ROUTES = [
  ['Home', '/'],
  ['Guide', '/guides/fine-tuning/'],
  ['Scenario', '/scenarios/hr-policies/'],
  ['Quiz', '/quiz/'],
  ['Wizard', '/decide/'],
  ['Calculator', '/calculator/'],
  ['FAQ', '/faq/'],
  ['Research', '/research/'],
  ['Source page', '/research/hu-2021-lora/'],
];

const copies = new Set();
let stopPreview = () => {};
function cleanUp() {
  stopPreview();
  for (const dir of copies) removeProject(dir);
  copies.clear();
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const log = (...args) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);
const copy = (label) => {
  const dir = copyProject(ROOT, label);
  copies.add(dir);
  return dir;
};
const drop = (dir) => {
  removeProject(dir);
  copies.delete(dir);
};

const system = systemInfo();
const MAX_BUSY = Number(opts['max-busy']) / 100;
const quiet = () => waitForQuiet({ limit: MAX_BUSY, maxWaitMs: Number(opts['max-wait']) * 60_000, log });
const results = {
  system,
  options: {
    lighthouseRuns: Number(opts['lighthouse-runs']),
    queries: QUERY_COUNT,
    sizes: SIZES,
    buildTimeoutMin: Number(opts['build-timeout']),
    buildRepeats: BUILD_REPEATS,
    typingBudgetMin: Number(opts['typing-budget']),
    maxBusy: MAX_BUSY,
    maxWait: Number(opts['max-wait']),
  },
  researchHtmlBudget: BUDGETS.researchHtml,
};
log(`${results.system.nproc} CPUs, ${results.system.memoryGiB.toFixed(1)} GiB, ${results.system.cpuModel}; Node ${results.system.node}; ${results.system.chromium}`);
log(`load average ${results.system.loadAverage.map((l) => l.toFixed(2)).join(' ')}`);

const real = loadRealCitations(ROOT);
results.realCount = real.length;

// 1. Build time, cold and warm, in a copy of the working tree; the fastest of BUILD_REPEATS of each.
/** Builds `dir` `BUILD_REPEATS` times (cold: caches removed each time) and keeps the fastest. */
async function timedBuilds(dir, label, { cold }) {
  const times = [];
  let last;
  let load = Infinity;
  for (let i = 0; i < BUILD_REPEATS; i++) {
    load = Math.min(load, await quiet());
    last = await build(dir, { cold, timeoutMs: BUILD_TIMEOUT_MS });
    times.push(last.seconds);
    log(`  ${label} ${i + 1}/${BUILD_REPEATS}: ${last.timedOut ? 'stopped after' : 'built in'} ${last.seconds.toFixed(1)} s${last.pages ? `, ${last.pages} pages` : ''}`);
    if (last.timedOut) break;
  }
  return { seconds: Math.min(...times), runs: times, pages: last.pages, timedOut: last.timedOut, load };
}
const base = copy('base');
log(`cold and warm builds (${BUILD_REPEATS} of each)…`);
{
  const cold = [];
  const warm = [];
  for (let i = 0; i < BUILD_REPEATS; i++) {
    const load = await quiet();
    const c = await build(base, { cold: true, timeoutMs: BUILD_TIMEOUT_MS });
    const w = await build(base, { timeoutMs: BUILD_TIMEOUT_MS });
    log(`  cold ${c.seconds.toFixed(1)} s, warm ${w.seconds.toFixed(1)} s (${c.pages} pages; CPUs ${Math.round(load * 100)}% busy before)`);
    cold.push({ ...c, load });
    warm.push({ ...w, load });
  }
  const best = (list) => {
    const fastest = list.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    return { seconds: fastest.seconds, pages: fastest.pages, runs: list.map((r) => r.seconds), load: fastest.load };
  };
  results.build = { cold: best(cold), warm: best(warm) };
}

// 2. Page weight and Lighthouse per route type.
const dist = join(base, 'dist');
let server = runs('routes') || runs('search') ? await preview(base, PORT) : null;
if (server) stopPreview = server.stop;
/** Restarts the preview if it stopped answering (it is a long run). */
async function ensureServer() {
  const alive = await fetch(`${server.origin}/`).then((r) => r.ok, () => false);
  if (alive) return;
  log('  astro preview stopped answering: restarting it');
  server.stop();
  server = await preview(base, PORT);
  stopPreview = server.stop;
}
if (runs('routes')) {
  const { measureRoute } = pageWeigher(dist);
  results.routes = [];
  for (const [name, route] of ROUTES) {
    const weight = measureRoute(route);
    log(`Lighthouse ${route} (${results.options.lighthouseRuns} runs)…`);
    await ensureServer();
    const load = await quiet();
    const lh = await audit(`${server.origin}${route}`, results.options.lighthouseRuns);
    log(`  ${lh.performance}/${lh.accessibility}/${lh.bestPractices}/${lh.seo}, LCP ${Math.round(lh.lcp)} ms, TBT ${Math.round(lh.tbt)} ms, CLS ${lh.cls.toFixed(3)}`);
    results.routes.push({ name, route, html: weight.html, css: weight.css, js: weight.js, hasIsland: weight.hasIsland, lighthouse: lh, load });
  }
}

// 3a. Relevance of the site search on the evaluation set, on the built site.
if (runs('relevance')) {
  log(`relevance on ${EVAL_SET.length} queries…`);
  results.relevance = { ...measureRelevance(dist, EVAL_SET, JUDGED), typos: measureTypos(dist, EVAL_SET, JUDGED) };
  log(`  hit@1 ${results.relevance.hit1.toFixed(2)}, hit@3 ${results.relevance.hit3.toFixed(2)}, MRR@10 ${results.relevance.mrr10.toFixed(2)}, ${results.relevance.noResult} without results`);
  // The site search's index and its time per query as sources grow (in Node: the engine, not the dialog).
  results.siteScale = [real.length, ...SIZES].map((size) => {
    const r = measureSiteScale(dist, syntheticCitations(real, size - real.length), EVAL_SET.map((e) => e.q));
    const { samples, ...rest } = r;
    return { sources: size, ...rest, p50: percentile(samples, 50), p95: percentile(samples, 95) };
  });
  for (const r of results.siteScale) log(`  site index at ${r.sources} sources: ${(r.indexGzip / 1024).toFixed(1)} KB gz, engine p95 ${r.p95.toFixed(1)} ms`);
}

// 3. Search latency on the real index and on synthetic ones served in its place.
const queries = makeQueries(real, QUERY_COUNT);
/**
 * The same searches in Node, on the engine the page's worker runs (src/lib/search/research-engine.ts), without the
 * worker round trip or rendering: how much of the latency is the search itself.
 */
function engineOnly(docs, searches) {
  const started = performance.now();
  const index = buildResearchIndex(docs);
  const buildMs = performance.now() - started;
  const time = (q) => {
    const t0 = performance.now();
    searchResearch(index, { ...DEFAULT_STATE, q }, RESULTS_PAGE_SIZE);
    return performance.now() - t0;
  };
  for (const q of searches.slice(0, 5)) time(q); // warm up the JIT, as the page's earlier searches do
  return { buildMs, samples: searches.map(time) };
}
const summary = (samples, longTasks) => ({
  samples: samples.length,
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
  max: Math.max(...samples),
  longTasks: longTasks.length,
  longestTask: Math.max(0, ...longTasks.map((t) => t.duration)),
});
if (runs('search')) {
  results.search = [];
  const builtIndex = readFileSync(join(dist, 'research/index.json'), 'utf8');
  for (const size of [real.length, ...SIZES]) {
    const isReal = size === real.length;
    const all = isReal ? real : [...real, ...syntheticCitations(real, size - real.length)];
    const { json, docs } = indexJson(all);
    if (isReal && json !== builtIndex) throw new Error('the generated index differs from the built /research/index.json: bench/lib/synthetic.mjs is out of date');
    log(`search on ${size} sources (${queries.length} queries; typing stops after ${opts['typing-budget']} min)…`);
    await ensureServer();
    const load = await quiet();
    const m = await measureSearch({ origin: server.origin, queries, indexJson: isReal ? undefined : json, expectedDocs: size, typingBudgetMs: TYPING_BUDGET_MS });
    const typed = queries.slice(0, m.typing.queries).flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));
    const full = engineOnly(docs, queries);
    const typedOnly = engineOnly(docs, typed);
    const row = {
      sources: size,
      synthetic: !isReal,
      indexBytes: Buffer.byteLength(json),
      indexGzip: gz(Buffer.from(json)),
      readyMs: m.readyMs,
      load,
      meanResults: m.results.reduce((sum, n) => sum + n, 0) / m.results.length,
      longTaskObserved: m.longTaskObserved,
      indexBuildMs: full.buildMs,
      lastKey: { ...summary(m.lastKey.samples, m.lastKey.longTasks), queries: m.lastKey.queries, engineP50: percentile(full.samples, 50), engineP95: percentile(full.samples, 95) },
      typing: {
        ...summary(m.typing.samples, m.typing.longTasks),
        queries: m.typing.queries,
        complete: m.typing.complete,
        engineP50: percentile(typedOnly.samples, 50),
        engineP95: percentile(typedOnly.samples, 95),
        oneLetterResults: m.typing.oneLetterResults.reduce((sum, n) => sum + n, 0) / Math.max(1, m.typing.oneLetterResults.length),
      },
    };
    const line = (name, r) => `${name}: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms (search alone p95 ${r.engineP95.toFixed(1)} ms), ${r.longTasks} long tasks, longest ${Math.round(r.longestTask)} ms`;
    log(`  ${line('last key', row.lastKey)}`);
    log(`  ${line(`typing (${row.typing.queries} queries, ${row.typing.samples} keys)`, row.typing)}`);
    results.search.push(row);
  }
  results.queries = queries;
  // The site search dialog: keystroke to results over the evaluation set's queries, and the first search's weight.
  log(`site search dialog (${EVAL_SET.length} queries)…`);
  await ensureServer();
  const siteLoad = await quiet();
  const site = await measureSiteSearch({ origin: server.origin, queries: EVAL_SET.map((e) => e.q) });
  results.siteSearch = {
    load: siteLoad,
    queries: site.lastKey.length,
    p50: percentile(site.lastKey, 50),
    p95: percentile(site.lastKey, 95),
    max: Math.max(...site.lastKey),
    longTasks: site.longTasks.length,
    longestTask: Math.max(0, ...site.longTasks.map((t) => t.duration)),
    firstSearchGzip: site.firstSearchGzip,
    files: site.files,
  };
  log(`  last key p50 ${results.siteSearch.p50.toFixed(1)} ms, p95 ${results.siteSearch.p95.toFixed(1)} ms, ${site.longTasks.length} long tasks; first search fetched ${(site.firstSearchGzip / 1024).toFixed(1)} KB gzip in ${site.files.length} files`);
}
stopPreview();
stopPreview = () => {};

// 4. How cost grows: cold builds of fresh copies with N sources, the real count included, so every size
// is built the same way and close in time.
if (runs('scale')) {
  results.scale = [];
  for (const size of [real.length, ...SIZES]) {
    const dir = copy(`n${size}`);
    const synthetic = syntheticCitations(real, size - real.length);
    writeCitations(dir, synthetic);
    log(`cold builds with ${size} sources (${BUILD_REPEATS}; each stops after ${opts['build-timeout']} min)…`);
    const built = await timedBuilds(dir, `${size} sources`, { cold: true });
    const row = { sources: size, pages: built.pages, seconds: built.seconds, runs: built.runs, timedOut: built.timedOut, load: built.load };
    const { json } = indexJson([...real, ...synthetic]);
    if (!built.timedOut) {
      const index = readFileSync(join(dir, 'dist/research/index.json'));
      row.indexMatchesGenerated = index.toString() === json;
      row.indexBytes = index.length;
      row.indexGzip = gz(index);
      row.researchHtml = pageWeigher(join(dir, 'dist')).measureRoute('/research/').html;
    } else {
      row.indexBytes = Buffer.byteLength(json);
      row.indexGzip = gz(Buffer.from(json));
    }
    results.scale.push(row);
    drop(dir);
  }
}
drop(base);
results.system.loadAverageEnd = loadavg();

const complete = PARTS.every(runs);
const markdown = renderReport(results, baseline());
console.log(`\n${markdown}`);
if (complete) {
  writeFileSync('bench/RESULTS.md', markdown);
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  log('wrote bench/RESULTS.md and bench/results.json');
} else {
  log('partial run (--only): bench/RESULTS.md left unchanged');
}
