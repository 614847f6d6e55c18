/**
 * Finding result links in text as people paste it: one per line, several on a line, in angle brackets, after
 * a name and a colon, or anywhere in a whole chat transcript with timestamps and other talk. Every web link
 * that carries a result (`#result=`), and every bare result code, is picked up with its line; other links
 * and prose are ignored. The text just before a link on its line ("[10:42] Ana Ruiz: <link>") is kept as a
 * name hint for results that carry no name.
 */

export interface FoundLink {
  /** 1-based line of the pasted text. */
  line: number;
  /** The link or bare code as found, trailing punctuation and brackets removed. */
  text: string;
  /** What stood before the link on its line, cleaned of timestamps and separators ("" when nothing). */
  nameHint: string;
}

/** A web link (up to whitespace, angle brackets or quotes), or a bare result code. */
const CANDIDATE = /https?:\/\/[^\s<>"'`]+|(?<![\w.#=/-])(?:q\d|r1)\.[A-Za-z0-9_-]+\.[0-9a-z]+/g;

/** Chat-transcript noise around a name: times, dates, brackets, bullets and separators. */
function clean(text: string): string {
  return text
    .replace(/\[[^\]]*\]|\([^)]*\)?/g, ' ')
    .replace(/\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/g, ' ')
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?/gi, ' ')
    .replace(/[<>*_•·|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const trimSeparators = (text: string) => text.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '');
/** A plausible name: short, a few words, not part of an address. */
const nameLike = (text: string) => (text.length <= 40 && text.split(' ').length <= 4 && !/[/@#=]/.test(text) ? text : '');

/**
 * The name written before a link: the speaker of a chat line ("Ana Ruiz: …"), else the words just before it
 * ("Ben - <link>"). `speaker` is the line's speaker, used for further links on the same line.
 */
function nameBefore(text: string, speaker: string): string {
  const cleaned = clean(text);
  const colon = cleaned.indexOf(':');
  if (colon >= 0) return nameLike(trimSeparators(cleaned.slice(0, colon)));
  return speaker || nameLike(trimSeparators(cleaned));
}

/** Trailing characters that end a sentence or close a bracket rather than belong to the link. */
function trimLink(raw: string): string {
  let text = raw.replace(/[.,;:!?]+$/, '');
  while (/[)\]}>]$/.test(text)) {
    const close = text.at(-1)!;
    const open = { ')': '(', ']': '[', '}': '{', '>': '<' }[close]!;
    if (text.split(open).length >= text.split(close).length) break;
    text = text.slice(0, -1).replace(/[.,;:!?]+$/, '');
  }
  return text;
}

export function findResultLinks(text: string): FoundLink[] {
  const found: FoundLink[] = [];
  text.split(/\r\n|\r|\n/).forEach((lineText, index) => {
    let previousEnd = 0;
    let speaker = '';
    for (const match of lineText.matchAll(CANDIDATE)) {
      const link = trimLink(match[0]);
      const isCode = !/^https?:/.test(link);
      if (!isCode && !/#result=/.test(link)) continue;
      const before = lineText.slice(previousEnd, match.index);
      const nameHint = nameBefore(previousEnd === 0 ? before : before.replace(/^[^\s]*/, ''), speaker);
      if (previousEnd === 0 && /:/.test(clean(before))) speaker = nameHint;
      found.push({ line: index + 1, text: link, nameHint });
      previousEnd = match.index + match[0].length;
    }
  });
  return found;
}
