/** BibTeX, RIS, CSL-JSON and APA for the research index, formatted by citation-js at build time. */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { toCsl, type IndexEntry } from '../lib/csl.ts';

export function bibtexEntry(entry: IndexEntry): string {
  return new Cite(toCsl(entry)).format('bibtex').trim();
}

export function apaReference(entry: IndexEntry): string {
  return new Cite(toCsl(entry)).format('bibliography', { template: 'apa', format: 'text', lang: 'en-US' }).trim();
}

export function exportIndex(entries: readonly IndexEntry[], format: 'bibtex' | 'ris' | 'csl-json'): string {
  const cite = new Cite(entries.map(toCsl));
  if (format === 'csl-json') return `${JSON.stringify(entries.map(toCsl), null, 2)}\n`;
  return cite.format(format === 'bibtex' ? 'bibtex' : 'ris', { format: 'text' });
}
