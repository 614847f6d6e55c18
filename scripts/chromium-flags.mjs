// The flags Debian's Chromium needs on this closed network (no sandbox as root, no background connections).
// Shared by playwright.config.ts and the benchmark.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
