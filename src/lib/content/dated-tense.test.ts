import { describe, expect, it } from 'vitest';
import { datedTenseProblems } from './dated-tense.ts';

const december = new Date('2026-12-07');
const january = new Date('2027-01-20');
const lines = (text: string, day: Date) => datedTenseProblems(text, day).map((p) => p.line);

describe('datedTenseProblems', () => {
  it('refuses a past tense before a date after the build day, naming the line, the words and the day', () => {
    const text = 'Intro.\n\nIts fine-tuning took no new jobs from 6 January 2027, and that was that.';
    const [problem, ...rest] = datedTenseProblems(text, december);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 3, quote: 'took … 6 January 2027' });
    expect(problem!.problem).toContain('after the build day (2026-12-07)');
  });

  it('passes the same sentence once the date has passed', () => {
    expect(lines('Its fine-tuning took no new jobs from 6 January 2027.', january)).toEqual([]);
  });

  it('passes a tense that holds on both sides of the date, on either day', () => {
    const text = 'Its fine-tuning takes no new jobs from 6 January 2027, and the models shut down on 14 January 2027.';
    expect(lines(text, december)).toEqual([]);
    expect(lines(text, january)).toEqual([]);
  });

  it('refuses a future marker before a date the build day has passed, and passes it before', () => {
    const text = 'The platform will close on 6 January 2027.';
    expect(lines(text, december)).toEqual([]);
    const [problem] = datedTenseProblems(text, january);
    expect(problem).toMatchObject({ line: 1, quote: 'will … 6 January 2027' });
    expect(problem!.problem).toContain('still to come');
  });

  it('reads other date forms: month first, ISO and a whole month', () => {
    expect(lines('It stopped on January 14, 2027.', december)).toEqual([1]);
    expect(lines('It stopped on 2027-01-14.', december)).toEqual([1]);
    expect(lines('It closed in January 2027.', december)).toEqual([1]);
    // A month counts as past only once all of it has gone, and as future only before it starts.
    expect(lines('It closed in December 2026.', december)).toEqual([]);
    expect(lines('It will close in December 2026.', december)).toEqual([]);
  });

  it('reads only the clause before the date: a past verb in an earlier clause does not count', () => {
    expect(lines('The notice was published in October 2026, and the models leave the API on 14 January 2027.', december)).toEqual([]);
    expect(lines('A notice of 14 October 2026 deprecated them, which leave the API on 14 January 2027.', december)).toEqual([]);
    expect(lines('It was deprecated on 14 October 2026 with 14 January 2027 as its last day.', december)).toEqual([]);
  });

  it('reads a participle after a present or future auxiliary as not past', () => {
    expect(lines('The route is closed to new jobs from 6 January 2027.', december)).toEqual([]);
    expect(lines('The route was closed to new jobs from 6 January 2027.', december)).toEqual([1]);
  });

  it('checks <Historical> passages too, and skips code and component attributes', () => {
    expect(lines('<Historical>Its fine-tuning took no new jobs from 6 January 2027.</Historical>', december)).toEqual([1]);
    expect(lines('```text\nit took until 6 January 2027\n```', december)).toEqual([]);
    expect(lines('Run `took 2027-01-06` here.', december)).toEqual([]);
    expect(lines('<Price model="x" note="was 2027-01-06" /> today.', december)).toEqual([]);
  });

  it('keeps line numbers across blanked code and tags', () => {
    expect(lines('```\none\ntwo\n```\n<Aside>\n\nIt ended on 14 January 2027.\n\n</Aside>', december)).toEqual([7]);
  });
});
