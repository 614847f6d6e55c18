/**
 * Every export of the real index, read back by parsers that share no code with the writers:
 * @retorquere/bibtex-parser and bibtex-tidy for BibTeX, astrocite-ris for RIS, citeproc-js with the CSL
 * project's APA style for CSL-JSON. Each must report zero errors, every source once under its id, and the
 * entry type that follows the source's kind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { tidy } from 'bibtex-tidy';
import CSL from 'citeproc';
import { plugins } from '@citation-js/core';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { citationSchema } from '../lib/schemas.ts';
import { namedAuthors, referenceKind, titleNames, type CslItem, type IndexEntry, type ReferenceKind } from '../lib/citations/csl.ts';
import { titleWords } from '../lib/citations/title-case.ts';
import { exportIndex, exportRecord, referenceStyles } from './exports.ts';
import { EXPORT_FILES, exportSelection } from '../lib/citations/export-files.ts';
import { loadStyleXml } from './csl-styles.ts';

const dir = join(import.meta.dirname, '../../content/citations');
const index: IndexEntry[] = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ id: name.replace(/\.yaml$/, ''), data: citationSchema.parse(yaml.load(readFileSync(join(dir, name), 'utf8'))) }))
  .sort((a, b) => a.id.localeCompare(b.id));
const ids = index.map((e) => e.id);
const kinds = new Map(index.map((e) => [e.id, referenceKind(e)]));

const counts: Record<string, number> = {};
/** What each parser reported, printed once so the numbers can be quoted. */
const report = (name: string, n: number) => (counts[name] = n);

it('the index is not empty', () => {
  expect(index.length).toBeGreaterThan(100);
  report('sources in the index', index.length);
});

describe('BibTeX', () => {
  const bib = exportIndex(index, 'bibtex');
  const expected: Record<ReferenceKind, string> = {
    conference: 'inproceedings', workshop: 'inproceedings', journal: 'article', preprint: 'misc', report: 'techreport',
    documentation: 'misc', 'blog-post': 'misc', book: 'book', dataset: 'misc',
  };

  it('@retorquere/bibtex-parser reads every entry without error, under its id, with the right type and fields', () => {
    const library = parseBibtex(bib, { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((e) => e.key)).toEqual(ids);
    report('bibtex-parser entries', library.entries.length);
    report('bibtex-parser errors', library.errors.length);
    for (const entry of library.entries) {
      const source = index.find((e) => e.id === entry.key)!;
      const kind = kinds.get(entry.key)!;
      expect(entry.type, entry.key).toBe(expected[kind]);
      if (entry.type === 'inproceedings') expect(entry.fields.booktitle, entry.key).toBeTruthy();
      if (entry.type === 'article') expect(entry.fields.journal, entry.key).toBeTruthy();
      if (entry.type === 'techreport') expect(entry.fields.institution?.length, entry.key).toBe(1);
      if (entry.type === 'misc') expect(entry.fields.howpublished, entry.key).toBeTruthy();
      expect(entry.fields.url, entry.key).toBe(source.data.url);
      const { names, truncated } = namedAuthors(source.data.authors);
      expect(entry.fields.author?.length, entry.key).toBe(names.length + (truncated ? 1 : 0));
      if (truncated) expect(entry.fields.author!.at(-1)!.name ?? entry.fields.author!.at(-1)!.lastName, entry.key).toBe('others');
    }
  });

  it('a first author read back as a person is the one the id is filed under, so no organisation is split into given and family names', () => {
    // Ids open with the first author's family name or the organisation's name ("hu-2021-lora", "aws-2026-…").
    // An organisation written as a person ("Artificial Analysis" as "Analysis, Artificial") breaks that match.
    // Two sources are filed under the organisation that published a person's post.
    const filedUnderOrganisation = new Set(['lmsys-2024-routellm-blog', 'vllm-2026-fp8-kv-cache']);
    const fold = (text: string) => text.normalize('NFD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
    const mismatched: string[] = [];
    for (const entry of parseBibtex(bib, { sentenceCase: false }).entries) {
      const first = entry.fields.author?.[0];
      if (!first?.lastName || filedUnderOrganisation.has(entry.key)) continue;
      const filedUnder = entry.key.replace(/-\d{4}-.*$/, '');
      if (fold(filedUnder) !== fold(first.lastName)) mismatched.push(`${entry.key}: ${first.lastName}, ${first.firstName}`);
    }
    expect(mismatched).toEqual([]);
  });

  it('multi-word family names the data declares ("El Sayed", "Espinosa Anke") are read back as family names', () => {
    const declared = index.filter((e) => e.data.familyNames?.length);
    expect(declared.map((e) => e.id)).toEqual(expect.arrayContaining(['es-2023-ragas', 'jiang-2023-mistral-7b']));
    const bibFamilies = new Map(parseBibtex(exportIndex(declared, 'bibtex'), { sentenceCase: false }).entries
      .map((e) => [e.key, e.fields.author!.map((a) => [a.prefix, a.lastName].filter(Boolean).join(' '))]));
    const risFamilies = new Map(parseRis(exportIndex(declared, 'ris')).map((i) => [String(i.id), (i.author ?? []).map((a: { family?: string }) => a.family)]));
    for (const entry of declared) {
      for (const family of entry.data.familyNames!) {
        expect(bibFamilies.get(entry.id), `${entry.id} BibTeX`).toContain(family);
        expect(risFamilies.get(entry.id), `${entry.id} RIS`).toContain(family);
      }
    }
  });

  it('capitals that must survive survive a style that lowercases the title', () => {
    // The parser's own sentence-casing lowers every unprotected word; protected words come through as written.
    const library = parseBibtex(bib, { sentenceCase: { guess: false } });
    for (const entry of library.entries) {
      const source = index.find((e) => e.id === entry.key)!;
      for (const { word } of titleWords(source.data.title, titleNames(source)).filter((w) => w.keep)) {
        const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/"/g, '');
        expect(entry.fields.title, `${entry.key}: ${word}`).toContain(core);
      }
    }
  });

  it('bibtex-tidy finds no duplicate key, DOI or citation and counts every entry', () => {
    const result = tidy(bib, { duplicates: ['key', 'doi', 'citation'] });
    // bibtex-tidy's "similar citation" check compares the first author's last name, which a corporate author
    // ({OpenAI}, {Anthropic}) does not have: two providers' pages titled "Prompt caching" look alike to it.
    // Such a pair is a duplicate only if our own records give both the same authors.
    const authorsOf = (id: string) => JSON.stringify(index.find((e) => e.id === id)?.data.authors);
    const real = result.warnings.filter((w) => {
      const pair = /Entry (\S+) has similar content to entry (\S+?)\.?$/.exec(w.message);
      return !pair || authorsOf(pair[1]!) === authorsOf(pair[2]!);
    });
    expect(real).toEqual([]);
    expect(result.count).toBe(index.length);
    report('bibtex-tidy entries', result.count);
    report('bibtex-tidy warnings', result.warnings.length);
  });
});

describe('RIS', () => {
  const ris = exportIndex(index, 'ris');
  const expected: Record<ReferenceKind, string> = {
    conference: 'paper-conference', workshop: 'paper-conference', journal: 'article-journal', preprint: 'article', report: 'report',
    documentation: 'webpage', 'blog-post': 'post-weblog', book: 'book', dataset: 'dataset',
  };

  it('has no untagged line', () => {
    for (const line of ris.split('\r\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
  });

  it('astrocite-ris reads every record under its full id with the type of its kind and its URL whole', () => {
    const items = parseRis(ris);
    expect(items.map((i) => i.id)).toEqual(ids);
    report('astrocite-ris records', items.length);
    for (const item of items) {
      const source = index.find((e) => e.id === item.id)!;
      expect(item.type, String(item.id)).toBe(expected[kinds.get(String(item.id))!]);
      expect(item.URL, String(item.id)).toBe(source.data.url);
      expect(item.title, String(item.id)).toBe(source.data.title);
    }
  });
});

describe('reports with an arXiv id', () => {
  it('carry the arXiv number in BibTeX, RIS and CSL-JSON alike, as each parser reads it', () => {
    const reports = index.filter((e) => kinds.get(e.id) === 'report' && e.data.arxiv);
    expect(reports.length).toBeGreaterThan(2);
    const bib = parseBibtex(exportIndex(reports, 'bibtex'), { sentenceCase: false }).entries;
    const ris = parseRis(exportIndex(reports, 'ris'));
    const csl = JSON.parse(exportIndex(reports, 'csl-json')) as CslItem[];
    for (const [i, entry] of reports.entries()) {
      const number = `arXiv:${entry.data.arxiv}`;
      expect(bib[i]!.fields.number, entry.id).toBe(number);
      expect(ris[i]!.number, entry.id).toBe(number);
      expect(csl[i]!.number, entry.id).toBe(number);
    }
  });
});

describe('RIS: cut author lists', () => {
  it('astrocite-ris reads only real authors, and a note saying the list is cut wherever the data closes it with "et al."', () => {
    const items = parseRis(exportIndex(index, 'ris'));
    const cut = index.filter((e) => namedAuthors(e.data.authors).truncated).map((e) => e.id);
    expect(cut.length).toBeGreaterThan(5);
    for (const item of items) {
      const source = index.find((e) => e.id === item.id)!;
      expect(item.author?.length ?? 0, String(item.id)).toBe(namedAuthors(source.data.authors).names.length);
      if (cut.includes(String(item.id))) expect(item.note, String(item.id)).toMatch(/further authors \(et al\.\)/);
      else expect(item.note, String(item.id)).toBeUndefined();
    }
  });
});

describe('CSL-JSON', () => {
  const items = JSON.parse(exportIndex(index, 'csl-json')) as CslItem[];
  let bibliography: string[] = [];
  let entryIds: string[] = [];
  let errors: unknown[] = [];

  beforeAll(() => {
    const byId = new Map(items.map((item) => [item.id, item]));
    const locale = plugins.config.get('@csl').locales.get('en-US')!;
    const engine = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: (id: string) => byId.get(id) }, loadStyleXml('apa'), 'en-US');
    engine.updateItems(ids);
    const result = engine.makeBibliography();
    if (!result) throw new Error('citeproc made no bibliography');
    const [meta, entries] = result;
    bibliography = entries;
    entryIds = meta.entry_ids.map((id) => String(id));
    errors = meta.bibliography_errors;
    report('citeproc APA entries', entries.length);
    report('citeproc APA errors', errors.length);
  }, 120_000);

  it('citeproc-js formats every item in APA without error', () => {
    expect(errors).toEqual([]);
    expect(bibliography).toHaveLength(index.length);
    expect(new Set(items.map((i) => i.id)).size).toBe(index.length);
  });

  it('ends a list the data cuts short with "others", which citeproc-js prints after the named authors', () => {
    const byId = new Map(entryIds.map((id, i) => [id, bibliography[i]!]));
    let cut = 0;
    for (const entry of index) {
      const item = items.find((i) => i.id === entry.id)!;
      const { names, truncated } = namedAuthors(entry.data.authors);
      expect(item.author.length, entry.id).toBe(names.length + (truncated ? 1 : 0));
      if (!truncated) continue;
      cut++;
      expect(item.author.at(-1), entry.id).toEqual({ literal: 'others' });
      expect(byId.get(entry.id), entry.id).toMatch(/, &#38; others\. \(\d{4}\)/);
    }
    expect(cut).toBeGreaterThan(5);
  });

  it('cites arXiv as the publisher with the number, never "In arXiv preprint"', () => {
    const preprints = bibliography.filter((html) => /arXiv/.test(html));
    expect(preprints.length).toBeGreaterThan(30);
    for (const html of bibliography) expect(html).not.toMatch(/In arXiv/);
    for (const item of items.filter((i) => kinds.get(i.id) === 'preprint')) expect(item).toMatchObject({ publisher: 'arXiv', number: expect.stringMatching(/^\d{4}\.\d{4,5}$/) });
  });

  it('citeproc prints every name in a title with its capitals: product, company and benchmark names are not sentence-cased away', () => {
    const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#38;/g, '&').replace(/[’‘]/g, "'");
    const byId = new Map(entryIds.map((id, i) => [id, text(bibliography[i]!)]));
    expect(byId.size).toBe(index.length);
    const lost: string[] = [];
    for (const entry of index) {
      for (const { word } of titleWords(entry.data.title, titleNames(entry)).filter((w) => w.keep)) {
        const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/"/g, '');
        if (!byId.get(entry.id)!.includes(core)) lost.push(`${entry.id}: ${core}`);
      }
    }
    expect(lost).toEqual([]);
    // The names the review found lowered, each in its own entry.
    const names: Record<string, string> = {
      'anthropic-2026-claude-opus-5-5': 'Claude Opus 5.5', 'openai-2026-gpt-6-2-sol-model-page': 'GPT-6.2 Sol',
      'aws-2026-bedrock-fine-tuning-models': 'in Amazon Bedrock', 'microsoft-2026-azure-openai-model-retirements': 'in Microsoft Foundry model',
      'patil-2025-bfcl': 'The Berkeley Function Calling Leaderboard (BFCL)', 'cohere-2026-chat-fine-tuning': "Fine-tuning for Cohere's chat model",
      'chiang-2024-chatbot-arena': 'Chatbot Arena: An open platform', 'zheng-2023-llm-as-a-judge': 'and Chatbot Arena',
      'cloudflare-2026-workers-ai-pricing': 'Pricing (Workers AI)', 'lambda-2024-vllm-benchmark': 'on Lambda Cloud',
      'reimers-2019-sentence-bert': 'using Siamese', 'liu-2023-g-eval': 'G-Eval: NLG evaluation',
    };
    for (const [id, name] of Object.entries(names)) expect(byId.get(id), id).toContain(name);
  });

  it('types conference papers paper-conference, journals article-journal, and dates living documents', () => {
    for (const item of items) {
      const kind = kinds.get(item.id)!;
      if (kind === 'conference' || kind === 'workshop') expect(item.type, item.id).toBe('paper-conference');
      if (kind === 'journal') expect(item.type, item.id).toBe('article-journal');
      if (kind === 'documentation') expect(item.accessed, item.id).toBeDefined();
      expect(item['container-title'] ?? '', item.id).not.toMatch(/\b(vol\.|no\.|pp\.)|, Volume \d+$|\d+\(\d+\)/);
    }
  });
});

describe('export of the research browser\'s current results', () => {
  const records = Object.fromEntries(index.map((e) => [e.id, exportRecord(e)]));
  it('joins the records of every id into the same file as the whole-index export', () => {
    for (const file of EXPORT_FILES) expect(exportSelection(file.format, records, ids)).toBe(exportIndex(index, file.format));
  });
  it('keeps the order asked for and skips ids it does not know', () => {
    const picked = [ids[5]!, 'no-such-source', ids[0]!];
    const items = parseRis(exportSelection('ris', records, picked));
    expect(items.map((i) => i.id)).toEqual([ids[5], ids[0]]);
    const library = parseBibtex(exportSelection('bibtex', records, picked), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((e) => e.key)).toEqual([ids[5], ids[0]]);
  });
});

describe('formatted references on source pages', () => {
  it('gives APA 7, IEEE and Chicago author-date for every source', () => {
    let n = 0;
    for (const entry of index) {
      const styles = referenceStyles(entry);
      expect(styles.map((s) => s.style)).toEqual(['apa', 'ieee', 'chicago-author-date']);
      for (const { text } of styles) {
        expect(text.length, entry.id).toBeGreaterThan(20);
        expect(text, entry.id).not.toContain('MoreAuthorsNotListed');
      }
      // A list the data cuts short never reads as complete: no "& Last" / "and Last" closing it.
      if (namedAuthors(entry.data.authors).truncated) {
        for (const { style, text } of styles) expect(text, `${entry.id} ${style}`).toMatch(/et al\./);
      }
      n++;
    }
    report('references formatted in three styles', n);
    console.log('Export parsers reported:', JSON.stringify(counts));
  }, 120_000);
});
