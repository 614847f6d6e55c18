/**
 * The built site (dist/) as the MCP server reads it, with no network: the search index exactly as the search
 * dialog loads it, the Markdown twins, and /data/models.json. Node only (it reads files).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { loadShard, loadSite, type LoadedSite, type SearchIndexFile } from '../lib/search/site-search.ts';
import { SITE_DATA_PATH, type SiteData } from '../lib/models/site-data.ts';

/** The site search with every shard and every snippet text loaded. */
export function loadBuiltSearch(dist: string): { site: LoadedSite; text: (doc: number) => string | undefined } {
  const site = loadSite(JSON.parse(readFileSync(join(dist, 'search-index.json'), 'utf8')) as SearchIndexFile);
  for (const name of readdirSync(join(dist, 'search-postings'))) {
    loadShard(site.index, name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dist, 'search-postings', name), 'utf8')) as string);
  }
  const texts: string[] = [];
  for (let n = 0; existsSync(join(dist, 'search-text', `${n}.json`)); n++) {
    texts.push(...(JSON.parse(readFileSync(join(dist, 'search-text', `${n}.json`), 'utf8')) as string[]));
  }
  return { site, text: (d) => texts[d] };
}

export interface BuiltSite {
  dist: string;
  data: SiteData;
  search: ReturnType<typeof loadBuiltSearch>;
  /** A Markdown twin by its site path ("/guides/overview.md"), or undefined when the build has none. */
  markdown: (path: string) => string | undefined;
}

/** Files the server cannot work without; their absence means the site was not built. */
const REQUIRED = ['search-index.json', SITE_DATA_PATH.slice(1), 'llms.txt'];

export function missingBuild(dist: string): string | undefined {
  const missing = REQUIRED.filter((file) => !existsSync(join(dist, file)));
  return missing.length ? `${dist} is not a built site (missing ${missing.join(', ')}): run \`npm run build\` first.` : undefined;
}

export function loadBuiltSite(dist: string): BuiltSite {
  const root = resolve(dist);
  const problem = missingBuild(root);
  if (problem) throw new Error(problem);
  return {
    dist: root,
    data: JSON.parse(readFileSync(join(root, SITE_DATA_PATH), 'utf8')) as SiteData,
    search: loadBuiltSearch(root),
    markdown: (path) => {
      if (!/^\/[a-z0-9/_.-]+\.md$/i.test(path) || path.includes('..')) return undefined;
      const file = resolve(root, `.${path}`);
      if (!file.startsWith(root + sep) || !existsSync(file)) return undefined;
      return readFileSync(file, 'utf8');
    },
  };
}
