/** The decision wizard, completed by keyboard (the calculators' tests are in calculator.spec.ts). */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CHEAPER_STEPS, RULE_SUMMARY } from '../src/lib/decision/rule.ts';

test('the wizard reaches a recommendation with reasons, and the URL reproduces it', async ({ page }) => {
  await page.goto('/decide/');
  const result = page.locator('.wizard-result');
  await expect(result.getByRole('heading', { level: 2 })).toHaveText('Recommendation: Prompting, the default');
  await page.getByRole('group', { name: /labeled eval set/ }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByLabel(/F1/).fill('0.7');
  await page.getByRole('radio', { name: 'Yes, over several rounds' }).check();
  await page.getByRole('group', { name: /serving cost/ }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('group', { name: /latency target/ }).getByRole('radio', { name: 'We have no target' }).check();
  await page.getByLabel(/could you train on/).fill('1200');
  await page.getByRole('radio', { name: 'Weekly or faster' }).check();
  await page.getByRole('group', { name: /lifecycle/ }).getByRole('radio', { name: 'Yes' }).check();
  await expect(result.getByRole('heading', { level: 2 })).toHaveText('Recommendation: Fine-tune');
  await expect(result.locator('.wizard-approach')).toHaveText('Approach: Retrieval plus fine-tuning');
  await expect(result.locator('.wizard-headline')).toContainText('train only for behavior');
  for (const link of await result.locator('.reasons a').all()) await expect(link).toHaveAttribute('href', /^\/(guides\/[a-z-]+\/#[a-z0-9-]+|calculator\/(\?.*v=2)?|fine-tuning-routes\/)$/);
  const url = page.url();
  expect(url).toContain('examples=1200');
  expect(url).toContain('v=2');
  await page.goto(url);
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Fine-tune');
  await expect(page.getByLabel(/could you train on/)).toHaveValue('1200');

  // Changing one answer changes the result: a prompt at the bar ships.
  await page.getByLabel(/F1/).fill('0.9');
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Ship the prompt');
});

test('with F1 0.90 and an unsustainable cost, the wizard says to cut serving cost first, and how', async ({ page }) => {
  await page.goto('/decide/');
  await page.getByRole('group', { name: /labeled eval set/ }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByLabel(/F1/).fill('0.90');
  await page.getByRole('group', { name: /serving cost/ }).getByRole('radio', { name: 'No, it is too high' }).check();
  const result = page.locator('.wizard-result');
  await expect(result.getByRole('heading', { level: 2 })).toHaveText('Recommendation: Cheaper steps first');
  await expect(result.locator('.wizard-headline')).toContainText('Cut serving cost first');
  await expect(result.locator('.wizard-headline')).toContainText('already meets your bar');
  const steps = result.locator('.wizard-steps li');
  await expect(steps.first().getByRole('link')).toHaveText('Prompt caching');
  await expect(steps.first().getByRole('link')).toHaveAttribute('href', '/guides/cost-and-latency/#prompt-caching');
  await expect(steps.getByRole('link', { name: 'Batch processing' })).toBeVisible();
  // The calculator link carries the answers, so the calculator's record can hold both.
  await expect(result.locator('a[href^="/calculator/?"]').first()).toHaveAttribute('href', /f1=0\.9.*v=2/);
  // Leaving the bar empty is said, not hidden.
  await expect(result).toContainText('rule-of-thumb bar');
});

test('the wizard gives a decision record with the answers, the decision, the reasons and a link that restores them', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/decide/');
  await page.getByRole('group', { name: /labeled eval set/ }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByLabel(/F1/).fill('0.90');
  await page.getByRole('group', { name: /serving cost/ }).getByRole('radio', { name: 'No, it is too high' }).check();
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Cheaper steps first');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download decision record (.md)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const path = await download.path();
  const markdown = (await import('node:fs')).readFileSync(path!, 'utf8');
  expect(markdown).toMatch(/^# /);
  expect(markdown).toContain('Cut serving cost first');
  expect(markdown).toContain('0.9');
  // The situation, every option weighed, and the conditions said once.
  expect(markdown).toContain('Serving cost at the projected volume is too high.');
  expect(markdown).toMatch(/\*\*Fine-tune\*\*: Lost: /);
  expect(markdown.match(/Conditions for tuning:/g)).toHaveLength(1);
  expect(markdown).toMatch(/\/guides\/cost-and-latency\/#prompt-caching/);
  const link = /\((https?:\/\/[^)\s]*\/decide\/\?[^)\s]*)\)|<(https?:\/\/[^>]*\/decide\/\?[^>]*)>/.exec(markdown);
  expect(link, 'the record links back to the wizard with its answers').not.toBeNull();
  await page.getByRole('button', { name: 'Copy decision record' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Decision record copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
  await page.goto(link![1] ?? link![2]!);
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Cheaper steps first');
});

test('the wizard reads numbers as people type them, and a bad one keeps the last result marked out of date', async ({ page }) => {
  await page.goto('/decide/');
  await page.getByLabel(/could you train on/).fill('-3');
  await expect(page.locator('#wizard-examples-error')).toHaveText('Cannot be negative.');
  await page.getByLabel(/could you train on/).fill('20k');
  await expect(page.locator('#wizard-examples-note')).toHaveText('Read as 20,000 (k = thousand).');
  await expect(page).toHaveURL(/examples=20000/);
  await page.getByRole('group', { name: /labeled eval set/ }).getByRole('radio', { name: 'Yes' }).check();
  // A score typed as a percentage, with or without the sign.
  await page.getByLabel(/F1/).fill('82');
  await expect(page.locator('#wizard-f1-note')).toHaveText('Read as 0.82 (82 taken as a percentage).');
  await page.getByLabel(/quality bar/).fill('90%');
  await expect(page.locator('#wizard-bar-error')).toHaveText('');
  await expect(page).toHaveURL(/f1=0\.82.*bar=0\.9/);
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Keep improving the prompt');
  await page.getByLabel(/F1/).fill('0,95');
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Ship the prompt');
  // A value that cannot be read: the message beside the field, the last result kept and marked out of date.
  await page.getByLabel(/F1/).fill('150');
  await expect(page.locator('#wizard-f1-error')).toHaveText('Must be at most 1.');
  await expect(page.getByLabel(/F1/)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(/F1/)).toHaveAttribute('aria-describedby', /wizard-f1-error/);
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Ship the prompt');
  await expect(page.locator('.wizard-result .stale-notice')).toContainText('Out of date');
  await expect(page.locator('.wizard-result .reasons li').first()).toBeVisible();
  await expect(page).toHaveURL(/f1=0\.95/);
  await expect(page.getByRole('button', { name: 'Download decision record (.md)' })).toBeDisabled();
  await page.getByLabel(/F1/).fill('0.5');
  await expect(page.locator('.wizard-result .stale-notice')).toHaveCount(0);
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Keep improving the prompt');
});

test('about 500 examples is a rule of thumb: 499 and 500 give the same verdict, the thin count says what to do', async ({ page }) => {
  await page.goto('/decide/?v=2&evalSet=yes&f1=0.7&bar=0.9&plateau=yes&cost=sustainable&latency=met&operations=yes&examples=500');
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Fine-tune');
  await page.getByLabel(/could you train on/).fill('499');
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Fine-tune');
  await expect(page.locator('.wizard-headline')).toContainText('below the rule of thumb of about 500, make the first run a small experiment');
});

test('an outdated or broken wizard link falls back to empty answers with a notice', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/decide/?evalSet=yes&examples=1200&f1=0.7&latency=strict&knowledge=daily');
  const notice = page.locator('.wizard-notice');
  await expect(notice).toContainText('earlier version');
  await expect(page.locator('.wizard input[type=radio]:checked')).toHaveCount(0);
  await expect(page.getByLabel(/F1/)).toHaveValue('');
  await expect(page).toHaveURL(/\/decide\/$/);
  await page.goto('/decide/?v=2&f1=abc&cost=unsustainable&format=<script>');
  await expect(notice).toContainText('2 answers were left empty');
  await expect(page.getByRole('group', { name: /serving cost/ }).getByRole('radio', { name: 'No, it is too high' })).toBeChecked();
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Cheaper steps first');
  expect(errors).toEqual([]);
});

test('the wizard copies its link, and the copied link reproduces the result', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/decide/');
  await page.getByRole('group', { name: /labeled eval set/ }).getByRole('radio', { name: 'Not yet' }).check();
  await page.getByRole('radio', { name: 'Weekly or faster' }).check();
  await page.getByRole('button', { name: 'Copy link' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.wizard-actions [role=status]')).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  await page.goto('/');
  await page.goto(copied);
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Build the eval set first');
  await expect(page.locator('.wizard-approach')).toHaveText('Approach: Prompting with retrieval (RAG)');
});

test('the print view shows the answers, the result, the date and the link on at most two pages', async ({ page }) => {
  await page.goto('/decide/?v=2&evalSet=yes&f1=0.9&cost=unsustainable');
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Cheaper steps first');
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.wizard-print');
  await expect(printed).toBeVisible();
  await expect(page.locator('.wizard-form')).toBeHidden();
  await expect(printed.locator('dt').first()).toHaveText(/representative, labeled eval set/);
  await expect(printed.locator('dd').first()).toHaveText('Yes');
  await expect(printed.locator('dd').nth(1)).toHaveText('0.9');
  await expect(printed.locator('dd', { hasText: 'No, it is too high' })).toHaveCount(1);
  await expect(printed.locator('dd', { hasText: 'Not answered' })).toHaveCount(8);
  await expect(printed.locator('.wizard-date')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  await expect(printed.locator('.share-link')).toHaveText(/\/decide\/\?.*f1=0\.9/);
  await expect(page.locator('.wizard-result')).toBeVisible();
  await expect(page.locator('.wizard-steps li').first()).toBeVisible();
  const printedPages = async () => (await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(await printedPages()).toBeGreaterThan(0);
  expect(await printedPages()).toBeLessThanOrEqual(2);
  // The longest result, with nothing answered and every question listed as open, still fits on two pages.
  await page.goto('/decide/');
  await expect(page.locator('.wizard-open li').first()).toBeVisible();
  expect(await printedPages()).toBeLessThanOrEqual(2);
});

test('the wizard stays accessible in its other states: a notice, steps and open questions, an out-of-date result, a reading note', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/decide/?v=2&evalSet=yes&f1=0.9&cost=unsustainable&latency=strict');
  await expect(page.locator('.wizard-notice')).toBeVisible();
  await expect(page.locator('.wizard-steps')).toBeVisible();
  const check = async () => {
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => {
        document.documentElement.dataset.theme = t;
      }, theme);
      const results = await new AxeBuilder({ page }).include('.wizard').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${theme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    }
  };
  await check();
  await page.getByLabel(/F1/).fill('150');
  await expect(page.locator('.wizard-result .stale-notice')).toContainText('Out of date');
  await check();
  await page.getByLabel(/F1/).fill('0,9');
  await expect(page.locator('#wizard-f1-note')).toHaveText('Read as 0.9 (decimal comma).');
  await check();
});

test('on a phone, a summary of the result stays on screen beside the questions', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/decide/');
  const summary = page.locator('.wizard-summary');
  await expect(summary).toBeInViewport();
  await expect(summary).toContainText('Recommendation: Prompting, the default.');
  await page.getByRole('group', { name: /serving cost/ }).getByRole('radio', { name: 'No, it is too high' }).check();
  await expect(summary).toContainText('Recommendation: Cheaper steps first.');
  await expect(summary).toBeInViewport();
  // A focused control is not hidden under it.
  const examples = page.getByLabel(/could you train on/);
  await examples.focus();
  const [box, bar] = [await examples.boundingBox(), await summary.boundingBox()];
  expect(box!.y + box!.height).toBeLessThanOrEqual(bar!.y);
  await summary.getByRole('link', { name: 'See why' }).click();
  await expect(page.locator('#wizard-result-title')).toBeInViewport();
});

test('the wizard can be completed with the keyboard alone', async ({ page }) => {
  await page.goto('/decide/');
  const first = page.getByRole('group', { name: /labeled eval set/ }).getByRole('radio').first();
  await expect(first).toBeEnabled(); // the server-rendered form is disabled until the island hydrates
  await first.focus();
  await page.keyboard.press('Space'); // "Yes"
  await expect(first).toBeChecked();
  await page.keyboard.press('Tab'); // leaves the radio group for the F1 field
  await expect(page.getByLabel(/F1/)).toBeFocused();
  await page.keyboard.type('0.6');
  await page.keyboard.press('Tab'); // the bar: left empty
  await page.keyboard.press('Tab'); // plateau group
  await page.keyboard.press('Space'); // "Yes, over several rounds"
  await page.keyboard.press('Tab'); // cost group
  await page.keyboard.press('Space'); // "Yes", sustainable
  await page.keyboard.press('Tab'); // latency group: its help links to the calculator that estimates latency
  await expect(page.getByRole('link', { name: 'The cost calculator does this for each option' })).toBeFocused();
  await page.keyboard.press('Tab'); // latency group: first option
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // "We have no target"
  await expect(page.getByRole('radio', { name: 'We have no target' })).toBeChecked();
  await page.keyboard.press('Tab'); // cheaper steps: skipped
  await page.keyboard.press('Tab'); // examples
  await expect(page.getByLabel(/could you train on/)).toBeFocused();
  await page.keyboard.type('2000');
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Not yet: keep prompting');
  await page.keyboard.press('Tab'); // knowledge: skipped
  await page.keyboard.press('Tab'); // format: skipped
  await page.keyboard.press('Tab'); // operations: its link to the routes still offered
  await expect(page.getByRole('link', { name: 'Where can you fine-tune today, and for how much?' })).toBeFocused();
  await page.keyboard.press('Tab'); // operations: first option
  await page.keyboard.press('Space'); // "Yes"
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Fine-tune');
  await expect(page).toHaveURL(/plateau=yes/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start over' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Prompting, the default');
  await expect(page.getByLabel(/F1/)).toHaveValue('');
});

// The tools render on the server with their default state, so the page does not move when they hydrate,
// and readers without JavaScript see the form (inert, with a note) and the source example's results.
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the wizard shows its questions, disabled, and points to the rule and its checklist', async ({ page }) => {
    await page.goto('/decide/');
    await expect(page.locator('.wizard fieldset')).toHaveCount(8);
    await expect(page.getByRole('group', { name: /labeled eval set/ }).getByRole('radio')).toHaveCount(2);
    await expect(page.getByRole('group', { name: /labeled eval set/ }).getByRole('radio').first()).toBeDisabled();
    await expect(page.getByLabel(/could you train on/)).toBeDisabled();
    await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Prompting, the default');
    const note = page.locator('.aside', { hasText: 'needs JavaScript' });
    await expect(note).toBeVisible();
    await expect(note.getByRole('link')).toHaveAttribute('href', '#the-checklist');
    // The rule is stated whole once, in the decision-framework guide; here it is summarised with a link to it.
    await expect(page.locator('.decision-rule-summary')).toContainText(RULE_SUMMARY);
    await expect(page.locator('.decision-rule-summary').getByRole('link', { name: 'The rule in full' })).toHaveAttribute('href', '/guides/decision-framework/#the-rule');
    await expect(page.locator('.decision-checklist[data-part="concerns"] tbody tr')).toHaveCount(8);
    await expect(page.locator('.decision-checklist[data-part="steps"] tbody tr')).toHaveCount(CHEAPER_STEPS.length);
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

/** Fieldsets whose legend is not wholly below their top border (a border drawn through the legend's text). */
const legendsOnTheBorder = (page: import('@playwright/test').Page, selector: string) =>
  page.locator(selector).evaluateAll((sets) =>
    sets.flatMap((set) => {
      const legend = set.querySelector(':scope > legend');
      if (!legend) return [];
      const border = parseFloat(getComputedStyle(set).borderTopWidth);
      if (!border) return [];
      return legend.getBoundingClientRect().top < set.getBoundingClientRect().top + border ? [legend.textContent!.trim().slice(0, 50)] : [];
    }),
  );

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('no fieldset border runs through its question, in the wizard or a scenario quiz', async ({ page }) => {
    await page.goto('/decide/');
    await expect(page.getByLabel(/could you train on/)).toBeEnabled();
    const sets = await page.locator('fieldset.choice-group').count();
    expect(sets).toBeGreaterThan(3);
    expect(await legendsOnTheBorder(page, 'fieldset.choice-group')).toEqual([]);
    await page.goto('/scenarios/invoice-extraction/');
    await expect(page.locator('section.quiz fieldset')).toBeVisible();
    expect(await legendsOnTheBorder(page, 'section.quiz fieldset')).toEqual([]);
  });

  test('the wizard result, which does not scroll on a phone, is not a Tab stop', async ({ page }) => {
    await page.goto('/decide/');
    await expect(page.getByLabel(/could you train on/)).toBeEnabled();
    const result = page.locator('.wizard-result');
    await expect(result).not.toHaveAttribute('tabindex', /./);
    // "See why" in the sticky summary is the last stop before the result.
    await page.getByRole('link', { name: 'See why' }).focus();
    await page.keyboard.press('Tab');
    await expect(result).not.toBeFocused();
  });
});

test('on a wide screen the wizard result is a Tab stop exactly while it scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/decide/');
  await expect(page.getByLabel(/could you train on/)).toBeEnabled();
  const result = page.locator('.wizard-result');
  const state = () => result.evaluate((el) => ({ scrolls: el.scrollHeight > el.clientHeight + 1, stop: el.getAttribute('tabindex') === '0' }));
  await expect.poll(async () => (await state()).stop).toBe((await state()).scrolls);
  await page.getByRole('group', { name: /serving cost/ }).getByRole('radio', { name: 'No, it is too high' }).check();
  await expect(page.locator('.wizard-result h2')).toHaveText('Recommendation: Cheaper steps first');
  const after = await state();
  expect(after.scrolls, 'the longer result scrolls at 1280 × 900').toBe(true);
  expect(after.stop).toBe(true);
});
