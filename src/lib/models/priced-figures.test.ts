import { describe, expect, it } from 'vitest';
import { FIGURE_FORMAT } from '../site/format.ts';
import type { ModelEntry } from './model-data.ts';
import { CALC_RESULT, calcFigures, figuresFromModels, questionFigureProblems, questionFigures, withFigures } from './priced-figures.ts';
import { gpuSchema, modelSchema, questionSchema } from '../schemas.ts';

const cited = { asOf: '2026-11-01', source: 'a-2026-price-list' };
const model = (id: string, input: number, shutdown?: string): ModelEntry => ({
  id,
  file: `content/models/${id}.yaml`,
  data: modelSchema.parse({
    provider: 'Acme',
    family: 'Acme',
    modelId: id,
    name: id.toUpperCase(),
    kind: 'hosted',
    prices: [{ where: 'Acme API', input, output: input * 5, ...cited }],
    ...(shutdown ? { lifecycle: { shutdown, source: 'a-2026-deprecations' } } : {}),
  }),
});
const models = [model('acme-small', 0.1), model('acme-large', 4), model('acme-old', 15, '2026-06-01')];
const byId = new Map(models.map((m) => [m.id, m]));
const today = new Date('2026-11-24');

const question = (figures: Record<string, unknown>, text = 'Saves {saving} at {small} per million.', first = { text: 'About {saving}', feedback: 'Right: {small} and {large}.' }) =>
  questionSchema.parse({
    order: 1,
    topic: 'cost',
    difficulty: 'intermediate',
    guide: 'a-guide',
    section: 'a-section',
    supports: ['what the key rests on'],
    figures,
    quiz: {
      question: text,
      options: [
        { ...first, correct: true },
        { text: 'B', feedback: 'b' },
        { text: 'C', feedback: 'c' },
        { text: 'D', feedback: 'd' },
      ],
      explanation: 'Blend the prices by share.',
    },
  });

const current = {
  small: { model: 'acme-small', field: 'input' },
  large: { model: 'acme-large', field: 'input' },
  saving: { formula: '1 - (0.7 * small + 0.3 * large) / large', format: 'percent' },
};

describe('questions priced from the model data', () => {
  it('fills every text of the question with the figures', () => {
    const q = question(current);
    const filled = withFigures(q, questionFigures(q, byId, today, FIGURE_FORMAT));
    expect(filled.quiz.question).toBe('Saves 68.3% at $0.10 per million.');
    expect(filled.quiz.options[0]).toMatchObject({ text: 'About 68.3%', feedback: 'Right: $0.10 and $4.00.' });
  });

  it('follows a price change: the same question reads differently when the data changes', () => {
    const q = question(current);
    const cheaper = new Map(byId).set('acme-large', model('acme-large', 2));
    expect(withFigures(q, questionFigures(q, cheaper, today, FIGURE_FORMAT)).quiz.question).toBe('Saves 66.5% at $0.10 per million.');
  });

  it('refuses a figure read from a model that has shut down, unless marked historical', () => {
    const old = question({ ...current, large: { model: 'acme-old', field: 'input' } });
    expect(questionFigureProblems([{ file: 'content/questions/q.yaml', data: old }], models, today, FIGURE_FORMAT)).toEqual([
      'content/questions/q.yaml: figures: ACME-OLD shut down on 2026-06-01; use a current model or mark the figure historical: true',
    ]);
    const marked = question({ ...current, large: { model: 'acme-old', field: 'input', historical: true } });
    expect(questionFigureProblems([{ file: 'q.yaml', data: marked }], models, today, FIGURE_FORMAT)).toEqual([]);
  });

  it('refuses a figure read from a model its maker has superseded, naming the newer one, unless marked historical', () => {
    const superseded: ModelEntry = { ...model('acme-prev', 0.2), data: { ...model('acme-prev', 0.2).data, lifecycle: { supersededBy: 'acme-small', source: 'a-2026-models' } } };
    const all = [...models, superseded];
    const prev = question({ ...current, small: { model: 'acme-prev', field: 'input' } });
    expect(questionFigureProblems([{ file: 'q.yaml', data: prev }], all, today, FIGURE_FORMAT)).toEqual([
      'q.yaml: figures: ACME-PREV is superseded by ACME-SMALL (acme-small); use it or mark the figure historical: true',
    ]);
    const marked = question({ ...current, small: { model: 'acme-prev', field: 'input', historical: true } });
    expect(questionFigureProblems([{ file: 'q.yaml', data: marked }], all, today, FIGURE_FORMAT)).toEqual([]);
  });

  it('names the file, model and field when a model or a price does not exist', () => {
    const ghost = question({ ...current, small: { model: 'ghost', field: 'input' } });
    const unpriced = question({ ...current, small: { model: 'acme-small', field: 'cachedInput' } });
    expect(questionFigureProblems([{ file: 'a.yaml', data: ghost }, { file: 'b.yaml', data: unpriced }], models, today, FIGURE_FORMAT)).toEqual([
      'a.yaml: figures: model "ghost" is not a file in content/models/',
      expect.stringMatching(/^b\.yaml: figures: acme-small cachedInput: /),
    ]);
  });

  it('is rejected by the schema when a text names a figure that is not declared', () => {
    expect(() => question({ small: current.small }, 'At {small}, saves {saving}.', { text: 'A', feedback: 'a' })).toThrow('{saving} names no entry of figures');
  });

  it('leaves a question without figures as it is', () => {
    const q = question({}, 'Plain text, no figures.', { text: 'A', feedback: 'a' });
    expect(withFigures(q, questionFigures(q, byId, today, FIGURE_FORMAT))).toBe(q);
  });
});

describe('a <Calc> binds a GPU hour by how it is billed', () => {
  const gpus = new Map([
    [
      'acme-gpu',
      gpuSchema.parse({
        name: 'Acme GPU',
        memoryGB: 80,
        memorySource: 'a-2026-price-list',
        prices: [
          { where: 'Host A always-on', billing: 'serverless-always-on', perHour: 3, ...cited },
          { where: 'Host A flex', billing: 'serverless', perHour: 4, ...cited },
          { where: 'Host B', billing: 'on-demand', perHour: 10, ...cited },
        ],
      }),
    ],
  ]);
  const run = (attrs: Record<string, string>) =>
    figuresFromModels(calcFigures(attrs), byId, FIGURE_FORMAT, { day: today, refuseShutDown: false }, gpus).get(CALC_RESULT)!.value;

  it('reads the price of the billing it names, not the first listed', () => {
    // A 15-minute run: 0.25 h × $4 flex = $1; all month always-on: 720 h × $3 = $2,160; on demand 2 h × $10 = $20.
    expect(run({ formula: '0.25 * g', g: 'acme-gpu.perHour.serverless' })).toBe(1);
    expect(run({ formula: '720 * g', g: 'acme-gpu.perHour.serverless-always-on' })).toBe(2160);
    expect(run({ formula: '2 * g', g: 'acme-gpu.perHour.on-demand' })).toBe(20);
  });

  it('refuses a GPU binding that does not say how the hour is billed, or a billing the GPU has no price for', () => {
    expect(() => run({ formula: 'g', g: 'acme-gpu.perHour' })).toThrow(/say how acme-gpu is billed.*serverless-always-on/);
    const oneBilling = new Map([['acme-gpu', gpuSchema.parse({ ...gpus.get('acme-gpu')!, prices: [gpus.get('acme-gpu')!.prices[0]!] })]]);
    expect(() =>
      figuresFromModels(calcFigures({ formula: 'g', g: 'acme-gpu.perHour.on-demand' }), byId, FIGURE_FORMAT, { day: today, refuseShutDown: false }, oneBilling),
    ).toThrow(/acme-gpu has no on-demand price \(it lists serverless-always-on\)/);
  });
});
