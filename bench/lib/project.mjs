// Temporary copies of the project for building: the working tree's files (tracked and untracked, not
// ignored) and a private node_modules/ whose entries link to the real one's. Private, because Astro keeps
// its content cache in node_modules/.astro: a build of 10,000 synthetic sources must not write into the
// cache that every checkout sharing node_modules/ reads, and deleting it for a cold build must not
// disturb them.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const PRIVATE = new Set(['.astro', '.vite', '.cache']);

export function copyProject(source, label) {
  const dir = mkdtempSync(join(tmpdir(), `tune-or-prompt-bench-${label}-`));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: source })
    .toString()
    .split('\0')
    .filter((f) => f && f !== 'node_modules' && !f.startsWith('node_modules/'));
  for (const file of files) {
    const from = join(source, file);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(from, join(dir, file));
  }
  const modules = realpathSync(join(source, 'node_modules'));
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (!PRIVATE.has(entry)) symlinkSync(join(modules, entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

export function removeProject(dir) {
  if (dir && dir.startsWith(tmpdir())) rmSync(dir, { recursive: true, force: true });
}

/** The environment child processes get: this Node (the project's Node 24) first on PATH. */
export function childEnv(extra = {}) {
  return { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}`, ...extra };
}

/**
 * `npx astro build` in `dir`, timed. Cold removes dist/, .astro/ and node_modules/.astro first.
 * Stops the build after `timeoutMs` and reports it as timed out.
 * @returns {Promise<{seconds:number, pages:number|null, timedOut:boolean, log:string}>}
 */
export function build(dir, { cold = false, timeoutMs = 30 * 60_000, logFile } = {}) {
  if (cold) for (const path of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(dir, path), { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npx', ['astro', 'build'], { cwd: dir, env: childEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      if (logFile) writeFileSync(logFile, log);
      if (timedOut) return resolve({ seconds, pages: null, timedOut, log });
      if (code !== 0) return reject(new Error(`astro build failed in ${dir} (exit ${code}):\n${log.slice(-3000)}`));
      const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN);
      resolve({ seconds, pages, timedOut, log });
    });
  });
}

/** `npx astro preview` of `dir`'s dist/ on 127.0.0.1:port; resolves once it answers. */
export async function preview(dir, port) {
  const child = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: childEnv(),
    detached: true,
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited (${child.exitCode}); is port ${port} taken?`);
    try {
      const res = await fetch(`${origin}/`);
      if (res.ok) return { origin, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`astro preview did not answer on ${origin} within 60 s`);
}
