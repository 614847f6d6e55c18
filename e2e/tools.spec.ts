/** The decision wizard, completed by keyboard (the calculators' tests are in calculator.spec.ts). */
import { expect, test } from '@playwright/test';

test('the wizard reaches a recommendation with reasons, and the URL reproduces it', async ({ page }) => {
  await page.goto('/decide/');
  const result = page.locator('.wizard-result');
  await expect(result).toContainText('Start with prompt engineering');
  await page.getByRole('radio', { name: 'Yes' }).first().check();
  await page.getByLabel('How many labeled, reviewed examples do you have?').fill('1200');
  await page.getByLabel(/Prompt F1/).fill('0.7');
  await page.getByRole('group', { name: /latency/ }).getByRole('radio', { name: 'No' }).check();
  await page.getByRole('group', { name: /serving cost/ }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('radio', { name: 'Yes, over several rounds' }).check();
  await page.getByRole('radio', { name: 'Daily or weekly' }).check();
  await expect(result.getByRole('heading', { level: 2 })).toHaveText('Recommendation: Retrieval plus fine-tuning');
  await expect(result.locator('.reasons a').first()).toHaveAttribute('href', /^\/guides\//);
  const url = page.url();
  expect(url).toContain('examples=1200');
  await page.goto(url);
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Retrieval plus fine-tuning');

  // Changing one answer changes the result.
  await page.getByLabel(/Prompt F1/).fill('0.9');
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Prompting with retrieval (RAG)');
});

test('the wizard explains bad numbers', async ({ page }) => {
  await page.goto('/decide/');
  await page.getByLabel('How many labeled, reviewed examples do you have?').fill('-3');
  await expect(page.locator('#wizard-examples-error')).toHaveText('Cannot be negative.');
  await page.getByLabel(/Prompt F1/).fill('7');
  await expect(page.locator('#wizard-f1-error')).toHaveText('Must be at most 1.');
});

test('the wizard can be completed with the keyboard alone', async ({ page }) => {
  await page.goto('/decide/');
  const first = page.getByRole('group', { name: /labeled evaluation set/ }).getByRole('radio').first();
  await expect(first).toBeEnabled(); // the server-rendered form is disabled until the island hydrates
  await first.focus();
  await page.keyboard.press('Space'); // "Yes"
  await expect(first).toBeChecked();
  await page.keyboard.press('Tab'); // leaves the radio group for the examples field
  await expect(page.getByLabel('How many labeled, reviewed examples do you have?')).toBeFocused();
  await page.keyboard.type('2000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('0.6');
  await page.keyboard.press('Tab'); // latency group: first option
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // "No"
  await page.keyboard.press('Tab'); // cost group
  await page.keyboard.press('Space'); // "Yes", sustainable
  await page.keyboard.press('Tab'); // plateau group
  await page.keyboard.press('Space'); // "Yes, over several rounds"
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Fine-tuning');
  await expect(page).toHaveURL(/plateau=yes/);
});

// The tools render on the server with their default state, so the page does not move when they hydrate,
// and readers without JavaScript see the form (inert, with a note) and the source example's results.
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the wizard shows its questions, disabled, and points to the checklist', async ({ page }) => {
    await page.goto('/decide/');
    await expect(page.locator('.wizard fieldset')).toHaveCount(6);
    await expect(page.getByRole('group', { name: /labeled evaluation set/ }).getByRole('radio')).toHaveCount(2);
    await expect(page.getByRole('group', { name: /labeled evaluation set/ }).getByRole('radio').first()).toBeDisabled();
    await expect(page.getByLabel('How many labeled, reviewed examples do you have?')).toBeDisabled();
    await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Prompt engineering');
    const note = page.locator('.aside', { hasText: 'needs JavaScript' });
    await expect(note).toBeVisible();
    await expect(note.getByRole('link')).toHaveAttribute('href', '#the-checklist');
  });
});

for (const { path, controls } of [
  { path: '/decide/', controls: ['#wizard-examples'] },
  { path: '/calculator/', controls: ['#calc-vol', '#route-0-share'] },
]) {
  test(`${path} does not shift when its islands hydrate, and hydrates without a warning`, async ({ page }) => {
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    // Hold the scripts back a little, as a slow network does, so the page paints before the islands hydrate.
    await page.route('**/_astro/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.goto(path);
    for (const control of controls) await expect(page.locator(control)).toBeEnabled();
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          // Two frames after hydration, so a shift it caused has been reported.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              let total = 0;
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
                  if (!entry.hadRecentInput) total += entry.value;
                }
              }).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve(total), 100);
            }),
          );
        }),
    );
    expect(typeof shift).toBe('number');
    expect(shift).toBeLessThan(0.01);
    expect(messages).toEqual([]);
  });
}
