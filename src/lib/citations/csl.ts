/**
 * The index's sources as reference-manager records: how a source's kind decides its entry type, how names are
 * split, and the conversion to CSL-JSON (what citation-js and citeproc read) and CSV. BibTeX and RIS writers
 * are in citations/bibtex.ts and citations/ris.ts and follow the same kinds.
 */
import { isOrganisation } from './references.ts';
import { toSentenceCase } from './title-case.ts';
import type { SourceType, VenueType } from '../content/vocabulary.ts';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}
type DateParts = { 'date-parts': [[number, number?, number?]] };
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author: CslName[];
  issued: DateParts;
  accessed?: DateParts;
  'container-title'?: string;
  publisher?: string;
  number?: string;
  volume?: string;
  issue?: string;
  page?: string;
  genre?: string;
  URL: string;
  DOI?: string;
}

export interface IndexEntry {
  id: string;
  data: {
    title: string;
    authors: string[];
    year: number;
    venue: string;
    type: SourceType;
    url: string;
    doi?: string | undefined;
    arxiv?: string | undefined;
    accessed?: Date | undefined;
    venueType?: VenueType | undefined;
    container?: string | undefined;
    volume?: string | undefined;
    issue?: string | undefined;
    pages?: string | undefined;
    institution?: string | undefined;
    familyNames?: string[] | undefined;
    properNouns?: string[] | undefined;
  };
}

/** What a source is for a reference manager: a paper's venue type, or the source type itself. */
export type ReferenceKind = VenueType | Exclude<SourceType, 'paper'>;

export function referenceKind(entry: IndexEntry): ReferenceKind {
  const { data } = entry;
  if (data.type !== 'paper') return data.type;
  if (!data.venueType) throw new Error(`${entry.id}: a paper needs venueType`);
  return data.venueType;
}

/** Web pages that change after publication: references to them carry the date they were read. */
export function isLivingDocument(entry: IndexEntry): boolean {
  return entry.data.type === 'documentation';
}

/** The journal or proceedings title alone. */
export function containerTitle(entry: IndexEntry): string {
  return entry.data.container ?? entry.data.venue;
}

/** The author list without a closing "et al.", and whether the data closed it so (the list is then incomplete). */
export function namedAuthors(authors: readonly string[]): { names: string[]; truncated: boolean } {
  const truncated = authors.at(-1) === 'et al.';
  return { names: authors.filter((a) => a !== 'et al.'), truncated };
}

const PARTICLE = /^(van|von|de|der|den|del|della|des|di|da|das|do|dos|du|la|las|le|les|los|ter|ten|zu|y)$/i;

/**
 * "Edward J. Hu" → family Hu, given Edward J.; "Diego de las Casas" → family "de las Casas". A family name of
 * several words the parser cannot see ("Asa Cooper Stickland") is given in `familyNames`. Organisations stay literal.
 */
export function parseName(name: string, familyNames: readonly string[] = []): CslName {
  const trimmed = name.trim();
  if (isOrganisation(trimmed)) return { literal: trimmed };
  const known = familyNames.find((family) => trimmed.endsWith(` ${family}`));
  if (known) return { given: trimmed.slice(0, -known.length - 1), family: known };
  const parts = trimmed.split(/\s+/);
  let split = parts.length - 1;
  while (split > 1 && PARTICLE.test(parts[split - 1]!)) split--;
  return { given: parts.slice(0, split).join(' '), family: parts.slice(split).join(' ') };
}

export function personNames(entry: IndexEntry): CslName[] {
  return namedAuthors(entry.data.authors).names.map((name) => parseName(name, entry.data.familyNames));
}

const CSL_TYPES: Record<ReferenceKind, string> = {
  conference: 'paper-conference',
  workshop: 'paper-conference',
  journal: 'article-journal',
  preprint: 'article',
  report: 'report',
  documentation: 'webpage',
  'blog-post': 'post-weblog',
  book: 'book',
  dataset: 'dataset',
};

const dateParts = (date: Date): DateParts => ({ 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] });

/**
 * The names a title may hold that its casing cannot show (title case capitalises every word): the ones the data
 * lists, an organisation that wrote it ("Fine-tuning for Cohere's Chat Model"), and for a web page or report two
 * or more words in a row of the site it is published on ("Pricing (Workers AI)" in Cloudflare Workers AI
 * documentation). One word of a longer name is not enough ("… Benchmarking & Analysis" by Artificial Analysis), and
 * a paper's venue is left out: a conference name shares ordinary words with titles ("Natural Language Processing").
 */
export function titleNames(entry: IndexEntry): string[] {
  const { data } = entry;
  const organisations = namedAuthors(data.authors).names.filter(isOrganisation);
  return [...(data.properNouns ?? []), ...organisations, ...(data.type === 'paper' ? [] : namePhrases(data.venue))];
}

/**
 * Every two or more capitalised words in a row in a text, runs broken at lower-case words and punctuation:
 * "Cloudflare Workers AI documentation" → "Cloudflare Workers", "Cloudflare Workers AI", "Workers AI".
 */
function namePhrases(text: string): string[] {
  const runs: string[][] = [[]];
  for (const word of text.split(/\s+/)) {
    if (/^[^\p{L}\p{N}]/u.test(word)) runs.push([]);
    const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (/^\p{Lu}/u.test(bare)) runs.at(-1)!.push(bare);
    else runs.push([]);
    if (/[^\p{L}\p{N}]$/u.test(word)) runs.push([]);
  }
  const phrases: string[] = [];
  for (const run of runs) for (let i = 0; i < run.length; i++) for (let j = i + 2; j <= run.length; j++) phrases.push(run.slice(i, j).join(' '));
  return phrases;
}

/**
 * Closes an author list the data cuts short. CSL-JSON has no "et al." of its own; a last name "others" is BibTeX's
 * convention, which pandoc's citeproc prints as "et al." and citeproc-js as "& others", so no processor shows the
 * list as complete.
 */
export const CSL_OTHERS: CslName = { literal: 'others' };

/** CSL-JSON with the title in sentence case, as the CSL specification expects of English titles. */
export function toCsl(entry: IndexEntry): CslItem {
  const { data } = entry;
  const kind = referenceKind(entry);
  const item: CslItem = {
    id: entry.id,
    type: CSL_TYPES[kind],
    title: toSentenceCase(data.title, titleNames(entry)),
    author: namedAuthors(data.authors).truncated ? [...personNames(entry), CSL_OTHERS] : personNames(entry),
    issued: { 'date-parts': [[data.year]] },
    URL: data.url,
  };
  if (kind === 'preprint') {
    item.publisher = 'arXiv';
    item.number = data.arxiv!;
    item.genre = 'Preprint';
  } else if (kind === 'report') {
    item.publisher = data.institution!;
    if (data.arxiv) item.number = `arXiv:${data.arxiv}`;
  } else if (kind === 'book') {
    item.publisher = data.venue;
  } else {
    item['container-title'] = containerTitle(entry);
  }
  if (data.volume) item.volume = data.volume;
  if (data.issue) item.issue = data.issue;
  if (data.pages) item.page = data.pages;
  if (data.doi) item.DOI = data.doi;
  if (isLivingDocument(entry) && data.accessed) item.accessed = dateParts(data.accessed);
  return item;
}

const CSV_COLUMNS = ['id', 'title', 'authors', 'year', 'venue', 'type', 'venue_type', 'volume', 'issue', 'pages', 'url', 'doi', 'arxiv', 'accessed'];
const csvQuote = (value: string | number | undefined) => `"${String(value ?? '').replace(/"/g, '""')}"`;

/** The CSV header row (RFC 4180, every field quoted). */
export const CSV_HEADER = CSV_COLUMNS.map(csvQuote).join(',');

/** One source as a CSV row. */
export function toCsvRow({ id, data }: IndexEntry): string {
  return [
    id, data.title, data.authors.join('; '), data.year, data.venue, data.type, data.venueType, data.volume, data.issue, data.pages,
    data.url, data.doi, data.arxiv, data.accessed?.toISOString().slice(0, 10),
  ].map(csvQuote).join(',');
}

/** RFC 4180 CSV with a header row. */
export function toCsv(entries: readonly IndexEntry[]): string {
  return `${[CSV_HEADER, ...entries.map(toCsvRow)].join('\r\n')}\r\n`;
}
