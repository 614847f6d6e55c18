import { describe, expect, it } from 'vitest';
import { sourceHeadings } from '../citations/cite.ts';
import { looseText, sectionProblems, sectionText } from './sections.ts';

const body = `Intro.

## Making citations checkable

Check in code that each quote occurs. That string match proves one thing only.

### Retrieval for legal text

Chunk by article, **not** by size.

## Why not the alternatives

Fine-tuning has no provenance.
`;
const headings = sourceHeadings(body);

describe('the section a question links', () => {
  it('finds headings with the anchors Astro gives them', () => {
    expect(headings.map((h) => [h.depth, h.slug])).toEqual([
      [2, 'making-citations-checkable'],
      [3, 'retrieval-for-legal-text'],
      [2, 'why-not-the-alternatives'],
    ]);
  });
  it('reads a section with its subsections and stops at the next heading of its level', () => {
    const text = sectionText(body, headings, 'making-citations-checkable')!;
    expect(text).toContain('proves one thing only');
    expect(text).toContain('Chunk by article, not by size');
    expect(text).not.toContain('provenance');
    expect(sectionText(body, headings, 'retrieval-for-legal-text')).toBe('Chunk by article, not by size.');
    expect(sectionText(body, headings, 'nowhere')).toBeNull();
  });
  it('compares loosely: case, curly quotes, dashes and spacing', () => {
    expect(looseText('The  “Quote”\n— it’s')).toBe(`the "quote" - it's`);
  });
  it('passes a key whose phrases are in its section, and names each phrase that is not', () => {
    const link = { page: 'scenarios/regulated-citations', section: 'making-citations-checkable', supports: ['That STRING match proves'] };
    expect(sectionProblems(link, body, headings)).toEqual([]);
    // A phrase from another section of the same page does not count.
    expect(sectionProblems({ ...link, supports: ['no provenance'] }, body, headings)).toEqual([
      'supports[0]: "no provenance" does not appear in /scenarios/regulated-citations/#making-citations-checkable',
    ]);
    expect(sectionProblems({ ...link, section: 'gone' }, body, headings)).toEqual(['section: "gone" is not a heading of /scenarios/regulated-citations/']);
  });
});
