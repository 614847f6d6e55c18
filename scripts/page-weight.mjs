// Page weight over a built site: the gzip size of a page's HTML and of the CSS and JavaScript it loads
// (following static imports between chunks). Shared by the budgets check and the benchmark.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;

/** Page-weight budgets (gzip bytes), enforced by check-budgets.mjs and reported against by the benchmark. */
export const BUDGETS = {
  /**
   * Enhancement scripts load from shared files, not inline in the HTML; a reference list names at most six authors and
   * the JSON-LD cites sources by @id (the longest guide, /guides/evaluation-harness/, was 20.3 KB on 2026-12-07).
   */
  html: 22 * KB,
  /** The research page lists every source without JavaScript; it grows with the index. */
  researchHtml: 80 * KB,
  /**
   * The FAQ holds every answer with its sources on one page (its sections render lazily); it grows with the answers.
   * Each answer carries its own page menu (copy, view, open in an assistant), about 0.16 KB each.
   */
  faqHtml: 34 * KB,
  /**
   * Tool pages render their whole working form on the server (the calculator's worked case with every preset; the
   * quiz's full bank readable without JavaScript, each answer behind "Show the answer"). The calculator's form lists
   * every current model, tuning route, GPU price (on-demand and serverless) and serving benchmark in its presets, so it
   * grows with the registry (about 35.2 KB with the on-demand GPU prices of December 2026, once the enhancement
   * scripts left the HTML; 36.4 KB on 2026-12-07 once a second review's registry notes joined the presets: no Claude
   * tunable today, Foundry's o4-mini, Mistral's memory minimums, how OpenAI's shutdown date was read, B's last day).
   */
  toolHtml: 37 * KB,
  /**
   * A page without islands loads only the site's stylesheet (4.1 KB) and a source page's small one; forms, tools and the
   * search dialog bring their own.
   */
  readingCss: 5 * KB,
  /** The site's stylesheet with a tool's forms and its own (the wizard's: 6.7 KB on 2026-12-07). */
  css: 8 * KB,
  /**
   * A guide's first visit, HTML + CSS + JavaScript (issue #27: at most 0.42x a Starlight page of the same length on the
   * bench, about 26.3 KB; /guides/fine-tuning/ was 26.4 KB and /guides/evaluation-harness/ 27.0 KB on 2026-12-07).
   */
  guideFirstVisit: 28 * KB,
  /** Pages without an island: small enhancement scripts only. */
  enhancementJs: 3 * KB,
  /**
   * The decision wizard is the heaviest: the one decision rule, the number parser that reads "90%" or "20k", its record
   * handed to an assistant, and WebMCP tools where offered.
   */
  islandJs: 24 * KB,
  researchJs: 30 * KB,
  /**
   * The calculator page runs two islands: three costed options with presets, URL state, the number parser, self-hosting
   * sized per model and GPU, latency against a target, what flips the answer, and the routing blend. The decision
   * rule loads only when the link carries the wizard's answers; the record's code loads on demand.
   */
  calculatorJs: 34 * KB,
};

/** Bytes after gzip at the highest level, as a host serving pre-compressed files would send them. */
export const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Every HTML file under a directory. */
export function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

/** Measures pages of one built site; asset sizes are cached, since most pages share their CSS and scripts. */
export function pageWeigher(dist = 'dist') {
  const sizeCache = new Map();
  function assetSize(url) {
    if (!sizeCache.has(url)) {
      const file = join(dist, url.split('?')[0]);
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
      const file = join(dist, url);
      if (!existsSync(file)) continue;
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
        queue.push(new URL(m[1], `http://x${url}`).pathname);
      }
    }
    return [...seen];
  }

  /** One page, by its HTML file. Sizes are gzip bytes. */
  function measureFile(file) {
    const html = readFileSync(file, 'utf8');
    const route = `/${relative(dist, file).replace(/index\.html$/, '')}`;
    const hasIsland = html.includes('<astro-island');
    const inlineJs = [...html.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
    const externalJs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    const islandJs = [...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]);
    const jsFiles = scriptClosure([...externalJs, ...islandJs]);
    const js = gz(Buffer.from(inlineJs)) + jsFiles.reduce((sum, url) => sum + assetSize(url), 0);
    const css =
      [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce((sum, m) => sum + assetSize(m[1]), 0) +
      gz(Buffer.from([...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('')));
    const framework = jsFiles.some((url) => /preact|client\.|signals/.test(url));
    return { route, html: gz(Buffer.from(html)), css, js, hasIsland, framework };
  }

  /** One page, by its route such as `/research/`. */
  function measureRoute(route) {
    return measureFile(join(dist, route, 'index.html'));
  }

  return { measureFile, measureRoute };
}
