/**
 * Markdown for AI tools: /llms.txt lists the site's sections and pages, each guide and scenario and the FAQ
 * has a .md twin, /llms-full.txt holds them all, and no MDX component or inline SVG survives the export.
 * Reads the built files in dist/ and checks them against the built HTML pages.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, postprocess, preprocess } from 'micromark';
import { sitemapPaths } from './support/sitemap.ts';
import { PRIMARY_NAV, SECONDARY_NAV, SITE_NAME } from '../src/lib/site/site.ts';
import { markdownPath } from '../src/lib/agent/markdown-export.ts';

const DIST = 'dist';
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const htmlOf = (path: string) => read(join(path, 'index.html'));
const decode = (text: string) =>
  text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
/** The HTML has typographic quotes (the Markdown pipeline's smartypants); the exported Markdown keeps the source's. */
const plainQuotes = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
const ogTitle = (html: string) => decode(/<meta property="og:title" content="([^"]*)"/.exec(html)?.[1] ?? '');
const description = (html: string) => decode(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '');

const paths = sitemapPaths();
const origin = new URL(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8').match(/<loc>([^<]+)<\/loc>/)![1]!).origin;
const guides = paths.filter((p) => /^\/guides\/[^/]+\/$/.test(p));
const scenarios = paths.filter((p) => /^\/scenarios\/[^/]+\/$/.test(p));
const navPaths = new Set([...PRIMARY_NAV, ...SECONDARY_NAV].map((item) => item.href));
const markdownFiles = [...guides, ...scenarios, '/faq/'].map(markdownPath);
/** Twins outside llms-full.txt: each source page, each FAQ answer (/faq/<id>.md) and /models/. */
const sources = paths.filter((p) => /^\/research\/[^/]+\/$/.test(p) && p !== '/research/claim-checks/');
const faqAnswers = readdirSync(join(DIST, 'faq')).filter((f) => f.endsWith('.md')).map((f) => `/faq/${f}`);
const otherTwins = [...sources.map(markdownPath), ...faqAnswers, markdownPath('/models/')];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

interface Link {
  title: string;
  url: string;
  description: string;
}
function llmsLinks(text: string): Link[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => {
      const m = /^- \[((?:\\.|[^\]])+)\]\((\S+)\)(?:: (.+))?$/.exec(line);
      expect(m, `llms.txt line in "- [Title](url): description" form: ${line}`).not.toBeNull();
      return { title: m![1]!.replace(/\\(.)/g, '$1'), url: m![2]!, description: m![3] ?? '' };
    });
}

test('llms.txt has the name, a summary and sections, and lists every guide, scenario, section index and tool', () => {
  expect(guides.length).toBeGreaterThan(5);
  expect(scenarios.length).toBeGreaterThan(5);
  const text = read('llms.txt');
  expect(text.startsWith(`# ${SITE_NAME}\n\n> `), 'H1 site name, then a blockquote summary').toBe(true);
  expect(text.match(/^# /gm), 'one H1').toHaveLength(1);
  expect(text.match(/^## .+$/gm)?.length ?? 0).toBeGreaterThanOrEqual(5);
  const links = llmsLinks(text);
  for (const link of links) expect(link.url, `absolute URL on the site: ${link.url}`).toMatch(new RegExp(`^${origin}/`));
  const listed = new Set(links.map((link) => new URL(link.url).pathname + new URL(link.url).hash));
  const expected = paths.filter((p) => guides.includes(p) || scenarios.includes(p) || navPaths.has(p));
  expect(expected.length).toBeGreaterThan(guides.length + scenarios.length + 5);
  expect(expected.filter((p) => !listed.has(p)), 'sitemap pages missing from llms.txt').toEqual([]);
});

test('llms.txt gives each page the title and description the page itself has, and every link resolves', () => {
  const problems: string[] = [];
  for (const link of llmsLinks(read('llms.txt'))) {
    const url = new URL(link.url);
    if (!link.description) problems.push(`${url.pathname}: no description`);
    if (url.pathname.endsWith('/')) {
      if (!existsSync(join(DIST, url.pathname, 'index.html'))) {
        problems.push(`${link.url}: no such page`);
        continue;
      }
      const html = htmlOf(url.pathname);
      if (url.hash) {
        if (!html.includes(`id="${url.hash.slice(1)}"`)) problems.push(`${link.url}: no such anchor`);
        continue;
      }
      if (ogTitle(html) !== link.title) problems.push(`${url.pathname}: llms.txt says "${link.title}", the page "${ogTitle(html)}"`);
      if (description(html) !== link.description) problems.push(`${url.pathname}: description differs from the page's`);
    } else if (!existsSync(join(DIST, url.pathname))) {
      problems.push(`${link.url}: no such file`);
    }
  }
  expect(problems).toEqual([]);
});

test('each guide and scenario, and the FAQ, has a Markdown twin at its address plus .md', async ({ request }) => {
  for (const [file, page] of markdownFiles.map((file, i) => [file, [...guides, ...scenarios, '/faq/'][i]!] as const)) {
    expect(existsSync(join(DIST, file)), `${file} in dist/`).toBe(true);
    const markdown = read(file);
    expect(markdown.split('\n')[0], `${file} starts with the page title`).toBe(`# ${ogTitle(htmlOf(page))}`);
    expect(markdown).toContain(`Canonical page: <${origin}${page}>`);
  }
  const response = await request.get('/guides/overview.md');
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe(read('guides/overview.md'));
});

test('llms-full.txt contains every guide, scenario and question', () => {
  const full = read('llms-full.txt');
  for (const page of [...guides, ...scenarios]) expect(full, page).toContain(`\n# ${ogTitle(htmlOf(page))}\n`);
  const questions = [...htmlOf('/faq/').matchAll(/<h2 id="[^"]+"[^>]*>([^<]+)<\/h2>/g)].map((m) => decode(m[1]!)).filter((q) => q.endsWith('?'));
  expect(questions.length).toBeGreaterThan(5);
  for (const question of questions) expect(full, question).toContain(`\n## ${question}\n`);
});

test('no component, inline SVG or site-relative link survives in the exported Markdown', () => {
  const exported = [...walk(DIST).filter((f) => f.endsWith('.md')), join(DIST, 'llms.txt'), join(DIST, 'llms-full.txt')];
  expect(faqAnswers.length).toBeGreaterThan(5);
  expect(exported.length).toBe(markdownFiles.length + otherTwins.length + 2);
  const problems: string[] = [];
  for (const file of exported) {
    const text = readFileSync(file, 'utf8');
    for (const tag of ['<Cite', '<Aside', '<svg', '</Aside', '</svg']) if (text.includes(tag)) problems.push(`${file}: ${tag}`);
    if (/\]\((?!https?:|mailto:)/.test(text)) problems.push(`${file}: a link that is not absolute`);
    // Every link into the site points at something the build produced.
    for (const m of text.matchAll(new RegExp(`${origin.replace(/[.]/g, '\\.')}(/[^)\\s>#]*)`, 'g'))) {
      const path = m[1]!;
      const target = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
      if (!existsSync(target)) problems.push(`${file}: broken link ${path}`);
    }
  }
  expect(problems).toEqual([]);
});

test('no exported Markdown holds raw HTML: micromark, a CommonMark parser, finds none outside code', () => {
  const exported = [...walk(DIST).filter((f) => f.endsWith('.md')), join(DIST, 'llms.txt'), join(DIST, 'llms-full.txt')];
  const problems: string[] = [];
  for (const file of exported) {
    const events = postprocess(parse().document().write(preprocess()(readFileSync(file, 'utf8'), undefined, true)));
    for (const [kind, token, context] of events) {
      if (kind === 'enter' && (token.type === 'htmlFlow' || token.type === 'htmlText')) problems.push(`${file}: ${context.sliceSerialize(token)}`);
    }
  }
  expect(problems).toEqual([]);
});

test('citations become links to their sources, and figures become their title and description', () => {
  for (const page of guides) {
    const html = htmlOf(page);
    const markdown = read(markdownPath(page));
    const cited = new Set([...html.matchAll(/<sup class="cite">[^]*?<\/sup>/g)].flatMap((m) => [...m[0].matchAll(/href="#ref-([^"]+)"/g)].map((r) => r[1]!)));
    const linked = new Set([...markdown.matchAll(/\]\(https?:\/\/[^/]+\/research\/([a-z0-9-]+)\/\)/g)].map((m) => m[1]!));
    expect([...cited].filter((id) => !linked.has(id)), `${page}: citations without a link`).toEqual([]);
    for (const m of html.matchAll(/<svg[^>]*role="img"[\s\S]*?<title[^>]*>([^<]+)<\/title>\s*<desc[^>]*>([^<]+)<\/desc>/g)) {
      expect(plainQuotes(markdown), `${page}: figure "${m[1]}"`).toContain(`**Figure: ${plainQuotes(decode(m[1]!)).trim()}`);
      expect(plainQuotes(markdown)).toContain(plainQuotes(decode(m[2]!)).replace(/\s+/g, ' ').trim());
    }
  }
  const overview = read('guides/overview.md');
  expect(overview).toMatch(/\(\[Hu et al\., 20\d\d\]\(https?:\/\/[^)]+\/research\/hu-2021-lora\/\)\)/);
  expect(overview).toContain('> **Do the cost arithmetic yourself**');
});
