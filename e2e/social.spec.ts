/**
 * Social cards: every built page points og:image and twitter:image at its own card, and that card exists in
 * dist/ as a 1200×630 PNG (read from the file's header), named by ogImagePath() and served as an image.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { ogImagePath } from '../src/lib/site/social-card.ts';

const DIST = 'dist';

function walk(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

/** "dist/guides/overview/index.html" → "/guides/overview/"; "dist/404.html" → "/404/". */
function pagePath(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  const path = rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/');
  return `/${path}`;
}

function meta(html: string, attr: 'property' | 'name', key: string): string | undefined {
  const tag = new RegExp(`<meta\\s+[^>]*${attr}="${key.replace(/[.:]/g, '\\$&')}"[^>]*>`).exec(html)?.[0];
  return tag ? /content="([^"]*)"/.exec(tag)?.[1]?.replace(/&amp;/g, '&') : undefined;
}

/** Width and height from a PNG's IHDR chunk, or undefined if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const pages = existsSync(DIST) ? walk(DIST, '.html').map((file) => ({ file, path: pagePath(file), html: readFileSync(file, 'utf8') })) : [];

test('every page has og:image and twitter:image pointing at its own 1200×630 PNG', () => {
  expect(pages.length, 'pages in dist/ (run `npm run build` first)').toBeGreaterThan(150);
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const { path, html } of pages) {
    const og = meta(html, 'property', 'og:image');
    const twitter = meta(html, 'name', 'twitter:image');
    if (!og || !twitter) {
      problems.push(`${path}: og:image ${og ?? 'missing'}, twitter:image ${twitter ?? 'missing'}`);
      continue;
    }
    if (og !== twitter) problems.push(`${path}: og:image ${og} differs from twitter:image ${twitter}`);
    if (meta(html, 'property', 'og:image:width') !== '1200' || meta(html, 'property', 'og:image:height') !== '630') {
      problems.push(`${path}: og:image:width/height are not 1200/630`);
    }
    const url = new URL(og);
    if (url.pathname !== ogImagePath(path)) problems.push(`${path}: og:image is ${url.pathname}, expected ${ogImagePath(path)}`);
    const other = owner.get(url.pathname);
    if (other) problems.push(`${path} shares its card with ${other}`);
    owner.set(url.pathname, path);
    const file = join(DIST, decodeURIComponent(url.pathname));
    if (!existsSync(file)) {
      problems.push(`${path}: ${url.pathname} is not in dist/`);
      continue;
    }
    const size = pngSize(readFileSync(file));
    if (!size) problems.push(`${path}: ${url.pathname} is not a PNG`);
    else if (size.width !== 1200 || size.height !== 630) problems.push(`${path}: ${url.pathname} is ${size.width}×${size.height}`);
  }
  expect(problems).toEqual([]);
});

test('every card belongs to a page, and no two cards are the same picture', () => {
  const cards = walk(join(DIST, 'og'), '.png').map((file) => `/${relative(DIST, file).split(sep).join('/')}`);
  const used = new Set(pages.map(({ path }) => ogImagePath(path)));
  expect(cards.filter((card) => !used.has(card)), 'cards without a page').toEqual([]);
  const digests = new Map<string, string>();
  const duplicates: string[] = [];
  for (const card of cards) {
    const digest = createHash('sha256').update(readFileSync(join(DIST, card))).digest('hex');
    const twin = digests.get(digest);
    if (twin) duplicates.push(`${card} = ${twin}`);
    digests.set(digest, card);
  }
  expect(duplicates, 'cards drawn identically (each shows its own title)').toEqual([]);
});

test('the preview serves a page card as an image', async ({ page, request }) => {
  await page.goto('/guides/overview/');
  const og = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(new URL(og!).pathname).toBe('/og/guides/overview.png');
  const response = await request.get('/og/guides/overview.png');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/png/);
  expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
});
