/**
 * The site search dialog: how it opens and closes, what it finds, keyboard and pointer navigation,
 * hostile input, accessibility, and that pages load none of its code or data until it is opened.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { cspEvents, recordCspEvents, watchPage } from './support/page-health.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const searchButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Search', exact: true });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the site' });
const input = (page: Page) => page.getByRole('combobox', { name: 'Search the site' });
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
const option = (page: Page, href: string) => listbox(page).locator(`[role="option"][href="${href}"]`);
const status = (page: Page) => dialog(page).getByRole('status');

/** Opens the dialog with the header button and waits until the index has loaded. */
async function openAndSearch(page: Page, query: string): Promise<void> {
  await searchButton(page).click();
  await expect(input(page)).toBeFocused();
  await input(page).fill(query);
  await expect(status(page)).not.toHaveText(/Loading|Searching/);
}

/** Types a query and waits until the dialog has rendered its results (the dialog's `search:results` event). */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { searched?: string[] };
    if (w.searched) return;
    w.searched = [];
    document.addEventListener('search:results', (e) => w.searched!.push((e as CustomEvent<{ q: string }>).detail.q));
  });
  await input(page).fill(query);
  await page.waitForFunction((q) => (window as unknown as { searched: string[] }).searched.includes(q), query);
}

/** The addresses of the results, in rank order. */
const ranked = (page: Page) => listbox(page).getByRole('option').evaluateAll((els) => els.map((el) => el.getAttribute('href')));

test('opens from the header button, Ctrl+K and "/", and Escape returns focus', async ({ page }) => {
  await page.goto('/guides/');
  const button = searchButton(page);
  await expect(button).toHaveAttribute('aria-haspopup', 'dialog');

  // By keyboard on the button; Escape closes and focus goes back to it.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await expect(input(page)).toBeFocused();
  await expect(input(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(status(page)).toHaveText('Type to search guides, scenarios, FAQ and sources');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();

  // Ctrl+K from a link in the page; focus returns to that link.
  const link = page.getByRole('main').getByRole('link').first();
  await link.focus();
  await page.keyboard.press('Control+k');
  await expect(input(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(link).toBeFocused();

  // "/" opens it, and typed inside the dialog it is just a character.
  await page.keyboard.press('/');
  await expect(input(page)).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(input(page)).toHaveValue('a/b');
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(link).toBeFocused();

  // A click with the mouse opens it; reopening keeps and selects the last query.
  await button.click();
  await expect(input(page)).toBeFocused();
  await expect(input(page)).toHaveValue('a/b');
  expect(await input(page).evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, 3]);
});

test('"/" typed in a text field stays in the field', async ({ page }) => {
  await page.goto('/research/');
  const field = page.getByLabel('Search titles, authors, venues and claims');
  await expect(field).toBeEnabled();
  await field.focus();
  await page.keyboard.type('a/b');
  await expect(field).toHaveValue('a/b');
  await expect(dialog(page)).toHaveCount(0);
});

test('natural questions find their answer in the top three, ranked, labelled and with a snippet', async ({ page }) => {
  await page.goto('/');
  const questions: [string, RegExp][] = [
    ['how many examples do I need to fine-tune', /^\/faq\/#how-many-examples$|^\/guides\/fine-tuning\/#how-many-labeled-examples$/],
    ['should I use LoRA or full fine-tuning', /^\/faq\/#lora-or-full-fine-tuning$|#full-versus-parameter-efficient-tuning$/],
    ['does fine-tuning make the model forget', /#forgetting-what-it-knew$|^\/glossary\/#catastrophic-forgetting$/],
    ['which metric for imbalanced classes', /^\/guides\/evaluation-harness\/#precision-recall-and-f1$|^\/glossary\/#f1-score$/],
  ];
  await openAndSearch(page, questions[0]![0]);
  for (const [question, answer] of questions) {
    await searchFor(page, question);
    const top = (await ranked(page)).slice(0, 3);
    expect(top.some((url) => answer.test(url ?? '')), `${question}: top 3 were ${top.join(', ')}`).toBe(true);
  }

  // Each result says what kind of page it is, where it sits, and why it matched.
  await searchFor(page, 'catastrophic forgetting');
  const section = option(page, '/guides/fine-tuning/#forgetting-what-it-knew');
  await expect(section.locator('.search-option-kind')).toHaveText('Guide');
  await expect(section.locator('.search-option-meta')).toHaveText('Fine-tuning in depth › What fine-tuning is bad at');
  await expect(section.locator('.search-option-title mark')).toHaveText(['Forgetting']);
  // The snippet comes from the section's text, with the matched words marked (elements, not markup).
  await expect(section.locator('.search-option-text mark').first()).toBeVisible();
  const marks = await section.locator('.search-option-text mark').allTextContents();
  expect(marks.every((m) => /^(catastrophic|forget\w*)$/i.test(m)), marks.join(', ')).toBe(true);
  await expect(option(page, '/glossary/#catastrophic-forgetting').locator('.search-option-kind')).toHaveText('Glossary');
  await expect(input(page)).toHaveAttribute('aria-expanded', 'true');

  // Sources rank by the same engine: a search for an author finds their papers.
  await input(page).fill('Dettmers');
  await expect(option(page, '/research/dettmers-2023-qlora/').locator('.search-option-kind')).toHaveText('Source');
  await input(page).fill('calculator');
  await expect(option(page, '/calculator/').locator('.search-option-kind')).toHaveText('Page');
});

test('finds other word forms, typos, and the word still being typed', async ({ page }) => {
  await page.goto('/');
  await openAndSearch(page, 'hallucinaton');
  // A typo is read as the word it most resembles, and highlighted in the form the text uses.
  await expect(option(page, '/glossary/#hallucination')).toBeVisible();
  expect((await ranked(page)).slice(0, 3)).toContain('/glossary/#hallucination');
  await expect(option(page, '/glossary/#hallucination').locator('.search-option-title mark')).toHaveText(['Hallucination']);

  // "forgetting" finds "forget" and "forgets": one stem.
  await searchFor(page, 'forgets ');
  expect((await ranked(page)).slice(0, 5)).toContain('/guides/fine-tuning/#forgetting-what-it-knew');

  // Typing letter by letter: the last word matches as a prefix, so results come before the word is done.
  await input(page).fill('');
  await searchFor(page, 'speculat');
  expect((await ranked(page)).slice(0, 3)).toContain('/guides/cost-and-latency/#speculative-decoding');

  // Results are in rank order, not grouped: kinds mix in the list.
  await searchFor(page, 'prompt caching');
  const kinds = await listbox(page).locator('.search-option-kind').allTextContents();
  expect(new Set(kinds).size).toBeGreaterThan(1);
  await expect(listbox(page).getByRole('group')).toHaveCount(0);
});

test('an empty query asks for words and shows no list', async ({ page }) => {
  await page.goto('/');
  await openAndSearch(page, 'lora');
  await expect(listbox(page).getByRole('option').first()).toBeVisible();
  await input(page).fill('   ');
  await expect(status(page)).toHaveText('Type to search guides, scenarios, FAQ and sources');
  await expect(listbox(page)).toBeHidden();
  await expect(input(page)).toHaveAttribute('aria-expanded', 'false');
});

test('ArrowDown and Enter open the selected result; ArrowUp wraps to the last', async ({ page }) => {
  await page.goto('/');
  await openAndSearch(page, 'the three conditions for fine-tuning');
  const options = listbox(page).getByRole('option');
  await expect(options.first()).toBeVisible();
  const count = await options.count();

  await page.keyboard.press('ArrowUp');
  await expect(options.nth(count - 1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(input(page)).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
  await expect(listbox(page).locator('[aria-selected="true"]')).toHaveCount(1);
  await expect(input(page)).toBeFocused();

  // The rule is stated in the decision framework and quoted in the fine-tuning guide: either is a right answer.
  const first = (await options.first().getAttribute('href'))!;
  expect(first).toMatch(/^\/guides\/(decision-framework\/(#the-rule)?|fine-tuning\/#the-three-conditions)$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${first.replace(/[/#]/g, (c) => `\\${c}`)}$`));
  const anchor = first.split('#')[1];
  if (anchor) await expect(page.locator(`#${anchor}`)).toBeInViewport();
});

test('a click on a result navigates, and closes the dialog on a link to the same page', async ({ page }) => {
  await page.goto('/faq/');
  await openAndSearch(page, 'how many examples');
  await option(page, '/faq/#how-many-examples').click();
  await expect(page).toHaveURL(/\/faq\/#how-many-examples$/);
  await expect(dialog(page)).toBeHidden();

  await openAndSearch(page, 'QLoRA');
  await option(page, '/research/dettmers-2023-qlora/').click();
  await expect(page).toHaveURL(/\/research\/dettmers-2023-qlora\/$/);
});

test("the reader's words find the site's: aliases, compounds, and a section that opens at its anchor", async ({ page }) => {
  await page.goto('/');
  // A device named where the site says "on-device": the scenario's aliases find it.
  await openAndSearch(page, 'run it on a phone ');
  expect((await ranked(page))[0]).toMatch(/^\/scenarios\/on-device\//);

  // One word, two words or hyphenated: the same results.
  await searchFor(page, 'finetuning cost ');
  const closed = await ranked(page);
  await searchFor(page, 'fine tuning cost ');
  expect(await ranked(page)).toEqual(closed);
  await searchFor(page, 'fine-tuning cost ');
  expect(await ranked(page)).toEqual(closed);

  // A tool page is a document with its own description.
  await searchFor(page, 'model prices ');
  expect((await ranked(page)).slice(0, 3)).toContain('/models/');

  // A section result names its page and section, and opens at its heading.
  await searchFor(page, 'speculative decoding ');
  const section = option(page, '/guides/cost-and-latency/#speculative-decoding');
  await expect(section.locator('.search-option-title')).toHaveText('Speculative decoding');
  await expect(section.locator('.search-option-meta')).toContainText('Cost and latency economics');
  await section.click();
  await expect(page).toHaveURL(/\/guides\/cost-and-latency\/#speculative-decoding$/);
  await expect(page.locator('#speculative-decoding')).toBeInViewport();
});

test('no results point to the page list', async ({ page }) => {
  await page.goto('/');
  await searchButton(page).click();
  // The dialog says a query's outcome is on screen even when it is "No results" (tests and the bench wait for it).
  await searchFor(page, 'zzqxjv wqzzkp');
  await expect(status(page)).toHaveText('No results for “zzqxjv wqzzkp”. Try other words, or browse all pages.');
  await expect(listbox(page)).toBeHidden();
  await expect(input(page)).toHaveAttribute('aria-expanded', 'false');
  await status(page).getByRole('link', { name: 'browse all pages' }).click();
  await expect(page).toHaveURL(/\/pages\/$/);
});

test('if part of the index cannot load, the dialog says so and offers the page list', async ({ page }) => {
  const problems = watchPage(page);
  let asked = 0;
  await page.route('**/search-postings/**', (route) => {
    asked += 1;
    return route.fulfill({ status: 500, body: 'down' });
  });
  await page.goto('/');
  await searchButton(page).click();
  await input(page).fill('lora');
  await expect(status(page)).toHaveText('Part of the search index could not be loaded. Browse all pages instead, or try again.');
  await expect(status(page).getByRole('link', { name: 'Browse all pages' })).toHaveAttribute('href', '/pages/');
  // It asked once for the shard, not in a loop; the next keystroke asks again.
  const before = asked;
  await page.waitForTimeout(300);
  expect(asked).toBe(before);
  await page.keyboard.type('s');
  await expect.poll(() => asked).toBeGreaterThan(before);
  expect(problems.consoleErrors.filter((e) => !/500/.test(e))).toEqual([]);
});

test('hostile queries are shown as text, run nothing, and leave the page usable', async ({ page }) => {
  const problems = watchPage(page);
  await recordCspEvents(page);
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto('/guides/');
  await searchButton(page).click();
  const queries = [
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    'javascript:alert(1)',
    'a'.repeat(10_000),
    '.*+?^${}()|[]\\',
    '\u202Egnp.exe tuning',
    'three\u200Bconditions',
    '🦙🤖 emoji',
  ];
  for (const query of queries) {
    const started = Date.now();
    await input(page).fill(query);
    await expect(status(page)).toHaveText(/^(\d+ results?|Best \d+ of \d+ results|No results for .*)$/, { timeout: 3000 });
    expect(Date.now() - started, `time to answer ${query.slice(0, 20)}`).toBeLessThan(3000);
    const echoed = status(page).locator('bdi');
    if (await echoed.count()) {
      const text = (await echoed.textContent())!;
      expect(query.slice(0, 200)).toContain(text.replace(/…$/, ''));
      expect([...text].length).toBeLessThanOrEqual(60);
    }
    // Nothing in the dialog came from the query as markup.
    expect(await dialog(page).locator('img, script, iframe, object, [onerror]').count()).toBe(0);
  }
  // Any word may match, so markup made of words finds results; made of nonsense, it is echoed as text.
  await input(page).fill('<qqzzv>"zzqxw"</qqzzv>');
  await expect(status(page).locator('bdi')).toHaveText('<qqzzv>"zzqxw"</qqzzv>');

  // The page still works: a normal query answers, Escape closes.
  await input(page).fill('QLoRA');
  await expect(option(page, '/research/dettmers-2023-qlora/')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
  expect(await cspEvents(page)).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

test('a page loads no search code or data until the dialog is opened, and never Preact', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/guides/', { waitUntil: 'networkidle' });
  const before = [...requests];
  expect(before.filter((url) => /search-index|dialog|fuse|preload-helper/.test(url))).toEqual([]);
  const scriptsBefore = before.filter((url) => url.endsWith('.js'));

  await openAndSearch(page, 'LoRA');
  await expect(listbox(page).getByRole('option').first()).toBeVisible();
  const after = requests.slice(before.length);
  expect(after).toContain('/search-index.json');
  const loaded = after.filter((url) => url.endsWith('.js'));
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.filter((url) => scriptsBefore.includes(url))).toEqual([]);
  expect(requests.filter((url) => /preact|client\.[\w-]+\.js|signals/.test(url))).toEqual([]);
  await expect(page.locator('astro-island')).toHaveCount(0);
});

test('a pointer on the Search button starts the fetches before the click, and the click still opens the dialog', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/guides/', { waitUntil: 'networkidle' });
  expect(requests.filter((url) => url === '/search-index.json')).toEqual([]);
  await searchButton(page).hover();
  await expect.poll(() => requests.includes('/search-index.json')).toBe(true);
  await expect(dialog(page)).toBeHidden();
  await openAndSearch(page, 'LoRA');
  await expect(listbox(page).getByRole('option').first()).toBeVisible();
  expect(requests.filter((url) => url === '/search-index.json')).toHaveLength(1);
});

test('the open dialog passes axe in light and dark theme', async ({ page }) => {
  await page.goto('/');
  await openAndSearch(page, 'lora');
  await page.keyboard.press('ArrowDown');
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => {
      document.documentElement.dataset.theme = t;
    }, theme);
    const results = await new AxeBuilder({ page }).include('.search-dialog').withTags(AXE_TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(summary, `axe violations in ${theme} theme`).toEqual([]);
  }
  await input(page).fill('zzqxjv');
  await expect(status(page)).toContainText('No results');
  const results = await new AxeBuilder({ page }).include('.search-dialog').withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the dialog fits and its results scroll inside it', async ({ page }) => {
    await page.goto('/');
    await openAndSearch(page, 'model');
    await expect(listbox(page).getByRole('option').first()).toBeVisible();
    const box = (await dialog(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The last result can be reached by keyboard and is scrolled into view.
    await page.keyboard.press('ArrowUp');
    await expect(listbox(page).locator('[aria-selected="true"]')).toBeInViewport();
  });
});

test('every search result links to a page and anchor that exist', async ({ request }) => {
  const file = (await (await request.get('/search-index.json')).json()) as { docs: [number, string][] };
  expect(file.docs.length).toBeGreaterThan(300);
  const byPath = new Map<string, string[]>();
  for (const [, url] of file.docs) {
    const [path, anchor] = url.split('#') as [string, string | undefined];
    byPath.set(path, [...(byPath.get(path) ?? []), ...(anchor ? [anchor] : [])]);
  }
  for (const [path, anchors] of byPath) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    for (const anchor of anchors) expect(html, `${path}#${anchor}`).toContain(`id="${anchor}"`);
  }
});
