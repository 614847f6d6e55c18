/**
 * The one place routes get content from. Loads every collection once, sorts it, and runs the
 * cross-collection integrity check so that a broken reference fails the build naming file and field.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentIntegrityError, findIntegrityProblems, integrityInput } from '../lib/content/integrity.ts';
import { buildDate } from '../lib/content/build-day.ts';
import { type ModelEntry } from '../lib/models/model-data.ts';
import type { GpuData } from '../lib/schemas.ts';
import type { RouteEntry } from '../lib/models/tuning-routes.ts';
import { FIGURE_FORMAT } from '../lib/site/format.ts';
import { questionFigures, withFigures } from '../lib/models/priced-figures.ts';

export type Guide = CollectionEntry<'guides'>;
export type Scenario = CollectionEntry<'scenarios'>;
export type Faq = CollectionEntry<'faq'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;
export type Citation = CollectionEntry<'citations'>;
export type ClaimCheck = CollectionEntry<'claimChecks'>;
export type Question = CollectionEntry<'questions'>;
export type Model = CollectionEntry<'models'>;
export type Gpu = CollectionEntry<'gpus'>;
export type Route = CollectionEntry<'routes'>;

export interface SiteContent {
  guides: Guide[];
  scenarios: Scenario[];
  faq: Faq[];
  glossary: GlossaryTerm[];
  citations: Citation[];
  citationsById: Map<string, Citation>;
  claimChecks: ClaimCheck[];
  questions: Question[];
  models: Model[];
  modelsById: Map<string, Model>;
  /** The models as the pure model-data functions take them (id, file, data, routes), for figures computed from prices. */
  modelEntriesById: Map<string, ModelEntry>;
  /** Fine-tuning routes (content/routes/) as src/lib/models/tuning-routes.ts takes them, sorted by id. */
  routes: RouteEntry[];
  gpus: Gpu[];
  gpusById: Map<string, GpuData>;
  /** The build day (`TOP_BUILD_DATE` or today): prices are the ones in force on it. */
  today: Date;
}

let loaded: Promise<SiteContent> | undefined;

/** The file line a page body starts on (after its frontmatter), so a problem in the body names the real line. */
function bodyLine(filePath: string, body: string): number | undefined {
  try {
    const raw = readFileSync(filePath, 'utf8');
    const at = raw.lastIndexOf(body);
    return at < 0 ? undefined : raw.slice(0, at).split('\n').length;
  } catch {
    return undefined;
  }
}

export function loadContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;

async function load(): Promise<SiteContent> {
  const today = buildDate();
  const [guides, scenarios, faq, glossary, citations, claimChecks, questions, models, gpus, routeEntries] = await Promise.all([
    getCollection('guides'),
    getCollection('scenarios'),
    getCollection('faq'),
    getCollection('glossary'),
    getCollection('citations'),
    getCollection('claimChecks'),
    getCollection('questions'),
    getCollection('models'),
    getCollection('gpus'),
    getCollection('routes'),
  ]);
  models.sort((a, b) => a.data.provider.localeCompare(b.data.provider, 'en') || a.data.name.localeCompare(b.data.name, 'en'));
  gpus.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  questions.sort(byOrder);
  guides.sort(byOrder);
  scenarios.sort(byOrder);
  faq.sort(byOrder);
  glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en'));
  citations.sort((a, b) => a.id.localeCompare(b.id));
  const routes: RouteEntry[] = routeEntries
    .map((r) => ({ id: r.id, file: r.filePath ?? `content/routes/${r.id}`, data: r.data }))
    .sort((a, b) => a.id.localeCompare(b.id));

  const withFile = <E extends { id: string; filePath?: string | undefined; body?: string | undefined; data: unknown }>(dir: string) => (entry: E) => ({
    id: entry.id,
    file: entry.filePath ?? `content/${dir}/${entry.id}`,
    body: entry.body,
    bodyLine: entry.filePath && entry.body ? bodyLine(entry.filePath, entry.body) : undefined,
    data: entry.data as E['data'],
  });
  const problems = findIntegrityProblems(
    integrityInput(
      {
        guides: guides.map(withFile('guides')),
        scenarios: scenarios.map(withFile('scenarios')),
        faq: faq.map(withFile('faq')),
        glossary: glossary.map(withFile('glossary')),
        citations: citations.map(withFile('citations')),
        claimChecks: claimChecks.map(withFile('claim-checks')),
        questions: questions.map(withFile('questions')),
        models: models.map(withFile('models')),
        gpus: gpus.map(withFile('gpus')),
        routes,
      },
      readdirSync('content/citations').filter((name) => /\.ya?ml$/.test(name)),
      today,
    ),
  );
  if (problems.length > 0) throw new ContentIntegrityError(problems);

  // Worked figures in questions are filled in once here, so every page, export and index reads the same text.
  const modelEntriesById = new Map(models.map((m) => [m.id, { id: m.id, file: m.filePath ?? `content/models/${m.id}`, data: m.data, routes }]));
  const readyQuestions = questions.map((q) => ({ ...q, data: withFigures(q.data, questionFigures(q.data, modelEntriesById, today, FIGURE_FORMAT)) }));

  return {
    guides,
    scenarios,
    faq,
    glossary,
    citations,
    citationsById: new Map(citations.map((c) => [c.id, c])),
    claimChecks,
    questions: readyQuestions,
    models,
    modelsById: new Map(models.map((m) => [m.id, m])),
    modelEntriesById,
    routes,
    gpus,
    gpusById: new Map(gpus.map((g) => [g.id, g.data])),
    today,
  };
}
