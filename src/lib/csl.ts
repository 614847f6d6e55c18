/** Conversion of index entries to CSL-JSON, the interchange format citation-js reads. */
import type { SourceType } from './vocabulary.ts';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author: CslName[];
  issued: { 'date-parts': [[number]] };
  'container-title'?: string;
  publisher?: string;
  URL: string;
  DOI?: string;
  note?: string;
}

export interface IndexEntry {
  id: string;
  data: {
    title: string;
    authors: string[];
    year: number;
    venue: string;
    type: SourceType;
    url: string;
    doi?: string | undefined;
    arxiv?: string | undefined;
  };
}

const CSL_TYPES: Record<SourceType, string> = {
  paper: 'article-journal',
  documentation: 'webpage',
  report: 'report',
  'blog-post': 'post-weblog',
  book: 'book',
  dataset: 'dataset',
};

const ORGANISATION = /\b(OpenAI|Anthropic|Google|DeepMind|Microsoft|Meta|Hugging Face|scikit-learn|Team|Inc\.?|Labs?|Foundation|University|Institute|Contributors|developers|Stanford|Unify|Mistral|EleutherAI|dottxt|\.txt)\b/i;

/** "Edward J. Hu" → family Hu, given Edward J.; organisations and single words stay literal. */
export function parseName(name: string): CslName {
  const trimmed = name.trim();
  if (ORGANISATION.test(trimmed) || !trimmed.includes(' ')) return { literal: trimmed };
  const parts = trimmed.split(/\s+/);
  // Keep particles such as "van", "de", "von" with the family name.
  let split = parts.length - 1;
  while (split > 1 && /^(van|von|de|der|den|da|del|di|le|la)$/i.test(parts[split - 1]!)) split--;
  return { given: parts.slice(0, split).join(' '), family: parts.slice(split).join(' ') };
}

export function toCsl(entry: IndexEntry): CslItem {
  const { data } = entry;
  const isPreprint = /arxiv/i.test(data.venue);
  const item: CslItem = {
    id: entry.id,
    type: data.type === 'paper' && isPreprint ? 'article' : CSL_TYPES[data.type],
    title: data.title,
    author: data.authors.filter((a) => a !== 'et al.').map(parseName),
    issued: { 'date-parts': [[data.year]] },
    URL: data.url,
  };
  if (data.type === 'documentation' || data.type === 'blog-post' || data.type === 'book') item.publisher = data.venue;
  else item['container-title'] = data.venue;
  if (data.doi) item.DOI = data.doi;
  if (data.arxiv) item.note = `arXiv:${data.arxiv}`;
  return item;
}

/** RFC 4180 CSV with a header row; every field quoted. */
export function toCsv(entries: readonly IndexEntry[]): string {
  const header = ['id', 'title', 'authors', 'year', 'venue', 'type', 'url', 'doi', 'arxiv'];
  const quote = (value: string | number | undefined) => `"${String(value ?? '').replace(/"/g, '""')}"`;
  const rows = entries.map(({ id, data }) =>
    [id, data.title, data.authors.join('; '), data.year, data.venue, data.type, data.url, data.doi, data.arxiv].map(quote).join(','),
  );
  return `${[header.map(quote).join(','), ...rows].join('\r\n')}\r\n`;
}
