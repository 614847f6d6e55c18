/** The research index: search, facets, sort, URL state, source pages with backlinks, exports. */
import { expect, test } from '@playwright/test';

const results = (page: import('@playwright/test').Page) => page.locator('.research-results > li');
const search = (page: import('@playwright/test').Page) => page.getByLabel('Search titles, authors, venues and claims');

const count = (page: import('@playwright/test').Page) => page.locator('.result-count');
/** The status line when nothing is asked for: the server-rendered list of every source stands. */
const FULL_LIST = /^(\d+) sources, listed by topic below$/;

/** Opens the research page and waits until its form is hydrated. */
async function openResearch(page: import('@playwright/test').Page) {
  await page.goto('/research/');
  await expect(search(page)).toBeEnabled();
  await expect(count(page)).toHaveText(FULL_LIST);
}

/** The number of sources on the page, from its introduction. */
async function totalSources(page: import('@playwright/test').Page) {
  return Number((await page.locator('.lede').textContent())!.match(/(\d+) sources/)![1]);
}

test('finds a paper by title, by a misspelled author, and by a word only in a claim', async ({ page }) => {
  await openResearch(page);
  await search(page).fill('Low-Rank Adaptation of Large Language Models');
  await expect(results(page).first()).toContainText('LoRA: Low-Rank Adaptation of Large Language Models');
  await expect(results(page).first().locator('h2 mark').first()).toBeVisible();

  await search(page).fill('Dettmerz');
  await expect(results(page).first()).toContainText('Dettmers');

  // "DeBERTa" appears only in LoRA's claims, not in any title, author or venue.
  await search(page).fill('DeBERTa');
  await expect(results(page).filter({ hasText: 'LoRA: Low-Rank' })).toHaveCount(1);
});

test('ranks questions with the site engine: any word, word forms, highlighted claims', async ({ page }) => {
  await openResearch(page);
  // Every word need not match: the paper on format restrictions and reasoning is among the first.
  await search(page).fill('does json format hurt reasoning');
  await expect(results(page).nth(2)).toBeVisible();
  await expect(results(page).filter({ hasText: 'Let Me Speak Freely' })).toHaveCount(1);
  const top = await results(page).locator('h2').evaluateAll((els) => els.slice(0, 3).map((el) => el.textContent ?? ''));
  expect(top.some((title) => title.includes('Let Me Speak Freely')), top.join(' | ')).toBe(true);
  const firstCount = Number(/^(\d+) of/.exec((await count(page).textContent())!)![1]);
  expect(firstCount).toBeGreaterThan(1);
  // "forgetting" finds "Forgets"; the title's matched word is marked.
  await search(page).fill('forgetting');
  const forgets = results(page).filter({ hasText: 'LoRA Learns Less and Forgets Less' });
  await expect(forgets).toHaveCount(1);
  await expect(forgets.locator('h2 mark')).toHaveText(['Forgets']);
  // A facet narrows the ranked results and the URL keeps both.
  await page.getByLabel('Type').selectOption('paper');
  await expect(page).toHaveURL(/q=forgetting.*type=paper|type=paper.*q=forgetting/);
  await expect(forgets).toHaveCount(1);
});

test('the full list stands until a search, which replaces it with results', async ({ page }) => {
  await openResearch(page);
  const total = await totalSources(page);
  await expect(page.locator('#research-static')).toBeVisible();
  await expect(results(page)).toHaveCount(0);
  await search(page).fill('lora');
  await expect(count(page)).toHaveText(/^\d+ of \d+ sources$/);
  await expect(page.locator('#research-static')).toBeHidden();
  await search(page).fill('');
  await expect(count(page)).toHaveText(`${total} sources, listed by topic below`);
  await expect(page.locator('#research-static')).toBeVisible();
  await expect(results(page)).toHaveCount(0);
});

test('long result lists show twenty at a time', async ({ page }) => {
  await openResearch(page);
  const total = await totalSources(page);
  await page.getByLabel('Sort by').selectOption('year-desc');
  await expect(count(page)).toHaveText(`${total} of ${total} sources`);
  await expect(results(page)).toHaveCount(20);
  const more = page.getByRole('button', { name: /^Show \d+ more$/ });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(results(page)).toHaveCount(Math.min(40, total));
  const years = (await results(page).locator('p.muted').allTextContents()).map((t) => Number(t.match(/\((\d{4})\)/)![1]));
  expect(years).toEqual([...years].sort((a, b) => b - a));
});

test('facets and sort change the list, and the URL reproduces the view', async ({ page }) => {
  await openResearch(page);
  const total = await totalSources(page);
  await page.getByLabel('Topic', { exact: true }).selectOption('peft');
  await expect(count(page)).toHaveText(/^\d+ of \d+ sources$/);
  const peft = Number((await count(page).textContent())!.match(/^(\d+)/)![1]);
  expect(peft).toBeGreaterThan(3);
  expect(peft).toBeLessThan(total);
  await page.getByLabel('Type').selectOption('paper');
  await page.getByLabel('Sort by').selectOption('year-asc');
  const years = await results(page).locator('p.muted').allTextContents();
  const numbers = years.map((t) => Number(t.match(/\((\d{4})\)/)![1]));
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  await expect(page).toHaveURL(/topic=peft/);
  await expect(page).toHaveURL(/sort=year-asc/);

  const url = page.url();
  const firstTitle = await results(page).first().locator('h2').textContent();
  await page.goto(url);
  await expect(page.getByLabel('Topic', { exact: true })).toHaveValue('peft');
  await expect(results(page).first().locator('h2')).toHaveText(firstTitle!);

  await page.goBack();
  await page.goBack();
  await expect(page.getByLabel('Type')).toHaveValue('');
  await page.goBack();
  await expect(page.getByLabel('Topic', { exact: true })).toHaveValue('');
  await expect(count(page)).toHaveText(FULL_LIST);
});

test('nonsense parameters fall back to the default view', async ({ page }) => {
  await page.goto('/research/?topic=%3Cscript%3E&type=zzz&from=abc&sort=evil&q=');
  await expect(page.getByLabel('Topic', { exact: true })).toHaveValue('');
  await expect(search(page)).toBeEnabled();
  await expect(count(page)).toHaveText(FULL_LIST);
});

test('a link with a query shows its results on arrival', async ({ page }) => {
  await page.goto('/research/?q=dettmers&sort=year-asc');
  await expect(search(page)).toHaveValue('dettmers');
  await expect(results(page).first()).toContainText('Dettmers');
  await expect(page.locator('#research-static')).toBeHidden();
});

test('if the index cannot load, the full list stays and the reader is told', async ({ page }) => {
  await page.route('**/research/index.json', (route) => route.fulfill({ status: 500, body: 'down' }));
  await openResearch(page);
  await search(page).fill('lora');
  await expect(count(page)).toHaveText('Search could not load. The full list of sources is below.');
  await expect(page.locator('#research-static')).toBeVisible();
});

test('an empty result offers a reset', async ({ page }) => {
  await openResearch(page);
  await search(page).fill('zzzqqqxxyy');
  await expect(page.getByText('No source matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(search(page)).toHaveValue('');
  await expect(count(page)).toHaveText(FULL_LIST);
});

test('without JavaScript every source is listed', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/research/');
  const listed = await page.locator('#research-static .source-list li').count();
  const total = await totalSources(page);
  // Chromium with script execution disabled still parses <noscript> as text, so read it rather than look.
  expect(await page.locator('noscript').first().textContent()).toContain('Searching and filtering need JavaScript.');
  await expect(page.getByLabel('Search titles, authors, venues and claims')).toBeDisabled();
  expect(listed).toBe(total);
  expect(total).toBeGreaterThanOrEqual(141);
  await context.close();
});

test('a source page lists the pages that cite it and offers its references', async ({ page }) => {
  await page.goto('/research/hu-2021-lora/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LoRA: Low-Rank Adaptation of Large Language Models');
  const citedOn = page.locator('#cited-on + ul');
  await expect(citedOn.getByRole('link', { name: 'Fine-tuning in depth' })).toBeVisible();
  const href = await citedOn.locator('a[href^="/guides/fine-tuning/#"]').first().getAttribute('href');
  await page.goto(href!);
  await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeVisible();
  await page.goto('/research/hu-2021-lora/');
  await expect(page.locator('#bibtex-text')).toContainText('@');
  await expect(page.locator('#apa-text')).toContainText('2022');
  await expect(page.locator('#ieee-text')).toContainText('E. J. Hu');
  await expect(page.locator('#chicago-author-date-text')).toContainText('Hu, Edward J.');
});

test('the exports download the whole index', async ({ request }) => {
  const total = (await (await request.get('/research/index.json')).json()).docs.length;
  const bib = await (await request.get('/research/tune-or-prompt.bib')).text();
  expect(bib.match(/^@\w+\{/gm)).toHaveLength(total);
  const ris = await (await request.get('/research/tune-or-prompt.ris')).text();
  expect(ris.match(/^TY {2}- /gm)).toHaveLength(total);
  const csl = await (await request.get('/research/tune-or-prompt.csl.json')).json();
  expect(csl).toHaveLength(total);
  const csv = await (await request.get('/research/tune-or-prompt.csv')).text();
  expect(csv.trim().split('\r\n')).toHaveLength(total + 1);
});

test('a year range typed the wrong way round gives what the same link gives, and says how it was read', async ({ page }) => {
  await openResearch(page);
  const found = async () => Number((await count(page).textContent())!.match(/^(\d+) of \d+ sources/)?.[1] ?? NaN);
  await page.getByLabel('From year').fill('2024');
  await page.getByLabel('From year').press('Tab');
  await page.getByLabel('To year').fill('2022');
  await page.getByLabel('To year').press('Tab');
  await expect(count(page)).toContainText('2022 to 2024');
  const typed = await found();
  expect(typed).toBeGreaterThan(0);
  // The address it wrote, loaded again, and the reversed link written by hand: the same sources.
  for (const url of [page.url(), '/research/?from=2024&to=2022']) {
    await page.goto(url);
    await expect(search(page)).toBeEnabled();
    await expect(count(page)).toHaveText(/^\d+ of \d+ sources/);
    expect(await found(), url).toBe(typed);
  }
  await page.goto('/research/?from=2022&to=2024');
  await expect(count(page)).toHaveText(/^\d+ of \d+ sources/);
  expect(await found()).toBe(typed);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the result count shows near the search box, on the first screen', async ({ page }) => {
    await openResearch(page);
    await search(page).scrollIntoViewIfNeeded();
    await search(page).focus();
    await page.keyboard.type('lora');
    await expect(count(page)).toHaveText(/^\d+ of \d+ sources$/);
    await expect(count(page)).toBeInViewport();
    const [box, field] = [(await count(page).boundingBox())!, (await search(page).boundingBox())!];
    expect(box.y - (field.y + field.height), 'px between the search box and the count').toBeLessThan(80);
  });
});
