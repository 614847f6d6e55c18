/** Citation markers: numbered, linked to the bibliography, with preview cards by keyboard, hover and tap. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages, fileFor } from './support/dist.ts';

/** A citation marker: the link to its bibliography entry. */
const MARKER = '.cite > a[href^="#ref-"]';

test('a marker opens its preview card on keyboard focus and closes on Escape', async ({ page }) => {
  await page.goto('/guides/fine-tuning/');
  const marker = page.locator(MARKER).first();
  const href = await marker.getAttribute('href');
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
  await expect(page.locator(href!)).toHaveCount(1);
});

test('a tap opens the card and a tap outside closes it', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 700 } });
  const page = await context.newPage();
  await page.goto('/guides/overview/');
  const marker = page.locator(MARKER).first();
  await marker.tap();
  await expect(page.locator('.cite-card')).toBeVisible();
  // Long titles wrap inside the card, which stays on screen.
  const box = await page.locator('.cite-card').evaluate((card) => {
    const rect = card.getBoundingClientRect();
    return { left: rect.left, right: rect.right, overflow: card.scrollWidth - card.clientWidth };
  });
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(375);
  expect(box.overflow).toBeLessThanOrEqual(0);
  await page.locator('h1').tap();
  await expect(page.locator('.cite-card')).toHaveCount(0);
  await context.close();
});

test('hovering a marker shows its card, which stays while the pointer moves onto it and closes when it leaves', async ({ page }) => {
  await page.goto('/guides/overview/');
  const marker = page.locator(MARKER).first();
  await marker.hover();
  const card = page.locator('.cite-card');
  await expect(card).toBeVisible();
  await expect(marker).toHaveAttribute('aria-expanded', 'true');
  await card.hover();
  await page.waitForTimeout(500); // longer than the close delay
  await expect(card).toBeVisible();
  await page.locator('h1').hover();
  await expect(card).toHaveCount(0);
  await expect(marker).toHaveAttribute('aria-expanded', 'false');
});

test('markers are numbered in order and the bibliography matches', async ({ page }) => {
  await page.goto('/guides/prompt-engineering/');
  const numbers = (await page.locator(MARKER).allTextContents()).map(Number);
  let max = 0;
  for (const n of numbers) {
    expect(n).toBeLessThanOrEqual(max + 1);
    max = Math.max(max, n);
  }
  await expect(page.locator('.bibliography li')).toHaveCount(max);
  // "Author (2024). Title": the year's full stop and the title keep their space.
  for (const head of await page.locator('.bibliography .ref-head').allTextContents()) expect(head).toMatch(/\(\d{4}\)\. \S/);
});

test('a card opened inside a section that skips rendering off screen is drawn whole, next to its marker', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/faq/');
  // The marker closest to the start of its section, at the bottom of the window: its card opens above it
  // and reaches past the section's start.
  const markers = page.locator(`.doc-section ${MARKER}`);
  const index = await markers.evaluateAll((all) => {
    const gap = (a: Element) => a.getBoundingClientRect().top - a.closest('.doc-section')!.getBoundingClientRect().top;
    return all.reduce((best, a, i) => (gap(a) < gap(all[best]!) ? i : best), 0);
  });
  const marker = markers.nth(index);
  await marker.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await marker.focus();
  const card = page.locator('.cite-card');
  await expect(card).toBeVisible();
  const m = (await marker.boundingBox())!;
  const c = (await card.boundingBox())!;
  expect(Math.min(Math.abs(c.y - (m.y + m.height)), Math.abs(m.y - (c.y + c.height)))).toBeLessThan(20);
  const section = (await marker.locator('xpath=ancestor::div[contains(@class, "doc-section")]').boundingBox())!;
  expect(c.y).toBeLessThan(section.y);
  // Not clipped to the section: its corners and the middle of its bottom edge are the card's.
  const hits = await card.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return [
      [r.left + 4, r.top + 4],
      [r.left + 4, r.bottom - 4],
      [(r.left + r.right) / 2, r.bottom - 4],
    ].map(([x, y]) => el.contains(document.elementFromPoint(x!, y!)));
  });
  expect(hits).toEqual([true, true, true]);
});

test("a page's reference names up to six authors, else the first three and et al.; the source's page names them all", () => {
  const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
  const names = (list: string) => list.replace(/,? et al\.$/, '').split(/, (?:and )?/);
  let cut = 0;
  let whole = 0;
  for (const { path, html } of builtPages().filter((p) => p.html.includes('class="bibliography"'))) {
    for (const [, shown, id] of html.matchAll(/<p class="ref-head">\s*([^<]*?) \(\d{4}\)\.\s*<a class="ref-title" href="\/research\/([^/]+)\/">/g)) {
      const full = decode(/<dt>Authors<\/dt><dd>([^<]*)<\/dd>/.exec(readFileSync(fileFor(`/research/${id}/`)!, 'utf8'))![1]!);
      const all = names(full);
      if (all.length > 6) {
        expect(decode(shown!), `${path} ${id}`).toBe(`${all.slice(0, 3).join(', ')}, et al.`);
        cut++;
      } else {
        expect(decode(shown!), `${path} ${id}`).toBe(full);
        whole++;
      }
    }
  }
  expect(cut, 'references cut to three').toBeGreaterThan(20);
  expect(whole, 'references in full').toBeGreaterThan(100);
});
