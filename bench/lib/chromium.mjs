// The Chromium every browser measurement uses, and the flags this closed network needs (the same as
// playwright.config.ts, plus new headless mode).
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../../scripts/chromium-flags.mjs';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

export function assertChromium() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's chromium package or set CHROME_PATH.`);
  }
  return CHROMIUM_PATH;
}
