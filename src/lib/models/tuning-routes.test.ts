import { describe, expect, it } from 'vitest';
import { routeSchema } from '../schemas.ts';
import { closingApi, fixtureRoute } from './test-fixtures.ts';
import {
  accessOn,
  groupRoutes,
  lastNewJobDay,
  nextAccessChange,
  openToNewCustomers,
  routeCitationFields,
  routeFigure,
  routeModelProblems,
  routeStatus,
  routesForModel,
  servingSummary,
  splitByStatus,
  trainingSummary,
  tuningFigure,
} from './tuning-routes.ts';

// Fixture routes in the shape of content/routes: invented platforms and figures, not the site's.
const cited = { asOf: '2026-11-24', source: 'acme-2026-pricing' };
const route = (id: string, raw: Record<string, unknown>) => fixtureRoute(id, raw, cited);

/** Open to anyone, then existing customers only from 2026-05-07, closed from 2027-01-06 (last day 2027-01-05). */
const closing = closingApi('acme-api-fast', 'Acme tuning API', { existingOnly: '2026-05-07', closes: '2027-01-06' }, cited, {
  serving: { kind: 'per-token', input: 0.8, cachedInput: 0.2, output: 3.2, ...cited },
  tunedShutdown: { date: '2027-01-14', source: 'acme-2026-notice' },
});
const cloud = route('cloud-fast', {
  platform: 'Big Cloud',
  operator: 'Big Cloud Inc',
  place: 'enterprise-platform',
  access: [{ who: 'anyone', source: 'cloud-2026-docs' }],
  training: { perMTok: 4, ...cited },
});
const host = route('host-open', {
  platform: 'Open Host',
  place: 'third-party-host',
  family: 'Open',
  bases: [{ name: 'Open 7B' }],
  access: [{ who: 'preview', source: 'host-2026-docs' }],
  serving: { kind: 'dedicated', perHour: 3, ...cited },
});
const routes = [host, cloud, closing];

describe('trainingSummary and servingSummary', () => {
  it('print the prices a route has, and say plainly what it lacks', () => {
    expect(trainingSummary(closing.data)).toBe('$5.00 per MTok');
    expect(servingSummary(closing.data)).toBe('$0.80 in, $3.20 out per MTok');
    expect(trainingSummary(host.data)).toBe('price not confirmed here');
    expect(servingSummary(host.data)).toBe('dedicated capacity by the hour');
    expect(servingSummary(cloud.data)).toBe('terms not confirmed here');
    const own = route('own', { platform: 'Your GPUs', place: 'self-hosted', access: [{ who: 'anyone', source: 'x-2026-a' }] });
    expect(trainingSummary(own.data)).toBe('your GPU-hours');
  });
});

describe('routeStatus', () => {
  it('closes a route to new customers on its date: open the day before, existing customers only that day', () => {
    expect(routeStatus(closing.data, new Date('2026-05-06'))).toBe('open');
    expect(routeStatus(closing.data, new Date('2026-05-07'))).toBe('existing-customers');
    expect(routeStatus(closing.data, new Date('2026-05-07T23:59:00Z'))).toBe('existing-customers');
  });

  it('flips a dated change the day it takes effect, and closes the day after the last day for new jobs', () => {
    expect(lastNewJobDay(closing.data)).toEqual(new Date('2027-01-05'));
    expect(routeStatus(closing.data, new Date('2027-01-05'))).toBe('existing-customers');
    expect(routeStatus(closing.data, new Date('2027-01-06'))).toBe('closed');
  });

  it('is closed before its first dated entry and after its tuned models shut down', () => {
    const later = route('later', { platform: 'Later', place: 'provider-api', access: [{ from: '2027-02-01', who: 'anyone', source: 'x-2026-a' }] });
    expect(routeStatus(later.data, new Date('2027-01-31'))).toBe('closed');
    expect(routeStatus(later.data, new Date('2027-02-01'))).toBe('open');
    const ending = route('ending', { platform: 'Ending', place: 'provider-api', access: [{ who: 'anyone', source: 'x-2026-a' }], tunedShutdown: { date: '2027-03-01', source: 'x-2026-a' } });
    expect(routeStatus(ending.data, new Date('2027-03-01'))).toBe('open');
    expect(routeStatus(ending.data, new Date('2027-03-02'))).toBe('closed');
  });

  it('names the entry in force and the next announced change', () => {
    expect(accessOn(closing.data, new Date('2026-12-07'))?.who).toBe('existing-customers');
    expect(nextAccessChange(closing.data, new Date('2026-12-07'))?.from).toEqual(new Date('2027-01-06'));
    expect(nextAccessChange(closing.data, new Date('2027-01-06'))).toBeUndefined();
    expect(lastNewJobDay(cloud.data)).toBeUndefined();
  });
});

describe('routes for a reader', () => {
  it("lists a model's routes with the maker's own API first", () => {
    expect(routesForModel(routes, 'acme-fast').map((r) => r.id)).toEqual(['acme-api-fast', 'cloud-fast']);
    expect(routesForModel(routes, 'nobody')).toEqual([]);
  });

  it('offers a new customer only the routes open to anyone on the day', () => {
    expect(openToNewCustomers(routes, new Date('2026-05-06')).map((r) => r.id)).toEqual(['acme-api-fast', 'cloud-fast']);
    expect(openToNewCustomers(routes, new Date('2026-12-07')).map((r) => r.id)).toEqual(['cloud-fast']);
  });

  it('splits current routes from closed ones and groups them by operator', () => {
    const { current, closed } = splitByStatus(routes, new Date('2027-01-06'));
    expect(current.map((r) => r.id)).toEqual(['cloud-fast', 'host-open']);
    expect(closed.map((r) => r.id)).toEqual(['acme-api-fast']);
    expect(groupRoutes(routes, (r) => r.operator).map((g) => [g.name, g.routes.length])).toEqual([
      ['Acme', 2],
      ['Big Cloud Inc', 1],
    ]);
  });
});

describe('tuning prices', () => {
  it('reads training and tuned-serving prices from the route, with the day and page they were read on', () => {
    expect(routeFigure(closing.data, 'tunedOutput')).toEqual({ value: 3.2, asOf: new Date('2026-11-24'), source: 'acme-2026-pricing' });
    expect(routeFigure(host.data, 'trainingPerMTok')).toBeUndefined();
    expect(tuningFigure(routes, 'acme-fast', 'trainingPerMTok').value).toBe(5);
    expect(tuningFigure(routes, 'acme-fast', 'trainingPerMTok', 'big cloud').value).toBe(4);
  });

  it('refuses a price no route publishes, naming model, field, platform and the routes it has', () => {
    expect(() => tuningFigure(routes, 'acme-fast', 'tunedInput', 'Big Cloud')).toThrow(
      'no route in content/routes/ publishes tunedInput for acme-fast on "Big Cloud" (its routes: Acme tuning API, Big Cloud)',
    );
  });
});

describe('route schema and links', () => {
  const valid = { platform: 'Plat', operator: 'Op', place: 'provider-api', family: 'Fam', bases: [{ model: 'm' }], methods: ['supervised'], access: [{ who: 'anyone', source: 's-2026-a' }], ...cited };
  const issues = (raw: Record<string, unknown>) => {
    const result = routeSchema.safeParse(raw);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a complete route', () => {
    expect(issues(valid)).toEqual([]);
  });

  it('rejects a bad route naming the field', () => {
    expect(issues({ ...valid, access: [] })).toEqual(['access: say who may start a job (access)']);
    expect(issues({ ...valid, bases: [{}] })).toEqual(['bases.0: name the base model: `model` (a file in content/models/) or `name`']);
    expect(issues({ ...valid, access: [{ who: 'everyone', source: 's-2026-a' }] })[0]).toMatch(/^access\.0\.who: /);
    expect(
      issues({ ...valid, access: [{ who: 'anyone', source: 's' }, { from: '2027-01-06', who: 'closed', source: 's' }, { from: '2026-05-07', who: 'existing-customers', source: 's' }] }),
    ).toEqual(['access.2.from: access entries go oldest first, each on a later day']);
    expect(issues({ ...valid, access: [{ who: 'anyone', source: 's' }, { who: 'closed', source: 's' }] })).toEqual(['access.1.from: only the first access entry may leave out `from`']);
    expect(issues({ ...valid, serving: { kind: 'dedicated', input: 1, ...cited } })).toEqual(['serving.kind: tuned per-token prices belong to kind: per-token (this serving is dedicated)']);
    expect(issues({ ...valid, training: { perMTok: -1, ...cited } })).toEqual(['training.perMTok: a price per million tokens cannot be negative']);
    const { asOf: _asOf, ...undated } = valid;
    expect(issues(undated)).toEqual(['asOf: a date such as 2026-11-24']);
  });

  it('names the file and field of a base model with no file in content/models/, and every citation a route uses', () => {
    expect(routeModelProblems(routes, new Set(['acme-fast']))).toEqual([]);
    expect(routeModelProblems([closing], new Set())).toEqual([
      'content/routes/acme-api-fast.yaml: bases[0].model names no model in content/models/ ("acme-fast"); link an existing file or give only `name`',
    ]);
    expect(routeCitationFields(closing.data).map((f) => f.field)).toEqual([
      'source',
      'access[0].source',
      'access[1].source',
      'access[2].source',
      'training.source',
      'serving.source',
      'tunedShutdown.source',
    ]);
  });
});
