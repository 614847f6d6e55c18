/**
 * Content collections: each kind of content in `content/` and the schema that validates it.
 * The schemas live in `src/lib/schemas.ts` (unit-tested there); this file binds them to files.
 * Links between entries (a scenario's guides, a page's citations) are checked across collections by
 * `src/lib/integrity.ts`, since a single entry's schema cannot see the other files.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  citationSchema,
  claimCheckSchema,
  faqSchema,
  glossarySchema,
  guideSchema,
  questionSchema,
  scenarioSchema,
  slug,
} from './lib/schemas.ts';

const CONTENT = './content';

/** Long-form guides, one MDX file each. */
const guides = defineCollection({
  loader: glob({ base: `${CONTENT}/guides`, pattern: '**/*.mdx' }),
  schema: guideSchema,
});

/** Decision scenarios with an embedded quiz in their frontmatter. */
const scenarios = defineCollection({
  loader: glob({ base: `${CONTENT}/scenarios`, pattern: '**/*.mdx' }),
  schema: scenarioSchema(slug),
});

/** Frequently asked questions: short answer in frontmatter, cited detail in the body. */
const faq = defineCollection({
  loader: glob({ base: `${CONTENT}/faq`, pattern: '**/*.mdx' }),
  schema: faqSchema(slug),
});

/** Terms of art, one YAML file each. */
const glossary = defineCollection({
  loader: glob({ base: `${CONTENT}/glossary`, pattern: '**/*.yaml' }),
  schema: glossarySchema,
});

/** The research index: one YAML file per source; the file name is the citation id. */
const citations = defineCollection({
  loader: glob({ base: `${CONTENT}/citations`, pattern: '**/*.{yaml,yml}' }),
  schema: citationSchema,
});

/** Checks of the figures the source material attributes to research. */
const claimChecks = defineCollection({
  loader: glob({ base: `${CONTENT}/claim-checks`, pattern: '**/*.yaml' }),
  schema: claimCheckSchema,
});

/** Onboarding-quiz questions drawn from the guides, one YAML file each. */
const questions = defineCollection({
  loader: glob({ base: `${CONTENT}/questions`, pattern: '**/*.yaml' }),
  schema: questionSchema,
});

export const collections = { guides, scenarios, faq, glossary, citations, claimChecks, questions };
