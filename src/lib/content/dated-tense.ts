/**
 * Dates in prose whose tense contradicts the build day. A page is built on many days, so a sentence about a dated
 * event must read true on each of them: "took no new jobs from 6 January 2027" is false when built in December 2026,
 * and "will close on 6 January 2027" is false when built after it. The check reads each full date ("6 January 2027",
 * "January 6, 2027", "2027-01-06") or month ("May 2025") in a page's prose and the clause just before it: a verb
 * in the past tense before a date still to come, or a future marker before a date already gone, fails the build,
 * naming file and line. `<Historical>` passages are read too: an event after the build day is not history yet.
 * The fix is a tense true on both sides of the date ("takes no new jobs from 6 January 2027", "its notice sets
 * 14 January 2027 as the last day"). Code blocks, inline code and component tags are skipped. Pure: text and day in.
 */
import { DAY_MS, isoDay } from './build-day.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;
/** "6 January 2027", "January 6, 2027", "May 2025" (a month) and "2027-01-06", in that order of preference. */
const DATE = new RegExp(`\\b(?:(\\d{1,2}) ${MONTH},? (\\d{4})|${MONTH} (\\d{1,2}),? (\\d{4})|${MONTH} (\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`, 'gi');

/** Verbs that put an event in the past; a participle after a present or future auxiliary ("is closed") does not. */
const PAST = /\b(took|stopped|ended|reached|became|was|were|went|lost|ran|began|happened|expired|listed|closed|retired|launched|released|shipped)\b/gi;
const PRESENT_AUXILIARY = /\b(is|are|be|being|will|remains?|stays?|gets?)\s+$/i;
/** Words that put an event in the future. */
const FUTURE = /\b(will|shall|won't|(?:is|are) (?:scheduled|due|set|expected|going) to|(?:is|are) scheduled for|plans? to|upcoming)\b/gi;
/** Where a clause starts, reading back from a date: a sentence end, a line break, punctuation, a joining word, or an earlier date. */
const CLAUSE_START = /[.!?](?=\s)|\n|[;:,()—–]|\b(?:and|but|while|which|whereas)\b/gi;
/** Words of the clause read before a date. */
const CLAUSE_WORDS = 14;

const FENCED = /^(\s{0,3})(`{3,}|~{3,})[\s\S]*?^\1\2\s*$/gm;
const INLINE_CODE = /`[^`\n]*`/g;
/** Any JSX or HTML tag, components included: its attributes are not prose. */
const TAG = /<\/?[A-Za-z][^<>]*?\/?>/g;

/** Blanks a span but keeps its line breaks, so later matches keep their line numbers. */
const blank = (text: string, start: number, end: number) =>
  text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

export interface DatedTenseProblem {
  /** 1-based line in the text. */
  line: number;
  /** The words that set the tense and the date, as written ("took … 6 January 2027"). */
  quote: string;
  problem: string;
}

/** The first and last day a written date covers (the same day for a full date, the whole month for a month). */
function span(match: RegExpMatchArray): { first: Date; last: Date } | undefined {
  const [, d1, m1, y1, m2, d2, y2, m3, y3, iy, im, id] = match;
  const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day));
  if (d1 && m1 && y1) return one(utc(Number(y1), MONTHS.indexOf(m1.toLowerCase()), Number(d1)));
  if (m2 && d2 && y2) return one(utc(Number(y2), MONTHS.indexOf(m2.toLowerCase()), Number(d2)));
  if (m3 && y3) {
    const month = MONTHS.indexOf(m3.toLowerCase());
    return { first: utc(Number(y3), month, 1), last: new Date(utc(Number(y3), month + 1, 1).getTime() - DAY_MS) };
  }
  if (iy && im && id) return one(utc(Number(iy), Number(im) - 1, Number(id)));
  return undefined;
}
const one = (day: Date) => (Number.isNaN(day.getTime()) ? undefined : { first: day, last: day });

/** The clause before `index`: back to where it starts, at most CLAUSE_WORDS words. */
function clauseBefore(text: string, index: number): { clause: string; start: number } {
  const before = text.slice(Math.max(0, index - 400), index);
  // A clause also starts after an earlier date: the verb before that date is its own ("was deprecated on
  // 14 October 2026 with 14 January 2027 as its last day").
  const cuts = [...before.matchAll(CLAUSE_START), ...before.matchAll(DATE)].map((m) => m.index + m[0].length);
  let clause = before.slice(cuts.length ? Math.max(...cuts) : 0);
  const words = clause.split(/(?<=\s)(?=\S)/);
  if (words.length > CLAUSE_WORDS) clause = words.slice(-CLAUSE_WORDS).join('');
  return { clause, start: index - clause.length };
}

/** Every date in `text` spoken of in a tense that is false on `today`, with its line. */
export function datedTenseProblems(text: string, today: Date): DatedTenseProblem[] {
  let prose = text;
  for (const pattern of [FENCED, INLINE_CODE, TAG]) {
    for (const match of text.matchAll(pattern)) prose = blank(prose, match.index, match.index + match[0].length);
  }
  const day = isoDay(today);
  const problems: DatedTenseProblem[] = [];
  for (const match of prose.matchAll(DATE)) {
    const dates = span(match);
    if (!dates) continue;
    const { clause, start } = clauseBefore(prose, match.index);
    const quote = (verb: string) => `${verb} … ${match[0]}`;
    if (isoDay(dates.first) > day) {
      for (const verb of clause.matchAll(PAST)) {
        if (PRESENT_AUXILIARY.test(prose.slice(0, start + verb.index))) continue;
        problems.push({
          line: lineAt(prose, match.index),
          quote: quote(verb[0]),
          problem: `"${quote(verb[0])}" speaks of ${match[0]} as past, but it is after the build day (${day}); write it in a tense that is true before and after that date`,
        });
        break;
      }
    } else if (isoDay(dates.last) < day) {
      const future = [...clause.matchAll(FUTURE)][0];
      if (future) {
        problems.push({
          line: lineAt(prose, match.index),
          quote: quote(future[0]),
          problem: `"${quote(future[0])}" speaks of ${match[0]} as still to come, but it is before the build day (${day}); write it in a tense that is true before and after that date`,
        });
      }
    }
  }
  return problems;
}
