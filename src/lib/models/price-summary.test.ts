import { describe, expect, it } from 'vitest';
import { modelSchema } from '../schemas.ts';
import { priceSummary } from './price-summary.ts';

const model = modelSchema.parse({
  provider: 'Acme',
  family: 'Acme 1',
  modelId: 'acme-1',
  name: 'Acme 1',
  kind: 'hosted',
  prices: [
    { where: 'Acme API', input: 0.1, output: 0.5, until: '2026-12-31', asOf: '2026-11-01', source: 'acme-pricing' },
    { where: 'Acme API', input: 1.5, output: 7.5, from: '2027-01-01', asOf: '2026-11-01', source: 'acme-pricing' },
    { where: 'Big Cloud', input: 0.12, output: 0.6, asOf: '2026-11-01', source: 'acme-pricing' },
  ],
});

describe('priceSummary', () => {
  it('gives the prices in force on the day, as the pages print prices, with the next announced change', () => {
    expect(priceSummary(model, new Date('2026-12-07T00:00:00Z'))).toBe(
      'Acme API: $0.10 in, $0.50 out per million tokens (from 2027-01-01: $1.50 in, $7.50 out); Big Cloud: $0.12 in, $0.60 out per million tokens',
    );
    // Once the change has come, it is the price in force and nothing is announced.
    expect(priceSummary(model, new Date('2027-01-02T00:00:00Z'))).toBe(
      'Acme API: $1.50 in, $7.50 out per million tokens; Big Cloud: $0.12 in, $0.60 out per million tokens',
    );
  });
});
