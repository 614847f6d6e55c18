// Lighthouse mobile audits (the default config: Moto G Power emulation, simulated slow 4G and 4x CPU
// throttling) of one URL, several runs, keeping Lighthouse's own median run.
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, assertChromium } from './chromium.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The browser of the run in progress, killed if the bench exits mid-run. */
let running = null;
process.on('exit', () => {
  if (running?.pid) {
    try {
      process.kill(running.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
});

/** One Lighthouse run in a fresh browser profile. */
async function runOnce(url) {
  const chrome = await chromeLauncher.launch({ chromePath: assertChromium(), chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  running = chrome;
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result.lhr;
  } finally {
    running = null;
    chrome.kill();
  }
}

/** Audits that cost points: scored, not passed, not informative. */
function failingAudits(lhr) {
  const ids = new Set();
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) ids.add(`${id}: ${ref.id} (${Math.round(audit.score * 100)})`);
    }
  }
  return [...ids];
}

/** Where the median run's layout shifts and long main-thread tasks came from, to say what to fix. */
function culprits(lhr) {
  const path = (url) => {
    try {
      return new URL(url).pathname;
    } catch {
      return String(url);
    }
  };
  const shifts = (lhr.audits['layout-shifts']?.details?.items ?? [])
    .map((item) => item.node?.selector || item.node?.snippet)
    .filter(Boolean)
    .slice(0, 3);
  const longTasks = (lhr.audits['long-tasks']?.details?.items ?? [])
    .slice(0, 3)
    .map((item) => `${path(item.url)} ${Math.round(item.duration)} ms`);
  return { shifts, longTasks };
}

/**
 * Scores (0 to 100) for the four categories and the core metrics of the median of `runs` runs.
 * @returns {Promise<{performance:number, accessibility:number, bestPractices:number, seo:number, lcp:number, tbt:number, cls:number, failing:string[], runtimeError?:string, perfRange:[number,number]}>}
 */
export async function audit(url, runs = 3) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(url));
  const lhr = computeMedianRun(results);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const perfScores = results.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100));
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    perfRange: [Math.min(...perfScores), Math.max(...perfScores)],
    failing: failingAudits(lhr),
    ...culprits(lhr),
    runtimeError: lhr.runtimeError?.message,
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment?.hostUserAgent,
  };
}
