// Page-weight budgets over dist/: gzip sizes of each page's HTML and of the CSS and JavaScript it loads.
// Prints a table of the heaviest pages and fails when a budget is exceeded.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1024;
export const BUDGETS = {
  html: 30 * KB,
  /** The research page lists every source without JavaScript; it grows with the index. */
  researchHtml: 80 * KB,
  css: 15 * KB,
  /** Pages without an island: small enhancement scripts only. */
  enhancementJs: 3 * KB,
  islandJs: 20 * KB,
  researchJs: 30 * KB,
};

if (!existsSync(DIST)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const sizeCache = new Map();
function assetSize(url) {
  if (!sizeCache.has(url)) {
    const file = join(DIST, url.split('?')[0]);
    sizeCache.set(url, existsSync(file) ? gz(readFileSync(file)) : 0);
  }
  return sizeCache.get(url);
}

/** Module scripts a page loads, following static imports between chunks. */
function scriptClosure(entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.pop();
    if (seen.has(url)) continue;
    seen.add(url);
    const file = join(DIST, url);
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      queue.push(new URL(m[1], `http://x${url}`).pathname);
    }
  }
  return [...seen];
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.html') ? [path] : [];
  });
}

const rows = [];
const failures = [];
for (const file of walk(DIST)) {
  const html = readFileSync(file, 'utf8');
  const route = `/${relative(DIST, file).replace(/index\.html$/, '')}`;
  const hasIsland = html.includes('<astro-island');
  const inlineJs = [...html.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const externalJs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  const islandJs = [...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]);
  const jsFiles = scriptClosure([...externalJs, ...islandJs]);
  const js = gz(Buffer.from(inlineJs)) + jsFiles.reduce((sum, url) => sum + assetSize(url), 0);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce((sum, m) => sum + assetSize(m[1]), 0) +
    gz(Buffer.from([...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('')));
  const htmlSize = gz(Buffer.from(html));
  const isResearch = route === '/research/';
  const framework = jsFiles.some((url) => /preact|client\.|signals/.test(url));
  const budget = {
    html: isResearch ? BUDGETS.researchHtml : BUDGETS.html,
    js: hasIsland ? (isResearch ? BUDGETS.researchJs : BUDGETS.islandJs) : BUDGETS.enhancementJs,
    css: BUDGETS.css,
  };
  rows.push({ route, html: htmlSize, css, js, hasIsland });
  if (htmlSize > budget.html) failures.push(`${route}: HTML ${(htmlSize / KB).toFixed(1)} KB gzip > ${budget.html / KB} KB`);
  if (css > budget.css) failures.push(`${route}: CSS ${(css / KB).toFixed(1)} KB gzip > ${budget.css / KB} KB`);
  if (js > budget.js) failures.push(`${route}: JS ${(js / KB).toFixed(1)} KB gzip > ${budget.js / KB} KB`);
  if (!hasIsland && framework) failures.push(`${route}: loads framework JavaScript but has no island`);
}

const fmt = (n) => `${(n / KB).toFixed(1)} KB`.padStart(9);
const top = (key) => [...rows].sort((a, b) => b[key] - a[key]).slice(0, 3);
console.log(`Budgets over ${rows.length} pages (gzip). Heaviest:`);
for (const key of ['html', 'css', 'js']) {
  for (const row of top(key)) console.log(`  ${key.padEnd(4)} ${fmt(row[key])}  ${row.route}${row.hasIsland ? ' (island)' : ''}`);
}
if (failures.length) {
  console.error(`\n${failures.length} budget(s) exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('All pages within budget.');
