/**
 * The onboarding quiz's progress: which questions were drawn (by seed, or fixed by a team quiz), the answers
 * given on the first pass and as they stand after retries, the round being taken, which attempt at the quiz
 * this is, and the taker's name. Stored in versioned localStorage and validated against the current bank on
 * read: questions removed from the bank since are dropped and reported, so a saved quiz survives edits.
 */
import { correctIndex } from './grade.ts';
import { drawQuiz, type BankQuestion } from './draw.ts';
import { cleanName } from './name.ts';
import { SEED_PATTERN } from './random.ts';
import { TEAM_ID, teamRef, type TeamQuiz, type TeamRef } from './team-quiz.ts';

export { cleanName, NAME_MAX } from './name.ts';

export interface Progress {
  version: 3;
  seed: string;
  /** Ids drawn for this quiz, in the order asked. */
  drawn: string[];
  /** Chosen option per question id, as its index in the bank file (not on screen), after any retries. */
  answers: Record<string, number>;
  /** The options chosen on the first pass: what a result scores. Never changed by a retry. */
  first: Record<string, number>;
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
  /** The team quiz being answered, or null for a quiz drawn from the seed. */
  team: TeamRef | null;
  /** 1 for the first time this browser takes this quiz; "Start again" counts up. */
  attempt: number;
}

export const STORAGE_KEY = 'tune-or-prompt:onboarding-quiz:v2';

export function freshProgress(bank: readonly BankQuestion[], seed: string, name = '', team: TeamQuiz | null = null, attempt = 1): Progress {
  const ids = new Set(bank.map((q) => q.id));
  const drawn = team ? team.ids.filter((id) => ids.has(id)) : drawQuiz(bank, seed);
  return { version: 3, seed, drawn, answers: {}, first: {}, round: drawn, roundNo: 0, current: 0, finished: false, name, team: team ? teamRef(team) : null, attempt };
}

/** Records an answer; on the first pass it is also the first attempt, which later rounds never overwrite. */
export function answer(progress: Progress, id: string, choice: number): Progress {
  const first = progress.roundNo === 0 && progress.first[id] === undefined ? { ...progress.first, [id]: choice } : progress.first;
  return { ...progress, answers: { ...progress.answers, [id]: choice }, first };
}

/** The same quiz again from the start (a team quiz keeps its questions), counted as the next attempt. */
export function restart(bank: readonly BankQuestion[], progress: Progress, seed: string, team: TeamQuiz | null): Progress {
  return freshProgress(bank, seed, progress.name, team, progress.attempt + 1);
}

export interface Restored {
  progress: Progress;
  /** Drawn question ids that are no longer in the bank. */
  removed: string[];
}

/**
 * Reads stored progress; anything corrupt or from another format gives null. Removed questions are dropped.
 * Progress saved before first attempts were kept (version 2) is read too: on a retry round, the questions
 * being retried were missed the first time, and the others kept their first answer.
 */
export function parseProgress(raw: string | null, bank: readonly BankQuestion[]): Restored | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const p = value as Partial<Omit<Progress, 'version'>> & { version?: unknown };
  const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every((id) => typeof id === 'string');
  if ((p.version !== 2 && p.version !== 3) || typeof p.seed !== 'string' || !SEED_PATTERN.test(p.seed)) return null;
  if (!isIds(p.drawn) || !isIds(p.round) || typeof p.answers !== 'object' || p.answers === null) return null;
  const byId = new Map(bank.map((q) => [q.id, q]));
  const removed = p.drawn.filter((id) => !byId.has(id));
  const drawn = p.drawn.filter((id) => byId.has(id));
  const round = p.round.filter((id) => byId.has(id) && drawn.includes(id));
  if (drawn.length === 0 || round.length === 0) return null;
  // An answer to a question whose options changed count is dropped: the question is asked again.
  const validAnswers = (raw: unknown): Record<string, number> => {
    const out: Record<string, number> = {};
    if (typeof raw !== 'object' || raw === null) return out;
    for (const [id, choice] of Object.entries(raw)) {
      const question = byId.get(id);
      if (question && drawn.includes(id) && Number.isInteger(choice) && choice >= 0 && choice < question.quiz.options.length) out[id] = choice;
    }
    return out;
  };
  const answers = validAnswers(p.answers);
  const current = Number.isInteger(p.current) ? Math.min(Math.max(p.current as number, 0), round.length - 1) : 0;
  const roundNo = Number.isInteger(p.roundNo) && (p.roundNo as number) >= 0 ? (p.roundNo as number) : 0;
  const first = p.version === 3 ? validAnswers(p.first) : Object.fromEntries(Object.entries(answers).filter(([id]) => roundNo === 0 || !round.includes(id)));
  const name = typeof p.name === 'string' ? cleanName(p.name) : '';
  const t = p.team as Partial<TeamRef> | null | undefined;
  const team = t && typeof t.id === 'string' && TEAM_ID.test(t.id) && typeof t.label === 'string' ? { id: t.id, label: cleanName(t.label) } : null;
  const attempt = Number.isInteger(p.attempt) && (p.attempt as number) >= 1 ? (p.attempt as number) : 1;
  const progress: Progress = { version: 3, seed: p.seed, drawn, answers, first, round, roundNo, current, finished: p.finished === true, name, team, attempt };
  if (typeof p.finishedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.finishedOn)) progress.finishedOn = p.finishedOn;
  return { progress, removed };
}

/**
 * Which quiz to show on load. A team quiz in the link wins: the stored quiz is kept only if it answers that
 * team quiz, else the team's questions start fresh (with the link's seed, if any, for the option order).
 * Otherwise a seed in the link wins (the stored quiz is kept only if it has that seed); without either, the
 * stored quiz, else a fresh draw from a new seed.
 */
export function startingProgress(
  bank: readonly BankQuestion[],
  url: { seed: string | null; team: TeamQuiz | null },
  stored: Restored | null,
  makeSeed: () => string,
): Restored {
  const name = stored?.progress.name ?? '';
  const seed = url.seed !== null && SEED_PATTERN.test(url.seed) ? url.seed : null;
  if (url.team) {
    if (stored && stored.progress.team?.id === teamRef(url.team).id) return stored;
    return { progress: freshProgress(bank, seed ?? makeSeed(), name, url.team), removed: [] };
  }
  if (seed !== null) {
    if (stored && stored.progress.seed === seed && !stored.progress.team) return stored;
    return { progress: freshProgress(bank, seed, name), removed: [] };
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
