/** /models/: dated prices that sort by keyboard, who may tune each model (linking the routes page) and the shutdown timeline, with or without JavaScript. */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test } from '@playwright/test';

const priceCells = (page: import('@playwright/test').Page, column: number) =>
  page.locator('table.models-table tbody tr').evaluateAll(
    (rows, col) =>
      rows.map((row) => {
        const value = (row as HTMLTableRowElement).cells[col]?.getAttribute('data-value');
        return value === null || value === undefined || value === '' ? null : Number(value);
      }),
    column,
  );

test('every current price shows the day it was read and links to its source', async ({ page }) => {
  await page.goto('/models/');
  const rows = page.locator('table.models-table tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(1);
  const dates = await rows.locator('td:last-child').allTextContents();
  for (const date of dates) expect(date.trim().replace(/\s+/g, ' ')).toMatch(/^\d{4}-\d{2}-\d{2}( \(until \d{4}-\d{2}-\d{2}\))?( then from \d{4}-\d{2}-\d{2}: .+ out)?$|^–$/);
  const links = await rows.locator('td:last-child a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of links) expect(href).toMatch(/^\/research\/[a-z0-9-]+\/$/);
});

test('every price with an announced end says until when, read from the data', async ({ page }) => {
  const ending = readdirSync('content/models')
    .map((file) => load(readFileSync(`content/models/${file}`, 'utf8')) as { name: string; historical?: boolean; prices?: { until?: Date }[] })
    .filter((m) => !m.historical && m.prices?.[0]?.until)
    .map((m) => ({ name: m.name, until: m.prices![0]!.until!.toISOString().slice(0, 10) }));
  test.skip(ending.length === 0, 'no current price has an announced end');
  await page.goto('/models/');
  for (const { name, until } of ending) {
    const row = page.locator('table.models-table tbody tr', { has: page.getByRole('rowheader').filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*·`) }) });
    await expect(row.locator('td:last-child'), name).toContainText(`(until ${until})`);
  }
});

test('a model with an announced shutdown says so on every row it is offered, whoever makes it', async ({ page }) => {
  const today = new Date().toISOString().slice(0, 10);
  const deprecated = readdirSync('content/models')
    .map((file) => load(readFileSync(`content/models/${file}`, 'utf8')) as { name: string; historical?: boolean; lifecycle?: { shutdown?: Date } })
    .filter((m) => !m.historical && m.lifecycle?.shutdown && m.lifecycle.shutdown.toISOString().slice(0, 10) >= today);
  test.skip(deprecated.length === 0, 'no current model has an announced shutdown');
  await page.goto('/models/');
  for (const { name, lifecycle } of deprecated) {
    const rows = page.locator('table.models-table tbody tr', { has: page.getByRole('rowheader').filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*·`) }) });
    const shutdown = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(lifecycle!.shutdown!);
    expect(await rows.count(), name).toBeGreaterThan(0);
    for (const cell of await rows.locator('td:nth-child(3)').allTextContents()) expect(cell, name).toContain(`Deprecated: shuts down ${shutdown}`);
  }
});

test('a price the data marks unconfirmed reads "price not confirmed here", not "not published" and not a number', async ({ page }) => {
  const column = { cachedInput: 4, cacheWrite: 5, batchDiscount: 7 } as const;
  const unconfirmed = readdirSync('content/models')
    .map((file) => load(readFileSync(`content/models/${file}`, 'utf8')) as { name: string; historical?: boolean; prices?: { where: string; unconfirmed?: (keyof typeof column)[] }[] })
    .flatMap((m) => (m.historical ? [] : (m.prices ?? []).flatMap((p) => (p.unconfirmed ?? []).map((field) => ({ name: m.name, where: p.where, field })))));
  test.skip(unconfirmed.length === 0, 'no current price lists an unconfirmed figure');
  await page.goto('/models/');
  for (const { name, where, field } of unconfirmed) {
    const row = page.locator('table.models-table tbody tr', { has: page.getByRole('rowheader').filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*·`) }) }).filter({ hasText: where });
    const cell = row.locator(`:is(th, td):nth-child(${column[field] + 1})`);
    await expect(cell, `${name}, ${where}, ${field}`).toHaveText('price not confirmed here');
    expect(await cell.getAttribute('data-value'), `${name} ${field}`).toBeNull();
  }
});

test('the price table sorts by input price from the keyboard, and back', async ({ page }) => {
  await page.goto('/models/');
  const button = page.getByRole('button', { name: /^Input/ });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('th', { has: button })).toHaveAttribute('aria-sort', 'ascending');
  const ascending = (await priceCells(page, 3)).filter((v): v is number => v !== null);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await page.keyboard.press('Enter');
  await expect(page.locator('th', { has: button })).toHaveAttribute('aria-sort', 'descending');
  const descending = (await priceCells(page, 3)).filter((v): v is number => v !== null);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  // Rows without a figure stay at the end either way.
  const all = await priceCells(page, 3);
  const firstMissing = all.indexOf(null);
  if (firstMissing >= 0) expect(all.slice(firstMissing).every((v) => v === null)).toBe(true);
});

test('who may tune each model links to its route, and the timeline is in date order', async ({ page }) => {
  await page.goto('/models/');
  const toRoutes = page.locator('ul.tuning-status a[href^="/fine-tuning-routes/#"]');
  expect(await toRoutes.count()).toBeGreaterThan(0);
  await expect(page.locator('#where-to-fine-tune ~ p a[href="/fine-tuning-routes/"]').first()).toBeVisible();
  const events = page.locator('ol.timeline li');
  const dates = await events.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort());
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the tables read in their server order with plain headers', async ({ page }) => {
    await page.goto('/models/');
    await expect(page.locator('table.models-table thead th').first()).toHaveText('Model');
    await expect(page.locator('.sort-button')).toHaveCount(0);
  });
});
