/** Quiz questions: a scenario's quick check and the onboarding bank, whose figures may be computed from the model data. */
import { z } from 'astro/zod';
import { FIGURE_STYLES, figureSpecProblems, placeholders } from '../models/figures.ts';
import { DIFFICULTIES, QUIZ_TOPICS } from '../quiz/topics.ts';
import { citationId, slug } from './fields.ts';
import { PRICE_FIELDS, TUNING_FIELDS } from '../models/price-fields.ts';

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

/** What a question's `supports` has to hold, said whenever it is missing or empty. */
const SUPPORTS_NEEDED = 'quote the words of the linked section that the correct answer rests on, as supports: ["..."]';

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
   * Phrases of that section (with its subsections) that the correct answer rests on, quoted as the page's
   * source has them. Every question names at least one: the build fails when one no longer appears there,
   * so an edit to the page cannot leave the key behind, and a link to a section that never answered the
   * question cannot be written at all.
   */
  supports: z
    .array(z.string().min(8, 'a phrase of at least eight characters'), {
      error: (issue) => (issue.input === undefined ? `required: ${SUPPORTS_NEEDED}` : 'a list of phrases, as supports: ["..."]'),
    })
    .min(1, `at least one phrase: ${SUPPORTS_NEEDED}`),
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
