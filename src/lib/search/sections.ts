/** A long page's ## and ### sections, cut from its MDX source and paired with the headings the renderer reported. */
import { fencedCode } from '../content/fences.ts';
import { stripMarkdown } from './plain-text.ts';

/** A heading as `render(entry).headings` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface Section {
  depth: number;
  slug: string;
  title: string;
  /** The section's own text (up to the next ## or ### heading), as plain text. */
  text: string;
}

const SECTION_HEADING = /^\s{0,3}(#{2,3})\s+\S/;

/**
 * Splits an MDX body at its ## and ### headings, pairing each with the rendered heading (its text and
 * anchor slug, from `render(entry).headings`) in document order. Headings inside code blocks are not
 * headings. Throws when the two lists disagree, so a heading the renderer did not see fails the build.
 */
export function splitSections(body: string, headings: readonly Heading[]): Section[] {
  const rendered = headings.filter((h) => h.depth === 2 || h.depth === 3);
  const sections: { heading: Heading; lines: string[] }[] = [];
  let current: string[] = [];
  const inCode = fencedCode();
  for (const line of body.split(/\r?\n/)) {
    if (!inCode(line)) {
      const match = SECTION_HEADING.exec(line);
      if (match) {
        const depth = match[1]!.length;
        const heading = rendered[sections.length];
        if (!heading || heading.depth !== depth) {
          throw new Error(`heading "${line.trim()}" does not match the rendered headings (expected ${heading ? `"${heading.text}"` : 'none'})`);
        }
        current = [];
        sections.push({ heading, lines: current });
        continue;
      }
    }
    current.push(line);
  }
  if (sections.length !== rendered.length) {
    throw new Error(`found ${sections.length} ## and ### headings in the source but ${rendered.length} rendered`);
  }
  return sections.map(({ heading, lines }) => ({
    depth: heading.depth,
    slug: heading.slug,
    title: heading.text,
    text: stripMarkdown(lines.join('\n')),
  }));
}

/** The text before a page's first ## or ### heading. */
export function introText(body: string): string {
  const lines: string[] = [];
  const inCode = fencedCode();
  for (const line of body.split(/\r?\n/)) {
    if (!inCode(line) && SECTION_HEADING.test(line)) break;
    lines.push(line);
  }
  return stripMarkdown(lines.join('\n'));
}
