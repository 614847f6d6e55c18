/**
 * The four downloads of the research index: file name, format, media type and label (shared by the route, the
 * Dataset markup and llms.txt), and how per-source records join into one file, so that the whole index and
 * the research browser's "export these results" produce files of the same shape.
 */
import { CSV_HEADER, type CslItem } from './csl.ts';

export type ExportFormat = 'bibtex' | 'ris' | 'csl-json' | 'csv';

export interface ExportFile {
  name: string;
  format: ExportFormat;
  mediaType: string;
  label: string;
}

export const EXPORT_FILES: readonly ExportFile[] = [
  { name: 'tune-or-prompt.bib', format: 'bibtex', mediaType: 'application/x-bibtex', label: 'BibTeX' },
  { name: 'tune-or-prompt.ris', format: 'ris', mediaType: 'application/x-research-info-systems', label: 'RIS' },
  { name: 'tune-or-prompt.csl.json', format: 'csl-json', mediaType: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
  { name: 'tune-or-prompt.csv', format: 'csv', mediaType: 'text/csv', label: 'CSV' },
];

export const exportHref = (file: ExportFile) => `/research/${file.name}`;

/** One source in every format, as /research/exports.json serves it. */
export interface ExportRecord {
  bibtex: string;
  ris: string;
  csl: CslItem;
  csv: string;
}

/** Joins per-source records into one file of the given format. */
export function joinRecords(format: ExportFormat, records: readonly ExportRecord[]): string {
  switch (format) {
    case 'bibtex':
      return `${records.map((r) => r.bibtex).join('\n\n')}\n`;
    case 'ris':
      return `${records.map((r) => r.ris).join('\r\n\r\n')}\r\n`;
    case 'csl-json':
      return `${JSON.stringify(records.map((r) => r.csl), null, 2)}\n`;
    case 'csv':
      return `${[CSV_HEADER, ...records.map((r) => r.csv)].join('\r\n')}\r\n`;
  }
}

/** The file for the given ids, in their order; ids without a record (a stale list) are skipped. */
export function exportSelection(format: ExportFormat, records: Readonly<Record<string, ExportRecord>>, ids: readonly string[]): string {
  return joinRecords(format, ids.flatMap((id) => (Object.hasOwn(records, id) ? [records[id]!] : [])));
}
