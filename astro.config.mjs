// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinksPlugin, phrasesFor } from './src/lib/content/glossary-links.ts';
import { sectionsPlugin } from './src/lib/content/sections.ts';
import { pageCsp } from './src/lib/site/page-csp.ts';

/** Glossary terms, so the first use of each in a page links to its entry (see src/lib/content/glossary-links.ts). */
const glossaryTerms = readdirSync('content/glossary')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => {
    const entry = /** @type {{ term: string; aliases?: string[] }} */ (yaml.load(readFileSync(`content/glossary/${file}`, 'utf8')));
    return { id: file.replace(/\.yaml$/, ''), phrases: phrasesFor(entry.term, entry.aliases ?? []) };
  });

/** Where the site is deployed; canonical URLs, the sitemap and social cards use it. */
const SITE_URL = process.env.SITE_URL ?? 'https://tune-or-prompt.example';

/**
 * Vite wraps each dynamic import() in a preload helper (about 0.9 KB gzip) that preloads the imported
 * chunk's dependencies. The enhancement scripts import code on first use that can do without it: every page's
 * search trigger the dialog, on first open; the reading pages' citation markers the preview card, on first hover,
 * focus or tap; a sortable table its sorting, on first press. This unwraps those imports so the helper stays out of
 * the pages' JavaScript.
 * (scripts/check-budgets.mjs would flag the scripts' size if the pattern ever stopped matching.)
 * Neither Vite nor Astro has an option for this. `build.modulePreload: false` only empties the list of files the
 * helper preloads (`resolveDependencies` too): the wrapper and helper stay. With it in place of this plugin, a
 * guide's JavaScript grew from 2.7 to 3.7 KB gzip, over its 3 KB budget (Vite 8.3, tried 2026-12-07; vitejs/vite
 * issues #18551 and #13952 ask for an option), and it would apply to every dynamic import, the islands' included.
 */
const LOADS_ON_FIRST_USE = ['/src/scripts/search/trigger.ts', '/src/scripts/cite-preview.ts', '/src/scripts/sortable-table.ts'];
/** @returns {import('vite').Plugin} */
function unwrapFirstUseImports() {
  const helperImport = /^import\s*\{[^}]*\b__vitePreload\b[^}]*\}\s*from\s*"[^"]+";?[ \t]*\n?/m;
  return {
    name: 'tune-or-prompt:unwrap-first-use-imports',
    apply: 'build',
    renderChunk(code, chunk) {
      if (!chunk.moduleIds.some((id) => LOADS_ON_FIRST_USE.some((path) => id.replaceAll('\\', '/').endsWith(path)))) return null;
      let out = code.replace(/__vitePreload\(\s*\(\)\s*=>\s*(import\("[^"]*"\))\s*,\s*__VITE_PRELOAD__\s*\)/g, '$1');
      if (out === code) return null;
      if ((out.match(/\b__vitePreload\b/g) ?? []).length === 1) out = out.replace(helperImport, '');
      return { code: out, map: null };
    },
  };
}

/**
 * After the build, each page's CSP keeps only the hashes of its own inline scripts and styles, out of the site-wide
 * list Astro writes into every page (src/lib/site/page-csp.ts).
 * @returns {import('astro').AstroIntegration}
 */
function pageCspIntegration() {
  /** @param {string} dir @returns {string[]} */
  const htmlFiles = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
    );
  return {
    name: 'tune-or-prompt:page-csp',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const trimmed = pageCsp(html);
          if (trimmed !== html) writeFileSync(file, trimmed);
        }
      },
    },
  };
}

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pageCspIntegration()],
  markdown: {
    // Shiki writes inline style attributes, which the Content-Security-Policy forbids; Prism emits classes
    // that src/styles/code.css colours for both themes.
    syntaxHighlight: 'prism',
    // Sections let long pages skip rendering what is off screen (see src/lib/content/sections.ts).
    processor: satteri({ hastPlugins: [glossaryLinksPlugin(glossaryTerms), sectionsPlugin()] }),
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
      ],
    },
  },
  build: {
    format: 'directory',
    // Stylesheets stay files under /_astro/, cached across pages and covered by the CSP's 'self'. An inlined one
    // would add its hash to the CSP of every page (the policy lists the whole site's hashes), and pages that share
    // a stylesheet would each carry a copy.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [unwrapFirstUseImports()],
    build: {
      // Astro writes a small enough script into each page that loads it; here every script stays a file under
      // /_astro/ instead, cached across pages and covered by the CSP's 'self' (src/scripts/shell.ts, reading.ts),
      // so a page's only inline scripts are the theme's before-paint one (Head.astro) and, where it has islands,
      // Astro's island loader. Other assets keep Vite's default.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
});
