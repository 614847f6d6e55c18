/** Number formatting in the reader's locale (the browser's; the build renders with en-US). */

export function formatMoney(value: number, locale?: string): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 2 : 4;
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

export function formatNumber(value: number, locale?: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

export function formatPercent(fraction: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

/** A price per million tokens as price lists print it: cents always shown, sub-cent figures kept ($0.075). */
export function formatPrice(value: number, locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: value < 1 ? 4 : 2 }).format(value);
}

/** A price per million tokens and the totals built from it, in the forms pages print. */
export const FIGURE_FORMAT = {
  price: (n: number) => formatPrice(n),
  percent: (n: number) => formatPercent(n, 'en-US'),
  /** Totals: whole dollars from $100, cents always shown below it ($0.40, not $0.4). */
  money: (n: number) => (Math.abs(n) >= 100 ? formatMoney(n, 'en-US') : formatPrice(n)),
  number: (n: number) => formatNumber(n, 'en-US'),
};

/** A day as readers read it, "7 December 2026" (UTC, so the build machine's zone cannot shift it). */
export function formatDay(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
