/**
 * Builds the site search's documents from content data at build time, with their full text: each guide
 * and scenario and each of their ## and ### sections, every FAQ answer, glossary term, research source
 * (title, authors, venue, claims), claim check and model, and the section and tool pages. Text is plain,
 * cut from the MDX source (components, code, tables and markdown syntax removed).
 */
import { sourceLabel } from './references.ts';
import type { SearchDoc, SearchEntry } from './site-search.ts';

/** A heading as `render(entry).headings` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A guide or scenario: its page and the sections under its ## and ### headings. */
export interface LongPage {
  id: string;
  title: string;
  description: string;
  body: string;
  headings: readonly Heading[];
}

export interface SearchInput {
  guides: readonly LongPage[];
  scenarios: readonly LongPage[];
  faq: readonly { id: string; question: string; answer: string }[];
  glossary: readonly { id: string; term: string; aliases: readonly string[]; definition: string }[];
  citations: readonly { id: string; title: string; authors: string[]; year: number; venue: string; claims: readonly string[] }[];
  claimChecks: readonly { id: string; title: string; claim: string; summary: string; findings: string }[];
  /** Model offerings (content/models/), if any. */
  models?: readonly { id: string; name: string; provider: string; family: string; modelId: string; aliases: readonly string[] }[];
}

/** A page with no content file of its own (a section or a tool): its address, title and what it offers. */
export interface SitePage {
  url: string;
  title: string;
  text: string;
}

/** Section and tool pages. A new page joins the search with one line here. */
export const SITE_PAGES: readonly SitePage[] = [
  { url: '/decide/', title: 'Decision wizard', text: 'Answer questions about your eval set, data, metrics, latency, cost and knowledge; get a recommendation with its reasons.' },
  { url: '/calculator/', title: 'Cost calculators', text: 'Compare a hosted model with a long cached few-shot prompt, a hosted fine-tuned model and a LoRA-tuned open-weight model on your own GPUs: monthly cost, break-even, latency, and routing between model tiers.' },
  { url: '/models/', title: 'Models, prices and where to fine-tune', text: 'Current model prices per million tokens with the day each was read, cached and batch prices, where each model family can still be fine-tuned and at what cost, GPU hourly prices, and the shutdowns to plan around.' },
  { url: '/quiz/team/', title: 'Quiz results for a team', text: 'Paste your team’s onboarding-quiz result links to see scores by person and topic, the weakest topics to read up on, and a CSV.' },
  { url: '/quiz/', title: 'Onboarding quiz', text: 'Questions on prompting, retrieval, fine-tuning, evaluation and cost, with a review and a shareable result.' },
  { url: '/research/claim-checks/', title: 'Claim checks', text: 'Research figures that widely shared guides quote, checked against what their sources say, with a verdict.' },
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

/** Aliases worth showing: those the term's own text does not already spell out. */
function extraAliases(term: string, aliases: readonly string[]): string | undefined {
  const lower = term.toLowerCase();
  const extra = aliases.filter((alias) => !lower.includes(alias.toLowerCase()));
  return extra.length ? extra.join(', ') : undefined;
}

/** Drops empty optional fields, so the JSON carries no `"meta":""`. */
function entry(doc: SearchDoc, fields: SearchEntry['fields']): SearchEntry {
  const out: SearchDoc = { kind: doc.kind, url: doc.url, title: doc.title };
  if (doc.meta) out.meta = doc.meta;
  return { doc: out, text: fields.body ?? '', fields };
}

/** The text before a page's first ## or ### heading. */
export function introText(body: string): string {
  const lines: string[] = [];
  let fence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s{0,3}(`{3,}|~{3,})/.test(line)) fence = !fence;
    if (!fence && SECTION_HEADING.test(line)) break;
    lines.push(line);
  }
  return stripMarkdown(lines.join('\n'));
}

function longPage(kind: 'guide' | 'scenario', base: string, page: LongPage): SearchEntry[] {
  let sections: Section[];
  try {
    sections = splitSections(page.body, page.headings);
  } catch (error) {
    throw new Error(`Search index: ${kind} "${page.id}": ${(error as Error).message}`);
  }
  const url = `${base}${page.id}/`;
  const intro = introText(page.body);
  let parent = '';
  return [
    entry({ kind, url, title: page.title }, { title: page.title, keywords: page.description, body: [page.description, intro].filter(Boolean).join(' ') }),
    ...sections.map((section) => {
      // A ### section sits under a ## heading that names its subject ("Few-shot examples" over "Which
      // examples, and in what order"): it is shown and indexed with it.
      if (section.depth === 2) parent = section.title;
      const where = section.depth === 3 && parent ? `${page.title} › ${parent}` : page.title;
      return entry({ kind, url: `${url}#${section.slug}`, title: section.title, meta: where }, { heading: section.title, meta: where, body: section.text });
    }),
  ];
}

/** Every searchable thing of the site, in page order (a page's sections follow it). */
export function buildSearchEntries(input: SearchInput, pages: readonly SitePage[] = SITE_PAGES): SearchEntry[] {
  const out: SearchEntry[] = [];
  for (const guide of input.guides) out.push(...longPage('guide', '/guides/', guide));
  for (const scenario of input.scenarios) out.push(...longPage('scenario', '/scenarios/', scenario));
  for (const f of input.faq) {
    out.push(entry({ kind: 'faq', url: `/faq/#${f.id}`, title: f.question }, { title: f.question, body: stripMarkdown(f.answer) }));
  }
  for (const g of input.glossary) {
    out.push(
      entry(
        { kind: 'glossary', url: `/glossary/#${g.id}`, title: g.term, meta: extraAliases(g.term, g.aliases) },
        { title: g.term, keywords: g.aliases.join(', '), body: g.definition },
      ),
    );
  }
  for (const c of input.claimChecks) {
    out.push(
      entry(
        { kind: 'claim', url: `/research/claim-checks/#${c.id}`, title: c.title, meta: 'Claim check' },
        { title: c.title, body: [c.summary, c.claim, c.findings].join(' ').replace(/\s+/g, ' ').trim() },
      ),
    );
  }
  for (const m of input.models ?? []) {
    out.push(
      entry(
        { kind: 'model', url: `/models/#${m.id}`, title: m.name, meta: `${m.provider} · ${m.family}` },
        { title: m.name, keywords: [m.modelId, ...m.aliases].join(', '), meta: `${m.provider} ${m.family}`, body: `${m.name} is a ${m.family} model from ${m.provider}, served as ${m.modelId}.` },
      ),
    );
  }
  for (const page of pages) out.push(entry({ kind: 'page', url: page.url, title: page.title }, { title: page.title, body: page.text }));
  for (const c of input.citations) {
    out.push(
      entry(
        { kind: 'research', url: `/research/${c.id}/`, title: c.title, meta: sourceLabel(c) },
        { title: c.title, meta: `${c.authors.join(', ')}. ${c.venue}`, body: c.claims.join(' ') },
      ),
    );
  }
  return out;
}
