// The site search dialog in headless Chromium: keystroke to rendered results, long tasks, and the bytes
// (gzip) fetched for the first search. Same method as bench/lib/search.mjs for the research page: the dialog
// dispatches `search:results` once a query's results are in the DOM; the harness forces layout, then reads
// the clock, timing from the keydown of the keystroke that produced that query.
import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_FLAGS, assertChromium } from './chromium.mjs';

function harness() {
  const samples = [];
  const longTasks = [];
  let lastKeydown = 0;
  const pending = new Map();
  let window0 = 0;
  let firstResults = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* reported as unobserved */
  }
  document.addEventListener('keydown', (e) => (lastKeydown = e.timeStamp), true);
  document.addEventListener(
    'input',
    (e) => {
      if (!(e.target instanceof HTMLInputElement) || e.target.id !== 'search-input') return;
      pending.set(e.target.value, lastKeydown || e.timeStamp);
      lastKeydown = 0;
    },
    true,
  );
  document.addEventListener('search:results', (e) => {
    firstResults ||= performance.now();
    const started = pending.get(e.detail.q);
    if (started === undefined) return;
    pending.delete(e.detail.q);
    document.querySelector('.search-dialog')?.getBoundingClientRect();
    samples.push({ q: e.detail.q, ms: performance.now() - started });
  });
  Object.defineProperty(window, '__siteBench', {
    value: {
      start: () => (window0 = performance.now()),
      firstResults: () => firstResults,
      samples: () => samples,
      stop() {
        const end = performance.now();
        return longTasks.filter((t) => t.start >= window0 && t.start <= end);
      },
    },
  });
}

/**
 * @param {{ origin: string, queries: string[], pauseMs?: number }} o
 * @returns the last-keystroke samples (ms), long tasks, and the first search's files with their gzip sizes
 */
export async function measureSiteSearch({ origin, queries, pauseMs = 40 }) {
  const browser = await chromium.launch({ executablePath: assertChromium(), headless: true, args: CHROMIUM_FLAGS.filter((f) => !f.startsWith('--headless')) });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(harness);
    await page.goto(`${origin}/guides/`, { waitUntil: 'networkidle' });
    // Everything fetched from the click that opens the dialog until the first query's results and snippets
    // are on screen; the rest of the index is prefetched a second after that and is not counted.
    const fetched = [];
    page.on('response', async (response) => {
      const url = new URL(response.url());
      if (url.origin !== origin) return;
      const at = Date.now();
      const body = await response.body().catch(() => Buffer.alloc(0));
      fetched.push({ path: url.pathname, at, gzip: gzipSync(body, { level: 9 }).length });
    });
    const opened = Date.now();
    await page.getByRole('banner').getByRole('button', { name: 'Search', exact: true }).click();
    const input = page.getByRole('combobox', { name: 'Search the site' });
    await input.pressSequentially(queries[0]);
    await page.waitForFunction(() => window.__siteBench.firstResults() > 0);
    await page.waitForTimeout(600); // the snippets' text files, requested with the first results
    const cutoff = Date.now();
    const files = fetched.filter((f) => f.at >= opened && f.at <= cutoff).map(({ path, gzip }) => ({ path, gzip }));
    await page.waitForTimeout(1500); // the prefetch of the other shards, before timing keystrokes

    await page.evaluate(() => window.__siteBench.start());
    for (const query of queries) {
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText(query.slice(0, -1));
      await page.evaluate((p) => new Promise((r) => requestAnimationFrame(() => setTimeout(r, p))), pauseMs);
      const before = await page.evaluate(() => window.__siteBench.samples().length);
      await page.keyboard.type(query.slice(-1));
      await page.waitForFunction((n) => window.__siteBench.samples().length > n, before);
      await page.evaluate((p) => new Promise((r) => requestAnimationFrame(() => setTimeout(r, p))), pauseMs);
    }
    const longTasks = await page.evaluate(() => window.__siteBench.stop());
    const all = await page.evaluate(() => window.__siteBench.samples());
    // One sample per query: the last keystroke's (the first render; a snippet's text arriving re-renders).
    const lastKey = queries.map((q) => all.find((s) => s.q === q)?.ms).filter((x) => x !== undefined);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return { lastKey, longTasks, files, firstSearchGzip: files.reduce((sum, f) => sum + f.gzip, 0) };
  } finally {
    await browser.close();
  }
}
