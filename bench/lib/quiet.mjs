// Other work on the machine (other builds, browsers) slows every measurement, by up to three times on a
// busy 2-CPU machine. Before each measurement the bench waits, for a while, until the one-minute load
// average falls below a limit, and records the load it measured under.
import { loadavg } from 'node:os';

/**
 * @param {{ limit: number, maxWaitMs: number, log: (...args: unknown[]) => void }} o
 * @returns {Promise<number>} the one-minute load average when the measurement starts
 */
export async function waitForQuiet({ limit, maxWaitMs, log }) {
  const started = Date.now();
  if (loadavg()[0] >= limit && maxWaitMs > 0) {
    log(`  load average ${loadavg()[0].toFixed(2)}: waiting up to ${Math.round(maxWaitMs / 60_000)} min for it to fall below ${limit}…`);
    while (loadavg()[0] >= limit && Date.now() - started < maxWaitMs) await new Promise((r) => setTimeout(r, 10_000));
  }
  return loadavg()[0];
}
