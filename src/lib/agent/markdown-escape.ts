/**
 * Angle brackets in a Markdown twin's prose. Text from the site's data ("delimited with <example> tags") would read
 * as raw HTML to a CommonMark renderer, which drops or hides it; the HTML pages escape it. Here every "<" that
 * would open an HTML tag, comment, declaration or processing instruction outside code becomes "\<", while autolinks
 * ("<https://…>") and code, fenced or inline, stay as written.
 */
import { fencedCode } from '../content/fences.ts';

/** What CommonMark reads as raw HTML after "<": a tag name and then space, "/", ">" or the line's end; "</name>"; "<!", "<?". */
const HTML_START = /^(?:\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)|[!?])/;

/** `markdown` with every "<" that would start raw HTML outside code escaped. */
export function escapeRawHtml(markdown: string): string {
  const inCode = fencedCode();
  return markdown
    .split('\n')
    .map((line) => (inCode(line) ? line : escapeLine(line)))
    .join('\n');
}

/** One line outside fenced code: code spans (a run of backticks to the next run of the same length) are left alone. */
function escapeLine(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const char = line[i]!;
    if (char === '\\') {
      out += line.slice(i, i + 2);
      i += 2;
    } else if (char === '`') {
      const run = /^`+/.exec(line.slice(i))![0];
      const close = findRun(line, i + run.length, run.length);
      const end = close === -1 ? i + run.length : close + run.length;
      out += line.slice(i, end);
      i = end;
    } else {
      out += char === '<' && HTML_START.test(line.slice(i + 1)) ? '\\<' : char;
      i++;
    }
  }
  return out;
}

/** Where the next run of exactly `length` backticks starts at or after `from`, or -1. */
function findRun(line: string, from: number, length: number): number {
  for (const match of line.slice(from).matchAll(/`+/g)) if (match[0].length === length) return from + match.index;
  return -1;
}
