/**
 * Builds the site search's documents from content data at build time, with their full text: each guide
 * and scenario and each of their ## and ### sections, every FAQ answer, glossary term, research source
 * (title, authors, venue, claims), claim check, model, GPU and fine-tuning route, and the section and tool pages
 * (search/site-pages.ts). Text is plain,
 * cut from the MDX source (components, code, tables and markdown syntax removed).
 */
import { formatPrice } from '../site/format.ts';
import { sourceLabel } from '../citations/references.ts';
import { otherNames } from '../content/glossary-links.ts';
import { aliasLines, type Alias } from './index-build.ts';
import type { SearchDoc, SearchEntry } from './site-search.ts';
import { stripMarkdown } from './plain-text.ts';
import { SYNONYMS, synonymEntries } from './synonyms.ts';
import { introText, splitSections, type Heading, type Section } from './sections.ts';
import { SITE_PAGES, type SitePage } from './site-pages.ts';

/** A guide or scenario: its page and the sections under its ## and ### headings. */
export interface LongPage {
  id: string;
  title: string;
  description: string;
  body: string;
  headings: readonly Heading[];
  /** The reader's words for the page's subject (`searchAliases`). */
  searchAliases?: readonly string[];
  /** The reader's words for one section's subject, by its heading's anchor (`sectionAliases`). */
  sectionAliases?: Readonly<Record<string, readonly string[]>>;
}

export interface SearchInput {
  guides: readonly LongPage[];
  scenarios: readonly LongPage[];
  faq: readonly { id: string; question: string; answer: string; searchAliases?: readonly string[] }[];
  glossary: readonly { id: string; term: string; aliases: readonly string[]; searchAliases?: readonly string[]; definition: string }[];
  citations: readonly { id: string; title: string; authors: string[]; year: number; venue: string; claims: readonly string[] }[];
  claimChecks: readonly { id: string; title: string; claim: string; summary: string; findings: string }[];
  /** Model offerings (content/models/), if any. */
  models?: readonly SearchModel[];
  /** GPUs for self-hosting (content/gpus/), listed on /models/ with their hourly prices. */
  gpus?: readonly { id: string; name: string; memoryGB: number; prices: readonly { where: string; perHour: number }[] }[];
  /** Fine-tuning routes (content/routes/), each a card on /fine-tuning-routes/. */
  routes?: readonly SearchRoute[];
}

/** A fine-tuning route as its card on /fine-tuning-routes/ states it, in words (src/lib/models/tuning-routes.ts). */
export interface SearchRoute {
  id: string;
  platform: string;
  operator: string;
  family: string;
  /** The bases' display names, as the card's heading lists them. */
  bases: readonly string[];
  methods: readonly string[];
  weights: readonly string[];
  /** Who may start a job on the build day ("open to new customers"). */
  status: string;
  training: string;
  serving: string;
  note?: string;
}

/** What a route's card says, as one paragraph: what it tunes where, how, who may start a job, and the prices. */
export function routeText(r: SearchRoute): string {
  return [
    `Fine-tune ${r.bases.join(', ')} (${r.family}) on ${r.platform}, run by ${r.operator}.`,
    `Methods: ${r.methods.join(', ')}; trains ${r.weights.join(' or ')}.`,
    `Who may start a job today: ${r.status}.`,
    `Training: ${r.training}. Serving the tuned model: ${r.serving}.`,
    r.note,
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * A model as the models page lists it (src/lib/models/site-data.ts, ModelRecord): its facts are its document's text,
 * so a search for a model's price, context window or tuning route finds its row.
 */
export interface SearchModel {
  id: string;
  name: string;
  provider: string;
  family: string;
  modelId: string;
  aliases: readonly string[];
  kind?: 'hosted' | 'open-weights';
  parametersB?: number;
  reasoning?: boolean;
  status?: string;
  shutdown?: string;
  /** Kept for the record: priced in the claim checks, not a current choice. */
  historical?: boolean;
  contextTokens?: number;
  /** Prices per million tokens in force, one list per place the model is served. */
  prices?: readonly { where: string; input: number; cachedInput?: number; cacheWrite?: number; output: number; batchDiscount?: number }[];
  /** Platforms where a new fine-tuning job can be started on it. */
  tunedOn?: readonly string[];
}

const dollars = (n: number) => formatPrice(n);

/** What the models page says about a model, as one paragraph: who serves it, its prices, context, tuning and status. */
export function modelText(m: SearchModel): string {
  const what = [m.kind === 'open-weights' ? `open weights${m.parametersB ? `, ${m.parametersB}B parameters` : ''}` : m.kind, m.reasoning ? 'a reasoning model' : undefined].filter(Boolean);
  const out = [`${m.name} is a ${m.family} model from ${m.provider}, served as ${m.modelId}${what.length ? `: ${what.join(', ')}` : ''}.`];
  for (const p of m.prices ?? []) {
    const parts = [
      `input ${dollars(p.input)}`,
      p.cachedInput !== undefined ? `cached input ${dollars(p.cachedInput)}` : undefined,
      p.cacheWrite !== undefined ? `cache write ${dollars(p.cacheWrite)}` : undefined,
      `output ${dollars(p.output)}`,
      p.batchDiscount !== undefined ? `batch discount ${Math.round(p.batchDiscount * 100)}%` : undefined,
    ];
    out.push(`Price on ${p.where}, what it costs per million tokens: ${parts.filter(Boolean).join(', ')}.`);
  }
  if (m.contextTokens) out.push(`Context window ${m.contextTokens.toLocaleString('en-US')} tokens.`);
  if (m.tunedOn?.length) out.push(`Fine-tune it on ${m.tunedOn.join(', ')}.`);
  else if (m.tunedOn) out.push('No route takes new fine-tuning jobs on it.');
  if (m.historical) out.push('Kept for the record, not a current choice.');
  else if (m.status && m.status !== 'current') out.push(`Status: ${m.status}${m.shutdown ? `, shutdown ${m.shutdown}` : ''}.`);
  return out.join(' ');
}

/**
 * The site's vocabulary for query expansion: each glossary term with its other spellings and the reader's
 * words for it, and the everyday synonyms (search/synonyms.ts). A query holding one of them also finds the
 * term (src/lib/search/expand.ts, ALIAS).
 */
export function vocabularyAliases(glossary: SearchInput['glossary'], synonyms: readonly (readonly string[])[] = SYNONYMS): Alias[] {
  return aliasLines([...glossary.map((g) => ({ means: g.term, aliases: [...g.aliases, ...(g.searchAliases ?? [])] })), ...synonymEntries(synonyms)]);
}

/** Shortens text to at most `max` characters, at a word boundary, ending with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Drops empty optional fields, so the JSON carries no `"meta":""`. */
function entry(doc: SearchDoc, fields: SearchEntry['fields']): SearchEntry {
  const out: SearchDoc = { kind: doc.kind, url: doc.url, title: doc.title };
  if (doc.meta) out.meta = doc.meta;
  return { doc: out, text: fields.body ?? '', fields };
}

/**
 * The headings most pages of a kind share (every scenario has "Reasoning" and "The situation"): they say where a
 * section sits in the page's template, not what it is about, so "can I fine-tune a reasoning model" should not find
 * every scenario's "Reasoning". Such a section is indexed with its page's name and heading as meta, not as heading.
 */
export function templateHeadings(pages: readonly LongPage[]): Set<string> {
  const count = new Map<string, number>();
  for (const page of pages) for (const slug of new Set(page.headings.map((h) => h.slug))) count.set(slug, (count.get(slug) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => pages.length >= 3 && n >= pages.length * 0.75).map(([slug]) => slug));
}

function longPage(kind: 'guide' | 'scenario', base: string, page: LongPage, template: ReadonlySet<string> = new Set()): SearchEntry[] {
  let sections: Section[];
  try {
    sections = splitSections(page.body, page.headings);
  } catch (error) {
    throw new Error(`Search index: ${kind} "${page.id}": ${(error as Error).message}`);
  }
  const anchors = new Set(sections.map((s) => s.slug));
  const unknown = Object.keys(page.sectionAliases ?? {}).filter((anchor) => !anchors.has(anchor));
  if (unknown.length) {
    throw new Error(`content/${kind}s/${page.id}.mdx: sectionAliases: no ## or ### heading has the anchor ${unknown.map((a) => `"${a}"`).join(', ')}`);
  }
  const url = `${base}${page.id}/`;
  const intro = introText(page.body);
  let parent = '';
  return [
    entry(
      { kind, url, title: page.title },
      { title: page.title, keywords: page.description, aliases: page.searchAliases?.join(', '), body: [page.description, intro].filter(Boolean).join(' ') },
    ),
    ...sections.map((section) => {
      // A ### section sits under a ## heading that names its subject ("Few-shot examples" over "Which
      // examples, and in what order"): it is shown and indexed with it.
      if (section.depth === 2) parent = section.title;
      const where = section.depth === 3 && parent ? `${page.title} › ${parent}` : page.title;
      const aliases = page.sectionAliases?.[section.slug]?.join(', ');
      const doc = { kind, url: `${url}#${section.slug}`, title: section.title, meta: where };
      if (template.has(section.slug)) return entry(doc, { meta: `${where} › ${section.title}`, aliases, body: section.text });
      return entry(doc, { heading: section.title, meta: where, aliases, body: section.text });
    }),
  ];
}

/** Every searchable thing of the site, in page order (a page's sections follow it). */
export function buildSearchEntries(input: SearchInput, pages: readonly SitePage[] = SITE_PAGES): SearchEntry[] {
  const out: SearchEntry[] = [];
  const guideTemplate = templateHeadings(input.guides);
  const scenarioTemplate = templateHeadings(input.scenarios);
  for (const guide of input.guides) out.push(...longPage('guide', '/guides/', guide, guideTemplate));
  for (const scenario of input.scenarios) out.push(...longPage('scenario', '/scenarios/', scenario, scenarioTemplate));
  for (const f of input.faq) {
    out.push(entry({ kind: 'faq', url: `/faq/#${f.id}`, title: f.question }, { title: f.question, aliases: f.searchAliases?.join(', '), body: stripMarkdown(f.answer) }));
  }
  for (const g of input.glossary) {
    out.push(
      entry(
        { kind: 'glossary', url: `/glossary/#${g.id}`, title: g.term, meta: otherNames(g.term, g.aliases).join(', ') || undefined },
        { title: g.term, keywords: g.aliases.join(', '), aliases: g.searchAliases?.join(', '), body: g.definition },
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
        { title: m.name, keywords: [m.modelId, ...m.aliases].join(', '), meta: `${m.provider} ${m.family}`, body: modelText(m) },
      ),
    );
  }
  for (const g of input.gpus ?? []) {
    const prices = g.prices.map((p) => `${dollars(p.perHour)} an hour on ${p.where}`).join('; ');
    out.push(
      entry(
        { kind: 'gpu', url: `/models/#${g.id}`, title: g.name, meta: `GPU · ${g.memoryGB} GB` },
        { title: g.name, meta: 'GPU for self-hosting', body: `${g.name}, a GPU with ${g.memoryGB} GB of memory for self-hosting an open-weight model. Rent it for ${prices}.` },
      ),
    );
  }
  for (const page of pages) {
    const fields = page.lists ? { meta: page.text } : { body: page.text };
    out.push(entry({ kind: 'page', url: page.url, title: page.title }, { title: page.title, aliases: page.aliases?.join(', '), ...fields }));
    for (const section of page.sections ?? []) {
      out.push(
        entry(
          { kind: 'page', url: `${page.url}#${section.anchor}`, title: section.title, meta: page.title },
          { heading: section.title, meta: page.title, aliases: section.aliases?.join(', '), body: section.text },
        ),
      );
    }
  }
  for (const r of input.routes ?? []) {
    out.push(
      entry(
        { kind: 'route', url: `/fine-tuning-routes/#${r.id}`, title: `${r.bases.join(', ')} on ${r.platform}`, meta: `${r.family} · ${r.status}` },
        { title: `${r.bases.join(', ')} on ${r.platform}`, keywords: [r.family, r.platform, r.operator].join(', '), meta: r.status, body: routeText(r) },
      ),
    );
  }
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
