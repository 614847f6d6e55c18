/**
 * Statistics over the real onboarding bank (content/questions/): the stored answer positions, the positions
 * after shuffling, and the length of the correct option must not let a taker guess. Every threshold is a
 * stated significance level, so a bank that passes is one an examiner could not call biased at that level.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BANK_OPTIONS, questionSchema } from './schemas.ts';
import { drawQuiz, optionOrder, QUESTION_ID, type BankQuestion } from './quiz-draw.ts';
import { QUIZ_TOPICS } from './quiz-topics.ts';

const dir = 'content/questions';
const bank: BankQuestion[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((file) => {
    const data = questionSchema.parse(parse(readFileSync(`${dir}/${file}`, 'utf8')));
    return { id: file.replace(/\.yaml$/, ''), topic: data.topic, difficulty: data.difficulty, quiz: data.quiz, review: { label: data.section, href: `/guides/${data.guide}/#${data.section}` } };
  });
const correctAt = (q: BankQuestion) => q.quiz.options.findIndex((o) => o.correct);

/** Pearson's chi-square statistic of observed counts against equal expected counts. */
function chiSquare(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}
/** Chi-square critical values for 3 degrees of freedom (four positions). */
const CHI2_3DF_P05 = 7.815;
const CHI2_3DF_P001 = 16.27;

/**
 * The smallest k with P(X >= k) <= alpha for X ~ Binomial(n, p): counts at or above it are significant at
 * level alpha. The probabilities are built in log space so that large n does not underflow.
 */
function criticalCount(n: number, p: number, alpha: number): number {
  const pmf: number[] = [];
  let logTerm = n * Math.log(1 - p); // log P(X = 0)
  for (let i = 0; i <= n; i++) {
    pmf.push(Math.exp(logTerm));
    logTerm += Math.log((n - i) / (i + 1)) + Math.log(p / (1 - p));
  }
  let tail = 0;
  for (let k = n; k >= 0; k--) {
    if (tail + pmf[k]! > alpha) return k + 1;
    tail += pmf[k]!;
  }
  return 0;
}

/**
 * Ids published so far. Saved quizzes and result links name these, so an id must never be renamed: a question
 * may be edited in place or retired (deleted and moved to RETIRED below, so links that name it show a notice).
 */
const PUBLISHED = [
  'all-three-conditions',
  'assertions-first',
  'base-model-shutdown',
  'batch-for-overnight',
  'blended-routing-price',
  'bootstrap-lower-bound',
  'cache-prefix-order',
  'chain-of-thought-where',
  'checkable-citations',
  'cost-alone-not-a-reason',
  'distill-checked',
  'dropped-keys-next-step',
  'dsl-grammar',
  'effort-setting-eval',
  'empty-answer-token-limit',
  'error-analysis-traces',
  'eval-set-before-tuning',
  'evaluate-shipped-artifact',
  'few-shot-block-bill',
  'few-shot-order-swings',
  'format-change-moves-score',
  'gpu-utilisation',
  'how-many-examples',
  'identical-prefix-first-step',
  'idle-gpu-break-even',
  'judge-order-flip',
  'kv-cache-growth',
  'latency-budget-first-step',
  'lora-adapter',
  'memory-weights-kv',
  'ndcg-versus-recall',
  'new-facts-in-weights',
  'paired-comparison',
  'plateau-means-several-rounds',
  'policy-update-overnight',
  'preference-pairs',
  'prompt-versions',
  'prototype-in-two-weeks',
  'quantise-to-fit',
  'rag-refusal-string',
  'rare-labels-metric',
  'reasoning-latency',
  'reasoning-tokens-billed',
  'recall-at-k',
  'reinforcement-grader',
  'retrieval-misses-the-passage',
  'retry-expected-calls',
  'route-still-offered',
  'router-quality-estimator',
  'valid-but-wrong',
  'voice-judged-by-owner',
  'what-tuning-teaches',
  'where-tuned-saving-comes-from',
];
const RETIRED: string[] = [];

describe('stable ids', () => {
  it('every published id is still in the bank or was retired on purpose, and ids are URL-safe', () => {
    const ids = new Set(bank.map((q) => q.id));
    expect(PUBLISHED.filter((id) => !ids.has(id) && !RETIRED.includes(id))).toEqual([]);
    for (const id of ids) expect(id).toMatch(QUESTION_ID);
  });
});

describe('the statistics used below', () => {
  it('reject the pattern of the old bank and accept an even spread', () => {
    // The bank before this rework: the correct option was A in 18 of 28 and cycled B, C, A, D in the other 10.
    expect(chiSquare([21, 3, 2, 2])).toBeGreaterThan(CHI2_3DF_P05);
    expect(chiSquare([13, 13, 14, 13])).toBeLessThan(CHI2_3DF_P05);
    // Longest in 21 of 28 is far beyond chance; 7 of 28 is exactly chance.
    expect(21).toBeGreaterThanOrEqual(criticalCount(28, 0.25, 0.05));
    expect(7).toBeLessThan(criticalCount(28, 0.25, 0.05));
    // Checked against an exact sum in Python: P(X >= 19) = 0.0517, P(X >= 20) = 0.0273 for n = 53.
    expect(criticalCount(53, 0.25, 0.05)).toBe(20);
  });
});

describe('the bank itself', () => {
  it('has at least 45 questions, every topic with at least 4, every question with four options', () => {
    expect(bank.length).toBeGreaterThanOrEqual(45);
    for (const topic of QUIZ_TOPICS) expect(bank.filter((q) => q.topic === topic).length, topic).toBeGreaterThanOrEqual(4);
    for (const q of bank) expect(q.quiz.options.length, q.id).toBe(BANK_OPTIONS);
  });

  it('has no near-duplicate questions (word overlap of question texts below 50%)', () => {
    const words = (q: BankQuestion) => new Set(q.quiz.question.toLowerCase().match(/[a-z0-9]{4,}/g) ?? []);
    for (const [i, a] of bank.entries()) {
      for (const b of bank.slice(i + 1)) {
        const wa = words(a);
        const wb = words(b);
        const shared = [...wa].filter((w) => wb.has(w)).length;
        expect(shared / Math.min(wa.size, wb.size), `${a.id} vs ${b.id}`).toBeLessThan(0.5);
      }
    }
  });

  it('has no doubled full stops in anything a taker reads', () => {
    for (const q of bank) {
      const texts = [q.quiz.question, q.quiz.explanation, ...q.quiz.options.flatMap((o) => [o.text, o.feedback])];
      for (const t of texts) expect(t, q.id).not.toMatch(/(?<!\.)\.\.(?!\.)|\.\s+\./);
    }
  });
});

describe('answer positions', () => {
  it('the stored order does not leak: correct positions are uniform (chi-square, 3 df, p = 0.05)', () => {
    const counts = [0, 0, 0, 0];
    for (const q of bank) counts[correctAt(q)]!++;
    expect(chiSquare(counts)).toBeLessThan(CHI2_3DF_P05);
    // And no long runs: the same position more than three times in a row in file order would be a pattern.
    const sequence = [...bank].sort((a, b) => a.id.localeCompare(b.id)).map(correctAt);
    let run = 1;
    for (let i = 1; i < sequence.length; i++) {
      run = sequence[i] === sequence[i - 1] ? run + 1 : 1;
      expect(run).toBeLessThanOrEqual(4);
    }
  });

  it('after shuffling, the shown position of the correct option is uniform overall and per question', () => {
    const seeds = Array.from({ length: 400 }, (_, i) => `s${i.toString(36)}`);
    const overall = [0, 0, 0, 0];
    let sameAsStored = 0;
    for (const q of bank) {
      const counts = [0, 0, 0, 0];
      for (const seed of seeds) {
        const shown = optionOrder(seed, q.id, 0, BANK_OPTIONS).indexOf(correctAt(q));
        counts[shown]!++;
        overall[shown]!++;
        if (shown === correctAt(q)) sameAsStored++;
      }
      // Per question, at p = 0.001 so that 50-odd questions do not fail by chance.
      expect(chiSquare(counts), q.id).toBeLessThan(CHI2_3DF_P001);
    }
    expect(chiSquare(overall)).toBeLessThan(CHI2_3DF_P05);
    // The shown position keeps the stored one about a quarter of the time, no more (one-sided, p = 0.05).
    const n = bank.length * seeds.length;
    expect(sameAsStored).toBeLessThan(criticalCount(n, 1 / BANK_OPTIONS, 0.05));
  });
});

describe('no length tell', () => {
  const lengths = (q: BankQuestion) => q.quiz.options.map((o) => o.text.length);

  it('the correct option is the longest no more often than chance allows (binomial, p = 1/4, one-sided 0.05)', () => {
    const longest = bank.filter((q) => lengths(q)[correctAt(q)]! >= Math.max(...lengths(q))).length;
    expect(longest).toBeLessThan(criticalCount(bank.length, 1 / BANK_OPTIONS, 0.05));
  });

  it('nor the shortest (same test), so "pick the odd length out" does not work either', () => {
    const shortest = bank.filter((q) => lengths(q)[correctAt(q)]! <= Math.min(...lengths(q))).length;
    expect(shortest).toBeLessThan(criticalCount(bank.length, 1 / BANK_OPTIONS, 0.05));
  });

  it('on average the correct option is within 20% of the length of the other options', () => {
    const ratios = bank.map((q) => {
      const l = lengths(q);
      const others = l.filter((_, i) => i !== correctAt(q));
      return l[correctAt(q)]! / (others.reduce((a, b) => a + b, 0) / others.length);
    });
    const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    expect(mean).toBeGreaterThan(0.8);
    expect(mean).toBeLessThan(1.2);
  });
});

describe('draws from the real bank', () => {
  it('cover every topic in a 15-question quiz, for many seeds', () => {
    for (let i = 0; i < 200; i++) {
      const ids = drawQuiz(bank, `t${i}`);
      expect(ids).toHaveLength(15);
      const topics = new Set(ids.map((id) => bank.find((q) => q.id === id)!.topic));
      expect(topics.size).toBe(QUIZ_TOPICS.length);
    }
  });
});
