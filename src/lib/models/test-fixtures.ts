/**
 * Fine-tuning routes for the unit tests of the route readers (tuning-routes.test.ts) and of the calculator's presets
 * (cost/presets.test.ts), in the shape of content/routes/: invented platforms, days and figures, not the site's.
 * Test-only: no module of the site imports it.
 */
import { routeSchema } from '../schemas.ts';
import type { RouteEntry } from './tuning-routes.ts';

/** The day a fixture's figures were read and the page they were read on. */
export interface Read {
  asOf: string;
  source: string;
}

/**
 * A route as the build reads content/routes/<id>.yaml, through the schema: Acme tunes its Fast model (acme-fast) by
 * supervised fine-tuning, read on `read`, unless `raw` says otherwise.
 */
export function fixtureRoute(id: string, raw: Record<string, unknown>, read: Read): RouteEntry {
  return {
    id,
    file: `content/routes/${id}.yaml`,
    data: routeSchema.parse({ operator: 'Acme', family: 'Fast', methods: ['supervised'], bases: [{ model: 'acme-fast' }], ...read, ...raw }),
  };
}

/**
 * Acme's own tuning API for Fast, closing in two steps: open to anyone, to existing customers only from
 * `existingOnly`, closed to new jobs from `closes` (its last day is the day before); training $5 per million tokens.
 */
export function closingApi(id: string, platform: string, days: { existingOnly: string; closes: string }, read: Read, raw: Record<string, unknown> = {}): RouteEntry {
  const access = [
    { who: 'anyone', source: 'acme-2026-notice' },
    { from: days.existingOnly, who: 'existing-customers', source: 'acme-2026-notice' },
    { from: days.closes, who: 'closed', source: 'acme-2026-notice' },
  ];
  return fixtureRoute(id, { platform, place: 'provider-api', access, training: { perMTok: 5, ...read }, ...raw }, read);
}
