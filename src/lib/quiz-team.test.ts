import { describe, expect, it } from 'vitest';
import { freshProgress } from './onboarding.ts';
import { bankVersion, type Bank } from './quiz-draw.ts';
import { buildResult, encodeResult, resultLink } from './quiz-result.ts';
import { aggregateTeam, csvField, teamCsv, weakestTopics } from './quiz-team.ts';
import { makeBank } from './quiz-test-bank.ts';
import { QUIZ_TOPICS, TOPIC_LABELS } from './quiz-topics.ts';

const questions = makeBank(5);
const bank: Bank = { version: bankVersion(questions), questions };
const origin = 'http://127.0.0.1:4321';
const correctOf = (id: string) => questions.find((q) => q.id === id)!.quiz.options.findIndex((o) => o.correct);
const topicOf = (id: string) => questions.find((q) => q.id === id)!.topic;

/** A result link for `name` who answers right exactly the questions `rightIf` accepts. */
function link(name: string, seed: string, rightIf: (id: string) => boolean, bankQuestions = questions): string {
  const p = freshProgress(bankQuestions, seed, name);
  const answers = Object.fromEntries(p.drawn.map((id) => [id, rightIf(id) ? correctOf(id) : (correctOf(id) + 1) % 4]));
  return resultLink(origin, encodeResult(buildResult(bankQuestions, bankVersion(bankQuestions), { ...p, answers }, '2026-11-24')));
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
      [4, 'it is not a link'],
      [5, 'its checksum does not match, so the link was altered after it was made'],
      [7, 'it repeats the result on line 3'],
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

  it('exports a CSV that an independent reader gets the same table from, with formulas neutralised', () => {
    const csv = teamCsv(report);
    const rows = readCsv(csv);
    expect(rows[0]).toEqual(['Name', 'Date', 'Correct', 'Questions', 'Score %', ...QUIZ_TOPICS.map((t) => `${TOPIC_LABELS[t]} %`)]);
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Ada', 'Bo, "the intern"', "'=cmd|calc"]);
    for (const [i, row] of report.rows.entries()) {
      expect(rows[i + 1]!.slice(1, 5)).toEqual(['2026-11-24', String(row.correct), String(row.total), String(Math.round((100 * row.correct) / row.total))]);
      for (const [t, topic] of QUIZ_TOPICS.entries()) {
        const tally = row.byTopic[topic];
        expect(rows[i + 1]![5 + t]).toBe(tally ? String(Math.round((100 * tally.correct) / tally.asked)) : '');
      }
    }
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('a\nb')).toBe('"a\nb"');
  });
});
