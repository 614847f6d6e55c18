/** The whole index as downloadable files: BibTeX, RIS, CSL-JSON (citation-js) and CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../data/content.ts';
import { exportIndex } from '../../data/exports.ts';
import { toCsv, type IndexEntry } from '../../lib/csl.ts';

const FORMATS = {
  'tune-or-prompt.bib': { type: 'application/x-bibtex', render: (e: readonly IndexEntry[]) => exportIndex(e, 'bibtex') },
  'tune-or-prompt.ris': { type: 'application/x-research-info-systems', render: (e: readonly IndexEntry[]) => exportIndex(e, 'ris') },
  'tune-or-prompt.csl.json': { type: 'application/vnd.citationstyles.csl+json', render: (e: readonly IndexEntry[]) => exportIndex(e, 'csl-json') },
  'tune-or-prompt.csv': { type: 'text/csv', render: toCsv },
} as const;

export const getStaticPaths = (() => Object.keys(FORMATS).map((name) => ({ params: { export: name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const format = FORMATS[params.export as keyof typeof FORMATS];
  const { citations } = await loadContent();
  return new Response(format.render(citations), { headers: { 'Content-Type': `${format.type}; charset=utf-8` } });
};
