import { describe, expect, it } from 'vitest';
import { modelSchema } from '../schemas.ts';
import { siteData, type SiteDataInput, type TuningRouteRecord } from './site-data.ts';
import { modelsMarkdownBody } from '../agent/models-markdown.ts';

const model = (id: string, raw: Record<string, unknown>) => ({ id, data: modelSchema.parse(raw) });
const base = { provider: 'Acme', family: 'Acme 1', modelId: 'acme-1', name: 'Acme 1', kind: 'hosted' };
const SOURCES: Record<string, { title: string; url: string }> = {
  'acme-pricing': { title: 'Acme | pricing', url: 'https://acme.example/pricing' },
  'acme-lifecycle': { title: 'Acme deprecations', url: 'https://acme.example/deprecations' },
};
const input = (models: SiteDataInput['models'], today = '2026-12-07'): SiteDataInput => ({
  site: 'https://site.example',
  today: new Date(`${today}T00:00:00Z`),
  models,
  gpus: [],
  tuningRoutes: [],
  presets: [],
  source: (id) => SOURCES[id],
});

describe('siteData', () => {
  const scheduled = model('acme-1', {
    ...base,
    prices: [
      { where: 'Acme API', input: 1, output: 4, until: '2026-12-31', asOf: '2026-11-01', source: 'acme-pricing' },
      { where: 'Acme API', input: 2, output: 8, from: '2027-01-01', asOf: '2026-11-01', source: 'acme-pricing' },
    ],
    lifecycle: { shutdown: '2027-06-30', replacement: 'acme-2', source: 'acme-lifecycle' },
  });

  it('gives the price in force on the build day, the announced one after it, the lifecycle and the sources read', () => {
    const data = siteData(input([scheduled]));
    const [m] = data.models;
    expect(m!.prices.map((p) => [p.input, p.until])).toEqual([[1, '2026-12-31']]);
    expect(m!.upcoming.map((p) => [p.input, p.from])).toEqual([[2, '2027-01-01']]);
    expect(m).toMatchObject({ status: 'deprecated', shutdown: '2027-06-30', replacement: 'acme-2' });
    expect(data.sources['acme-pricing']).toEqual({ ...SOURCES['acme-pricing'], page: 'https://site.example/research/acme-pricing/' });
    expect(Object.keys(data.sources)).toEqual(['acme-lifecycle', 'acme-pricing']);
    // A day later in the schedule, the later block is the one in force.
    expect(siteData(input([scheduled], '2027-01-02')).models[0]!.prices[0]!.input).toBe(2);
  });

  it('fails naming the citation a figure points to when it has no file', () => {
    const orphan = model('acme-2', { ...base, prices: [{ where: 'Acme API', input: 1, output: 1, asOf: '2026-11-01', source: 'nowhere' }] });
    expect(() => siteData(input([orphan]))).toThrow('/data/models.json: citation "nowhere" has no file in content/citations/');
  });

  it('renders /models.md tables with the prices, their days and sources, pipes escaped', () => {
    const piped = model('acme-3', { ...base, name: 'Acme | Pro', prices: [{ where: 'Acme API', input: 0.4, cachedInput: 0.1, output: 1.6, batchDiscount: 0.5, asOf: '2026-11-01', source: 'acme-pricing' }] });
    const body = modelsMarkdownBody(siteData(input([piped])));
    expect(body).toContain('| Acme \\| Pro | Acme | Acme API | $0.40 | $0.10 | $1.60 | 50% | current | 2026-11-01 | [Acme \\| pricing](https://site.example/research/acme-pricing/) |');
    expect(body).toContain('as in force on 2026-12-07');
  });

  it('prints each route\'s training and serving prices in /models.md as the routes page words them, or says none was confirmed', () => {
    const route = (id: string, extra: Partial<TuningRouteRecord>): TuningRouteRecord => ({
      id, platform: id, place: 'provider-api', models: [], bases: [], open: true, access: 'open to new customers', asOf: '2026-11-24', source: 'acme-pricing', ...extra,
    });
    const tuned = model('acme-1', { ...base, prices: [{ where: 'Acme API', input: 1, output: 4, asOf: '2026-11-01', source: 'acme-pricing' }] });
    const body = modelsMarkdownBody(
      siteData({
        ...input([tuned]),
        tuningRoutes: [
          route('Acme tuning', {
            models: ['acme-1'],
            bases: ['acme-1'],
            training: { perMTok: 25, asOf: '2026-11-24', source: 'acme-pricing' },
            serving: { kind: 'per-token', input: 3, output: 12, asOf: '2026-11-24', source: 'acme-pricing' },
          }),
          route('Grader tuning', { bases: ['o-mini'], training: { perHour: 100, asOf: '2026-11-24', source: 'acme-pricing' } }),
          route('Some host', { bases: ['Open 7B'], serving: { kind: 'dedicated', asOf: '2026-11-24', source: 'acme-pricing' } }),
          route('Own GPUs', { place: 'self-hosted', bases: ['Open 7B'], serving: { kind: 'self-hosted', asOf: '2026-11-24', source: 'acme-pricing' } }),
        ],
      }),
    );
    expect(body).toContain('| Acme tuning | Acme 1 | open to new customers | training $25.00 per MTok; serving $3.00 in, $12.00 out per MTok | 2026-11-24 |');
    expect(body).toContain('| Grader tuning | o-mini | open to new customers | training $100.00 per hour; serving terms not confirmed here |');
    expect(body).toContain('| Some host | Open 7B | open to new customers | training price not confirmed here; serving dedicated capacity by the hour |');
    expect(body).toContain('| Own GPUs | Open 7B | open to new customers | training your GPU-hours; serving on your own hardware |');
  });

  it("cites each figure of a route's /models.md row on the page and day it was read, once when they agree", () => {
    const route = (extra: Partial<TuningRouteRecord>): TuningRouteRecord => ({
      id: 'r', platform: 'Acme tuning', place: 'provider-api', models: [], bases: ['acme-1'], open: true, access: 'open to new customers', asOf: '2026-08-18', source: 'acme-lifecycle', ...extra,
    });
    const row = (r: TuningRouteRecord) => modelsMarkdownBody(siteData({ ...input([]), tuningRoutes: [r] })).split('\n').find((line) => line.startsWith('| Acme tuning'));
    // Access read on the lifecycle page in August, training on the price list in November: both named, with their days.
    expect(row(route({ training: { perMTok: 25, asOf: '2026-11-24', source: 'acme-pricing' } }))).toBe(
      '| Acme tuning | acme-1 | open to new customers | training $25.00 per MTok; serving terms not confirmed here | route 2026-08-18; training 2026-11-24 | ' +
        'route: [Acme deprecations](https://site.example/research/acme-lifecycle/); training: [Acme \\| pricing](https://site.example/research/acme-pricing/) |',
    );
    // Every figure read on the route's own page that day: one day, one link.
    expect(row(route({ serving: { kind: 'dedicated', asOf: '2026-08-18', source: 'acme-lifecycle' } }))).toMatch(/\| 2026-08-18 \| \[Acme deprecations\]\(https:\/\/site\.example\/research\/acme-lifecycle\/\) \|$/);
  });
});

