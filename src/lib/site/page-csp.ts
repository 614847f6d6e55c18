/**
 * Each page's Content-Security-Policy, cut to what the page runs. Astro writes one policy for the whole site into
 * every page's <meta>: the hashes of every inline script and style any page has (the island loaders and their
 * style), about 0.4 KB gzip on a page that runs none of them. A policy in a <meta> governs only what follows it,
 * so a page needs the hashes of its own inline scripts and styles after the <meta> and no others (the theme
 * script that runs before first paint stands before it). Keeping just those, out of the hashes Astro listed,
 * never allows anything the site-wide policy did not.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

/** A CSP source expression for a text, as a browser hashes an inline element's content. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Inline scripts a browser runs: no `src`, and a JavaScript type (JSON-LD and other data blocks are not run). */
const RUNS = (attributes: string) => !/\ssrc=/.test(attributes) && !/\stype="(?!module"|text\/javascript")[^"]*"/.test(attributes);

/** Hashes of the inline scripts and styles in a piece of HTML, by directive. */
export function inlineHashes(html: string): { 'script-src': Set<string>; 'style-src': Set<string> } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => RUNS(m[1]!)).map((m) => sha256Source(m[2]!));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256Source(m[1]!));
  return { 'script-src': new Set(scripts), 'style-src': new Set(styles) };
}

/** The page with its CSP keeping only the script and style hashes of its own inline elements after the <meta>. */
export function pageCsp(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const end = meta.index + meta[0].length;
  const used = inlineHashes(html.slice(end));
  const policy = meta[1]!
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive;
      const kept = sources.filter((source) => !source.startsWith("'sha") || used[name].has(source));
      return `${/^\s*/.exec(directive)![0]}${[name, ...kept].join(' ')}`;
    })
    .join(';');
  return `${html.slice(0, meta.index)}${meta[0].replace(meta[1]!, policy)}${html.slice(end)}`;
}
