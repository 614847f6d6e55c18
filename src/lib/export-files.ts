/** The four downloads of the research index: file name, format, media type and label, shared by the route, the Dataset markup and llms.txt. */
export interface ExportFile {
  name: string;
  format: 'bibtex' | 'ris' | 'csl-json' | 'csv';
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
