/** The support-email case from issue 14, worked by hand, through the flips and the decision record. */
import { describe, expect, it } from 'vitest';
import { compare, cheapest, type OptionId } from './cost.ts';
import { emailCase } from './cases.ts';
import type { Preset } from './presets.ts';
import { defaultState, parseState, stateParams, toCostInputs, type CalculatorState } from './fields.ts';
import { flipAssumptions, type Formatters } from './flips.ts';
import { costRecordInput, wizardQueryOf } from './record.ts';
import { renderDecisionRecord } from '../decision/record.ts';
import { formatMoney, formatNumber, formatPercent } from '../site/format.ts';

const format: Formatters = { money: (n) => formatMoney(n, 'en-US'), count: (n) => formatNumber(n, 'en-US', 2), percent: (f) => formatPercent(f, 'en-US') };

// 2 million support emails a month into 40 categories: ~2,500 prompt tokens (instructions, the 40 categories,
// 15 examples), 300 tokens of email, a 5-token label.
export const supportEmails: CalculatorState = {
  ...defaultState(),
  per: 'month',
  values: {
    ...defaultState().values,
    vol: 2_000_000,
    au: 300,
    ao: 5,
    ap: 2500,
    ai: 0.15,
    ac: 0.075,
    aw: 0.15,
    aop: 0.6,
    tp: 3,
    gm: 80,
    gh: 2,
    cl: 32,
    ckv: 8,
    chd: 128,
    gd: 2000,
    gp: 10_000,
    gth: 3,
  },
};

describe('the support-email case', () => {
  const inputs = toCostInputs(supportEmails);
  const result = compare(inputs);
  it('costs what the hand calculation says', () => {
    // A: (2,500 + 300) × $0.15 + 5 × $0.60 = 420 + 3 = 423 per MTok-request → × 2,000,000 / 1e6 = $846
    expect(result.options.a.monthly).toBeCloseTo(846, 9);
    // B: (200 + 300) × $0.30 + 5 × $1.20 = 156 → $312; training 2M × 3 × $3 / 1e6 = $18, × 4 / 12 = $6 → $318
    expect(result.options.b.monthly).toBeCloseTo(318, 9);
    // C: 0.7716 req/s × 2 peak = 1.5432 req/s × (300 ÷ 10,000 + 5 ÷ 2,000 = 0.0325 GPU-s) = 0.05 GPUs busy,
    // ÷ 60 % → 1 GPU × 720 h × $2 = $1,440 (the 200-token fixed prompt is read from the prefix cache);
    // training 3 GPU-hours × $2 = $6 a run, four a year → $2 a month: $1,442.
    expect(result.options.c.monthly).toBeCloseTo(1442, 9);
    expect(cheapest(result, supportEmails.options)).toBe('b');
  });
  it('names the assumptions that would flip it, the cheaper steps and the rule first among them', () => {
    const flips = flipAssumptions(inputs, supportEmails.options, format);
    const text = flips.map((f) => f.text).join('\n');
    // Caching every prompt: 2,500 × $0.075 + 300 × $0.15 + 5 × $0.60 = 187.5 + 45 + 3 = 235.5 → $471: still above $318.
    expect(text).toContain('A would cost $471 a month, still more than B: hosted tuned');
    // Batching everything at 50 % off: $846 / 2 = $423.
    expect(text).toContain('A would cost $423 a month, still more than B');
    // Half the prompt: 1,250 × $0.15 + 45 + 3 = 235.5 → $471, still above $318.
    expect(text).toContain('with half the few-shot prompt (1,250 tokens), A would cost $471 a month.');
    expect(text).toContain('routing the easy requests');
    // A vs B break-even: A $0.000423 vs B $0.000156 a request + $6 a month → 6 / 0.000267 = 22,472 requests.
    expect(text).toMatch(/below about 22,47\d requests a month/);
    expect(text).toContain('Cost alone is not a reason to fine-tune');
    expect(flips.find((f) => f.text.startsWith('Cost alone'))!.href).toBe('/guides/fine-tuning/#the-three-conditions');
  });
  it('flips to A when caching alone beats the tuned options', () => {
    const cheapB = { ...supportEmails, values: { ...supportEmails.values, bi: 0.2, ac: 0.015 } };
    const flips = flipAssumptions(toCostInputs(cheapB), cheapB.options, format);
    // B: 500 × 0.2 + 6 = 106 → $212 + $6 = $218. A cached: 2,500 × 0.015 + 45 + 3 = 85.5 → $171 < $218.
    const caching = flips.find((f) => f.text.startsWith('Caching'))!;
    expect(caching.flips).toBe(true);
    expect(caching.text).toContain('$171');
    expect(caching.text).toContain('turn caching on before tuning');
  });
  it('goes into a decision record with its costs, inputs and reproducing link', () => {
    const link = `https://tune-or-prompt.example/calculator/?${stateParams(supportEmails)}`;
    const markdown = renderDecisionRecord(
      costRecordInput({ state: supportEmails, presets: new Map(), sourceOf: () => undefined, link, siteUrl: 'https://tune-or-prompt.example', date: '2026-11-24', format }),
    );
    expect(markdown).toContain('# Serve the feature with option B: hosted fine-tuned model');
    expect(markdown).toContain('| A: hosted model, few-shot prompt | $846 |');
    expect(markdown).toContain('| B: hosted fine-tuned model (cheapest) | $318 | $18 |');
    expect(markdown).toContain('| C: open weights, LoRA, self-hosted | $1,442 | $6 |');
    expect(markdown).toContain('| C: Where the throughput comes from | entered by hand |');
    expect(markdown).toContain('1. **A: hosted model, few-shot prompt**: $846 a month; latency not estimated (no speed entered); lost: $528 a month more than B');
    expect(markdown).toContain('| Volume | 2,000,000 requests a month |');
    expect(markdown).toContain('| A: Cached input price ($ per MTok) | 0.075 |');
    expect(markdown).toContain('- All prices: entered by hand');
    // The link inside restores the same state.
    const url = new URL(markdown.match(/Reproduce the result: \[[^\]]*\]\(<([^>]+)>\)/)![1]!);
    expect(parseState(url.search, new Set()).state).toEqual(supportEmails);
  });
});

describe('latency against a p95 target in the record', () => {
  // Target 1 s. A: 0.4 s + 5 tokens ÷ 100/s = 0.45 s, within 80 % of the target → meets.
  // C: NIM's 70B figures at 50 requests, 0.83451 s + 5 × 0.05973 s = 1.1332 s → misses. B: no speed → unknown.
  const state: CalculatorState = { ...supportEmails, values: { ...supportEmails.values, lt: 1, lat: 0.4, las: 100, lct: 0.83451, lcs: 1 / 0.05973 } };
  const result = compare(toCostInputs(state));
  it('gives each option its verdict', () => {
    expect(result.options.a.latencySeconds).toBeCloseTo(0.45, 12);
    expect(result.options.a.latencyVerdict).toBe('meets');
    expect(result.options.b.latencyVerdict).toBe('unknown');
    expect(result.options.c.latencySeconds).toBeCloseTo(1.13316, 5);
    expect(result.options.c.latencyVerdict).toBe('misses');
  });
  it('writes the target, the estimate and the verdicts into the record', () => {
    const markdown = renderDecisionRecord(costRecordInput({ state, presets: new Map(), sourceOf: () => undefined, link: 'https://example.org/calculator/', siteUrl: 'https://example.org', date: '2026-12-07', format }));
    expect(markdown).toContain('Answers must arrive within 1 s at the 95th percentile');
    expect(markdown).toContain('about 0.45 s (estimate from median or mean figures), meets the target');
    expect(markdown).toContain('about 1.13 s (estimate from median or mean figures), misses the target');
    expect(markdown).toContain('not estimated (no speed entered), unknown: enter its time to first token and output speed');
  });
});

describe('records for each kind of input', () => {
  const preset = (p: Partial<Preset> & Pick<Preset, 'id' | 'slot' | 'fields'>): Preset => ({ label: p.id, current: true, asOf: '2026-11-24', source: 'x', sources: [{ what: 'prices', source: 'x', asOf: '2026-11-24' }], notes: [], ...p });
  const flash = preset({
    id: 'a:flash:api',
    slot: 'a',
    label: 'Flash, API, price until 2026-12-31',
    until: '2026-12-31',
    fields: { ai: 0.75, ac: 0.075, aw: 0.75, aop: 3.75, abd: 50 },
    notes: ['Introductory prices, good through 31 Dec 2026. From 1 Jan 2027 the list is $1.50 input.', 'A reasoning model: Thinking tokens are billed at the output price. Enter its reasoning tokens per request.'],
  });
  const mini = preset({ id: 'b:mini:tuning', slot: 'b', label: 'Mini, tuning API', fields: { tp: 5, bi: 0.8, bop: 3.2 }, newJobsUntil: '2027-01-05', tunedShutdown: '2027-01-14', notes: ['Tuned models stop answering after 2027-01-14.'] });
  const gpu = preset({ id: 'g:x:cloud', slot: 'g', label: 'GPU X, Cloud: $2 per hour', fields: { gm: 80, gh: 2 }, sources: [{ what: 'hourly price', source: 'x', asOf: '2026-11-24' }] });
  // The pair's own benchmark, as servingPresets gives it.
  const serving = preset({
    id: 's:open-7b:x',
    slot: 's',
    label: 'Open 7B on GPU X',
    fields: { gd: 2000, gp: 10_000, ccon: 64, cbits: 16 },
    sources: [{ what: 'serving benchmark (vLLM)', source: 'bench', asOf: '2026-09-01' }],
    notes: ['Open 7B on GPU X with vLLM, 16-bit weights, 64 requests at once, 512 input and 128 output tokens each: 2,000 output tokens/s.', 'Prompt throughput as published.'],
  });
  const presets = new Map([flash, mini, gpu, serving].map((p) => [p.id, p]));
  const emailState = (wizard?: string) => {
    const opening = emailCase([flash, mini]);
    const state = { ...opening.state, options: ['a', 'b', 'c'] as OptionId[], values: { ...opening.state.values, ar: 200, ...gpu.fields, ...serving.fields, cl: 32, ckv: 8, chd: 128, gth: 3 }, presets: { ...opening.state.presets, g: gpu.id, s: serving.id } };
    return renderDecisionRecord(
      costRecordInput({ state, presets, sourceOf: () => undefined, link: `https://tune-or-prompt.example/calculator/?${stateParams(state)}${wizard ? `&${wizard.slice(1)}` : ''}`, siteUrl: 'https://tune-or-prompt.example', date: '2026-12-07', format, caseDescription: opening.description, ...(wizard ? { wizardQuery: wizard } : {}) }),
    );
  };
  it('the worked case: its workload, an introductory price’s end, a route’s last day, reasoning tokens, the throughput’s source', () => {
    const md = emailCase([flash, mini]);
    const record = emailState();
    expect(record).toContain(md.description.slice(0, 60));
    expect(record).toContain('A’s price (Flash, API, price until 2026-12-31) is announced to hold until 2026-12-31: Introductory prices');
    expect(record).toContain('B’s tuning route (Mini, tuning API) takes new jobs until 2027-01-05');
    // 7 December 2026 to 14 January 2027: 24 + 14 = 38 days, and B's training is repaid within its first month.
    expect(record).toContain('B’s tuned model (Mini, tuning API) stops answering after 2027-01-14, 38 days after this record: its savings count only until then;');
    expect(record).toMatch(/\*\*B: hosted fine-tuned model\*\* \(chosen\): .*the tuned model stops answering after 2027-01-14/);
    expect(md.description).toContain('which takes new tuning jobs until 2027-01-05 and tuned models stop answering after 2027-01-14');
    expect(record).toContain('Reasoning tokens: A counts 200 a request, billed at the output price (Flash, API, price until 2026-12-31 is a reasoning model)');
    expect(record).toContain('| C: Where the throughput comes from | measured, vLLM, 2026-09-01: Open 7B on GPU X with vLLM, 16-bit weights, 64 requests at once, 512 input and 128 output tokens each: 2,000 output tokens/s |');
    expect(record).toContain('- A: hosted prices, Flash, API, price until 2026-12-31, prices: as of 2026-11-24, holds until 2026-12-31');
    expect(record).toMatch(/\*\*B: hosted fine-tuned model\*\* \(chosen\): .*the tuning route takes new jobs until 2027-01-05/);
    expect(record).toMatch(/\*\*A: hosted model, few-shot prompt\*\*: \$3,083 a month; .*lost: \$2,145 a month more than B/);
  });
  it('a tuned model that stops answering before it pays back: the record says its training is not repaid', () => {
    // B at $5 per MTok of input costs more than A a month, so no saving ever repays its training run.
    const state = { ...supportEmails, values: { ...supportEmails.values, bi: 5 }, presets: { b: mini.id } };
    const md = renderDecisionRecord(costRecordInput({ state, presets, sourceOf: () => undefined, link: 'https://tune-or-prompt.example/calculator/', siteUrl: 'https://tune-or-prompt.example', date: '2026-12-07', format }));
    expect(md).toContain('B’s tuned model (Mini, tuning API) stops answering after 2027-01-14, 38 days after this record: its training run is not repaid before then;');
  });
  it('the 2024 defaults: B is not costed without a training price, and never called cheapest', () => {
    const md = renderDecisionRecord(costRecordInput({ state: defaultState(), presets: new Map(), sourceOf: () => undefined, link: 'https://tune-or-prompt.example/calculator/?case=2024', siteUrl: 'https://tune-or-prompt.example', date: '2026-12-07', format }));
    expect(md).toContain('**B: hosted fine-tuned model**: not costed: enter a training price, training tokens and epochs');
    expect(md).toContain('| B: hosted fine-tuned model | not costed | not priced | Enter a training price, training tokens and epochs to compare it |');
    expect(md).not.toContain('(cheapest)** ');
    expect(md).toContain('# Serve the feature with option A: hosted model, few-shot prompt');
  });
  it('with wizard answers in the link: one record with the rule’s verdict, its answers and the costs', () => {
    const wizard = '?evalSet=yes&f1=0.8&bar=0.9&plateau=no&cost=sustainable&latency=met&examples=300&operations=yes&v=2';
    const md = emailState(wizard);
    expect(md).toContain('# Prompting or fine-tuning: Prompt engineering, costed');
    expect(md).toContain('## Answers');
    expect(md).toContain('| How many labeled, representative examples could you train on? | 300 |');
    expect(md).toContain('The best prompt scores 0.8 on the eval set against a bar of 0.9: below it, and prompt iteration still improves it.');
    expect(md).toContain('**Rule: Keep prompting** (chosen)');
    expect(md).toContain('## Costs');
    // The reproducing link carries both tools' state.
    const url = new URL(md.match(/Reproduce the result: \[[^\]]*\]\(<([^>]+)>\)/)![1]!);
    expect(url.searchParams.get('f1')).toBe('0.8');
    expect(url.searchParams.get('vol')).toBe('2000000');
  });
  it('a cheaper tuned option with a rule that says no: the decision keeps A, because a lower bill is not enough on its own', () => {
    const wizard = '?evalSet=yes&f1=0.8&bar=0.9&plateau=no&v=2';
    const md = renderDecisionRecord(costRecordInput({ state: supportEmails, presets: new Map(), sourceOf: () => undefined, link: 'https://tune-or-prompt.example/calculator/', siteUrl: 'https://tune-or-prompt.example', date: '2026-12-07', format, wizardQuery: wizard }));
    expect(md).toContain('B: hosted fine-tuned model would cost less ($318 against $846 a month for A), but a lower bill is not enough on its own: A stays until all three conditions for tuning hold.');
    // The rule decides, so only its options are chosen: the cost options say which is cheapest, and none "lost".
    expect(md).not.toMatch(/\*\*[ABC]: [^*]+\*\* \(chosen\)/);
    expect(md).toContain('2. **B: hosted fine-tuned model (cheapest)**: $318 a month');
    expect(md).toContain('1. **A: hosted model, few-shot prompt**: $846 a month; latency not estimated (no speed entered); $528 a month more than B\n');
    expect(md).toContain('**Rule: Keep prompting** (chosen)');
  });
  it('writes each option as one sentence, its parts joined in lower case, and counts one GPU as one', () => {
    const md = renderDecisionRecord(costRecordInput({ state: supportEmails, presets: new Map(), sourceOf: () => undefined, link: 'https://tune-or-prompt.example/calculator/', siteUrl: 'https://tune-or-prompt.example', date: '2026-12-07', format }));
    // C: $1,442 against A's $846 a month: $596 more, so its $6 training run is never repaid.
    expect(md).toContain('training run $6; it costs $596 a month more than A, so training is never repaid at this volume;');
    expect(md).not.toMatch(/; [A-Z][a-z]/);
    // At 30 % utilization C still needs one GPU: 0.05 GPUs busy ÷ 30 % = 0.17, rounded up to 1.
    expect(md).toContain('C needs 1 GPU and costs $1,442 a month');
    // Choices read as the calculator offers them.
    expect(md).toContain('| C: Prefix caching | on: the fixed prompt is read once |');
    expect(md).toContain('| C: Weight precision (bits) | 16-bit |');
  });
});

describe('the wizard answers a calculator link carries', () => {
  it('keeps current answers in the wizard link form, and drops an outdated or empty set', () => {
    expect(wizardQueryOf('?a=1&v=2&evalSet=yes&cost=unsustainable&preset=x')).toBe('?evalSet=yes&cost=unsustainable&v=2');
    expect(wizardQueryOf('?evalSet=yes&v=1')).toBe('');
    expect(wizardQueryOf('?a=1')).toBe('');
  });
});
