/** Splitting text at match positions, so views can wrap matches in <mark> without building HTML. */
import { STOP_WORDS, indexWord, stem } from './words.ts';

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits text into matched and unmatched parts from match indices (first and last character), so the view can wrap matches
 * in <mark> elements without building HTML from data.
 */
export function highlightParts(text: string, indices: readonly (readonly [number, number])[] = []): TextPart[] {
  const ranges = [...indices]
    .filter(([start, end]) => end >= start && start < text.length && end - start >= 1)
    .sort((a, b) => a[0] - b[0]);
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end < cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) parts.push({ text: text.slice(cursor, from), match: false });
    parts.push({ text: text.slice(from, end + 1), match: true });
    cursor = end + 1;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), match: false });
  return parts.length ? parts : [{ text, match: false }];
}

/**
 * Splits text into parts, marking each word whose index term (stemmed, see search/words.ts) is one of `matched`:
 * the search reports the index terms a query matched, not positions.
 */
export function highlightWords(text: string, matched: ReadonlySet<string>): TextPart[] {
  if (matched.size === 0) return [{ text, match: false }];
  const indices: [number, number][] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = indexWord(m[0]);
    if (!STOP_WORDS.has(word) && (matched.has(stem(word)) || matched.has(word))) indices.push([m.index, m.index + m[0].length - 1]);
  }
  return highlightParts(text, indices);
}
