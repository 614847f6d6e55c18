import { describe, expect, it } from 'vitest';
import { fencedBlockEnd, fencedCode, fencedSpans } from './fences.ts';

/** Which lines the reader calls code, as a string of 1s and 0s, one per line. */
const codeMap = (lines: readonly string[]) => {
  const inCode = fencedCode();
  return lines.map((line) => (inCode(line) ? '1' : '0')).join('');
};

describe('fencedCode', () => {
  it('reads a backtick block and a tilde block, fences included', () => {
    expect(codeMap(['text', '```', '## inside', '```', 'after'])).toBe('01110');
    expect(codeMap(['text', '~~~', '## inside', '~~~', 'after'])).toBe('01110');
  });

  it('closes a block only on a fence of the same character, at least as long', () => {
    expect(codeMap(['````', '```', '~~~~', '`````', 'after'])).toBe('11110');
    expect(codeMap(['~~~', '```', '~~~', 'after'])).toBe('1110');
  });

  it('opens on a fence with an info string, but does not close on one', () => {
    expect(codeMap(['```ts title="a.ts"', 'const a = 1;', '```ts', '```', 'after'])).toBe('11110');
  });

  it('takes a fence indented up to three spaces, and a closing fence with spaces after it', () => {
    expect(codeMap(['   ```', 'code', '  ```  ', 'after'])).toBe('1110');
    expect(codeMap(['    ```', 'not code'])).toBe('00');
  });

  it('needs three marks: two backticks are inline code, not a fence', () => {
    expect(codeMap(['``', 'text', '``'])).toBe('000');
  });

  it('keeps a block that never closes open to the end', () => {
    expect(codeMap(['text', '```', 'code', '## still code'])).toBe('0111');
  });
});

describe('fencedBlockEnd', () => {
  const lines = ['intro', '~~~~ md', '```', '~~~', '~~~~', 'after', '```', 'open'];

  it('is the index after the closing fence of the block that opens at the line', () => {
    expect(fencedBlockEnd(lines, 1)).toBe(5);
  });

  it('is the line itself where no block opens', () => {
    expect(fencedBlockEnd(lines, 0)).toBe(0);
    expect(fencedBlockEnd(lines, 5)).toBe(5);
  });

  it('runs to the end for a block that never closes', () => {
    expect(fencedBlockEnd(lines, 6)).toBe(8);
  });
});

describe('fencedSpans', () => {
  it('gives each block as character offsets, from its opening fence to the end of its closing fence', () => {
    const text = 'a\n```\nx\n```\nb\n~~~\ny';
    expect(fencedSpans(text)).toEqual([
      [2, 11],
      [14, 19],
    ]);
    expect(fencedSpans(text).map(([start, end]) => text.slice(start, end))).toEqual(['```\nx\n```', '~~~\ny']);
  });

  it('finds nothing in text without a fence', () => {
    expect(fencedSpans('one\n`two`\n``three``')).toEqual([]);
  });
});
