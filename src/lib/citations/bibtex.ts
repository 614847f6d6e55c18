/**
 * BibTeX for the index, written directly so that every field is one BibTeX and biber know: entry types follow
 * the source's kind, keys are the citation ids, capitals that must survive a style are braced, and a list the
 * data closes with "et al." ends in "and others".
 */
import { containerTitle, isLivingDocument, namedAuthors, parseName, referenceKind, titleNames, type IndexEntry, type ReferenceKind } from './csl.ts';
import { titleWords } from './title-case.ts';

const ENTRY_TYPES: Record<ReferenceKind, string> = {
  conference: 'inproceedings',
  workshop: 'inproceedings',
  journal: 'article',
  preprint: 'misc',
  report: 'techreport',
  documentation: 'misc',
  'blog-post': 'misc',
  book: 'book',
  dataset: 'misc',
};

export function bibtexType(entry: IndexEntry): string {
  return ENTRY_TYPES[referenceKind(entry)];
}

/** Escapes TeX's special characters and turns straight double quotes into TeX quotes. */
export function escapeTex(text: string): string {
  return texQuotes(
    text
      .replace(/\\/g, '\\textbackslash{}')
      .replace(/([&%$#_{}])/g, '\\$1')
      .replace(/~/g, '\\textasciitilde{}')
      .replace(/\^/g, '\\textasciicircum{}'),
  );
}

/** Straight double quotes as TeX's opening and closing quotes, alternating through the whole text. */
function texQuotes(text: string): string {
  let open = true;
  return text.replace(/"/g, () => {
    const quote = open ? '``' : "''";
    open = !open;
    return quote;
  });
}

/** A title with every word that must keep its capitals in braces: "{LoRA}: Low-Rank Adaptation". */
export function protectTitle(published: string, names: readonly string[] = []): string {
  // Quotes are paired over the whole title: a quotation of several words ("A is B") opens and closes in different words.
  const title = texQuotes(published);
  const protectedTitle = titleWords(title, names)
    .map(({ word, space, keep }) => {
      if (!keep) return escapeTex(word) + space;
      const [, lead = '', core = '', tail = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
      return `${escapeTex(lead)}{${escapeTex(core)}}${escapeTex(tail)}${space}`;
    })
    .join('');
  // A title that is one protected word ("{Qwen3-30B-A3B-Instruct-2507}") would be written {{…}}, which parsers read
  // as an over-braced field and sentence-case anyway: brace each hyphenated part instead.
  if (protectedTitle === `{${escapeTex(title)}}` && title.includes('-')) {
    return title.split('-').map((part) => (part ? `{${escapeTex(part)}}` : '')).join('-');
  }
  return protectedTitle;
}

/** "Hu, Edward J. and {OpenAI} and others". */
export function bibtexAuthors(entry: IndexEntry): string {
  const { names, truncated } = namedAuthors(entry.data.authors);
  const written = names.map((name) => {
    const parsed = parseName(name, entry.data.familyNames);
    if (parsed.literal) return `{${escapeTex(parsed.literal)}}`;
    return `${escapeTex(parsed.family!)}, ${escapeTex(parsed.given!)}`;
  });
  if (truncated) written.push('others');
  return written.join(' and ');
}

/** The fields of one entry, in the order they are written. URLs and DOIs are verbatim. */
export function bibtexFields(entry: IndexEntry): [string, string][] {
  const { data } = entry;
  const kind = referenceKind(entry);
  const fields: [string, string][] = [
    ['author', bibtexAuthors(entry)],
    ['title', protectTitle(data.title, titleNames(entry))],
  ];
  const text = (value: string) => escapeTex(value);
  if (kind === 'conference' || kind === 'workshop') fields.push(['booktitle', text(containerTitle(entry))]);
  if (kind === 'journal') fields.push(['journal', text(containerTitle(entry))]);
  if (kind === 'report') fields.push(['institution', text(data.institution!)]);
  if (kind === 'book') fields.push(['publisher', text(data.venue)]);
  // @misc has no venue field: plain styles print howpublished and note, so the link goes there as well as in url.
  const web = kind === 'documentation' || kind === 'blog-post' || kind === 'dataset';
  if (web) fields.push(['howpublished', `\\url{${data.url}}`]);
  if (kind === 'preprint') fields.push(['howpublished', `arXiv preprint arXiv:${data.arxiv}`]);
  fields.push(['year', String(data.year)]);
  if (data.volume) fields.push(['volume', data.volume]);
  if (data.issue) fields.push(['number', data.issue]);
  else if (kind === 'report' && data.arxiv) fields.push(['number', `arXiv:${data.arxiv}`]);
  if (data.pages) fields.push(['pages', data.pages.replace('-', '--')]);
  if (data.doi) fields.push(['doi', data.doi]);
  if (data.arxiv) fields.push(['eprint', data.arxiv], ['archiveprefix', 'arXiv']);
  fields.push(['url', data.url]);
  const day = data.accessed && isLivingDocument(entry) ? data.accessed.toISOString().slice(0, 10) : undefined;
  if (day) fields.push(['urldate', day]);
  if (web) fields.push(['note', [text(data.venue), day && `Accessed ${day}`].filter(Boolean).join('. ')]);
  return fields;
}

export function toBibtexEntry(entry: IndexEntry): string {
  const body = bibtexFields(entry)
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@${bibtexType(entry)}{${entry.id},\n${body}\n}`;
}
