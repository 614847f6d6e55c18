/** Registers the page's tools with a browser agent where the browser offers WebMCP; nothing happens elsewhere. */
interface ModelContext {
  registerTool?: (tool: unknown) => unknown;
  provideContext?: (context: { tools: unknown[] }) => unknown;
}

export function offerPageTools(): void {
  const context = (navigator as Navigator & { modelContext?: ModelContext }).modelContext;
  if (!context || (typeof context.registerTool !== 'function' && typeof context.provideContext !== 'function')) return;
  void import('./webmcp-tools.ts')
    .then(({ pageTools }) => {
      const tools = pageTools();
      if (typeof context.registerTool === 'function') for (const tool of tools) context.registerTool(tool);
      else context.provideContext!({ tools });
    })
    .catch(() => undefined);
}
