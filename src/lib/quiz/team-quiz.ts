/**
 * A team quiz: a fixed list of questions a lead draws once (length and topics chosen) and shares as a link,
 * so everyone answers the same questions in the same order (each person's options are still shuffled by
 * their own seed). Its id is a fingerprint of the label and the questions; result links carry it, so the
 * team view can tell which results answer the same quiz.
 */
import { cleanName } from './name.ts';
import { openCode, sealCode } from './codes.ts';
import { drawQuiz, QUESTION_ID, type BankQuestion } from './draw.ts';
import { hash53 } from './random.ts';
import type { QuizTopic } from './topics.ts';

export interface TeamQuiz {
  /** What the lead called it ("Platform team, December"); may be empty. */
  label: string;
  /** Question ids, in the order everyone is asked them. */
  ids: string[];
}

/** How a result names its team quiz. */
export interface TeamRef {
  id: string;
  label: string;
}

export const TEAM_PREFIX = 't1';
const SALT = 'tune-or-prompt team quiz';
export const TEAM_ID = /^[0-9a-z]{1,12}$/;
/** The shortest and longest team quiz a lead can draw. */
export const TEAM_SIZE_MIN = 3;
export const TEAM_SIZE_MAX = 30;

export function teamQuizId(quiz: TeamQuiz): string {
  return hash53(`${quiz.label}\u0000${quiz.ids.join(',')}`).toString(36);
}

export function teamRef(quiz: TeamQuiz): TeamRef {
  return { id: teamQuizId(quiz), label: quiz.label };
}

export interface TeamQuizChoice {
  label: string;
  size: number;
  topics: readonly QuizTopic[];
}

/**
 * Draws a team quiz from the bank: `size` questions (clamped to what the chosen topics hold), balanced over
 * the chosen topics with the same rule as any quiz. Throws when no topic is chosen.
 */
export function drawTeamQuiz(bank: readonly BankQuestion[], choice: TeamQuizChoice, seed: string): TeamQuiz {
  const pool = bank.filter((q) => choice.topics.includes(q.topic));
  if (pool.length === 0) throw new RangeError('choose at least one topic');
  const size = Math.min(Math.max(Math.round(choice.size), TEAM_SIZE_MIN), TEAM_SIZE_MAX, pool.length);
  return { label: cleanName(choice.label), ids: drawQuiz(pool, seed, size) };
}

export function encodeTeamQuiz(quiz: TeamQuiz): string {
  return sealCode(TEAM_PREFIX, SALT, [1, quiz.label, quiz.ids]);
}

export type DecodedTeam = { ok: true; quiz: TeamQuiz } | { ok: false; reason: string };

export function decodeTeamQuiz(code: string): DecodedTeam {
  const opened = openCode(code, TEAM_PREFIX, SALT);
  if (!opened.ok) return { ok: false, reason: opened.reason.replace(/^the link/, 'the team quiz link') };
  const value = opened.value;
  const bad: DecodedTeam = { ok: false, reason: 'the team quiz link has an unknown layout' };
  if (!Array.isArray(value) || value.length !== 3 || value[0] !== 1 || typeof value[1] !== 'string' || !Array.isArray(value[2])) return bad;
  const ids = value[2] as unknown[];
  if (ids.length === 0 || ids.length > TEAM_SIZE_MAX || !ids.every((id) => typeof id === 'string' && QUESTION_ID.test(id)) || new Set(ids).size !== ids.length) return bad;
  return { ok: true, quiz: { label: cleanName(value[1]), ids: ids as string[] } };
}

/** The address everyone on the team opens. */
export function teamQuizLink(origin: string, quiz: TeamQuiz): string {
  return `${origin}/quiz/?team=${encodeTeamQuiz(quiz)}`;
}

/** The team quiz code of a quiz address ("?team=t1.…"), or null when there is none. */
export function teamCodeFromSearch(search: string): string | null {
  return new URLSearchParams(search).get('team');
}
