/**
 * Markdown for AI tools: MDX bodies turned into plain Markdown that reads well without the site's components,
 * and the llms.txt index (https://llmstxt.org/ format: H1 name, blockquote summary, H2 sections of links).
 *
 * - `<Cite id="a, b" />` becomes "([Hu et al., 2022](https://…/research/hu-2021-lora/); […])".
 * - `<Aside title="…">…</Aside>` becomes a blockquote led by its title in bold.
 * - A self-closing component inside a line (`<Price …/>`, `<ModelName …/>`) becomes the text `components` gives
 *   for it, the figure or name the HTML shows; `<Historical>` tags go.
 * - An inline SVG figure becomes its <title> and <desc> text, followed by the caption.
 * - A self-closing component on a line of its own (`<DecisionChecklist part="steps" />`) becomes the Markdown
 *   that `components` gives for it; any other component left outside code is an error.
 * - Site-relative links ("/guides/…", "#section") become absolute URLs.
 * - MDX comments and one-line ESM imports/exports are dropped. Fenced code is left exactly as it is.
 * - In a whole document, a "<" in prose that would open raw HTML is escaped (markdown-escape.ts).
 */
import { isoDay } from '../content/build-day.ts';
import { fencedBlockEnd, fencedCode } from '../content/fences.ts';
import { escapeRawHtml } from './markdown-escape.ts';

/** What a citation marker turns into. */
export interface CiteRef {
  id: string;
  /** "Hu et al., 2022" */
  label: string;
  /** The source's page on this site (absolute). */
  url: string;
  /** A full reference line for the page's reference list. */
  reference: string;
}

export interface ConvertOptions {
  /** The site's origin, for making "/path" links absolute. */
  site: string | URL;
  /** The page's own absolute URL, for "#anchor" links; defaults to the site. */
  pageUrl?: string | URL | undefined;
  /** Looks up a cited id; an unknown id is an error. */
  cite: (id: string) => CiteRef | undefined;
  /** Markdown for self-closing components that generate content, by component name, given its attributes. */
  components?: Readonly<Record<string, (attributes: Record<string, string>) => string>> | undefined;
}

const ASIDE_LABELS: Record<string, string> = { note: 'Note', tip: 'Tip', caution: 'Check the figure' };
const CITE = /<Cite\b([^>]*?)\/?>/g;
const INLINE_COMPONENT = /<([A-Z][A-Za-z0-9]*)\b([^>]*?)\/>/g;

/** MDX body → Markdown. */
export function mdxToMarkdown(body: string, options: ConvertOptions): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const out = convertLines(lines, options);
  const markdown = `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
  const leftover = findLeftoverTag(markdown);
  if (leftover) throw new Error(`MDX export left a component in the Markdown: ${leftover}`);
  return markdown;
}

function convertLines(source: readonly string[], options: ConvertOptions): string[] {
  let lines = source;
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const fenceEnd = fencedBlockEnd(lines, i);
    if (fenceEnd > i) {
      out.push(...lines.slice(i, fenceEnd));
      i = fenceEnd;
      continue;
    }
    if (/^\s*\{\/\*/.test(line) && !line.includes('*/}')) {
      // A multi-line MDX comment.
      while (i < lines.length && !lines[i]!.includes('*/}')) i++;
      i++;
      continue;
    }
    if (/^(import|export)\s/.test(line) && (i === 0 || lines[i - 1]!.trim() === '')) {
      i++;
      continue;
    }
    const component = /^\s*<([A-Z][A-Za-z0-9]*)\b([^>]*?)\/>\s*$/.exec(line);
    const render = component ? options.components?.[component[1]!] : undefined;
    if (component && render) {
      out.push('', ...render(attributes(component[2] ?? '')).split('\n'), '');
      i++;
      continue;
    }
    const aside = /^\s*<Aside\b([^>]*?)(\/?)>(.*)$/.exec(line);
    if (aside) {
      if (aside[2] === '/') {
        // An empty <Aside />: nothing to say. Whatever follows it on the line is converted on its own.
        lines = [...lines.slice(0, i), aside[3] ?? '', ...lines.slice(i + 1)];
        continue;
      }
      const { inner, next } = collect(lines, i, aside[3] ?? '', 'Aside');
      out.push('', ...blockquote(asideTitle(aside[1] ?? ''), convertLines(inner, options)), '');
      i = next;
      continue;
    }
    const figure = /^\s*<(figure|svg)\b[^>]*>(.*)$/.exec(line);
    if (figure) {
      const tag = figure[1]!;
      const { inner, next } = collect(lines, i, figure[2] ?? '', tag);
      const text = tag === 'svg' ? svgText(`<svg>${inner.join('\n')}</svg>`) : figureText(inner.join('\n'));
      out.push('', ...text.map((paragraph) => inline(paragraph, options)).flatMap((p) => [p, '']));
      i = next;
      continue;
    }
    out.push(inline(line, options));
    i++;
  }
  return out;
}

/**
 * The lines between an opening tag (whose remainder on its own line is `rest`) and its closing tag, which may
 * stand on the same line, on a line of its own, or end a line. Nested tags of the same name are matched.
 */
function collect(lines: readonly string[], start: number, rest: string, tag: string): { inner: string[]; next: number } {
  const open = new RegExp(`<${tag}\\b[^>]*?(?<!/)>`, 'g');
  const close = new RegExp(`</${tag}\\s*>`, 'g');
  const inner: string[] = [];
  let depth = 1;
  let current = rest;
  let index = start;
  const inCode = fencedCode();
  for (;;) {
    if (!inCode(current)) {
      const events = [
        ...[...current.matchAll(open)].map((m) => ({ at: m.index, delta: 1, length: m[0].length })),
        ...[...current.matchAll(close)].map((m) => ({ at: m.index, delta: -1, length: m[0].length })),
      ].sort((a, b) => a.at - b.at);
      for (const event of events) {
        depth += event.delta;
        if (depth === 0) {
          const before = current.slice(0, event.at);
          if (before.trim()) inner.push(before);
          return { inner, next: index + 1 };
        }
      }
    }
    if (index > start || current.trim()) inner.push(current);
    index++;
    if (index >= lines.length) throw new Error(`<${tag}> opened on line ${start + 1} is never closed`);
    current = lines[index]!;
  }
}

function attributes(source: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of source.matchAll(/([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\}|\{\s*(-?[\d.]+)\s*\})/g)) {
    found[m[1]!] = m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
  }
  return found;
}

function asideTitle(attributeSource: string): string {
  const { type = 'note', title } = attributes(attributeSource);
  return title ?? ASIDE_LABELS[type] ?? 'Note';
}

function blockquote(title: string, body: readonly string[]): string[] {
  const trimmed = [...body];
  while (trimmed.length && !trimmed[0]!.trim()) trimmed.shift();
  while (trimmed.length && !trimmed.at(-1)!.trim()) trimmed.pop();
  return [`> **${title}**`, '>', ...trimmed.map((line) => (line.trim() ? `> ${line}` : '>'))];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Text content of an element, tags removed and whitespace collapsed. */
function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

function firstElement(html: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`).exec(html);
  return m ? textOf(m[1]!) : undefined;
}

/** An SVG as words: "**Figure: {title}.** {desc}" (what a screen reader announces). */
function svgText(svg: string): string[] {
  const title = firstElement(svg, 'title');
  const desc = firstElement(svg, 'desc');
  if (!title && !desc) return [];
  if (!title) return [`**Figure.** ${desc}`];
  const heading = /[.!?:]$/.test(title) ? title : `${title}.`;
  return [desc ? `**Figure: ${heading}** ${desc}` : `**Figure: ${heading}**`];
}

/** A <figure>: its SVGs as text, then its caption (which may hold Markdown). */
function figureText(html: string): string[] {
  const paragraphs: string[] = [];
  for (const m of html.matchAll(/<svg\b[\s\S]*?<\/svg\s*>/g)) paragraphs.push(...svgText(m[0]));
  const caption = /<figcaption\b[^>]*>([\s\S]*?)<\/figcaption\s*>/.exec(html);
  if (caption) {
    const text = caption[1]!.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
  }
  const rest = html
    .replace(/<svg\b[\s\S]*?<\/svg\s*>/g, '')
    .replace(/<figcaption\b[\s\S]*?<\/figcaption\s*>/g, '')
    .trim();
  if (rest) paragraphs.push(textOf(rest));
  return paragraphs.filter(Boolean);
}

/** Inline rewriting of one line outside code fences: citations, comments, relative links. */
function inline(line: string, options: ConvertOptions): string {
  return line
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(CITE, (_whole, attrs: string) => citation(attrs, options))
    .replace(INLINE_COMPONENT, (whole, name: string, attrs: string) => {
      const render = options.components?.[name];
      return render ? render(attributes(attrs)) : whole;
    })
    .replace(/<\/?Historical\s*>/g, '')
    .replace(/(\]\(\s*)([/#][^)\s]*)/g, (_whole, open: string, target: string) => `${open}${absolute(target, options)}`);
}

/** The text with each self-closing component that `components` knows replaced by its text (search reads this). */
export function renderInlineComponents(text: string, components: ConvertOptions['components']): string {
  return text.replace(INLINE_COMPONENT, (whole, name: string, attrs: string) => {
    const render = components?.[name];
    return render ? render(attributes(attrs)) : whole;
  });
}

function citation(attrs: string, options: ConvertOptions): string {
  const ids = (attributes(attrs).id ?? '').split(/[\s,]+/).filter(Boolean);
  if (ids.length === 0) throw new Error(`<Cite${attrs}/> has no id`);
  const refs = ids.map((id) => {
    const ref = options.cite(id);
    if (!ref) throw new Error(`Unknown citation id "${id}"`);
    return `[${escapeLinkText(ref.label)}](${ref.url})`;
  });
  return `(${refs.join('; ')})`;
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]\\]/g, (c) => `\\${c}`);
}

/** "/guides/x/" → "https://site/guides/x/"; "#part" → the page's URL with that hash. */
export function absolute(target: string, options: Pick<ConvertOptions, 'site' | 'pageUrl'>): string {
  if (target.startsWith('#')) return new URL(target, options.pageUrl ?? options.site).href;
  if (target.startsWith('//')) return target;
  return new URL(target, options.site).href;
}

/**
 * A component or inline SVG left outside code (which would mean the conversion missed it), or undefined.
 * Fenced code and inline code spans are not searched: they may show such tags on purpose.
 */
export function findLeftoverTag(markdown: string): string | undefined {
  const inCode = fencedCode();
  for (const line of markdown.split('\n')) {
    if (inCode(line)) continue;
    const m = /<\/?(Cite|Aside|Historical|svg)\b[^>]*>?|<[A-Z][A-Za-z0-9]*\b[^>]*\/>/.exec(line.replace(/`[^`]*`/g, ''));
    if (m) return m[0];
  }
  return undefined;
}

/** Moves every ATX heading outside code fences down by `levels` (## → ### for levels = 1), at most to ######. */
export function shiftHeadings(markdown: string, levels: number): string {
  const inCode = fencedCode();
  return markdown
    .split('\n')
    .map((line) => {
      if (inCode(line)) return line;
      return line.replace(/^(#{1,6})(?=\s)/, (hashes) => '#'.repeat(Math.min(6, hashes.length + levels)));
    })
    .join('\n');
}

export interface MarkdownPage {
  title: string;
  url: string;
  description: string;
  /** The day the page was last reviewed (for the FAQ, its most recently reviewed answer); data pages have none. */
  reviewed?: Date | undefined;
  /** Paragraphs after the description and before the body (e.g. a scenario's recommendation). */
  lead?: readonly string[] | undefined;
  /** Converted Markdown body. */
  body: string;
  /** Paragraphs after the body (e.g. "Read more" links). */
  after?: readonly string[] | undefined;
  /** Sources cited on the page, in order. */
  references?: readonly CiteRef[] | undefined;
}

/** "Last reviewed: 2026-12-07": the line that dates a page or an FAQ answer in Markdown. */
export function reviewedLine(day: Date): string {
  return `Last reviewed: ${isoDay(day)}`;
}

/** A page as a standalone Markdown document: title, summary, canonical URL and review day, body, references. */
export function markdownDocument(page: MarkdownPage): string {
  const parts = [
    `# ${page.title}`,
    quote(page.description),
    page.reviewed ? `Canonical page: <${page.url}>\\\n${reviewedLine(page.reviewed)}` : `Canonical page: <${page.url}>`,
    ...(page.lead ?? []),
    page.body.trim(),
    ...(page.after ?? []),
  ];
  if (page.references?.length) {
    parts.push('## References', page.references.map((ref, i) => `${i + 1}. ${ref.reference} — on this site: <${ref.url}>`).join('\n'));
  }
  return escapeRawHtml(`${parts.filter((p) => p.trim()).join('\n\n')}\n`);
}

function quote(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

export interface LlmsLink {
  title: string;
  url: string;
  description?: string | undefined;
}

export interface LlmsSection {
  title: string;
  links: readonly LlmsLink[];
}

export interface LlmsIndex {
  name: string;
  summary: string;
  /** Free Markdown paragraphs between the summary and the first section. */
  details?: readonly string[] | undefined;
  sections: readonly LlmsSection[];
}

/** The /llms.txt file: "# Name", "> summary", details, then "## Section" with "- [Title](url): description" lines. */
export function llmsTxt(index: LlmsIndex): string {
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  const parts = [`# ${oneLine(index.name)}`, `> ${oneLine(index.summary)}`, ...(index.details ?? []).map((d) => d.trim())];
  for (const section of index.sections) {
    if (section.links.length === 0) continue;
    const links = section.links.map((link) => {
      const base = `- [${escapeLinkText(oneLine(link.title))}](${link.url})`;
      return link.description ? `${base}: ${oneLine(link.description)}` : base;
    });
    parts.push(`## ${oneLine(section.title)}`, links.join('\n'));
  }
  return escapeRawHtml(`${parts.filter(Boolean).join('\n\n')}\n`);
}

/** The .md address of a page: "/guides/overview/" → "/guides/overview.md". */
export function markdownPath(pagePath: string): string {
  const trimmed = pagePath.replace(/\/+$/, '');
  if (!trimmed) return '/index.md';
  return `${trimmed}.md`;
}
