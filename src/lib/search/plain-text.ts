/** Plain text cut from MDX and Markdown source, for the search index and the section splitter. */
import { fencedCode } from '../content/fences.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * Plain text from MDX/markdown: drops code blocks, ESM lines, tables, self-closing components (such as
 * <Cite />), tags (keeping their text), {expressions}, and markdown syntax (links keep their text).
 */
export function stripMarkdown(source: string): string {
  const kept: string[] = [];
  const inCode = fencedCode();
  for (const line of source.split(/\r?\n/)) {
    if (inCode(line)) continue;
    if (/^(?:import|export)\s/.test(line)) continue;
    if (/^\s*\|/.test(line)) continue;
    kept.push(line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, ''));
  }
  // Inline code is text as written: set it aside so the tag and markdown rules below leave it alone.
  const code: string[] = [];
  return kept
    .join('\n')
    .replace(/(`+)(.+?)\1/g, (_, _ticks: string, inner: string) => `\u0000${code.push(inner.trim()) - 1}\u0000`)
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/>/g, '')
    .replace(/<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?![\w*])/g, '$1$3')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/gm, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~$])/g, '$1')
    .replace(/&(#39|[a-z]+);/g, (entity, name: string) => ENTITIES[name] ?? entity)
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?)])/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/\u0000(\d+)\u0000/g, (_, index: string) => code[Number(index)] ?? '')
    .trim();
}
