import { micromark, parse, postprocess, preprocess } from 'micromark';
import { describe, expect, it } from 'vitest';
import { escapeRawHtml } from './markdown-escape.ts';
import { markdownDocument } from './markdown-export.ts';

/** The raw HTML micromark, a CommonMark parser, finds in a document (its htmlFlow and htmlText tokens). */
function rawHtml(markdown: string): string[] {
  const events = postprocess(parse().document().write(preprocess()(markdown, undefined, true)));
  return events.filter(([kind, token]) => kind === 'enter' && (token.type === 'htmlFlow' || token.type === 'htmlText')).map(([, token, context]) => context.sliceSerialize(token));
}

const prose = 'Examples delimited with <example> tags (nested in <examples> when there are several), closed by </example>.';

describe('escapeRawHtml', () => {
  it('escapes tags in prose, so a CommonMark renderer shows them as text', () => {
    expect(rawHtml(prose)).toEqual(['<example>', '<examples>', '</example>']);
    const escaped = escapeRawHtml(prose);
    expect(escaped).toBe('Examples delimited with \\<example> tags (nested in \\<examples> when there are several), closed by \\</example>.');
    expect(rawHtml(escaped)).toEqual([]);
    expect(micromark(escaped, { allowDangerousHtml: true })).toContain('delimited with &lt;example&gt; tags (nested in &lt;examples&gt;');
  });
  it('escapes comments, declarations, processing instructions and a tag whose attributes run on', () => {
    const text = 'a <!-- b --> c <!DOCTYPE x> d <?php e ?> f <div\nclass="x">';
    expect(rawHtml(text).length).toBeGreaterThan(0);
    expect(rawHtml(escapeRawHtml(text))).toEqual([]);
  });
  it('leaves autolinks, comparisons, escaped brackets and code as written', () => {
    const text = [
      'See <https://example.test/a?b=1> or <mail@example.test>; 3 < 4 and a <- b; already \\<escaped>.',
      'Inline `<example>` and ``a `<b>` c`` stay.',
      '```xml',
      '<example>kept</example>',
      '```',
    ].join('\n');
    expect(escapeRawHtml(text)).toBe(text);
  });
  it('is what every Markdown twin goes through', () => {
    const doc = markdownDocument({ title: 'Use <example> tags', url: 'https://example.test/x/', description: 'Wrap each in <example>.', body: prose });
    expect(rawHtml(doc)).toEqual([]);
    expect(doc).toContain('Canonical page: <https://example.test/x/>');
    expect(micromark(doc, { allowDangerousHtml: true })).toContain('<a href="https://example.test/x/">');
  });
});
