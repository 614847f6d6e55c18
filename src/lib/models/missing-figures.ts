/**
 * What a page prints where the data holds no figure, worded once for /models/, its Markdown twin (/models.md), the
 * routes page and each route's card, so a page's legend and its cells cannot drift apart.
 */
import { formatPrice } from '../site/format.ts';
import type { UnconfirmableField } from './price-fields.ts';

/** A model's price list, context window or GPU benchmark that no page we could read gives. */
export const NOT_PUBLISHED = 'not published';

/**
 * A route's price or serving terms where the data holds none, and a model's price a block lists as `unconfirmed`: not
 * NOT_PUBLISHED, since the provider may publish a price we could not confirm on its own page; the reader is sent to
 * the provider's page instead.
 */
export const PRICE_UNCONFIRMED = 'price not confirmed here';
export const TERMS_UNCONFIRMED = 'terms not confirmed here';

/** A figure as `format` prints it (a price per MTok unless told), or NOT_PUBLISHED where the data has none. */
export function orNotPublished(value: number | undefined, format: (value: number) => string = formatPrice): string {
  return value === undefined ? NOT_PUBLISHED : format(value);
}

/** A price block as the pages print it: its optional figures, and the ones it marks as not confirmed. */
export type PrintedBlock = Readonly<Partial<Record<UnconfirmableField, number>>> & { readonly unconfirmed?: readonly UnconfirmableField[] | undefined };

/** One of a block's optional figures: as `format` prints it, PRICE_UNCONFIRMED where the block marks it unconfirmed, else NOT_PUBLISHED. */
export function blockFigure(block: PrintedBlock, field: UnconfirmableField, format: (value: number) => string = formatPrice): string {
  const value = block[field];
  if (value !== undefined) return format(value);
  return block.unconfirmed?.includes(field) ? PRICE_UNCONFIRMED : NOT_PUBLISHED;
}
