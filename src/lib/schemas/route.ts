/** A fine-tuning route (content/routes/): who may start a job and from when, what training costs, how a tuned model is served. */
import { z } from 'astro/zod';
import { citationId, day, perHour, perMTok, slug, sourcedSchema } from './fields.ts';

export const FINE_TUNING_PLACES = ['provider-api', 'enterprise-platform', 'third-party-host', 'self-hosted'] as const;
/** What the training does: learn from examples (supervised), from preferred/rejected pairs (preference, e.g. DPO), or from a grader's scores (reinforcement). */
export const FINE_TUNING_METHODS = ['supervised', 'preference', 'reinforcement'] as const;
/** Which weights change: a low-rank adapter (LoRA) or all of them (full). */
export const FINE_TUNING_WEIGHTS = ['lora', 'full'] as const;
/**
 * Who may start a tuning job: anyone who signs up; only customers who already used the route; a preview whose
 * terms may change or that admits accounts by request; nobody.
 */
export const ROUTE_ACCESS = ['anyone', 'existing-customers', 'preview', 'closed'] as const;
/**
 * How the tuned model is served: per token at the base model's own price, per token at the tuned model's own
 * price (often above the base price), on capacity rented by the hour (a dedicated endpoint or provisioned throughput), or on your own hardware.
 */
export const TUNED_SERVING = ['base-price', 'per-token', 'dedicated', 'self-hosted'] as const;

/** One change in who may start jobs on a route, from a day on (the first entry may leave `from` out: it held when first read). */
export const routeAccessSchema = z.strictObject({
  /** First day this applies. */
  from: day.optional(),
  who: z.enum(ROUTE_ACCESS),
  /** Citation id of the page that announces or states it. */
  source: citationId,
  /** The provider's own terms, when "who" needs them (which customers count as existing, how to ask for access). */
  note: z.string().min(5).optional(),
});

/** One base model a route tunes: the model's file in content/models/ where there is one, else its name. */
export const routeBaseSchema = z
  .strictObject({
    /** File name in content/models/ (without .yaml). */
    model: slug.optional(),
    /** Name to print when no model file exists (e.g. "Amazon Nova Lite"). */
    name: z.string().min(2).optional(),
  })
  .refine((base) => base.model !== undefined || base.name !== undefined, 'name the base model: `model` (a file in content/models/) or `name`');

/** What training costs on the route, read on one page on one day. */
export const routeTrainingSchema = sourcedSchema.extend({
  /** US dollars per million training tokens (tokens × epochs). */
  perMTok: perMTok.optional(),
  /** US dollars per hour of training (GPU-hours on your own hardware are priced in content/gpus/ instead). */
  perHour: perHour.optional(),
  /** Minimum charges, brackets by model size, storage fees, in the page's own terms. */
  terms: z.string().min(5).optional(),
});

/** How the tuned model is served and what that costs, read on one page on one day. */
export const routeServingSchema = sourcedSchema
  .extend({
    kind: z.enum(TUNED_SERVING),
    /** Tuned model's input, $/MTok (for per-token; base-price routes read the base model's price list). */
    input: perMTok.optional(),
    cachedInput: perMTok.optional(),
    output: perMTok.optional(),
    /** Capacity by the hour, US dollars (for dedicated). */
    perHour: perHour.optional(),
    /** Anything the numbers leave out (per-minute billing, idle charges, which bases qualify). */
    terms: z.string().min(5).optional(),
  })
  .superRefine((serving, ctx) => {
    if (serving.kind !== 'per-token' && (serving.input !== undefined || serving.output !== undefined || serving.cachedInput !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: `tuned per-token prices belong to kind: per-token (this serving is ${serving.kind})` });
    }
    if (serving.kind !== 'dedicated' && serving.perHour !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['perHour'], message: 'an hourly price belongs to kind: dedicated' });
    }
  });

/**
 * One fine-tuning route: a platform tuning a base model (or a family of them) by some methods, who may start
 * jobs there from which day, what training and serving cost, and the announced last days. The file name is the
 * route's id. Status on any day is computed from `access` (src/lib/models/tuning-routes.ts), so a route closes on its
 * announced date without anyone editing it.
 */
export const routeSchema = sourcedSchema
  .extend({
    /** The product a team uses, e.g. "OpenAI fine-tuning API", "Microsoft Foundry", "Together AI". */
    platform: z.string().min(2),
    /** The company that runs it, e.g. "OpenAI", "Microsoft", "Together AI" (grouping by provider). */
    operator: z.string().min(2),
    place: z.enum(FINE_TUNING_PLACES),
    /** The model family, e.g. "GPT-4.1", "Llama 3", "Amazon Nova" (grouping by family). */
    family: z.string().min(2),
    bases: z.array(routeBaseSchema).min(1, 'name at least one base model'),
    methods: z.array(z.enum(FINE_TUNING_METHODS)).min(1, 'name at least one tuning method'),
    /** Which weights the training changes, when the page says. */
    weights: z.array(z.enum(FINE_TUNING_WEIGHTS)).default([]),
    /** Who may start jobs, oldest first; the last entry whose `from` has come applies. */
    access: z.array(routeAccessSchema).min(1, 'say who may start a job (access)'),
    training: routeTrainingSchema.optional(),
    serving: routeServingSchema.optional(),
    /** Day tuned models stop answering, when announced. */
    tunedShutdown: sourcedSchema.omit({ asOf: true }).extend({ date: day }).optional(),
    /** What a reader should know that the fields do not say. */
    note: z.string().min(5).optional(),
    /** Citation ids of further pages the terms and note draw on (listed with the route's sources). */
    see: z.array(citationId).default([]),
  })
  .superRefine((route, ctx) => {
    route.access.forEach((entry, i) => {
      if (i > 0 && entry.from === undefined) {
        ctx.addIssue({ code: 'custom', path: ['access', i, 'from'], message: 'only the first access entry may leave out `from`' });
      }
      const previous = route.access[i - 1]?.from;
      if (previous && entry.from && entry.from.getTime() <= previous.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['access', i, 'from'], message: 'access entries go oldest first, each on a later day' });
      }
    });
    if (route.place === 'self-hosted' && route.serving && route.serving.kind !== 'self-hosted') {
      ctx.addIssue({ code: 'custom', path: ['serving', 'kind'], message: 'a self-hosted route serves on your own hardware (kind: self-hosted)' });
    }
  });
export type RouteData = z.infer<typeof routeSchema>;
