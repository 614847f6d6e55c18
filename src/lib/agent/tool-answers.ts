/**
 * What the `decide` and `estimate_cost` tools answer, wherever they run: the MCP server (src/mcp/tools.ts) and the
 * page-level WebMCP tools on /decide/ and /calculator/ (src/scripts/webmcp-tools.ts). Pure: answers in, a plain
 * object out, or the field at fault and why.
 */
import { decide } from '../decision/decide.ts';
import { EMPTY_ANSWERS, type WizardAnswers } from '../decision/questions.ts';
import { decisionSummary } from '../decision/summary.ts';
import { VERDICT_TITLES } from '../decision/verdict.ts';
import { APPROACH_LABELS } from '../content/vocabulary.ts';
import { EstimateError, estimateCost, type EstimateRequest } from '../cost/estimate.ts';
import type { SiteData } from '../models/site-data.ts';

export type ToolAnswer = { ok: true; value: Record<string, unknown> } | { ok: false; field: string; message: string };

/** The decision rule for any subset of the wizard's answers (unknown keys are ignored). */
export function decideAnswer(given: Partial<Record<keyof WizardAnswers, unknown>>, context: { date: string; origin: string }): ToolAnswer {
  const answers = { ...EMPTY_ANSWERS } as Record<string, unknown>;
  for (const key of Object.keys(EMPTY_ANSWERS)) {
    const value = given[key as keyof WizardAnswers];
    if (value !== undefined && value !== null) answers[key] = value;
  }
  const full = answers as unknown as WizardAnswers;
  const decision = decide(full);
  if (decision.status === 'invalid') return { ok: false, field: decision.problems[0]!.key, message: decision.message };
  const summary = decisionSummary(full, { ...context, approachLabel: (a) => APPROACH_LABELS[a] });
  return {
    ok: true,
    value: {
      verdict: decision.verdict,
      title: VERDICT_TITLES[decision.verdict],
      recommendation: summary.recommendation,
      headline: summary.headline,
      reasons: summary.reasons,
      steps: summary.steps,
      conditions: summary.conditions,
      openQuestions: summary.open,
      assumptions: summary.assumptions,
      link: summary.link,
    },
  };
}

/** The calculator's result for a request, with the build day, an absolute calculator link and the sources used. */
export function estimateAnswer(request: EstimateRequest, data: Pick<SiteData, 'presets' | 'sources' | 'buildDate' | 'site'>): ToolAnswer {
  try {
    const result = estimateCost(request, data.presets);
    const ids = new Set(result.presets.flatMap((p) => p.sources.map((s) => s.source)));
    return {
      ok: true,
      value: {
        buildDate: data.buildDate,
        currency: 'USD',
        ...result,
        calculator: new URL(result.calculatorPath, data.site).href,
        sources: Object.fromEntries([...ids].map((id) => [id, data.sources[id]])),
      },
    };
  } catch (error) {
    if (error instanceof EstimateError) return { ok: false, field: error.field, message: error.message.slice(error.field.length + 2) };
    throw error;
  }
}
