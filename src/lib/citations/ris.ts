/**
 * RIS for the index: one tag per line, values never wrapped (a continuation line has no tag and importers
 * reject or truncate it), the full citation id in ID, and a reference type per kind.
 */
import { containerTitle, isLivingDocument, namedAuthors, personNames, referenceKind, type IndexEntry, type ReferenceKind } from './csl.ts';

const RIS_TYPES: Record<ReferenceKind, string> = {
  conference: 'CPAPER',
  workshop: 'CPAPER',
  journal: 'JOUR',
  // RIS has no preprint type; Zotero and Mendeley read GEN with the repository as publisher.
  preprint: 'GEN',
  report: 'RPRT',
  documentation: 'ELEC',
  'blog-post': 'BLOG',
  book: 'BOOK',
  dataset: 'DATA',
};

/** The note on a record whose author list the data closes with "et al.". */
export const TRUNCATED_NOTE = 'Author list shortened: the source names further authors (et al.).';

export function risType(entry: IndexEntry): string {
  return RIS_TYPES[referenceKind(entry)];
}

/** One value on one line: any line break or run of spaces becomes a single space. */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

export function risLines(entry: IndexEntry): [string, string][] {
  const { data } = entry;
  const kind = referenceKind(entry);
  const lines: [string, string][] = [['TY', risType(entry)], ['ID', entry.id], ['TI', data.title]];
  for (const name of personNames(entry)) lines.push(['AU', name.literal ?? `${name.family}, ${name.given}`]);
  lines.push(['PY', String(data.year)]);
  if (kind === 'conference' || kind === 'workshop' || kind === 'journal' || kind === 'documentation' || kind === 'blog-post') {
    lines.push(['T2', containerTitle(entry)]);
  }
  if (kind === 'preprint') lines.push(['PB', 'arXiv'], ['M1', `arXiv:${data.arxiv}`]);
  if (kind === 'report') lines.push(['PB', data.institution!]);
  // SN is a report's number in the RIS specification; Zotero reads it as the report number, citation.js as CSL number.
  if (kind === 'report' && data.arxiv) lines.push(['SN', `arXiv:${data.arxiv}`]);
  if (kind === 'book') lines.push(['PB', data.venue]);
  if (data.volume) lines.push(['VL', data.volume]);
  if (data.issue) lines.push(['IS', data.issue]);
  if (data.pages) {
    const [start, end] = data.pages.split('-');
    lines.push(['SP', start!]);
    if (end) lines.push(['EP', end]);
  }
  if (data.doi) lines.push(['DO', data.doi]);
  lines.push(['UR', data.url]);
  if (data.accessed && isLivingDocument(entry)) lines.push(['Y2', data.accessed.toISOString().slice(0, 10).replace(/-/g, '/')]);
  // An AU line names an author; "others" there would be read as one (a creator called "others" in Zotero,
  // citation.js and bibutils), so a cut list says so in a note.
  if (namedAuthors(data.authors).truncated) lines.push(['N1', TRUNCATED_NOTE]);
  return lines.map(([tag, value]) => [tag, oneLine(value)]);
}

export function toRisEntry(entry: IndexEntry): string {
  return [...risLines(entry).map(([tag, value]) => `${tag}  - ${value}`), 'ER  - '].join('\r\n');
}
