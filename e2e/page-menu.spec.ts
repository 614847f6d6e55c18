/**
 * The page menu (copy as Markdown, view as Markdown, open in ChatGPT or Claude) on every page with a Markdown
 * twin, each FAQ answer, and the "open in an assistant" links under the decision tools' results: by keyboard,
 * announced, the clipboard holding the twin's exact text, the links well formed, axe-clean in both themes,
 * and working without JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './support/sitemap.ts';
import { markdownPath } from '../src/lib/agent/markdown-export.ts';
import { cspEvents, recordCspEvents, watchPage } from './support/page-health.ts';

const origin = new URL(readFileSync(join('dist', 'sitemap-0.xml'), 'utf8').match(/<loc>([^<]+)<\/loc>/)![1]!).origin;
const paths = sitemapPaths();
const withTwin = paths.filter((p) => /^\/(guides|scenarios|research)\/[^/]+\/$/.test(p) && p !== '/research/claim-checks/').concat(['/faq/', '/models/']);
const faqIds = [...readFileSync(join('dist', 'faq', 'index.html'), 'utf8').matchAll(/<section class="faq-entry" aria-labelledby="([^"]+)"/g)].map((m) => m[1]!);

/** The prompt an assistant link carries, decoded, and the link's own shape. */
function promptOf(href: string): string {
  const url = new URL(href);
  expect(['https://chatgpt.com/', 'https://claude.ai/new']).toContain(`${url.origin}${url.pathname}`);
  expect([...url.searchParams.keys()]).toEqual(['q']);
  return url.searchParams.get('q')!;
}

async function axeClean(page: Page, selector: string) {
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => {
      document.documentElement.dataset.theme = t;
    }, theme);
    const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${theme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  }
}

test('every guide, scenario, source page, the FAQ and /models/ carry the menu, its links well formed (read from the built HTML)', () => {
  expect(withTwin.length).toBeGreaterThan(30);
  for (const path of withTwin) {
    const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
    const menu = /<div class="page-menu" data-page-menu>([\s\S]*?)<\/div>/.exec(html)?.[1];
    expect(menu, `${path} has a page menu`).toBeTruthy();
    const hrefs = [...menu!.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(hrefs[0], `${path}: View as Markdown`).toBe(markdownPath(path));
    expect(readFileSync(join('dist', markdownPath(path)), 'utf8').length, `${path}: its twin exists`).toBeGreaterThan(100);
    expect(hrefs).toHaveLength(3);
    for (const href of hrefs.slice(1)) {
      const prompt = promptOf(href);
      expect(prompt, `${path}: the prompt links the page`).toContain(new URL(path, origin).href);
      expect(prompt).toContain(new URL(markdownPath(path), origin).href);
    }
  }
  expect(faqIds.length).toBeGreaterThan(5);
  const faq = readFileSync(join('dist', 'faq', 'index.html'), 'utf8');
  for (const id of faqIds) {
    expect(faq, `FAQ answer ${id} has its own menu`).toContain(`href="/faq/${id}.md"`);
    expect(readFileSync(join('dist', 'faq', `${id}.md`), 'utf8')).toContain(`Canonical page: <${origin}/faq/#${id}>`);
  }
});

test('by keyboard: open, copy (the clipboard holds the Markdown twin exactly, announced), Escape closes and focus returns', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems = watchPage(page);
  await recordCspEvents(page);
  await page.goto('/guides/overview/');
  const menu = page.locator('[data-page-menu]').first();
  const toggle = menu.getByRole('button', { name: 'Page options' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(menu.getByRole('list')).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const items = menu.getByRole('list').getByRole('listitem');
  await expect(items).toHaveCount(4);
  await page.keyboard.press('Tab');
  const copy = menu.getByRole('button', { name: 'Copy page as Markdown' });
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('status')).toHaveText('Copied the page as Markdown.');
  const twin = await (await page.request.get('/guides/overview.md')).text();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(twin);
  await page.keyboard.press('Tab');
  await expect(menu.getByRole('link', { name: 'View as Markdown' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(menu.getByRole('list')).toBeHidden();
  for (const name of ['Open in ChatGPT', 'Open in Claude']) {
    const href = await menu.getByRole('link', { name, includeHidden: true }).getAttribute('href');
    expect(promptOf(href!)).toContain(`${origin}/guides/overview/`);
  }
  // A click elsewhere closes it too.
  await toggle.click();
  await page.locator('h1').click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
  expect(await cspEvents(page)).toEqual([]);
});

test('an FAQ answer copies its own Markdown; the menu is axe-clean open and closed in both themes', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const id = faqIds[0]!;
  await page.goto('/faq/');
  const menu = page.locator(`#${id} ~ [data-page-menu]`);
  const toggle = menu.getByRole('button', { name: /^Answer options/ });
  await axeClean(page, '.page-menu');
  await toggle.click();
  await axeClean(page, '.page-menu');
  await menu.getByRole('button', { name: 'Copy answer as Markdown' }).click();
  await expect(menu.getByRole('status')).toHaveText('Copied the answer as Markdown.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await (await page.request.get(`/faq/${id}.md`)).text());
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 } });
  test('the page does not jump when the menu script arrives: the menu has its folded shape from the first paint', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shifted: number };
      w.shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.shifted += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/guides/fine-tuning/', { waitUntil: 'networkidle' });
    await expect(page.locator('[data-page-menu][data-enhanced]')).toHaveCount(1);
    // 0.018 when the list of links, two lines tall on a phone, folded into the toggle after load.
    expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBeLessThan(0.001);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the menu is a visible list of links; copying, which needs the script, is not offered', async ({ page }) => {
    await page.goto('/research/hu-2021-lora/');
    const menu = page.locator('[data-page-menu]');
    await expect(menu.getByRole('link', { name: 'View as Markdown' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Open in Claude' })).toBeVisible();
    await expect(menu.getByRole('button')).toHaveCount(0);
    const response = await page.request.get((await menu.getByRole('link', { name: 'View as Markdown' }).getAttribute('href'))!);
    expect(response.ok()).toBe(true);
    expect(await response.text()).toMatch(/^# LoRA/);
  });
});

test('the wizard and the calculator offer their result to an assistant, the record and the link in the prompt', async ({ page }) => {
  await page.goto('/decide/?v=2&evalSet=no');
  const wizardLinks = page.locator('.assistant-links');
  await wizardLinks.getByRole('link', { name: 'Open in Claude' }).focus();
  // Reaching the links makes the record; the prompt then carries it.
  await expect.poll(async () => promptOf((await wizardLinks.getByRole('link', { name: 'Open in Claude' }).getAttribute('href'))!)).toContain('# ');
  const prompt = promptOf((await wizardLinks.getByRole('link', { name: 'Open in ChatGPT' }).getAttribute('href'))!);
  expect(prompt).toContain(`/decide/?evalSet=no&v=2`);
  await axeClean(page, '.assistant-links');

  await page.goto('/calculator/');
  const calcLinks = page.locator('.assistant-links');
  await calcLinks.getByRole('link', { name: 'Open in ChatGPT' }).hover();
  await expect.poll(async () => promptOf((await calcLinks.getByRole('link', { name: 'Open in ChatGPT' }).getAttribute('href'))!)).toContain('/calculator/');
  await axeClean(page, '.assistant-links');
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('a tap on "Open in Claude" sends the decision record, not the link alone', async ({ page, context }) => {
    // A tap gives the links no time to make the record before the browser follows one.
    let opened = '';
    await context.route('https://claude.ai/**', (route) => {
      opened = route.request().url();
      return route.fulfill({ body: 'opened' });
    });
    await page.goto('/decide/?v=2&evalSet=no');
    const link = page.locator('.assistant-links').getByRole('link', { name: 'Open in Claude' });
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect.poll(() => opened).not.toBe('');
    const prompt = promptOf(opened);
    expect(prompt).toContain('/decide/?evalSet=no&v=2');
    expect(prompt).toContain('# Prompting or fine-tuning');
    expect(prompt).toContain('## Answers');
  });
});
