/**
 * Fenced code blocks in Markdown and MDX source, read one way by everything that must skip or keep code: the search
 * text and its sections, the Markdown twins, and the content gates. A block opens on a line of three or more
 * backticks or tildes, indented at most three spaces, with any info string after ("```ts"); it closes only on a
 * line of the same character, at least as long, with nothing after it; a block that never closes runs to the end
 * of the text, as CommonMark reads it.
 */

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** Whether `line` closes a block opened by `fence`. */
function closes(line: string, fence: string): boolean {
  const mark = FENCE.exec(line)?.[1];
  return mark !== undefined && mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark;
}

/** Reads lines in order and says of each whether it belongs to a fenced code block, its fences included. */
export function fencedCode(): (line: string) => boolean {
  let fence: string | undefined;
  return (line) => {
    if (fence) {
      if (closes(line, fence)) fence = undefined;
      return true;
    }
    fence = FENCE.exec(line)?.[1];
    return fence !== undefined;
  };
}

/**
 * Where the block that opens at `lines[start]` ends: the index after its closing fence (the length of `lines` when
 * it never closes); `start` itself when no block opens there.
 */
export function fencedBlockEnd(lines: readonly string[], start: number): number {
  const fence = FENCE.exec(lines[start] ?? '')?.[1];
  if (!fence) return start;
  for (let i = start + 1; i < lines.length; i++) if (closes(lines[i]!, fence)) return i + 1;
  return lines.length;
}

/** Each fenced block of a text as the [start, end) offsets of its characters, fences included. */
export function fencedSpans(text: string): [number, number][] {
  const lines = text.split('\n');
  const offsets: number[] = [];
  let at = 0;
  for (const line of lines) {
    offsets.push(at);
    at += line.length + 1;
  }
  const spans: [number, number][] = [];
  for (let i = 0; i < lines.length; ) {
    const end = fencedBlockEnd(lines, i);
    if (end > i) spans.push([offsets[i]!, offsets[end - 1]! + lines[end - 1]!.length]);
    i = Math.max(end, i + 1);
  }
  return spans;
}
