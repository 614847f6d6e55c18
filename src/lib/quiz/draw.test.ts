import { describe, expect, it } from 'vitest';
import { bankVersion, drawQuiz, optionOrder, QUIZ_SIZE, topicQuotas } from './draw.ts';
import { hash53, mulberry32, newSeed, SEED_PATTERN, shuffled } from './random.ts';
import { makeBank, makeQuestion } from './test-bank.ts';
import { QUIZ_TOPICS } from './topics.ts';

const bank = makeBank(5);
const topicOf = (id: string) => bank.find((q) => q.id === id)!.topic;

describe('seeded randomness', () => {
  it('mulberry32 is deterministic, in [0, 1), and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
    // Roughly uniform: each tenth of [0, 1) gets 100 ± 40 of 1000 draws.
    for (let d = 0; d < 10; d++) expect(Math.abs(xs.filter((x) => Math.floor(x * 10) === d).length - 100)).toBeLessThan(40);
  });
  it('shuffles without losing or duplicating items', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const out = shuffled(items, mulberry32(7));
    expect([...out].sort((x, y) => x - y)).toEqual(items);
    expect(out).not.toEqual(items);
  });
  it('hashes strings stably and makes URL-safe seeds', () => {
    expect(hash53('abc')).toBe(hash53('abc'));
    expect(hash53('abc')).not.toBe(hash53('abd'));
    const seeds = new Set(Array.from({ length: 50 }, newSeed));
    expect(seeds.size).toBe(50);
    for (const s of seeds) expect(s).toMatch(SEED_PATTERN);
  });
});

describe('drawing a quiz', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(drawQuiz(bank, 'abc')).toEqual(drawQuiz(bank, 'abc'));
    expect(drawQuiz(bank, 'abc')).not.toEqual(drawQuiz(bank, 'abd'));
    expect(drawQuiz([...bank].reverse(), 'abc')).toEqual(drawQuiz(bank, 'abc'));
  });
  it('draws 15 distinct questions covering every topic, no topic more than one above another', () => {
    for (let i = 0; i < 100; i++) {
      const ids = drawQuiz(bank, `seed${i}`);
      expect(ids).toHaveLength(QUIZ_SIZE);
      expect(new Set(ids).size).toBe(QUIZ_SIZE);
      const counts = QUIZ_TOPICS.map((t) => ids.filter((id) => topicOf(id) === t).length);
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });
  it('mixes difficulties inside a topic that gets two questions', () => {
    for (let i = 0; i < 50; i++) {
      const ids = drawQuiz(bank, `mix${i}`);
      for (const topic of QUIZ_TOPICS) {
        const picked = bank.filter((q) => q.topic === topic && ids.includes(q.id));
        if (picked.length === 2) expect(picked[0]!.difficulty).not.toBe(picked[1]!.difficulty);
      }
    }
  });
  it('gives every question a fair chance over many seeds', () => {
    const seen = new Map<string, number>();
    for (let i = 0; i < 600; i++) for (const id of drawQuiz(bank, `f${i}`)) seen.set(id, (seen.get(id) ?? 0) + 1);
    expect(seen.size).toBe(bank.length);
    // 15 of 45 drawn each time: about 200 of 600 per question; allow wide sampling error.
    for (const [id, n] of seen) expect(n, id).toBeGreaterThan(100);
  });
  it('moves topics to others when one is too small, and takes the whole bank when it is smaller than the quiz', () => {
    const quotas = topicQuotas(new Map([['decision', 1], ['cost', 10], ['reasoning', 10]] as const), 15, 's');
    expect(quotas.get('decision')).toBe(1);
    expect(quotas.get('cost')! + quotas.get('reasoning')!).toBe(14);
    const tiny = bank.slice(0, 6);
    expect(drawQuiz(tiny, 's').sort()).toEqual(tiny.map((q) => q.id).sort());
  });
  it('stays mostly the same when a question is added to the bank', () => {
    const before = drawQuiz(bank, 'keep');
    const after = drawQuiz([...bank, makeQuestion('new-question', 'cost', 2)], 'keep');
    const kept = before.filter((id) => after.includes(id)).length;
    expect(kept).toBeGreaterThanOrEqual(QUIZ_SIZE - 1);
  });
});

describe('option order', () => {
  it('is a permutation, fixed for seed, question and round, and changes with the round', () => {
    const order = optionOrder('s', 'q', 0, 4);
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(optionOrder('s', 'q', 0, 4)).toEqual(order);
    const rounds = new Set(Array.from({ length: 10 }, (_, r) => optionOrder('s', 'q', r, 4).join('')));
    expect(rounds.size).toBeGreaterThan(3);
  });
});

describe('bank version', () => {
  it('ignores file order but changes with any edit of a question', () => {
    const v = bankVersion(bank);
    expect(bankVersion([...bank].reverse())).toBe(v);
    const edited = bank.map((q, i) => (i === 3 ? { ...q, quiz: { ...q.quiz, question: 'Changed?' } } : q));
    expect(bankVersion(edited)).not.toBe(v);
  });
});
