/**
 * Drawing an onboarding quiz from the question bank: a balanced subset (every topic represented, as evenly
 * as the bank allows, difficulties mixed within a topic) in a seeded order, with each question's options
 * shuffled by seed, question id and round. Ranking by a hash of seed and id, rather than walking one random
 * stream, keeps a draw stable when questions are added or edited elsewhere in the bank.
 */
import { generatorFor, hash53, shuffled } from './random.ts';
import type { Quiz } from './grade.ts';
import type { Difficulty, QuizTopic } from './topics.ts';

export interface BankQuestion {
  /** Stable id: the question's file name. */
  id: string;
  topic: QuizTopic;
  difficulty: Difficulty;
  quiz: Quiz;
  /** The section that answers the question. */
  review: { label: string; href: string };
}

export interface Bank {
  /** A fingerprint of the bank's content; results record it. */
  version: string;
  questions: BankQuestion[];
}

/** A question id (its file name): what saved progress and result links may contain. */
export const QUESTION_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** How many questions one quiz draws. */
export const QUIZ_SIZE = 15;

const rank = (seed: string, kind: string, key: string) => hash53(`${seed}|${kind}|${key}`);

/** A short fingerprint of the bank's ids and text, so a result can say which version it was taken on. */
export function bankVersion(questions: readonly Pick<BankQuestion, 'id' | 'quiz'>[]): string {
  const text = questions
    .map((q) => `${q.id}\u0000${q.quiz.question}\u0000${q.quiz.options.map((o) => `${o.correct ? '*' : ''}${o.text}`).join('\u0001')}`)
    .sort()
    .join('\u0002');
  return hash53(text).toString(36);
}

/** How many questions each topic contributes: an even split, with the remainder going to seed-ranked topics. */
export function topicQuotas(counts: ReadonlyMap<QuizTopic, number>, size: number, seed: string): Map<QuizTopic, number> {
  const topics = [...counts.keys()].sort((a, b) => rank(seed, 'topic', a) - rank(seed, 'topic', b));
  const quotas = new Map(topics.map((t) => [t, 0]));
  let left = Math.min(size, [...counts.values()].reduce((a, b) => a + b, 0));
  while (left > 0) {
    for (const topic of topics) {
      if (left === 0) break;
      if (quotas.get(topic)! < counts.get(topic)!) {
        quotas.set(topic, quotas.get(topic)! + 1);
        left--;
      }
    }
  }
  return quotas;
}

/** The ids of one quiz, in the order they are asked. Same bank and seed, same quiz. */
export function drawQuiz(bank: readonly BankQuestion[], seed: string, size = QUIZ_SIZE): string[] {
  const byTopic = new Map<QuizTopic, BankQuestion[]>();
  for (const q of bank) byTopic.set(q.topic, [...(byTopic.get(q.topic) ?? []), q]);
  const quotas = topicQuotas(new Map([...byTopic].map(([t, qs]) => [t, qs.length])), size, seed);
  const picked: string[] = [];
  for (const [topic, questions] of byTopic) {
    // Interleave difficulties (in a seed-ranked order), each list ranked by seed and id.
    const byDifficulty = new Map<Difficulty, BankQuestion[]>();
    for (const q of questions) byDifficulty.set(q.difficulty, [...(byDifficulty.get(q.difficulty) ?? []), q]);
    const lists = [...byDifficulty]
      .sort(([a], [b]) => rank(seed, `difficulty:${topic}`, a) - rank(seed, `difficulty:${topic}`, b))
      .map(([, qs]) => qs.sort((a, b) => rank(seed, 'question', a.id) - rank(seed, 'question', b.id)));
    const interleaved: BankQuestion[] = [];
    for (let i = 0; interleaved.length < questions.length; i++) for (const list of lists) if (list[i]) interleaved.push(list[i]!);
    picked.push(...interleaved.slice(0, quotas.get(topic) ?? 0).map((q) => q.id));
  }
  return picked.sort((a, b) => rank(seed, 'order', a) - rank(seed, 'order', b));
}

/**
 * The order in which a question's options are shown: entry i is the stored index of the option shown i-th.
 * Round 0 is the first pass; each retry is a new round and so a new order.
 */
export function optionOrder(seed: string, questionId: string, round: number, count: number): number[] {
  return shuffled(
    Array.from({ length: count }, (_, i) => i),
    generatorFor(`${seed}|options|${questionId}|${round}`),
  );
}
