/**
 * Where each kind of content lives and which schema validates it: the one list that both the Astro build
 * (src/content.config.ts) and the fast content check (scripts/check-content.mjs) read.
 */
import {
  citationSchema,
  claimCheckSchema,
  faqSchema,
  glossarySchema,
  gpuSchema,
  guideSchema,
  modelSchema,
  questionSchema,
  routeSchema,
  scenarioSchema,
  slug,
} from '../schemas.ts';

export const CONTENT_DIR = 'content';

export const COLLECTIONS = {
  /** Long-form guides, one MDX file each. */
  guides: { dir: 'guides', format: 'mdx', schema: guideSchema },
  /** Decision scenarios with an embedded quiz in their frontmatter. */
  scenarios: { dir: 'scenarios', format: 'mdx', schema: scenarioSchema(slug) },
  /** Frequently asked questions: short answer in frontmatter, cited detail in the body. */
  faq: { dir: 'faq', format: 'mdx', schema: faqSchema(slug) },
  /** Terms of art, one YAML file each. */
  glossary: { dir: 'glossary', format: 'yaml', schema: glossarySchema },
  /** The research index: one YAML file per source; the file name is the citation id. */
  citations: { dir: 'citations', format: 'yaml', schema: citationSchema },
  /** Checks of the figures the source material attributes to research. */
  claimChecks: { dir: 'claim-checks', format: 'yaml', schema: claimCheckSchema },
  /** Onboarding-quiz questions drawn from the guides, one YAML file each. */
  questions: { dir: 'questions', format: 'yaml', schema: questionSchema },
  /** Model offerings with dated, cited prices and lifecycle: one YAML file each. */
  models: { dir: 'models', format: 'yaml', schema: modelSchema },
  /** GPUs for self-hosting open weights: memory, cited hourly prices and measured throughput. */
  gpus: { dir: 'gpus', format: 'yaml', schema: gpuSchema },
  /** Fine-tuning routes (platform × base model × method) with dated access, training and serving prices: one YAML file each. */
  routes: { dir: 'routes', format: 'yaml', schema: routeSchema },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** File-name pattern of a collection's entries. */
export function entryPattern(format: 'mdx' | 'yaml'): string {
  return format === 'mdx' ? '**/*.mdx' : '**/*.{yaml,yml}';
}
