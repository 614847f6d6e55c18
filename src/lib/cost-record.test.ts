/** The support-email case from issue 14, worked by hand, through the flips and the decision record. */
import { describe, expect, it } from 'vitest';
import { compare, cheapest, type OptionId } from './cost.ts';
import { emailCase } from './calculator-cases.ts';
import type { Preset } from './cost-presets.ts';
import { defaultState, parseState, stateParams, toCostInputs, type CalculatorState } from './calculator-fields.ts';
import { flipAssumptions, type Formatters } from './cost-flips.ts';
import { costRecordInput } from './cost-record.ts';
import { renderDecisionRecord } from './decision-record.ts';
import { formatMoney, formatNumber, formatPercent } from './format.ts';

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
    gt: 2000,
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
    // C: 0.7716 req/s × 2 peak × 505 tokens = 779 tokens/s ≤ 2,000 × 60 % → 1 GPU × 720 h × $2 = $1,440;
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
  const mini = preset({ id: 'b:mini:tuning', slot: 'b', label: 'Mini, tuning API', fields: { tp: 5, bi: 0.8, bop: 3.2 }, newJobsUntil: '2027-01-05', notes: ['Mini shuts down on 2027-01-14; the provider names luna instead.'] });
  const gpu = preset({
    id: 'g:x:cloud',
    slot: 'g',
    label: 'GPU X, Cloud: $2 per hour',
    fields: { gm: 80, gh: 2, gt: 2000 },
    sources: [{ what: 'hourly price', source: 'x', asOf: '2026-11-24' }, { what: 'throughput (1× GPU X, vLLM)', source: 'bench', asOf: '2026-09-01' }],
    notes: ['Throughput measured on Open 7B: 512 in, 128 out, 64 concurrent.'],
  });
  const presets = new Map([flash, mini, gpu].map((p) => [p.id, p]));
  const emailState = (wizard?: string) => {
    const opening = emailCase([flash, mini]);
    const state = { ...opening.state, options: ['a', 'b', 'c'] as OptionId[], values: { ...opening.state.values, ar: 200, ...gpu.fields, gth: 3 }, presets: { ...opening.state.presets, g: gpu.id } };
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
    expect(record).toContain('B: Mini shuts down on 2027-01-14');
    expect(record).toContain('Reasoning tokens: A counts 200 a request, billed at the output price (Flash, API, price until 2026-12-31 is a reasoning model)');
    expect(record).toContain('| C: Where the throughput comes from | measured, 1× GPU X, vLLM, 2026-09-01: Throughput measured on Open 7B: 512 in, 128 out, 64 concurrent |');
    expect(record).toContain('- A: hosted prices, Flash, API, price until 2026-12-31, prices: as of 2026-11-24, holds until 2026-12-31');
    expect(record).toMatch(/\*\*B: hosted fine-tuned model\*\* \(chosen\): .*the tuning route takes new jobs until 2027-01-05/);
    expect(record).toMatch(/\*\*A: hosted model, few-shot prompt\*\*: \$3,083 a month; .*lost: \$2,145 a month more than B/);
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
  it('a cheaper tuned option with a rule that says no: the decision keeps A, because cost alone never justifies tuning', () => {
    const wizard = '?evalSet=yes&f1=0.8&bar=0.9&plateau=no&v=2';
    const md = renderDecisionRecord(costRecordInput({ state: supportEmails, presets: new Map(), sourceOf: () => undefined, link: 'https://tune-or-prompt.example/calculator/', siteUrl: 'https://tune-or-prompt.example', date: '2026-12-07', format, wizardQuery: wizard }));
    expect(md).toContain('B: hosted fine-tuned model would cost less ($318 against $846 a month for A), but cost alone never justifies tuning: A stays until the conditions for tuning hold.');
  });
});
