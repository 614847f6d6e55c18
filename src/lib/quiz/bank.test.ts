/**
 * Statistics over the real onboarding bank (content/questions/): the stored answer positions, the positions
 * after shuffling, and the length of the correct option must not let a taker guess. Every threshold is a
 * stated significance level, so a bank that passes is one an examiner could not call biased at that level.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { sourceHeadings } from '../citations/cite.ts';
import { BANK_OPTIONS, questionSchema, type QuestionData } from '../schemas.ts';
import { sectionProblems } from './sections.ts';
import { drawQuiz, optionOrder, QUESTION_ID, type BankQuestion } from './draw.ts';
import { QUIZ_TOPICS } from './topics.ts';

const dir = 'content/questions';
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const data = new Map<string, QuestionData>(files.map((file) => [file.replace(/\.yaml$/, ''), questionSchema.parse(parse(readFileSync(`${dir}/${file}`, 'utf8')))]));
const pageOf = (q: QuestionData) => (q.guide ? `guides/${q.guide}` : `scenarios/${q.scenario}`);
const bank: BankQuestion[] = [...data].map(([id, q]) => ({
  id,
  topic: q.topic,
  difficulty: q.difficulty,
  quiz: q.quiz,
  review: { label: q.section, href: `/${pageOf(q)}/#${q.section}` },
}));
/** An MDX page's body (after the frontmatter). */
const bodyOf = (page: string) => readFileSync(`content/${page}.mdx`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
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
  'exit-plan-last-weeks',
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
  /** How many options are strictly longer (or shorter) than the correct one: 0 means it is the longest (shortest). */
  const longerThanKey = (q: BankQuestion) => lengths(q).filter((l) => l > lengths(q)[correctAt(q)]!).length;
  const shorterThanKey = (q: BankQuestion) => lengths(q).filter((l) => l < lengths(q)[correctAt(q)]!).length;

  it('the correct option is the longest in at most a third of the questions', () => {
    expect(bank.filter((q) => longerThanKey(q) === 0).length).toBeLessThanOrEqual(bank.length / 3);
  });

  it('and among the two longest in at most 60% (chance is half), so "pick a long one" does not pay', () => {
    expect(bank.filter((q) => longerThanKey(q) <= 1).length).toBeLessThanOrEqual(0.6 * bank.length);
  });

  it('nor the reverse: the shortest in at most a third, among the two shortest in at most 60%', () => {
    expect(bank.filter((q) => shorterThanKey(q) === 0).length).toBeLessThanOrEqual(bank.length / 3);
    expect(bank.filter((q) => shorterThanKey(q) <= 1).length).toBeLessThanOrEqual(0.6 * bank.length);
  });

  it('the correct option is the longest no more often than chance allows (binomial, p = 1/4, one-sided 0.05)', () => {
    expect(bank.filter((q) => longerThanKey(q) === 0).length).toBeLessThan(criticalCount(bank.length, 1 / BANK_OPTIONS, 0.05));
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

describe('each key agrees with the section it links', () => {
  it('every question names a heading of its page, and every supporting phrase appears in that section', () => {
    const problems = [...data].flatMap(([id, q]) => {
      const page = pageOf(q);
      return sectionProblems({ page, section: q.section, supports: q.supports }, bodyOf(page), sourceHeadings(bodyOf(page))).map((p) => `${id}: ${p}`);
    });
    expect(problems).toEqual([]);
  });

  it('every question quotes one to three phrases of its section, so no link can drift from its answer unnoticed', () => {
    for (const [id, q] of data) {
      expect(q.supports.length, id).toBeGreaterThanOrEqual(1);
      expect(q.supports.length, id).toBeLessThanOrEqual(3);
    }
  });

  it('the links the 2026-12-07 review found landing on sections that do not answer now point at ones that do', () => {
    const link = (id: string) => `${pageOf(data.get(id)!)}#${data.get(id)!.section}`;
    const quoted = (id: string) => data.get(id)!.supports.join(' ');
    for (const id of ['gpu-utilisation', 'idle-gpu-break-even', 'memory-weights-kv', 'kv-cache-growth']) {
      expect(link(id), id).toBe('guides/cost-and-latency#serving-a-tuned-model');
    }
    expect(quoted('gpu-utilisation')).toMatch(/divided by the tokens it actually served/);
    expect(quoted('idle-gpu-break-even')).toMatch(/busy or idle/);
    expect(quoted('memory-weights-kv')).toMatch(/KV cache/);
    expect(quoted('kv-cache-growth')).toMatch(/context length times the number of concurrent sequences/);
    expect(link('cache-prefix-order')).toBe('guides/cost-and-latency#prompt-caching');
    expect(link('evaluate-shipped-artifact')).toBe('scenarios/on-device#why-not-the-alternatives');
    expect(link('retrieval-misses-the-passage')).toBe('guides/evaluation-harness#retrieval-metrics-for-rag');
    expect(link('base-model-shutdown')).toBe('guides/model-lifecycle#the-exit-plan-for-a-tuned-model-whose-base-is-retired');
  });

  it('the base-model key follows the exit plan, and the example count no longer cites a route that is closing', () => {
    const key = (id: string) => data.get(id)!.quiz.options.find((o) => o.correct)!;
    // The exit plan re-runs the best prompt on the replacement first and retrains only if it misses the bar.
    expect(key('base-model-shutdown').text).toMatch(/best prompt on the replacement and retrains only if that misses the bar/);
    // OpenAI takes no tuning jobs from 6 January 2027: its ten-example minimum is history, Google's 100 is the anchor.
    expect(key('how-many-examples').text).toMatch(/Google suggests starting with 100 examples/);
    const texts = (id: string) => { const q = data.get(id)!.quiz; return [q.question, q.explanation, ...q.options.flatMap((o) => [o.text, o.feedback])].join(' '); };
    expect(texts('how-many-examples')).not.toMatch(/OpenAI's (fine-tuning guide, for one, sets|minimum is)/);
  });

  it('the two keys that once contradicted their scenarios now rest on them', () => {
    // The voice question rewarded the writer judging their own pieces; the citation question a string match as proof of support.
    expect(data.get('voice-judged-by-owner')!.supports.join(' ')).toMatch(/not blind/);
    expect(data.get('checkable-citations')!.supports.join(' ')).toMatch(/support needs its own check/);
    const key = (id: string) => data.get(id)!.quiz.options.find((o) => o.correct)!.text;
    expect(key('voice-judged-by-owner')).toMatch(/did not write/);
    expect(key('checkable-citations')).toMatch(/backs its claim/);
  });
});

describe('no wording tell', () => {
  /** Words that make an option sound too sure of itself, the kind a test-wise reader learns to rule out. */
  const ABSOLUTE = /\b(always|never|only|exactly|nothing|none|guarantees?|automatically|by definition|cannot)\b/i;
  /** A justification tacked on ("…, since …"), which distractors tended to carry and keys did not. */
  const REASON = /\b(since|because)\b/i;
  /** Words of measuring, the site's refrain: if only the key uses them, they give it away. */
  const MEASURING = /\b(eval|evaluat\w*|measur\w*|scor\w*|prove)\b/i;

  it('"drop every option that sounds absolute or argues with since/because" never leaves the key alone', () => {
    const tells = bank.filter((q) => {
      const kept = q.quiz.options.filter((o) => !ABSOLUTE.test(o.text) && !REASON.test(o.text));
      return kept.length === 1 && kept[0]!.correct;
    });
    expect(tells.map((q) => q.id)).toEqual([]);
  });

  it('absolutes and since/because clauses are no likelier in distractors than in keys by more than a few points overall', () => {
    const share = (pattern: RegExp, correct: boolean) => {
      const options = bank.flatMap((q) => q.quiz.options.filter((o) => o.correct === correct));
      return options.filter((o) => pattern.test(o.text)).length / options.length;
    };
    // The 2026-12-07 review found absolutes in 40% of distractors against 17% of keys, and since/because in 27% against 6%.
    expect(share(ABSOLUTE, false) - share(ABSOLUTE, true)).toBeLessThan(0.1);
    expect(share(REASON, false) - share(REASON, true)).toBeLessThan(0.1);
  });

  it('where the key talks of measuring, at least one distractor does too (measuring the wrong thing)', () => {
    const tells = bank.filter((q) => q.quiz.options.some((o) => o.correct && MEASURING.test(o.text)) && !q.quiz.options.some((o) => !o.correct && MEASURING.test(o.text)));
    expect(tells.map((q) => q.id)).toEqual([]);
  });
});

describe('one bank: scenario quizzes are bank questions', () => {
  const scenarios = readdirSync('content/scenarios').filter((f) => f.endsWith('.mdx'));
  it('every scenario names one question of the bank as its quiz, and no question serves two scenarios', () => {
    const named = scenarios.map((file) => /^quiz: ([a-z0-9-]+)$/m.exec(readFileSync(`content/scenarios/${file}`, 'utf8'))?.[1]);
    for (const [i, id] of named.entries()) expect(id && data.has(id), scenarios[i]).toBe(true);
    expect(new Set(named).size).toBe(named.length);
  });
  it('the live-traffic fact the batch answer depends on is in the stem', () => {
    const q = data.get('identical-prefix-first-step')!.quiz;
    expect(q.question).toMatch(/live/);
    expect(q.options.find((o) => /batch/i.test(o.text))!.feedback).toMatch(/waiting/);
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
