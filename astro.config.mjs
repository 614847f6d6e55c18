// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinksPlugin, phrasesFor } from './src/lib/glossary-links.ts';

/** Glossary terms, so the first use of each in a page links to its entry (see src/lib/glossary-links.ts). */
const glossaryTerms = readdirSync('content/glossary')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => {
    const entry = /** @type {{ term: string; aliases?: string[] }} */ (yaml.load(readFileSync(`content/glossary/${file}`, 'utf8')));
    return { id: file.replace(/\.yaml$/, ''), phrases: phrasesFor(entry.term, entry.aliases ?? []) };
  });

/** Where the site is deployed; canonical URLs, the sitemap and social cards use it. */
const SITE_URL = process.env.SITE_URL ?? 'https://tune-or-prompt.example';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.endsWith('/404/') })],
  markdown: {
    // Shiki writes inline style attributes, which the Content-Security-Policy forbids; Prism emits classes
    // that src/styles/code.css colours for both themes.
    syntaxHighlight: 'prism',
    processor: satteri({ hastPlugins: [glossaryLinksPlugin(glossaryTerms)] }),
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
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
