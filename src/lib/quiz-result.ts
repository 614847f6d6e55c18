/**
 * A shareable onboarding result: who took it, when, on which bank version, and for every question asked its
 * stable id, the option chosen (index in the bank file) and whether it was right when graded. The payload is
 * base64url JSON followed by a checksum over it, so an edited link is detected. (The site is static, so this is
 * a checksum, not a secret signature: it catches altered or truncated links, not a determined forger.)
 */
import { cleanName } from './onboarding.ts';
import { correctIndex } from './quiz.ts';
import { QUESTION_ID, type BankQuestion } from './quiz-draw.ts';
import { hash53, SEED_PATTERN } from './quiz-random.ts';

export interface ResultItem {
  id: string;
  /** Stored index of the chosen option, or null when unanswered. */
  choice: number | null;
  correct: boolean;
}

export interface QuizResult {
  bank: string;
  name: string;
  /** YYYY-MM-DD */
  date: string;
  seed: string;
  items: ResultItem[];
}

export const RESULT_PREFIX = 'q2';
const CHECK_SALT = 'tune-or-prompt onboarding result';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
const checksum = (payload: string) => hash53(`${CHECK_SALT}|${payload}`).toString(36);

/** The result of a finished quiz, graded against the bank as it is now. */
export function buildResult(
  bank: readonly BankQuestion[],
  version: string,
  progress: { seed: string; name: string; drawn: readonly string[]; answers: Readonly<Record<string, number>> },
  date: string,
): QuizResult {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const items = progress.drawn.flatMap((id): ResultItem[] => {
    const question = byId.get(id);
    if (!question) return [];
    const choice = progress.answers[id] ?? null;
    return [{ id, choice, correct: choice !== null && choice === correctIndex(question.quiz) }];
  });
  return { bank: version, name: cleanName(progress.name), date, seed: progress.seed, items };
}

export function encodeResult(result: QuizResult): string {
  const payload = toBase64Url(
    JSON.stringify([2, result.bank, result.name, result.date, result.seed, result.items.map((i) => [i.id, i.choice ?? -1, i.correct ? 1 : 0])]),
  );
  return `${RESULT_PREFIX}.${payload}.${checksum(payload)}`;
}

export type Decoded = { ok: true; result: QuizResult } | { ok: false; reason: string };

const fail = (reason: string): Decoded => ({ ok: false, reason });

/** Reads a result code ("q2.<payload>.<checksum>"); every failure says why. */
export function decodeResult(code: string): Decoded {
  if (/^r1\./.test(code)) return fail('it was made by an earlier version of the quiz that did not record question ids');
  const match = /^q2\.([A-Za-z0-9_-]+)\.([0-9a-z]+)$/.exec(code);
  if (!match) return fail('the result part of the link is damaged or incomplete');
  const [, payload, check] = match as unknown as [string, string, string];
  if (checksum(payload) !== check) return fail('its checksum does not match, so the link was altered after it was made');
  let value: unknown;
  try {
    value = JSON.parse(fromBase64Url(payload));
  } catch {
    return fail('the result part of the link cannot be read');
  }
  if (!Array.isArray(value) || value.length !== 6 || value[0] !== 2) return fail('the result part of the link has an unknown layout');
  const [, bank, name, date, seed, rawItems] = value as unknown[];
  if (typeof bank !== 'string' || typeof name !== 'string' || typeof date !== 'string' || !DATE.test(date)) return fail('the result part of the link has an unknown layout');
  if (typeof seed !== 'string' || !SEED_PATTERN.test(seed) || !Array.isArray(rawItems) || rawItems.length === 0) return fail('the result part of the link has an unknown layout');
  const items: ResultItem[] = [];
  const seen = new Set<string>();
  for (const item of rawItems) {
    if (!Array.isArray(item) || item.length !== 3) return fail('the result part of the link has an unknown layout');
    const [id, choice, correct] = item as unknown[];
    if (typeof id !== 'string' || !QUESTION_ID.test(id) || seen.has(id)) return fail('it lists a malformed or repeated question id');
    if (!Number.isInteger(choice) || (choice as number) < -1 || (choice as number) > 9 || (correct !== 0 && correct !== 1)) return fail('it records an impossible answer');
    seen.add(id);
    items.push({ id, choice: choice === -1 ? null : (choice as number), correct: correct === 1 });
  }
  return { ok: true, result: { bank, name: cleanName(name), date, seed, items } };
}

/** The address of a result: the quiz page with the code in the fragment. */
export function resultLink(origin: string, code: string): string {
  return `${origin}/quiz/#result=${code}`;
}

/** The code in a page fragment such as "#result=q2.…" (null when the fragment holds no result). */
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
 * Reads one pasted line: a full result link from this site (`origin`), or a bare code. Links to other sites
 * or other pages are refused with the reason.
 */
export function readResultLine(line: string, origin: string): Decoded & { code?: string } {
  const text = line.trim();
  if (/^(q2|r1)\./.test(text)) return { ...decodeResult(text), code: text };
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
