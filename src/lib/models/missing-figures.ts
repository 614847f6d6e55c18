/**
 * What a page prints where the data holds no figure, worded once for /models/, its Markdown twin (/models.md), the
 * routes page and each route's card, so a page's legend and its cells cannot drift apart.
 */
import { formatPrice } from '../site/format.ts';

/** A model's price list, context window or GPU benchmark that no page we could read gives. */
export const NOT_PUBLISHED = 'not published';

/**
 * A route's price or serving terms where the data holds none: not NOT_PUBLISHED, since a provider may publish a price
 * we could not confirm on its own page; the reader is sent to the provider's page instead.
 */
export const PRICE_UNCONFIRMED = 'price not confirmed here';
export const TERMS_UNCONFIRMED = 'terms not confirmed here';

/** A figure as `format` prints it (a price per MTok unless told), or NOT_PUBLISHED where the data has none. */
export function orNotPublished(value: number | undefined, format: (value: number) => string = formatPrice): string {
  return value === undefined ? NOT_PUBLISHED : format(value);
}
