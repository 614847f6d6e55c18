/**
 * The site search's files, built once per build from the content: /search-index.json and the text files
 * under /search-text/ come from the same run, so their document numbers agree.
 */
import { render } from 'astro:content';
import { loadContent, type Guide, type Scenario } from './content.ts';
import { buildSearchEntries, vocabularyAliases, type LongPage } from '../lib/search/documents.ts';
import { builtPages } from '../lib/search/site-pages.ts';
import { buildSearchFiles } from '../lib/search/site-search.ts';
import { loadSiteData } from './site-data.ts';
import { citingPages } from './backlinks.ts';
import { renderInlineComponents } from '../lib/agent/markdown-export.ts';
import { modelComponents } from './markdown-export.ts';
import { RULE_STATEMENT, RULE_SUMMARY } from '../lib/decision/rule.ts';
import { METHOD_LABELS, PLACE_LABELS, STATUS_LABELS, WEIGHT_LABELS, baseNames, routeStatus, servingSummary, trainingSummary } from '../lib/models/tuning-routes.ts';

/** Model names, figures and the rule read as the page prints them, so "GPT-6 Luna" or "$0.10" finds the sentence. */
async function withFigures(body: string): Promise<string> {
  const rule = (attributes: Record<string, string>) => (attributes.part === 'summary' ? RULE_SUMMARY : RULE_STATEMENT);
  return renderInlineComponents(body, { DecisionRule: rule, ...modelComponents(await loadContent()) });
}

async function longPage(entry: Guide | Scenario): Promise<LongPage> {
  return {
    id: entry.id,
    title: entry.data.title,
    description: entry.data.description,
    body: await withFigures(entry.body ?? ''),
    headings: (await render(entry)).headings,
    searchAliases: entry.data.searchAliases,
    sectionAliases: entry.data.sectionAliases,
  };
}

/** The page files of this build: a section or tool page is searchable once its file exists. */
const PAGE_FILES = Object.keys(import.meta.glob('../pages/**/*.astro'));

let files: ReturnType<typeof build> | undefined;

async function build() {
  const content = await loadContent();
  const citing = await citingPages();
  /** The places a source is cited: sections of pages, or pages where no section is named. */
  const citedIn = (id: string) => (citing.get(id) ?? []).reduce((n, page) => n + Math.max(1, page.sections.length), 0);
  // The models page's facts as /data/models.json has them: prices in force on the build day, status, open tuning routes.
  const data = await loadSiteData(new URL(import.meta.env.SITE));
  const glossary = content.glossary.map((g) => ({ id: g.id, term: g.data.term, aliases: g.data.aliases, searchAliases: g.data.searchAliases, definition: g.data.definition }));
  const entries = buildSearchEntries({
    guides: await Promise.all(content.guides.map(longPage)),
    scenarios: await Promise.all(content.scenarios.map(longPage)),
    faq: await Promise.all(
      content.faq.map(async (f) => ({ id: f.id, question: f.data.question, answer: `${f.data.answer}\n\n${await withFigures(f.body ?? '')}`, searchAliases: f.data.searchAliases })),
    ),
    glossary,
    // Most cited first: among sources a query matches equally well (an author's name), the one the site cites in
    // more places comes first, as the ranking keeps document order for ties.
    citations: [...content.citations].sort((a, b) => citedIn(b.id) - citedIn(a.id)).map((c) => ({
      id: c.id,
      title: c.data.title,
      authors: c.data.authors,
      year: c.data.year,
      venue: c.data.venue,
      // A claim's figure, as the source states it, is text readers search for ("cache writes 25% more").
      claims: c.data.claims.map((claim) => (claim.figure ? `${claim.text} (${claim.figure})` : claim.text)),
    })),
    claimChecks: content.claimChecks.map((c) => ({ id: c.id, title: c.data.title, claim: c.data.claim, summary: c.data.summary, findings: c.data.findings })),
    models: data.models.map((m) => ({
      ...m,
      aliases: content.modelsById.get(m.id)?.data.aliases ?? [],
      reasoning: Boolean(content.modelsById.get(m.id)?.data.reasoning),
      tunedOn: [...new Set(data.tuningRoutes.filter((r) => r.open && r.models.includes(m.id)).map((r) => r.platform))],
    })),
    gpus: data.gpus,
    // Each route as its card on /fine-tuning-routes/ states it on the build day (the content's, as the card reads it).
    routes: content.routes.map(({ id, data: r }) => ({
      id,
      platform: r.platform,
      operator: r.operator,
      family: r.family,
      bases: baseNames(r, (model) => content.modelsById.get(model)?.data.name),
      methods: r.methods.map((m) => METHOD_LABELS[m]),
      weights: r.weights.map((w) => WEIGHT_LABELS[w]),
      status: STATUS_LABELS[routeStatus(r, content.today)],
      training: `${trainingSummary(r)} (${PLACE_LABELS[r.place].toLowerCase()})`,
      serving: servingSummary(r),
      note: r.note,
    })),
  }, builtPages(PAGE_FILES));
  return buildSearchFiles(entries, vocabularyAliases(glossary));
}

export function searchFiles(): ReturnType<typeof build> {
  return (files ??= build());
}
