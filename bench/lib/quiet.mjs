// Other work on the machine (other builds, browsers) slows every measurement, by up to three times on a
// busy 2-CPU machine. Before each measurement the bench samples how busy the CPUs are while it does
// nothing itself, waits (for a while) until they are mostly idle, and records what it measured.
import { cpus } from 'node:os';

const totals = () =>
  cpus().reduce(
    (sum, cpu) => {
      const t = cpu.times;
      sum.idle += t.idle;
      sum.all += t.user + t.nice + t.sys + t.idle + t.irq;
      return sum;
    },
    { idle: 0, all: 0 },
  );

/** Share of all CPU time (0 to 1) spent busy over the next `ms` milliseconds. */
export async function cpuBusy(ms = 3000) {
  const a = totals();
  await new Promise((r) => setTimeout(r, ms));
  const b = totals();
  const all = b.all - a.all;
  return all > 0 ? 1 - (b.idle - a.idle) / all : 0;
}

/**
 * Waits until the CPUs are busy less than `limit` of the time (sampled over 3 s while the bench is
 * idle), for at most `maxWaitMs`.
 * @param {{ limit: number, maxWaitMs: number, log: (...args: unknown[]) => void }} o
 * @returns {Promise<number>} the busy share sampled last, when the measurement starts
 */
export async function waitForQuiet({ limit, maxWaitMs, log }) {
  const started = Date.now();
  let busy = await cpuBusy();
  if (busy >= limit && maxWaitMs > 0) {
    log(`  CPUs ${Math.round(busy * 100)}% busy with other work: waiting up to ${Math.round(maxWaitMs / 60_000)} min for under ${Math.round(limit * 100)}%…`);
    while (busy >= limit && Date.now() - started < maxWaitMs) busy = await cpuBusy(5000);
  }
  return busy;
}
