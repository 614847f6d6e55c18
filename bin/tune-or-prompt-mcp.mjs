#!/usr/bin/env node
// The MCP server's command (package.json "bin"): Node 24 runs the TypeScript source directly.
// Usage: tune-or-prompt-mcp [--dist path/to/built/site]
import { main } from '../src/mcp/server.ts';

await main();
