/** The on-page contents mark the section being read, wherever the reader scrolls or jumps. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });

const current = (page: Page) => page.locator('[data-toc] a[aria-current="location"]');

test('the contents mark the heading being read as the page scrolls and jumps', async ({ page }) => {
  await page.goto('/guides/fine-tuning/');
  const toc = page.locator('[data-toc]');
  await expect(toc).toBeVisible();
  const links = toc.locator('a');
  const count = await links.count();
  expect(count).toBeGreaterThan(4);

  // At the top, before any heading: the first entry.
  await expect(current(page)).toHaveCount(1);
  await expect(current(page)).toHaveAttribute('href', (await links.first().getAttribute('href'))!);

  // Following an entry in the middle marks that entry (its heading lands below the sticky header).
  const middle = links.nth(Math.floor(count / 2));
  await middle.click();
  await expect(middle).toHaveAttribute('aria-current', 'location');
  await expect(middle).toHaveClass(/is-current/);
  await expect(current(page)).toHaveCount(1);

  // Scrolling on, part way into the next section, marks the next entry.
  const next = links.nth(Math.floor(count / 2) + 1);
  const nextHeading = page.locator((await next.getAttribute('href'))!);
  await nextHeading.evaluate((h) => scrollTo(0, h.getBoundingClientRect().top + scrollY - 100));
  await expect(next).toHaveAttribute('aria-current', 'location');

  // A jump straight to the end, and straight back to the top, past every heading in one step. (Not the End and Home
  // keys: Chromium animates those, and on a loaded machine the animation was seen stopping short of the top.)
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await expect(current(page)).toHaveAttribute('href', (await links.last().getAttribute('href'))!);
  await page.evaluate(() => scrollTo(0, 0));
  await expect(current(page)).toHaveAttribute('href', (await links.first().getAttribute('href'))!);
  await expect(current(page)).toHaveCount(1);
});

test('the contents follow a change of window height', async ({ page }) => {
  await page.goto('/guides/fine-tuning/');
  const links = page.locator('[data-toc] a');
  const second = links.nth(1);
  const heading = page.locator((await second.getAttribute('href'))!);
  // The heading 300 px down a short window is below the line; in a tall window scrolled the same, too.
  await page.setViewportSize({ width: 1280, height: 500 });
  await heading.evaluate((h) => scrollTo(0, h.getBoundingClientRect().top + scrollY - 300));
  await expect(second).not.toHaveAttribute('aria-current', 'location');
  // Then 60 px down (above the line at 120 px): marked, and still after the window grows.
  await heading.evaluate((h) => scrollTo(0, h.getBoundingClientRect().top + scrollY - 60));
  await expect(second).toHaveAttribute('aria-current', 'location');
  await page.setViewportSize({ width: 1280, height: 1000 });
  await heading.evaluate((h) => scrollTo(0, h.getBoundingClientRect().top + scrollY - 60));
  await expect(second).toHaveAttribute('aria-current', 'location');
  await heading.evaluate((h) => scrollTo(0, h.getBoundingClientRect().top + scrollY - 300));
  await expect(second).not.toHaveAttribute('aria-current', 'location');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('guides and scenarios offer the contents as a collapsed list above the article', async ({ page }) => {
    for (const path of ['/guides/fine-tuning/', '/scenarios/on-device/']) {
      await page.goto(path);
      await expect(page.locator('[data-toc]')).toBeHidden();
      const summary = page.locator('.toc-mobile summary');
      await expect(summary).toBeVisible();
      const list = page.getByRole('navigation', { name: 'Sections of this page' });
      await expect(list).toBeHidden();
      // By keyboard: the summary takes focus and opens the list; an entry leads to its section.
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(list).toBeVisible();
      for (const theme of ['light', 'dark'] as const) {
        await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
        const axe = await new AxeBuilder({ page }).include('.toc-mobile').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
        expect(axe.violations.map((v) => v.id), `${path} ${theme}`).toEqual([]);
      }
      const entry = list.getByRole('link').nth(1);
      const target = (await entry.getAttribute('href'))!;
      await entry.click();
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      await expect(page.locator(target)).toBeInViewport();
    }
  });
});

test('wide screens show only the side contents', async ({ page }) => {
  await page.goto('/guides/fine-tuning/');
  await expect(page.locator('[data-toc]')).toBeVisible();
  await expect(page.locator('.toc-mobile')).toBeHidden();
});
