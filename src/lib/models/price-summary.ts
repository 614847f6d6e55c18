/**
 * A model's prices in one sentence, for the Atom feed: the price in force at each place on the build day, formatted as
 * every page formats prices, and the next announced change where there is one. Pure.
 */
import type { ModelData } from '../schemas.ts';
import { formatPrice } from '../site/format.ts';
import { isoDay } from '../content/build-day.ts';
import { nextPrice, pricesInForce } from './model-data.ts';

export function priceSummary(data: Pick<ModelData, 'prices'>, today: Date): string {
  return pricesInForce(data, today)
    .map((p) => {
      const next = nextPrice(data, p.where, today);
      const change = next?.from ? ` (from ${isoDay(next.from)}: ${formatPrice(next.input)} in, ${formatPrice(next.output)} out)` : '';
      return `${p.where}: ${formatPrice(p.input)} in, ${formatPrice(p.output)} out per million tokens${change}`;
    })
    .join('; ');
}
