/**
 * Checks that span collections, which no single entry's schema can see: every cited id exists, every
 * linked guide exists, and no source is entered twice. Each problem names the file and the field.
 */
import { citedIdsInOrder } from '../citations/cite.ts';
import { isoDay } from './build-day.ts';
import { datedTenseProblems } from './dated-tense.ts';
import { supersededByProblems } from '../models/lifecycle.ts';
import { PRICE_FAIL_DAYS, endedPrices, gpuCitationFields, modelCitationFields, unknownMeasuredModels, hardCodedPrices, modelMentionProblems, stalePrices, type GpuEntry, type ModelEntry, type ScannedText } from '../models/model-data.ts';
import { FIGURE_FORMAT } from '../site/format.ts';
import { routeCitationFields, routeModelProblems, type RouteEntry } from '../models/tuning-routes.ts';
import { questionFigureProblems, type QuestionEntry } from '../models/priced-figures.ts';
import type { QuestionData } from '../schemas.ts';

export interface IdField {
  /** Field path as the author wrote it, e.g. `quiz.cite` or `guides`. */
  field: string;
  ids: readonly string[];
}

export interface DocumentRefs {
  /** Path of the content file, relative to the project. */
  file: string;
  /** MDX body, scanned for `<Cite id="..."/>`. */
  body?: string | undefined;
  citationFields?: readonly IdField[];
  guideFields?: readonly IdField[];
  /** Fields naming onboarding-bank questions (file names in content/questions/). */
  questionFields?: readonly IdField[];
  /** Fields naming scenarios (file names in content/scenarios/). */
  scenarioFields?: readonly IdField[];
}

export interface SourceIdentity {
  id: string;
  file: string;
  url: string;
  doi?: string | undefined;
  arxiv?: string | undefined;
}

export interface IntegrityInput {
  citations: readonly SourceIdentity[];
  guideIds: readonly string[];
  /** Ids of the onboarding-bank questions, which scenarios name as their quiz. */
  questionIds?: readonly string[];
  /** Ids of the scenarios, which questions may name as the page that answers them. */
  scenarioIds?: readonly string[];
  documents: readonly DocumentRefs[];
  /** Citation file names (with extension), to catch the same id saved twice. */
  citationFiles?: readonly string[];
  /** The model and GPU data, and the texts scanned for model names, for the shutdown and staleness gates. */
  models?: readonly ModelEntry[];
  gpus?: readonly GpuEntry[];
  /** Fine-tuning routes: their base models must exist, and their figures go stale like prices. */
  routes?: readonly RouteEntry[];
  /** `pages` marks the prose of guides, scenarios, FAQ, glossary and questions, where prices must come from the data. */
  texts?: readonly (ScannedText & { pages?: boolean })[];
  /** The build day: mentions of models shut down before it, prices a year older than it, and dates in prose written in a tense it makes false, fail. */
  today?: Date;
  /** Onboarding questions, whose worked figures are read from the model data. */
  questions?: readonly QuestionEntry[];
}

export function findIntegrityProblems(input: IntegrityInput): string[] {
  const problems: string[] = [];
  const citationIds = new Set(input.citations.map((c) => c.id));
  const guideIds = new Set(input.guideIds);
  const questionIds = new Set(input.questionIds ?? []);
  const scenarioIds = new Set(input.scenarioIds ?? []);

  for (const doc of input.documents) {
    if (doc.body) {
      for (const id of citedIdsInOrder(doc.body)) {
        if (!citationIds.has(id)) problems.push(`${doc.file}: <Cite id="${id}"/> names no source in content/citations/`);
      }
    }
    for (const { field, ids } of doc.citationFields ?? []) {
      ids.forEach((id, i) => {
        if (!citationIds.has(id)) problems.push(`${doc.file}: ${field}[${i}] names unknown citation id "${id}"`);
      });
    }
    for (const { field, ids } of doc.guideFields ?? []) {
      ids.forEach((id, i) => {
        if (!guideIds.has(id)) problems.push(`${doc.file}: ${field}[${i}] names unknown guide "${id}"`);
      });
    }
    for (const { field, ids } of doc.questionFields ?? []) {
      for (const id of ids) {
        if (!questionIds.has(id)) problems.push(`${doc.file}: ${field} names no question in content/questions/ ("${id}")`);
      }
    }
    for (const { field, ids } of doc.scenarioFields ?? []) {
      for (const id of ids) {
        if (!scenarioIds.has(id)) problems.push(`${doc.file}: ${field} names no scenario in content/scenarios/ ("${id}")`);
      }
    }
  }

  problems.push(...duplicateSources(input.citations));
  if (input.models) problems.push(...routeModelProblems(input.routes ?? [], new Set(input.models.map((m) => m.id))));

  if (input.today) {
    problems.push(...modelMentionProblems(input.texts ?? [], input.models ?? [], input.today));
    for (const { file, text, firstLine, pages } of input.texts ?? []) {
      if (!pages) continue;
      const yaml = /\.ya?ml$/.test(file);
      for (const { line, figure } of hardCodedPrices(text)) {
        const where = firstLine === undefined ? file : `${file}:${line + firstLine - 1}`;
        const fix = yaml ? 'name it in `figures` ({ model, field }) and print it as {name}' : 'take it from the model data with <Price model="…" field="…" /> (or mark a 2024 figure <Historical>)';
        problems.push(`${where}: ${figure} per million tokens is typed by hand; ${fix}`);
      }
      for (const { line, problem } of datedTenseProblems(text, input.today)) {
        problems.push(`${firstLine === undefined ? file : `${file}:${line + firstLine - 1}`}: ${problem}`);
      }
    }
    problems.push(...questionFigureProblems(input.questions ?? [], input.models ?? [], input.today, FIGURE_FORMAT));
    for (const ended of endedPrices(input.models ?? [], input.today)) {
      problems.push(`${ended.file}: ${ended.field} is ${isoDay(ended.until)}, before the build, and no later price for that place is in force: re-read the source and add the price that follows (a block with from:)`);
    }
    problems.push(...unknownMeasuredModels(input.models ?? [], input.gpus ?? []));
    problems.push(...supersededByProblems(input.models ?? []));
    for (const stale of stalePrices(input.models ?? [], input.gpus ?? [], input.today, PRICE_FAIL_DAYS, input.routes ?? [])) {
      problems.push(`${stale.file}: ${stale.field} is ${isoDay(stale.asOf)}, ${stale.days} days before the build (more than ${PRICE_FAIL_DAYS}): re-read the price on its source page`);
    }
  }

  const byId = new Map<string, string[]>();
  for (const file of input.citationFiles ?? []) {
    const id = file.replace(/\.(ya?ml)$/, '');
    byId.set(id, [...(byId.get(id) ?? []), file]);
  }
  for (const [id, files] of byId) {
    if (files.length > 1) problems.push(`content/citations/: id "${id}" is defined twice (${files.join(', ')})`);
  }
  return problems;
}

/** Two files describing the same source, found by normalised URL, DOI or arXiv id. */
function duplicateSources(citations: readonly SourceIdentity[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, SourceIdentity>();
  for (const source of citations) {
    const keys = [
      ['url', normaliseUrl(source.url)],
      ['doi', source.doi?.toLowerCase()],
      ['arxiv', source.arxiv],
    ] as const;
    for (const [field, key] of keys) {
      if (!key) continue;
      const earlier = seen.get(`${field}:${key}`);
      if (earlier && earlier.id !== source.id) {
        problems.push(`${source.file}: ${field} "${key}" duplicates ${earlier.file} (one file per source)`);
      } else {
        seen.set(`${field}:${key}`, source);
      }
    }
  }
  return problems;
}

function normaliseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname.replace(/\/$/, '')}${parsed.search}`.toLowerCase();
  } catch {
    return url;
  }
}

export class ContentIntegrityError extends Error {
  constructor(problems: readonly string[]) {
    super(`Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentIntegrityError';
  }
}

/** An entry as the integrity check needs it: its id, its file, its validated data and its body. */
interface Entry<D> {
  id: string;
  file: string;
  body?: string | undefined;
  /** The file line the body starts on, after the frontmatter, so problems name real lines. */
  bodyLine?: number | undefined;
  data: D;
}

/** Every collection, validated; the same shape comes from Astro's loader and from the fast content check. */
export interface ContentSet {
  guides: readonly Entry<unknown>[];
  scenarios: readonly Entry<{ guides: readonly string[]; quiz: string }>[];
  faq: readonly Entry<{ guides: readonly string[] }>[];
  glossary: readonly Entry<{ cite: readonly string[] }>[];
  citations: readonly Entry<{ url: string; doi?: string | undefined; arxiv?: string | undefined }>[];
  claimChecks: readonly Entry<{ sources: readonly string[] }>[];
  questions: readonly Entry<QuestionData>[];
  models?: readonly ModelEntry[];
  gpus?: readonly GpuEntry[];
  routes?: readonly RouteEntry[];
}

/** Every string in a value, joined by line breaks: frontmatter and YAML texts scanned for model names. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(stringsOf);
  return [];
}

/** The texts in which content names models: page bodies, and the prose fields of frontmatter and YAML. */
function textsToScan(set: ContentSet): (ScannedText & { pages?: boolean })[] {
  const texts: (ScannedText & { pages?: boolean })[] = [];
  for (const entry of [...set.guides, ...set.scenarios, ...set.faq]) {
    if (entry.body) texts.push({ file: entry.file, text: entry.body, firstLine: entry.bodyLine, pages: true });
    texts.push({ file: `${entry.file} (frontmatter)`, text: stringsOf(entry.data).join('\n'), pages: true });
  }
  for (const entry of [...set.glossary, ...set.questions]) texts.push({ file: entry.file, text: stringsOf(entry.data).join('\n'), pages: true });
  return texts;
}

/** Gathers every cross-file reference of a content set for `findIntegrityProblems`. */
export function integrityInput(set: ContentSet, citationFiles?: readonly string[], today?: Date): IntegrityInput {
  const routes = set.routes ?? [];
  // Models carry their routes, so tuning prices in question figures resolve as `<Price>` does on pages.
  const models = (set.models ?? []).map((m) => ({ ...m, routes }));
  return {
    ...(set.models ? { models, routes } : {}),
    ...(today ? { today, gpus: set.gpus ?? [], texts: textsToScan(set), questions: set.questions } : {}),
    citations: set.citations.map((c) => ({ id: c.id, file: c.file, url: c.data.url, doi: c.data.doi, arxiv: c.data.arxiv })),
    guideIds: set.guides.map((g) => g.id),
    questionIds: set.questions.map((q) => q.id),
    scenarioIds: set.scenarios.map((s) => s.id),
    ...(citationFiles ? { citationFiles } : {}),
    documents: [
      ...set.guides.map((g) => ({ file: g.file, body: g.body })),
      ...set.scenarios.map((s) => ({
        file: s.file,
        body: s.body,
        guideFields: [{ field: 'guides', ids: s.data.guides }],
        questionFields: [{ field: 'quiz', ids: [s.data.quiz] }],
      })),
      ...set.faq.map((f) => ({ file: f.file, body: f.body, guideFields: [{ field: 'guides', ids: f.data.guides }] })),
      ...set.glossary.map((g) => ({ file: g.file, citationFields: [{ field: 'cite', ids: g.data.cite }] })),
      ...set.claimChecks.map((c) => ({ file: c.file, citationFields: [{ field: 'sources', ids: c.data.sources }] })),
      ...set.questions.map((q) => ({
        file: q.file,
        citationFields: [{ field: 'quiz.cite', ids: q.data.quiz.cite }],
        guideFields: q.data.guide ? [{ field: 'guide', ids: [q.data.guide] }] : [],
        ...(q.data.scenario ? { scenarioFields: [{ field: 'scenario', ids: [q.data.scenario] }] } : {}),
      })),
      ...(set.models ?? []).map((m) => ({ file: m.file, citationFields: modelCitationFields(m.data) })),
      ...(set.gpus ?? []).map((g) => ({ file: g.file, citationFields: gpuCitationFields(g.data) })),
      ...routes.map((r) => ({ file: r.file, citationFields: routeCitationFields(r.data) })),
    ],
  };
}
