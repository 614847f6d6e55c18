import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { calcPrice } from '@pydantic/genai-prices';
import { describe, expect, it } from 'vitest';
import { modelSchema } from '../schemas.ts';
import { buildDate, isoDay } from '../content/build-day.ts';
import { type ModelEntry } from './model-data.ts';
import { COMPARED_FIELDS, crossCheckPrices, type ComparedField, type DatasetLookup } from './price-crosscheck.ts';

const DATASET_KEYS: Record<ComparedField, string> = { input: 'input_mtok', cachedInput: 'cache_read_mtok', output: 'output_mtok' };

/**
 * The dataset's prices for a model on a day, read at noon UTC (DeepSeek's off-peak hours) and at the short-prompt
 * tier (a tiered price's base), the tier the site's price lists state.
 */
const genaiPrices: DatasetLookup = (provider, modelId, day) => {
  const found = calcPrice({ input_tokens: 1 }, modelId, { providerId: provider, timestamp: new Date(`${isoDay(day)}T12:00:00Z`) });
  if (!found) return undefined;
  const prices: Partial<Record<ComparedField, number>> = {};
  for (const field of COMPARED_FIELDS) {
    const value = found.model_price[DATASET_KEYS[field]];
    const base = typeof value === 'number' ? value : value?.base;
    if (base !== undefined) prices[field] = base;
  }
  return { id: found.model.id, prices };
};

const cited = { asOf: '2026-11-24', source: 'a-2026-price-list' };
const entry = (id: string, raw: Record<string, unknown>): ModelEntry => ({ id, file: `content/models/${id}.yaml`, data: modelSchema.parse(raw) });
const hosted = { provider: 'Acme', family: 'Acme', modelId: 'acme-1', name: 'Acme One', kind: 'hosted' };

describe('crossCheckPrices', () => {
  const day = new Date('2026-12-07');
  const fake: DatasetLookup = (provider, modelId) => (provider === 'openai' && modelId === 'acme-1' ? { id: 'acme-1', prices: { input: 1, output: 4 } } : undefined);

  it('counts agreements field by field, skipping fields either side leaves out', () => {
    const result = crossCheckPrices([entry('a', { ...hosted, prices: [{ where: 'OpenAI API', input: 1, cachedInput: 0.1, output: 4, ...cited }] })], day, fake);
    expect([result.compared.length, result.agreed.length, result.unexplained.length]).toEqual([2, 2, 0]);
  });

  it('reports a disagreement with both figures, unless the price block says why', () => {
    const price = { where: 'OpenAI API', input: 1.25, output: 4, ...cited };
    const plain = crossCheckPrices([entry('a', { ...hosted, prices: [price] })], day, fake);
    expect(plain.unexplained).toEqual([{ file: 'content/models/a.yaml', where: 'OpenAI API', modelId: 'acme-1', field: 'input', site: 1.25, dataset: 1 }]);
    const explained = crossCheckPrices([entry('a', { ...hosted, prices: [{ ...price, crossCheck: { differs: 'the page changed after the dataset was checked' } }] })], day, fake);
    expect([explained.unexplained.length, explained.explained.length]).toEqual([0, 1]);
  });

  it('flags an explanation that no longer explains a difference', () => {
    const result = crossCheckPrices([entry('a', { ...hosted, prices: [{ where: 'OpenAI API', input: 1, output: 4, crossCheck: { differs: 'an older dataset release' }, ...cited }] })], day, fake);
    expect(result.staleExplanations).toEqual([{ file: 'content/models/a.yaml', where: 'OpenAI API' }]);
  });

  it('compares only the price in force on the day and lists models the dataset does not know', () => {
    const scheduled = entry('a', {
      ...hosted,
      prices: [
        { where: 'OpenAI API', input: 1, output: 4, until: '2026-12-31', ...cited },
        { where: 'OpenAI API', input: 2, output: 8, from: '2027-01-01', ...cited },
        { where: 'Unlisted host', input: 3, output: 9, ...cited },
      ],
    });
    expect(crossCheckPrices([scheduled], day, fake)).toMatchObject({ unexplained: [], unknown: [{ where: 'Unlisted host' }] });
    expect(crossCheckPrices([scheduled], new Date('2027-01-01'), fake).unexplained.map((r) => r.field)).toEqual(['input', 'output']);
  });
});

describe('the genai-prices lookup', () => {
  it('reads the short-prompt base of a tiered price and the price scheduled for the day', () => {
    expect(genaiPrices('openai', 'gpt-6-luna', new Date('2026-12-07'))?.prices).toMatchObject({ input: 0.1, cachedInput: 0.01, output: 0.5 });
    expect(genaiPrices('google', 'gemini-3.8-flash', new Date('2026-12-31'))?.prices.input).toBe(0.75);
    expect(genaiPrices('google', 'gemini-3.8-flash', new Date('2027-01-01'))?.prices.input).toBe(1.5);
    expect(genaiPrices('openai', 'no-such-model-anywhere', new Date('2026-12-07'))).toBeUndefined();
  });

  it("reads DeepSeek at its off-peak price, the half of the peak price the site's DeepSeek blocks state", () => {
    // DeepSeek's page: deepseek-v4-pro costs $0.66 / $0.022 / $1.98 off-peak and twice that from 01:00-04:00 and 06:00-10:00 UTC.
    expect(genaiPrices('deepseek', 'deepseek-v4-pro', new Date('2026-12-07'))?.prices).toEqual({ input: 0.66, cachedInput: 0.022, output: 1.98 });
  });
});

describe('every current price on the site against @pydantic/genai-prices', () => {
  const dir = 'content/models';
  const models = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => entry(name.replace(/\.yaml$/, ''), yaml.load(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>));
  const today = buildDate();
  const result = crossCheckPrices(models, today, genaiPrices);
  const line = (r: { file: string; where: string; modelId?: string; field?: string; site?: number; dataset?: number }) =>
    `${r.file} (${r.where}${r.modelId ? `, ${r.modelId}` : ''})${r.field ? ` ${r.field}: site ${r.site}, dataset ${r.dataset}` : ''}`;

  it('agrees, or the price block says why it differs', () => {
    console.info(
      `price cross-check on ${isoDay(today)}: ${result.compared.length} figures compared, ${result.agreed.length} agreed, ` +
        `${result.explained.length} explained differences, ${result.unexplained.length} unexplained; ` +
        `${result.unknown.length} price lists unknown to the dataset (${result.unknown.map((u) => u.modelId).join(', ')})`,
    );
    expect(result.compared.length).toBeGreaterThan(0);
    expect(result.unexplained.map(line), 'add crossCheck: { differs: "…" } to the price block once the primary page confirms the site').toEqual([]);
  });

  it('carries no explanation for a difference that is gone', () => {
    expect(result.staleExplanations.map(line)).toEqual([]);
  });
});
