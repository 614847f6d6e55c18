/**
 * Long pages render only what is near the screen (content-visibility on the text under each heading, each
 * FAQ answer and each reference list), without changing what readers see or where links land.
 */
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 412, height: 823 } });

/** Whether the browser is rendering the element's contents now (false while content-visibility skips them). */
const rendered = (selector: string, index: number) =>
  `document.querySelectorAll(${JSON.stringify(selector)})[${index}].firstElementChild.checkVisibility({ contentVisibilityAuto: true })`;

test('sections far down a long page are skipped until they come near the screen', async ({ page }) => {
  await page.goto('/faq/');
  const last = (await page.locator('.doc-section').count()) - 1;
  expect(last).toBeGreaterThan(5);
  expect(await page.evaluate(rendered('.doc-section', 0))).toBe(true);
  expect(await page.evaluate(rendered('.doc-section', last))).toBe(false);
  expect(await page.evaluate(rendered('.bibliography > ol', 0))).toBe(false);
  await page.locator('.doc-section').nth(last).scrollIntoViewIfNeeded();
  await expect.poll(() => page.evaluate(rendered('.doc-section', last))).toBe(true);
});

test('a link into a skipped section lands on its target', async ({ page }) => {
  await page.goto('/faq/');
  const entries = page.locator('.bibliography li');
  // One from the middle, so the page can scroll it to the top.
  const id = await entries.nth(Math.floor((await entries.count()) / 2)).getAttribute('id');
  await page.goto(`/faq/#${id}`);
  const target = page.locator(`#${id}`);
  await expect(target).toBeInViewport();
  const box = (await target.boundingBox())!;
  // Below the sticky header, near the top of the window.
  expect(box.y).toBeGreaterThanOrEqual(50);
  expect(box.y).toBeLessThan(200);
});

test('the keyboard reaches links in a skipped block and brings them into view', async ({ page }) => {
  await page.goto('/faq/');
  const first = page.locator('.bibliography li a').first();
  expect(await page.evaluate(rendered('.bibliography > ol', 0))).toBe(false);
  // Focus the last link before the reference list, then Tab once.
  await page.locator('.faq-entry').last().locator('a').last().focus();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport();
  expect(await page.evaluate(rendered('.bibliography > ol', 0))).toBe(true);
});

test('a focused link on the first or last line or at either edge of a section keeps its whole outline', async ({ page }) => {
  await page.goto('/guides/fine-tuning/');
  const link = page.locator('.doc-section a[href^="/"]').first();
  await link.scrollIntoViewIfNeeded();
  await link.focus();
  expect(await link.evaluate((a) => a.matches(':focus-visible'))).toBe(true);
  // Paint containment clips at the padding box, the text sits in the content box: the padding must hold the
  // outline, including the part that reaches above and below a line of text.
  const room = await link.evaluate((a) => {
    const style = getComputedStyle(a);
    const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const box = a.getClientRects()[0]!;
    const lineHeight = parseFloat(getComputedStyle(a.parentElement!).lineHeight);
    const beyondLine = reach - (lineHeight - box.height) / 2;
    const blocks = [...document.querySelectorAll<HTMLElement>('.doc-section, .bibliography > ol')];
    return blocks.map((el) => {
      const s = getComputedStyle(el);
      return Math.min(
        parseFloat(s.paddingLeft) - reach,
        parseFloat(s.paddingRight) - reach,
        parseFloat(s.paddingTop) - beyondLine,
        parseFloat(s.paddingBottom) - beyondLine,
      );
    });
  });
  expect(room.length).toBeGreaterThan(3);
  for (const r of room) expect(r).toBeGreaterThanOrEqual(0);
});
