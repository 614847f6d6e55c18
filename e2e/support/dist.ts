/** Reads the built site: every HTML file with its URL path. */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = 'dist';

export interface BuiltPage {
  path: string;
  html: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function builtPages(): BuiltPage[] {
  return walk(DIST)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: `/${relative(DIST, file).replace(/index\.html$/, '').replace(/\.html$/, '')}`, html: readFileSync(file, 'utf8') }));
}

/** The file a site path is served from, or undefined. */
export function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, `${clean}.html`), join(DIST, clean, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** Ids present in an HTML document. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}
