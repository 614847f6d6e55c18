/**
 * Regions that scroll sideways on a phone (the wide tables and the guides' diagrams): a table's caption stays
 * whole inside the visible box however far the table is scrolled, a visible note says the region scrolls (and
 * only when it does), and a diagram's labels stay a readable size instead of shrinking with the column.
 */
import { expect, test, type Page } from '@playwright/test';

const TABLE_PAGES = ['/models/', '/fine-tuning-routes/', '/calculator/', '/guides/overview/', '/decide/'];

/** Every caption line that leaves its wrapper's visible box, at the start and at the end of the scroll. */
function captionsOutside(page: Page): Promise<string[]> {
  return page.locator('.table-wrap').evaluateAll((wraps) => {
    const out: string[] = [];
    for (const wrap of wraps) {
      const caption = wrap.querySelector('caption');
      if (!caption) continue;
      wrap.scrollIntoView({ block: 'center' });
      for (const left of [0, wrap.scrollWidth]) {
        wrap.scrollLeft = left;
        const box = wrap.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(caption);
        for (const line of range.getClientRects()) {
          if (line.width > 0 && (line.left < box.left - 1 || line.right > box.right + 1)) {
            out.push(`${wrap.getAttribute('aria-label')} at scrollLeft ${Math.round(wrap.scrollLeft)}: "${caption.textContent!.trim().slice(0, 40)}" spans ${Math.round(line.left)}–${Math.round(line.right)}, box ${Math.round(box.left)}–${Math.round(box.right)}`);
          }
        }
      }
      wrap.scrollLeft = 0;
    }
    return out;
  });
}

/**
 * For every wrapper: whether it scrolls, and whether its visible "scrolls sideways" note shows. Each is brought on
 * screen first (a long page skips rendering what is far off it) and read two frames later, when the browser has
 * updated what a scroll-state query sees.
 */
function scrollNotes(page: Page): Promise<{ label: string; scrolls: boolean; note: boolean }[]> {
  return page.locator('.table-wrap, .diagram-wrap').evaluateAll(async (wraps) => {
    const out = [];
    for (const wrap of wraps) {
      wrap.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const before = getComputedStyle(wrap, '::before');
      out.push({
        label: wrap.getAttribute('aria-label') ?? '',
        scrolls: wrap.scrollWidth > wrap.clientWidth + 1,
        note: before.display !== 'none' && /scroll/i.test(before.content),
      });
    }
    return out;
  });
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const path of TABLE_PAGES) {
    test(`${path}: captions stay inside the visible box and a scrolling table says it scrolls`, async ({ page }) => {
      await page.goto(path);
      expect(await captionsOutside(page)).toEqual([]);
      const notes = await scrollNotes(page);
      expect(notes.filter((n) => n.scrolls).length, 'a table that scrolls at 360 px').toBeGreaterThan(0);
      for (const n of notes) expect(n.note, `${n.label}: the note shows exactly when the region scrolls`).toBe(n.scrolls);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    });
  }

  for (const path of ['/guides/overview/', '/guides/fine-tuning/', '/guides/prompt-engineering/']) {
    test(`${path}: diagram labels stay readable, in a labelled region that scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      const diagrams = page.locator('main svg.diagram');
      expect(await diagrams.count()).toBeGreaterThan(0);
      for (const svg of await diagrams.all()) {
        await svg.scrollIntoViewIfNeeded();
        const { smallest, region } = await svg.evaluate((el) => {
          const scale = el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width;
          const sizes = [...el.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size') ?? getComputedStyle(t).fontSize.replace('px', '')) * scale);
          const wrap = el.closest('.diagram-wrap');
          return { smallest: Math.min(...sizes), region: wrap ? `${wrap.getAttribute('tabindex')}|${wrap.getAttribute('aria-label')}` : null };
        });
        expect(smallest, 'the smallest label, in CSS px').toBeGreaterThanOrEqual(11);
        expect(region).toMatch(/^0\|.+\(scrolls sideways\)$/);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    });
  }
});

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a table that fits says nothing about scrolling, and the diagrams keep their full size', async ({ page }) => {
    await page.goto('/calculator/');
    const notes = await scrollNotes(page);
    for (const n of notes) expect(n.note, `${n.label}: the note shows exactly when the region scrolls`).toBe(n.scrolls);
    expect(notes.some((n) => !n.scrolls)).toBe(true);
    await page.goto('/guides/overview/');
    const scale = await page.locator('main svg.diagram').first().evaluate((el) => el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width);
    expect(scale).toBeGreaterThan(0.95);
    expect((await scrollNotes(page)).filter((n) => n.note)).toEqual([]);
  });
});
