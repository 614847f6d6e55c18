/**
 * The page's WebMCP tools: names, descriptions and input schemas from the page (WebMcpTools.astro), answers from
 * src/lib/agent/tool-answers.ts, the same as the MCP server's. estimate_cost reads the prices from /data/models.json.
 */
import { decideAnswer, estimateAnswer, type ToolAnswer } from '../lib/agent/tool-answers.ts';
import { SITE_DATA_PATH, type SiteData } from '../lib/models/site-data.ts';
import type { EstimateRequest } from '../lib/cost/estimate.ts';

interface Spec {
  name: string;
  description: string;
  inputSchema: object;
}

const result = (answer: ToolAnswer) =>
  answer.ok
    ? { content: [{ type: 'text', text: JSON.stringify(answer.value) }] }
    : { content: [{ type: 'text', text: `${answer.field}: ${answer.message}` }], isError: true };

let data: Promise<SiteData> | undefined;
const siteData = () => (data ??= fetch(SITE_DATA_PATH).then((r) => r.json() as Promise<SiteData>));

const ANSWERS: Record<string, (args: Record<string, unknown>) => Promise<ToolAnswer>> = {
  decide: async (args) => decideAnswer(args, { date: new Date().toISOString().slice(0, 10), origin: window.location.origin }),
  estimate_cost: async (args) => {
    if (typeof args.requests !== 'number') return { ok: false, field: 'requests', message: 'give the number of requests per month (or per day with per: "day")' };
    const built = await siteData();
    return estimateAnswer({ per: 'month', ...args } as unknown as EstimateRequest, { ...built, site: window.location.origin });
  },
};

export function pageTools() {
  const specs = JSON.parse(document.getElementById('webmcp-tools')?.textContent ?? '[]') as Spec[];
  return specs
    .filter((spec) => ANSWERS[spec.name])
    .map((spec) => ({
      ...spec,
      annotations: { readOnlyHint: true },
      execute: async (args: Record<string, unknown> = {}) => {
        try {
          return result(await ANSWERS[spec.name]!(args ?? {}));
        } catch (error) {
          return { content: [{ type: 'text', text: `${spec.name}: ${error instanceof Error ? error.message : String(error)}` }], isError: true };
        }
      },
    }));
}
