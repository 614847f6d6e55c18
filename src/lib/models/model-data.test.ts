import { describe, expect, it } from 'vitest';
import { modelSchema, routeSchema } from '../schemas.ts';
import {
  endedPrices,
  findModelMentions,
  modelMentionProblems,
  nextPrice,
  pricesInForce,
  hardCodedPrices,
  modelFigure,
  stalePrices,
  type ModelEntry,
} from './model-data.ts';
import type { RouteEntry } from './tuning-routes.ts';
import { lifecycleEvents, lifecycleStatus, shutdownDetail, supersededByProblems } from './lifecycle.ts';
import { FIGURE_FORMAT } from '../site/format.ts';

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
    const found = findModelMentions('<Calc formula="a / b + g" a="openai-gpt-4o-mini.input" b="openai-gpt-4.output" g="nvidia-h100-80gb.perHour.on-demand" historical />', models);
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
  it('says beside a shutdown the replacement named and, when the date was read only in copies, how it was read', () => {
    const life = { shutdown: new Date('2027-01-14'), replacement: 'next-1', reported: 'read in copies of the page', source: 'a-2026-deprecations' };
    expect(shutdownDetail(life)).toBe('replacement named: next-1; read in copies of the page');
    expect(shutdownDetail({ ...life, reported: undefined })).toBe('replacement named: next-1');
    expect(shutdownDetail({ shutdown: life.shutdown, source: life.source })).toBeUndefined();
    const reported = { ...mini, data: { ...mini.data, lifecycle: { ...mini.data.lifecycle!, reported: 'read in copies of the page' } } };
    expect(lifecycleEvents([reported], new Date('2026-11-24')).find((e) => e.what === 'shutdown')!.detail).toBe('read in copies of the page');
  });
});

describe('modelFigure', () => {
  const format = FIGURE_FORMAT;
  const day = new Date('2026-12-07');
  it('prints a price-list field and a tuning field with the day they were read', () => {
    expect(modelFigure(mini, 'cachedInput', undefined, format, day)).toMatchObject({ value: 0.075, text: '$0.075', source: 'a-2026-price-list' });
    expect(modelFigure(withRoutes, 'trainingPerMTok', 'Tuning API', format, day).text).toBe('$3.00');
    expect(modelFigure(withRoutes, 'trainingPerMTok', undefined, format, day).value).toBe(3);
    expect(modelFigure(mini, 'batchDiscount', undefined, format, day).text).toBe('50%');
  });

  it('multiplies a price for a worked example and prints the total as money', () => {
    expect(modelFigure(mini, 'input', undefined, format, day, 1_200_000)).toMatchObject({ value: 180_000, text: '$180,000' });
    expect(() => modelFigure(mini, 'batchDiscount', undefined, format, day, 2)).toThrow('cannot multiply batchDiscount');
  });

  it('refuses a figure the data does not publish, naming model and field', () => {
    expect(() => modelFigure(mini, 'cacheWrite', undefined, format, day)).toThrow('content/models/openai-gpt-4o-mini publishes no cacheWrite');
    expect(() => modelFigure(mini, 'input', 'Some host', format, day)).toThrow('publishes no input at "Some host"');
    expect(() => modelFigure(withRoutes, 'tunedInput', undefined, format, day)).toThrow('no route in content/routes/ publishes tunedInput for openai-gpt-4o-mini (its routes: Tuning API)');
    expect(() => modelFigure(mini, 'trainingPerMTok', undefined, format, day)).toThrow('its routes: none');
  });

  it('refuses a figure the block lists as unconfirmed, saying so rather than that none is published', () => {
    const haiku = entry('anthropic-claude-haiku-5-5', { ...base(), prices: [{ where: 'Claude API', input: 0.1, cacheWrite: 0.125, output: 0.5, unconfirmed: ['cachedInput'], ...cited }] });
    expect(() => modelFigure(haiku, 'cachedInput', undefined, format, day)).toThrow('content/models/anthropic-claude-haiku-5-5 lists cachedInput as unconfirmed');
    expect(modelFigure(haiku, 'cacheWrite', undefined, format, day).text).toBe('$0.125');
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

  it('skips code blocks as the page renders them: a longer fence closes one, and one never closed runs to the end', () => {
    const text = '````\n$2 per million\n`````\n$3 per million\n~~~\n$4 per million';
    expect(hardCodedPrices(text)).toEqual([{ line: 4, figure: '$3' }]);
  });
});

/** A model whose introductory price ends on 2026-12-31 and whose announced follow-on starts on 2027-01-01 (hand-worked: 0.75 → 1.50). */
const flash = entry('google-flash', {
  provider: 'Google',
  family: 'Gemini',
  modelId: 'flash',
  name: 'Flash',
  kind: 'hosted',
  prices: [
    { where: 'Gemini API', input: 0.75, cachedInput: 0.075, output: 3.75, until: '2026-12-31', ...cited },
    { where: 'Gemini API', input: 1.5, cachedInput: 0.15, output: 7.5, from: '2027-01-01', ...cited },
    { where: 'Other host', input: 2, output: 8, ...cited },
  ],
});

describe('scheduled prices', () => {
  const on = (iso: string) => new Date(iso);

  it('reads the introductory price through its last day, the new one from its first, for every consumer of modelFigure', () => {
    expect(modelFigure(flash, 'input', undefined, FIGURE_FORMAT, on('2026-12-30')).value).toBe(0.75);
    expect(modelFigure(flash, 'input', undefined, FIGURE_FORMAT, on('2026-12-31')).value).toBe(0.75);
    expect(modelFigure(flash, 'input', undefined, FIGURE_FORMAT, on('2027-01-01')).value).toBe(1.5);
    expect(modelFigure(flash, 'output', 'gemini api', FIGURE_FORMAT, on('2027-01-02')).text).toBe('$7.50');
    expect(modelFigure(flash, 'cachedInput', undefined, FIGURE_FORMAT, on('2027-01-01'), 1_000).text).toBe('$150');
  });

  it('keeps one list per place, in the order the file names the places', () => {
    expect(pricesInForce(flash.data, on('2026-12-31')).map((p) => [p.where, p.input])).toEqual([['Gemini API', 0.75], ['Other host', 2]]);
    expect(pricesInForce(flash.data, on('2027-01-01')).map((p) => [p.where, p.input])).toEqual([['Gemini API', 1.5], ['Other host', 2]]);
  });

  it('names the next announced price until it starts', () => {
    expect(nextPrice(flash.data, 'Gemini API', on('2026-12-31'))?.input).toBe(1.5);
    expect(nextPrice(flash.data, 'Gemini API', on('2027-01-01'))).toBeUndefined();
    expect(nextPrice(flash.data, 'Other host', on('2026-12-31'))).toBeUndefined();
  });

  it('does not call a price ended while the one announced after it is in force', () => {
    expect(endedPrices([flash], on('2027-02-01'))).toEqual([]);
  });

  it('calls a price ended the day after its until when nothing follows it, naming the field', () => {
    const alone = entry('google-alone', { ...flash.data, prices: [flash.data.prices[0]] });
    expect(endedPrices([alone], on('2026-12-31'))).toEqual([]);
    expect(endedPrices([alone], on('2027-01-01'))).toEqual([{ file: alone.file, field: 'prices[0].until', until: new Date('2026-12-31') }]);
  });

  it('exempts an ended block from the age check but not the block in force', () => {
    expect(stalePrices([flash], [], on('2027-12-01'), 365).map((f) => f.field)).toEqual(['prices[1].asOf', 'prices[2].asOf']);
  });

  it('refuses a place with no price in force on the day, naming model and day', () => {
    const later = entry('google-later', { ...flash.data, prices: [flash.data.prices[1]] });
    expect(() => modelFigure(later, 'input', undefined, FIGURE_FORMAT, on('2026-12-31'))).toThrow('publishes no input in force on 2026-12-31');
  });
});

describe('price windows in the schema', () => {
  const base = { provider: 'Google', family: 'Gemini', modelId: 'ff', name: 'Flash F', kind: 'hosted' };
  const block = (extra: Record<string, unknown>) => ({ where: 'Gemini API', input: 1, output: 2, ...cited, ...extra });
  const issues = (prices: unknown[]) => {
    const result = modelSchema.safeParse({ ...base, prices });
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts back-to-back windows and the same days at different places', () => {
    expect(issues([block({ until: '2026-12-31' }), block({ from: '2027-01-01' }), block({ where: 'Host', until: '2026-12-31' })])).toEqual([]);
  });

  it('rejects two windows for one place sharing a day, naming the field', () => {
    expect(issues([block({ until: '2027-01-01' }), block({ from: '2027-01-01' })])).toEqual([
      'prices.1.from: overlaps prices[0] for "Gemini API": give each block for one place its own days with from/until',
    ]);
  });

  it('rejects a figure that is both given and listed as unconfirmed, naming the field', () => {
    expect(issues([block({ cachedInput: 0.01, unconfirmed: ['cachedInput'] })])).toEqual(['prices.0.unconfirmed: cachedInput has a value and is listed as unconfirmed: keep one']);
    expect(issues([block({ unconfirmed: ['cachedInput', 'batchDiscount'] })])).toEqual([]);
    expect(issues([block({ unconfirmed: ['output'] })])).toHaveLength(1);
  });

  it('rejects two open-ended lists for one place, and a window that ends before it starts', () => {
    expect(issues([block({}), block({ where: 'gemini api' })])).toHaveLength(1);
    expect(issues([block({ from: '2027-02-01', until: '2027-01-01' })])).toEqual(['prices.0.until: until 2027-01-01 is before from 2027-02-01']);
  });
});

describe('lifecycleStatus', () => {
  const day = new Date('2026-12-07');
  const life = (extra: Record<string, unknown>) => ({ lifecycle: { source: 'a-2026-deprecations', ...extra } }) as never;

  it('marks an announced shutdown as deprecated until the day, then shut down', () => {
    expect(lifecycleStatus(life({ shutdown: new Date('2027-01-14') }), day)).toBe('deprecated');
    expect(lifecycleStatus(life({ shutdown: new Date('2027-01-14') }), new Date('2027-01-14'))).toBe('deprecated');
    expect(lifecycleStatus(life({ shutdown: new Date('2027-01-14') }), new Date('2027-01-15'))).toBe('shut down');
  });

  it('marks a model the maker has replaced without a shutdown as superseded, and one with neither as current', () => {
    expect(lifecycleStatus(life({ supersededBy: 'openai-gpt-6-luna' }), day)).toBe('superseded');
    expect(lifecycleStatus(life({ supersededBy: 'x', shutdown: new Date('2027-03-01') }), day)).toBe('deprecated');
    expect(lifecycleStatus({} as never, day)).toBe('current');
  });

  it('refuses a page naming a superseded model as a current choice, naming the newer model, and lets a historical mention pass', () => {
    const luna = entry('openai-gpt-6-luna', { ...base(), modelId: 'gpt-6-luna', name: 'GPT-6 Luna' });
    const old = entry('openai-gpt-5-6-luna', { ...base(), modelId: 'gpt-5.6-luna', name: 'GPT-5.6 Luna', lifecycle: { supersededBy: 'openai-gpt-6-luna', source: 'a' } });
    const page = (text: string) => [{ file: 'content/scenarios/s.mdx', text, firstLine: 10 }];
    const row = '| <ModelName id="openai-gpt-5-6-luna" />, cache reads | <Price model="openai-gpt-5-6-luna" field="cachedInput" /> |';
    expect(modelMentionProblems(page(`intro\n${row}`), [luna, old], day)).toEqual([
      'content/scenarios/s.mdx:11: names GPT-5.6 Luna (content/models/openai-gpt-5-6-luna), superseded by GPT-6 Luna (content/models/openai-gpt-6-luna); ' +
        'name GPT-6 Luna, or mark the mention historical (<ModelName id="openai-gpt-5-6-luna" historical /> or <Historical>…</Historical>)',
    ]);
    expect(modelMentionProblems(page('We moved off GPT-5.6 Luna.'), [luna, old], day)).toHaveLength(1);
    expect(modelMentionProblems(page('<ModelName id="openai-gpt-5-6-luna" historical /> and <ModelName id="openai-gpt-6-luna" />'), [luna, old], day)).toEqual([]);
    // The same page passed before the maker named a successor.
    const before = entry('openai-gpt-5-6-luna', { ...base(), modelId: 'gpt-5.6-luna', name: 'GPT-5.6 Luna' });
    expect(modelMentionProblems(page(row), [luna, before], day)).toEqual([]);
  });

  it('refuses a supersededBy that names no model file', () => {
    const old = entry('old', { ...base(), lifecycle: { supersededBy: 'no-such-model', source: 'a' } });
    expect(supersededByProblems([old])).toEqual(['content/models/old.yaml: lifecycle.supersededBy names no model in content/models/ ("no-such-model")']);
    expect(supersededByProblems([old, entry('no-such-model', base())])).toEqual([]);
  });
});

function base() {
  return { provider: 'OpenAI', family: 'GPT', modelId: 'mm', name: 'Model M', kind: 'hosted' };
}
