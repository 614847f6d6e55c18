import { describe, expect, it } from 'vitest';
import { decodeResult, encodeResult, freshProgress, parseProgress, resultFromHash, retryMissed, score, type OnboardingQuestion } from './onboarding.ts';

const q = (id: string, correct: number): OnboardingQuestion => ({
  id,
  review: { label: id, href: `/guides/${id}/` },
  quiz: {
    question: `${id}?`,
    explanation: 'x',
    cite: [],
    options: [0, 1, 2].map((i) => ({ text: `o${i}`, correct: i === correct, feedback: 'f' })),
  },
});
const questions = [q('a', 0), q('b', 1), q('c', 2)];

describe('stored progress', () => {
  it('round-trips valid progress', () => {
    const progress = { ...freshProgress(questions), answers: { a: 0, b: 2 }, current: 2 };
    expect(parseProgress(JSON.stringify(progress), questions)).toEqual(progress);
  });
  it('ignores corrupt, old and inconsistent storage', () => {
    for (const raw of ['{not json', 'null', '42', JSON.stringify({ version: 0, answers: {}, round: ['a'] }), JSON.stringify({ version: 1, answers: { zz: 0 }, round: ['a'] }), JSON.stringify({ version: 1, answers: { a: 9 }, round: ['a'] }), JSON.stringify({ version: 1, answers: {}, round: [] })]) {
      expect(parseProgress(raw, questions), raw).toBeNull();
    }
  });
  it('clamps an out-of-range position', () => {
    expect(parseProgress(JSON.stringify({ ...freshProgress(questions), current: 99 }), questions)?.current).toBe(2);
  });
});

describe('score and retry', () => {
  it('counts right, wrong and unanswered', () => {
    expect(score(questions, { a: 0, b: 0 })).toEqual({ correct: 1, answered: 2, total: 3, missed: ['b', 'c'] });
  });
  it('retries only missed questions and keeps the right answers', () => {
    const next = retryMissed(questions, { ...freshProgress(questions), answers: { a: 0, b: 0, c: 2 }, finished: true });
    expect(next.round).toEqual(['b']);
    expect(next.answers).toEqual({ a: 0, c: 2 });
    expect(next.finished).toBe(false);
  });
});

describe('shareable result', () => {
  it('round-trips through the URL fragment', () => {
    const code = encodeResult(questions, { a: 0, c: 1 });
    expect(code).toMatch(/^r1\.[0-9a-z]+\.0-1$/);
    expect(resultFromHash(`#result=${encodeURIComponent(code)}`)).toBe(code);
    expect(decodeResult(code, questions)).toEqual({ a: 0, c: 1 });
  });
  it('refuses a result from another question set or a tampered one', () => {
    const code = encodeResult(questions, { a: 0 });
    expect(decodeResult(code, [...questions, q('d', 0)])).toBeNull();
    expect(decodeResult(code.replace(/\.[0-9-]+$/, '.9--'), questions)).toBeNull();
    expect(decodeResult('<script>', questions)).toBeNull();
    expect(resultFromHash('#other=1')).toBeNull();
  });
});
