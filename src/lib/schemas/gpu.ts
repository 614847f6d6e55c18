/** A GPU (content/gpus/): hourly prices by billing kind and the serving throughputs measured on it. */
import { z } from 'astro/zod';
import { citationId, sourcedSchema } from './fields.ts';

/**
 * How an hourly GPU price is billed. The same card's hour can cost very differently by host and billing, and the
 * bills differ in which hours they charge, so they are never mixed:
 *   on-demand: a rented instance, billed while it runs, whether or not it serves anything;
 *   serverless: a worker billed per second only while it runs, scaling to zero between requests;
 *   serverless-always-on: a serverless worker kept running all the time (an "active" worker), billed for every hour,
 *   idle or not. A host may not publish a separate rate for it (Runpod has not since May 2026: its active workers
 *   pay the standard per-second rate, less any discount agreed with sales); the price's note says which rate it is.
 */
export const GPU_BILLING = ['on-demand', 'serverless', 'serverless-always-on'] as const;
export type GpuBilling = (typeof GPU_BILLING)[number];

/** Weight precisions the calculator sizes memory for, in bits per parameter. */
export const WEIGHT_BITS = [16, 8, 4] as const;

/** One hourly price for one GPU at one host, with how it is billed. */
export const gpuPriceSchema = sourcedSchema.extend({
  /** Host and product, e.g. "Runpod Serverless (H100 PRO tier)". */
  where: z.string().min(2),
  billing: z.enum(GPU_BILLING, { error: `billing must be one of ${GPU_BILLING.join(', ')}` }),
  perHour: z.number().positive(),
  note: z.string().min(5).optional(),
});
export type GpuPrice = z.infer<typeof gpuPriceSchema>;

/**
 * One published serving benchmark of one open-weight model on this GPU: the calculator sizes a model × GPU pair
 * only from a measurement of that pair. Token rates are for the whole measurement (all `gpus` together).
 */
export const servingMeasurementSchema = sourcedSchema.extend({
  /** The model measured: a file name in content/models/ (checked across collections). */
  model: z.string().regex(/^[a-z0-9-]+$/, 'a model id: the name of a file in content/models/'),
  /** Serving engine and release, e.g. "vLLM 0.5.4", "NVIDIA NIM 1.8.0". */
  engine: z.string().min(2),
  /** GPUs the measurement ran on (tensor parallelism): the rates are divided by it for a per-GPU figure. */
  gpus: z.number().int().positive().default(1),
  /** Weight precision in bits. */
  weightBits: z.union(WEIGHT_BITS.map((b) => z.literal(b)) as [z.ZodLiteral<16>, z.ZodLiteral<8>, z.ZodLiteral<4>], { error: 'weightBits is 16, 8 or 4' }),
  /** Requests in flight at once. */
  concurrency: z.number().int().positive(),
  /** Prompt and answer length per request, when the benchmark states them. */
  inputTokens: z.number().int().positive().optional(),
  outputTokens: z.number().int().positive().optional(),
  /** Output tokens per second summed over all requests and GPUs (decode throughput). */
  outputTokensPerSecond: z.number().positive(),
  /** Prompt tokens per second the measurement processed (prefill), when published or derivable as stated in `setup`. */
  prefillTokensPerSecond: z.number().positive().optional(),
  /** Mean seconds to the first token at this concurrency. */
  ttftSeconds: z.number().positive().optional(),
  /** Mean seconds between output tokens of one request (inter-token latency) at this concurrency. */
  interTokenSeconds: z.number().positive().optional(),
  /** What the numbers alone do not say: dataset, percentile, how a figure was derived. */
  setup: z.string().min(5),
});
export type ServingMeasurement = z.infer<typeof servingMeasurementSchema>;

/** A GPU a team might rent to serve or tune open weights: memory, hourly prices and measured throughput. */
export const gpuSchema = z.strictObject({
  /** e.g. "NVIDIA H100 80GB SXM". */
  name: z.string().min(3),
  /** Memory in GB, from the vendor's or a cloud's page. */
  memoryGB: z.number().positive(),
  memorySource: citationId,
  /** Hourly prices per GPU, each labelled with how it is billed. */
  prices: z.array(gpuPriceSchema).min(1, 'a GPU needs at least one cited hourly price'),
  /** Published serving benchmarks on this GPU, one per model × precision × concurrency. */
  throughput: z.array(servingMeasurementSchema).default([]),
});
export type GpuData = z.infer<typeof gpuSchema>;
