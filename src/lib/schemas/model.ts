/** A model (content/models/): its prices per place served, their schedule, its measured speed, its architecture and lifecycle. */
import { z } from 'astro/zod';
import { isoDay } from '../content/build-day.ts';
import { citationId, day, perMTok, slug, sourcedSchema } from './fields.ts';
import { UNCONFIRMABLE_FIELDS } from '../models/price-fields.ts';

/** One price list for one place a model is served: the provider's own API or a host of open weights. */
export const priceBlockSchema = sourcedSchema.extend({
  /** Who serves the model at these prices, e.g. "OpenAI API", "Together AI". */
  where: z.string().min(2),
  /** The model's id at this place when it differs from `modelId`. */
  modelId: z.string().min(1).optional(),
  /** Standard input, $/MTok. */
  input: perMTok,
  /** Input read from the prompt cache, $/MTok. Empty when the page publishes none. */
  cachedInput: perMTok.optional(),
  /** Writing the prompt cache, $/MTok, where it is charged separately. */
  cacheWrite: perMTok.optional(),
  /** Output (reasoning tokens included, for reasoning models), $/MTok. */
  output: perMTok,
  /** Share taken off for asynchronous batch processing, 0.5 for half price. Empty when none is published. */
  batchDiscount: z.number().gt(0).lt(1).optional(),
  /**
   * Figures the provider appears to publish (secondary sources quote them) that no copy of its own page we could read
   * shows: left empty, and printed as "not confirmed here" instead of "not published". Say in `note` what was read.
   */
  unconfirmed: z.array(z.enum(UNCONFIRMABLE_FIELDS)).min(1).optional(),
  /** First day these prices apply, when the page announces them ahead (a scheduled rise, the price after an introductory one). */
  from: day.optional(),
  /** Last day these prices apply, when the page announces a change. With no later block for the same `where`, the build fails after it. */
  until: day.optional(),
  /** Anything the numbers alone would mislead about (tiers by prompt length, regional surcharges…). */
  note: z.string().min(5).optional(),
  /**
   * Why this price may differ from the independent price dataset (@pydantic/genai-prices) the tests compare it
   * with: a newer primary page, another tier or region. Without it, a disagreement fails the cross-check.
   */
  crossCheck: z.strictObject({ differs: z.string().min(10, 'say why the dataset differs, e.g. the newer page it predates') }).optional(),
});
export type PriceBlock = z.infer<typeof priceBlockSchema>;

const dayOf = (date: Date | undefined) => date && isoDay(date);

/** A figure a block both gives and lists as unconfirmed contradicts itself. */
export function unconfirmedIssues(prices: readonly Partial<PriceBlock>[]): { path: (string | number)[]; message: string }[] {
  return prices.flatMap((block, i) =>
    (block.unconfirmed ?? []).filter((field) => block[field] !== undefined).map((field) => ({ path: [i, 'unconfirmed'], message: `${field} has a value and is listed as unconfirmed: keep one` })),
  );
}

/**
 * Blocks for the same place form a schedule: each applies from its `from` (or always) through its `until` (or
 * for good). Two windows for one place that share a day contradict each other, and so does a window that ends
 * before it starts; both are reported on the later block's field.
 */
export function priceWindowIssues(prices: readonly Pick<PriceBlock, 'where' | 'from' | 'until'>[]): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  prices.forEach((block, i) => {
    const start = dayOf(block.from);
    const end = dayOf(block.until);
    if (start && end && end < start) issues.push({ path: [i, 'until'], message: `until ${end} is before from ${start}` });
  });
  prices.forEach((block, i) => {
    for (let j = 0; j < i; j += 1) {
      const other = prices[j]!;
      if (other.where.toLowerCase() !== block.where.toLowerCase()) continue;
      const startsBeforeOtherEnds = !block.from || !other.until || dayOf(block.from)! <= dayOf(other.until)!;
      const otherStartsBeforeThisEnds = !other.from || !block.until || dayOf(other.from)! <= dayOf(block.until)!;
      if (startsBeforeOtherEnds && otherStartsBeforeThisEnds) {
        issues.push({
          path: [i, block.from ? 'from' : 'until'],
          message: `overlaps prices[${j}] for "${block.where}": give each block for one place its own days with from/until`,
        });
      }
    }
  });
  return issues;
}

/** A measured speed: time to first token and output speed, with how it was measured. */
export const speedSchema = sourcedSchema.extend({
  /** Where or on what it was measured, e.g. "OpenAI API", "1× H100 with vLLM". */
  where: z.string().min(2),
  /** Seconds from request to the first output token. */
  ttftSeconds: z.number().positive().optional(),
  /** Output tokens per second for one request (or per GPU, for throughput figures: say which in `setup`). */
  tokensPerSecond: z.number().positive().optional(),
  /** What was measured: prompt and output lengths, concurrency, precision, percentile. */
  setup: z.string().min(5),
});
export type SpeedData = z.infer<typeof speedSchema>;

/**
 * What sizes an open-weight model's KV cache: 2 (keys and values) × layers × KV heads × head size × bytes per
 * value, per token held. Each figure comes from the maker's config or model card (`source`, read on `asOf`); a
 * figure the source does not state is left out, and the calculator asks for it instead of guessing.
 */
export const architectureSchema = sourcedSchema.extend({
  /** Transformer layers (num_hidden_layers). */
  layers: z.number().int().positive().optional(),
  /** Key-value heads (num_key_value_heads): fewer than the query heads under grouped-query attention. */
  kvHeads: z.number().int().positive().optional(),
  /** Size of one attention head (head_dim, or hidden size ÷ attention heads). */
  headDim: z.number().int().positive().optional(),
  /** Longest context the model accepts, in tokens. */
  contextTokens: z.number().int().positive().optional(),
  /** How a figure was read or derived, e.g. "head size = 4,096 ÷ 32 heads". */
  note: z.string().min(5).optional(),
});
export type ArchitectureData = z.infer<typeof architectureSchema>;

export const MODEL_KINDS = ['hosted', 'open-weights'] as const;

/** One model offering: a hosted API model or an open-weight model, with its prices and lifecycle (where it can be tuned is in content/routes/). */
export const modelSchema = z
  .strictObject({
    /** Who makes the model, e.g. "OpenAI", "Meta". */
    provider: z.string().min(2),
    /** The family it belongs to, e.g. "GPT-5", "Llama 3.3", for the tuning matrix. */
    family: z.string().min(2),
    /** The provider's id, e.g. "gpt-5-mini", "meta-llama/Llama-3.3-70B-Instruct". */
    modelId: z.string().min(1),
    /** The name a reader knows it by, e.g. "GPT-5 mini". */
    name: z.string().min(2),
    /** Other ways content may spell the name; the shutdown gate looks for these too. */
    aliases: z.array(z.string().min(2)).default([]),
    kind: z.enum(MODEL_KINDS),
    /** Parameter count in billions, for open weights (memory fit in the calculator). */
    parametersB: z.number().positive().optional(),
    /** The shape that sizes the KV cache, read from the maker's config or model card (open weights only). */
    architecture: architectureSchema.optional(),
    /** Reasoning models think in hidden tokens before answering. */
    reasoning: z
      .strictObject({
        /** How the hidden tokens are billed, in the provider's terms. */
        billing: z.string().min(5),
        /** The control that limits thinking, e.g. "reasoning.effort: minimal…high". */
        control: z.string().min(3).optional(),
        source: citationId,
      })
      .optional(),
    /** Context window in tokens, with the page that states it. */
    context: sourcedSchema.extend({ tokens: z.number().int().positive() }).optional(),
    /**
     * Price lists, one per place it is served, and per period where the page announces a change (`from`/`until`):
     * the build uses the block in force on the build day. Empty for a model no page prices.
     */
    prices: z
      .array(priceBlockSchema)
      .default([])
      .superRefine((prices, ctx) => {
        for (const issue of [...priceWindowIssues(prices), ...unconfirmedIssues(prices)]) ctx.addIssue({ code: 'custom', ...issue });
      }),
    lifecycle: sourcedSchema
      .omit({ asOf: true })
      .extend({
        released: day.optional(),
        /** Day the deprecation was announced. */
        deprecationNotice: day.optional(),
        /** Day the model stops answering. After it, content may name the model only as historical. */
        shutdown: day.optional(),
        /** What the provider names as the substitute. */
        replacement: z.string().min(2).optional(),
        /**
         * Set when the dates and replacement were read only in copies of the provider's page, not on the page itself:
         * how they were read, said beside them wherever they are shown (e.g. "read in copies of OpenAI's page").
         */
        reported: z.string().min(5).optional(),
        /**
         * A newer model (a file in content/models/) the maker now offers in its place, with no shutdown announced:
         * the page marks it superseded, the same way for every provider.
         */
        supersededBy: slug.optional(),
      })
      .optional(),
    /** Measured speeds (time to first token, tokens per second), each with its source. */
    speed: z.array(speedSchema).default([]),
    /** Why the model can or cannot be tuned, when the routes in content/routes/ do not say it (e.g. "no provider tunes it"). */
    fineTuningNote: z.string().min(5).optional(),
    /** Kept for the record (figures in claim checks, the source material): not offered as a current choice. */
    historical: z.boolean().default(false),
  })
  .superRefine((model, ctx) => {
    if (model.historical && !model.lifecycle?.shutdown) {
      ctx.addIssue({ code: 'custom', path: ['lifecycle', 'shutdown'], message: 'a historical model needs its shutdown date' });
    }
    if (model.kind === 'open-weights' && model.parametersB === undefined) {
      ctx.addIssue({ code: 'custom', path: ['parametersB'], message: 'an open-weight model needs its parameter count' });
    }
    if (model.kind !== 'open-weights' && model.architecture) {
      ctx.addIssue({ code: 'custom', path: ['architecture'], message: 'architecture sizes self-hosting: only open-weight models have it' });
    }
  });
export type ModelData = z.infer<typeof modelSchema>;
