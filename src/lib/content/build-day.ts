/** The build day: the day every dated fact (a price, a shutdown, a review) is judged against. */
export const DAY_MS = 86_400_000;

/** The day the build runs, or the one `TOP_BUILD_DATE` names (for tests and for rebuilding an old state). */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const named = env.TOP_BUILD_DATE;
  if (named) {
    const date = new Date(named);
    if (Number.isNaN(date.getTime())) throw new Error(`TOP_BUILD_DATE="${named}" is not a date such as 2026-11-24`);
    return date;
  }
  return new Date();
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function daysBetween(earlier: Date, later: Date): number {
  return Math.floor((later.getTime() - earlier.getTime()) / DAY_MS);
}

/**
 * A copy of content data for JSON with every date as its day ("2026-11-24"). A `JSON.stringify` replacer cannot
 * do it from `value`: Date's toJSON has already turned it into a timestamp by then.
 */
export function withIsoDays(data: unknown): unknown {
  if (data instanceof Date) return isoDay(data);
  if (Array.isArray(data)) return data.map(withIsoDays);
  if (data && typeof data === 'object') return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, withIsoDays(value)]));
  return data;
}
