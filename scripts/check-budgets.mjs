// Page-weight budgets over dist/: gzip sizes of each page's HTML and of the CSS and JavaScript it loads.
// Prints a table of the heaviest pages and fails when a budget is exceeded.
import { existsSync } from 'node:fs';
import { BUDGETS, KB, htmlFiles, pageWeigher } from './page-weight.mjs';

export { BUDGETS };
const DIST = 'dist';

if (!existsSync(DIST)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const { measureFile } = pageWeigher(DIST);
const rows = [];
const failures = [];
for (const file of htmlFiles(DIST)) {
  const row = measureFile(file);
  const { route, html: htmlSize, css, js, hasIsland, framework } = row;
  const isResearch = route === '/research/';
  const budget = {
    html: isResearch ? BUDGETS.researchHtml : route === '/faq/' ? BUDGETS.faqHtml : route === '/calculator/' || route === '/quiz/' ? BUDGETS.toolHtml : BUDGETS.html,
    js: hasIsland ? (isResearch ? BUDGETS.researchJs : route === '/calculator/' ? BUDGETS.calculatorJs : BUDGETS.islandJs) : BUDGETS.enhancementJs,
    css: hasIsland ? BUDGETS.css : BUDGETS.readingCss,
  };
  rows.push(row);
  if (htmlSize > budget.html) failures.push(`${route}: HTML ${(htmlSize / KB).toFixed(1)} KB gzip > ${budget.html / KB} KB`);
  if (css > budget.css) failures.push(`${route}: CSS ${(css / KB).toFixed(1)} KB gzip > ${budget.css / KB} KB`);
  if (js > budget.js) failures.push(`${route}: JS ${(js / KB).toFixed(1)} KB gzip > ${budget.js / KB} KB`);
  if (!hasIsland && framework) failures.push(`${route}: loads framework JavaScript but has no island`);
  const total = htmlSize + css + js;
  if (/^\/guides\/[^/]+\/$/.test(route) && total > BUDGETS.guideFirstVisit)
    failures.push(`${route}: first visit ${(total / KB).toFixed(1)} KB gzip > ${BUDGETS.guideFirstVisit / KB} KB`);
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
