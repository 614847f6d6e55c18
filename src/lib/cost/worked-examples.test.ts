/**
 * The worked cost examples pages print, checked against sums done by hand. Each `<Calc>` is read from the page
 * itself (so a changed formula or a wrong binding fails here) and evaluated on fixed prices, so the expected
 * numbers below stay hand-worked and do not drift when the model data is re-read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURE_FORMAT } from '../site/format.ts';
import type { ModelEntry } from '../models/model-data.ts';
import { CALC_RESULT, calcFigures, figuresFromModels } from '../models/priced-figures.ts';
import { gpuSchema, modelSchema, routeSchema } from '../schemas.ts';

const cited = { asOf: '2026-11-24', source: 'a-price-list' };
/** A hosted model at `price`; with `tuned` ({ input, output }), a tuning route on its API that serves the tuned model at those prices. */
const hosted = (id: string, price: Record<string, number>, tuned?: Record<string, number>): ModelEntry => ({
  id,
  file: `content/models/${id}.yaml`,
  data: modelSchema.parse({ provider: 'Provider', family: 'Family', modelId: id, name: id, kind: 'hosted', prices: [{ where: 'API', ...price, ...cited }] }),
  routes: tuned
    ? [
        {
          id: `${id}-api`,
          file: `content/routes/${id}-api.yaml`,
          data: routeSchema.parse({
            platform: 'API',
            operator: 'Provider',
            place: 'provider-api',
            family: 'Family',
            bases: [{ model: id }],
            methods: ['supervised'],
            access: [{ who: 'anyone', source: 'a-price-list' }],
            serving: { kind: 'per-token', ...tuned, ...cited },
            ...cited,
          }),
        },
      ]
    : [],
});
/** GPT-6 Luna as listed: $0.10 in, $0.01 cached, $0.125 cache write, $0.50 out. GPT-4.1 mini: $0.40 / $0.10 / $1.60, tuned $0.80 / $3.20. Claude Fable 5.2 and GPT-6.2 Astra: $8 in, $40 out. DeepSeek Flash off-peak: $0.15 in, $0.003 cache hit, $0.60 out. */
const models = new Map(
  [
    hosted('openai-gpt-6-luna', { input: 0.1, cachedInput: 0.01, cacheWrite: 0.125, output: 0.5 }),
    hosted('openai-gpt-4-1-mini', { input: 0.4, cachedInput: 0.1, output: 1.6 }, { input: 0.8, output: 3.2 }),
    hosted('anthropic-claude-fable-5-2', { input: 8, output: 40 }),
    hosted('openai-gpt-6-2-astra', { input: 8, output: 40 }),
    hosted('deepseek-deepseek-flash', { input: 0.15, cachedInput: 0.003, output: 0.6 }),
  ].map((m) => [m.id, m]),
);
/**
 * One H100 with two different serverless rates: $3.348 an hour for an always-on worker (billed around the clock; Runpod's
 * active-worker rate until May 2026, no longer published: content/gpus/ now prices an always-on worker at the standard
 * rate) and $4.176 for a flex worker (billed while it runs). The rates differ on purpose and the always-on one is
 * listed first, so a page that took "the first price" for a one-off training run would print $3.35, not $4.18, and
 * fail here.
 */
const gpus = new Map([
  [
    'nvidia-h100-80gb',
    gpuSchema.parse({
      name: 'NVIDIA H100 80GB',
      memoryGB: 80,
      memorySource: 'a-price-list',
      prices: [
        { where: 'Runpod always-on', billing: 'serverless-always-on', perHour: 3.348, ...cited },
        { where: 'Runpod flex', billing: 'serverless', perHour: 4.176, ...cited },
      ],
    }),
  ],
]);

/** Every `<Calc …/>` on a page, as its attributes. */
function calcsOn(page: string): Record<string, string>[] {
  const text = readFileSync(join(import.meta.dirname, '../../../content', page), 'utf8');
  return [...text.matchAll(/<Calc\b([^>]*?)\/>/g)].map((m) => {
    const attrs: Record<string, string> = {};
    for (const [, name, value] of m[1]!.matchAll(/(\w+)="([^"]*)"/g)) attrs[name!] = value!;
    if (/\bhistorical\b(?!=)/.test(m[1]!)) attrs.historical = 'true';
    return attrs;
  });
}

const day = { day: new Date(), refuseShutDown: false };

/** What every `<Calc>` on a page prints, in page order. */
const printed = (page: string) => calcsOn(page).map((attrs) => figuresFromModels(calcFigures(attrs), models, FIGURE_FORMAT, day, gpus).get(CALC_RESULT)!.text);

describe('the new guides print their hand-worked sums', () => {
  it('open-weight fine-tuning: a LoRA run on 2,000 examples of 700 tokens for 3 epochs', () => {
    // 2,000 × 700 × 3 = 4,200,000 tokens; at 4,699 tokens/s that is 893.8 s = 14.9 min = 0.2483 h;
    // 0.2483 h × $4.176 = $1.04; the hourly rate itself; a sweep of 8 one-hour runs = 8 × $4.176 = $33.41.
    expect(printed('guides/open-weight-fine-tuning.mdx')).toEqual(['4,200,000', '14.9', '$1.04', '$4.18', '$33.41']);
  });
  it('model lifecycle: up to 1.35 times the tokens on 2,000 million input tokens a month', () => {
    // 2,000 × 1.35 = 2,700 million tokens; the extra 2,700 − 2,000 = 700 million at Fable 5.2's $8 per million
    // = 700 × 8 = $5,600 a month.
    expect(printed('guides/model-lifecycle.mdx')).toEqual(['2,700', '$5,600']);
  });
});

/** The value of the `<Calc>` on `page` whose formula is `formula` (and, with `model`, whose prices all come from that model). */
function calc(page: string, formula: string, model?: string): number {
  const bindsOnly = (attrs: Record<string, string>) =>
    !model || Object.entries(attrs).every(([name, value]) => ['formula', 'format', 'historical'].includes(name) || value.startsWith(`${model}.`));
  const found = calcsOn(page).filter((a) => a.formula === formula && bindsOnly(a));
  expect(found, `${page}: one <Calc formula="${formula}">`).not.toHaveLength(0);
  const values = found.map((attrs) => figuresFromModels(calcFigures(attrs), models, FIGURE_FORMAT, day, gpus).get(CALC_RESULT)!.value);
  // The same formula may appear twice on a page (a table and its lesson); it must bind the same prices each time.
  for (const v of values) expect(v).toBeCloseTo(values[0]!, 10);
  return values[0]!;
}

describe('the cached many-shot prompt in the ticket-classification scenario', () => {
  const page = 'scenarios/ticket-classification.mdx';
  it('costs about a dollar a day: 3,000 × 36,000 = 108 MTok × $0.01', () => {
    expect(calc(page, '3000 * 36000 / 1000000 * c')).toBeCloseTo(1.08, 6);
    expect(calc(page, '3000 * 36000 / 1000000 * c * 30')).toBeCloseTo(32.4, 6);
    expect(calc(page, '3000 * 36000 / 1000000 * i')).toBeCloseTo(10.8, 6);
  });
});

describe('what tuning can save against a cached prompt (is-fine-tuning-cheaper FAQ)', () => {
  const page = 'faq/is-fine-tuning-cheaper.mdx';
  it('prices a thousand requests (4,000 cached + 500 fresh in, 200 out) and bounds the saving by the cached block', () => {
    expect(calc(page, '(4500 * i + 200 * o) / 1000')).toBeCloseTo(0.55, 6); // 450 + 100 = $550 per million requests
    expect(calc(page, '(4000 * c + 500 * i + 200 * o) / 1000')).toBeCloseTo(0.19, 6); // 40 + 50 + 100
    expect(calc(page, '(500 * i + 200 * o) / 1000')).toBeCloseTo(0.15, 6); // 50 + 100
    expect(calc(page, '4000 * c / 1000')).toBeCloseTo(0.04, 6); // 0.19 − 0.15
    expect(calc(page, '4000 * c * 300')).toBeCloseTo(12000, 6); // 1.2 million MTok a month × $0.01
  });
});

describe('the same bound in the prompt-caching FAQ, as a share of the bill', () => {
  const page = 'faq/prompt-caching-vs-fine-tuning.mdx';
  it('leaves tuning 40 ÷ 190 of the cached bill, against 400 ÷ 550 uncached; on GPT-4.1 mini the cached base won, $0.92 to $1.04', () => {
    expect(calc(page, '(4000 * c) / (4000 * c + 500 * i + 200 * o)')).toBeCloseTo(40 / 190, 6);
    expect(calc(page, '(4000 * i) / (4500 * i + 200 * o)')).toBeCloseTo(400 / 550, 6);
    expect(calc(page, '(500 * ti + 200 * to) / 1000')).toBeCloseTo(1.04, 6); // 400 + 640
  });
});

describe('the 10M-requests scenario sets the GPU floor beside the whole cached bill', () => {
  const page = 'scenarios/scale-10m-requests.mdx';
  it('cached bill $36,000 (12,000 + 9,000 + 15,000); four always-on H100s for 720 hours at the fixture’s $3.348, 2,880 × $3.348 = $9,642.24, are 9,642.24 ÷ 36,000 of it', () => {
    expect(calc(page, '1200000 * c + 90000 * i + 30000 * o')).toBeCloseTo(36000, 6);
    expect(calc(page, '2880 * h100')).toBeCloseTo(9642.24, 6);
    expect(calc(page, '2880 * h100 / (1200000 * c + 90000 * i + 30000 * o)')).toBeCloseTo(9642.24 / 36000, 6);
  });
});

describe('the 10M-requests scenario blends DeepSeek’s peak hours into its cache-hit row', () => {
  it('1,200,000 MTok × $0.003 = $3,600 off-peak; 35 of 168 hours at double price: $3,600 × (1 + 35/168) = $4,350', () => {
    expect(calc('scenarios/scale-10m-requests.mdx', '1200000 * c * (1 + 35 / 168)')).toBeCloseTo(4350, 6);
  });
});

describe('the cost guide compares a tuned model with a cache on the same model', () => {
  const page = 'guides/cost-and-latency.mdx';
  it('on GPT-4.1 mini: a 4× bar ((2 − 1) markup over a 25% cache price), $168,000 tuned against $204,000 cached, a base price 4× GPT-6 Luna', () => {
    // At the bar the inputs cost the same: a 300-token prompt tuned, 300 × $0.80 = $240 per million requests, against a
    // 1,200-token cached block plus the same prompt, 1,200 × $0.10 + 300 × $0.40 = $240.
    expect(calc(page, '(ti / i - 1) / (c / i)')).toBeCloseTo(4, 6);
    expect(calc(page, '90000 * ti + 30000 * to')).toBeCloseTo(168000, 6); // 72,000 + 96,000
    expect(calc(page, '1200000 * c + 90000 * i + 30000 * o', 'openai-gpt-4-1-mini')).toBeCloseTo(204000, 6); // 120,000 + 36,000 + 48,000
    expect(calc(page, '1200000 * c + 90000 * i + 30000 * o', 'openai-gpt-6-luna')).toBeCloseTo(36000, 6); // row B
    expect(calc(page, 'm / l')).toBeCloseTo(4, 6);
  });
  it('a tenth of row B’s requests missing the cache rewrites it: 0.1 × 1,200,000 MTok × ($0.125 − $0.01) = $13,800 a month', () => {
    expect(calc(page, '0.1 * 1200000 * (w - c)')).toBeCloseTo(13800, 6);
  });
  it('row D: four always-on H100s all month at the fixture’s $3.348, 2,880 × $3.348 = $9,642.24, and the gap to row B, $36,000 − $9,642.24 = $26,357.76', () => {
    expect(calc(page, '2880 * h100')).toBeCloseTo(9642.24, 6);
    expect(calc(page, '1200000 * c + 90000 * i + 30000 * o - 2880 * h100')).toBeCloseTo(26357.76, 6);
  });
});

describe('the prototyping scenario prices its pilot on the flagship and on the low-cost tier', () => {
  const page = 'scenarios/prototyping.mdx';
  it('300 MTok in and 30 MTok out a month: GPT-6.2 Astra 300 × $8 + 30 × $40 = $3,600; GPT-6 Luna 300 × $0.10 + 30 × $0.50 = $45', () => {
    expect(calc(page, '300 * i + 30 * o', 'openai-gpt-6-2-astra')).toBeCloseTo(3600, 6);
    expect(calc(page, '300 * i + 30 * o', 'openai-gpt-6-luna')).toBeCloseTo(45, 6);
  });
});
