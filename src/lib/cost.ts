/**
 * Monthly cost of serving an LLM feature two ways: a large model with a long few-shot prompt, or a
 * fine-tuned smaller model with a short prompt. All prices are per million tokens (MTok).
 */

export const TOKENS_PER_MTOK = 1_000_000;

export interface PromptedSetup {
  /** System prompt plus few-shot examples: the same for every request, so it can be cached. */
  promptTokens: number;
  /** Tokens of the user's own input per request. */
  userTokens: number;
  outputTokens: number;
  inputPrice: number;
  outputPrice: number;
  /** Discount on cached input tokens, 0–1 (0.5 = half price). */
  cacheDiscount: number;
  /** Share of requests whose prompt prefix is served from the cache, 0–1. */
  cacheHitRate: number;
}

export interface TunedSetup {
  promptTokens: number;
  userTokens: number;
  outputTokens: number;
  inputPrice: number;
  outputPrice: number;
  /** Tokens in the training file, epochs, and the training price per MTok trained. */
  trainingTokens: number;
  epochs: number;
  trainingPrice: number;
  /** Training runs per year after the first (retraining). */
  retrainsPerYear: number;
  /** Fixed monthly hosting when self-hosted; 0 on a pay-per-token API. */
  hostingPerMonth: number;
}

export interface CostInputs {
  requestsPerDay: number;
  daysPerMonth: number;
  prompted: PromptedSetup;
  tuned: TunedSetup;
}

/** Price of `tokens` at `pricePerMTok`. */
export function tokenCost(tokens: number, pricePerMTok: number): number {
  return (tokens * pricePerMTok) / TOKENS_PER_MTOK;
}

export function requestsPerMonth(inputs: Pick<CostInputs, 'requestsPerDay' | 'daysPerMonth'>): number {
  return inputs.requestsPerDay * inputs.daysPerMonth;
}

/** Per-request cost of the prompted setup, with the cached share of the prompt discounted. */
export function promptedCostPerRequest(p: PromptedSetup): number {
  const effectivePromptTokens = p.promptTokens * (1 - p.cacheHitRate * p.cacheDiscount);
  return tokenCost(effectivePromptTokens + p.userTokens, p.inputPrice) + tokenCost(p.outputTokens, p.outputPrice);
}

export function tunedCostPerRequest(t: TunedSetup): number {
  return tokenCost(t.promptTokens + t.userTokens, t.inputPrice) + tokenCost(t.outputTokens, t.outputPrice);
}

/** One training run. */
export function trainingRunCost(t: TunedSetup): number {
  return tokenCost(t.trainingTokens * t.epochs, t.trainingPrice);
}

export interface CostBreakdown {
  requestsPerMonth: number;
  promptedInputTokensPerMonth: number;
  promptedMonthly: number;
  /** Serving and hosting only. */
  tunedRunningMonthly: number;
  /** Running cost plus retraining spread over the year. */
  tunedMonthly: number;
  trainingRun: number;
  /** Prompted minus tuned, per month; positive when fine-tuning saves money. */
  monthlySaving: number;
  /** Months until the first training run is paid back; null when it never is. */
  breakEvenMonths: number | null;
}

export function compareCosts(inputs: CostInputs): CostBreakdown {
  const monthly = requestsPerMonth(inputs);
  const { prompted, tuned } = inputs;
  const promptedMonthly = monthly * promptedCostPerRequest(prompted);
  const tunedRunningMonthly = monthly * tunedCostPerRequest(tuned) + tuned.hostingPerMonth;
  const trainingRun = trainingRunCost(tuned);
  const tunedMonthly = tunedRunningMonthly + (trainingRun * tuned.retrainsPerYear) / 12;
  const monthlySaving = promptedMonthly - tunedMonthly;
  return {
    requestsPerMonth: monthly,
    promptedInputTokensPerMonth: monthly * (prompted.promptTokens + prompted.userTokens),
    promptedMonthly,
    tunedRunningMonthly,
    tunedMonthly,
    trainingRun,
    monthlySaving,
    breakEvenMonths: monthlySaving > 0 ? trainingRun / monthlySaving : null,
  };
}

/** The input price per MTok that a stated monthly bill implies. */
export function impliedInputPrice(monthlyBill: number, requestsPerDay: number, tokensPerRequest: number, daysPerMonth = 30): number {
  const tokens = requestsPerDay * tokensPerRequest * daysPerMonth;
  if (tokens <= 0) throw new RangeError('The request volume and tokens per request must be positive');
  return (monthlyBill / tokens) * TOKENS_PER_MTOK;
}

/** Monthly cost of each setup at several request volumes, for the chart and its table. */
export function costCurve(inputs: CostInputs, volumes: readonly number[]) {
  return volumes.map((requestsPerDay) => {
    const result = compareCosts({ ...inputs, requestsPerDay });
    return { requestsPerDay, prompted: result.promptedMonthly, tuned: result.tunedMonthly };
  });
}

/** Volumes from a tenth to ten times the current one, evenly spaced on a log scale. */
export function volumeRange(center: number, points = 9): number[] {
  if (!(center > 0)) return [];
  return Array.from({ length: points }, (_, i) => Math.round(center * 10 ** (-1 + (2 * i) / (points - 1))));
}
