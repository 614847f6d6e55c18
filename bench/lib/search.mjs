// Search latency on the /research/ page in headless Chromium: keystrokes typed into the search box, timed
// from the keydown event to the moment the results for the new query are in the DOM and laid out.
// Optionally serves a different /research/index.json by request interception, so the page under test is
// exactly the built one while the index grows.
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, assertChromium } from './chromium.mjs';
import { RESULTS_PAGE_SIZE as RENDERED } from '../../src/lib/search/research-search.ts';

/**
 * Runs in the page before its own scripts. The search views (the research browser, the site search dialog)
 * dispatch an event naming the query once its results are in the DOM; the harness then forces layout and
 * reads the clock, timing from the keydown of the keystroke that produced that query. Long tasks are
 * collected throughout. `o` names the search box's id, the event and the element to lay out.
 */
export function harness(o = { input: 'research-q', event: 'research:results', root: '.research-browser' }) {
  const samples = [];
  const longTasks = [];
  const waiters = [];
  let lastKeydown = 0;
  let window0 = 0;
  /** The search box's value after each input event, with the time the input started. */
  const pending = new Map();
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* longtask entries unsupported: reported as such */
  }
  document.addEventListener('keydown', (e) => (lastKeydown = e.timeStamp), true);
  document.addEventListener(
    'input',
    (e) => {
      if (!(e.target instanceof HTMLInputElement) || e.target.id !== o.input) return;
      pending.set(e.target.value, lastKeydown || e.timeStamp);
      lastKeydown = 0;
    },
    true,
  );
  document.addEventListener(o.event, (e) => {
    const started = pending.get(e.detail.q);
    if (started === undefined) return;
    pending.clear();
    document.querySelector(o.root)?.getBoundingClientRect();
    samples.push(performance.now() - started);
    for (const w of waiters.splice(0)) if (!w()) waiters.push(w);
  });
  Object.defineProperty(window, '__bench', {
    value: {
      start() {
        window0 = performance.now();
      },
      count: () => samples.length,
      waitFor(n) {
        if (samples.length >= n) return Promise.resolve(samples[n - 1]);
        return new Promise((resolve) => waiters.push(() => samples.length >= n && (resolve(samples[n - 1]), true)));
      },
      settle: (pause) => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, pause))),
      stop() {
        const end = performance.now();
        const inRun = longTasks.filter((t) => t.start >= window0 && t.start <= end);
        return { longTasks: inRun, observed: PerformanceObserver.supportedEntryTypes.includes('longtask') };
      },
    },
  });
}

/**
 * Opens /research/ once, then runs two kinds of query runs on it:
 * - `lastKey`: for each query, the text before its last character is inserted as one input event (like a
 *   paste; not timed), then the last character is typed and timed. One sample per query.
 * - `typing`: each query typed character by character, every keystroke timed, until all queries are
 *   typed or `typingBudgetMs` has passed (early keystrokes on a big index can take seconds each).
 * Each query replaces the previous one (select all, then type). Long tasks are counted per run.
 *
 * @param {object} o
 * @param {string} o.origin e.g. http://127.0.0.1:4343
 * @param {string[]} o.queries at least two characters each
 * @param {string} [o.indexJson] served instead of the built /research/index.json
 * @param {number} o.expectedDocs documents in the index, to know when the page is ready
 * @param {number} [o.typingBudgetMs]
 * @param {number} [o.pauseMs] idle time after each input's frame, like a fast typist's gap
 */

export async function measureSearch({ origin, queries, indexJson, expectedDocs, typingBudgetMs = 600_000, pauseMs = 40 }) {
  const browser = await chromium.launch({
    executablePath: assertChromium(),
    headless: true,
    args: CHROMIUM_FLAGS.filter((f) => !f.startsWith('--headless')),
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(harness);
    if (indexJson) {
      await page.route('**/research/index.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: indexJson }),
      );
    }
    await page.goto(`${origin}/research/`, { waitUntil: 'load', timeout: 120_000 });
    const box = page.getByLabel('Search titles, authors, venues and claims');
    await box.click({ timeout: 120_000 }); // waits until hydration enables it; focus starts loading the index

    let n = 0;
    /** One input event's sample, after its frame and a short gap. */
    const settled = async () => {
      n += 1;
      const sample = await page.evaluate((k) => window.__bench.waitFor(k), n);
      await page.evaluate((p) => window.__bench.settle(p), pauseMs);
      return sample;
    };
    // Ready: the first query typed right after the page loads has its results on screen.
    await page.keyboard.insertText(queries[0]);
    await page.evaluate(() => window.__bench.waitFor(1));
    const readyMs = await page.evaluate(() => performance.now());
    n = 1;
    const indexed = await page.evaluate(() => Number(/ of (\d+) sources$/.exec(document.querySelector('.result-count')?.textContent ?? '')?.[1]));
    if (indexed !== expectedDocs) throw new Error(`the page searches ${indexed} sources, expected ${expectedDocs}`);

    const check = async (query) => {
      const shown = await page.evaluate(() => ({
        items: document.querySelectorAll('.research-results > li').length,
        count: document.querySelector('.result-count')?.textContent ?? '',
        value: document.querySelector('#research-q')?.value ?? '',
      }));
      if (shown.value !== query) throw new Error(`search box holds "${shown.value}", expected "${query}"`);
      const counted = Number(/^(\d+) of/.exec(shown.count)?.[1] ?? NaN);
      if (Math.min(counted, RENDERED) !== shown.items) throw new Error(`"${shown.count}" but ${shown.items} results listed for "${query}"`);
      return counted;
    };

    // Last keystroke of each query.
    await page.evaluate(() => window.__bench.start());
    const lastKey = [];
    const results = [];
    for (const query of queries) {
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText(query.slice(0, -1));
      await settled();
      await page.keyboard.type(query.slice(-1));
      lastKey.push(await settled());
      results.push(await check(query));
    }
    const lastKeyRun = await page.evaluate(() => window.__bench.stop());

    // Every keystroke, within the time budget.
    await page.evaluate(() => window.__bench.start());
    const typing = [];
    const shortQueryResults = [];
    let typedQueries = 0;
    const started = Date.now();
    for (const query of queries) {
      if (Date.now() - started > typingBudgetMs) break;
      await page.keyboard.press('Control+A');
      for (const [i, ch] of [...query].entries()) {
        await page.keyboard.type(ch);
        typing.push(await settled());
        if (i === 0) shortQueryResults.push(await page.evaluate(() => Number(/^(\d+) of/.exec(document.querySelector('.result-count')?.textContent ?? '')?.[1] ?? 0)));
      }
      await check(query);
      typedQueries += 1;
    }
    const typingRun = await page.evaluate(() => window.__bench.stop());
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return {
      readyMs,
      lastKey: { samples: lastKey, longTasks: lastKeyRun.longTasks, queries: queries.length },
      typing: { samples: typing, longTasks: typingRun.longTasks, queries: typedQueries, complete: typedQueries === queries.length, oneLetterResults: shortQueryResults },
      results,
      longTaskObserved: lastKeyRun.observed,
      userAgent: await page.evaluate(() => navigator.userAgent),
    };
  } finally {
    await browser.close();
  }
}
