/**
 * Comparing the site's current prices with an independent price dataset (@pydantic/genai-prices): for every
 * price list in force on the build day, each of input, cached input and output is looked up in the dataset's
 * entry for the same provider and model id. Pure: the test (models/price-crosscheck.test.ts) passes in the lookup.
 */
import { pricesInForce, type ModelEntry } from './model-data.ts';
import { isShutDown } from './lifecycle.ts';

/** The dataset's provider id for each place the site prices models at (the `where` of a price block). */
export const DATASET_PROVIDERS: Readonly<Record<string, string>> = {
  'OpenAI API': 'openai',
  'Claude API': 'anthropic',
  'Gemini API': 'google',
  'Mistral API': 'mistral',
  'xAI API': 'x-ai',
  'DeepSeek API': 'deepseek',
  'Together AI': 'together',
  'Cloudflare Workers AI': 'cloudflare',
  'Fireworks AI': 'fireworks',
  'Groq': 'groq',
};

export const COMPARED_FIELDS = ['input', 'cachedInput', 'output'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** What the dataset says for one model at one provider on a day, $/MTok (short-prompt tier); `undefined` when it does not know the model. */
export type DatasetLookup = (provider: string, modelId: string, day: Date) => { id: string; prices: Partial<Record<ComparedField, number>> } | undefined;

export interface FieldComparison {
  file: string;
  where: string;
  modelId: string;
  field: ComparedField;
  site: number;
  dataset: number;
}

export interface CrossCheckResult {
  /** Fields both sides state. */
  compared: FieldComparison[];
  agreed: FieldComparison[];
  /** Disagreements the site's price block explains with `crossCheck.differs`. */
  explained: FieldComparison[];
  /** Disagreements with no explanation: these fail the test. */
  unexplained: FieldComparison[];
  /** Price lists whose model (or place) the dataset does not know. */
  unknown: { file: string; where: string; modelId: string }[];
  /** Price blocks that carry an explanation although every field agrees: the explanation is stale. */
  staleExplanations: { file: string; where: string }[];
}

/** Equal to the hundredth of a cent per MTok: both sides write decimal prices, so this absorbs float noise only. */
const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;

export function crossCheckPrices(models: readonly ModelEntry[], today: Date, lookup: DatasetLookup): CrossCheckResult {
  const result: CrossCheckResult = { compared: [], agreed: [], explained: [], unexplained: [], unknown: [], staleExplanations: [] };
  for (const { file, data } of models) {
    if (data.historical || isShutDown(data, today)) continue;
    for (const block of pricesInForce(data, today)) {
      const modelId = block.modelId ?? data.modelId;
      const provider = DATASET_PROVIDERS[block.where];
      const found = provider ? lookup(provider, modelId, today) : undefined;
      if (!found) {
        result.unknown.push({ file, where: block.where, modelId });
        continue;
      }
      let differs = false;
      for (const field of COMPARED_FIELDS) {
        const site = block[field];
        const dataset = found.prices[field];
        if (site === undefined || dataset === undefined) continue;
        const row = { file, where: block.where, modelId, field, site, dataset };
        result.compared.push(row);
        if (same(site, dataset)) result.agreed.push(row);
        else {
          differs = true;
          (block.crossCheck ? result.explained : result.unexplained).push(row);
        }
      }
      if (block.crossCheck && !differs) result.staleExplanations.push({ file, where: block.where });
    }
  }
  return result;
}
