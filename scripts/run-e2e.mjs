// Runs the Playwright suite against the built site with a Chromium found (or installed) by find-browser.
import { spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

let browser;
try {
  browser = findBrowser();
} catch (error) {
  console.error(`\n✗ ${error.message}\n`);
  process.exit(1);
}
console.error(`Browser tests use ${browser}`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser },
});
process.exit(result.status ?? 1);
