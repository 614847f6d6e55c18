/**
 * Builds the site search's documents from content data at build time, with their full text: each guide
 * and scenario and each of their ## and ### sections, every FAQ answer, glossary term, research source
 * (title, authors, venue, claims), claim check and model, and the section and tool pages. Text is plain,
 * cut from the MDX source (components, code, tables and markdown syntax removed).
 */
import { formatPrice } from '../site/format.ts';
import { sourceLabel } from '../citations/references.ts';
import { aliasLines, type Alias } from './index-build.ts';
import type { SearchDoc, SearchEntry } from './site-search.ts';
import { stripMarkdown } from './plain-text.ts';
import { SYNONYMS, synonymEntries } from './synonyms.ts';
import { introText, splitSections, type Heading, type Section } from './sections.ts';

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

/** A page with no content file of its own (a section or a tool): its address, title and what it offers. */
export interface SitePage {
  url: string;
  title: string;
  text: string;
  /** The reader's words for what the page does (as `searchAliases` in content). */
  aliases?: readonly string[];
  /**
   * A page that lists documents the search also holds one by one (the FAQ, the glossary, the guides): found by
   * its name and aliases, while the words of its description count for little, so a question about one
   * answer finds that answer and not the list it is on.
   */
  lists?: boolean;
  /** Sections of a tool or data page a reader may want directly, each found and opened at its heading's anchor. */
  sections?: readonly { anchor: string; title: string; text: string; aliases?: readonly string[] }[];
}

/**
 * Section and tool pages. A new page joins the search with one line here; a line whose page is not built
 * (see `builtPages`) is left out, so a page another change is adding is indexed the day it exists.
 */
export const SITE_PAGES: readonly SitePage[] = [
  {
    url: '/decide/',
    title: 'Decision wizard',
    text: 'Decide whether to fine-tune or keep prompting: answer questions about your eval set, labeled data, metrics, latency, cost, changing knowledge and output format, and get a recommendation with its reasons and a decision record to share.',
    aliases: ['decision helper', 'should I fine-tune', 'recommendation tool', 'questionnaire', 'decision tree', 'help me choose', 'decision aid', 'do we need fine-tuning', 'fine-tune or prompt for my project', 'which approach fits our use case', 'guided checklist', 'answer a few questions', 'decision record to sign', 'justify the choice to my team'],
    sections: [
      { anchor: 'the-checklist', title: 'The rule and its checklist', text: 'The decision rule in short and in full, and each concern the wizard weighs (a measured reason, labeled data, metrics, latency, cost, changing knowledge, output format) with the threshold that tips it.', aliases: ['decision criteria', 'when to fine-tune checklist', 'thresholds'] },
      { anchor: 'cheaper-steps', title: 'The cheaper steps to try first', text: 'What to try before a fine-tune: a better prompt, examples, retrieval, schema-enforced output, caching, a smaller or routed model.', aliases: ['before fine-tuning try this', 'alternatives to fine-tuning'] },
    ],
  },
  {
    url: '/calculator/',
    title: 'Cost calculators',
    text: 'Compare the monthly cost of three options for your workload: a hosted model with a long cached few-shot prompt, a hosted fine-tuned model, and a LoRA-tuned open-weight model on your own GPUs. Break-even volume, latency, and routing between model tiers.',
    aliases: ['estimate my bill', 'cost estimate', 'pricing calculator', 'budget', 'compare options', 'break-even', 'what will it cost', 'monthly spend', 'cost per request', 'self-hosting cost', 'how many GPUs do I need', 'is fine-tuning cheaper for my volume', 'latency target', 'cost comparison tool'],
    sections: [
      { anchor: 'prompted-or-tuned', title: 'Prompted or fine-tuned', text: 'Monthly cost, training run, break-even volume and latency of three options for one workload: a hosted model with a cached prompt, a hosted fine-tuned model, and an open-weight model tuned with LoRA and served on rented GPUs sized from a published benchmark.', aliases: ['compare prompting and fine-tuning cost', 'self-hosting GPU sizing', 'break-even volume', 'fine-tuned model cost per month'] },
      { anchor: 'routing-between-tiers', title: 'Routing between tiers', text: 'The blended price per request when a share of traffic goes to a cheaper model and the rest to a stronger one, and the saving against the strong model alone.', aliases: ['model cascade cost', 'blended price', 'cheap model for easy requests'] },
      { anchor: 'price-sources', title: 'Price sources', text: 'The page and day each price in the calculator presets was read on, and whether the model is current.', aliases: ['where the calculator prices come from'] },
    ],
  },
  {
    url: '/models/',
    title: 'Models, prices and where to fine-tune',
    text: 'Which models exist and what they cost: price per million input, cached and output tokens with the day each was read, batch discounts, context windows, where each model family can be fine-tuned, GPU hourly prices, and the shutdown dates to plan around.',
    aliases: ['rates', 'how much does it cost', 'model list', 'available models', 'providers', 'end of life', 'price list', 'token prices', 'GPU prices', 'cheapest model', 'lowest price', 'price per token', 'context window size', 'deprecation dates', 'retirement schedule', 'compare model prices', 'which models are there'],
    sections: [
      { anchor: 'prices', title: 'Current models and prices', text: 'Every current model with its list price per million input, cached-input and output tokens, cache-write price, batch discount, context window and the day each figure was read, by the platform that serves it.', aliases: ['price table', 'token price comparison', 'price per million tokens', 'context windows'] },
      { anchor: 'notes-on-prices', title: 'Notes on these prices', text: 'How to read the price table: which prices are not confirmed, what is not published, tiers and bands the table leaves out, and prices announced to change on a set day.' },
      { anchor: 'where-to-fine-tune', title: 'Where you can fine-tune', text: 'For each current model, the routes where a new tuning job can be started today and who may start one.', aliases: ['which models can I fine-tune', 'tunable models by provider'] },
      { anchor: 'shutdowns', title: 'Announced shutdowns and cut-offs', text: 'Deprecation notices, shutdown dates and new-customer cut-offs a team has to plan around, earliest first, with the replacement each provider names.', aliases: ['model retirement dates', 'deprecation schedule', 'end of life dates', 'which models are going away'] },
      { anchor: 'gpus', title: 'GPUs for self-hosting', text: 'GPUs to rent for serving an open-weight model: memory, hourly prices and how each is billed, and published serving benchmarks of model and GPU pairs.', aliases: ['GPU rental prices', 'hourly GPU cost', 'serving throughput benchmarks'] },
      { anchor: 'kept-for-the-record', title: 'Kept for the record', text: 'Older models that widely shared guides priced, with their last list prices and shutdown dates, kept so those figures can be checked; not current choices.', aliases: ['retired models', 'old model prices'] },
    ],
  },
  {
    url: '/fine-tuning-routes/',
    title: 'Where to fine-tune',
    text: 'Where a team can start a fine-tuning job today, by provider and by model family, with training and serving prices and the routes that have closed.',
    aliases: ['fine-tuning providers', 'hosted fine-tuning', 'fine-tuning API', 'where can I train a model', 'managed training', 'tunable models', 'which models can be fine-tuned', 'fine-tuning availability'],
    sections: [
      { anchor: 'open-to-a-new-customer', title: 'Open to a new customer today', text: 'The fine-tuning routes a team that has never used the platform can start a job on today, with training and serving prices.', aliases: ['where can a new customer fine-tune', 'fine-tuning open to everyone'] },
      { anchor: 'by-model-family', title: 'Routes by model family', text: 'A table of the routes still taking jobs, by model family: who may start a job, training price, serving and the last day for new jobs.' },
      { anchor: 'history', title: 'History: closed routes', text: 'Fine-tuning routes that take no new jobs, with the dates they closed.', aliases: ['discontinued fine-tuning', 'closed fine-tuning APIs'] },
    ],
  },
  {
    url: '/quiz/team/',
    title: 'Quiz results for a team',
    text: 'Paste your team’s onboarding-quiz result links to see scores by person and topic, the weakest topics to read up on, and a CSV.',
    aliases: ['group results', 'training progress', 'onboarding report', 'leaderboard', 'team scores', 'weak topics', 'track my team', 'see how my team did', 'first attempts'],
    sections: [
      { anchor: 'set-a-team-quiz', title: 'Set a team quiz', text: 'Choose a length and topics and share one link, so everyone answers the same questions in the same order and results compare.', aliases: ['same quiz for everyone', 'create a quiz link for my team'] },
      { anchor: 'collect-the-results', title: 'Collect the results', text: 'Paste the team’s result links to see scores by person and topic, first attempts apart from practice, the weakest topics and a CSV; nothing is uploaded.', aliases: ['paste result links', 'team weak topics', 'export scores to CSV'] },
    ],
  },
  {
    url: '/quiz/',
    title: 'Onboarding quiz',
    text: 'Test what you know about prompting, retrieval, fine-tuning, evaluation and cost: questions with a review of each answer and a shareable result.',
    aliases: ['test yourself', 'self-assessment', 'exam', 'check my understanding', 'practice questions', 'knowledge check', 'test your knowledge', 'quiz me'],
  },
  { url: '/research/claim-checks/', title: 'Claim checks', text: 'Research figures that widely shared guides quote, checked against what their sources say, with a verdict.', aliases: ['fact check', 'verified figures', 'is this statistic true', 'myths', 'debunked numbers', 'misquoted research'], lists: true },
  { url: '/research/', title: 'Research index', text: 'Every checked source behind the figures on the site, searchable by topic, type and year, exportable as BibTeX, RIS, CSL-JSON and CSV.', aliases: ['papers', 'bibliography', 'references', 'literature', 'reading list', 'sources', 'studies', 'citations', 'export to Zotero', 'BibTeX export', 'academic evidence'], lists: true },
  { url: '/guides/', title: 'Guides', text: 'In-depth guides to prompt engineering, retrieval, fine-tuning, evaluation, cost and routing.', aliases: ['tutorials', 'articles', 'documentation', 'learning path', 'where to start', 'long reads', 'handbook'], lists: true },
  { url: '/scenarios/', title: 'Decision scenarios', text: 'Real situations teams face, each with a recommendation, its reasoning and a quiz.', aliases: ['examples', 'use cases', 'case studies', 'worked examples', 'real-world situations', 'teams like mine', 'examples of decisions'], lists: true },
  { url: '/faq/', title: 'Frequently asked questions', text: 'Short, cited answers to common questions about prompting and fine-tuning.', aliases: ['questions and answers', 'Q&A'], lists: true },
  { url: '/glossary/', title: 'Glossary', text: 'Plain definitions of the terms of art used on this site.', aliases: ['dictionary', 'definitions', 'jargon', 'terminology', 'what does this term mean', 'acronyms', 'vocabulary'], lists: true },
  { url: '/pages/', title: 'All pages', text: 'Every page of the site on one list.', aliases: ['site map', 'index of pages'], lists: true },
];

/**
 * The address a page file under src/pages/ is served at ("quiz/team.astro" → "/quiz/team/"), or nothing
 * for a dynamic route ("[slug].astro") or a file that is not a page.
 */
export function pageUrl(file: string): string | undefined {
  const path = file.replace(/^.*?pages\//, '').replace(/\\/g, '/');
  if (!path.endsWith('.astro') || path.includes('[')) return undefined;
  const route = path.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
  return route ? `/${route}/` : '/';
}

/** The site pages whose page file is built, from the list of page files. */
export function builtPages(files: readonly string[], pages: readonly SitePage[] = SITE_PAGES): SitePage[] {
  const built = new Set(files.map(pageUrl));
  return pages.filter((page) => built.has(page.url));
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
        { kind: 'glossary', url: `/glossary/#${g.id}`, title: g.term, meta: extraAliases(g.term, g.aliases) },
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
