/**
 * The site as Markdown for AI tools, built from the same content as the HTML pages: each guide and scenario
 * and the FAQ as a .md document, all of them in /llms-full.txt, and the /llms.txt index. The conversion itself
 * is the pure src/lib/agent/markdown-export.ts; this file feeds it the collections.
 */
import { loadContent, type Citation, type Faq, type Guide, type Scenario, type SiteContent } from './content.ts';
import { sitePage, sitePages, type PageGroup } from './pages.ts';
import { citingPages } from './backlinks.ts';
import { bibtexEntry, referenceStyles } from './exports.ts';
import { loadSiteData } from './site-data.ts';
import { modelsMarkdownBody } from '../lib/agent/models-markdown.ts';
import { SITE_DATA_PATH } from '../lib/models/site-data.ts';
import { citedIdsInOrder } from '../lib/citations/cite.ts';
import {
  llmsTxt,
  markdownDocument,
  markdownPath,
  mdxToMarkdown,
  reviewedLine,
  shiftHeadings,
  type CiteRef,
  type ConvertOptions,
  type LlmsSection,
} from '../lib/agent/markdown-export.ts';
import { EXPORT_FILES, exportHref, type ExportFormat } from '../lib/citations/export-files.ts';
import { arxivUrl, authorList, doiUrl, referenceAuthors, shortAuthors } from '../lib/citations/references.ts';
import { SOURCE_TYPE_LABELS } from '../lib/content/vocabulary.ts';
import { modelFigure, type FigureField } from '../lib/models/model-data.ts';
import { FIGURE_FORMAT } from '../lib/site/format.ts';
import { CALC_RESULT, calcFigures, figuresFromModels } from '../lib/models/priced-figures.ts';
import { CONTENT_LICENSE, FEED_PATH, SITE_DESCRIPTION, SITE_NAME } from '../lib/site/site.ts';
import { APPROACH_LABELS } from '../lib/content/vocabulary.ts';
import { checklistMarkdown } from '../lib/decision/checklist.ts';
import { ruleMarkdown } from '../lib/decision/rule.ts';

/** The Markdown of the MDX components that generate content (see src/components/mdx/index.ts). */
export function generated(site: URL) {
  return {
    DecisionChecklist: (attributes: Record<string, string>) => checklistMarkdown(site.href, attributes.part === 'steps' ? 'steps' : 'concerns'),
    DecisionRule: (attributes: Record<string, string>) => ruleMarkdown(site.href, attributes.part === 'summary' ? 'summary' : 'whole'),
  };
}

const EXPORT_DESCRIPTIONS: Record<ExportFormat, string> = {
  bibtex: 'All sources, for LaTeX and reference managers; keys are the citation ids.',
  ris: 'All sources, for Zotero, EndNote, Mendeley and other reference managers.',
  'csl-json': 'All sources as CSL-JSON, the format citation processors read.',
  csv: 'All sources as a table, one row each.',
};

function citeRefs(content: SiteContent, site: URL): (id: string) => CiteRef | undefined {
  return (id) => {
    const source = content.citationsById.get(id);
    if (!source) return undefined;
    const { data } = source;
    const link = data.doi ? doiUrl(data.doi) : data.url;
    return {
      id,
      label: `${shortAuthors(data.authors)}, ${data.year}`,
      url: new URL(`/research/${id}/`, site).href,
      reference: `${referenceAuthors(data.authors)} (${data.year}). ${data.title}. ${data.venue}. <${link}>`,
    };
  };
}

/** How `<Price>`, `<Calc>` and `<ModelName>` read in Markdown (and in the search text): the same figure and name the HTML prints. */
export function modelComponents(content: SiteContent): NonNullable<ConvertOptions['components']> {
  const model = (component: string, id: string | undefined) => {
    const found = id ? content.modelsById.get(id) : undefined;
    if (!found) throw new Error(`<${component}> names no model in content/models/ ("${id ?? ''}")`);
    return found;
  };
  return {
    ModelName: (attrs) => model('ModelName', attrs.id).data.name,
    Price: (attrs) => {
      const { id } = model('Price', attrs.model);
      const times = attrs.times === undefined ? undefined : Number(attrs.times);
      return modelFigure(content.modelEntriesById.get(id)!, (attrs.field ?? '') as FigureField, attrs.where, FIGURE_FORMAT, content.today, times).text;
    },
    Calc: (attrs) => {
      return figuresFromModels(calcFigures(attrs), content.modelEntriesById, FIGURE_FORMAT, { day: content.today, refuseShutDown: false }, content.gpusById).get(CALC_RESULT)!.text;
    },
  };
}

function references(bodies: readonly (string | undefined)[], lookup: (id: string) => CiteRef | undefined): CiteRef[] {
  const ids = [...new Set(bodies.flatMap((body) => citedIdsInOrder(body ?? '')))];
  return ids.map((id) => lookup(id)!).filter(Boolean);
}

function readMore(content: SiteContent, guideIds: readonly string[], site: URL): string[] {
  if (guideIds.length === 0) return [];
  const links = guideIds.map((id) => {
    const guide = content.guides.find((g) => g.id === id)!;
    return `[${guide.data.title}](${new URL(`/guides/${id}/`, site).href})`;
  });
  return [`Read more: ${links.join(', ')}.`];
}

export async function guideMarkdown(guide: Guide, site: URL): Promise<string> {
  const content = await loadContent();
  const url = new URL(`/guides/${guide.id}/`, site).href;
  const cite = citeRefs(content, site);
  return markdownDocument({
    title: guide.data.title,
    url,
    description: guide.data.description,
    reviewed: guide.data.reviewed,
    body: mdxToMarkdown(guide.body ?? '', { site, pageUrl: url, cite, components: { ...generated(site), ...modelComponents(content) } }),
    references: references([guide.body], cite),
  });
}

export async function scenarioMarkdown(scenario: Scenario, site: URL): Promise<string> {
  const content = await loadContent();
  const url = new URL(`/scenarios/${scenario.id}/`, site).href;
  const cite = citeRefs(content, site);
  return markdownDocument({
    title: scenario.data.title,
    url,
    description: scenario.data.description,
    reviewed: scenario.data.reviewed,
    lead: [`**Recommendation: ${APPROACH_LABELS[scenario.data.recommendation]}.** ${scenario.data.verdict}`],
    body: mdxToMarkdown(scenario.body ?? '', { site, pageUrl: url, cite, components: { ...generated(site), ...modelComponents(content) } }),
    after: readMore(content, scenario.data.guides, site),
    references: references([scenario.body], cite),
  });
}

/** One FAQ answer's detail as Markdown, its links absolute to the answer on /faq/. */
function faqAnswer(content: SiteContent, entry: Faq, site: URL): string {
  const entryUrl = new URL(`/faq/#${entry.id}`, site).href;
  return mdxToMarkdown(entry.body ?? '', { site, pageUrl: entryUrl, cite: citeRefs(content, site), components: { ...generated(site), ...modelComponents(content) } });
}

/** One FAQ answer on its own, at /faq/<id>.md: the question, the short answer, the detail, its references. */
export async function faqEntryMarkdown(entry: Faq, site: URL): Promise<string> {
  const content = await loadContent();
  return markdownDocument({
    title: entry.data.question,
    url: new URL(`/faq/#${entry.id}`, site).href,
    reviewed: entry.data.reviewed,
    description: entry.data.answer,
    body: faqAnswer(content, entry, site),
    after: readMore(content, entry.data.guides, site),
    references: references([entry.body], citeRefs(content, site)),
  });
}

export async function faqMarkdown(site: URL): Promise<string> {
  const content = await loadContent();
  const page = (await sitePage('/faq/'))!;
  const url = new URL('/faq/', site).href;
  const cite = citeRefs(content, site);
  const body = content.faq
    .map((entry) => {
      const answer = shiftHeadings(faqAnswer(content, entry, site), 1);
      return [`## ${entry.data.question}`, `*${reviewedLine(entry.data.reviewed)}*`, `**Short answer:** ${entry.data.answer}`, answer.trim(), ...readMore(content, entry.data.guides, site)].join('\n\n');
    })
    .join('\n\n');
  return markdownDocument({
    title: page.title,
    url,
    description: page.description,
    reviewed: new Date(Math.max(...content.faq.map((f) => f.data.reviewed.getTime()))),
    body,
    references: references(
      content.faq.map((f) => f.body),
      cite,
    ),
  });
}

/** /models.md: the models page's tables, from the same document as /data/models.json. */
export async function modelsMarkdown(site: URL): Promise<string> {
  const page = (await sitePage('/models/'))!;
  return markdownDocument({ title: page.title, url: new URL('/models/', site).href, description: page.description, body: modelsMarkdownBody(await loadSiteData(site)) });
}

/** A source page (/research/<id>/) as Markdown: its details, what the site uses it for, where it is cited, how to cite it. */
export async function sourceMarkdown(citation: Citation, site: URL): Promise<string> {
  const page = (await sitePage(`/research/${citation.id}/`))!;
  const { data } = citation;
  const abs = (path: string) => new URL(path, site).href;
  const links = [`[Source](${data.url})`, ...(data.doi ? [`[DOI ${data.doi}](${doiUrl(data.doi)})`] : []), ...(data.arxiv ? [`[arXiv ${data.arxiv}](${arxivUrl(data.arxiv)})`] : [])];
  const details = [
    `- **Authors:** ${authorList(data.authors)}`,
    `- **Year:** ${data.year}`,
    `- **Published in:** ${data.venue}`,
    `- **Type:** ${SOURCE_TYPE_LABELS[data.type]}`,
    `- **Links:** ${links.join(', ')}`,
    ...(data.accessed ? [`- **Checked:** ${data.accessed.toISOString().slice(0, 10)}`] : []),
  ];
  const claims = data.claims.map((claim) => `- ${claim.text}${claim.figure ? ` **${claim.figure}**` : ''}${claim.locator ? ` (${claim.locator})` : ''}`);
  const backlinks = (await citingPages()).get(citation.id) ?? [];
  const cited = backlinks.length
    ? backlinks.map((p) => `- [${p.title}](${abs(p.href)})${p.sections.length ? `: ${p.sections.map((s) => `[${s.text}](${abs(`${p.href}#${s.slug}`)})`).join(', ')}` : ''}`)
    : ['No page cites it yet; it is part of the index as background reading.'];
  const cite = referenceStyles(citation).flatMap(({ label, text }) => [`### ${label}`, text]);
  const body = [
    details.join('\n'),
    '## What the site uses it for',
    claims.join('\n'),
    '## Cited on',
    cited.join('\n'),
    '## Cite this source',
    ...cite,
    '### BibTeX',
    ['```bibtex', bibtexEntry(citation).trim(), '```'].join('\n'),
  ].join('\n\n');
  return markdownDocument({ title: data.title, url: abs(`/research/${citation.id}/`), description: page.description, body });
}

/** An FAQ answer's own Markdown: /faq/<id>.md (the answer itself is /faq/#<id>). */
export const faqEntryPath = (id: string) => `/faq/${id}.md`;

export interface MarkdownTwin {
  /** The twin's address: the page's with .md in place of the final slash. */
  path: string;
  title: string;
  render: () => Promise<string>;
  /** Part of /llms-full.txt (guides, scenarios, the FAQ); source pages and data tables are not. */
  inFullText: boolean;
}

/** Every page that has a Markdown twin: its .md path and a function producing the document. */
export async function markdownPages(site: URL): Promise<MarkdownTwin[]> {
  const content = await loadContent();
  return [
    ...content.guides.map((g) => ({ path: markdownPath(`/guides/${g.id}/`), title: g.data.title, render: () => guideMarkdown(g, site), inFullText: true })),
    ...content.scenarios.map((s) => ({ path: markdownPath(`/scenarios/${s.id}/`), title: s.data.title, render: () => scenarioMarkdown(s, site), inFullText: true })),
    { path: markdownPath('/faq/'), title: 'Frequently asked questions', render: () => faqMarkdown(site), inFullText: true },
    ...content.faq.map((f) => ({ path: faqEntryPath(f.id), title: f.data.question, render: () => faqEntryMarkdown(f, site), inFullText: false })),
    { path: markdownPath('/models/'), title: 'Models, prices and where to fine-tune', render: () => modelsMarkdown(site), inFullText: false },
    ...content.citations.map((c) => ({ path: markdownPath(`/research/${c.id}/`), title: c.data.title, render: () => sourceMarkdown(c, site), inFullText: false })),
  ];
}

let twinPaths: Promise<ReadonlySet<string>> | undefined;

/**
 * The Markdown twin's path of the page at `pathname`, or undefined when it has none (the head link, the page menu).
 * Every page asks, so the twins' paths are listed once per build: listing them per page made the build quadratic.
 */
export async function markdownTwinOf(pathname: string, site: URL): Promise<string | undefined> {
  const twin = markdownPath(pathname);
  twinPaths ??= markdownPages(site).then((pages) => new Set(pages.map((page) => page.path)));
  return (await twinPaths).has(twin) ? twin : undefined;
}

export async function llmsFullText(site: URL): Promise<string> {
  const pages = (await markdownPages(site)).filter((page) => page.inFullText);
  const documents = await Promise.all(pages.map((page) => page.render()));
  const intro = [
    `# ${SITE_NAME}: full text`,
    `> ${SITE_DESCRIPTION}`,
    `Every guide, decision scenario and FAQ answer of ${SITE_NAME} (<${new URL('/', site).href}>) as Markdown, in reading order. ` +
      `Citations link to the site's research index, which gives each source's full reference and original address. ` +
      `The index of the site is at <${new URL('/llms.txt', site).href}>.`,
  ].join('\n\n');
  // Each document starts with its own "# Title"; a rule keeps them apart for readers that ignore headings.
  return `${[intro, ...documents.map((d) => d.trim())].join('\n\n---\n\n')}\n`;
}

const SECTION_TITLES: Partial<Record<PageGroup, string>> = {
  guides: 'Guides',
  scenarios: 'Decision scenarios',
  tools: 'Tools',
  faq: 'FAQ',
  research: 'Research',
  reference: 'Optional',
};

export async function llmsIndexText(site: URL): Promise<string> {
  const content = await loadContent();
  const pages = await sitePages();
  const abs = (path: string) => new URL(path, site).href;
  const sections = new Map<PageGroup, LlmsSection & { links: { title: string; url: string; description?: string }[] }>();
  for (const page of pages) {
    const title = SECTION_TITLES[page.group];
    // Sources are many; the research index lists them all, so llms.txt links to it (and to the exports) instead.
    if (!title || page.byline) continue;
    let section = sections.get(page.group);
    if (!section) sections.set(page.group, (section = { title, links: [] }));
    section.links.push({ title: page.title, url: abs(page.path), description: page.description });
    if (page.group === 'faq' && page.index) {
      for (const entry of content.faq) section.links.push({ title: entry.data.question, url: abs(`/faq/#${entry.id}`), description: entry.data.answer });
    }
  }
  sections.get('research')?.links.push(
    ...EXPORT_FILES.map((file) => ({ title: `Research index as ${file.label}`, url: abs(exportHref(file)), description: EXPORT_DESCRIPTIONS[file.format] })),
  );
  sections.get('reference')?.links.push({
    title: 'Full text',
    url: abs('/llms-full.txt'),
    description: 'Every guide, scenario and FAQ answer in one Markdown file.',
  });
  return llmsTxt({
    name: SITE_NAME,
    summary: SITE_DESCRIPTION,
    details: [
      `The site recommends starting with prompting and retrieval, measuring against an evaluation set, and fine-tuning only when data, measurements and operating costs justify it. Every figure cites one of ${content.citations.length} checked sources in the research index.`,
      `The text and the research index are licensed under ${CONTENT_LICENSE.short} (<${CONTENT_LICENSE.url}>). What changed, newest first: <${abs(FEED_PATH)}>.`,
      `Each guide and scenario, the FAQ, the models page and every source page is also available as Markdown at its address with \`.md\` in place of the final slash, for example <${abs(markdownPath('/guides/overview/'))}>. The guides, scenarios and FAQ answers in one file: <${abs('/llms-full.txt')}>.`,
      `Models, prices, fine-tuning routes and GPUs, each figure with the day it was read and its source, as JSON: <${abs(SITE_DATA_PATH)}>. The repository also ships an MCP server (Model Context Protocol, stdio) over the built site, started with \`npm run mcp\`: its tools are \`search\`, \`get_page\`, \`list_models\`, \`get_prices\`, \`decide\` and \`estimate_cost\`.`,
    ],
    sections: [...sections.values()],
  });
}
