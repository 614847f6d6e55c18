/**
 * The worked examples of the open-weight fine-tuning and model-lifecycle guides, checked against sums done by hand:
 * every <Calc> in those pages is evaluated with fixed prices (an H100 at $4.176 an hour, Claude Opus 5 input at
 * $5 per million tokens) and must print what the hand-worked arithmetic gives. A formula edited without its
 * worked numbers, or a figure reordered in the prose, fails here with the page named.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURE_FORMAT } from './format.ts';
import type { ModelEntry } from './model-data.ts';
import { CALC_RESULT, calcFigures, figuresFromModels } from './priced-figures.ts';
import { modelSchema, type GpuData } from './schemas.ts';

const opus5: ModelEntry = {
  id: 'anthropic-claude-opus-5',
  file: 'content/models/anthropic-claude-opus-5.yaml',
  data: modelSchema.parse({
    provider: 'Anthropic',
    family: 'Claude Opus',
    modelId: 'claude-opus-5',
    name: 'Claude Opus 5',
    kind: 'hosted',
    prices: [{ where: 'Claude API', input: 5, output: 25, asOf: '2026-11-24', source: 'a-2026-price-list' }],
  }),
};
const models = new Map([[opus5.id, opus5]]);
const gpus = new Map([['nvidia-h100-80gb', { prices: [{ perHour: 4.176 }] } as unknown as GpuData]]);

/** Each <Calc … /> of a guide, as the attribute map the component receives, in page order. */
function calcsOf(guide: string): Record<string, string>[] {
  const mdx = readFileSync(new URL(`../../content/guides/${guide}.mdx`, import.meta.url), 'utf8');
  return [...mdx.matchAll(/<Calc\s([^>]*?)\/>/g)].map((m) => Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])));
}
const printed = (guide: string) =>
  calcsOf(guide).map((attributes) => figuresFromModels(calcFigures(attributes), models, FIGURE_FORMAT, { day: new Date(), refuseShutDown: false }, gpus).get(CALC_RESULT)!.text);

describe('worked examples, against the arithmetic done by hand', () => {
  it('open-weight fine-tuning: a LoRA run on 2,000 examples of 700 tokens for 3 epochs', () => {
    // 2,000 × 700 × 3 = 4,200,000 tokens; at 4,699 tokens/s that is 893.8 s = 14.9 min = 0.2483 h;
    // 0.2483 h × $4.176 = $1.04; the hourly rate itself; a sweep of 8 one-hour runs = 8 × $4.176 = $33.41.
    expect(printed('open-weight-fine-tuning')).toEqual(['4,200,000', '14.9', '$1.04', '$4.18', '$33.41']);
  });
  it('model lifecycle: up to 1.35 times the tokens on 2,000 million input tokens a month', () => {
    // 2,000 × 1.35 = 2,700 million tokens; the extra 700 million at $5 per million = $3,500 a month.
    expect(printed('model-lifecycle')).toEqual(['2,700', '$3,500']);
  });
});
