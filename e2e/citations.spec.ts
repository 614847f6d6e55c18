/** Citation markers: numbered, linked to the bibliography, with preview cards by keyboard, hover and tap. */
import { expect, test } from '@playwright/test';

test('a marker opens its preview card on keyboard focus and closes on Escape', async ({ page }) => {
  await page.goto('/guides/fine-tuning/');
  const marker = page.locator('.cite a[data-cite]').first();
  const id = await marker.getAttribute('data-cite');
  await marker.focus();
  const card = page.locator('.cite-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Read the source');
  await expect(card.locator('.ref-claim')).not.toBeEmpty();
  await expect(marker).toHaveAttribute('aria-expanded', 'true');
  // The card sits below or above the marker's line, never on it.
  const m = (await marker.boundingBox())!;
  const c = (await card.boundingBox())!;
  expect(c.y >= m.y + m.height || c.y + c.height <= m.y).toBe(true);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(marker).toBeFocused();
  await expect(page.locator(`#ref-${id}`)).toHaveCount(1);
});

test('a tap opens the card and a tap outside closes it', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 700 } });
  const page = await context.newPage();
  await page.goto('/guides/overview/');
  const marker = page.locator('.cite a[data-cite]').first();
  await marker.tap();
  await expect(page.locator('.cite-card')).toBeVisible();
  await page.locator('h1').tap();
  await expect(page.locator('.cite-card')).toHaveCount(0);
  await context.close();
});

test('hovering a marker shows its card', async ({ page }) => {
  await page.goto('/guides/overview/');
  await page.locator('.cite a[data-cite]').first().hover();
  await expect(page.locator('.cite-card')).toBeVisible();
});

test('markers are numbered in order and the bibliography matches', async ({ page }) => {
  await page.goto('/guides/prompt-engineering/');
  const numbers = (await page.locator('.cite a[data-cite]').allTextContents()).map(Number);
  let max = 0;
  for (const n of numbers) {
    expect(n).toBeLessThanOrEqual(max + 1);
    max = Math.max(max, n);
  }
  await expect(page.locator('.bibliography li')).toHaveCount(max);
});
