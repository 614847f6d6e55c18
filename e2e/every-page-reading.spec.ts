/** Every page reads without JavaScript and fits a 320 px screen without sideways scrolling. */
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/sitemap.ts';

const paths = sitemapPaths();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every page shows its main content', async ({ page }) => {
    test.setTimeout(paths.length * 2_000);
    const thin: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const text = (await page.locator('main').innerText()).trim();
      if (text.length < 200) thin.push(`${path} (${text.length} characters)`);
    }
    expect(thin).toEqual([]);
  });
});

test.describe('at 320 × 640', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no page scrolls sideways', async ({ page }) => {
    test.setTimeout(paths.length * 3_000);
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path} (+${overflow}px)`);
    }
    expect(wide).toEqual([]);
  });
});
