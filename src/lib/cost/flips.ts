/**
 * The assumptions that would flip the calculator's answer, worked out from the inputs: the volume at which
 * the cheapest option changes, what the cheaper steps (caching, batch, a shorter prompt, fewer reasoning
 * tokens, a smaller model or routing) would do to option A, how sensitive self-hosting is to utilization, and the site's rule that cost alone never
 * justifies tuning (RULE.md: a measured reason, the data, and the means to prove and keep it).
 */
import { breakEvenVolume, cheapest, compare, type Comparison, type CostInputs, type OptionId } from './cost.ts';
import { OPTION_SHORT } from './fields.ts';

export interface Flip {
  text: string;
  /** The guide section that explains it. */
  href?: string;
  /** True when this assumption, changed as described, changes which option is cheapest. */
  flips: boolean;
}

export interface Formatters {
  money: (n: number) => string;
  count: (n: number) => string;
  percent: (fraction: number) => string;
}

export const GUIDE_LINKS = {
  caching: '/guides/cost-and-latency/#prompt-caching',
  batch: '/guides/cost-and-latency/#batch-discounts',
  trim: '/guides/prompt-engineering/#how-many-examples',
  routing: '/guides/model-routing/',
  tuned: '/guides/cost-and-latency/#a-smaller-fine-tuned-model-with-a-short-prompt',
  conditions: '/guides/fine-tuning/#the-three-conditions',
  hiddenCosts: '/guides/fine-tuning/#the-costs-engineers-underestimate',
} as const;

const name = (id: OptionId) => OPTION_SHORT[id];

/** A's monthly cost with some of its settings changed. */
function promptedWith(inputs: CostInputs, change: Partial<CostInputs['a']>): number {
  return compare({ ...inputs, a: { ...inputs.a, ...change } }).options.a.monthly;
}

export function flipAssumptions(inputs: CostInputs, chosen: readonly OptionId[], f: Formatters): Flip[] {
  const result: Comparison = compare(inputs);
  const best = cheapest(result, chosen);
  if (best === null) return [];
  const bestCost = result.options[best].monthly;
  const flips: Flip[] = [];
  const monthly = result.requestsPerMonth;
  const tunedChosen = chosen.filter((id): id is 'b' | 'c' => id !== 'a' && result.options[id].complete);

  // Volume: where the ranking between A and each tuned option changes.
  for (const id of tunedChosen) {
    const volume = breakEvenVolume(inputs, id, Math.max(monthly * 1000, 1e6));
    if (best === 'a' && volume !== null && volume > monthly) {
      flips.push({ text: `Volume: from about ${f.count(volume)} requests a month (you entered ${f.count(monthly)}), ${name(id)} would cost less than A.`, href: GUIDE_LINKS.tuned, flips: true });
    } else if (best === id && volume !== null && volume > 0) {
      flips.push({ text: `Volume: below about ${f.count(volume)} requests a month (you entered ${f.count(monthly)}), A would cost less than ${name(id)}.`, href: GUIDE_LINKS.tuned, flips: true });
    } else if (best === 'a' && volume === null) {
      flips.push({ text: `Volume: ${name(id)} stays dearer than A at every volume up to ${f.count(Math.max(monthly * 1000, 1e6))} requests a month.`, flips: false });
    }
  }

  if (best !== 'a' && chosen.includes('a')) {
    // The cheaper steps come first: caching, batch, fewer reasoning tokens.
    const cached = promptedWith(inputs, { cacheHitRate: 1 });
    if (inputs.a.cacheHitRate < 1 && inputs.a.cachedInputPrice < inputs.a.inputPrice) {
      flips.push({
        text: `Caching: with the few-shot prompt read from the cache on every request, A would cost ${f.money(cached)} a month${cached <= bestCost ? `, less than ${name(best)}: turn caching on before tuning` : `, still more than ${name(best)}`}.`,
        href: GUIDE_LINKS.caching,
        flips: cached <= bestCost,
      });
    }
    if (inputs.a.batchShare < 1 && inputs.a.batchDiscount > 0) {
      const batched = promptedWith(inputs, { cacheHitRate: Math.max(inputs.a.cacheHitRate, 0), batchShare: 1 });
      flips.push({
        text: `Batch: if every request can wait for a batch job, A would cost ${f.money(batched)} a month${batched <= bestCost ? `, less than ${name(best)}` : `, still more than ${name(best)}`}.`,
        href: GUIDE_LINKS.batch,
        flips: batched <= bestCost,
      });
    }
    if (inputs.a.promptTokens > 0) {
      const trimmed = promptedWith(inputs, { promptTokens: Math.round(inputs.a.promptTokens / 2) });
      flips.push({
        text: `Prompt length: with half the few-shot prompt (${f.count(Math.round(inputs.a.promptTokens / 2))} tokens), A would cost ${f.money(trimmed)} a month${trimmed <= bestCost ? `, less than ${name(best)}: check whether fewer examples keep the quality` : ''}.`,
        href: GUIDE_LINKS.trim,
        flips: trimmed <= bestCost,
      });
    }
    flips.push({
      text: 'A smaller or cheaper hosted model for A, or routing the easy requests to one, are cheaper steps too: try another preset for A, or the routing calculator below.',
      href: GUIDE_LINKS.routing,
      flips: false,
    });
    if (inputs.a.reasoningTokens > 0) {
      const plain = promptedWith(inputs, { reasoningTokens: 0 });
      flips.push({
        text: `Reasoning: without its ${f.count(inputs.a.reasoningTokens)} reasoning tokens a request, A would cost ${f.money(plain)} a month${plain <= bestCost ? `, less than ${name(best)}: try a lower reasoning effort or a model that does not reason` : ''}.`,
        flips: plain <= bestCost,
      });
    }
  }

  if (tunedChosen.includes('c')) {
    const c = inputs.c;
    const half = compare({ ...inputs, c: { ...c, targetUtilization: c.targetUtilization / 2 } });
    const halfBest = cheapest(half, chosen);
    flips.push({
      text: `Utilization: if the GPUs reach only ${f.percent(c.targetUtilization / 2)} of their throughput at the peak instead of ${f.percent(c.targetUtilization)}, C needs ${f.count(half.sizing.gpus)} ${half.sizing.gpus === 1 ? 'GPU' : 'GPUs'} and costs ${f.money(half.options.c.monthly)} a month${halfBest !== best ? `, and ${halfBest ? name(halfBest) : 'another option'} becomes cheapest` : ''}.`,
      flips: halfBest !== best,
    });
    if (c.operationsPerMonth === 0) {
      flips.push({ text: 'Operations: C counts $0 a month for the people who run it; any on-call, monitoring or upgrade time is added every month.', href: GUIDE_LINKS.hiddenCosts, flips: best === 'c' });
    }
  }
  for (const id of tunedChosen) {
    if (result.options[id].training === 0) {
      flips.push({ text: `Training: ${name(id)}’s training is counted as $0 because no training ${id === 'b' ? 'price' : 'GPU-hours'} were entered.`, flips: false });
    }
  }
  if (best !== 'a') {
    flips.push({
      text: `Cost alone is not a reason to fine-tune: ${name(best)} is only an answer if the tuned model meets your quality bar on a held-out eval set, you have the labelled data, and your team can retrain it and move it when its base model is retired.`,
      href: GUIDE_LINKS.conditions,
      flips: true,
    });
  } else if (tunedChosen.length > 0) {
    flips.push({ text: 'A quality plateau, not cost, is the usual reason to tune at this price: the calculator cannot see it, your eval set can.', href: GUIDE_LINKS.conditions, flips: false });
  }
  return flips;
}
