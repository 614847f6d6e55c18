/**
 * The one place routes get content from. Loads every collection once, sorts it, and runs the
 * cross-collection integrity check so that a broken reference fails the build naming file and field.
 */
import { readdirSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentIntegrityError, findIntegrityProblems } from '../lib/integrity.ts';

export type Guide = CollectionEntry<'guides'>;
export type Scenario = CollectionEntry<'scenarios'>;
export type Faq = CollectionEntry<'faq'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;
export type Citation = CollectionEntry<'citations'>;
export type ClaimCheck = CollectionEntry<'claimChecks'>;
export type Question = CollectionEntry<'questions'>;

export interface SiteContent {
  guides: Guide[];
  scenarios: Scenario[];
  faq: Faq[];
  glossary: GlossaryTerm[];
  citations: Citation[];
  citationsById: Map<string, Citation>;
  claimChecks: ClaimCheck[];
  questions: Question[];
}

let loaded: Promise<SiteContent> | undefined;

export function loadContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;

async function load(): Promise<SiteContent> {
  const [guides, scenarios, faq, glossary, citations, claimChecks, questions] = await Promise.all([
    getCollection('guides'),
    getCollection('scenarios'),
    getCollection('faq'),
    getCollection('glossary'),
    getCollection('citations'),
    getCollection('claimChecks'),
    getCollection('questions'),
  ]);
  questions.sort(byOrder);
  guides.sort(byOrder);
  scenarios.sort(byOrder);
  faq.sort(byOrder);
  glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en'));
  citations.sort((a, b) => a.id.localeCompare(b.id));

  const file = (entry: { filePath?: string | undefined; id: string }, dir: string) => entry.filePath ?? `content/${dir}/${entry.id}`;
  const problems = findIntegrityProblems({
    citations: citations.map((c) => ({ id: c.id, file: file(c, 'citations'), url: c.data.url, doi: c.data.doi, arxiv: c.data.arxiv })),
    guideIds: guides.map((g) => g.id),
    citationFiles: readdirSync('content/citations').filter((name) => /\.ya?ml$/.test(name)),
    documents: [
      ...guides.map((g) => ({ file: file(g, 'guides'), body: g.body })),
      ...scenarios.map((s) => ({
        file: file(s, 'scenarios'),
        body: s.body,
        citationFields: [{ field: 'quiz.cite', ids: s.data.quiz.cite }],
        guideFields: [{ field: 'guides', ids: s.data.guides }],
      })),
      ...faq.map((f) => ({ file: file(f, 'faq'), body: f.body, guideFields: [{ field: 'guides', ids: f.data.guides }] })),
      ...glossary.map((g) => ({ file: file(g, 'glossary'), citationFields: [{ field: 'cite', ids: g.data.cite }] })),
      ...claimChecks.map((c) => ({ file: file(c, 'claim-checks'), citationFields: [{ field: 'sources', ids: c.data.sources }] })),
      ...questions.map((q) => ({
        file: file(q, 'questions'),
        citationFields: [{ field: 'quiz.cite', ids: q.data.quiz.cite }],
        guideFields: [{ field: 'guide', ids: [q.data.guide] }],
      })),
    ],
  });
  if (problems.length > 0) throw new ContentIntegrityError(problems);

  return {
    guides,
    scenarios,
    faq,
    glossary,
    citations,
    citationsById: new Map(citations.map((c) => [c.id, c])),
    claimChecks,
    questions,
  };
}
