/**
 * Finds links glued to the words around them in built HTML ("Read more:Fine-tuning", "claim checkspage"):
 * the text just before a link ends in a letter, digit or a punctuation mark that wants a space after it,
 * or the text just after a link starts with a letter, digit or "(". Scripts, styles and code are skipped.
 * Each finding shows the joint as `before|link` or `link|after`.
 */
export function findJoinedLinks(html: string): string[] {
  const text = html.replace(/<(script|style|pre|code|svg)\b[\s\S]*?<\/\1>/gi, '');
  const found: string[] = [];
  for (const m of text.matchAll(/([^\s>]{1,20})<a\b[^>]*>([^<]{0,30})/g)) {
    const before = m[1]!;
    if (/[\p{L}\p{N}:;,!?]$/u.test(before) && !/[="'/]/.test(before)) found.push(`${before}|${m[2]}`);
  }
  for (const m of text.matchAll(/([^<>]{0,30})<\/a>([^\s<]{1,20})/g)) {
    if (/^[\p{L}\p{N}(]/u.test(m[2]!)) found.push(`${m[1]}|${m[2]}`);
  }
  return found;
}
