/** The research index: search, facets, sort, URL state, source pages with backlinks, exports. */
import { expect, test } from '@playwright/test';

const results = (page: import('@playwright/test').Page) => page.locator('.research-results > li');
const search = (page: import('@playwright/test').Page) => page.getByLabel('Search titles, authors, venues and claims');

/** Opens the research page and waits until the browser has loaded its index. */
async function openResearch(page: import('@playwright/test').Page) {
  await page.goto('/research/');
  await expect(page.getByRole('status').filter({ hasText: /sources$/ })).toBeVisible();
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

test('facets and sort change the list, and the URL reproduces the view', async ({ page }) => {
  await openResearch(page);
  const count = page.locator('.result-count');
  const total = Number((await count.textContent())!.match(/of (\d+)/)![1]);
  await page.getByLabel('Topic', { exact: true }).selectOption('peft');
  await expect(count).not.toHaveText(`${total} of ${total} sources`);
  const peft = Number((await count.textContent())!.match(/^(\d+)/)![1]);
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
});

test('nonsense parameters fall back to the default view', async ({ page }) => {
  await page.goto('/research/?topic=%3Cscript%3E&type=zzz&from=abc&sort=evil&q=');
  await expect(page.getByLabel('Topic', { exact: true })).toHaveValue('');
  await expect(page.locator('.result-count')).toHaveText(/^(\d+) of \1 sources$/);
});

test('an empty result offers a reset', async ({ page }) => {
  await openResearch(page);
  await search(page).fill('zzzqqqxxyy');
  await expect(page.getByText('No source matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(search(page)).toHaveValue('');
  await expect(page.locator('.result-count')).toHaveText(/^(\d+) of \1 sources$/);
});

test('without JavaScript every source is listed', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/research/');
  const listed = await page.locator('#research-static .source-list li').count();
  const total = Number((await page.locator('.lede').textContent())!.match(/(\d+) sources/)![1]);
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
