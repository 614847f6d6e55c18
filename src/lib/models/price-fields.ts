/**
 * The names of the prices a page may print, shared by the schemas (which check a question's figures name one) and the
 * readers of the data. Kept apart from the schemas so that code the browser loads never pulls in zod.
 */

/** The price fields of a price block that hold dollars per million tokens. */
export const PRICE_FIELDS = ['input', 'cachedInput', 'cacheWrite', 'output'] as const;
export type PriceField = (typeof PRICE_FIELDS)[number];

/**
 * The optional figures of a price block a provider may publish without our confirming them on its own page: a block
 * lists them in `unconfirmed`, and pages print PRICE_UNCONFIRMED for them rather than NOT_PUBLISHED.
 */
export const UNCONFIRMABLE_FIELDS = ['cachedInput', 'cacheWrite', 'batchDiscount'] as const;
export type UnconfirmableField = (typeof UNCONFIRMABLE_FIELDS)[number];

/** The tuning prices a page may name: training per million tokens or per hour, and the tuned model's input and output prices. */
export const TUNING_FIELDS = ['trainingPerMTok', 'trainingPerHour', 'tunedInput', 'tunedOutput'] as const;
export type TuningField = (typeof TUNING_FIELDS)[number];
