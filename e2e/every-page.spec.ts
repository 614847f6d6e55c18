/**
 * Every page in the sitemap: answers 200, has one <h1>, a title and a description, logs no console error,
 * violates no CSP rule, loads no framework JavaScript unless it has an island, and passes axe (WCAG 2.2 AA)
 * in light and in dark theme.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/sitemap.ts';
import { cspEvents, recordCspEvents, watchPage } from './support/page-health.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of sitemapPaths()) {
  test(`page ${path} is healthy and accessible`, async ({ page }) => {
    test.setTimeout(120_000); // two full axe runs on long pages take a while on a 2-core machine
    const problems = watchPage(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await recordCspEvents(page);
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status(), 'HTTP status').toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/\S/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S.{20,}/);

    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => {
        document.documentElement.dataset.theme = t;
      }, theme);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(summary, `axe violations in ${theme} theme`).toEqual([]);
    }
    if ((await page.locator('astro-island').count()) === 0) {
      expect(scripts.filter((url) => /preact|client\.[\w-]+\.js/.test(url)), 'framework JavaScript on a page without an island').toEqual([]);
    }
    expect(await cspEvents(page), 'CSP violations').toEqual([]);
    expect(problems.cspViolations, 'CSP violations in the console').toEqual([]);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  });
}
