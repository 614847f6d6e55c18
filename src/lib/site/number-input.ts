/**
 * Numbers as people type them: "0,15", "1.234,5", "1 234 567", "20k", "2M", "$0.15", "90%". One parser for
 * every number field on the site (calculators and wizard), pure and locale-aware only as a tie-breaker.
 *
 * How a text is read:
 *   - currency signs ($ € £ ¥, "USD") and surrounding spaces are ignored;
 *   - spaces (also no-break and thin spaces), apostrophes and underscores group thousands;
 *   - with both "." and "," present, the last one is the decimal separator ("1.234,5" and "1,234.5");
 *   - one kind repeated ("1,234,567") groups thousands; a single one is a decimal separator unless exactly
 *     three digits follow it, a group size only a thousands separator gives ("1,234"): then a whole-number
 *     field, or the reader's locale when it groups with that sign, reads it as thousands, and a note says so;
 *   - "k", "M" (and "m", "mn", "mio"), "bn" (and "B") multiply by a thousand, a million, a billion;
 *   - a share accepts "90%", "90" or "0.9": below 1 it is a fraction, from 1 to 100 a percentage, and a
 *     reading that changed scale says so in a note.
 * Anything else is refused with a message that says what the field expects.
 */

/** What a field holds, which decides the accepted forms and the wording of its messages. */
export type NumberKind = 'count' | 'price' | 'money' | 'share' | 'amount';

export interface NumberSpec {
  kind: NumberKind;
  /** Bounds in the field's own scale (a share in percent: 0–100; in fraction: 0–1). */
  min: number;
  max: number;
  integer?: boolean;
  /** For a share: whether the field stores 0–1 or 0–100. */
  scale?: 'fraction' | 'percent';
  /** A typical value for the message, as the reader would type it ("0.15", "2M"). */
  example?: string;
}

export type NumberReading = { ok: true; value: number; note?: string } | { ok: false; error: string };

const EXPECTED: Record<NumberKind, string> = {
  count: 'a whole number, for example 2000000, 2,000,000 or 2M',
  price: 'a price in dollars, for example 0.15 or 2.50',
  money: 'an amount in dollars, for example 1500 or 1.5k',
  share: 'a percentage, for example 90%, 90 or 0.9',
  amount: 'a number, for example 4000 or 0.5',
};

const MULTIPLIERS: Readonly<Record<string, [number, string]>> = {
  k: [1e3, 'thousand'],
  m: [1e6, 'million'],
  mn: [1e6, 'million'],
  mio: [1e6, 'million'],
  bn: [1e9, 'billion'],
  b: [1e9, 'billion'],
};

/** The decimal sign of a locale ("." for en-US, "," for de-DE), or undefined without one. */
export function decimalSign(locale: string | undefined): '.' | ',' | undefined {
  if (!locale) return undefined;
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    return part === ',' || part === '.' ? part : undefined;
  } catch {
    return undefined;
  }
}

const plain = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 }).format(n);

function expectedError(spec: NumberSpec): string {
  const what = spec.example ? EXPECTED[spec.kind].replace(/for example [^,]+/, `for example ${spec.example}`) : EXPECTED[spec.kind];
  return `Enter ${what}.`;
}

interface Body {
  value: number;
  /** Why the reading may surprise, for the note. */
  notes: string[];
}

/** Digits with separators → a number; null when the text is not one. */
function readDigits(text: string, spec: NumberSpec, locale: string | undefined): Body | null {
  const notes: string[] = [];
  if (/^\d*\.?\d+e[+-]?\d+$/i.test(text)) return { value: Number(text), notes };
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  let decimal: '.' | ',' | null = null;
  if (dots > 0 && commas > 0) {
    decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if ((decimal === '.' ? dots : commas) > 1 || text.lastIndexOf(group) > text.lastIndexOf(decimal)) return null;
  } else if (dots + commas === 1) {
    const sign = dots ? '.' : ',';
    const [whole, fraction] = text.split(sign) as [string, string];
    const looksGrouped = fraction.length === 3 && whole.length >= 1 && whole.length <= 3 && whole !== '0';
    if (!looksGrouped) decimal = sign;
    else if (spec.integer) decimal = null;
    else {
      // "1,234" or "1.234": thousands where the reader's locale groups with that sign, else a decimal.
      const localeDecimal = decimalSign(locale) ?? '.';
      decimal = localeDecimal === sign ? sign : null;
      notes.push(`“${text}” could also mean ${plain(decimal ? Number(whole + fraction) : Number(`${whole}.${fraction}`))}`);
    }
  } else if (dots + commas > 1) {
    decimal = null;
  }
  const group = decimal === '.' ? ',' : decimal === ',' ? '.' : null;
  const [wholeRaw, fraction = ''] = decimal ? (text.split(decimal) as [string, string?]) : [text, ''];
  // Grouped digits must come in threes after the first group.
  const groups = group ? wholeRaw.split(group) : wholeRaw.split(/[.,]/);
  // Grouped digits: threes after the first group (1,234,567), or twos then a three (Indian 12,34,567).
  if (groups.length > 1) {
    const middle = groups.slice(1, -1);
    const threes = middle.every((g) => g.length === 3);
    const twos = middle.every((g) => g.length === 2);
    if (groups[0] === '' || groups[0]!.length > 3 || groups.at(-1)!.length !== 3 || !(threes || twos)) return null;
  }
  if (decimal && fraction === '') return null;
  const value = Number(`${groups.join('') || '0'}${decimal ? `.${fraction}` : ''}`);
  if (decimal === ',') notes.push('decimal comma');
  return Number.isFinite(value) ? { value, notes } : null;
}

/**
 * Reads a typed number for a field of this kind. `locale` (the reader's) only settles a lone separator
 * followed by three digits. Never throws.
 */
export function parseNumber(raw: string, spec: NumberSpec, locale?: string): NumberReading {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, error: `Enter ${EXPECTED[spec.kind]}.` };
  let text = trimmed
    .replace(/^(?:US\$|USD|EUR|GBP)\s*|\s*(?:USD|EUR|GBP)$/i, '')
    .replace(/[$€£¥]/g, '')
    .replace(/[\s\u00a0\u2009\u202f'’_]/g, '');
  let negative = false;
  if (/^[-−]/.test(text)) {
    negative = true;
    text = text.slice(1);
  }
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1);
  }
  let multiplier = 1;
  let multiplierName = '';
  const suffix = /^(.*?\d)(k|m|mn|mio|bn|b)$/i.exec(text);
  if (suffix && !percent) {
    const word = suffix[2]!;
    // "M" is a million; "m" too, except in a price, where "m" could mean a thousandth.
    if (word === 'm' && spec.kind === 'price') return { ok: false, error: expectedError(spec) };
    [multiplier, multiplierName] = MULTIPLIERS[word.toLowerCase()]!;
    text = suffix[1]!;
  }
  if (percent && spec.kind !== 'share') return { ok: false, error: `${expectedError(spec)} A percent sign belongs only in a share.` };
  const body = readDigits(text, spec, locale);
  if (!body) return { ok: false, error: expectedError(spec) };
  let value = body.value * multiplier;
  // Suffixes multiply by powers of ten; round away binary noise (1.2k is 1200, not 1200.0000000000002).
  if (multiplier !== 1) value = Number(value.toPrecision(12));
  if (negative) value = -value;
  const notes = [...body.notes];
  if (multiplier !== 1) notes.push(`${suffix![2]} = ${multiplierName}`);

  if (spec.kind === 'share') {
    const scale = spec.scale ?? 'percent';
    const asPercent = percent ? value : Math.abs(value) < 1 ? value * 100 : value;
    if (!percent && Math.abs(value) < 1 && value !== 0 && scale === 'percent') notes.push(`${trimmed} taken as a share of 1`);
    if (!percent && Math.abs(value) > 1 && scale === 'fraction') notes.push(`${trimmed} taken as a percentage`);
    if (scale === 'fraction') value = !percent && Math.abs(value) <= 1 ? value : asPercent / 100;
    else value = asPercent;
    value = Number(value.toPrecision(12));
  }

  if (!Number.isFinite(value)) return { ok: false, error: 'That number is too large.' };
  const shown = (n: number) => (spec.kind === 'share' && (spec.scale ?? 'percent') === 'percent' ? `${plain(n)} %` : plain(n));
  if (value < spec.min) return { ok: false, error: spec.min === 0 ? 'Cannot be negative.' : `Must be at least ${shown(spec.min)}.` };
  if (value > spec.max) return { ok: false, error: `Must be at most ${shown(spec.max)}.` };
  if (spec.integer && !Number.isInteger(value)) return { ok: false, error: 'Use a whole number.' };
  return notes.length ? { ok: true, value, note: `Read as ${shown(value)} (${notes.join('; ')}).` } : { ok: true, value };
}

/**
 * Reads a number from a link: the forms a tool writes (plain digits, "." for decimals) and every form
 * `parseNumber` reads, except that a share is taken in the field's own scale as written (a link's "0.5"
 * in a percent field stays 0.5 %, as older links meant it).
 */
export function parseLinkNumber(raw: string, spec: NumberSpec): NumberReading {
  const reading = parseNumber(raw, spec.kind === 'share' ? { ...spec, kind: 'amount' } : spec);
  return reading.ok ? { ok: true, value: reading.value } : reading;
}
