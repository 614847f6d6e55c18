/** A source in the research index (content/citations/) and the claim checks that compare a page's figures with it. */
import { z } from 'astro/zod';
import { citationId, httpsUrl } from './fields.ts';
import { titleHasName } from '../citations/title-case.ts';
import { MAX_SOURCE_YEAR, MIN_SOURCE_YEAR, SOURCE_TYPES, TOPICS, VENUE_TYPES, VERDICTS } from '../content/vocabulary.ts';

/** One finding a source supports, in the site's own words. */
export const claimSchema = z.strictObject({
  /** The finding, paraphrased. */
  text: z.string().min(10, 'a claim needs a sentence'),
  /** The figure(s) exactly as the source states them, when it gives any. */
  figure: z.string().min(1).optional(),
  /** Where in the source the finding stands: section, table, figure or page. Only when seen. */
  locator: z.string().min(1).optional(),
});

export const citationSchema = z.strictObject({
  /** Exact title as published. */
  title: z.string().min(3),
  /** Authors in published order, or the publishing organisation; "et al." may close a long list. */
  authors: z.array(z.string().min(1)).min(1, 'list at least one author or the publishing organisation'),
  /** Year of the cited version. */
  year: z
    .number()
    .int('year must be a whole number')
    .min(MIN_SOURCE_YEAR, `year must be ${MIN_SOURCE_YEAR} or later`)
    .max(MAX_SOURCE_YEAR, `year must be ${MAX_SOURCE_YEAR} or earlier`),
  /** Journal, conference, preprint server, publisher or site. */
  venue: z.string().min(2),
  /** What kind of source this is. */
  type: z.enum(SOURCE_TYPES),
  /** Canonical https link. */
  url: httpsUrl,
  /** DOI without the resolver prefix, e.g. 10.48550/arXiv.2106.09685. */
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'a DOI looks like 10.1234/suffix, without https://doi.org/')
    .optional(),
  /** arXiv identifier. Quote it in YAML: unquoted, 2106.09680 would become the number 2106.0968. */
  arxiv: z
    .string({ error: 'arxiv must be a quoted string such as "2106.09685"' })
    .regex(/^\d{4}\.\d{4,5}$/, 'an arXiv id looks like "2106.09685"')
    .optional(),
  /** One to five topics from the fixed vocabulary. */
  topics: z.array(z.enum(TOPICS)).min(1).max(5),
  /** What the site uses this source for. */
  claims: z.array(claimSchema).min(1, 'a source needs at least one claim'),
  /** When the link and details were last checked. */
  accessed: z.coerce.date().optional(),
  /** For papers: where the cited version appeared. Decides the entry type in the exports (inproceedings, article, preprint). */
  venueType: z.enum(VENUE_TYPES).optional(),
  /** The journal or proceedings title alone, for reference managers, when `venue` adds details (volume, pages, "oral"). */
  container: z.string().min(2).optional(),
  /** Journal volume, issue and page range, as printed. */
  volume: z.string().regex(/^[0-9A-Za-z-]+$/, 'a volume is a number or short label such as "55"').optional(),
  issue: z.string().regex(/^[0-9A-Za-z-]+$/, 'an issue is a number or short label such as "9"').optional(),
  pages: z.string().regex(/^\d+(?:-\d+)?$/, 'pages look like "100-114"').optional(),
  /** For reports: the organisation that issued it. */
  institution: z.string().min(2).optional(),
  /** Family names of more than one word that the name parser cannot tell ("Cooper Stickland"); each must end one of the authors. */
  familyNames: z.array(z.string().min(2)).optional(),
  /**
   * Names in a title-case title that sentence case must not lower ("Chatbot Arena", "Opus" in "Claude Opus 5.5"),
   * each as it stands in the title. Only for what the title and its authors cannot show: acronyms, model ids, a
   * capitalised word in a sentence-case title and the publishing organisation's name are kept without it.
   */
  properNouns: z.array(z.string().regex(/^\p{Lu}\S*(?: \S+)*$/u, 'a proper noun starts with a capital')).optional(),
}).superRefine((data, ctx) => {
  if (data.type === 'paper' && !data.venueType) {
    ctx.addIssue({ code: 'custom', path: ['venueType'], message: 'a paper needs venueType: conference, journal, workshop or preprint' });
  }
  if (data.type !== 'paper' && data.venueType) {
    ctx.addIssue({ code: 'custom', path: ['venueType'], message: 'venueType is for papers only' });
  }
  if (data.type === 'report' && !data.institution) {
    ctx.addIssue({ code: 'custom', path: ['institution'], message: 'a report needs the institution that issued it' });
  }
  if (data.venueType === 'preprint' && !data.arxiv) {
    ctx.addIssue({ code: 'custom', path: ['arxiv'], message: 'a preprint needs its arXiv id' });
  }
  for (const [i, family] of (data.familyNames ?? []).entries()) {
    if (!data.authors.some((author) => author.endsWith(` ${family}`))) {
      ctx.addIssue({ code: 'custom', path: ['familyNames', i], message: `no author ends with "${family}"` });
    }
  }
  for (const [i, name] of (data.properNouns ?? []).entries()) {
    if (!titleHasName(data.title, name)) ctx.addIssue({ code: 'custom', path: ['properNouns', i], message: `the title has no "${name}" as whole words` });
  }
});
export type CitationData = z.infer<typeof citationSchema>;

export const claimCheckSchema = z.strictObject({
  /** The question the check answers. */
  title: z.string().min(5),
  topic: z.enum(TOPICS),
  /** The claim as the source material makes it, restated with its figures. */
  claim: z.string().min(10),
  /** Whom the source material credits. */
  attribution: z.string().min(3),
  /** Citation ids that were checked. */
  sources: z.array(citationId).min(1),
  /** What the sources actually say (Markdown). */
  findings: z.string().min(10),
  /** A check of the claim's own numbers (Markdown). */
  arithmetic: z.string().optional(),
  verdict: z.enum(VERDICTS),
  /** The verdict in one sentence. */
  summary: z.string().min(10),
});
