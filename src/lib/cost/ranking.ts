/**
 * Which costed options may be ranked, and what the break-even between A and a tuned option says. A tuned
 * option whose training is not priced (no training price, no training GPU-hours) is shown but never ranked
 * "cheapest", and its break-even says what to enter: a $0 training run would make it look free to adopt.
 */
import { breakEvenMonths, breakEvenVolume, cheapest, type Comparison, type CostInputs, type OptionId } from './cost.ts';
import type { Formatters } from './flips.ts';

export type TunedId = Exclude<OptionId, 'a'>;

/** What a tuned option lacks before it can be compared, or null when it is costed in full. */
export function missingInput(inputs: CostInputs, result: Comparison, id: OptionId): string | null {
  if (id === 'a') return null;
  if (id === 'c' && !result.options.c.complete) {
    // The self-hosting sizing names what it lacks: the model's shape, the pair's throughput, the GPU's price or memory.
    const missing = result.sizing.missing;
    return missing.length > 0 ? `Enter ${missing.join(', ')}` : 'Enter C’s serving figures';
  }
  if (id === 'b' && (inputs.b.trainingPrice === 0 || inputs.b.trainingTokens === 0 || inputs.b.epochs === 0)) return 'Enter a training price, training tokens and epochs';
  if (id === 'c' && inputs.c.trainingGpuHours === 0) return 'Enter the GPU-hours of a training run';
  return null;
}

/** The chosen options that are costed in full, in their order. */
export function rankable(inputs: CostInputs, result: Comparison, chosen: readonly OptionId[]): OptionId[] {
  return chosen.filter((id) => result.options[id].complete && missingInput(inputs, result, id) === null);
}

/** The cheapest option among those costed in full. */
export function cheapestCosted(inputs: CostInputs, result: Comparison, chosen: readonly OptionId[]): OptionId | null {
  return cheapest(result, rankable(inputs, result, chosen));
}

/** The largest monthly volume the break-even search looks at. */
export const searchCeiling = (monthly: number) => Math.max(monthly * 1000, 1e6);

/**
 * The break-even of a tuned option against A, in words: when its training is repaid, and from which monthly
 * volume it costs less. A gap of zero or less (never repaid) and an option cheaper at every volume are said
 * as such, never as "0 months" or "from 1 request".
 */
export function breakEvenText(inputs: CostInputs, result: Comparison, id: TunedId, f: Pick<Formatters, 'count' | 'money'>): string {
  const missing = missingInput(inputs, result, id);
  if (missing) return `${missing} to compare it`;
  const option = result.options[id];
  const saving = result.options.a.monthly - option.monthly;
  const months = breakEvenMonths(result, id);
  const monthly = result.requestsPerMonth;
  const ceiling = searchCeiling(monthly);
  const volume = breakEvenVolume(inputs, id, ceiling);
  const from =
    volume === null
      ? `dearer than A at every volume up to ${f.count(ceiling)} requests a month`
      : volume <= 1
        ? 'cheaper than A at every volume'
        : `cheaper than A from about ${f.count(volume)} requests a month`;
  if (months === null) {
    const gap = saving === 0 ? 'it costs the same as A a month, so training is never repaid' : `it costs ${f.money(-saving)} a month more than A, so training is never repaid`;
    return `${capitalize(gap)} at this volume; ${from}`;
  }
  const repaid = months < 1 ? 'within the first month' : `in ${f.count(Math.round(months * 10) / 10)} months`;
  return `Training repaid ${repaid}; ${from}`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
