/**
 * Whether a question's key still agrees with the page section it links: the section exists, and every
 * phrase the question declares in `supports` appears in it. The build runs this over the whole bank, so
 * an edit to a guide or scenario that removes what an answer rests on fails naming the question file.
 */
import { splitSections, type Heading } from '../search/sections.ts';

/** Text compared loosely: case, curly quotes, dashes and runs of spaces do not matter. */
export function looseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The plain text of the section at `slug` together with its subsections, or null when no heading has it. */
export function sectionText(body: string, headings: readonly Heading[], slug: string): string | null {
  const sections = splitSections(body, headings);
  const start = sections.findIndex((s) => s.slug === slug);
  if (start < 0) return null;
  const parts = [sections[start]!.text];
  for (const next of sections.slice(start + 1)) {
    if (next.depth <= sections[start]!.depth) break;
    parts.push(next.title, next.text);
  }
  return parts.join(' ');
}

export interface LinkedSection {
  /** Where the question points, as the author wrote it ("guides/overview"). */
  page: string;
  section: string;
  supports: readonly string[];
}

/** What is wrong with a question's link (empty when the section exists and holds every supporting phrase). */
export function sectionProblems(link: LinkedSection, body: string, headings: readonly Heading[]): string[] {
  const text = sectionText(body, headings, link.section);
  if (text === null) return [`section: "${link.section}" is not a heading of /${link.page}/`];
  const haystack = looseText(text);
  return link.supports.flatMap((phrase, i) =>
    haystack.includes(looseText(phrase)) ? [] : [`supports[${i}]: "${phrase}" does not appear in /${link.page}/#${link.section}`],
  );
}
