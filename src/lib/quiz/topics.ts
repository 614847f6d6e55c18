/**
 * The onboarding bank's fixed vocabularies: what a question is about and how hard it is. Shared by the
 * question schema (build time) and the quiz islands (browser), so this file imports nothing.
 */
export const QUIZ_TOPICS = [
  'decision',
  'knowledge',
  'prompting',
  'evaluation',
  'cost',
  'structured-output',
  'fine-tuning',
  'self-hosting',
  'reasoning',
] as const;
export type QuizTopic = (typeof QUIZ_TOPICS)[number];

export const TOPIC_LABELS: Record<QuizTopic, string> = {
  decision: 'When to fine-tune',
  knowledge: 'Facts and retrieval',
  prompting: 'Prompting',
  evaluation: 'Evaluation',
  cost: 'Cost and latency',
  'structured-output': 'Structured output',
  'fine-tuning': 'Fine-tuning methods',
  'self-hosting': 'Self-hosting',
  reasoning: 'Reasoning models',
};

export const DIFFICULTIES = ['basic', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
