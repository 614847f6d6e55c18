/**
 * The MCP server end to end: started as the README says (its bin script, stdio) against the built dist/, driven
 * by the SDK's own client. Needs `npm run build` first; `npm test` runs it after the build (scripts/test.mjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { missingBuild } from './built-site.ts';
import type { SiteData } from '../lib/models/site-data.ts';
import { decide } from '../lib/decision/decide.ts';
import { EMPTY_ANSWERS, type WizardAnswers } from '../lib/decision/questions.ts';
import { decisionSummary } from '../lib/decision/summary.ts';
import { parseState, toCostInputs } from '../lib/cost/fields.ts';
import { compare } from '../lib/cost/cost.ts';

const DIST = resolve('dist');
const notBuilt = missingBuild(DIST);
if (notBuilt) console.warn(`Skipping the MCP server tests: ${notBuilt}`);

type TextResult = { content: { type: string; text: string }[]; isError?: boolean };

describe.skipIf(notBuilt !== undefined)('MCP server over stdio', () => {
  let client: Client;
  let data: SiteData;
  const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as TextResult;
  const answer = async (name: string, args: Record<string, unknown>) => {
    const result = await call(name, args);
    expect(result.isError, result.content[0]?.text).toBeFalsy();
    return JSON.parse(result.content[0]!.text);
  };

  beforeAll(async () => {
    data = JSON.parse(readFileSync(resolve(DIST, 'data/models.json'), 'utf8'));
    client = new Client({ name: 'tune-or-prompt-test', version: '1.0.0' });
    const transport = new StdioClientTransport({ command: process.execPath, args: ['bin/tune-or-prompt-mcp.mjs', '--dist', DIST], stderr: 'pipe' });
    // Whatever the server says on stderr (a start-up failure) goes to the test output.
    transport.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[mcp server] ${chunk.toString()}`));
    await client.connect(transport);
  }, 60_000);
  afterAll(async () => {
    await client?.close();
  });

  it('lists the six tools, each with an object input schema', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['decide', 'estimate_cost', 'get_page', 'get_prices', 'list_models', 'search']);
    for (const tool of tools) {
      expect(tool.description, tool.name).toBeTruthy();
      expect(tool.inputSchema.type).toBe('object');
    }
    const byName = new Map(tools.map((t) => [t.name, t.inputSchema]));
    expect(byName.get('search')!.required).toEqual(['query']);
    expect(byName.get('get_page')!.required).toEqual(['page']);
    expect(byName.get('estimate_cost')!.required).toEqual(['requests']);
    expect(Object.keys(byName.get('decide')!.properties ?? {})).toEqual(expect.arrayContaining(['evalSet', 'promptF1', 'bar', 'examples', 'operations']));
  });

  it('search: titles, absolute URLs and snippets from the site engine', async () => {
    const result = await answer('search', { query: 'LoRA low-rank adaptation', limit: 5 });
    expect(result.results.length).toBeGreaterThan(0);
    expect(result.results.length).toBeLessThanOrEqual(5);
    for (const hit of result.results) {
      expect(hit.url.startsWith(data.site)).toBe(true);
      expect(hit.title).toBeTruthy();
      expect(typeof hit.snippet).toBe('string');
    }
    expect(result.results.map((h: { url: string }) => h.url)).toContain(new URL('/research/hu-2021-lora/', data.site).href);
    const sources = await answer('search', { query: 'LoRA', kind: 'research', limit: 3 });
    expect(sources.results.every((h: { kind: string }) => h.kind === 'research')).toBe(true);
  });

  it('get_page: the Markdown twin itself, by URL, path, slug or FAQ anchor', async () => {
    const twin = readFileSync(resolve(DIST, 'guides/overview.md'), 'utf8');
    for (const page of [new URL('/guides/overview/', data.site).href, '/guides/overview/', '/guides/overview.md', 'overview']) {
      const result = await call('get_page', { page });
      expect(result.isError, page).toBeFalsy();
      expect(result.content[0]!.text).toBe(twin);
    }
    const faq = readFileSync(resolve(DIST, 'faq/how-many-examples.md'), 'utf8');
    expect((await call('get_page', { page: '/faq/#how-many-examples' })).content[0]!.text).toBe(faq);
    expect((await call('get_page', { page: '/models/' })).content[0]!.text).toBe(readFileSync(resolve(DIST, 'models.md'), 'utf8'));
  });

  it('list_models and get_prices: the built data, with dates and sources', async () => {
    const listed = await answer('list_models', {});
    expect(listed.buildDate).toBe(data.buildDate);
    expect(listed.models.length).toBeGreaterThan(0);
    for (const model of listed.models) {
      const stored = data.models.find((m) => m.id === model.id)!;
      expect(stored.historical || stored.status === 'shut down').toBe(false);
      expect(model.prices.map((p: { input: number; asOf: string }) => [p.input, p.asOf])).toEqual(stored.prices.map((p) => [p.input, p.asOf]));
    }
    const anyModel = listed.models.find((m: { prices: unknown[] }) => m.prices.length > 0);
    const detail = await answer('get_prices', { model: anyModel.name });
    expect(detail.model.id).toBe(anyModel.id);
    for (const price of detail.model.prices) {
      expect(price.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(detail.sources[price.source]).toMatchObject({ title: expect.any(String), url: expect.stringMatching(/^https:\/\//) });
    }
    for (const route of detail.tuningRoutes) expect(route.models).toContain(anyModel.id);
    const openai = await answer('list_models', { provider: 'openai' });
    expect(openai.models.every((m: { provider: string }) => m.provider === 'OpenAI')).toBe(true);
  });

  it('decide: the same verdict, reasons and link as /decide/', async () => {
    const cases: Partial<WizardAnswers>[] = [
      { evalSet: 'no' },
      { evalSet: 'yes', promptF1: 0.91, bar: 0.9, cost: 'sustainable', latency: 'met' },
      { evalSet: 'yes', promptF1: 0.7, bar: 0.9, plateau: 'yes', cost: 'sustainable', latency: 'met', cheaperSteps: 'tried', examples: 2000, knowledge: 'rarely', format: 'custom', operations: 'yes' },
    ];
    for (const answers of cases) {
      const result = await answer('decide', answers);
      const full = { ...EMPTY_ANSWERS, ...answers } as WizardAnswers;
      const expected = decide(full);
      if (expected.status !== 'ok') throw new Error('test case must be valid');
      const summary = decisionSummary(full, { date: data.buildDate, origin: data.site });
      expect(result.verdict).toBe(expected.verdict);
      expect(result.headline).toBe(expected.headline);
      expect(result.reasons).toEqual(summary.reasons);
      expect(result.link).toBe(summary.link);
      expect(result.link.startsWith(new URL('/decide/?', data.site).href)).toBe(true);
    }
    expect((await answer('decide', { evalSet: 'no' })).verdict).toBe('measure');
  });

  it('estimate_cost: the email case gives the calculator’s numbers, with the prices’ dates and sources', async () => {
    // 2 million support emails a month, a 3,450-token prompt with 15 examples, 300 tokens in and 20 out.
    const preset = data.presets.find((p) => p.slot === 'a' && p.current && p.id.startsWith('a:openai-gpt-4-1-mini:')) ?? data.presets.find((p) => p.slot === 'a' && p.current)!;
    const modelId = preset.id.split(':')[1]!;
    const result = await answer('estimate_cost', { requests: 2_000_000, per: 'month', promptTokens: 3450, userTokens: 300, outputTokens: 20, model: preset.id });
    const { ai, aop } = preset.fields as { ai: number; aop: number };
    // By hand: every request reads 3,450 + 300 input tokens and writes 20, with no cache and no batch.
    const byHand = (2_000_000 * ((3450 + 300) * ai + 20 * aop)) / 1_000_000;
    expect(result.requestsPerMonth).toBe(2_000_000);
    expect(result.options[0].monthly).toBeCloseTo(byHand, 6);
    expect(result.presets[0]).toMatchObject({ id: preset.id, asOf: preset.asOf });
    expect(result.sources[preset.source]).toMatchObject({ title: expect.any(String) });
    // The calculator page, opened at the returned link, computes the same.
    const link = new URL(result.calculator);
    expect(link.pathname).toBe('/calculator/');
    const { state, problems } = parseState(link.search, new Set(data.presets.map((p) => p.id)));
    expect(problems).toEqual([]);
    expect(compare(toCostInputs(state)).options.a.monthly).toBeCloseTo(result.options[0].monthly, 6);
    // The model id alone picks the same (current) price list.
    const byModel = await answer('estimate_cost', { requests: 2_000_000, promptTokens: 3450, userTokens: 300, outputTokens: 20, model: modelId });
    expect(byModel.options[0].monthly).toBeGreaterThan(0);
  });

  it('bad inputs: a tool error naming the field, and the server keeps answering', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['search', { query: '' }, /query/],
      ['search', { query: 'lora', limit: 500 }, /limit/],
      ['get_page', { page: '/no/such/page/' }, /^page: /],
      ['get_page', { page: '/../../etc/passwd.md' }, /^page: /],
      ['get_prices', { model: 'no-such-model' }, /^model: /],
      ['list_models', { provider: 'Nobody' }, /^provider: /],
      ['decide', { promptF1: 2 }, /promptF1/],
      ['decide', { evalSet: 'maybe' }, /evalSet/],
      ['estimate_cost', { requests: -5 }, /requests/],
      ['estimate_cost', { requests: 1000, model: 'no-such-model' }, /^model: /],
      ['estimate_cost', { requests: 1000, fields: { days: 99 } }, /^fields\.days: /],
    ];
    for (const [name, args, field] of cases) {
      const result = await call(name, args);
      expect(result.isError, `${name} ${JSON.stringify(args)}`).toBe(true);
      expect(result.content[0]!.text, name).toMatch(field);
    }
    expect((await answer('search', { query: 'prompt caching' })).results.length).toBeGreaterThan(0);
  });
});

describe('MCP server without a build', () => {
  it('says which files are missing', () => {
    expect(missingBuild(resolve('no-such-dist'))).toMatch(/missing search-index\.json.*npm run build/);
    if (!existsSync(DIST)) expect(notBuilt).toBeDefined();
  });
});
