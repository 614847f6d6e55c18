/**
 * Page-level tools for browser agents (WebMCP): where the browser offers navigator.modelContext, /decide/ and
 * /calculator/ register decide and estimate_cost with the MCP server's schemas and answers; where it does not,
 * nothing happens and nothing fails. The API is faked here: Chromium offers it only behind a flag or a trial.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './support/page-health.ts';
import type { SiteData } from '../src/lib/models/site-data.ts';

type Registered = { name: string; inputSchema: { properties: Record<string, unknown> }; execute: (args: unknown) => Promise<{ content: { text: string }[]; isError?: boolean }> };

async function fakeModelContext(page: Page) {
  await page.addInitScript(() => {
    const tools: unknown[] = [];
    (window as unknown as { __tools: unknown[] }).__tools = tools;
    Object.defineProperty(navigator, 'modelContext', { value: { registerTool: (tool: unknown) => tools.push(tool) } });
  });
}

async function run(page: Page, name: string, args: unknown) {
  return page.evaluate(
    async ([toolName, toolArgs]) => {
      const tool = (window as unknown as { __tools: Registered[] }).__tools.find((t) => t.name === toolName)!;
      const result = await tool.execute(toolArgs);
      return { isError: result.isError ?? false, text: result.content[0]!.text, schema: Object.keys(tool.inputSchema.properties) };
    },
    [name, args] as const,
  );
}

test('/decide/ registers decide: the rule’s verdict, and an invalid answer named', async ({ page }) => {
  await fakeModelContext(page);
  await page.goto('/decide/');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __tools: { name: string }[] }).__tools.map((t) => t.name))).toEqual(['decide']);
  const measure = await run(page, 'decide', { evalSet: 'no' });
  expect(measure.schema).toEqual(expect.arrayContaining(['evalSet', 'promptF1', 'operations']));
  expect(JSON.parse(measure.text)).toMatchObject({ verdict: 'measure', link: expect.stringContaining('/decide/?evalSet=no&v=2') });
  const invalid = await run(page, 'decide', { promptF1: 3 });
  expect(invalid.isError).toBe(true);
  expect(invalid.text).toMatch(/^promptF1: /);
});

test('/calculator/ registers estimate_cost: the email case from the built prices', async ({ page }) => {
  const data = JSON.parse(readFileSync('dist/data/models.json', 'utf8')) as SiteData;
  const preset = data.presets.find((p) => p.slot === 'a' && p.current)!;
  await fakeModelContext(page);
  await page.goto('/calculator/');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __tools: { name: string }[] }).__tools.length)).toBe(1);
  const email = await run(page, 'estimate_cost', { requests: 2_000_000, promptTokens: 3450, userTokens: 300, outputTokens: 20, model: preset.id });
  expect(email.isError, email.text).toBe(false);
  const { ai, aop } = preset.fields as { ai: number; aop: number };
  expect(JSON.parse(email.text).options[0].monthly).toBeCloseTo((2_000_000 * (3750 * ai + 20 * aop)) / 1_000_000, 6);
  const bad = await run(page, 'estimate_cost', { requests: 1000, model: 'no-such-model' });
  expect(bad).toMatchObject({ isError: true, text: expect.stringMatching(/^model: /) });
});

test('without the API the pages register nothing and log no error', async ({ page }) => {
  const problems = watchPage(page);
  for (const path of ['/decide/', '/calculator/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => 'modelContext' in navigator)).toBe(false);
  }
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});
