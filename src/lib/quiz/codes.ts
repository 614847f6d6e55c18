/**
 * The shape shared by every code the quiz puts in a link (results, team quizzes): a prefix, base64url JSON,
 * and a checksum over it, so an edited or truncated link is detected. (The site is static, so this is a
 * checksum, not a secret signature: it catches altered or cut-off links, not a determined forger.)
 */
import { hash53 } from './random.ts';

export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** `prefix.payload.checksum` for a JSON value; `salt` keeps the kinds of code apart. */
export function sealCode(prefix: string, salt: string, value: unknown): string {
  const payload = toBase64Url(JSON.stringify(value));
  return `${prefix}.${payload}.${hash53(`${salt}|${payload}`).toString(36)}`;
}

export type Opened = { ok: true; value: unknown } | { ok: false; reason: string };

/** Reads a sealed code of one prefix; every failure says why, in words a reader can act on. */
export function openCode(code: string, prefix: string, salt: string): Opened {
  const match = new RegExp(`^${prefix}\\.([A-Za-z0-9_-]+)\\.([0-9a-z]+)$`).exec(code);
  if (!match) return { ok: false, reason: 'the link is damaged or incomplete' };
  const [, payload, check] = match as unknown as [string, string, string];
  if (hash53(`${salt}|${payload}`).toString(36) !== check) return { ok: false, reason: 'its checksum does not match, so the link was altered after it was made' };
  try {
    return { ok: true, value: JSON.parse(fromBase64Url(payload)) };
  } catch {
    return { ok: false, reason: 'the link cannot be read' };
  }
}
