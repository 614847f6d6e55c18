/** Hostile input is harmless: nothing executes, nothing hangs, the page stays usable. */
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_STRINGS } from './support/hostile.ts';
import { watchPage } from './support/page-health.ts';

async function guard(page: Page) {
  const problems = watchPage(page);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return {
    async expectHarmless() {
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    },
  };
}

test('the research search treats every hostile string as text', async ({ page }) => {
  test.setTimeout(120_000);
  const check = await guard(page);
  await page.goto('/research/');
  const box = page.getByLabel('Search titles, authors, venues and claims');
  await expect(box).toBeEnabled();
  for (const input of HOSTILE_STRINGS) {
    const started = Date.now();
    await box.fill(input);
    // Whitespace-only input asks for nothing, so the full list stands.
    await expect(page.locator('.result-count')).toHaveText(input.trim() ? /^\d+ of \d+ sources$/ : /^\d+ sources, listed by topic below$/);
    expect(Date.now() - started, `slow on ${input.slice(0, 30)}`).toBeLessThan(5_000);
    expect(await page.locator('.research-results script, .research-results img, .research-results iframe, .research-results svg').count()).toBe(0);
  }
  await box.fill('LoRA');
  await expect(page.locator('.research-results > li').first()).toBeVisible();
  await check.expectHarmless();
});

test('hostile URL parameters on the research page fall back to defaults', async ({ page }) => {
  const check = await guard(page);
  // Very long strings are left out here: servers refuse URLs that long before the page is involved.
  for (const input of HOSTILE_STRINGS.filter((s) => s.length < 500)) {
    const q = encodeURIComponent(input);
    await page.goto(`/research/?q=${q}&topic=${q}&type=${q}&from=${q}&to=${q}&sort=${q}`);
    await expect(page.locator('.result-count')).toHaveText(input.trim() ? /^\d+ of \d+ sources$/ : /^\d+ sources, listed by topic below$/);
    await expect(page.getByLabel('Topic', { exact: true })).toHaveValue('');
  }
  await check.expectHarmless();
});

test('the wizard and the calculators reject hostile numbers with a message', async ({ page }) => {
  test.setTimeout(120_000);
  const check = await guard(page);
  await page.goto('/decide/');
  const examples = page.getByLabel('How many labeled, representative examples could you train on?');
  for (const input of HOSTILE_STRINGS) {
    await examples.fill(input);
    await expect(page.locator('#wizard-examples-error')).not.toBeEmpty();
  }
  await examples.fill('800');
  await expect(page.locator('#wizard-examples-error')).toBeEmpty();

  await page.goto('/calculator/?case=2024');
  const rpd = page.getByRole('textbox', { name: 'Requests per day' });
  const a = page.locator('.calc-results .result-grid dd').first();
  const before = await a.textContent();
  for (const input of HOSTILE_STRINGS) {
    await rpd.fill(input);
    await expect(page.locator('#calc-vol-error')).not.toBeEmpty();
    await expect(a).toHaveText(before!);
  }
  const share = page.getByRole('textbox', { name: /Share of requests/ }).first();
  for (const input of HOSTILE_STRINGS.slice(0, 12)) {
    await share.fill(input);
    await expect(page.locator('#route-0-share-error')).not.toBeEmpty();
  }
  await check.expectHarmless();
});

test('garbage in tool URLs and fragments gives a clean default', async ({ page }) => {
  const check = await guard(page);
  const junk = encodeURIComponent('<img src=x onerror=window.__pwned=1>');
  await page.goto(`/decide/?evalSet=${junk}&examples=${junk}&f1=${junk}&latency=1e999`);
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Prompting, the default');
  await page.goto(`/calculator/?rpd=${junk}&ap=-5&ch=9999`);
  await expect(page.locator('.calculator .implied')).toContainText('$0.0417');
  await page.goto(`/quiz/#result=${junk}`);
  await expect(page.getByText('That result link does not match this version of the quiz')).toBeVisible();
  await page.goto(`/guides/overview/#${junk}`);
  await expect(page.locator('h1')).toBeVisible();
  await check.expectHarmless();
});

test('unavailable localStorage never breaks the quiz or the theme', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const check = await guard(page);
  await page.goto('/quiz/');
  await expect(page.getByText(/^Question 1 of \d+/)).toBeVisible();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('.feedback')).toBeVisible();
  await page.getByRole('button', { name: /Color theme/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await check.expectHarmless();
});
