/**
 * Zod schemas for every content collection. `src/content.config.ts` wires them to the files in `content/`;
 * unit tests import them directly. They are the only validator of content: a bad file fails the build with
 * a message that names the file (Astro adds it) and the field (the issue path).
 */
import { z } from 'astro/zod';
import { DIFFICULTIES, QUIZ_TOPICS } from './quiz-topics.ts';
import {
  APPROACHES,
  MAX_SOURCE_YEAR,
  MIN_SOURCE_YEAR,
  SOURCE_TYPES,
  TOPICS,
  VENUE_TYPES,
  VERDICTS,
} from './vocabulary.ts';
import { FIGURE_STYLES, figureSpecProblems, placeholders } from './figures.ts';
import { PRICE_FIELDS, TUNING_FIELDS, buildDate, isoDay } from './model-data.ts';

/** A canonical link: absolute, well-formed, https only. */
export const httpsUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'must be an absolute https:// URL');

/** A citation id: the YAML file's name, kebab-case. */
export const citationId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'citation ids are kebab-case: lowercase letters, digits and hyphens');

/** The id of another entry (a guide, a scenario), i.e. its file name without extension. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case file names without extension');

/** A site-internal path such as `/guides/overview/#costs`. */
export const internalPath = z
  .string()
  .regex(/^\/(?!\/)[^\s]*$/, 'must be a site path starting with a single "/"');

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
});
export type CitationData = z.infer<typeof citationSchema>;

/** One answer option of a quiz question. */
export const quizOptionSchema = z.strictObject({
  /** The option as the reader sees it. */
  text: z.string().min(1),
  /** Exactly one option of a question is correct. */
  correct: z.boolean().default(false),
  /** Why this option is right or wrong, shown when it is chosen. */
  feedback: z.string().min(1),
});

/** A single-answer question with per-option feedback. */
export const quizSchema = z
  .strictObject({
    question: z.string().min(5),
    options: z.array(quizOptionSchema).min(2, 'a question needs at least two options').max(6),
    /** Shown after grading, whatever was chosen. */
    explanation: z.string().min(5),
    /** Citation ids that back the explanation. */
    cite: z.array(citationId).default([]),
  })
  .superRefine((quiz, ctx) => {
    const correct = quiz.options.filter((option) => option.correct).length;
    if (correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `exactly one option must have "correct: true" (found ${correct})`,
      });
    }
  });
export type QuizData = z.infer<typeof quizSchema>;

/**
 * The day a page's text was last reviewed against its sources: required on every guide, scenario and FAQ
 * answer, shown near its title and as its dateModified. A day after the build day (a typo, or a review not yet
 * done) fails, as does a missing one.
 */
export const reviewedDate = z
  .preprocess(
    (value) => (typeof value === 'string' ? new Date(value) : value),
    z.date({
      error: (issue) =>
        issue.input === undefined
          ? 'required: the day the page was last reviewed, as reviewed: YYYY-MM-DD'
          : 'must be a date such as 2026-12-07',
    }),
  )
  .refine((day) => isoDay(day) <= isoDay(buildDate()), {
    error: (issue) => `${isoDay(issue.input as Date)} is after the build day ${isoDay(buildDate())}: a review cannot be dated in the future`,
  });
/**
 * Words a reader may search with for a page's subject that its own text does not use: plain words for a
 * term of art ("slow" for latency), a device named for "on-device", a newcomer's phrasing. The site search
 * matches them below the page's own words; they are never shown or linked.
 */
export const searchAliases = z.array(z.string().trim().min(2).max(60)).max(24).default([]);

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

/** How many options every onboarding-bank question has, so answer positions can be compared across the bank. */
export const BANK_OPTIONS = 4;

/**
 * An onboarding-bank question (its id is the file name, which must never change once published: saved
 * progress and result links name it), with the guide section that answers it.
 */
/**
 * A worked figure of a question: a model's price read from the data (`{ model, field }`), or a formula over the
 * figures above it (`{ formula: "0.7 * small + 0.3 * large" }`). Texts print it as `{name}`.
 */
export const figureSpecSchema = z.union([
  z.strictObject({
    model: slug,
    field: z.enum([...PRICE_FIELDS, 'batchDiscount', ...TUNING_FIELDS]),
    /** The host's price list or tuning platform (default: the first). */
    where: z.string().min(1).optional(),
    /** The model has shut down and the question says so. */
    historical: z.boolean().optional(),
    format: z.enum(FIGURE_STYLES).optional(),
  }),
  z.strictObject({ formula: z.string().min(1), format: z.enum(FIGURE_STYLES).optional() }),
]);

export const questionSchema = z.strictObject({
  /** Position in the full list of questions shown without JavaScript (quizzes draw their own order). */
  order: z.number().int().min(0),
  topic: z.enum(QUIZ_TOPICS),
  difficulty: z.enum(DIFFICULTIES),
  /** The guide (file name) whose section answers the question; or else `scenario`. */
  guide: slug.optional(),
  /** The scenario (file name) whose section answers the question, when no guide section does. */
  scenario: slug.optional(),
  /** The heading anchor in that page, e.g. `the-three-conditions`. */
  section: z.string().regex(/^[a-z0-9-]+$/, 'a heading anchor: lowercase letters, digits and hyphens'),
  /**
   * Phrases of that section (with its subsections) that the correct answer rests on. The build fails when
   * one no longer appears there, so an edit to the page cannot leave the key behind.
   */
  supports: z.array(z.string().min(8, 'a phrase of at least eight characters')).default([]),
  quiz: quizSchema.superRefine((quiz, ctx) => {
    if (quiz.options.length !== BANK_OPTIONS) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `an onboarding question has exactly ${BANK_OPTIONS} options (found ${quiz.options.length})` });
    }
    const seen = new Map<string, number>();
    quiz.options.forEach((option, i) => {
      const key = option.feedback.trim().toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['options', i, 'feedback'], message: `repeats the feedback of option ${seen.get(key)! + 1}; each option explains itself` });
      }
      seen.set(key, i);
    });
  }),
  /** Worked figures the quiz texts print as `{name}`, so a question's arithmetic follows the prices it uses. */
  figures: z.record(z.string().regex(/^[A-Za-z_]\w*$/, 'a figure name: letters, digits and _'), figureSpecSchema).default({}),
}).superRefine((question, ctx) => {
  if ((question.guide === undefined) === (question.scenario === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['guide'], message: 'name the page that answers the question: either guide or scenario' });
  }
  for (const { name, error } of figureSpecProblems(question.figures)) {
    ctx.addIssue({ code: 'custom', path: ['figures', name, 'formula'], message: error });
  }
  const texts: [(string | number)[], string][] = [
    [['quiz', 'question'], question.quiz.question],
    [['quiz', 'explanation'], question.quiz.explanation],
    ...question.quiz.options.flatMap((o, i): [(string | number)[], string][] => [
      [['quiz', 'options', i, 'text'], o.text],
      [['quiz', 'options', i, 'feedback'], o.feedback],
    ]),
  ];
  for (const [path, text] of texts) {
    for (const name of placeholders(text)) {
      if (!(name in question.figures)) ctx.addIssue({ code: 'custom', path, message: `{${name}} names no entry of figures` });
    }
  }
});

export type QuestionData = z.infer<typeof questionSchema>;

/** A date read from a page: YAML dates and ISO strings both become a Date. */
const day = z.coerce.date({ error: 'a date such as 2026-11-24' });

/** Where a fact came from: the research-index id of the page it was read on, and the day it was read. */
export const sourcedSchema = z.strictObject({
  /** Day the figure was read on `source`. Prices older than 180 days are listed by the content check, older than 365 fail. */
  asOf: day,
  /** Citation id (a file in content/citations/) of the page that shows the figure. */
  source: citationId,
});

/** US dollars per million tokens; zero is allowed (free tiers), negative is not. */
const perMTok = z.number().min(0, 'a price per million tokens cannot be negative');
/** US dollars per hour; zero is allowed, negative is not. */
const perHour = z.number().min(0, 'an hourly price cannot be negative');

/** One price list for one place a model is served: the provider's own API or a host of open weights. */
export const priceBlockSchema = sourcedSchema.extend({
  /** Who serves the model at these prices, e.g. "OpenAI API", "Together AI". */
  where: z.string().min(2),
  /** The model's id at this place when it differs from `modelId`. */
  modelId: z.string().min(1).optional(),
  /** Standard input, $/MTok. */
  input: perMTok,
  /** Input read from the prompt cache, $/MTok. Empty when the page publishes none. */
  cachedInput: perMTok.optional(),
  /** Writing the prompt cache, $/MTok, where it is charged separately. */
  cacheWrite: perMTok.optional(),
  /** Output (reasoning tokens included, for reasoning models), $/MTok. */
  output: perMTok,
  /** Share taken off for asynchronous batch processing, 0.5 for half price. Empty when none is published. */
  batchDiscount: z.number().gt(0).lt(1).optional(),
  /** First day these prices apply, when the page announces them ahead (a scheduled rise, the price after an introductory one). */
  from: day.optional(),
  /** Last day these prices apply, when the page announces a change. With no later block for the same `where`, the build fails after it. */
  until: day.optional(),
  /** Anything the numbers alone would mislead about (tiers by prompt length, regional surcharges…). */
  note: z.string().min(5).optional(),
  /**
   * Why this price may differ from the independent price dataset (@pydantic/genai-prices) the tests compare it
   * with: a newer primary page, another tier or region. Without it, a disagreement fails the cross-check.
   */
  crossCheck: z.strictObject({ differs: z.string().min(10, 'say why the dataset differs, e.g. the newer page it predates') }).optional(),
});
export type PriceBlock = z.infer<typeof priceBlockSchema>;

const dayOf = (date: Date | undefined) => date?.toISOString().slice(0, 10);

/**
 * Blocks for the same place form a schedule: each applies from its `from` (or always) through its `until` (or
 * for good). Two windows for one place that share a day contradict each other, and so does a window that ends
 * before it starts; both are reported on the later block's field.
 */
export function priceWindowIssues(prices: readonly Pick<PriceBlock, 'where' | 'from' | 'until'>[]): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  prices.forEach((block, i) => {
    const start = dayOf(block.from);
    const end = dayOf(block.until);
    if (start && end && end < start) issues.push({ path: [i, 'until'], message: `until ${end} is before from ${start}` });
  });
  prices.forEach((block, i) => {
    for (let j = 0; j < i; j += 1) {
      const other = prices[j]!;
      if (other.where.toLowerCase() !== block.where.toLowerCase()) continue;
      const startsBeforeOtherEnds = !block.from || !other.until || dayOf(block.from)! <= dayOf(other.until)!;
      const otherStartsBeforeThisEnds = !other.from || !block.until || dayOf(other.from)! <= dayOf(block.until)!;
      if (startsBeforeOtherEnds && otherStartsBeforeThisEnds) {
        issues.push({
          path: [i, block.from ? 'from' : 'until'],
          message: `overlaps prices[${j}] for "${block.where}": give each block for one place its own days with from/until`,
        });
      }
    }
  });
  return issues;
}

/** A measured speed: time to first token and output speed, with how it was measured. */
export const speedSchema = sourcedSchema.extend({
  /** Where or on what it was measured, e.g. "OpenAI API", "1× H100 with vLLM". */
  where: z.string().min(2),
  /** Seconds from request to the first output token. */
  ttftSeconds: z.number().positive().optional(),
  /** Output tokens per second for one request (or per GPU, for throughput figures: say which in `setup`). */
  tokensPerSecond: z.number().positive().optional(),
  /** What was measured: prompt and output lengths, concurrency, precision, percentile. */
  setup: z.string().min(5),
});
export type SpeedData = z.infer<typeof speedSchema>;

export const FINE_TUNING_PLACES = ['provider-api', 'enterprise-platform', 'third-party-host', 'self-hosted'] as const;
/** What the training does: learn from examples (supervised), from preferred/rejected pairs (preference, e.g. DPO), or from a grader's scores (reinforcement). */
export const FINE_TUNING_METHODS = ['supervised', 'preference', 'reinforcement'] as const;
/** Which weights change: a low-rank adapter (LoRA) or all of them (full). */
export const FINE_TUNING_WEIGHTS = ['lora', 'full'] as const;
/**
 * Who may start a tuning job: anyone who signs up; only customers who already used the route; a preview whose
 * terms may change or that admits accounts by request; nobody.
 */
export const ROUTE_ACCESS = ['anyone', 'existing-customers', 'preview', 'closed'] as const;
/**
 * How the tuned model is served: per token at the base model's own price, per token at the tuned model's own
 * price (often above the base price), on capacity rented by the hour (a dedicated endpoint or provisioned throughput), or on your own hardware.
 */
export const TUNED_SERVING = ['base-price', 'per-token', 'dedicated', 'self-hosted'] as const;

/** One change in who may start jobs on a route, from a day on (the first entry may leave `from` out: it held when first read). */
export const routeAccessSchema = z.strictObject({
  /** First day this applies. */
  from: day.optional(),
  who: z.enum(ROUTE_ACCESS),
  /** Citation id of the page that announces or states it. */
  source: citationId,
  /** The provider's own terms, when "who" needs them (which customers count as existing, how to ask for access). */
  note: z.string().min(5).optional(),
});

/** One base model a route tunes: the model's file in content/models/ where there is one, else its name. */
export const routeBaseSchema = z
  .strictObject({
    /** File name in content/models/ (without .yaml). */
    model: slug.optional(),
    /** Name to print when no model file exists (e.g. "Amazon Nova Lite"). */
    name: z.string().min(2).optional(),
  })
  .refine((base) => base.model !== undefined || base.name !== undefined, 'name the base model: `model` (a file in content/models/) or `name`');

/** What training costs on the route, read on one page on one day. */
export const routeTrainingSchema = sourcedSchema.extend({
  /** US dollars per million training tokens (tokens × epochs). */
  perMTok: perMTok.optional(),
  /** US dollars per hour of training (GPU-hours on your own hardware are priced in content/gpus/ instead). */
  perHour: perHour.optional(),
  /** Minimum charges, brackets by model size, storage fees, in the page's own terms. */
  terms: z.string().min(5).optional(),
});

/** How the tuned model is served and what that costs, read on one page on one day. */
export const routeServingSchema = sourcedSchema
  .extend({
    kind: z.enum(TUNED_SERVING),
    /** Tuned model's input, $/MTok (for per-token; base-price routes read the base model's price list). */
    input: perMTok.optional(),
    cachedInput: perMTok.optional(),
    output: perMTok.optional(),
    /** Capacity by the hour, US dollars (for dedicated). */
    perHour: perHour.optional(),
    /** Anything the numbers leave out (per-minute billing, idle charges, which bases qualify). */
    terms: z.string().min(5).optional(),
  })
  .superRefine((serving, ctx) => {
    if (serving.kind !== 'per-token' && (serving.input !== undefined || serving.output !== undefined || serving.cachedInput !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: `tuned per-token prices belong to kind: per-token (this serving is ${serving.kind})` });
    }
    if (serving.kind !== 'dedicated' && serving.perHour !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['perHour'], message: 'an hourly price belongs to kind: dedicated' });
    }
  });

/**
 * One fine-tuning route: a platform tuning a base model (or a family of them) by some methods, who may start
 * jobs there from which day, what training and serving cost, and the announced last days. The file name is the
 * route's id. Status on any day is computed from `access` (src/lib/tuning-routes.ts), so a route closes on its
 * announced date without anyone editing it.
 */
export const routeSchema = sourcedSchema
  .extend({
    /** The product a team uses, e.g. "OpenAI fine-tuning API", "Microsoft Foundry", "Together AI". */
    platform: z.string().min(2),
    /** The company that runs it, e.g. "OpenAI", "Microsoft", "Together AI" (grouping by provider). */
    operator: z.string().min(2),
    place: z.enum(FINE_TUNING_PLACES),
    /** The model family, e.g. "GPT-4.1", "Llama 3", "Amazon Nova" (grouping by family). */
    family: z.string().min(2),
    bases: z.array(routeBaseSchema).min(1, 'name at least one base model'),
    methods: z.array(z.enum(FINE_TUNING_METHODS)).min(1, 'name at least one tuning method'),
    /** Which weights the training changes, when the page says. */
    weights: z.array(z.enum(FINE_TUNING_WEIGHTS)).default([]),
    /** Who may start jobs, oldest first; the last entry whose `from` has come applies. */
    access: z.array(routeAccessSchema).min(1, 'say who may start a job (access)'),
    training: routeTrainingSchema.optional(),
    serving: routeServingSchema.optional(),
    /** Day tuned models stop answering, when announced. */
    tunedShutdown: sourcedSchema.omit({ asOf: true }).extend({ date: day }).optional(),
    /** What a reader should know that the fields do not say. */
    note: z.string().min(5).optional(),
    /** Citation ids of further pages the terms and note draw on (listed with the route's sources). */
    see: z.array(citationId).default([]),
  })
  .superRefine((route, ctx) => {
    route.access.forEach((entry, i) => {
      if (i > 0 && entry.from === undefined) {
        ctx.addIssue({ code: 'custom', path: ['access', i, 'from'], message: 'only the first access entry may leave out `from`' });
      }
      const previous = route.access[i - 1]?.from;
      if (previous && entry.from && entry.from.getTime() <= previous.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['access', i, 'from'], message: 'access entries go oldest first, each on a later day' });
      }
    });
    if (route.place === 'self-hosted' && route.serving && route.serving.kind !== 'self-hosted') {
      ctx.addIssue({ code: 'custom', path: ['serving', 'kind'], message: 'a self-hosted route serves on your own hardware (kind: self-hosted)' });
    }
  });
export type RouteData = z.infer<typeof routeSchema>;

/**
 * What sizes an open-weight model's KV cache: 2 (keys and values) × layers × KV heads × head size × bytes per
 * value, per token held. Each figure comes from the maker's config or model card (`source`, read on `asOf`); a
 * figure the source does not state is left out, and the calculator asks for it instead of guessing.
 */
export const architectureSchema = sourcedSchema.extend({
  /** Transformer layers (num_hidden_layers). */
  layers: z.number().int().positive().optional(),
  /** Key-value heads (num_key_value_heads): fewer than the query heads under grouped-query attention. */
  kvHeads: z.number().int().positive().optional(),
  /** Size of one attention head (head_dim, or hidden size ÷ attention heads). */
  headDim: z.number().int().positive().optional(),
  /** Longest context the model accepts, in tokens. */
  contextTokens: z.number().int().positive().optional(),
  /** How a figure was read or derived, e.g. "head size = 4,096 ÷ 32 heads". */
  note: z.string().min(5).optional(),
});
export type ArchitectureData = z.infer<typeof architectureSchema>;

export const MODEL_KINDS = ['hosted', 'open-weights'] as const;

/** One model offering: a hosted API model or an open-weight model, with its prices and lifecycle (where it can be tuned is in content/routes/). */
export const modelSchema = z
  .strictObject({
    /** Who makes the model, e.g. "OpenAI", "Meta". */
    provider: z.string().min(2),
    /** The family it belongs to, e.g. "GPT-5", "Llama 3.3", for the tuning matrix. */
    family: z.string().min(2),
    /** The provider's id, e.g. "gpt-5-mini", "meta-llama/Llama-3.3-70B-Instruct". */
    modelId: z.string().min(1),
    /** The name a reader knows it by, e.g. "GPT-5 mini". */
    name: z.string().min(2),
    /** Other ways content may spell the name; the shutdown gate looks for these too. */
    aliases: z.array(z.string().min(2)).default([]),
    kind: z.enum(MODEL_KINDS),
    /** Parameter count in billions, for open weights (memory fit in the calculator). */
    parametersB: z.number().positive().optional(),
    /** The shape that sizes the KV cache, read from the maker's config or model card (open weights only). */
    architecture: architectureSchema.optional(),
    /** Reasoning models think in hidden tokens before answering. */
    reasoning: z
      .strictObject({
        /** How the hidden tokens are billed, in the provider's terms. */
        billing: z.string().min(5),
        /** The control that limits thinking, e.g. "reasoning.effort: minimal…high". */
        control: z.string().min(3).optional(),
        source: citationId,
      })
      .optional(),
    /** Context window in tokens, with the page that states it. */
    context: sourcedSchema.extend({ tokens: z.number().int().positive() }).optional(),
    /**
     * Price lists, one per place it is served, and per period where the page announces a change (`from`/`until`):
     * the build uses the block in force on the build day. Empty for a model no page prices.
     */
    prices: z
      .array(priceBlockSchema)
      .default([])
      .superRefine((prices, ctx) => {
        for (const issue of priceWindowIssues(prices)) ctx.addIssue({ code: 'custom', ...issue });
      }),
    lifecycle: sourcedSchema
      .omit({ asOf: true })
      .extend({
        released: day.optional(),
        /** Day the deprecation was announced. */
        deprecationNotice: day.optional(),
        /** Day the model stops answering. After it, content may name the model only as historical. */
        shutdown: day.optional(),
        /** What the provider names as the substitute. */
        replacement: z.string().min(2).optional(),
        /**
         * A newer model (a file in content/models/) the maker now offers in its place, with no shutdown announced:
         * the page marks it superseded, the same way for every provider.
         */
        supersededBy: slug.optional(),
      })
      .optional(),
    /** Measured speeds (time to first token, tokens per second), each with its source. */
    speed: z.array(speedSchema).default([]),
    /** Why the model can or cannot be tuned, when the routes in content/routes/ do not say it (e.g. "no provider tunes it"). */
    fineTuningNote: z.string().min(5).optional(),
    /** Kept for the record (figures in claim checks, the source material): not offered as a current choice. */
    historical: z.boolean().default(false),
  })
  .superRefine((model, ctx) => {
    if (model.historical && !model.lifecycle?.shutdown) {
      ctx.addIssue({ code: 'custom', path: ['lifecycle', 'shutdown'], message: 'a historical model needs its shutdown date' });
    }
    if (model.kind === 'open-weights' && model.parametersB === undefined) {
      ctx.addIssue({ code: 'custom', path: ['parametersB'], message: 'an open-weight model needs its parameter count' });
    }
    if (model.kind !== 'open-weights' && model.architecture) {
      ctx.addIssue({ code: 'custom', path: ['architecture'], message: 'architecture sizes self-hosting: only open-weight models have it' });
    }
  });
export type ModelData = z.infer<typeof modelSchema>;

/**
 * How an hourly GPU price is billed. They differ by 1.5-2x for the same card, so they are never mixed:
 *   on-demand: a rented instance, billed while it runs, whether or not it serves anything;
 *   serverless: a worker billed per second only while it runs, scaling to zero between requests;
 *   serverless-always-on: a serverless worker kept running all the time (an "active" worker), at its own rate.
 */
export const GPU_BILLING = ['on-demand', 'serverless', 'serverless-always-on'] as const;
export type GpuBilling = (typeof GPU_BILLING)[number];

/** Weight precisions the calculator sizes memory for, in bits per parameter. */
export const WEIGHT_BITS = [16, 8, 4] as const;

/** One hourly price for one GPU at one host, with how it is billed. */
export const gpuPriceSchema = sourcedSchema.extend({
  /** Host and product, e.g. "Runpod Serverless (H100 PRO tier)". */
  where: z.string().min(2),
  billing: z.enum(GPU_BILLING, { error: `billing must be one of ${GPU_BILLING.join(', ')}` }),
  perHour: z.number().positive(),
  note: z.string().min(5).optional(),
});
export type GpuPrice = z.infer<typeof gpuPriceSchema>;

/**
 * One published serving benchmark of one open-weight model on this GPU: the calculator sizes a model × GPU pair
 * only from a measurement of that pair. Token rates are for the whole measurement (all `gpus` together).
 */
export const servingMeasurementSchema = sourcedSchema.extend({
  /** The model measured: a file name in content/models/ (checked across collections). */
  model: z.string().regex(/^[a-z0-9-]+$/, 'a model id: the name of a file in content/models/'),
  /** Serving engine and release, e.g. "vLLM 0.5.4", "NVIDIA NIM 1.8.0". */
  engine: z.string().min(2),
  /** GPUs the measurement ran on (tensor parallelism): the rates are divided by it for a per-GPU figure. */
  gpus: z.number().int().positive().default(1),
  /** Weight precision in bits. */
  weightBits: z.union(WEIGHT_BITS.map((b) => z.literal(b)) as [z.ZodLiteral<16>, z.ZodLiteral<8>, z.ZodLiteral<4>], { error: 'weightBits is 16, 8 or 4' }),
  /** Requests in flight at once. */
  concurrency: z.number().int().positive(),
  /** Prompt and answer length per request, when the benchmark states them. */
  inputTokens: z.number().int().positive().optional(),
  outputTokens: z.number().int().positive().optional(),
  /** Output tokens per second summed over all requests and GPUs (decode throughput). */
  outputTokensPerSecond: z.number().positive(),
  /** Prompt tokens per second the measurement processed (prefill), when published or derivable as stated in `setup`. */
  prefillTokensPerSecond: z.number().positive().optional(),
  /** Mean seconds to the first token at this concurrency. */
  ttftSeconds: z.number().positive().optional(),
  /** Mean seconds between output tokens of one request (inter-token latency) at this concurrency. */
  interTokenSeconds: z.number().positive().optional(),
  /** What the numbers alone do not say: dataset, percentile, how a figure was derived. */
  setup: z.string().min(5),
});
export type ServingMeasurement = z.infer<typeof servingMeasurementSchema>;

/** A GPU a team might rent to serve or tune open weights: memory, hourly prices and measured throughput. */
export const gpuSchema = z.strictObject({
  /** e.g. "NVIDIA H100 80GB SXM". */
  name: z.string().min(3),
  /** Memory in GB, from the vendor's or a cloud's page. */
  memoryGB: z.number().positive(),
  memorySource: citationId,
  /** Hourly prices per GPU, each labelled with how it is billed. */
  prices: z.array(gpuPriceSchema).min(1, 'a GPU needs at least one cited hourly price'),
  /** Published serving benchmarks on this GPU, one per model × precision × concurrency. */
  throughput: z.array(servingMeasurementSchema).default([]),
});
export type GpuData = z.infer<typeof gpuSchema>;
