/**
 * Tune or Prompt's MCP server: the built site's search, pages, model data, decision rule and cost calculator as
 * tools for AI assistants, over stdio, with no network. Start it with `npm run mcp` after `npm run build`
 * (or `node src/mcp/server.ts [--dist path]`; `TOP_DIST` also sets the folder). See README, "MCP server".
 */
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { loadBuiltSite, type BuiltSite } from './built-site.ts';
import { TOOLS, type ToolDefinition } from './tools.ts';

export const SERVER_NAME = 'tune-or-prompt';
export const SERVER_VERSION = '1.0.0';

/** The repository's dist/, next to src/. */
export const DEFAULT_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist');

export function createServer(site: BuiltSite): McpServer {
  const server = new McpServer(
    { name: SERVER_NAME, version: SERVER_VERSION },
    {
      instructions:
        `Tune or Prompt (${site.data.site}) helps decide between prompt engineering and fine-tuning. Prices are US dollars per million tokens, in force on ${site.data.buildDate}, each with the day it was read and its source; quote those with any figure. Use search then get_page to read the site, decide for the decision rule, estimate_cost for costs.`,
    },
  );
  for (const tool of TOOLS as readonly ToolDefinition[]) {
    server.registerTool(
      tool.name,
      { title: tool.title, description: tool.description, inputSchema: tool.inputSchema, annotations: { readOnlyHint: true, openWorldHint: false } },
      async (args: Record<string, unknown>) => {
        try {
          return tool.handler(args as never, site);
        } catch (error) {
          // A bug, not a bad input: say so instead of dropping the connection.
          return { content: [{ type: 'text' as const, text: `internal error in ${tool.name}: ${error instanceof Error ? error.message : String(error)}` }], isError: true };
        }
      },
    );
  }
  return server;
}

function distArgument(argv: readonly string[]): string {
  const at = argv.indexOf('--dist');
  if (at >= 0 && argv[at + 1]) return resolve(argv[at + 1]!);
  return process.env.TOP_DIST ? resolve(process.env.TOP_DIST) : DEFAULT_DIST;
}

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  let site: BuiltSite;
  try {
    site = loadBuiltSite(distArgument(argv));
  } catch (error) {
    process.stderr.write(`tune-or-prompt MCP server: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  await createServer(site).connect(new StdioServerTransport());
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
