/** The passage of a search result's text shown under it, with the matched words marked. */
import { STOP_WORDS, indexWord, stem } from './words.ts';
import { highlightWords, type TextPart } from './highlight.ts';

/**
 * The passage of a text that best shows why it matched: the window of about `max` characters holding the
 * most different matched terms (the earliest such window), cut at word boundaries, with "…" where text was
 * left out, and the matched words marked. Without matches it is the text's beginning.
 */
export function snippet(text: string, matched: ReadonlySet<string>, max = 180): TextPart[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return highlightWords(clean, matched);
  const hits: { at: number; term: string }[] = [];
  for (const m of clean.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = indexWord(m[0]);
    if (STOP_WORDS.has(word)) continue;
    const term = stem(word);
    if (matched.has(term)) hits.push({ at: m.index, term });
    else if (matched.has(word)) hits.push({ at: m.index, term: word });
  }
  let start = 0;
  if (hits.length) {
    let bestCount = -1;
    let right = 0;
    const inWindow = new Map<string, number>();
    for (let left = 0; left < hits.length; left++) {
      while (right < hits.length && hits[right]!.at - hits[left]!.at < max * 0.75) {
        inWindow.set(hits[right]!.term, (inWindow.get(hits[right]!.term) ?? 0) + 1);
        right++;
      }
      if (inWindow.size > bestCount) {
        bestCount = inWindow.size;
        start = hits[left]!.at;
      }
      const t = hits[left]!.term;
      const n = inWindow.get(t)! - 1;
      if (n) inWindow.set(t, n);
      else inWindow.delete(t);
    }
    // A little context before the first matched word, from the start of its sentence if that is near.
    const sentence = Math.max(clean.lastIndexOf('. ', start) + 2, 0);
    start = start - sentence <= max / 3 ? sentence : start - Math.round(max / 6);
    if (start > 0) {
      const space = clean.indexOf(' ', start - 1);
      start = space >= 0 && space < start + 20 && clean[start - 1] !== ' ' ? space + 1 : start;
    }
  }
  let end = Math.min(clean.length, start + max);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  const body = clean.slice(start, end).replace(/[\s,;:–—-]+$/, '');
  const parts = highlightWords(body, matched);
  if (start > 0) parts.unshift({ text: '…', match: false });
  if (end < clean.length) parts.push({ text: '…', match: false });
  return parts;
}
