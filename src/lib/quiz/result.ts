/**
 * A shareable onboarding result: who took it, when, on which bank version and which team quiz, and for every
 * question asked its stable id, the option chosen on the FIRST attempt (index in the bank file) and whether it
 * was right. Retries after the answers were shown are practice: the result keeps how many rounds there were
 * and how many first-attempt misses were right by the end, but never folds them into the score. A retake of
 * the whole quiz in the same browser is numbered (`attempt`). Codes are versioned: `q3` today; `q2` links
 * (which did not keep the first attempt apart from retries) still open, marked `legacy`.
 */
import { cleanName } from './name.ts';
import { correctIndex } from './grade.ts';
import { openCode, sealCode } from './codes.ts';
import { QUESTION_ID, type BankQuestion } from './draw.ts';
import { SEED_PATTERN } from './random.ts';
import { TEAM_ID, type TeamRef } from './team-quiz.ts';

export interface ResultItem {
  id: string;
  /** Stored index of the option chosen on the first attempt, or null when unanswered. */
  choice: number | null;
  correct: boolean;
}

export interface Practice {
  /** Retry rounds taken after the first pass (0: none). */
  rounds: number;
  /** First-attempt misses answered right in those rounds, after the answers had been shown. */
  right: number;
}

export interface QuizResult {
  bank: string;
  name: string;
  /** YYYY-MM-DD */
  date: string;
  seed: string;
  /** First-attempt answers, in the order asked. */
  items: ResultItem[];
  /** The team quiz this result answers, or null for a quiz drawn at random. */
  team: TeamRef | null;
  /** 1 the first time this browser took the quiz, 2 for a retake, and so on. */
  attempt: number;
  practice: Practice;
  /** Made before first attempts were kept apart: the score may include retried answers. */
  legacy: boolean;
}

export const RESULT_PREFIX = 'q3';
const CHECK_SALT = 'tune-or-prompt onboarding result';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface FinishedQuiz {
  seed: string;
  name: string;
  drawn: readonly string[];
  /** Answers as they stand after any retries. */
  answers: Readonly<Record<string, number>>;
  /** Answers given on the first pass. */
  first: Readonly<Record<string, number>>;
  roundNo: number;
  team: TeamRef | null;
  attempt: number;
}

/** The result of a finished quiz, graded against the bank as it is now. */
export function buildResult(bank: readonly BankQuestion[], version: string, quiz: FinishedQuiz, date: string): QuizResult {
  const byId = new Map(bank.map((q) => [q.id, q]));
  let right = 0;
  const items = quiz.drawn.flatMap((id): ResultItem[] => {
    const question = byId.get(id);
    if (!question) return [];
    const key = correctIndex(question.quiz);
    const choice = quiz.first[id] ?? null;
    const correct = choice === key;
    if (!correct && quiz.answers[id] === key) right++;
    return [{ id, choice, correct }];
  });
  return {
    bank: version,
    name: cleanName(quiz.name),
    date,
    seed: quiz.seed,
    items,
    team: quiz.team,
    attempt: quiz.attempt,
    practice: { rounds: quiz.roundNo, right },
    legacy: false,
  };
}

export function encodeResult(result: QuizResult): string {
  return sealCode(RESULT_PREFIX, CHECK_SALT, [
    3,
    result.bank,
    result.name,
    result.date,
    result.seed,
    result.items.map((i) => [i.id, i.choice ?? -1, i.correct ? 1 : 0]),
    result.team ? [result.team.id, result.team.label] : 0,
    result.attempt,
    [result.practice.rounds, result.practice.right],
  ]);
}

export type Decoded = { ok: true; result: QuizResult } | { ok: false; reason: string };

const fail = (reason: string): Decoded => ({ ok: false, reason });
const LAYOUT = 'the result part of the link has an unknown layout';
const isCount = (v: unknown, max: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;

function readItems(raw: unknown): ResultItem[] | string {
  if (!Array.isArray(raw) || raw.length === 0) return LAYOUT;
  const items: ResultItem[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    if (!Array.isArray(item) || item.length !== 3) return LAYOUT;
    const [id, choice, correct] = item as unknown[];
    if (typeof id !== 'string' || !QUESTION_ID.test(id) || seen.has(id)) return 'it lists a malformed or repeated question id';
    if (!Number.isInteger(choice) || (choice as number) < -1 || (choice as number) > 9 || (correct !== 0 && correct !== 1)) return 'it records an impossible answer';
    seen.add(id);
    items.push({ id, choice: choice === -1 ? null : (choice as number), correct: correct === 1 });
  }
  return items;
}

/** Reads a result code ("q3.<payload>.<checksum>", or an older "q2." one); every failure says why. */
export function decodeResult(code: string): Decoded {
  if (/^r1\./.test(code)) return fail('it was made by an earlier version of the quiz that did not record question ids');
  const version = /^q([23])\./.exec(code)?.[1];
  if (!version) return fail('the result part of the link is damaged or incomplete');
  const opened = openCode(code, `q${version}`, CHECK_SALT);
  if (!opened.ok) return fail(opened.reason.replace(/^the link/, 'the result part of the link'));
  const value = opened.value;
  const length = version === '3' ? 9 : 6;
  if (!Array.isArray(value) || value.length !== length || value[0] !== Number(version)) return fail(LAYOUT);
  const [, bank, name, date, seed, rawItems, rawTeam, attempt, rawPractice] = value as unknown[];
  if (typeof bank !== 'string' || typeof name !== 'string' || typeof date !== 'string' || !DATE.test(date)) return fail(LAYOUT);
  if (typeof seed !== 'string' || !SEED_PATTERN.test(seed)) return fail(LAYOUT);
  const items = readItems(rawItems);
  if (typeof items === 'string') return fail(items);
  const base = { bank, name: cleanName(name), date, seed, items };
  if (version === '2') return { ok: true, result: { ...base, team: null, attempt: 1, practice: { rounds: 0, right: 0 }, legacy: true } };
  let team: TeamRef | null = null;
  if (rawTeam !== 0) {
    if (!Array.isArray(rawTeam) || rawTeam.length !== 2 || typeof rawTeam[0] !== 'string' || !TEAM_ID.test(rawTeam[0]) || typeof rawTeam[1] !== 'string') return fail(LAYOUT);
    team = { id: rawTeam[0], label: cleanName(rawTeam[1]) };
  }
  if (!isCount(attempt, 999) || attempt < 1 || !Array.isArray(rawPractice) || rawPractice.length !== 2) return fail(LAYOUT);
  const [rounds, right] = rawPractice as unknown[];
  if (!isCount(rounds, 999) || !isCount(right, items.length)) return fail(LAYOUT);
  if (right > items.filter((i) => !i.correct).length) return fail('it records more practice answers than missed questions');
  return { ok: true, result: { ...base, team, attempt, practice: { rounds, right }, legacy: false } };
}

/** The address of a result: the quiz page with the code in the fragment. */
export function resultLink(origin: string, code: string): string {
  return `${origin}/quiz/#result=${code}`;
}

/** The code in a page fragment such as "#result=q3.…" (null when the fragment holds no result). */
export function resultFromHash(hash: string): string | null {
  const match = /^#result=([^&]*)$/.exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1]!;
  }
}

/**
 * Reads one result link from this site (`origin`), or a bare code. Links to other sites or other pages are
 * refused with the reason.
 */
export function readResultLine(line: string, origin: string): Decoded & { code?: string } {
  const text = line.trim();
  if (/^(q\d|r1)\./.test(text)) return { ...decodeResult(text), code: text };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('it is not a link');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('it is not a web link');
  if (url.origin !== origin) return fail(`it points to ${url.host}, not to this site`);
  if (url.pathname !== '/quiz/' && url.pathname !== '/quiz') return fail('it is a link to another page, not a quiz result');
  const code = resultFromHash(url.hash);
  if (code === null) return fail('it is a link to the quiz, not to a result');
  return { ...decodeResult(code), code };
}
