// The site search dialog in headless Chromium: keystroke to rendered results, long tasks, and the bytes
// (gzip) fetched for the first search. Same harness as bench/lib/search.mjs for the research page: the dialog
// dispatches `search:results` once a query's results, or its "No results", are in the DOM.
import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_FLAGS, assertChromium } from './chromium.mjs';
import { harness } from './search.mjs';

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
    await page.addInitScript(harness, { input: 'search-input', event: 'search:results', root: '.search-dialog' });
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
    await page.waitForFunction((q) => document.querySelector('.search-results')?.childElementCount > 0 && document.querySelector('#search-input')?.value === q, queries[0]);
    await page.evaluate(() => window.__bench.waitFor(1));
    await page.waitForTimeout(600); // the snippets' text files, requested 150 ms after the results; the rest of the index waits 1 s
    const cutoff = Date.now();
    const files = fetched.filter((f) => f.at >= opened && f.at <= cutoff).map(({ path, gzip }) => ({ path, gzip }));
    await page.waitForTimeout(1500); // the prefetch of the other shards, before timing keystrokes

    let n = await page.evaluate(() => window.__bench.count());
    const settled = async () => {
      n += 1;
      const sample = await page.evaluate((k) => window.__bench.waitFor(k), n);
      await page.evaluate((p) => window.__bench.settle(p), pauseMs);
      return sample;
    };
    await page.evaluate(() => window.__bench.start());
    const lastKey = [];
    for (const query of queries) {
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText(query.slice(0, -1));
      await settled();
      await page.keyboard.type(query.slice(-1));
      lastKey.push(await settled());
    }
    const { longTasks } = await page.evaluate(() => window.__bench.stop());
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return { lastKey, longTasks, files, firstSearchGzip: files.reduce((sum, f) => sum + f.gzip, 0) };
  } finally {
    await browser.close();
  }
}
