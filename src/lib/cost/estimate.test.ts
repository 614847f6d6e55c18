import { describe, expect, it } from 'vitest';
import { EstimateError, estimateCost, findPreset } from './estimate.ts';
import type { Preset } from './presets.ts';
import { parseState } from './fields.ts';
import { toCostInputs } from './fields.ts';
import { compare } from './cost.ts';

/** Fixed presets, so the hand-worked sums below do not move when the data's prices do. */
const preset = (over: Partial<Preset> & Pick<Preset, 'id' | 'slot' | 'fields'>): Preset => ({
  label: over.id,
  current: true,
  asOf: '2026-08-28',
  source: 'test-pricing',
  sources: [{ what: 'prices', source: 'test-pricing', asOf: '2026-08-28' }],
  notes: [],
  ...over,
});
const PRESETS: Preset[] = [
  preset({ id: 'a:mini:openai-api', slot: 'a', label: 'Mini, OpenAI API', fields: { ai: 0.4, ac: 0.1, aw: 0.4, aop: 1.6, abd: 50 } }),
  preset({ id: 'a:mini:other-cloud', slot: 'a', label: 'Mini, Other Cloud', fields: { ai: 1, ac: 1, aw: 1, aop: 2, abd: 0 } }),
  preset({ id: 'b:mini:tuning-api', slot: 'b', label: 'Mini, tuning API', fields: { bi: 0.8, bop: 3.2, tp: 5 } }),
];

/** The email case: 2 million support emails a month, a 3,450-token prompt, 300 tokens in and 20 out. */
const EMAIL = { requests: 2_000_000, per: 'month' as const, promptTokens: 3450, userTokens: 300, outputTokens: 20 };

describe('estimateCost', () => {
  it('costs the email case without caching by hand: 2M × (3,750 × $0.40 + 20 × $1.60) / 1M = $3,064 a month', () => {
    const result = estimateCost({ ...EMAIL, model: 'mini' }, PRESETS);
    expect(result.requestsPerMonth).toBe(2_000_000);
    expect(result.options).toHaveLength(1);
    expect(result.options[0]!.monthly).toBeCloseTo(3064, 6);
    expect(result.presets[0]).toMatchObject({ id: 'a:mini:openai-api', asOf: '2026-08-28', sources: [{ source: 'test-pricing' }] });
    expect(result.inputs.find((i) => i.key === 'ai')).toMatchObject({ value: 0.4, unit: '$ per MTok' });
  });

  it('with 90% cache hits: prompt 3,450 × (0.9 × $0.10 + 0.1 × $0.40) + 300 × $0.40 + 20 × $1.60, × 2 = $1,201', () => {
    const result = estimateCost({ ...EMAIL, model: 'mini', cacheHitRate: 0.9 }, PRESETS);
    expect(result.options[0]!.monthly).toBeCloseTo(1201, 6);
  });

  it('adds the tuned option: 2M × (500 × $0.80 + 20 × $3.20) / 1M = $928 running, $15 a run, four a year', () => {
    const result = estimateCost({ ...EMAIL, model: 'mini', tuned: 'mini', trainingTokens: 1_000_000, epochs: 3, retrainsPerYear: 4 }, PRESETS);
    const b = result.options.find((o) => o.id === 'b')!;
    expect(b.running).toBeCloseTo(928, 6);
    expect(b.training).toBeCloseTo(15, 6);
    expect(b.monthly).toBeCloseTo(933, 6);
    expect(result.cheapest).toBe('b');
    // $15 paid back by a saving of $3,064 − $933 a month.
    expect(b.breakEvenMonths).toBeCloseTo(15 / (3064 - 933), 9);
  });

  it('gives the page a link that reproduces the same numbers', () => {
    const result = estimateCost({ ...EMAIL, model: 'mini', cacheHitRate: 0.9 }, PRESETS);
    const query = result.calculatorPath.split('?')[1]!;
    const { state, problems } = parseState(query, new Set(PRESETS.map((p) => p.id)));
    expect(problems).toEqual([]);
    expect(state.presets.a).toBe('a:mini:openai-api');
    expect(compare(toCostInputs(state)).options.a.monthly).toBeCloseTo(1201, 6);
  });

  it('picks a price list by where, and names the field when nothing matches', () => {
    expect(findPreset(PRESETS, 'a', 'mini', 'other cloud')?.id).toBe('a:mini:other-cloud');
    expect(findPreset(PRESETS, 'a', 'a:mini:other-cloud')?.id).toBe('a:mini:other-cloud');
    expect(() => estimateCost({ ...EMAIL, model: 'mini', where: 'Nowhere' }, PRESETS)).toThrow(/^where: no price list "mini" at "Nowhere"/);
    expect(() => estimateCost({ ...EMAIL, model: 'maxi' }, PRESETS)).toThrow(/^model: .*current choices: a:mini:openai-api/);
  });

  it('fills option C from the chosen model × GPU pair\'s benchmark, and clears and names a pair with none', () => {
    const withC: Preset[] = [
      ...PRESETS,
      preset({ id: 'c:open-8b', slot: 'c', entity: 'open-8b', label: 'Open 8B', fields: { cpb: 8 } }),
      preset({ id: 'g:h100:cloud', slot: 'g', entity: 'h100', label: 'H100, Cloud', fields: { gh: 2.5 } }),
      preset({ id: 'g:a100:cloud', slot: 'g', entity: 'a100', label: 'A100, Cloud', fields: { gh: 1.5 } }),
      preset({ id: 's:open-8b:h100', slot: 's', label: 'Open 8B on H100', fields: { gd: 1000, gp: 20000, ccon: 64, cbits: 8, lct: 0.2, lcs: 50 } }),
    ];
    const paired = estimateCost({ ...EMAIL, model: 'mini', openModel: 'open-8b', gpu: 'h100' }, withC);
    expect(paired.presets.map((p) => p.id)).toEqual(['a:mini:openai-api', 'c:open-8b', 'g:h100:cloud', 's:open-8b:h100']);
    expect(paired.inputs.find((i) => i.key === 'gd')?.value).toBe(1000);
    expect(paired.notes).toEqual([]);
    expect(paired.calculatorPath).toContain('ps=s%3Aopen-8b%3Ah100');
    const unpaired = estimateCost({ ...EMAIL, model: 'mini', openModel: 'open-8b', gpu: 'a100' }, withC);
    expect(unpaired.presets.map((p) => p.id)).not.toContain('s:open-8b:h100');
    expect(unpaired.inputs.find((i) => i.key === 'gd')?.value).toBe(0);
    expect(unpaired.notes).toEqual([expect.stringMatching(/^No published benchmark of Open 8B on A100/)]);
  });

  it('refuses values the calculator refuses, naming the request field', () => {
    const error = (() => {
      try {
        estimateCost({ ...EMAIL, model: 'mini', fields: { days: 40 } }, PRESETS);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EstimateError);
    expect((error as EstimateError).field).toBe('fields.days');
    expect(() => estimateCost({ ...EMAIL, promptTokens: 2.5 }, PRESETS)).toThrow(/^promptTokens: /);
    expect(() => estimateCost({ ...EMAIL, fields: { nope: 1 } }, PRESETS)).toThrow(/^fields\.nope: not a calculator field/);
  });
});
