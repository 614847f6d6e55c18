import { defineConfig } from 'vitest/config';

/** The MCP server's tests need a built dist/: `npm test` runs them after the build (scripts/test.mjs), `npm run test:mcp` alone. */
export default defineConfig({
  test: {
    include: ['src/mcp/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
