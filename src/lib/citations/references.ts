/** Formatting of source details for display. */

export interface SourceLike {
  title: string;
  authors: string[];
  year: number;
  venue: string;
  url: string;
  doi?: string | undefined;
  arxiv?: string | undefined;
}

/** "Hu et al.", "Hu and Shen", "OpenAI". */
export function shortAuthors(authors: readonly string[]): string {
  const names = authors.filter((name) => name !== 'et al.');
  const surname = (name: string) => (name.includes(' ') && !isOrganisation(name) ? name.split(' ').at(-1)! : name);
  if (names.length === 0) return 'Unknown';
  if (names.length === 1 && authors.length === 1) return surname(names[0]!);
  if (names.length === 2 && authors.length === 2) return `${surname(names[0]!)} and ${surname(names[1]!)}`;
  return `${surname(names[0]!)} et al.`;
}

/** Full author list for a reference: "A and B", "A, B, and C". */
export function authorList(authors: readonly string[]): string {
  if (authors.at(-1) === 'et al.') return `${authors.slice(0, -1).join(', ')}, et al.`;
  return NAMES.format(authors);
}

/** English's own rule for joining names: "A and B", "A, B, and C". */
const NAMES = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/**
 * A reference list names every author up to six; past six, the first three and "et al.", as the AMA Manual of Style
 * (11th edition, 3.11.1) does: a page citing fifty sources stays light when one of them has 31 authors (GPT-3).
 * The source's own page, its Markdown twin and the exports keep every name.
 */
export const REFERENCE_AUTHORS = { allUpTo: 6, shown: 3 } as const;

/** Authors in a page's reference list: `authorList` of all up to six, else of the first three and "et al.". */
export function referenceAuthors(authors: readonly string[]): string {
  const names = authors.filter((name) => name !== 'et al.');
  return authorList(names.length > REFERENCE_AUTHORS.allUpTo ? [...names.slice(0, REFERENCE_AUTHORS.shown), 'et al.'] : authors);
}

/** One-line label such as "Hu et al. (2022)". */
export function sourceLabel(source: Pick<SourceLike, 'authors' | 'year'>): string {
  return `${shortAuthors(source.authors)} (${source.year})`;
}

/** The best link to the source: DOI, else arXiv, else its URL. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}
export function arxivUrl(arxiv: string): string {
  return `https://arxiv.org/abs/${arxiv}`;
}

const ORG_WORDS = /\b(OpenAI|Anthropic|Google|DeepMind|Microsoft|Meta|Hugging Face|scikit-learn|Team|Inc\.?|Labs?|AI|Foundation|University|Institute|Contributors|developers|Stanford|Unify|Mistral|EleutherAI|dottxt|Tune or Prompt|Amazon Web Services|Artificial Analysis|LMSYS)\b/;
/**
 * An organisation rather than a person: a known organisation word, a single word, a name with a qualifier in
 * parentheses, or one joined by "&" ("Weights & Biases").
 */
export function isOrganisation(name: string): boolean {
  return ORG_WORDS.test(name) || !/\s/.test(name.trim()) || /[(&]/.test(name);
}
