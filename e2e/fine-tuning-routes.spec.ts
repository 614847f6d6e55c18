/**
 * /fine-tuning-routes/: every route in content/routes/ appears once with its status for the build day; every route
 * open to a new customer is listed as such; closed routes sit in the dated history. Reads without JavaScript.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test } from '@playwright/test';
import { routeSchema } from '../src/lib/schemas.ts';
import { STATUS_LABELS, routeStatus, type RouteEntry } from '../src/lib/models/tuning-routes.ts';
import { buildDate } from '../src/lib/content/build-day.ts';

const routes: RouteEntry[] = readdirSync('content/routes')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({ id: file.replace(/\.yaml$/, ''), file: `content/routes/${file}`, data: routeSchema.parse(load(readFileSync(`content/routes/${file}`, 'utf8'))) }));
// The site under test was built today (or on TOP_BUILD_DATE): statuses are computed for the same day.
const today = buildDate();
const open = routes.filter((r) => routeStatus(r.data, today) === 'open');
const closed = routes.filter((r) => routeStatus(r.data, today) === 'closed');

test.use({ javaScriptEnabled: false });

test('every route has one card, with the status it has on the build day', async ({ page }) => {
  await page.goto('/fine-tuning-routes/');
  for (const route of routes) {
    const card = page.locator(`article#${route.id}`);
    await expect(card, route.file).toHaveCount(1);
    await expect(card.locator('dd').first(), route.file).toContainText(STATUS_LABELS[routeStatus(route.data, today)]);
    await expect(card.getByRole('link', { name: /\(\d{4}-\d{2}-\d{2}\)|Source/ }).first()).toBeVisible();
  }
});

test('lists every route open to a new customer, and only those, under that heading', async ({ page }) => {
  await page.goto('/fine-tuning-routes/');
  const links = await page.locator('#open-to-a-new-customer + ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.sort()).toEqual(open.map((r) => `#${r.id}`).sort());
  expect(open.length).toBeGreaterThan(0);
});

test('keeps closed routes in the dated history, after the current ones', async ({ page }) => {
  await page.goto('/fine-tuning-routes/');
  const history = await page.locator('ul.route-history a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(history.sort()).toEqual(closed.map((r) => `#${r.id}`).sort());
  const familyRows = await page.locator('table.routes-table tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const route of closed) expect(familyRows).not.toContain(`#${route.id}`);
});

test('is reached from the header and from /models/', async ({ page }) => {
  await page.goto('/models/');
  await expect(page.locator('header nav a[href="/fine-tuning-routes/"]').first()).toBeAttached();
  await page.locator('#where-to-fine-tune ~ p a[href="/fine-tuning-routes/"]').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where can I fine-tune today, and for how much?');
});
