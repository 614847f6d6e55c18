import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The MCP server's tests read the built site: scripts/test.mjs runs them after the build (vitest.mcp.config.ts).
    exclude: ['src/mcp/**', '**/node_modules/**'],
    environment: 'node',
  },
});
