import { describe, expect, it } from 'vitest';
import { cleanName, freshProgress, parseProgress, retryMissed, score, seedFromSearch, startingProgress } from './onboarding.ts';
import { optionOrder } from './quiz-draw.ts';
import { makeBank } from './quiz-test-bank.ts';

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
    expect(startingProgress(bank, 'mine', stored, never)).toBe(stored);
    const other = startingProgress(bank, 'theirs', stored, never).progress;
    expect(other.seed).toBe('theirs');
    expect(other.current).toBe(0);
    expect(other.name).toBe('Ada');
    expect(other.drawn).toEqual(freshProgress(bank, 'theirs').drawn);
  });
  it('without a link: the stored quiz, else a new seed', () => {
    expect(startingProgress(bank, null, stored, never)).toBe(stored);
    expect(startingProgress(bank, null, null, () => 'fresh1').progress.seed).toBe('fresh1');
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
