/**
 * Every page in the sitemap: answers 200, has one <h1>, a title and a description, logs no console error,
 * violates no CSP rule, loads no framework JavaScript unless it has an island, and passes axe (WCAG 2.2 AA)
 * in light and in dark theme.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './support/sitemap.ts';
import { cspEvents, recordCspEvents, watchPage } from './support/page-health.ts';
import { AXE_TAGS, axeViolations, injectAxe, summarize } from './support/axe.ts';
import { DIST } from './support/dist.ts';

/**
 * The axe rules whose answer can change with the theme. Switching theme only sets `color-scheme` on <html>
 * (tokens.css), which changes what every light-dark() colour resolves to and nothing else: no element, text,
 * attribute, size, position or visibility moves. So the dark run needs only the rules that read colours;
 * every other WCAG rule gives the same answer it gave in light. Both premises are checked, not assumed:
 * the first test below fails if any CSS changes more than `color-scheme` with the theme, and a page whose
 * DOM is not the same in dark as it was for the light run (a script reacting to the switch, or one that
 * ran late) gets every rule again in dark, as all pages did before.
 */
const THEME_RULES = ['color-contrast', 'link-in-text-block'];

test('the theme switch changes colours only: no CSS but `color-scheme` depends on it', () => {
  const cssFiles = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
  expect(cssFiles.length, 'built stylesheets').toBeGreaterThan(0);
  const css = cssFiles.map((f) => readFileSync(join(DIST, '_astro', f), 'utf8')).join('\n');
  const themed = [...css.matchAll(/([^{}]*data-theme[^{}]*)\{([^{}]*)\}/g)].map((m) => ({ selector: m[1]!.trim(), body: m[2]! }));
  expect(themed.length, 'rules keyed to data-theme').toBeGreaterThan(0);
  for (const { selector, body } of themed) {
    const properties = body.split(';').map((d) => d.split(':')[0]!.trim()).filter(Boolean);
    expect(properties, `declarations under ${selector}`).toEqual(['color-scheme']);
  }
  expect(css, 'a prefers-color-scheme query would let the theme change more than colours').not.toMatch(/prefers-color-scheme/);
});

/**
 * One browser page per worker, reused from one sitemap page to the next: a new context costs a renderer
 * process (0.2 to 0.4 s here), more than loading most pages does. Each page's test still starts as a first
 * visit: after each one the page's storage and the context's cookies are cleared (the site keeps nothing
 * else), the page goes to about:blank so nothing it does later reaches the next test, and the listeners
 * the test added are removed. The context gets the project's options, as the built-in page fixture would.
 */
const walk = test.extend<{ walkPage: Page }, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale });
      const page = await context.newPage();
      await recordCspEvents(page); // an init script: it runs again in every document the page loads
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  walkPage: async ({ sharedPage: page }, use) => {
    await use(page);
    if (page.url().startsWith('http')) {
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
    }
    await page.context().clearCookies();
    await page.goto('about:blank');
    for (const event of ['console', 'pageerror', 'request'] as const) page.removeAllListeners(event);
  },
});

/** Resolves once the page has been idle and then drawn twice: deferred work and observers have had their turn. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())), { timeout: 2_000 });
      }),
  );
}

for (const path of sitemapPaths()) {
  walk(`page ${path} is healthy and accessible`, async ({ walkPage: page }) => {
    test.setTimeout(120_000); // two axe runs on long pages take a while on a 2-core machine
    const problems = watchPage(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status(), 'HTTP status').toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/\S/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S.{20,}/);

    expect(page.frames(), 'axe runs in the page only, so a frame would go unchecked').toHaveLength(1);
    // Let the page settle as a reader would see it: islands that hydrate on load, and work put off to idle
    // time (the contents' observer marks the heading being read), both change the DOM when they run.
    await expect(page.locator('astro-island[client="load"][ssr]'), 'islands not hydrated').toHaveCount(0);
    await settle(page);
    await injectAxe(page);
    await page.evaluate(() => {
      const root = document.documentElement;
      root.dataset.theme = 'light';
      // The whole document but the theme attribute itself.
      const dom = () => [...root.attributes].filter((a) => a.name !== 'data-theme').map((a) => `${a.name}=${a.value}`).join(' ') + root.innerHTML;
      Object.assign(window, { __dom: dom, __lightDom: dom() });
    });
    expect(summarize(await axeViolations(page, { type: 'tag', values: AXE_TAGS })), 'axe violations in light theme').toEqual([]);
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark';
    });
    await settle(page); // so a script reacting to the switch (a mutation observer, a frame callback) has run
    const domKept = await page.evaluate(() => {
      const saved = window as unknown as { __dom: () => string; __lightDom: string };
      return saved.__dom() === saved.__lightDom;
    });
    if (!domKept) test.info().annotations.push({ type: 'dark theme', description: 'the DOM changed after the light run, so every rule ran again' });
    const darkRules = domKept ? { type: 'rule' as const, values: THEME_RULES } : { type: 'tag' as const, values: AXE_TAGS };
    expect(summarize(await axeViolations(page, darkRules)), 'axe violations in dark theme').toEqual([]);

    if ((await page.locator('astro-island').count()) === 0) {
      expect(scripts.filter((url) => /preact|client\.[\w-]+\.js/.test(url)), 'framework JavaScript on a page without an island').toEqual([]);
    }
    expect(await cspEvents(page), 'CSP violations').toEqual([]);
    expect(problems.cspViolations, 'CSP violations in the console').toEqual([]);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  });
}
