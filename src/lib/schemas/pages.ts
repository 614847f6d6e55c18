/** Guides, scenarios, FAQ answers and glossary entries. */
import { z } from 'astro/zod';
import { citationId, internalPath, reviewedDate, searchAliases, sectionAliases, slug } from './fields.ts';
import { APPROACHES } from '../content/vocabulary.ts';

export const guideSchema = z.strictObject({
  title: z.string().min(3),
  /** One or two sentences for search results, cards and meta tags. */
  description: z.string().min(30).max(220),
  /** Position in the guides sidebar and in previous/next order. */
  order: z.number().int().min(0),
  /** Shorter label for the sidebar. */
  sidebarLabel: z.string().optional(),
  reviewed: reviewedDate,
  searchAliases,
  sectionAliases,
});

/** Builds the scenario schema; `guideRef` validates a link to an existing guide. */
export function scenarioSchema<T extends z.ZodType>(guideRef: T) {
  return z.strictObject({
    title: z.string().min(3),
    description: z.string().min(30).max(220),
    order: z.number().int().min(0),
    /** The approach the page recommends. */
    recommendation: z.enum(APPROACHES),
    /** The recommendation in one sentence. */
    verdict: z.string().min(10),
    /** Guides that argue the reasoning, first one most relevant. */
    guides: z.array(guideRef).min(1, 'link at least one guide'),
    /** Whether the scenario comes from the source material or was added by the site. */
    origin: z.enum(['source-material', 'site']),
    reviewed: reviewedDate,
    /**
     * The id (file name) of the question in content/questions/ that ends the page. A question lives once, in
     * the bank, so the scenario's quiz and the onboarding quiz cannot drift apart.
     */
    quiz: slug,
    searchAliases,
    sectionAliases,
  });
}

/** Builds the FAQ schema; `guideRef` validates a link to an existing guide. */
export function faqSchema<T extends z.ZodType>(guideRef: T) {
  return z.strictObject({
    question: z.string().min(5).refine((q) => q.trim().endsWith('?'), 'a question ends with "?"'),
    /** The short answer, one or two sentences, shown first. */
    answer: z.string().min(10),
    order: z.number().int().min(0),
    /** Where to read more. */
    guides: z.array(guideRef).default([]),
    reviewed: reviewedDate,
    searchAliases,
  });
}

export const glossarySchema = z.strictObject({
  term: z.string().min(1),
  /** Other spellings or abbreviations that mean the same (shown, linked in text, and searched). */
  aliases: z.array(z.string().min(1)).default([]),
  searchAliases,
  /** A short definition, one to three sentences. */
  definition: z.string().min(10),
  /** Pages where the term matters most. */
  seeAlso: z.array(z.strictObject({ label: z.string().min(1), href: internalPath })).default([]),
  /** Citation ids that define or introduce the term. */
  cite: z.array(citationId).default([]),
});
