/**
 * The MCP server's tools over a built site: each has a zod input schema and a handler that answers from the
 * site's own data and pure functions (the search engine, the Markdown twins, /data/models.json, the decision
 * rule, the calculator's formulas). A handler never throws: a request it cannot answer returns a tool error
 * (isError) whose text starts with the field at fault.
 */
import { z } from 'zod';
import type { BuiltSite } from './built-site.ts';
import { SEARCH_KINDS, MAX_QUERY_LENGTH, MAX_RESULTS, searchSite } from '../lib/search/site-search.ts';
import { snippet } from '../lib/search/snippet.ts';
import { markdownPath } from '../lib/agent/markdown-export.ts';
import { QUESTIONS } from '../lib/decision/questions.ts';
import { decideAnswer, estimateAnswer, type ToolAnswer } from '../lib/agent/tool-answers.ts';
import type { ModelRecord, SiteData } from '../lib/models/site-data.ts';

export interface ToolResult {
  [key: string]: unknown;
  content: { type: 'text'; text: string }[];
  isError?: boolean;
}

export interface ToolDefinition<Shape extends z.ZodRawShape = z.ZodRawShape> {
  name: string;
  title: string;
  description: string;
  inputSchema: Shape;
  handler: (args: z.infer<z.ZodObject<Shape>>, site: BuiltSite) => ToolResult;
}

const json = (value: unknown): ToolResult => ({ content: [{ type: 'text', text: JSON.stringify(value, null, 2) }] });
const fail = (field: string, message: string): ToolResult => ({ content: [{ type: 'text', text: `${field}: ${message}` }], isError: true });
const answered = (answer: ToolAnswer): ToolResult => (answer.ok ? json(answer.value) : fail(answer.field, answer.message));
const absolute = (site: BuiltSite, path: string) => new URL(path, site.data.site).href;

function define<Shape extends z.ZodRawShape>(tool: ToolDefinition<Shape>): ToolDefinition<Shape> {
  return tool;
}

// ---------------------------------------------------------------------------------------------------------

const search = define({
  name: 'search',
  title: 'Search the site',
  description:
    'Search Tune or Prompt (guides, decision scenarios, FAQ answers, glossary, claim checks, models, sources) with the site search engine. Returns titles, absolute URLs and a snippet around the best passage; read a result in full with get_page.',
  inputSchema: {
    query: z.string().trim().min(1).max(MAX_QUERY_LENGTH).describe('What to look for, in plain words, e.g. "LoRA memory" or "prompt caching cost".'),
    limit: z.number().int().min(1).max(MAX_RESULTS).default(8).describe(`How many results, 1–${MAX_RESULTS}.`),
    kind: z.enum(SEARCH_KINDS).optional().describe('Only results of this kind.'),
  },
  handler: ({ query, limit, kind }, site) => {
    const { site: index, text } = site.search;
    const all = searchSite(index, query, kind ? index.docs.length : limit, text);
    const hits = (kind ? all.hits.filter((h) => h.doc.kind === kind) : all.hits).slice(0, limit);
    return json({
      query,
      total: kind ? all.hits.length : all.total,
      results: hits.map((hit) => ({
        title: hit.doc.title,
        url: absolute(site, hit.doc.url),
        kind: hit.doc.kind,
        ...(hit.doc.meta ? { where: hit.doc.meta } : {}),
        snippet: snippet(text(hit.n) ?? '', all.matched)
          .map((part) => part.text)
          .join(''),
      })),
    });
  },
});

/**
 * The twin's path for what a caller may call a page: an absolute URL on the site, a path ("/guides/overview/",
 * "/guides/overview.md", "/faq/#id"), or a bare slug ("overview", "guides/overview").
 */
export function twinCandidates(page: string, origin: string): string[] {
  let text = page.trim();
  if (/^https?:\/\//i.test(text)) {
    const url = new URL(text);
    if (url.origin !== new URL(origin).origin) return [];
    text = `${url.pathname}${url.hash}`;
  }
  const [pathPart, hash] = text.split('#') as [string, string | undefined];
  let path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  if (/^\/faq\/?$/.test(path) && hash) return [`/faq/${hash}.md`];
  if (path.endsWith('.md')) return [path];
  if (!path.endsWith('/')) path = `${path}/`;
  const direct = markdownPath(path);
  const slug = path.replace(/^\/|\/$/g, '');
  if (slug.includes('/')) return [direct];
  return [direct, ...['guides', 'scenarios', 'research', 'faq'].map((section) => `/${section}/${slug}.md`)];
}

const getPage = define({
  name: 'get_page',
  title: 'Read a page as Markdown',
  description:
    'The Markdown version of a page of Tune or Prompt: a guide, a decision scenario, the FAQ or one FAQ answer, a source in the research index, or the models page. Give its URL, its path or its slug (e.g. "overview", "/guides/overview/", "/faq/#what-is-lora", "/models/").',
  inputSchema: {
    page: z.string().trim().min(1).max(300).describe('URL, path or slug of the page.'),
  },
  handler: ({ page }, site) => {
    for (const path of twinCandidates(page, site.data.site)) {
      const text = site.markdown(path);
      if (text !== undefined) return { content: [{ type: 'text', text }] };
    }
    return fail('page', `no Markdown version of "${page}" on this site; find pages with the search tool (guides, scenarios, FAQ answers, sources and /models/ have one).`);
  },
});

// ---------------------------------------------------------------------------------------------------------

function modelSummary(m: ModelRecord) {
  return {
    id: m.id,
    name: m.name,
    provider: m.provider,
    family: m.family,
    kind: m.kind,
    status: m.status,
    ...(m.shutdown ? { shutdown: m.shutdown } : {}),
    ...(m.replacement ? { replacement: m.replacement } : {}),
    prices: m.prices.map((p) => ({
      where: p.where,
      input: p.input,
      ...(p.cachedInput !== undefined ? { cachedInput: p.cachedInput } : {}),
      output: p.output,
      ...(p.unconfirmed ? { unconfirmed: p.unconfirmed } : {}),
      asOf: p.asOf,
      source: p.source,
    })),
  };
}

const routesFor = (data: SiteData, id: string) => data.tuningRoutes.filter((r) => r.models.includes(id));

const listModels = define({
  name: 'list_models',
  title: 'List models and prices',
  description:
    'Every model Tune or Prompt tracks, with its lifecycle status and the prices in force on the build day (US dollars per million tokens), each with the day it was read and its source id. Details, tuning routes and source titles: get_prices.',
  inputSchema: {
    provider: z.string().trim().min(1).max(60).optional().describe('Only this provider, e.g. "OpenAI", "Mistral".'),
    tunable: z.boolean().optional().describe('Only models with a fine-tuning route open to new jobs.'),
    includeRetired: z.boolean().default(false).describe('Also list models kept for the record and models past their shutdown.'),
  },
  handler: ({ provider, tunable, includeRetired }, site) => {
    const { data } = site;
    const models = data.models.filter(
      (m) =>
        (includeRetired || (!m.historical && m.status !== 'shut down')) &&
        (!provider || m.provider.toLowerCase() === provider.toLowerCase()) &&
        (!tunable || routesFor(data, m.id).some((r) => r.open)),
    );
    if (models.length === 0 && provider && !data.models.some((m) => m.provider.toLowerCase() === provider.toLowerCase())) {
      return fail('provider', `no provider "${provider}"; providers: ${[...new Set(data.models.map((m) => m.provider))].join(', ')}`);
    }
    return json({ buildDate: data.buildDate, currency: 'USD per million tokens', models: models.map(modelSummary), pricesPage: absolute(site, '/models/') });
  },
});

/** A model by file id, provider id or name, case-insensitively. */
export function findModel(data: SiteData, name: string): ModelRecord | undefined {
  const key = name.trim().toLowerCase();
  return data.models.find((m) => m.id === key) ?? data.models.find((m) => m.modelId.toLowerCase() === key || m.name.toLowerCase() === key);
}

const getPrices = define({
  name: 'get_prices',
  title: 'Prices, lifecycle and tuning routes of one model',
  description:
    'One model\'s prices in force on the build day and any announced change, its lifecycle (shutdown, replacement), where it can be fine-tuned and whether new jobs are accepted, the calculator presets that use it (ids for estimate_cost), and the title and address of every page a figure was read on.',
  inputSchema: {
    model: z.string().trim().min(1).max(120).describe('Model id from list_models (e.g. "openai-gpt-4-1-mini"), the provider\'s id ("gpt-4.1-mini") or its name.'),
  },
  handler: ({ model }, site) => {
    const { data } = site;
    const found = findModel(data, model);
    if (!found) return fail('model', `no model "${model}"; list them with list_models. Current ids: ${data.models.filter((m) => !m.historical && m.status !== 'shut down').map((m) => m.id).join(', ')}`);
    const routes = routesFor(data, found.id);
    const presets = data.presets.filter((p) => p.id.startsWith(`a:${found.id}:`) || p.id.startsWith(`b:${found.id}:`) || p.id === `c:${found.id}` || p.id.startsWith(`s:${found.id}:`) || routes.some((r) => typeof r.id === 'string' && p.id === `b:${r.id}`));
    const ids = new Set([...found.prices, ...found.upcoming].map((p) => p.source));
    if (found.lifecycleSource) ids.add(found.lifecycleSource);
    for (const r of routes) ids.add(r.source);
    return json({
      buildDate: data.buildDate,
      currency: 'USD per million tokens',
      model: found,
      tuningRoutes: routes,
      presets: presets.map((p) => ({ id: p.id, slot: p.slot, label: p.label, current: p.current, asOf: p.asOf, notes: p.notes })),
      sources: Object.fromEntries([...ids].map((id) => [id, data.sources[id]])),
      page: absolute(site, '/models/'),
    });
  },
});

// ---------------------------------------------------------------------------------------------------------

/** The wizard's questions as an input schema: each answer optional, choices by value, numbers in range. */
function answerShape(): z.ZodRawShape {
  const shape: Record<string, z.ZodType> = {};
  for (const q of QUESTIONS) {
    if (q.kind === 'choice') {
      const values = q.options.map((o) => o.value) as [string, ...string[]];
      shape[q.key] = z
        .enum(values)
        .optional()
        .describe(`${q.question} ${q.options.map((o) => `"${o.value}" = ${o.label}`).join('; ')}.`);
    } else {
      let n = z.number().min(q.min).max(q.max);
      if (q.integer) n = n.int();
      shape[q.key] = n.optional().describe(`${q.question}. ${q.help}`);
    }
  }
  return shape;
}

const decideTool = define({
  name: 'decide',
  title: 'Prompting or fine-tuning: the decision rule',
  description:
    'The decision wizard of /decide/: answer any of its questions (leave out what you do not know) and get the verdict, its headline, the reasons with links to the guide sections that argue them, the cheaper steps to try first, the three conditions for tuning, and which unanswered questions would change the verdict. Returns the /decide/ link that reproduces it.',
  inputSchema: answerShape(),
  handler: (args, site) => answered(decideAnswer(args, { date: site.data.buildDate, origin: site.data.site })),
});

// ---------------------------------------------------------------------------------------------------------

const share = () => z.number().min(0).max(1);
const tokens = () => z.number().int().min(0).max(10_000_000);

const estimate = define({
  name: 'estimate_cost',
  title: 'Monthly cost: prompted, hosted tuned, self-hosted',
  description:
    'The cost calculator of /calculator/: monthly cost of serving one feature with a hosted model and a long few-shot prompt (A), a hosted fine-tuned model (B) and LoRA-tuned open weights on rented GPUs (C), from the site\'s dated prices. Name models, tuning offers and GPUs by id (list_models, get_prices give them). Returns each option\'s monthly, running and training cost, every input used, the prices\' dates and sources, and the calculator link that shows the same result.',
  inputSchema: {
    requests: z.number().int().min(0).max(100_000_000_000).describe('Requests per `per`.'),
    per: z.enum(['day', 'month']).default('month').describe('Whether `requests` counts a day or a month.'),
    promptTokens: tokens().optional().describe('System prompt and few-shot examples: the same prefix on every request (option A).'),
    userTokens: tokens().optional().describe('Tokens of the part that changes per request (the email, the question).'),
    outputTokens: tokens().optional().describe('Visible answer tokens per request.'),
    reasoningTokens: tokens().optional().describe('Hidden reasoning tokens per request, billed as output (reasoning models).'),
    model: z.string().trim().min(1).max(120).optional().describe('Option A\'s prices: a model id (e.g. "openai-gpt-4-1-mini") or an "a:…" preset id from get_prices.'),
    where: z.string().trim().min(2).max(80).optional().describe('Which of the model\'s price lists, when it has several, e.g. "OpenAI API".'),
    cacheHitRate: share().optional().describe('Share of requests whose prompt is read from the prompt cache, 0–1.'),
    batchShare: share().optional().describe('Share of requests sent as batch jobs, 0–1.'),
    tuned: z.string().trim().min(1).max(160).optional().describe('Option B: a tuning offer, as a "b:…" preset id from get_prices or the model id it tunes.'),
    tunedPromptTokens: tokens().optional().describe('Option B\'s short system prompt.'),
    trainingTokens: z.number().int().min(0).max(100_000_000_000).optional().describe('Tokens in the training file (option B).'),
    epochs: z.number().int().min(0).max(100).optional(),
    retrainsPerYear: z.number().int().min(0).max(365).optional(),
    openModel: z.string().trim().min(1).max(120).optional().describe('Option C: an open-weight model id or "c:…" preset id.'),
    gpu: z.string().trim().min(1).max(120).optional().describe('Option C: a GPU id or "g:…" preset id.'),
    fields: z.record(z.string(), z.number()).optional().describe('Any other calculator input by the URL key /calculator/ links use (e.g. {"days": 30, "gh": 2.5}), in the page\'s units.'),
  },
  handler: (args, site) => answered(estimateAnswer(args, site.data)),
});

export const TOOLS = [search, getPage, listModels, getPrices, decideTool, estimate] as const;
