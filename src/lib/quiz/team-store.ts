/**
 * Keeping the team view's links: in localStorage (so a reload keeps them) and, when they fit, in the page
 * address (so the view can be bookmarked or sent to a colleague). Stored state is versioned and anything
 * corrupt reads as empty; the address holds only each result code and the name written before it, base64url-encoded.
 */
import { findResultLinks } from './paste.ts';
import { fromBase64Url, toBase64Url } from './codes.ts';
import { resultFromHash } from './result.ts';

export const TEAM_STORAGE_KEY = 'tune-or-prompt:team-view:v1';
/** Longest address fragment written; longer sets stay in this browser only. */
export const MAX_FRAGMENT = 8000;

interface Stored {
  version: 1;
  text: string;
}

export function serializeTeamText(text: string): string {
  return JSON.stringify({ version: 1, text } satisfies Stored);
}

/** The pasted text saved earlier, or "" when there is none or it cannot be read. */
export function parseTeamText(raw: string | null): string {
  if (!raw) return '';
  try {
    const value = JSON.parse(raw) as Partial<Stored> | null;
    return value && value.version === 1 && typeof value.text === 'string' ? value.text : '';
  } catch {
    return '';
  }
}

/**
 * The pasted text reduced to what the view needs, one line per link: the name hint (if any), a colon, and
 * the result code (full links reduced to their code).
 */
export function compactLines(text: string): string[] {
  return findResultLinks(text).map(({ text: link, nameHint }) => {
    const hash = /#result=.*$/.exec(link)?.[0];
    const code = hash ? (resultFromHash(hash) ?? link) : link;
    return nameHint ? `${nameHint}: ${code}` : code;
  });
}

/** The fragment that reproduces the view ("#links=…"), or null when there is nothing to keep or it is too long. */
export function teamFragment(text: string): string | null {
  const lines = compactLines(text);
  if (lines.length === 0) return null;
  const fragment = `#links=${toBase64Url(lines.join('\n'))}`;
  return fragment.length <= MAX_FRAGMENT ? fragment : null;
}

/** The codes a "#links=…" fragment holds, one per line, or null when it holds none or cannot be read. */
export function textFromFragment(hash: string): string | null {
  const match = /^#links=([A-Za-z0-9_-]+)$/.exec(hash);
  if (!match) return null;
  try {
    const text = fromBase64Url(match[1]!);
    return compactLines(text).length > 0 ? text : null;
  } catch {
    return null;
  }
}
