// Runs the Playwright suite against the built site with a Chromium found (or installed) by find-browser,
// on a free port unless E2E_PORT names one (a dev server or another preview often holds the default).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { findBrowser } from './find-browser.mjs';

/** A TCP port nothing listens on right now, chosen by the system. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

let browser;
try {
  browser = findBrowser();
} catch (error) {
  console.error(`\n✗ ${error.message}\n`);
  process.exit(1);
}
const port = process.env.E2E_PORT ?? String(await freePort());
console.error(`Browser tests use ${browser}, site served on port ${port}`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser, E2E_PORT: port },
});
process.exit(result.status ?? 1);
