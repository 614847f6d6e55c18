/**
 * The team view: pasted text (result links in any arrangement, see quiz/paste.ts) becomes a table of people
 * × topics, each person's first-attempt score, the team's weakest topics with the sections to read, and a
 * CSV. Each link is judged on its own: a foreign, damaged, altered or repeated link is rejected with its
 * reason and the others still count. Only first attempts count: a retake, a result from before first
 * attempts were kept, and the same person's further links are listed, marked, and left out of the totals.
 */
import type { Bank, BankQuestion } from './draw.ts';
import { findResultLinks } from './paste.ts';
import { readResultLine, type Practice, type QuizResult } from './result.ts';
import type { TeamRef } from './team-quiz.ts';
import { QUIZ_TOPICS, TOPIC_LABELS, type QuizTopic } from './topics.ts';

export interface Tally {
  correct: number;
  asked: number;
}

export interface TeamRow {
  /** 1-based line of the pasted text. */
  line: number;
  name: string;
  date: string;
  /** First-attempt answers right, and questions counted. */
  correct: number;
  total: number;
  byTopic: Partial<Record<QuizTopic, Tally>>;
  /** Question ids in the result that the bank no longer has (not counted). */
  skipped: string[];
  /** The result was taken on another version of the bank. */
  otherVersion: boolean;
  team: TeamRef | null;
  attempt: number;
  practice: Practice;
  legacy: boolean;
  /** Line of this person's row that is counted instead (same quiz session or same name), else null. */
  repeatOf: number | null;
  /** Whether the row feeds the team's totals: a first attempt, and the only one counted for its person. */
  counted: boolean;
}

export interface Rejection {
  line: number;
  text: string;
  reason: string;
}

export interface WeakTopic extends Tally {
  topic: QuizTopic;
  label: string;
  /** Sections that answer the questions missed in this topic, most missed first. */
  read: { label: string; href: string; missed: number }[];
}

export interface TeamReport {
  rows: TeamRow[];
  rejected: Rejection[];
  /** Every topic anyone counted was asked, weakest share first (counted rows only). */
  topics: WeakTopic[];
  /** The quizzes the rows answer: one entry per team quiz, and `null` for quizzes drawn at random. */
  quizzes: (TeamRef | null)[];
}

/** How many weak topics the summary names. */
export const WEAKEST_COUNT = 3;

/** Why a row is left out of the totals, in words for the table ("" when it counts). */
export function rowNote(row: TeamRow): string {
  if (row.repeatOf !== null) return `repeat of line ${row.repeatOf}, not counted`;
  if (row.legacy) return 'older link: its score may include retried answers, not counted';
  if (row.attempt > 1) return `retake (attempt ${row.attempt}), not counted`;
  return '';
}

/** Rank of a row when one person sent several: first attempts before retakes and older links, then earliest. */
const preference = (r: TeamRow) => [r.legacy ? 1 : 0, r.attempt, r.date, r.line] as const;
function preferred(a: TeamRow, b: TeamRow): TeamRow {
  const [pa, pb] = [preference(a), preference(b)];
  for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return pa[i]! < pb[i]! ? a : b;
  return a;
}

/** Groups rows that are the same person: the same quiz session (seed) or the same non-empty name. */
function markRepeats(rows: TeamRow[], seeds: readonly string[]): void {
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const firstWith = new Map<string, number>();
  rows.forEach((row, i) => {
    const keys = [`seed:${seeds[i]}`, ...(row.name ? [`name:${row.name.toLocaleLowerCase('en')}`] : [])];
    for (const key of keys) {
      const j = firstWith.get(key);
      if (j === undefined) firstWith.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const chosen = new Map<number, TeamRow>();
  rows.forEach((row, i) => {
    const root = find(i);
    const current = chosen.get(root);
    chosen.set(root, current ? preferred(current, row) : row);
  });
  rows.forEach((row, i) => {
    const kept = chosen.get(find(i))!;
    row.repeatOf = kept === row ? null : kept.line;
    row.counted = row.repeatOf === null && row.attempt === 1 && !row.legacy;
  });
}

export function aggregateTeam(text: string, bank: Bank, origin: string): TeamReport {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const rows: TeamRow[] = [];
  const seeds: string[] = [];
  const results: QuizResult[] = [];
  const rejected: Rejection[] = [];
  const seenCodes = new Map<string, number>();
  for (const found of findResultLinks(text)) {
    const read = readResultLine(found.text, origin);
    if (!read.ok) {
      rejected.push({ line: found.line, text: found.text, reason: read.reason });
      continue;
    }
    const earlier = seenCodes.get(read.code!);
    if (earlier !== undefined) {
      rejected.push({ line: found.line, text: found.text, reason: `it repeats the link on line ${earlier}` });
      continue;
    }
    const row = tallyResult(read.result, byId, bank.version, found.line, found.nameHint);
    if (row.total === 0) {
      rejected.push({ line: found.line, text: found.text, reason: 'none of its questions are in the current quiz' });
      continue;
    }
    seenCodes.set(read.code!, found.line);
    rows.push(row);
    seeds.push(read.result.seed);
    results.push(read.result);
  }
  markRepeats(rows, seeds);
  const missedBy = new Map<string, number>();
  rows.forEach((row, i) => {
    if (!row.counted) return;
    for (const item of results[i]!.items) if (!item.correct && byId.has(item.id)) missedBy.set(item.id, (missedBy.get(item.id) ?? 0) + 1);
  });
  const quizzes = new Map<string, TeamRef | null>();
  for (const row of rows) quizzes.set(row.team?.id ?? '', row.team);
  return { rows, rejected, topics: topicSummary(rows.filter((r) => r.counted), bank.questions, missedBy), quizzes: [...quizzes.values()] };
}

function tallyResult(result: QuizResult, byId: ReadonlyMap<string, BankQuestion>, version: string, line: number, nameHint: string): TeamRow {
  const byTopic: Partial<Record<QuizTopic, Tally>> = {};
  const skipped: string[] = [];
  let correct = 0;
  let total = 0;
  for (const item of result.items) {
    const question = byId.get(item.id);
    if (!question) {
      skipped.push(item.id);
      continue;
    }
    const tally = (byTopic[question.topic] ??= { correct: 0, asked: 0 });
    tally.asked++;
    total++;
    if (item.correct) {
      tally.correct++;
      correct++;
    }
  }
  return {
    line,
    name: result.name || nameHint,
    date: result.date,
    correct,
    total,
    byTopic,
    skipped,
    otherVersion: result.bank !== version,
    team: result.team,
    attempt: result.attempt,
    practice: result.practice,
    legacy: result.legacy,
    repeatOf: null,
    counted: true,
  };
}

function topicSummary(rows: readonly TeamRow[], questions: readonly BankQuestion[], missedBy: ReadonlyMap<string, number>): WeakTopic[] {
  const out: WeakTopic[] = [];
  for (const topic of QUIZ_TOPICS) {
    const tally = { correct: 0, asked: 0 };
    for (const row of rows) {
      tally.correct += row.byTopic[topic]?.correct ?? 0;
      tally.asked += row.byTopic[topic]?.asked ?? 0;
    }
    if (tally.asked === 0) continue;
    const read = new Map<string, { label: string; href: string; missed: number }>();
    for (const q of questions) {
      const missed = missedBy.get(q.id) ?? 0;
      if (q.topic !== topic || missed === 0) continue;
      const entry = read.get(q.review.href) ?? { ...q.review, missed: 0 };
      entry.missed += missed;
      read.set(q.review.href, entry);
    }
    out.push({ topic, label: TOPIC_LABELS[topic], ...tally, read: [...read.values()].sort((a, b) => b.missed - a.missed || a.label.localeCompare(b.label)) });
  }
  const share = (t: Tally) => t.correct / t.asked;
  return out.sort((a, b) => share(a) - share(b) || b.asked - a.asked || QUIZ_TOPICS.indexOf(a.topic) - QUIZ_TOPICS.indexOf(b.topic));
}

/** The weakest topics worth naming: below full marks, at most WEAKEST_COUNT. */
export function weakestTopics(report: TeamReport): WeakTopic[] {
  return report.topics.filter((t) => t.correct < t.asked).slice(0, WEAKEST_COUNT);
}

/** A whole percentage, or "" when nothing was asked. */
export function percent(tally: Tally | undefined): string {
  return tally && tally.asked > 0 ? String(Math.round((100 * tally.correct) / tally.asked)) : '';
}

/** One CSV field (RFC 4180), with a leading quote on text a spreadsheet would run as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** "3 of 4": a count a reader can weigh, where a bare percentage would make 1 of 1 look like 100 of 100. */
export function ofCount(tally: Tally): string {
  return `${tally.correct} of ${tally.asked}`;
}

/**
 * The table as CSV: one row per person with the first-attempt score, whether it counts and why not, the
 * practice after it, and per topic the answers right, the questions asked and the percentage (empty when
 * not asked), so "1 of 1" never reads as a bare 100.
 */
export function teamCsv(report: TeamReport): string {
  const header = [
    'Name', 'Date', 'Quiz', 'Counted', 'Note', 'Right', 'Asked', 'Score %', 'Practice rounds', 'Right in practice',
    ...QUIZ_TOPICS.flatMap((t) => [`${TOPIC_LABELS[t]} right`, `${TOPIC_LABELS[t]} asked`, `${TOPIC_LABELS[t]} %`]),
  ];
  const rows = report.rows.map((r) => [
    r.name || `(no name, line ${r.line})`,
    r.date,
    r.team ? r.team.label || `team quiz ${r.team.id}` : 'random draw',
    r.counted ? 'yes' : 'no',
    rowNote(r),
    String(r.correct),
    String(r.total),
    percent({ correct: r.correct, asked: r.total }),
    String(r.practice.rounds),
    String(r.practice.right),
    ...QUIZ_TOPICS.flatMap((t) => {
      const tally = r.byTopic[t];
      return tally ? [String(tally.correct), String(tally.asked), percent(tally)] : ['', '', ''];
    }),
  ]);
  return [header, ...rows].map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}
