/**
 * The site-wide search, shared by the build (which indexes every document's full text and writes
 * /search-index.json and the text files) and the dialog (which loads them on first open): the document
 * shape, the fields and their weights, the file formats, query clean-up and ranking with the shared engine
 * (src/lib/search/engine.ts).
 *
 * The index file carries what ranking needs (terms, postings, each document's title and address); the
 * documents' text, needed only for snippets, is split into small files by runs of documents, so the first
 * search fetches the text of the results it shows and not the whole site.
 */
import { loadIndex, type SearchIndex, type SerializedIndex } from './engine.ts';
import { buildIndex, splitShards, type Alias } from './index-build.ts';
import { parseQuery, spelled } from './expand.ts';
import { rank } from './rank.ts';
import { terms, words } from './words.ts';

export const SEARCH_KINDS = ['guide', 'scenario', 'faq', 'glossary', 'claim', 'model', 'research', 'page', 'gpu', 'route'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The label each result carries. */
export const KIND_LABELS: Record<SearchKind, string> = {
  guide: 'Guide',
  scenario: 'Scenario',
  faq: 'FAQ',
  glossary: 'Glossary',
  claim: 'Claim check',
  model: 'Model',
  research: 'Source',
  page: 'Page',
  gpu: 'GPU',
  route: 'Fine-tuning route',
};

/** One result as shown: a page, a section of a guide, an FAQ answer, a term, a source. */
export interface SearchDoc {
  kind: SearchKind;
  /** Site path, with the anchor when the result is part of a page. */
  url: string;
  title: string;
  /** Where the result sits (the guide of a section) or who wrote it (a source); shown under the title. */
  meta?: string;
}

/**
 * The indexed fields, in order, and how much a word in each counts: title above heading above body. The
 * aliases (the words a reader may use for the subject, from the content's `aliases:`) count less than the
 * page's own words. Title, heading, keywords (a page's description) and aliases say what a document is
 * about: a query whose words are there ranks it above documents that only mention them, and more so in
 * the title or heading, the document's name (2 in SUBJECT_FIELDS; see search/rank.ts).
 */
export const FIELDS = ['title', 'heading', 'keywords', 'aliases', 'meta', 'body'] as const;
export const FIELD_WEIGHTS: readonly number[] = [3, 2.5, 2, 1.5, 0.7, 1];
export const SUBJECT_FIELDS: readonly number[] = [2, 2, 1, 1, 0, 0];

/** A document with the text of its fields, as the build indexes it. */
export interface SearchEntry {
  doc: SearchDoc;
  /** The text snippets are cut from. */
  text: string;
  fields: Partial<Record<(typeof FIELDS)[number], string>>;
}

/** A document in the index file: kind (its position in SEARCH_KINDS), address, title and meta if any. */
export type DocRow = [number, string, string] | [number, string, string, string];

/** The JSON at /search-index.json. */
export interface SearchIndexFile {
  docs: DocRow[];
  /** The vocabulary; the posting lists are in the shard files (shardUrl). */
  index: Omit<SerializedIndex, 'postings'>;
  /** The first document of each text file after the first: file n holds documents from chunks[n-1]. */
  chunks: number[];
}

export const SEARCH_INDEX_URL = '/search-index.json';
/** A shard of posting lists: a JSON string (see shardOf in search/engine.ts). */
export const shardUrl = (key: string) => `/search-postings/${key}.json`;
/** Every posting list in one file, fetched once the reader pauses so later searches need no more requests. */
export const ALL_POSTINGS_URL = '/search-postings/all.json';
/** The texts of text file n (a JSON array of strings, one per document of its run). */
export const textUrl = (n: number) => `/search-text/${n}.json`;
/** Characters of text per file: a few KB gzip, so a result's snippet costs little to fetch. */
export const CHUNK_CHARS = 3_000;

/** The index file and the text files, from the documents and the vocabulary's aliases (see aliasLines). */
export function buildSearchFiles(
  entries: readonly SearchEntry[],
  aliases: readonly Alias[] = [],
): { file: SearchIndexFile; texts: string[][]; shards: Map<string, string>; postings: string } {
  const { postings: all, ...index } = buildIndex(
    entries.map((e) => FIELDS.map((f) => e.fields[f])),
    FIELD_WEIGHTS,
    SUBJECT_FIELDS,
    aliases,
  );
  const shards = splitShards({ ...index, postings: all });
  const texts: string[][] = [[]];
  const chunks: number[] = [];
  let size = 0;
  entries.forEach((e, i) => {
    if (size > 0 && size + e.text.length > CHUNK_CHARS) {
      texts.push([]);
      chunks.push(i);
      size = 0;
    }
    texts[texts.length - 1]!.push(e.text);
    size += e.text.length;
  });
  const docs = entries.map(({ doc }): DocRow => {
    const row: DocRow = [SEARCH_KINDS.indexOf(doc.kind), doc.url, doc.title];
    return doc.meta ? [...row, doc.meta] : row;
  });
  return { file: { docs, index, chunks }, texts, shards, postings: all };
}

/** The text file a document's text is in. */
export function chunkOf(file: Pick<SearchIndexFile, 'chunks'>, doc: number): { n: number; offset: number } {
  let n = 0;
  while (n < file.chunks.length && file.chunks[n]! <= doc) n++;
  return { n, offset: doc - (n === 0 ? 0 : file.chunks[n - 1]!) };
}

export interface LoadedSite {
  docs: SearchDoc[];
  index: SearchIndex;
  chunks: number[];
  /** Each document's number of different title terms, counted when first ranked (see RankOptions.titleSize). */
  titleSizes: number[];
  /** Each document's title words, stop words included, read when first ranked for a question. */
  titleWords: Set<string>[];
}

export function loadSite(file: SearchIndexFile): LoadedSite {
  const docs = file.docs.map(([kind, url, title, meta]): SearchDoc => {
    const doc: SearchDoc = { kind: SEARCH_KINDS[kind] ?? 'page', url, title };
    if (meta) doc.meta = meta;
    return doc;
  });
  return { docs, index: loadIndex(file.index), chunks: file.chunks, titleSizes: [], titleWords: [] };
}

export const MAX_QUERY_LENGTH = 200;
/** Results listed at once. */
export const MAX_RESULTS = 12;

/** The query as searched: at most MAX_QUERY_LENGTH characters, leading spaces dropped. */
export function normalizeQuery(raw: string): string {
  return raw.slice(0, MAX_QUERY_LENGTH).replace(/^\s+/, '');
}

/** The query as quoted back in a message: shortened so a pasted essay does not fill the dialog. */
export function quoteQuery(query: string, max = 60): string {
  const chars = [...query];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : query;
}

/**
 * How much a kind of result is worth when the words match equally well. The site's own pages explain; a
 * source backs them up and its claims use the same words, so a source ranks below a page that matches as
 * well (0.4: at 0.7 sources still topped the pages that explain their claims for reader questions, and at
 * 0.5 once a title holding the query counted more, 'deprecated models' found a provider's deprecations page
 * above the guide to them). A source searched by its own title or authors still comes first: those words
 * weigh three times.
 */
const KIND_PRIOR: Partial<Record<SearchKind, number>> = { research: 0.4 };

/**
 * Words with which a reader asks for the evidence itself ("papers comparing retrieval and tuning", "studies on
 * LoRA"): for such a query a source ranks SOURCES_ASKED times higher instead of KIND_PRIOR's discount, so the
 * paper comes before the glossary's entry for its method (at 1.5 the entry, titled with the query's one term, still
 * came first; the development queries do not move between 1 and 2.5).
 */
const ASKS_FOR_SOURCES: ReadonlySet<string> = new Set(['paper', 'papers', 'study', 'studies', 'research', 'evidence', 'literature', 'source', 'sources', 'citation', 'citations', 'publication', 'publications']);
const SOURCES_ASKED = 2;

/**
 * A question's first word says what kind of answer it wants, and the site's titles say which kind they give:
 * "When should I fine-tune…?", "When fine-tuning earns its place", "What the evidence says", "How many
 * examples". A query that begins with one of these words ranks a title holding the same word this much higher,
 * though as a stop word it matches nothing by itself (1.3 gained less on the development queries; from 2.5,
 * titles that only shared the word began to pass the answer).
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['when', 'why', 'how', 'what', 'which', 'where', 'who']);
const SAME_QUESTION = 1.6;
/**
 * A query that asks what a term means ("what is fine-tuning", "what does SFT stand for") ranks the glossary's
 * definitions this much higher: 'what is fine-tuning' found the page on where to fine-tune, whose title is
 * only the term, above the definition (on the development queries no factor from 1.2 to 2 changed a rank; on
 * every glossary term asked as "what is X", 1.5 put the most definitions first).
 */
const DEFINITION = 1.5;

/** A document's title as words, counted once per document. */
function titleWords(site: LoadedSite, d: number): Set<string> {
  return (site.titleWords[d] ??= new Set(words(site.docs[d]!.title)));
}

export interface SiteHit {
  /** Document number, for its text. */
  n: number;
  doc: SearchDoc;
  score: number;
}

export interface SiteResults {
  hits: SiteHit[];
  /** Every document that matched. */
  total: number;
  matched: Set<string>;
  /** Shards of the index to fetch before these results are complete. */
  missing: Set<string>;
}

export { loadAllPostings, loadShard } from './engine.ts';

/**
 * Ranks the site's documents for a query. `text` supplies the documents' text where loaded, for the
 * phrase boost.
 */
export function searchSite(site: LoadedSite, query: string, limit = MAX_RESULTS, text?: (doc: number) => string | undefined): SiteResults {
  const parsed = parseQuery(query);
  if (parsed.words.length === 0) return { hits: [], total: 0, matched: new Set(), missing: new Set() };
  const asks = parsed.all?.[0];
  const wantsSources = parsed.all?.some((w) => ASKS_FOR_SOURCES.has(spelled(site.index, w))) ?? false;
  // "What is X" asks what X is, which a title that says "what" does not answer better ("What fine-tuning is bad at").
  const asking = asks !== undefined && QUESTION_WORDS.has(asks) && !(asks === 'what' && /^(?:is|are)$/.test(parsed.all?.[1] ?? ''));
  const { ranked, matched, missing } = rank(site.index, parsed, {
    prior: (d) =>
      (site.docs[d]!.kind === 'research' && wantsSources ? SOURCES_ASKED : (KIND_PRIOR[site.docs[d]!.kind] ?? 1)) *
      (asking && titleWords(site, d).has(asks) ? SAME_QUESTION : 1) *
      (parsed.defines && site.docs[d]!.kind === 'glossary' ? DEFINITION : 1),
    oneLetterPrefix: false,
    titleSize: (d) => (site.titleSizes[d] ??= new Set(terms(site.docs[d]!.title)).size),
    text: (d) => [site.docs[d]!.title, site.docs[d]!.meta ?? '', text?.(d) ?? ''].join(' \n '),
  });
  return {
    hits: ranked.slice(0, limit).map((r) => ({ n: r.doc, doc: site.docs[r.doc]!, score: r.score })),
    total: ranked.length,
    matched,
    missing,
  };
}
