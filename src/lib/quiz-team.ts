/**
 * The team view: many pasted result links become a table of people × topics, each person's score, the
 * team's weakest topics with the sections to read, and a CSV. Each line is judged on its own: a foreign,
 * damaged, altered or repeated link is rejected with its reason and the others still count.
 */
import type { Bank, BankQuestion } from './quiz-draw.ts';
import { readResultLine, type QuizResult } from './quiz-result.ts';
import { QUIZ_TOPICS, TOPIC_LABELS, type QuizTopic } from './quiz-topics.ts';

export interface Tally {
  correct: number;
  asked: number;
}

export interface TeamRow {
  /** 1-based line of the pasted text. */
  line: number;
  name: string;
  date: string;
  correct: number;
  total: number;
  byTopic: Partial<Record<QuizTopic, Tally>>;
  /** Question ids in the result that the bank no longer has (not counted). */
  skipped: string[];
  /** The result was taken on another version of the bank. */
  otherVersion: boolean;
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
  /** Every topic anyone was asked, weakest share first. */
  topics: WeakTopic[];
}

/** How many weak topics the summary names. */
export const WEAKEST_COUNT = 3;

export function aggregateTeam(text: string, bank: Bank, origin: string): TeamReport {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const rows: TeamRow[] = [];
  const rejected: Rejection[] = [];
  const seenCodes = new Map<string, number>();
  const missedBy = new Map<string, number>();
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const read = readResultLine(trimmed, origin);
    if (!read.ok) {
      rejected.push({ line, text: trimmed, reason: read.reason });
      return;
    }
    const earlier = seenCodes.get(read.code!);
    if (earlier !== undefined) {
      rejected.push({ line, text: trimmed, reason: `it repeats the result on line ${earlier}` });
      return;
    }
    const row = tallyResult(read.result, byId, bank.version, line);
    if (row.total === 0) {
      rejected.push({ line, text: trimmed, reason: 'none of its questions are in the current quiz' });
      return;
    }
    seenCodes.set(read.code!, line);
    rows.push(row);
    for (const item of read.result.items) if (!item.correct && byId.has(item.id)) missedBy.set(item.id, (missedBy.get(item.id) ?? 0) + 1);
  });
  return { rows, rejected, topics: topicSummary(rows, bank.questions, missedBy) };
}

function tallyResult(result: QuizResult, byId: ReadonlyMap<string, BankQuestion>, version: string, line: number): TeamRow {
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
  return { line, name: result.name, date: result.date, correct, total, byTopic, skipped, otherVersion: result.bank !== version };
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

/** The table as CSV: one row per person, a percentage per topic (empty when not asked). */
export function teamCsv(report: TeamReport): string {
  const header = ['Name', 'Date', 'Correct', 'Questions', 'Score %', ...QUIZ_TOPICS.map((t) => `${TOPIC_LABELS[t]} %`)];
  const rows = report.rows.map((r) => [
    r.name || `(no name, line ${r.line})`,
    r.date,
    String(r.correct),
    String(r.total),
    percent({ correct: r.correct, asked: r.total }),
    ...QUIZ_TOPICS.map((t) => percent(r.byTopic[t])),
  ]);
  return [header, ...rows].map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}
