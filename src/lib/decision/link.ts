/** The wizard's answers in a link: parse and serialise, with a notice when a link cannot be used as it is. */
import { EMPTY_ANSWERS, QUESTIONS, type WizardAnswers } from './questions.ts';

/** Version of the link format; links without it (or with another) come from an earlier wizard. */
export const URL_VERSION = '2';

export interface ParsedLink {
  answers: WizardAnswers;
  /** Set when the link could not be used as it was: what was dropped and why. */
  notice: string | null;
}

const NUMBER_PATTERN = /^\d{1,9}(\.\d{1,6})?$/;

/** URL query → answers. An outdated or invalid link falls back to defaults (fully or per field) with a notice. */
export function parseAnswers(search: string | URLSearchParams): ParsedLink {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  if ([...params.keys()].length === 0) return { answers: EMPTY_ANSWERS, notice: null };
  const version = params.get('v');
  if (version !== URL_VERSION) {
    return {
      answers: EMPTY_ANSWERS,
      notice: 'This link was made by an earlier version of the wizard, whose questions differ, so the answers start empty. Answer again to get a current result.',
    };
  }
  const answers: Record<string, unknown> = { ...EMPTY_ANSWERS };
  const dropped: string[] = [];
  for (const q of QUESTIONS) {
    const name = q.kind === 'number' ? q.param : q.key;
    const raw = params.get(name);
    if (raw === null) continue;
    if (q.kind === 'choice') {
      if (q.options.some((o) => o.value === raw)) answers[q.key] = raw;
      else dropped.push(q.question);
    } else {
      const n = NUMBER_PATTERN.test(raw) ? Number(raw) : NaN;
      if (Number.isFinite(n) && n >= q.min && n <= q.max && (!q.integer || Number.isInteger(n))) answers[q.key] = n;
      else dropped.push(q.question);
    }
  }
  return {
    answers: answers as unknown as WizardAnswers,
    notice: dropped.length
      ? `Part of this link could not be read, so ${dropped.length === 1 ? 'one answer was' : `${dropped.length} answers were`} left empty: ${dropped.map((d) => `"${d}"`).join(', ')}.`
      : null,
  };
}

/** Answers → URL query (with the version), or '' when nothing is answered. */
export function serializeAnswers(a: WizardAnswers): string {
  const params = new URLSearchParams();
  for (const q of QUESTIONS) {
    const value = a[q.key];
    if (value === null) continue;
    params.set(q.kind === 'number' ? q.param : q.key, String(value));
  }
  if ([...params.keys()].length === 0) return '';
  params.set('v', URL_VERSION);
  return `?${params.toString()}`;
}
