import { describe, expect, it } from 'vitest';
import { answer, freshProgress, restart, retryMissed, type Progress } from './onboarding.ts';
import { bankVersion, type Bank } from './draw.ts';
import { buildResult, encodeResult, resultLink } from './result.ts';
import { aggregateTeam, csvField, rowNote, teamCsv, weakestTopics } from './team.ts';
import type { TeamQuiz } from './team-quiz.ts';
import { makeBank } from './test-bank.ts';
import { QUIZ_TOPICS, TOPIC_LABELS } from './topics.ts';

const questions = makeBank(5);
const bank: Bank = { version: bankVersion(questions), questions };
const origin = 'http://127.0.0.1:4321';
const correctOf = (id: string) => questions.find((q) => q.id === id)!.quiz.options.findIndex((o) => o.correct);
const topicOf = (id: string) => questions.find((q) => q.id === id)!.topic;

/** A result link for `name` who answers right exactly the questions `rightIf` accepts. */
function link(name: string, seed: string, rightIf: (id: string) => boolean, bankQuestions = questions): string {
  const p = freshProgress(bankQuestions, seed, name);
  const answers = Object.fromEntries(p.drawn.map((id) => [id, rightIf(id) ? correctOf(id) : (correctOf(id) + 1) % 4]));
  return resultLink(origin, encodeResult(buildResult(bankQuestions, bankVersion(bankQuestions), { ...p, answers, first: answers }, '2026-11-24')));
}

/** An RFC 4180 reader written independently of teamCsv, to read its output back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('team aggregation', () => {
  const ada = link('Ada', 'a1', () => true);
  const bo = link('Bo, "the intern"', 'b2', (id) => topicOf(id) !== 'reasoning' && topicOf(id) !== 'cost');
  const cy = link('=cmd|calc', 'c3', (id) => topicOf(id) !== 'reasoning');
  const tampered = ada.replace(/\.([0-9a-z]+)$/, (_, c: string) => `.${c === 'zz' ? 'zy' : 'zz'}`);
  const text = [ada, '', bo, 'not a link at all', tampered, cy, bo].join('\n');
  const report = aggregateTeam(text, bank, origin);

  it('keeps the good lines and rejects each bad one on its own line with its reason', () => {
    expect(report.rows.map((r) => [r.line, r.name])).toEqual([
      [1, 'Ada'],
      [3, 'Bo, "the intern"'],
      [6, '=cmd|calc'],
    ]);
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [5, 'its checksum does not match, so the link was altered after it was made'],
      [7, 'it repeats the link on line 3'],
    ]);
  });

  it('scores each person and tallies each topic from the recorded answers', () => {
    const [a, b, c] = report.rows as [any, any, any];
    expect([a.correct, a.total]).toEqual([15, 15]);
    const bWrong = Object.entries(b.byTopic)
      .filter(([t]) => t === 'reasoning' || t === 'cost')
      .reduce((s, [, v]: [string, any]) => s + v.asked, 0);
    expect(b.correct).toBe(15 - bWrong);
    expect(c.byTopic.reasoning.correct).toBe(0);
    for (const row of report.rows) expect(Object.values(row.byTopic).reduce((s, t: any) => s + t.asked, 0)).toBe(row.total);
  });

  it('names reasoning as the weakest topic, with the sections to read', () => {
    const weakest = weakestTopics(report);
    expect(weakest[0]!.topic).toBe('reasoning');
    expect(weakest[0]!.correct).toBe(report.rows[0]!.byTopic.reasoning!.asked);
    expect(weakest[0]!.read.length).toBeGreaterThan(0);
    for (const r of weakest[0]!.read) expect(r.href).toMatch(/^\/guides\/reasoning\/#reasoning-\d$/);
    expect(weakest.map((w) => w.topic)).toContain('cost');
    expect(weakest.every((w) => w.correct < w.asked)).toBe(true);
  });

  it('skips questions no longer in the bank, with the ids, and flags the other version', () => {
    const removed = questions.filter((q) => q.id !== 'decision-0' && q.id !== 'decision-1');
    const smaller: Bank = { version: bankVersion(removed), questions: removed };
    const seed = Array.from({ length: 200 }, (_, i) => `r${i}`).find((s) => freshProgress(questions, s).drawn.includes('decision-0'))!;
    const r = aggregateTeam(link('Di', seed, () => true), smaller, origin);
    expect(r.rows[0]!.skipped).toContain('decision-0');
    expect(r.rows[0]!.total).toBe(15 - r.rows[0]!.skipped.length);
    expect(r.rows[0]!.otherVersion).toBe(true);
  });

  it('exports a CSV that an independent reader gets the same table from, counts beside percentages, formulas neutralised', () => {
    const csv = teamCsv(report);
    const rows = readCsv(csv);
    expect(rows[0]!.slice(0, 10)).toEqual(['Name', 'Date', 'Quiz', 'Counted', 'Note', 'Right', 'Asked', 'Score %', 'Practice rounds', 'Right in practice']);
    expect(rows[0]!.slice(10, 13)).toEqual([`${TOPIC_LABELS.decision} right`, `${TOPIC_LABELS.decision} asked`, `${TOPIC_LABELS.decision} %`]);
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Ada', 'Bo, "the intern"', "'=cmd|calc"]);
    for (const [i, row] of report.rows.entries()) {
      expect(rows[i + 1]!.slice(1, 10)).toEqual(['2026-11-24', 'random draw', 'yes', '', String(row.correct), String(row.total), String(Math.round((100 * row.correct) / row.total)), '0', '0']);
      for (const [t, topic] of QUIZ_TOPICS.entries()) {
        const tally = row.byTopic[topic];
        expect(rows[i + 1]!.slice(10 + 3 * t, 13 + 3 * t)).toEqual(tally ? [String(tally.correct), String(tally.asked), String(Math.round((100 * tally.correct) / tally.asked))] : ['', '', '']);
      }
    }
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('a\nb')).toBe('"a\nb"');
  });
});

/**
 * A hand-worked team: one team quiz of six questions (three on decision, two on cost, one on reasoning).
 *   Ana: first pass right on decision-0, decision-1, cost-0 (3 of 6); retries until all right; sends both links.
 *   Ben: right on all but reasoning-0 (5 of 6).
 *   Cy: none right (0 of 6), then starts again and gets 6 of 6 (attempt 2); sends both.
 * Counted first attempts: decision 2 + 3 + 0 = 5 of 9, cost 1 + 2 + 0 = 3 of 6, reasoning 0 of 3.
 */
describe('a team quiz taken by three people, one retrying and one retaking', () => {
  const team: TeamQuiz = { label: 'Platform, December', ids: ['decision-0', 'cost-0', 'decision-1', 'reasoning-0', 'decision-2', 'cost-1'] };
  const wrong = (id: string) => (correctOf(id) + 1) % 4;
  const pass = (p: Progress, right: (id: string) => boolean) => {
    for (const id of p.round) p = answer(p, id, right(id) ? correctOf(id) : wrong(id));
    return { ...p, finished: true };
  };
  const code = (p: Progress) => resultLink(origin, encodeResult(buildResult(questions, bank.version, p, '2026-12-07')));
  const anaFirst = pass(freshProgress(questions, 'ana1', 'Ana Ruiz', team), (id) => ['decision-0', 'decision-1', 'cost-0'].includes(id));
  const anaRetried = pass(retryMissed(questions, anaFirst), () => true);
  const ben = pass(freshProgress(questions, 'ben1', '', team), (id) => id !== 'reasoning-0');
  const cyFirst = pass(freshProgress(questions, 'cy1', 'Cy', team), () => false);
  const cyAgain = pass(restart(questions, cyFirst, 'cy2', team), () => true);
  const transcript = [
    `[09:14] Ana Ruiz: done <${code(anaFirst)}>`,
    `[09:20] Ben Okafor: ${code(ben)} (the docs are at https://example.org/docs)`,
    `[09:31] Cy: first ${code(cyFirst)}, and again ${code(cyAgain)}`,
    `[09:40] Ana Ruiz: got them all now! ${code(anaRetried)}`,
  ].join('\n');
  const report = aggregateTeam(transcript, bank, origin);
  const row = (line: number, name: string) => report.rows.find((r) => r.line === line && r.name === name)!;

  it('reads every result link in the transcript, taking names from the chat when the link has none', () => {
    expect(report.rejected).toEqual([]);
    expect(report.rows.map((r) => [r.line, r.name])).toEqual([[1, 'Ana Ruiz'], [2, 'Ben Okafor'], [3, 'Cy'], [3, 'Cy'], [4, 'Ana Ruiz']]);
    expect(report.quizzes.map((q) => q?.label)).toEqual(['Platform, December']);
  });

  it('scores first attempts: the retried link still says 3 of 6, with the practice beside it', () => {
    expect([row(1, 'Ana Ruiz').correct, row(1, 'Ana Ruiz').total]).toEqual([3, 6]);
    expect(report.rows[4]).toMatchObject({ correct: 3, total: 6, practice: { rounds: 1, right: 3 } });
    expect([row(2, 'Ben Okafor').correct, report.rows[2]!.correct, report.rows[3]!.correct]).toEqual([5, 0, 6]);
  });

  it('flags the repeats and the retake, and counts one first attempt per person', () => {
    expect(report.rows.map((r) => r.counted)).toEqual([true, true, true, false, false]);
    expect(rowNote(report.rows[3]!)).toBe('repeat of line 3, not counted');
    expect(rowNote(report.rows[4]!)).toBe('repeat of line 1, not counted');
    expect(report.rows[3]!.attempt).toBe(2);
  });

  it('totals the topics from counted first attempts only, weakest first', () => {
    expect(report.topics.map((t) => [t.topic, t.correct, t.asked])).toEqual([
      ['reasoning', 0, 3],
      ['cost', 3, 6],
      ['decision', 5, 9],
    ]);
  });

  it('counts a lone retake as shown but not counted, so it never passes for a first attempt', () => {
    const alone = aggregateTeam(code(cyAgain), bank, origin);
    expect(alone.rows[0]).toMatchObject({ correct: 6, counted: false });
    expect(rowNote(alone.rows[0]!)).toBe('retake (attempt 2), not counted');
    expect(alone.topics).toEqual([]);
  });
});
