/**
 * Structured data, head links and the feed on the built site: every page type carries its JSON-LD with the
 * properties Google documents as required (and the recommended ones the site fills), the JSON parses, the
 * browser reports no CSP violation for it, every page links the feed and names its card image, each page with
 * a Markdown twin advertises it, and the feed parses with the Atom elements RFC 4287 requires.
 */
import AxeBuilder from '@axe-core/playwright';
import { parseFeed } from '@rowanmanning/feed-parser';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages, fileFor } from './support/dist.ts';
import { cspEvents, recordCspEvents, watchPage } from './support/page-health.ts';

type Json = Record<string, any>;
const pages = builtPages();

function jsonLd(html: string): Json[] {
  return [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Json);
}
const ofType = (html: string, type: string) => jsonLd(html).filter((d) => d['@type'] === type);
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`${path} was not built`);
  return found;
};
const absolute = (value: unknown) => typeof value === 'string' && /^https:\/\/[^/]+\//.test(value);

function expectBreadcrumbs(data: Json) {
  const items = data.itemListElement as Json[];
  expect(items.length).toBeGreaterThanOrEqual(2);
  items.forEach((item, i) => {
    expect(item).toMatchObject({ '@type': 'ListItem', position: i + 1, name: expect.stringMatching(/\S/) });
    if (i < items.length - 1) expect(absolute(item.item), JSON.stringify(item)).toBe(true);
  });
}

test('every page with a breadcrumb carries a BreadcrumbList that matches it', () => {
  const withCrumbs = pages.filter((p) => p.html.includes('aria-label="Breadcrumb"'));
  expect(withCrumbs.length).toBeGreaterThan(150);
  for (const { path, html } of withCrumbs) {
    const [list, ...more] = ofType(html, 'BreadcrumbList');
    expect(more, path).toEqual([]);
    expectBreadcrumbs(list!);
    const visible = [...html.matchAll(/<nav class="breadcrumbs"[\s\S]*?<\/nav>/g)][0]![0].match(/<li[^>]*>([\s\S]*?)<\/li>/g)!.length;
    expect((list!.itemListElement as Json[]).length, path).toBe(visible);
  }
});

test('the FAQ page carries FAQPage with a named question and an answer for each entry', () => {
  const { html } = page('/faq/');
  const [faq] = ofType(html, 'FAQPage');
  const questions = faq!.mainEntity as Json[];
  expect(questions.length).toBe([...html.matchAll(/<section class="faq-entry"/g)].length);
  for (const q of questions) expect(q).toMatchObject({ '@type': 'Question', name: expect.stringMatching(/\?$/), acceptedAnswer: { '@type': 'Answer', text: expect.stringMatching(/\S/) } });
});

/** Each source page's path and the @id of the work it describes. */
const works = new Map(
  pages.filter((p) => /^\/research\/[a-z0-9-]+\/$/.test(p.path)).flatMap((p) => ofType(p.html, 'WebPage').map((w) => [p.path, (w.mainEntity as Json)['@id'] as string] as const)),
);

test('guides and scenarios carry a TechArticle by the site, dated, with their citations, and offer "Cite this page"', () => {
  const articles = pages.filter((p) => /^\/(guides|scenarios)\/[^/]+\/$/.test(p.path));
  expect(articles.length).toBeGreaterThan(10);
  for (const { path, html } of articles) {
    const [article] = ofType(html, 'TechArticle');
    expect(article, path).toMatchObject({
      headline: expect.stringMatching(/\S/),
      author: { '@type': 'Organization', name: 'Tune or Prompt', url: expect.stringMatching(/^https:/) },
      dateModified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(absolute(article!.image), path).toBe(true);
    // Each citation names the work its source page describes, by @id, in bibliography order.
    const references = [...html.matchAll(/<li id="ref-([^"]+)"/g)].map((m) => m[1]!);
    const cited = (article!.citation as Json[]).map((c) => c['@id'] as string);
    expect(cited.map((id) => new URL(id).pathname), path).toEqual(references.map((id) => `/research/${id}/`));
    for (const id of cited) expect(works.get(new URL(id).pathname), `${path} cites ${id}`).toBe(id);
    expect(html, path).toContain('id="cite-this-page"');
    expect(html, path).toMatch(/<pre id="page-bibtex-text"[^>]*><code>@misc\{tune-or-prompt-/);
  }
});

/** The frontmatter `reviewed:` day of a content file, the one fact every date below must show. */
const reviewedIn = (file: string) => /^reviewed: (\d{4}-\d{2}-\d{2})$/m.exec(readFileSync(file, 'utf8'))![1]!;
const LAST_REVIEWED = /<p class="reviewed[^"]*">Last reviewed <time datetime="(\d{4}-\d{2}-\d{2})">\1<\/time><\/p>/g;

test('every guide and scenario shows the day it was last reviewed under its title, in its TechArticle and in its Markdown twin', () => {
  const articles = pages.filter((p) => /^\/(guides|scenarios)\/[^/]+\/$/.test(p.path));
  for (const { path, html } of articles) {
    const day = reviewedIn(`content${path.slice(0, -1)}.mdx`);
    expect(html, path).toMatch(new RegExp(`</h1>\\s*<p class="reviewed[^"]*">Last reviewed <time datetime="${day}">${day}</time></p>`));
    expect(ofType(html, 'TechArticle')[0]!.dateModified, path).toBe(`${day}T00:00:00.000Z`);
    expect(readFileSync(fileFor(`${path.slice(0, -1)}.md`)!, 'utf8'), path).toContain(`\nLast reviewed: ${day}\n`);
  }
});

test('every FAQ answer shows the day it was last reviewed, and the FAQPage is dated by the newest', () => {
  const { html } = page('/faq/');
  const sections = [...html.matchAll(/<section class="faq-entry" aria-labelledby="([^"]+)">([\s\S]*?)<\/section>/g)];
  expect(sections.length).toBeGreaterThan(10);
  const days = sections.map(([, id, body]) => {
    const day = reviewedIn(`content/faq/${id}.mdx`);
    expect([...body!.matchAll(LAST_REVIEWED)].map((m) => m[1]), id).toEqual([day]);
    return day;
  });
  const [faq] = ofType(html, 'FAQPage');
  expect(faq!.dateModified).toBe([...days].sort().at(-1));
  expect((faq!.mainEntity as Json[]).map((q) => q.dateModified)).toEqual(days);
});

test('the research index carries a Dataset with a licence and the four exports as downloads', async ({ request }) => {
  const [data] = ofType(page('/research/').html, 'Dataset');
  expect(data).toMatchObject({ name: expect.any(String), license: 'https://creativecommons.org/licenses/by/4.0/', creator: { name: 'Tune or Prompt' } });
  expect((data!.description as string).length).toBeGreaterThanOrEqual(50);
  expect((data!.description as string).length).toBeLessThanOrEqual(5000);
  const downloads = data!.distribution as Json[];
  expect(downloads.map((d) => d.encodingFormat).sort()).toEqual(['application/vnd.citationstyles.csl+json', 'application/x-bibtex', 'application/x-research-info-systems', 'text/csv']);
  for (const download of downloads) {
    const response = await request.get(new URL(download.contentUrl).pathname);
    expect(response.status(), download.contentUrl).toBe(200);
  }
});

test('each source page has a ScholarlyArticle or CreativeWork as its subject, with authors, date and DOI or arXiv', () => {
  const sources = pages.filter((p) => /^\/research\/[a-z0-9-]+\/$/.test(p.path) && p.path !== '/research/claim-checks/');
  expect(sources.length).toBeGreaterThan(150);
  for (const { path, html } of sources) {
    const [webPage] = ofType(html, 'WebPage');
    const subject = webPage!.mainEntity as Json;
    expect(['ScholarlyArticle', 'CreativeWork'], path).toContain(subject['@type']);
    expect(subject.headline, path).toMatch(/\S/);
    expect((subject.author as Json[]).length, path).toBeGreaterThan(0);
    expect(subject.datePublished, path).toMatch(/^\d{4}$/);
    const links = `${html.match(/<dt>Links<\/dt>[\s\S]*?<\/dd>/)?.[0]}`;
    for (const id of [...links.matchAll(/href="(https:\/\/(?:doi\.org|arxiv\.org\/abs)\/[^"]+)"/g)].map((m) => m[1]))
      if (id !== subject.url) expect(subject.sameAs, path).toContain(id);
  }
});

test('every page links the feed, describes its card image, and pages with a Markdown twin advertise it', () => {
  for (const { path, html } of pages) {
    expect(html, path).toContain('<link rel="alternate" type="application/atom+xml" href="/feed.xml"');
    expect(html, path).toMatch(/<meta property="og:image:alt" content="[^"]{10,}">/);
    const twin = /<link rel="alternate" type="text\/markdown" href="([^"]+)"/.exec(html)?.[1];
    // Guides, scenarios, the FAQ, the models page and each source page have a Markdown twin; lists and tools do not.
    const expected = /^\/(guides|scenarios)\/[^/]+\/$|^\/faq\/$|^\/models\/$/.test(path) || (/^\/research\/[^/]+\/$/.test(path) && path !== '/research/claim-checks/');
    expect(Boolean(twin), path).toBe(expected);
    if (twin) expect(fileFor(twin), twin).toBeDefined();
  }
});

test('the Atom feed parses, with the required feed and entry elements', async ({ request }) => {
  const response = await request.get('/feed.xml');
  expect(response.headers()['content-type']).toContain('xml');
  const feed = parseFeed(await response.text());
  expect(feed.meta.type).toBe('atom');
  const child = (name: string) => feed.element.children.filter((c): c is any => typeof c !== 'string' && c.name === name);
  expect(child('id')).toHaveLength(1);
  expect(feed.title).toMatch(/\S/);
  expect(feed.updated).toBeInstanceOf(Date);
  expect(feed.authors.length).toBeGreaterThan(0);
  expect(feed.self).toMatch(/\/feed\.xml$/);
  expect(feed.items.length).toBeGreaterThan(150);
  const ids = new Set<string>();
  for (const item of feed.items) {
    expect(item.id).toMatch(/^https:/);
    expect(item.title).toMatch(/\S/);
    expect(item.updated).toBeInstanceOf(Date);
    expect(item.url).toMatch(/^https:/);
    ids.add(item.id!);
  }
  expect(ids.size).toBe(feed.items.length);
  expect(feed.items.some((i) => i.title!.startsWith('Guide: '))).toBe(true);
  expect(feed.items.some((i) => i.title!.startsWith('Scenario: '))).toBe(true);
});

test('JSON-LD raises no CSP violation and breaks no page', async ({ page: tab }) => {
  for (const path of ['/faq/', '/guides/overview/', '/research/', '/research/hu-2021-lora/']) {
    const problems = watchPage(tab);
    await recordCspEvents(tab);
    await tab.goto(path, { waitUntil: 'load' });
    expect(await cspEvents(tab), path).toEqual([]);
    expect(problems.cspViolations, path).toEqual([]);
    expect(problems.consoleErrors, path).toEqual([]);
  }
});

test('the research browser downloads the current results in each format', async ({ page: tab }) => {
  await tab.goto('/research/?topic=quantization');
  const group = tab.locator('.export-results');
  await expect(group).toBeVisible();
  const count = Number((await tab.locator('.result-count').textContent())!.match(/^(\d+) of/)![1]);
  for (const [label, pattern] of [['BibTeX', /^@\w+\{/gm], ['RIS', /^TY {2}- /gm]] as const) {
    const [download] = await Promise.all([tab.waitForEvent('download'), group.getByRole('button', { name: `Download results as ${label}` }).click()]);
    const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    expect(text.match(pattern), label).toHaveLength(count);
  }
  await expect(group.getByRole('status')).toContainText(`Saved ${count}`);
  await tab.setViewportSize({ width: 320, height: 800 });
  for (const theme of ['light', 'dark'] as const) {
    await tab.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const results = await new AxeBuilder({ page: tab }).include('.export-results').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id), theme).toEqual([]);
  }
  expect(await group.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
});

test('when only the first page of results is shown, the export offers to show them all first', async ({ page: tab }) => {
  await tab.goto('/research/?type=paper');
  const group = tab.locator('.export-results');
  await expect(group).toContainText('Download the 20 results shown');
  await group.getByRole('button', { name: /^Show all \d+ to export them$/ }).click();
  await expect(group).toContainText(/Download these \d+ results/);
  const [download] = await Promise.all([tab.waitForEvent('download'), group.getByRole('button', { name: 'Download results as CSV' }).click()]);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const total = Number((await tab.locator('.result-count').textContent())!.match(/^(\d+) of/)![1]);
  expect(text.trim().split('\r\n')).toHaveLength(total + 1);
});
