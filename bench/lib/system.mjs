// The machine and software a run measured, for the results file.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH } from './chromium.mjs';

/** An installed package's version (read from its package.json, which some packages do not export). */
const version = (pkg) => {
  try {
    return JSON.parse(readFileSync(join('node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};

export function systemInfo() {
  let nproc = cpus().length;
  try {
    nproc = Number(execFileSync('nproc').toString().trim());
  } catch {
    /* keep os.cpus() */
  }
  let chromium = '?';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    /* reported as unknown */
  }
  const cpuModel = (() => {
    try {
      return /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
    } catch {
      return cpus()[0]?.model ?? '?';
    }
  })();
  return {
    date: new Date().toISOString(),
    nproc,
    memoryGiB: totalmem() / 1024 ** 3,
    cpuModel,
    node: process.version,
    chromium,
    loadAverage: loadavg(),
    /** Filled in when the run ends. */
    loadAverageEnd: /** @type {number[]} */ ([]),
    versions: { astro: version('astro'), lighthouse: version('lighthouse'), 'playwright-core': version('playwright-core') },
  };
}
