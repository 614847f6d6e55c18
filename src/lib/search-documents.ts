/**
 * Builds the site search's documents from content data at build time: each guide and each of its ## and
 * ### sections, scenarios, FAQ answers, glossary terms, research sources, claim checks and the tool pages.
 * Snippets are plain text cut from the MDX source (components, code, tables and markdown syntax removed)
 * and kept short, because every document ships in /search-index.json.
 */
import { sourceLabel } from './references.ts';
import type { SearchDoc } from './site-search.ts';

export const SECTION_SNIPPET_LENGTH = 160;
export const ANSWER_SNIPPET_LENGTH = 200;

/** A heading as `render(entry).headings` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface SearchInput {
  guides: readonly { id: string; title: string; description: string; body: string; headings: readonly Heading[] }[];
  scenarios: readonly { id: string; title: string; description: string }[];
  faq: readonly { id: string; question: string; answer: string }[];
  glossary: readonly { id: string; term: string; aliases: readonly string[]; definition: string }[];
  citations: readonly { id: string; title: string; authors: string[]; year: number }[];
  claimChecks: readonly { id: string; title: string; summary: string }[];
}

/** Section and tool pages, which have no content file of their own. */
export const SITE_PAGES: readonly Pick<SearchDoc, 'url' | 'title' | 'text'>[] = [
  { url: '/decide/', title: 'Decision wizard', text: 'Answer questions about your eval set, data, metrics, latency, cost and knowledge; get a recommendation with its reasons.' },
  { url: '/calculator/', title: 'Cost calculators', text: 'Compare a long few-shot prompt on a large model with a fine-tuned smaller model, and price routing between model tiers.' },
  { url: '/quiz/', title: 'Onboarding quiz', text: 'Questions on prompting, retrieval, fine-tuning, evaluation and cost, with a review and a shareable result.' },
  { url: '/research/claim-checks/', title: 'Claim checks', text: 'Research figures quoted in the source material, checked against what their sources say, with a verdict.' },
  { url: '/research/', title: 'Research index', text: 'Every checked source behind the figures on the site, searchable by topic, type and year.' },
  { url: '/guides/', title: 'Guides', text: 'In-depth guides to prompt engineering, retrieval, fine-tuning, evaluation, cost and routing.' },
  { url: '/scenarios/', title: 'Decision scenarios', text: 'Real situations teams face, each with a recommendation, its reasoning and a quiz.' },
  { url: '/faq/', title: 'Frequently asked questions', text: 'Short, cited answers to common questions about prompting and fine-tuning.' },
  { url: '/glossary/', title: 'Glossary', text: 'Plain definitions of the terms of art used on this site.' },
  { url: '/pages/', title: 'All pages', text: 'Every page of the site on one list.' },
];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * Plain text from MDX/markdown: drops code blocks, ESM lines, tables, self-closing components (such as
 * <Cite />), tags (keeping their text), {expressions}, and markdown syntax (links keep their text).
 */
export function stripMarkdown(source: string): string {
  const kept: string[] = [];
  let fence: string | null = null;
  for (const line of source.split(/\r?\n/)) {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && line.trim() === fenceMark) fence = null;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    if (/^(?:import|export)\s/.test(line)) continue;
    if (/^\s*\|/.test(line)) continue;
    kept.push(line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, ''));
  }
  // Inline code is text as written: set it aside so the tag and markdown rules below leave it alone.
  const code: string[] = [];
  return kept
    .join('\n')
    .replace(/(`+)(.+?)\1/g, (_, _ticks: string, inner: string) => `\u0000${code.push(inner.trim()) - 1}\u0000`)
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/>/g, '')
    .replace(/<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?![\w*])/g, '$1$3')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/gm, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~$])/g, '$1')
    .replace(/&(#39|[a-z]+);/g, (entity, name: string) => ENTITIES[name] ?? entity)
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?)])/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/\u0000(\d+)\u0000/g, (_, index: string) => code[Number(index)] ?? '')
    .trim();
}

/** Shortens text to at most `max` characters, at a word boundary, ending with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
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
  let fence: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && line.trim() === fenceMark) fence = null;
    } else if (fenceMark) {
      fence = fenceMark;
    } else {
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

/** Aliases worth showing: those the term's own text does not already contain. */
function extraAliases(term: string, aliases: readonly string[]): string | undefined {
  const lower = term.toLowerCase();
  const extra = aliases.filter((alias) => !lower.includes(alias.toLowerCase()));
  return extra.length ? extra.join(', ') : undefined;
}

/** Drops empty optional fields, so the JSON carries no `"meta":""`. */
function doc(fields: SearchDoc): SearchDoc {
  const out: SearchDoc = { kind: fields.kind, url: fields.url, title: fields.title };
  if (fields.meta) out.meta = fields.meta;
  if (fields.text) out.text = fields.text;
  return out;
}

export function buildSearchDocuments(input: SearchInput, pages = SITE_PAGES): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const guide of input.guides) {
    docs.push(doc({ kind: 'guide', url: `/guides/${guide.id}/`, title: guide.title, text: guide.description }));
    let sections: Section[];
    try {
      sections = splitSections(guide.body, guide.headings);
    } catch (error) {
      throw new Error(`Search index: guide "${guide.id}": ${(error as Error).message}`);
    }
    for (const section of sections) {
      docs.push(
        doc({
          kind: 'guide',
          url: `/guides/${guide.id}/#${section.slug}`,
          title: section.title,
          meta: guide.title,
          text: truncate(section.text, SECTION_SNIPPET_LENGTH),
        }),
      );
    }
  }
  for (const s of input.scenarios) docs.push(doc({ kind: 'scenario', url: `/scenarios/${s.id}/`, title: s.title, text: s.description }));
  for (const f of input.faq) {
    docs.push(doc({ kind: 'faq', url: `/faq/#${f.id}`, title: f.question, text: truncate(stripMarkdown(f.answer), ANSWER_SNIPPET_LENGTH) }));
  }
  for (const g of input.glossary) {
    docs.push(
      doc({
        kind: 'glossary',
        url: `/glossary/#${g.id}`,
        title: g.term,
        meta: extraAliases(g.term, g.aliases),
        text: truncate(g.definition, ANSWER_SNIPPET_LENGTH),
      }),
    );
  }
  for (const c of input.citations) {
    docs.push(doc({ kind: 'research', url: `/research/${c.id}/`, title: c.title, meta: sourceLabel(c) }));
  }
  for (const c of input.claimChecks) {
    docs.push(
      doc({ kind: 'research', url: `/research/claim-checks/#${c.id}`, title: c.title, meta: 'Claim check', text: truncate(c.summary, ANSWER_SNIPPET_LENGTH) }),
    );
  }
  for (const page of pages) docs.push(doc({ kind: 'page', ...page }));
  return docs;
}
