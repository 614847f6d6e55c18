/**
 * The worked cases the cost calculator opens on, as named starting points:
 *   - "email": 2 million support emails a month sorted into 40 categories, a 3,450-token system prompt with
 *     15 examples, 300 tokens of email and 20 of output, answers wanted within 1 s at p95; priced from current
 *     presets, with the prompt cache on and batch off (a 1 s target rules out batch jobs), the p95 target set to
 *     1 s, and C sized on the self-hosting pair of issue #22 (Llama 3.3 70B on always-on H100 workers) from that
 *     pair's own benchmark. The first screen.
 *   - "source-2024": the source material's example, 10 million requests a day with a 4,000-token prompt at
 *     the hand-typed 2024 prices: the calculator's link defaults, so old links keep their meaning.
 * A page whose URL holds no calculator key opens on "email"; every link the calculator writes names its state
 * in full against the 2024 defaults (and `case=2024` for the defaults themselves).
 */
import { defaultState, type CalculatorState } from './fields.ts';
import { servingPairFor, type Preset } from './presets.ts';

export type CaseId = 'email' | 'source-2024';

export interface CalculatorCase {
  id: CaseId;
  /** Button text. */
  label: string;
  /** One paragraph for the reader and the decision record: the workload and what the case assumes. */
  description: string;
  state: CalculatorState;
}

/** The presets the email case prefers; when one is not current, the first current preset of its slot. */
export const EMAIL_PRESETS = {
  a: 'a:openai-gpt-6-luna:openai-api',
  b: 'b:openai-gpt-4-1-mini:openai-fine-tuning-api',
  /** C's open-weight model and GPU: the pair whose benchmark publishes a prompt rate and latency for a p95 check. */
  c: 'c:meta-llama-3-3-70b-instruct',
  g: 'g:nvidia-h100-80gb:runpod-serverless-always-on-worker-h100-pro-tier',
} as const;

/** The email workload, before prices. */
export const EMAIL_WORKLOAD = {
  requestsPerMonth: 2_000_000,
  categories: 40,
  promptTokens: 3450,
  examples: 15,
  userTokens: 300,
  outputTokens: 20,
  p95Seconds: 1,
  /** Share of requests whose prompt prefix is read from the cache: an assumption to replace with a measurement. */
  cacheHitPercent: 90,
} as const;

function pick(presets: readonly Preset[], slot: 'a' | 'b' | 'c' | 'g', preferred: string): Preset | undefined {
  const current = presets.filter((p) => p.slot === slot && p.current);
  return current.find((p) => p.id === preferred) ?? current[0];
}

export function emailCase(presets: readonly Preset[]): CalculatorCase {
  const base = defaultState();
  const w = EMAIL_WORKLOAD;
  const a = pick(presets, 'a', EMAIL_PRESETS.a);
  const b = pick(presets, 'b', EMAIL_PRESETS.b);
  // C: the model and GPU, then the pair's own benchmark (or its figures cleared and asked for), as choosing them does.
  const model = pick(presets, 'c', EMAIL_PRESETS.c);
  const gpu = pick(presets, 'g', EMAIL_PRESETS.g);
  const pair = model && gpu ? servingPairFor(new Map(presets.map((p) => [p.id, p])), model.id, gpu.id) : null;
  const state: CalculatorState = {
    ...base,
    per: 'month',
    options: ['a', ...(b ? ['b' as const] : []), ...(pair ? ['c' as const] : [])],
    values: {
      ...base.values,
      vol: w.requestsPerMonth,
      au: w.userTokens,
      ao: w.outputTokens,
      ap: w.promptTokens,
      ar: 0,
      ch: w.cacheHitPercent,
      ab: 0,
      lt: w.p95Seconds,
      ...(a?.fields ?? {}),
      ...(b?.fields ?? {}),
      ...(pair ? { ...model!.fields, ...gpu!.fields, ...pair.fields } : {}),
    },
    presets: { ...(a ? { a: a.id } : {}), ...(b ? { b: b.id } : {}), ...(pair ? { c: model!.id, g: gpu!.id, ...(pair.preset ? { s: pair.preset.id } : {}) } : {}) },
  };
  const reasoning = a?.notes.some((n) => n.startsWith('A reasoning model')) ? ' It is a reasoning model: the case assumes the lowest reasoning effort and 0 reasoning tokens; enter yours if you let it think.' : '';
  const description =
    `${w.requestsPerMonth / 1e6} million support emails a month, each sorted into one of ${w.categories} categories: a ${w.promptTokens.toLocaleString('en-US')}-token system prompt with ${w.examples} worked examples, ${w.userTokens} tokens of email and ${w.outputTokens} tokens of answer, wanted within ${w.p95Seconds} s at p95. ` +
    `${a ? `A is priced as ${a.label} (as of ${a.asOf}).${reasoning}` : 'No current hosted price is in the site’s data: enter your own.'} ` +
    `The prompt cache is on, assuming ${w.cacheHitPercent} % of requests find the prompt cached (measure yours); batch jobs are off, because a ${w.p95Seconds} s target leaves no room for them.` +
    (b ? ` B is priced as ${b.label}${b.newJobsUntil ? `, which takes new tuning jobs until ${b.newJobsUntil}` : ''}${b.tunedShutdown ? `${b.newJobsUntil ? ' and' : ', whose'} tuned models stop answering after ${b.tunedShutdown}` : ''}.` : ' No hosted tuning route with published prices is open today, so B is left out.') +
    (pair
      ? ` C runs ${model!.label.split(',')[0]} on ${gpu!.label.split(',')[0]} (${gpu!.label.split(': ').slice(1).join(': ')}), ${pair.preset ? 'sized from that pair’s own benchmark' : 'a pair with no published benchmark: enter its throughput and latency'}; each answer is checked against the ${w.p95Seconds} s target.`
      : ` No open-weight model and GPU are in the site’s data, so C is left out; answers are still checked against the ${w.p95Seconds} s target.`);
  return { id: 'email', label: 'Support emails at today’s prices', description, state };
}

export const SOURCE_2024_CASE: CalculatorCase = {
  id: 'source-2024',
  label: 'A widely shared guide’s 2024 example',
  description:
    'A widely shared guide’s example: 10 million requests a day with a 4,000-token few-shot prompt, with undated prices typed by hand ($2.50 input and $10 output per million tokens for A; $0.30 and $1.20 for a tuned model, whose training price is left for you to enter). Kept to check the source’s arithmetic, not to decide on.',
  state: defaultState(),
};
