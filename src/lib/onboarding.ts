/**
 * The onboarding quiz's progress: which questions were drawn (by seed), the answers given, the round being
 * taken, and the taker's name. Stored in versioned localStorage and validated against the current bank on
 * read: questions removed from the bank since are dropped and reported, so a saved quiz survives edits.
 */
import { correctIndex } from './quiz.ts';
import { drawQuiz, type BankQuestion } from './quiz-draw.ts';
import { SEED_PATTERN } from './quiz-random.ts';

export interface Progress {
  version: 2;
  seed: string;
  /** Ids drawn for this quiz, in the order asked. */
  drawn: string[];
  /** Chosen option per question id, as its index in the bank file (not on screen). */
  answers: Record<string, number>;
  /** Ids of the round being taken: the drawn questions, or the ones missed. */
  round: string[];
  /** 0 for the first pass, then one more per retry; options are reshuffled per round. */
  roundNo: number;
  /** Index into `round`. */
  current: number;
  finished: boolean;
  /** Name or handle the taker chose to put on the result ("" for none). */
  name: string;
  /** The day the last round was finished (YYYY-MM-DD), shown on the result. */
  finishedOn?: string;
}

export const STORAGE_KEY = 'tune-or-prompt:onboarding-quiz:v2';
export const NAME_MAX = 60;

export function freshProgress(bank: readonly BankQuestion[], seed: string, name = ''): Progress {
  const drawn = drawQuiz(bank, seed);
  return { version: 2, seed, drawn, answers: {}, round: drawn, roundNo: 0, current: 0, finished: false, name };
}

/** A name as stored and shared: control characters removed, spaces collapsed, at most NAME_MAX characters. */
export function cleanName(raw: string): string {
  return raw
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, NAME_MAX);
}

export interface Restored {
  progress: Progress;
  /** Drawn question ids that are no longer in the bank. */
  removed: string[];
}

/** Reads stored progress; anything corrupt or from another format gives null. Removed questions are dropped. */
export function parseProgress(raw: string | null, bank: readonly BankQuestion[]): Restored | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const p = value as Partial<Progress>;
  const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every((id) => typeof id === 'string');
  if (p.version !== 2 || typeof p.seed !== 'string' || !SEED_PATTERN.test(p.seed)) return null;
  if (!isIds(p.drawn) || !isIds(p.round) || typeof p.answers !== 'object' || p.answers === null) return null;
  const byId = new Map(bank.map((q) => [q.id, q]));
  const removed = p.drawn.filter((id) => !byId.has(id));
  const drawn = p.drawn.filter((id) => byId.has(id));
  const round = p.round.filter((id) => byId.has(id) && drawn.includes(id));
  if (drawn.length === 0 || round.length === 0) return null;
  const answers: Record<string, number> = {};
  for (const [id, choice] of Object.entries(p.answers)) {
    const question = byId.get(id);
    // An answer to a question whose options changed count is dropped: the question is asked again.
    if (question && drawn.includes(id) && Number.isInteger(choice) && choice >= 0 && choice < question.quiz.options.length) answers[id] = choice;
  }
  const current = Number.isInteger(p.current) ? Math.min(Math.max(p.current as number, 0), round.length - 1) : 0;
  const roundNo = Number.isInteger(p.roundNo) && (p.roundNo as number) >= 0 ? (p.roundNo as number) : 0;
  const name = typeof p.name === 'string' ? cleanName(p.name) : '';
  const progress: Progress = { version: 2, seed: p.seed, drawn, answers, round, roundNo, current, finished: p.finished === true, name };
  if (typeof p.finishedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.finishedOn)) progress.finishedOn = p.finishedOn;
  return { progress, removed };
}

/**
 * Which quiz to show on load: a seed in the link wins (the stored quiz is kept only if it has that seed);
 * without one, the stored quiz, else a fresh draw from a new seed.
 */
export function startingProgress(
  bank: readonly BankQuestion[],
  urlSeed: string | null,
  stored: Restored | null,
  makeSeed: () => string,
): Restored {
  const name = stored?.progress.name ?? '';
  if (urlSeed !== null && SEED_PATTERN.test(urlSeed)) {
    if (stored && stored.progress.seed === urlSeed) return stored;
    return { progress: freshProgress(bank, urlSeed, name), removed: [] };
  }
  return stored ?? { progress: freshProgress(bank, makeSeed(), name), removed: [] };
}

export interface Score {
  correct: number;
  answered: number;
  total: number;
  /** Drawn ids answered wrongly or not at all, in the order asked. */
  missed: string[];
}

export function score(bank: readonly BankQuestion[], progress: Pick<Progress, 'drawn' | 'answers'>): Score {
  const byId = new Map(bank.map((q) => [q.id, q]));
  let correct = 0;
  let answered = 0;
  const missed: string[] = [];
  for (const id of progress.drawn) {
    const question = byId.get(id);
    if (!question) continue;
    const choice = progress.answers[id];
    if (choice !== undefined) answered++;
    if (choice !== undefined && choice === correctIndex(question.quiz)) correct++;
    else missed.push(id);
  }
  return { correct, answered, total: correct + missed.length, missed };
}

/** A new round over the missed questions (options reshuffled), keeping the answers of the others. */
export function retryMissed(bank: readonly BankQuestion[], progress: Progress): Progress {
  const { missed } = score(bank, progress);
  if (missed.length === 0) return progress;
  const answers = { ...progress.answers };
  for (const id of missed) delete answers[id];
  return { ...progress, answers, round: missed, roundNo: progress.roundNo + 1, current: 0, finished: false };
}

/** Today as YYYY-MM-DD in the taker's time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The seed of a quiz link, from "?seed=…" (null when absent or malformed). */
export function seedFromSearch(search: string): string | null {
  const seed = new URLSearchParams(search).get('seed');
  return seed !== null && SEED_PATTERN.test(seed) ? seed : null;
}
