import { describe, expect, it } from 'vitest';
import { findResultLinks } from './paste.ts';

const link = (code: string) => `https://tune-or-prompt.example/quiz/#result=${code}`;
const A = 'q3.eyJhIjoxfQ.abc1';
const B = 'q3.eyJiIjoyfQ.def2';

describe('finding result links in pasted text', () => {
  it('one per line, as before', () => {
    expect(findResultLinks(`${link(A)}\n\n${link(B)}`).map((f) => [f.line, f.text, f.nameHint])).toEqual([
      [1, link(A), ''],
      [3, link(B), ''],
    ]);
  });
  it('after a name and a colon, in angle brackets, several on a line, with sentence punctuation', () => {
    const found = findResultLinks(`Ana: <${link(A)}>, Ben: ${link(B)}.`);
    expect(findResultLinks(`Ben - ${link(B)}`)[0]!.nameHint).toBe('Ben');
    expect(found.map((f) => [f.text, f.nameHint])).toEqual([
      [link(A), 'Ana'],
      [link(B), 'Ben'],
    ]);
  });
  it('a chat transcript: timestamps and dates stripped from names, other links and talk ignored', () => {
    const chat = [
      '[10:42] Ana Ruiz: finished! here you go',
      '[10:42] Ana Ruiz: ' + link(A),
      '2026-12-07 10:45 Ben Okafor: see https://example.org/docs first, then (' + link(B) + ')',
      'Cy: my code is ' + A,
    ].join('\n');
    expect(findResultLinks(chat).map((f) => [f.line, f.text, f.nameHint])).toEqual([
      [2, link(A), 'Ana Ruiz'],
      [3, link(B), 'Ben Okafor'],
      [4, A, 'Cy'],
    ]);
  });
  it('a second link on a chat line keeps the speaker', () => {
    expect(findResultLinks(`[09:31] Cy: first ${link(A)}, and again ${link(B)}`).map((f) => f.nameHint)).toEqual(['Cy', 'Cy']);
  });
  it('a Markdown link keeps its own closing bracket out of the address', () => {
    expect(findResultLinks(`[my result](${link(A)})`)[0]!.text).toBe(link(A));
  });
  it('finds nothing in text without result links', () => {
    expect(findResultLinks('hello https://example.org/quiz/?seed=abc <not a link>')).toEqual([]);
  });
});
