import { describe, expect, it } from 'vitest';
import { answer, cleanName, freshProgress, parseProgress, restart, retryMissed, score, seedFromSearch, startingProgress } from './onboarding.ts';
import { teamRef, type TeamQuiz } from './team-quiz.ts';
import { optionOrder } from './draw.ts';
import { makeBank } from './test-bank.ts';

const bank = makeBank(5);
const correct = (id: string) => bank.find((q) => q.id === id)!.quiz.options.findIndex((o) => o.correct);

describe('stored progress', () => {
  it('round-trips valid progress', () => {
    const p = freshProgress(bank, 'abc', 'Ada');
    const progress = { ...p, answers: { [p.drawn[0]!]: 1 }, current: 1 };
    expect(parseProgress(JSON.stringify(progress), bank)).toEqual({ progress, removed: [] });
  });
  it('ignores corrupt and old storage', () => {
    const good = freshProgress(bank, 'abc');
    for (const raw of ['{not json', 'null', '42', JSON.stringify({ version: 1, answers: {}, round: ['a'] }), JSON.stringify({ ...good, seed: 'BAD SEED' }), JSON.stringify({ ...good, drawn: 'x' }), JSON.stringify({ ...good, drawn: ['gone'], round: ['gone'] })]) {
      expect(parseProgress(raw, bank), raw).toBeNull();
    }
  });
  it('skips questions removed from the bank and reports them, keeping the rest', () => {
    const p = freshProgress(bank, 'abc');
    const removedId = p.drawn[2]!;
    const stored = { ...p, answers: { [p.drawn[0]!]: 0, [removedId]: 1 } };
    const restored = parseProgress(JSON.stringify(stored), bank.filter((q) => q.id !== removedId))!;
    expect(restored.removed).toEqual([removedId]);
    expect(restored.progress.drawn).toEqual(p.drawn.filter((id) => id !== removedId));
    expect(restored.progress.answers).toEqual({ [p.drawn[0]!]: 0 });
  });
  it('keeps progress when questions are added to the bank', () => {
    const p = { ...freshProgress(bank, 'abc'), current: 4 };
    const bigger = [...bank, ...makeBank(6).filter((q) => q.id.endsWith('-5'))];
    expect(parseProgress(JSON.stringify(p), bigger)?.progress).toEqual(p);
  });
  it('clamps an out-of-range position and drops answers outside the options', () => {
    const p = freshProgress(bank, 'abc');
    const restored = parseProgress(JSON.stringify({ ...p, current: 99, answers: { [p.drawn[0]!]: 9 } }), bank)!;
    expect(restored.progress.current).toBe(p.round.length - 1);
    expect(restored.progress.answers).toEqual({});
  });
  it('cleans names of control characters and length', () => {
    expect(cleanName('  Ada\u0000 \n Lovelace\u202e ')).toBe('Ada Lovelace');
    expect(cleanName('x'.repeat(200))).toHaveLength(60);
  });
});

describe('which quiz a visit shows', () => {
  const stored = parseProgress(JSON.stringify({ ...freshProgress(bank, 'mine', 'Ada'), current: 3 }), bank);
  const never = () => {
    throw new Error('no new seed expected');
  };
  it('a link with the stored seed resumes; another seed starts that quiz fresh, keeping the name', () => {
    expect(startingProgress(bank, { seed: 'mine', team: null }, stored, never)).toBe(stored);
    const other = startingProgress(bank, { seed: 'theirs', team: null }, stored, never).progress;
    expect(other.seed).toBe('theirs');
    expect(other.current).toBe(0);
    expect(other.name).toBe('Ada');
    expect(other.drawn).toEqual(freshProgress(bank, 'theirs').drawn);
  });
  it('without a link: the stored quiz, else a new seed', () => {
    expect(startingProgress(bank, { seed: null, team: null }, stored, never)).toBe(stored);
    expect(startingProgress(bank, { seed: null, team: null }, null, () => 'fresh1').progress.seed).toBe('fresh1');
  });
  it('reads the seed from the query string, refusing malformed ones', () => {
    expect(seedFromSearch('?seed=abc123')).toBe('abc123');
    expect(seedFromSearch('?seed=%3Cscript%3E')).toBeNull();
    expect(seedFromSearch('')).toBeNull();
  });
});

describe('score and retry', () => {
  const p = freshProgress(bank, 'xyz');
  const [a, b, c] = p.drawn as [string, string, string];
  const answers = { [a]: correct(a), [b]: (correct(b) + 1) % 4 };
  it('counts right, wrong and unanswered over the drawn questions', () => {
    const s = score(bank, { drawn: p.drawn, answers });
    expect(s.correct).toBe(1);
    expect(s.answered).toBe(2);
    expect(s.total).toBe(15);
    expect(s.missed).toEqual(p.drawn.slice(1));
  });
  it('retries only the missed questions, in a new round so the options are reshuffled', () => {
    const next = retryMissed(bank, { ...p, answers, finished: true });
    expect(next.round).toEqual(p.drawn.slice(1));
    expect(next.answers).toEqual({ [a]: correct(a) });
    expect(next.roundNo).toBe(1);
    expect(next.finished).toBe(false);
    const orders = [0, 1, 2, 3, 4].map((r) => optionOrder(p.seed, c, r, 4).join(''));
    expect(new Set(orders).size).toBeGreaterThan(1);
  });
});

describe('first attempt and practice', () => {
  const p = freshProgress(bank, 'xyz');
  const [a, b] = p.drawn as [string, string];
  const wrong = (id: string) => (correct(id) + 1) % 4;
  it('keeps the first-pass answer when a retry answers the question again', () => {
    let q = answer(answer(p, a, correct(a)), b, wrong(b));
    expect(q.first).toEqual({ [a]: correct(a), [b]: wrong(b) });
    q = retryMissed(bank, { ...q, finished: true });
    q = answer(q, b, correct(b));
    expect(q.answers[b]).toBe(correct(b));
    expect(q.first[b]).toBe(wrong(b));
  });
  it('reads progress saved before first attempts were kept: questions in a retry round count as missed', () => {
    const { first: _first, team: _team, attempt: _attempt, ...old } = { ...p, version: 2, answers: { [a]: correct(a) }, round: p.drawn.slice(1), roundNo: 1 };
    const restored = parseProgress(JSON.stringify(old), bank)!.progress;
    expect(restored.first).toEqual({ [a]: correct(a) });
    expect(restored.attempt).toBe(1);
    expect(restored.team).toBeNull();
  });
  it('starting again counts the next attempt and keeps the name', () => {
    const again = restart(bank, { ...p, name: 'Ada' }, 'next', null);
    expect(again).toMatchObject({ attempt: 2, name: 'Ada', seed: 'next', first: {}, answers: {} });
    expect(restart(bank, again, 'third', null).attempt).toBe(3);
  });
});

describe('a team quiz link', () => {
  const team: TeamQuiz = { label: 'Platform', ids: [bank[7]!.id, bank[3]!.id, bank[30]!.id] };
  it('asks its questions in its order, whatever the seed, and records the team', () => {
    for (const seed of ['s1', 's2']) {
      const p = startingProgress(bank, { seed: null, team }, null, () => seed).progress;
      expect(p.drawn).toEqual(team.ids);
      expect(p.team).toEqual(teamRef(team));
      expect(p.seed).toBe(seed);
    }
  });
  it('resumes a stored answer to the same team quiz, and replaces a quiz of another kind', () => {
    const mine = { progress: { ...freshProgress(bank, 'mine', 'Ada', team), current: 2 }, removed: [] };
    expect(startingProgress(bank, { seed: null, team }, mine, () => 'new')).toBe(mine);
    const open = { progress: freshProgress(bank, 'mine', 'Ada'), removed: [] };
    const started = startingProgress(bank, { seed: null, team }, open, () => 'new').progress;
    expect(started).toMatchObject({ drawn: team.ids, name: 'Ada', attempt: 1 });
  });
  it('drops a question the bank no longer has', () => {
    expect(freshProgress(bank, 's', '', { label: '', ids: ['gone', bank[0]!.id] }).drawn).toEqual([bank[0]!.id]);
  });
});
