/**
 * The onboarding quiz: progress that survives a reload (versioned localStorage, validated on read), the
 * score and review, retrying only missed questions, and a compact shareable result for the URL fragment.
 */
import { correctIndex, type Quiz } from './quiz.ts';

export interface OnboardingQuestion {
  id: string;
  quiz: Quiz;
  /** Where the answer is argued: a guide section or a scenario page. */
  review: { label: string; href: string };
}

export interface Progress {
  version: 1;
  /** Chosen option per question id. */
  answers: Record<string, number>;
  /** Index into the current round. */
  current: number;
  /** Ids of the round being taken: all questions, or only the ones missed. */
  round: string[];
  finished: boolean;
}

export const STORAGE_KEY = 'tune-or-prompt:onboarding-quiz:v1';

export function freshProgress(questions: readonly OnboardingQuestion[]): Progress {
  return { version: 1, answers: {}, current: 0, round: questions.map((q) => q.id), finished: false };
}

/** Reads stored progress; anything corrupt, old or inconsistent with the current questions gives null. */
export function parseProgress(raw: string | null, questions: readonly OnboardingQuestion[]): Progress | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const p = value as Partial<Progress>;
  if (p.version !== 1 || typeof p.answers !== 'object' || p.answers === null || !Array.isArray(p.round)) return null;
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answers: Record<string, number> = {};
  for (const [id, choice] of Object.entries(p.answers)) {
    const question = byId.get(id);
    if (!question || !Number.isInteger(choice) || choice < 0 || choice >= question.quiz.options.length) return null;
    answers[id] = choice;
  }
  if (p.round.length === 0 || !p.round.every((id) => typeof id === 'string' && byId.has(id))) return null;
  const current = Number.isInteger(p.current) ? Math.min(Math.max(p.current as number, 0), p.round.length - 1) : 0;
  return { version: 1, answers, current, round: p.round, finished: p.finished === true };
}

export interface Score {
  correct: number;
  answered: number;
  total: number;
  missed: string[];
}

export function score(questions: readonly OnboardingQuestion[], answers: Readonly<Record<string, number>>): Score {
  let correct = 0;
  let answered = 0;
  const missed: string[] = [];
  for (const q of questions) {
    const choice = answers[q.id];
    if (choice === undefined) {
      missed.push(q.id);
      continue;
    }
    answered++;
    if (choice === correctIndex(q.quiz)) correct++;
    else missed.push(q.id);
  }
  return { correct, answered, total: questions.length, missed };
}

/** A new round over the missed questions, keeping the answers of the others. */
export function retryMissed(questions: readonly OnboardingQuestion[], progress: Progress): Progress {
  const { missed } = score(questions, progress.answers);
  if (missed.length === 0) return progress;
  const answers = { ...progress.answers };
  for (const id of missed) delete answers[id];
  return { version: 1, answers, current: 0, round: missed, finished: false };
}

/** A short fingerprint of the question set, so a shared result from another quiz version is refused. */
export function fingerprint(questions: readonly OnboardingQuestion[]): string {
  let hash = 2166136261;
  for (const ch of questions.map((q) => q.id).join('|')) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash.toString(36);
}

/** "r1.<fingerprint>.<one character per question: option index, or - when unanswered>". */
export function encodeResult(questions: readonly OnboardingQuestion[], answers: Readonly<Record<string, number>>): string {
  const choices = questions.map((q) => (answers[q.id] === undefined ? '-' : String(answers[q.id]))).join('');
  return `r1.${fingerprint(questions)}.${choices}`;
}

export function decodeResult(value: string, questions: readonly OnboardingQuestion[]): Record<string, number> | null {
  const match = /^r1\.([0-9a-z]+)\.([0-9-]+)$/.exec(value);
  if (!match || match[1] !== fingerprint(questions) || match[2]!.length !== questions.length) return null;
  const answers: Record<string, number> = {};
  for (const [i, q] of questions.entries()) {
    const ch = match[2]![i]!;
    if (ch === '-') continue;
    const choice = Number(ch);
    if (choice >= q.quiz.options.length) return null;
    answers[q.id] = choice;
  }
  return answers;
}

/** The fragment value of a shared result link, e.g. from "#result=r1.abc.012-". */
export function resultFromHash(hash: string): string | null {
  const match = /^#result=([^&]+)$/.exec(hash);
  return match ? decodeURIComponent(match[1]!) : null;
}
