import { describe, expect, it } from 'vitest';
import { gpuSchema, modelSchema } from '../schemas.ts';
import { closingApi, fixtureRoute } from '../models/test-fixtures.ts';
import { buildPresets, groupPresets, gpuPresets, hostedPresets, openWeightPresets, presetEdited, servingPairFor, servingPresets, tunedPresets } from './presets.ts';
import { defaultValues } from './fields.ts';

// Fixture data in the shape of content/models and content/gpus: invented figures, not the site's.
const today = new Date('2026-11-24');
const hosted = {
  id: 'acme-fast',
  data: modelSchema.parse({
    provider: 'Acme',
    family: 'Fast',
    modelId: 'fast-1',
    name: 'Fast 1',
    kind: 'hosted',
    reasoning: { billing: 'Thinking is billed as output.', source: 'acme-2026-reasoning' },
    prices: [{ where: 'Acme API', input: 1, cachedInput: 0.1, cacheWrite: 1.25, output: 4, batchDiscount: 0.5, asOf: '2026-11-20', source: 'acme-2026-pricing' }],
    speed: [
      { where: 'Elsewhere', ttftSeconds: 0.9, tokensPerSecond: 50, setup: 'another host', asOf: '2026-10-01', source: 'bench-2026-a' },
      { where: 'Acme API', ttftSeconds: 0.4, tokensPerSecond: 120, setup: 'median of 100 runs', asOf: '2026-11-01', source: 'bench-2026-b' },
    ],
  }),
};
const priced = { asOf: '2026-11-20', source: 'acme-2026-pricing' };
const tuning = (id: string, raw: Record<string, unknown>) => fixtureRoute(id, raw, priced);
const routes = [
  closingApi('acme-tuning', 'Acme tuning', { existingOnly: '2026-12-01', closes: '2027-03-02' }, priced, {
    serving: { kind: 'per-token', input: 2, output: 8, ...priced },
  }),
  tuning('old-cloud', {
    platform: 'Old cloud',
    place: 'enterprise-platform',
    access: [{ who: 'anyone', source: 'cloud-2026-docs' }, { from: '2026-07-01', who: 'closed', source: 'cloud-2026-docs' }],
    training: { perHour: 40, asOf: '2026-11-20', source: 'cloud-2026-pricing' },
    serving: { kind: 'per-token', input: 3, output: 9, asOf: '2026-11-20', source: 'cloud-2026-pricing' },
  }),
  tuning('open-host', {
    platform: 'Open host',
    place: 'third-party-host',
    bases: [{ name: 'Open 7B' }],
    access: [{ who: 'anyone', source: 'host-2026-docs' }],
    serving: { kind: 'dedicated', terms: 'Billed by the minute.', ...priced },
  }),
  tuning('own-gpus', { platform: 'Your own GPUs', place: 'self-hosted', access: [{ who: 'anyone', source: 'host-2026-docs' }] }),
];
const retired = {
  id: 'acme-old',
  data: modelSchema.parse({
    provider: 'Acme',
    family: 'Old',
    modelId: 'old-1',
    name: 'Old 1',
    kind: 'hosted',
    historical: true,
    lifecycle: { shutdown: '2025-01-01', replacement: 'fast-1', source: 'acme-2025-deprecations' },
    prices: [{ where: 'Acme API', input: 10, output: 30, asOf: '2024-05-01', source: 'acme-2024-pricing' }],
  }),
};
const open = {
  id: 'acme-open-7b',
  data: modelSchema.parse({
    provider: 'Acme',
    family: 'Open',
    modelId: 'acme/open-7b',
    name: 'Open 7B',
    kind: 'open-weights',
    parametersB: 7.2,
    architecture: { layers: 28, kvHeads: 4, contextTokens: 32768, asOf: '2026-11-02', source: 'acme-2026-open-config' },
    context: { tokens: 32768, asOf: '2026-11-01', source: 'acme-2026-open-card' },
  }),
};
const other = { id: 'acme-open-70b', data: { ...open.data, name: 'Open 70B', parametersB: 70, architecture: undefined } };
const gpu = {
  id: 'gpu-x',
  data: gpuSchema.parse({
    name: 'GPU X 80GB',
    memoryGB: 80,
    memorySource: 'vendor-2026-gpu-x',
    prices: [
      { where: 'Cloud One', billing: 'on-demand', perHour: 2.5, asOf: '2026-11-22', source: 'cloud-one-2026-pricing' },
      { where: 'Cloud Two', billing: 'serverless', perHour: 3, asOf: '2026-11-23', source: 'cloud-two-2026-pricing' },
    ],
    throughput: [
      { model: 'acme-open-7b', engine: 'vLLM 9', gpus: 2, weightBits: 8, concurrency: 1, inputTokens: 1000, outputTokens: 100, outputTokensPerSecond: 90, ttftSeconds: 0.1, interTokenSeconds: 0.01, setup: 'one request alone', asOf: '2026-09-01', source: 'bench-2026-c' },
      { model: 'acme-open-7b', engine: 'vLLM 9', gpus: 2, weightBits: 8, concurrency: 64, inputTokens: 1000, outputTokens: 100, outputTokensPerSecond: 2400, ttftSeconds: 0.5, interTokenSeconds: 0.025, setup: '64 at once', asOf: '2026-09-01', source: 'bench-2026-c' },
    ],
  }),
};

describe('hosted price presets (option A)', () => {
  it('fill every published price with its date and source, and the speed measured where the price applies', () => {
    const [preset] = hostedPresets([hosted], today);
    expect(preset).toMatchObject({ id: 'a:acme-fast:acme-api', label: 'Fast 1, Acme API', current: true, asOf: '2026-11-20', source: 'acme-2026-pricing' });
    expect(preset!.fields).toEqual({ ai: 1, ac: 0.1, aw: 1.25, aop: 4, abd: 50, lat: 0.4, las: 120 });
    expect(preset!.sources.map((s) => s.source)).toEqual(['acme-2026-pricing', 'bench-2026-b']);
    expect(preset!.notes).toEqual(['A reasoning model: Thinking is billed as output. Enter its reasoning tokens per request.']);
  });
  it('mark a model past its shutdown as historical and fill unpublished prices with the input price', () => {
    const [preset] = hostedPresets([retired], today);
    expect(preset!.current).toBe(false);
    expect(preset!.fields).toMatchObject({ ai: 10, ac: 10, aw: 10, abd: 0 });
    expect(preset!.notes.join(' ')).toContain('shuts down on 2025-01-01');
    expect(preset!.notes.join(' ')).toContain('No cached-input price is published');
  });
  it('say how a shutdown date was read when it was read only in copies of the provider’s page', () => {
    const reported = { ...retired, data: { ...retired.data, lifecycle: { ...retired.data.lifecycle!, reported: 'read in copies of the page' } } };
    expect(hostedPresets([reported], today)[0]!.notes[0]).toBe('Old 1 shuts down on 2025-01-01 (replacement named: fast-1; read in copies of the page).');
  });
});

describe('tuning routes (option B)', () => {
  it('offer every hosted route by name with who may use it today, filling only the prices it publishes', () => {
    const presets = tunedPresets(routes, [hosted], today);
    expect(presets.map((p) => [p.label, p.current])).toEqual([
      ['Fast 1 on Acme tuning: open to new customers', true],
      ['Fast 1 on Old cloud: closed to new jobs', false],
      ['Open 7B on Open host: open to new customers', true],
    ]);
    expect(presets[0]!.fields).toEqual({ bi: 2, bop: 8, tp: 5 });
    expect(presets[0]!.notes).toContain('From 2026-12-01: existing customers only.');
    expect(presets[0]!.notes).toContain('Last day for new jobs: 2027-03-01.');
    expect(presets[1]!.fields).toEqual({ bi: 3, bop: 9 });
    expect(presets[1]!.notes.join(' ')).toContain('billed by the hour ($40)');
    expect(presets[1]!.notes).toContain('The last day for new jobs was 2026-06-30.');
    expect(presets[2]!.fields).toEqual({});
    expect(presets[2]!.notes.join(' ')).toContain('dedicated capacity billed by time');
    expect(presets[2]!.sources.map((s) => s.what)).toEqual(['route and who may use it', 'tuned-model serving']);
  });
  it('carries the day its tuned models stop answering as data, for the decision record', () => {
    const ending = { ...routes[0]!, data: { ...routes[0]!.data, tunedShutdown: { date: new Date('2027-04-01'), source: 'acme-2026-pricing' } } };
    const [preset] = tunedPresets([ending], [hosted], today);
    expect(preset!.tunedShutdown).toBe('2027-04-01');
    expect(preset!.notes).toContain('Tuned models stop answering after 2027-04-01.');
    expect(tunedPresets(routes, [hosted], today)[0]!.tunedShutdown).toBeUndefined();
  });
  it('follows dated access: existing customers only from its date, current through the last day for new jobs', () => {
    expect(tunedPresets(routes, [hosted], new Date('2026-12-01'))[0]!.label).toBe('Fast 1 on Acme tuning: existing customers only');
    expect(tunedPresets(routes, [hosted], new Date('2027-03-01T18:00:00Z'))[0]!.current).toBe(true);
    expect(tunedPresets(routes, [hosted], new Date('2027-03-02'))[0]!.current).toBe(false);
    const ending = { ...retired, data: { ...retired.data, historical: false } };
    expect(hostedPresets([ending], new Date('2025-01-01T12:00:00Z'))[0]!.current).toBe(true);
    expect(hostedPresets([ending], new Date('2025-01-02'))[0]!.current).toBe(false);
  });
});

describe('open weights and GPUs (option C)', () => {
  it('take the parameter count and shape from the model, and memory and a labelled price from the GPU', () => {
    const [model] = openWeightPresets([hosted, open], today);
    expect(model).toMatchObject({ id: 'c:acme-open-7b', entity: 'acme-open-7b', fields: { cpb: 7.2, cl: 28, ckv: 4, chd: 0, cmax: 32768 }, asOf: '2026-11-02', source: 'acme-2026-open-config' });
    // The head size is not in the data: the preset clears it and says so, rather than keeping another model's.
    expect(model!.notes[0]).toContain('head size is not in the data');
    const gpus = gpuPresets([gpu]);
    expect(gpus.map((g) => g.fields)).toEqual([
      { gm: 80, gh: 2.5 },
      { gm: 80, gh: 3 },
    ]);
    expect(gpus.map((g) => g.label)).toEqual([
      'GPU X 80GB, Cloud One: $2.5 per hour (on-demand instance)',
      'GPU X 80GB, Cloud Two: $3 per hour (serverless, billed per second while a worker runs)',
    ]);
    expect(gpus[1]!.notes[0]).toContain('Billed only while a worker runs');
  });
  it("fill a pair's throughput and latency per GPU from that pair's benchmark", () => {
    const [pair] = servingPresets([open, other], [gpu]);
    // The 64-request run has the most throughput: 2,400 ÷ 2 GPUs = 1,200 per GPU; 1 ÷ 0.025 s = 40 tokens/s a request.
    // Prompt rate from the one-request run: 1,000 tokens ÷ 0.1 s ÷ 2 GPUs = 5,000 per GPU.
    expect(pair).toMatchObject({ id: 's:acme-open-7b:gpu-x', slot: 's', fields: { gd: 1200, gp: 5000, ccon: 64, cbits: 8, lct: 0.5, lcs: 40 } });
  });
  it("clear the pair's figures when the chosen pair has no benchmark, and find it when it has", () => {
    const presets = new Map(buildPresets([open, other], [gpu], today).map((p) => [p.id, p]));
    const gpuId = 'g:gpu-x:cloud-one';
    expect(servingPairFor(presets, 'c:acme-open-7b', undefined)).toBeNull();
    const found = servingPairFor(presets, 'c:acme-open-7b', gpuId)!;
    expect(found.preset!.id).toBe('s:acme-open-7b:gpu-x');
    expect(found.fields.gd).toBe(1200);
    const none = servingPairFor(presets, 'c:acme-open-70b', gpuId)!;
    expect(none.preset).toBeUndefined();
    expect(none.fields).toEqual({ gd: 0, gp: 0, lct: 0, lcs: 0 });
    expect(none.missing).toContain('No published benchmark of Open 70B on GPU X 80GB');
  });
});

describe('all presets', () => {
  it('group current before historical, and work with no data at all', () => {
    const presets = buildPresets([retired, hosted, open], [gpu], today);
    const a = groupPresets(presets, 'a');
    expect(a.current.map((p) => p.label)).toEqual(['Fast 1, Acme API']);
    expect(a.historical.map((p) => p.label)).toEqual(['Old 1, Acme API']);
    expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
    expect(buildPresets([], [], today)).toEqual([]);
    expect(groupPresets([], 'g')).toEqual({ current: [], historical: [] });
  });
  it('count as edited once a figure they set changes', () => {
    const [preset] = hostedPresets([hosted], today);
    const values = { ...defaultValues(), ...preset!.fields };
    expect(presetEdited(preset!, values)).toBe(false);
    expect(presetEdited(preset!, { ...values, vol: 5 })).toBe(false);
    expect(presetEdited(preset!, { ...values, ai: 1.1 })).toBe(true);
  });
});

describe('a price with an announced end', () => {
  it('says its last day in the label wherever the preset is used, and exposes it for the record', () => {
    const intro = { id: 'acme-intro', data: modelSchema.parse({ ...hosted.data, name: 'Intro 1', prices: [{ ...hosted.data.prices[0]!, until: '2026-12-31' }] }) };
    const [preset] = hostedPresets([intro], today);
    expect(preset).toMatchObject({ label: 'Fast 1, Acme API, price until 2026-12-31'.replace('Fast 1', 'Intro 1'), until: '2026-12-31' });
    expect(hostedPresets([hosted], today)[0]!.until).toBeUndefined();
  });
  it('carries a tuning route’s last day for new jobs', () => {
    expect(tunedPresets(routes, [hosted], today)[0]!.newJobsUntil).toBe('2027-03-01');
    expect(tunedPresets(routes, [hosted], today)[2]!.newJobsUntil).toBeUndefined();
  });
});
