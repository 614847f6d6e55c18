/** Reads every page URL from the built sitemap, as paths. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function sitemapPaths(): string[] {
  const dist = 'dist';
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error('No sitemap in dist/: run `npm run build` first.');
  const paths = files.flatMap((file) =>
    [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  return [...new Set(paths)].sort();
}
