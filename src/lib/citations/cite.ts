/**
 * Finding citations in MDX source. Numbering, bibliographies and "cited on" backlinks are all derived
 * from the order in which `<Cite id="..."/>` markers appear in a page's body.
 */
import GithubSlugger from 'github-slugger';
import { fencedCode } from '../content/fences.ts';

const CITE_TAG = /<Cite\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g;
const HEADING = /^(#{2,3})\s+(.+?)\s*#*\s*$/;

/** Splits the value of a Cite `id` attribute: one id, or several separated by commas or spaces. */
export function splitCiteIds(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean);
}

/** Every cited id in order of first appearance, each once. */
export function citedIdsInOrder(body: string): string[] {
  const seen = new Set<string>();
  for (const { id } of citeOccurrences(body)) seen.add(id);
  return [...seen];
}

export interface CiteOccurrence {
  id: string;
  /** The `##`/`###` heading the marker stands under, if any. */
  heading?: { text: string; slug: string };
}

/** Every marker occurrence with the section it stands in, in document order. */
export function citeOccurrences(body: string): CiteOccurrence[] {
  const slugger = new GithubSlugger();
  const found: CiteOccurrence[] = [];
  let heading: CiteOccurrence['heading'];
  const inCode = fencedCode();
  for (const line of body.split('\n')) {
    if (inCode(line)) continue;
    const match = HEADING.exec(line);
    if (match?.[2]) {
      const text = headingText(match[2]);
      heading = { text, slug: slugger.slug(text) };
    }
    for (const tag of line.matchAll(CITE_TAG)) {
      const value = tag[1] ?? tag[2] ?? tag[3] ?? '';
      for (const id of splitCiteIds(value)) found.push(heading ? { id, heading } : { id });
    }
  }
  return found;
}

/** The `##` and `###` headings of an MDX body outside code blocks, with the anchors Astro gives them. */
export function sourceHeadings(body: string): { depth: number; text: string; slug: string }[] {
  const slugger = new GithubSlugger();
  const out: { depth: number; text: string; slug: string }[] = [];
  const inCode = fencedCode();
  for (const line of body.split('\n')) {
    const match = inCode(line) ? null : HEADING.exec(line);
    if (match?.[1] && match[2]) {
      const text = headingText(match[2]);
      out.push({ depth: match[1].length, text, slug: slugger.slug(text) });
    }
  }
  return out;
}

/** The plain text of a Markdown heading, as Astro's slugger sees it. */
function headingText(markdown: string): string {
  return markdown
    .replace(/<Cite\b[^>]*\/>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_]/g, '')
    .trim();
}
