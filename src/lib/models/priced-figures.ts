/**
 * Onboarding questions whose arithmetic rests on today's prices: their `figures` are read from the model data
 * and their texts filled in at build time, so a price changes in one file and the worked answers follow.
 */
import { FIGURE_STYLES, fillFigures, resolveFigures, type FigureFormatters, type FigureSpec, type FigureStyle, type ResolvedFigure } from './figures.ts';
import { isoDay } from '../content/build-day.ts';
import { modelFigure, type FigureField, type ModelEntry } from './model-data.ts';
import { isShutDown, lifecycleStatus } from './lifecycle.ts';
import type { GpuData, QuestionData } from '../schemas.ts';
import { GPU_BILLING } from '../schemas/gpu.ts';

export interface QuestionEntry {
  file: string;
  data: QuestionData;
}

/** The build day, whose prices are read, and whether a price of a model shut down by then is refused. */
export interface FigureDay {
  day: Date;
  /** Questions refuse it (and a superseded model's) unless the figure is marked historical; pages leave that to the mention gate, which also reads `<Calc>`. */
  refuseShutDown: boolean;
}

/** Figures read from the model data (the prices in force on the build day) and, for `<Calc>`, GPUs' hourly prices. */
export function figuresFromModels(
  figures: Readonly<Record<string, FigureSpec>>,
  modelsById: ReadonlyMap<string, ModelEntry>,
  format: FigureFormatters,
  when: FigureDay,
  gpusById?: ReadonlyMap<string, GpuData>,
): Map<string, ResolvedFigure> {
  const today = when.day;
  return resolveFigures(
    figures,
    (spec) => {
      if (spec.field === GPU_HOURLY) {
        const gpu = gpusById?.get(spec.model);
        if (!gpu) throw new Error(`figures: GPU "${spec.model}" is not a file in content/gpus/`);
        // A GPU's hour costs differently by how it is billed (an always-on worker, one billed while it runs, on
        // demand), and which one a sum needs depends on the sum: the binding names it, never "the first listed".
        if (!spec.where) throw new Error(`figures: say how ${spec.model} is billed, as "${spec.model}.${GPU_HOURLY}.<billing>" with <billing> one of ${GPU_BILLING.join(', ')}`);
        const price = gpu.prices.find((p) => p.billing === spec.where);
        if (!price) throw new Error(`figures: ${spec.model} has no ${spec.where} price (it lists ${[...new Set(gpu.prices.map((p) => p.billing))].join(', ') || 'none'})`);
        return price.perHour;
      }
      const model = modelsById.get(spec.model);
      if (!model) throw new Error(`figures: model "${spec.model}" is not a file in content/models/`);
      if (when.refuseShutDown && !spec.historical) {
        if (isShutDown(model.data, today)) {
          throw new Error(`figures: ${model.data.name} shut down on ${isoDay(model.data.lifecycle!.shutdown!)}; use a current model or mark the figure historical: true`);
        }
        if (lifecycleStatus(model.data, today) === 'superseded') {
          const next = model.data.lifecycle!.supersededBy!;
          throw new Error(`figures: ${model.data.name} is superseded by ${modelsById.get(next)?.data.name ?? next} (${next}); use it or mark the figure historical: true`);
        }
      }
      try {
        return modelFigure(model, spec.field as FigureField, spec.where, format, today).value;
      } catch (error) {
        throw new Error(`figures: ${spec.model} ${spec.field}: ${(error as Error).message}`);
      }
    },
    format,
  );
}

/** A question's figures, read from the models; throws naming the figure, the model and what is wrong. */
export function questionFigures(
  question: QuestionData,
  modelsById: ReadonlyMap<string, ModelEntry>,
  today: Date,
  format: FigureFormatters,
): Map<string, ResolvedFigure> {
  // `?? {}`: Astro's content cache can hand back entries stored before the schema gained `figures`.
  return figuresFromModels(question.figures ?? {}, modelsById, format, { day: today, refuseShutDown: true });
}

/**
 * The figures of a `<Calc formula="0.7 * small + 0.3 * large" small="model-id.input" large="model-id.input"
 * format="price" />`: each other attribute binds a name to a model's price; the result is the last figure.
 */
export function calcFigures(attributes: Readonly<Record<string, unknown>>): Record<string, FigureSpec> {
  const { formula, format, historical, ...bindings } = attributes;
  if (typeof formula !== 'string' || formula.trim() === '') throw new Error('<Calc> needs a formula');
  if (format !== undefined && !(FIGURE_STYLES as readonly unknown[]).includes(format)) throw new Error(`<Calc format="${String(format)}">: use one of ${FIGURE_STYLES.join(', ')}`);
  const figures: Record<string, FigureSpec> = {};
  for (const [name, value] of Object.entries(bindings)) {
    const match = typeof value === 'string' ? /^([a-z0-9-]+)\.([A-Za-z]+)(?:\.([a-z-]+))?$/.exec(value) : null;
    if (!match) throw new Error(`<Calc ${name}="${String(value)}">: bind a name to a price as "model-id.field", e.g. "openai-gpt-6-luna.input", or a GPU's hour as "gpu-id.perHour.billing"`);
    figures[name] = { model: match[1]!, field: match[2]!, where: match[3], historical: historical !== undefined && historical !== false };
  }
  figures[CALC_RESULT] = { formula, format: (format as FigureStyle | undefined) ?? 'number' };
  return figures;
}

export const CALC_RESULT = 'result';

/** The field that binds a GPU's hourly price, followed by how it is billed, e.g. h100="nvidia-h100-80gb.perHour.serverless". */
export const GPU_HOURLY = 'perHour';

/** Every question whose figures cannot be read today, as "file: problem". */
export function questionFigureProblems(
  questions: readonly QuestionEntry[],
  models: readonly ModelEntry[],
  today: Date,
  format: FigureFormatters,
): string[] {
  const byId = new Map(models.map((m) => [m.id, m]));
  const problems: string[] = [];
  for (const { file, data } of questions) {
    try {
      questionFigures(data, byId, today, format);
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
    }
  }
  return problems;
}

/** The question as readers see it: every `{name}` in its texts replaced by the figure's text. */
export function withFigures(question: QuestionData, figures: ReadonlyMap<string, ResolvedFigure>): QuestionData {
  if (figures.size === 0) return question;
  const fill = (text: string) => fillFigures(text, figures);
  const { quiz } = question;
  return {
    ...question,
    quiz: {
      ...quiz,
      question: fill(quiz.question),
      explanation: fill(quiz.explanation),
      options: quiz.options.map((o) => ({ ...o, text: fill(o.text), feedback: fill(o.feedback) })),
    },
  };
}
