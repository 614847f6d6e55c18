/**
 * Checks over the built HTML of every page: internal links and #fragments resolve, images have alt text,
 * external links are well-formed https, no link is glued to the words around it, and the
 * Content-Security-Policy allows inline scripts and styles only by hash, those of the page; the site's stylesheet
 * comes before a page's own.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { findJoinedLinks } from '../src/lib/content/link-joins.ts';
import { builtPages, fileFor, idsIn } from './support/dist.ts';

const pages = builtPages();
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

test('the site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(150);
});

test('every internal link and #fragment resolves', () => {
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idsIn(readFileSync(file, 'utf8')));
    return idCache.get(file)!;
  };
  const broken: string[] = [];
  for (const page of pages) {
    for (const [, raw] of page.html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
      const href = decode(raw!);
      if (/^(https?:|mailto:)/.test(href)) continue;
      const url = new URL(href, `http://site${page.path}`);
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${page.path} → ${href} (no page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html') && !ids(file).has(fragment)) broken.push(`${page.path} → ${href} (no #${fragment})`);
    }
  }
  expect(broken).toEqual([]);
});

test('nothing follows </html>: a script placed after a layout ends up there, where validators stop reading', () => {
  const bad = pages.filter((page) => page.html.match(/<\/html>/gi)?.length !== 1 || !/<\/html>\s*$/i.test(page.html)).map((page) => page.path);
  expect(bad).toEqual([]);
});

test('every page has one canonical URL, its own, and og:url equal to it; the 404 page has neither and is noindex', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const canonicals = [...page.html.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => m[1]!);
    const ogUrl = /<meta property="og:url" content="([^"]*)"/.exec(page.html)?.[1];
    const noindex = /<meta name="robots" content="noindex"/.test(page.html);
    if (page.path === '/404') {
      if (canonicals.length || ogUrl || !noindex) problems.push(`/404: canonical ${canonicals.join() || 'none'}, og:url ${ogUrl ?? 'none'}, noindex ${noindex}`);
      continue;
    }
    if (canonicals.length !== 1 || new URL(canonicals[0]!).pathname !== page.path) problems.push(`${page.path}: canonical ${canonicals.join() || 'none'}`);
    if (ogUrl !== canonicals[0]) problems.push(`${page.path}: og:url ${ogUrl} differs from the canonical`);
    if (noindex) problems.push(`${page.path}: noindex`);
  }
  expect(problems).toEqual([]);
});

test('no link is glued to the words around it', () => {
  const joined = pages.flatMap((page) => findJoinedLinks(page.html).map((joint) => `${page.path}: ${joint}`));
  expect(joined).toEqual([]);
});

test('every image has alt text and every labelled SVG has a title', () => {
  const problems: string[] = [];
  for (const page of pages) {
    for (const [tag] of page.html.matchAll(/<img\b[^>]*>/g)) if (!/\salt="/.test(tag)) problems.push(`${page.path}: ${tag}`);
    for (const [svg] of page.html.matchAll(/<svg\b[^>]*role="img"[^>]*>[\s\S]*?<\/svg>/g)) {
      if (!/<title[\s>]/.test(svg) && !/aria-label="/.test(svg)) problems.push(`${page.path}: svg role=img without title`);
    }
  }
  expect(problems).toEqual([]);
});

test('external links are well-formed https', () => {
  const bad: string[] = [];
  for (const page of pages) {
    for (const [, raw] of page.html.matchAll(/<a\b[^>]*?\shref="(https?:[^"]*)"/g)) {
      const href = decode(raw!);
      try {
        const url = new URL(href);
        if (url.protocol !== 'https:' || !url.hostname.includes('.')) bad.push(`${page.path}: ${href}`);
      } catch {
        bad.push(`${page.path}: ${href}`);
      }
    }
  }
  expect(bad).toEqual([]);
});

test('every page carries a strict Content-Security-Policy', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(page.html);
    if (!meta) {
      problems.push(`${page.path}: no CSP meta tag`);
      continue;
    }
    const directives = new Map(
      decode(meta[1]!)
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name, ...values]) => [name!, values]),
    );
    const scripts = directives.get('script-src') ?? [];
    if (scripts.includes("'unsafe-inline'") || scripts.includes("'unsafe-eval'")) problems.push(`${page.path}: script-src allows unsafe code`);
    if ((directives.get('object-src') ?? []).join(' ') !== "'none'") problems.push(`${page.path}: object-src is not 'none'`);
    if ((directives.get('base-uri') ?? []).join(' ') !== "'self'") problems.push(`${page.path}: base-uri is not 'self'`);
    // The policy lists the hashes of exactly the inline scripts (not data blocks) and styles that follow it: each one
    // runs, and no other.
    const after = page.html.slice(meta.index + meta[0].length);
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const inline = {
      'script-src': [...after.matchAll(/<script(?![^>]*\s(?:src=|type="application\/))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]!)),
      'style-src': [...after.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]!)),
    };
    for (const [name, hashes] of Object.entries(inline)) {
      const listed = (directives.get(name) ?? []).filter((v) => v.startsWith("'sha256-")).sort();
      if (listed.join(' ') !== [...new Set(hashes)].sort().join(' ')) problems.push(`${page.path}: ${name} lists ${listed.length} hashes for ${hashes.length} inline elements`);
    }
  }
  expect(problems).toEqual([]);
});

test("every page links the site's stylesheet first, so a page's own sheets (forms, tools, research) build on it", () => {
  const sheetsOf = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
  const all = pages.map((page) => sheetsOf(page.html));
  const site = all[0]!.find((sheet) => all.every((sheets) => sheets.includes(sheet)));
  // Astro orders a page's stylesheets by where their imports sit, so a page imports its own sheets last.
  const problems = pages.filter((page) => sheetsOf(page.html)[0] !== site).map((page) => `${page.path}: ${sheetsOf(page.html).join(' ')}`);
  expect(site).toMatch(/^\/_astro\/.+\.css$/);
  expect(problems).toEqual([]);
  expect(pages.filter((page) => sheetsOf(page.html).length > 1).length, 'pages with a sheet of their own').toBeGreaterThan(200);
});
