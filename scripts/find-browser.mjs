// Finds a Chromium for Playwright: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own
// download; on Debian or Ubuntu as root it installs the `chromium` package with apt. Prints the path.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const DEBIAN_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Playwright's own Chromium, if it was ever downloaded on this machine. */
function playwrightBrowser() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function findBrowser({ install = true, log = console.error } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there: point it at a Chrome or Chromium binary.`);
  }
  const system = DEBIAN_PATHS.find((p) => existsSync(p));
  if (system) return system;
  const bundled = playwrightBrowser();
  if (bundled) return bundled;

  const isDebian = existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isDebian && isRoot) {
    log('No Chromium found: installing Debian\'s chromium package with apt-get (this takes a minute)...');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', timeout: 600_000 });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        timeout: 900_000,
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (error) {
      throw new Error(`Installing chromium with apt-get failed (${error.message}). Install it by hand, or set CHROMIUM_PATH.`);
    }
    const installed = DEBIAN_PATHS.find((p) => existsSync(p));
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium found for the browser tests: install Chromium (on Debian or Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chrome or Chromium binary.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findBrowser());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
