/**
 * Content collections: each kind of content in `content/` and the schema that validates it. The list itself
 * is src/lib/content/collections.ts, shared with the fast content check. Links between entries (a scenario's guides,
 * a page's citations) are checked across collections by `src/lib/content/integrity.ts`, since a single entry's
 * schema cannot see the other files.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, CONTENT_DIR, entryPattern } from './lib/content/collections.ts';

const loader = ({ dir, format }: { dir: string; format: 'mdx' | 'yaml' }) =>
  glob({ base: `./${CONTENT_DIR}/${dir}`, pattern: entryPattern(format) });

const { guides, scenarios, faq, glossary, citations, claimChecks, questions, models, gpus, routes } = COLLECTIONS;

export const collections = {
  guides: defineCollection({ loader: loader(guides), schema: guides.schema }),
  scenarios: defineCollection({ loader: loader(scenarios), schema: scenarios.schema }),
  faq: defineCollection({ loader: loader(faq), schema: faq.schema }),
  glossary: defineCollection({ loader: loader(glossary), schema: glossary.schema }),
  citations: defineCollection({ loader: loader(citations), schema: citations.schema }),
  claimChecks: defineCollection({ loader: loader(claimChecks), schema: claimChecks.schema }),
  questions: defineCollection({ loader: loader(questions), schema: questions.schema }),
  models: defineCollection({ loader: loader(models), schema: models.schema }),
  gpus: defineCollection({ loader: loader(gpus), schema: gpus.schema }),
  routes: defineCollection({ loader: loader(routes), schema: routes.schema }),
};
