import { describe, expect, it } from 'vitest';
import { modelSchema, routeSchema } from './schemas.ts';
import { findModelMentions, hardCodedPrices, lifecycleEvents, modelFigure, stalePrices, type ModelEntry } from './model-data.ts';
import type { RouteEntry } from './tuning-routes.ts';
import { FIGURE_FORMAT } from './format.ts';

const entry = (id: string, raw: Record<string, unknown>): ModelEntry => ({ id, file: `content/models/${id}.yaml`, data: modelSchema.parse(raw) });
const cited = { asOf: '2026-11-24', source: 'a-2026-price-list' };

const gpt4 = entry('openai-gpt-4', { provider: 'OpenAI', family: 'GPT-4', modelId: 'gpt-4', name: 'GPT-4', kind: 'hosted' });
const gpt4o = entry('openai-gpt-4o', { provider: 'OpenAI', family: 'GPT-4o', modelId: 'gpt-4o', name: 'GPT-4o', kind: 'hosted' });
const mini = entry('openai-gpt-4o-mini', {
  provider: 'OpenAI',
  family: 'GPT-4o',
  modelId: 'gpt-4o-mini',
  name: 'GPT-4o mini',
  kind: 'hosted',
  prices: [{ where: 'OpenAI API', input: 0.15, cachedInput: 0.075, output: 0.6, batchDiscount: 0.5, ...cited }],
  lifecycle: { deprecationNotice: '2026-10-14', shutdown: '2027-01-14', source: 'a-2026-deprecations' },
});
const models = [gpt4, gpt4o, mini];
// A tuning route for GPT-4o mini that takes no new jobs from 2027-01-07 (its last day is 2027-01-06).
const route: RouteEntry = {
  id: 'tuning-api-mini',
  file: 'content/routes/tuning-api-mini.yaml',
  data: routeSchema.parse({
    platform: 'Tuning API',
    operator: 'OpenAI',
    place: 'provider-api',
    family: 'GPT-4o',
    bases: [{ model: 'openai-gpt-4o-mini' }],
    methods: ['supervised'],
    access: [
      { who: 'anyone', source: 'a-2026-deprecations' },
      { from: '2027-01-07', who: 'closed', source: 'a-2026-deprecations' },
    ],
    training: { perMTok: 3, ...cited },
    ...cited,
  }),
};
const withRoutes = { ...mini, routes: [route] };

describe('findModelMentions', () => {
  it('reads the longest name first, so "GPT-4o mini" is one mention, not also GPT-4o', () => {
    const found = findModelMentions('We used GPT-4o mini, then GPT-4o.', models);
    expect(found.map((m) => m.model)).toEqual(['openai-gpt-4o-mini', 'openai-gpt-4o']);
  });

  it('does not read GPT-4 inside GPT-4o or gpt-4o-mini inside a longer id', () => {
    expect(findModelMentions('GPT-4o and gpt-4o-mini-2024-07-18', models).map((m) => m.model)).toEqual(['openai-gpt-4o']);
  });

  it('finds components and their historical mark, with line numbers', () => {
    const found = findModelMentions('one\n<Price model="openai-gpt-4o-mini" field="input" historical />\n<ModelName id="openai-gpt-4" />', models);
    expect(found).toEqual([
      { model: 'openai-gpt-4o-mini', historical: true, line: 2, as: '<Price model="openai-gpt-4o-mini" field="input" historical />' },
      { model: 'openai-gpt-4', historical: false, line: 3, as: '<ModelName id="openai-gpt-4" />' },
    ]);
  });

  it('reads every model a <Calc> binds, with its historical mark, and not the GPUs it binds', () => {
    const found = findModelMentions('<Calc formula="a / b + g" a="openai-gpt-4o-mini.input" b="openai-gpt-4.output" g="nvidia-h100-80gb.perHour" historical />', models);
    expect(found.map((m) => [m.model, m.historical])).toEqual([
      ['openai-gpt-4o-mini', true],
      ['openai-gpt-4', true],
    ]);
  });

  it('treats names inside <Historical> as historical', () => {
    const found = findModelMentions('<Historical>\nGPT-4 was priced at $30.\n</Historical>\nGPT-4o mini', models);
    expect(found.map((m) => [m.model, m.historical])).toEqual([
      ['openai-gpt-4', true],
      ['openai-gpt-4o-mini', false],
    ]);
  });
});

describe('lifecycleEvents', () => {
  it('lists notice, last day for new tuning jobs (from the routes) and shutdown in date order, marking what has passed', () => {
    const events = lifecycleEvents(models, new Date('2026-11-24'), [route]);
    expect(events.map((e) => [e.what, e.date.toISOString().slice(0, 10), e.past, e.detail ?? ''])).toEqual([
      ['deprecation notice', '2026-10-14', true, ''],
      ['last day for new tuning jobs', '2027-01-06', false, 'Tuning API'],
      ['shutdown', '2027-01-14', false, ''],
    ]);
  });
});

describe('modelFigure', () => {
  const format = FIGURE_FORMAT;
  it('prints a price-list field and a tuning field with the day they were read', () => {
    expect(modelFigure(mini, 'cachedInput', undefined, format)).toMatchObject({ value: 0.075, text: '$0.075', source: 'a-2026-price-list' });
    expect(modelFigure(withRoutes, 'trainingPerMTok', 'Tuning API', format).text).toBe('$3.00');
    expect(modelFigure(withRoutes, 'trainingPerMTok', undefined, format).value).toBe(3);
    expect(modelFigure(mini, 'batchDiscount', undefined, format).text).toBe('50%');
  });

  it('multiplies a price for a worked example and prints the total as money', () => {
    expect(modelFigure(mini, 'input', undefined, format, 1_200_000)).toMatchObject({ value: 180_000, text: '$180,000' });
    expect(() => modelFigure(mini, 'batchDiscount', undefined, format, 2)).toThrow('cannot multiply batchDiscount');
  });

  it('refuses a figure the data does not publish, naming model and field', () => {
    expect(() => modelFigure(mini, 'cacheWrite', undefined, format)).toThrow('content/models/openai-gpt-4o-mini publishes no cacheWrite');
    expect(() => modelFigure(mini, 'input', 'Some host', format)).toThrow('publishes no input at "Some host"');
    expect(() => modelFigure(withRoutes, 'tunedInput', undefined, format)).toThrow('no route in content/routes/ publishes tunedInput for openai-gpt-4o-mini (its routes: Tuning API)');
    expect(() => modelFigure(mini, 'trainingPerMTok', undefined, format)).toThrow('its routes: none');
  });
});

describe('stalePrices', () => {
  it('counts the days since each price was read, and skips a route once it is closed', () => {
    const open = { ...route, data: { ...route.data, access: [route.data.access[0]!] } };
    expect(stalePrices([mini], [], new Date('2027-06-01'), 180, [open])).toEqual([
      { file: 'content/models/openai-gpt-4o-mini.yaml', field: 'prices[0].asOf', asOf: new Date('2026-11-24'), days: 189 },
      { file: 'content/routes/tuning-api-mini.yaml', field: 'asOf', asOf: new Date('2026-11-24'), days: 189 },
      { file: 'content/routes/tuning-api-mini.yaml', field: 'training.asOf', asOf: new Date('2026-11-24'), days: 189 },
    ]);
    expect(stalePrices([mini], [], new Date('2027-06-01'), 180, [route]).map((s) => s.file)).toEqual(['content/models/openai-gpt-4o-mini.yaml']);
    expect(stalePrices([mini], [], new Date('2027-01-01'), 180, [open])).toEqual([]);
  });
});

describe('hardCodedPrices', () => {
  it('finds per-million-token prices written by hand, with their lines', () => {
    const text = 'Input costs $0.15 per million tokens.\n| Output | $0.60/MTok |\nA budget of $50,000 a month.\nAt $3 per 1M input tokens.';
    expect(hardCodedPrices(text)).toEqual([
      { line: 1, figure: '$0.15' },
      { line: 2, figure: '$0.60' },
      { line: 4, figure: '$3' },
    ]);
  });

  it('leaves historical passages, code and data-driven prices alone', () => {
    const text = '<Historical>\nIn 2024 it was $0.15 per million.\n</Historical>\n`$1 per million`\n```\nprice = "$2 per million"\n```\nNow <Price model="m" field="input" /> per million.';
    expect(hardCodedPrices(text)).toEqual([]);
  });
});
