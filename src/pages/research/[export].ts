/** The whole index as downloadable files: BibTeX, RIS, CSL-JSON and CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../data/content.ts';
import { exportIndex } from '../../data/exports.ts';
import { EXPORT_FILES } from '../../lib/citations/export-files.ts';

export const getStaticPaths = (() => EXPORT_FILES.map((file) => ({ params: { export: file.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = EXPORT_FILES.find((f) => f.name === params.export)!;
  const { citations } = await loadContent();
  return new Response(exportIndex(citations, file.format), { headers: { 'Content-Type': `${file.mediaType}; charset=utf-8` } });
};
