/**
 * A Sätteri hast plugin (Astro 7's Markdown processor) that links the first use of each glossary term on a
 * page to its glossary entry. It only touches running text: never headings, links, code, citation markers,
 * figures or buttons.
 */

export interface GlossaryTermRef {
  /** The entry's id, which is its anchor on /glossary/. */
  id: string;
  /** Phrases that count as a use of the term, e.g. ["Low-rank adaptation", "LoRA"]. */
  phrases: string[];
}

const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'sup', 'svg', 'button', 'summary', 'script', 'style', 'kbd', 'title', 'desc', 'figure']);

/** The phrases a glossary entry answers to: the term without its parenthesis, the parenthesis, the aliases. */
export function phrasesFor(term: string, aliases: readonly string[]): string[] {
  const base = term.replace(/\s*\(([^)]*)\)\s*$/, '').trim();
  const inParens = /\(([^)]*)\)\s*$/.exec(term)?.[1]?.trim();
  return [...new Set([base, ...(inParens ? [inParens] : []), ...aliases].filter((p) => p.length >= 2))];
}

/** The aliases worth showing beside a term: those the term does not already contain (its abbreviation in parentheses, say). */
export function otherNames(term: string, aliases: readonly string[]): string[] {
  const lower = term.toLowerCase();
  return aliases.filter((alias) => !lower.includes(alias.toLowerCase()));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface TermMatch {
  start: number;
  end: number;
  id: string;
}

/**
 * Compiles the terms into one matcher. Whole words only, plurals allowed; phrases with capitals inside
 * (LoRA, RAG) match case-sensitively, plain phrases ignoring case; at one position the longest phrase wins.
 */
export function compileTerms(terms: readonly GlossaryTermRef[]) {
  const entries = terms
    .flatMap((t) => t.phrases.map((phrase) => ({ id: t.id, phrase })))
    .map(({ id, phrase }) => {
      const sensitive = /[A-Z].*[A-Z]|^[A-Z0-9-]+$/.test(phrase);
      return { id, regex: new RegExp(`(?<![\\w-])${escape(phrase)}(?:s|es)?(?![\\w-])`, sensitive ? 'g' : 'gi') };
    });
  return (text: string, used: ReadonlySet<string>): TermMatch | null => {
    let best: TermMatch | null = null;
    for (const { id, regex } of entries) {
      if (used.has(id)) continue;
      regex.lastIndex = 0;
      const match = regex.exec(text);
      if (match && (!best || match.index < best.start || (match.index === best.start && match[0].length > best.end - best.start))) {
        best = { start: match.index, end: match.index + match[0].length, id };
      }
    }
    return best;
  };
}

type Part = { type: 'text'; value: string } | { type: 'element'; tagName: 'a'; properties: { href: string; className: string[] }; children: [{ type: 'text'; value: string }] };

/** Splits a text into plain text and term links, marking each linked term as used. Null when nothing matched. */
export function linkText(value: string, find: ReturnType<typeof compileTerms>, used: Set<string>, href: (id: string) => string): Part[] | null {
  const parts: Part[] = [];
  let rest = value;
  let found = find(rest, used);
  if (!found) return null;
  while (found) {
    used.add(found.id);
    if (found.start > 0) parts.push({ type: 'text', value: rest.slice(0, found.start) });
    parts.push({ type: 'element', tagName: 'a', properties: { href: href(found.id), className: ['term'] }, children: [{ type: 'text', value: rest.slice(found.start, found.end) }] });
    rest = rest.slice(found.end);
    found = find(rest, used);
  }
  if (rest) parts.push({ type: 'text', value: rest });
  return parts;
}

interface Ctx {
  data: Record<string, unknown>;
  parent(node: unknown): unknown;
  replaceNode(node: unknown, replacement: unknown): void;
}

/** The Sätteri hast plugin. Pass it in `mdx({ processor: satteri({ hastPlugins: [...] }) })`. */
export function glossaryLinksPlugin(terms: readonly GlossaryTermRef[], href = (id: string) => `/glossary/#${id}`) {
  const find = compileTerms(terms);
  return {
    name: 'glossary-links',
    text(node: { value: string }, ctx: Ctx) {
      // Markup written in MDX (an inline <svg>, a <figure>) arrives as JSX nodes with a `name`, not a `tagName`.
      for (let parent = ctx.parent(node) as { tagName?: string; name?: string | null } | undefined; parent; parent = ctx.parent(parent) as typeof parent) {
        const tag = parent.tagName ?? parent.name;
        if (tag && SKIP.has(tag)) return;
      }
      const used = (ctx.data.glossaryUsed ??= new Set<string>()) as Set<string>;
      const parts = linkText(node.value, find, used, href);
      if (parts) ctx.replaceNode(node, parts);
    },
  };
}
