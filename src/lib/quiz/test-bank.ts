/** A synthetic question bank for the quiz unit tests: `perTopic` questions in every topic, correct option varying. */
import type { BankQuestion } from './draw.ts';
import { DIFFICULTIES, QUIZ_TOPICS, type Difficulty, type QuizTopic } from './topics.ts';

export function makeQuestion(id: string, topic: QuizTopic = 'decision', correct = 0, difficulty: Difficulty = 'basic'): BankQuestion {
  return {
    id,
    topic,
    difficulty,
    review: { label: `Read ${id}`, href: `/guides/${topic}/#${id}` },
    quiz: {
      question: `Question ${id}?`,
      explanation: `Because of ${id}.`,
      cite: [],
      options: [0, 1, 2, 3].map((i) => ({ text: `${id} option ${i}`, correct: i === correct, feedback: `${id} feedback ${i}` })),
    },
  };
}

export function makeBank(perTopic = 5): BankQuestion[] {
  return QUIZ_TOPICS.flatMap((topic, t) =>
    Array.from({ length: perTopic }, (_, i) => makeQuestion(`${topic}-${i}`, topic, (t + i) % 4, DIFFICULTIES[i % DIFFICULTIES.length]!)),
  );
}
