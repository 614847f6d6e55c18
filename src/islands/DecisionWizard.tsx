/**
 * The decision wizard: the site's decision rule (src/lib/decision/) as questions. Every answer stays
 * editable; the result, its reasons, the cheaper steps and the questions that would change it update as you
 * answer. Numbers are read as people type them ("0,82", "82 %", "20k"); a value that cannot be read keeps the
 * last valid result on screen, marked out of date, until it is corrected. The whole state lives in the URL; a link
 * from an earlier version, or with a value the wizard does not know, falls back to empty answers with a notice.
 * A print-only summary lists every answer, the date and the link.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseNumber } from '../lib/site/number-input.ts';
import { decide } from '../lib/decision/decide.ts';
import { parseAnswers, serializeAnswers } from '../lib/decision/link.ts';
import { answerLabel, answerSpec, type ChoiceQuestion, EMPTY_ANSWERS, type NumberKey, type NumberQuestion, QUESTIONS, type WizardAnswers } from '../lib/decision/questions.ts';
import { CALCULATOR_HREF } from '../lib/decision/rule.ts';
import { VERDICT_TITLES } from '../lib/decision/verdict.ts';
import { APPROACH_LABELS } from '../lib/content/vocabulary.ts';
import { displayLocale, useHydrated } from './hydrated.ts';
import { copyText, downloadText } from './clipboard.ts';
import { AssistantLinks } from './AssistantLinks.tsx';
import { useOverflows } from './overflow.ts';

type Texts = Record<NumberKey, string>;
const EMPTY_TEXTS: Texts = { promptF1: '', bar: '', examples: '' };
const STATUS_LABELS = { met: 'holds', 'not-met': 'does not hold', unknown: 'not answered yet' } as const;

const textsOf = (a: WizardAnswers): Texts => ({
  promptF1: a.promptF1 === null ? '' : String(a.promptF1),
  bar: a.bar === null ? '' : String(a.bar),
  examples: a.examples === null ? '' : String(a.examples),
});

export default function DecisionWizard() {
  const hydrated = useHydrated();
  const [answers, setAnswers] = useState<WizardAnswers>(EMPTY_ANSWERS);
  const [texts, setTexts] = useState<Texts>(EMPTY_TEXTS);
  const [errors, setErrors] = useState<Partial<Record<NumberKey, string>>>({});
  const [notes, setNotes] = useState<Partial<Record<NumberKey, string>>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  const [link, setLink] = useState('');
  const [date, setDate] = useState('');
  // Beside the questions on a wide screen the result scrolls on its own when it is taller than the screen, and the
  // keyboard needs a Tab stop to scroll it; below them on a phone it does not scroll, and a stop would be one too many.
  const resultRef = useRef<HTMLElement>(null);
  const resultScrolls = useOverflows(resultRef, 'y', true);

  // The server renders the empty answers; a shared link's answers are applied once hydrated.
  useEffect(() => {
    const parsed = parseAnswers(window.location.search);
    setAnswers(parsed.answers);
    setTexts(textsOf(parsed.answers));
    setNotice(parsed.notice);
    if (parsed.notice) window.history.replaceState(null, '', `${window.location.pathname}${serializeAnswers(parsed.answers)}`);
    setLink(window.location.href);
    setDate(new Date().toISOString().slice(0, 10));
  }, []);

  const save = (next: WizardAnswers) => {
    setAnswers(next);
    setCopied('');
    window.history.replaceState(null, '', `${window.location.pathname}${serializeAnswers(next)}`);
    setLink(window.location.href);
  };

  const setNumber = (q: NumberQuestion, raw: string) => {
    setTexts((t) => ({ ...t, [q.key]: raw }));
    if (raw.trim() === '') {
      setErrors((e) => ({ ...e, [q.key]: undefined }));
      setNotes((n) => ({ ...n, [q.key]: undefined }));
      save({ ...answers, [q.key]: null });
      return;
    }
    const parsed = parseNumber(raw, answerSpec(q), displayLocale(hydrated));
    setErrors((e) => ({ ...e, [q.key]: parsed.ok ? undefined : parsed.error }));
    setNotes((n) => ({ ...n, [q.key]: parsed.ok ? parsed.note : undefined }));
    // A value that cannot be read changes nothing: the last valid answer (and its link and result) stays, marked out of date.
    if (parsed.ok) save({ ...answers, [q.key]: parsed.value });
  };

  const invalid = QUESTIONS.filter((q) => q.kind === 'number' && errors[q.key]).map((q) => q.question);
  const stale = invalid.length > 0;
  const result = decide(answers);
  // The calculator reads these answers from its own URL and adds the rule's verdict to its decision record.
  const calculatorHref = `${CALCULATOR_HREF}${serializeAnswers(answers)}`;

  const copyLink = async () => setCopied(await copyText(window.location.href, 'Link copied.'));

  // The record's code loads on first use: most visits never make one.
  const record = async () => {
    const [{ wizardRecordInput }, { recordFileName, renderDecisionRecord }, { decisionSummary }] = await Promise.all([
      import('../lib/decision/record-wizard.ts'),
      import('../lib/decision/record.ts'),
      import('../lib/decision/summary.ts'),
    ]);
    const summary = decisionSummary(answers, {
      date: new Date().toISOString().slice(0, 10),
      origin: window.location.origin,
      approachLabel: (approach) => APPROACH_LABELS[approach],
    });
    const input = wizardRecordInput(summary);
    return { markdown: renderDecisionRecord(input), fileName: recordFileName(input) };
  };
  const recordFailed = 'The decision record could not be made: the page lost its connection. Try again.';
  const downloadRecord = async () => {
    const made = await record().catch(() => null);
    setCopied(made ? downloadText(made.fileName, made.markdown) : recordFailed);
  };
  const copyRecord = async () => {
    const made = await record().catch(() => null);
    setCopied(made ? await copyText(made.markdown, 'Decision record copied as Markdown.') : recordFailed);
  };

  const startOver = () => {
    setTexts(EMPTY_TEXTS);
    setErrors({});
    setNotes({});
    setNotice(null);
    save(EMPTY_ANSWERS);
  };

  return (
    <div class="wizard">
      {notice && (
        <p class="aside caution wizard-notice" role="status">
          {notice}
        </p>
      )}
      <section class="wizard-form" aria-label="Your situation">
        {QUESTIONS.map((q) =>
          q.kind === 'choice' ? (
            <ChoiceGroup q={q} answers={answers} save={save} disabled={!hydrated} />
          ) : (
            <div class="field">
              <label for={`wizard-${q.param}`}>{q.question}</label>
              <input
                id={`wizard-${q.param}`}
                type="text"
                disabled={!hydrated}
                inputMode={q.integer ? 'numeric' : 'decimal'}
                autoComplete="off"
                value={texts[q.key]}
                aria-invalid={errors[q.key] ? 'true' : undefined}
                aria-describedby={`wizard-${q.param}-help wizard-${q.param}-error wizard-${q.param}-note`}
                onInput={(e) => setNumber(q, (e.target as HTMLInputElement).value)}
              />
              <p id={`wizard-${q.param}-help`} class="help">
                {q.help}
              </p>
              <p id={`wizard-${q.param}-error`} class="field-error">
                {errors[q.key] ?? ''}
              </p>
              <p id={`wizard-${q.param}-note`} class="field-note help">
                {errors[q.key] ? '' : (notes[q.key] ?? '')}
              </p>
            </div>
          ),
        )}
        <div class="wizard-actions">
          <button type="button" class="button secondary" disabled={!hydrated} onClick={startOver}>
            Start over
          </button>
          <button type="button" class="button secondary" disabled={!hydrated} onClick={copyLink}>
            Copy link
          </button>
          <button type="button" class="button secondary" disabled={!hydrated || result.status === 'invalid' || stale} onClick={downloadRecord}>
            Download decision record (.md)
          </button>
          <button type="button" class="button secondary" disabled={!hydrated || result.status === 'invalid' || stale} onClick={copyRecord}>
            Copy decision record
          </button>
          <button type="button" class="button secondary" disabled={!hydrated} onClick={() => window.print()}>
            Print
          </button>
          <span role="status">{copied}</span>
        </div>
        <p class="help">
          To add volume, model and prices to the record, <a href={calculatorHref}>open the cost calculator with these answers</a> and make the record there: it holds both.
        </p>
        {hydrated && result.status !== 'invalid' && (
          <AssistantLinks
            link={new URL(`/decide/${serializeAnswers(answers)}`, window.location.origin).href}
            makeRecord={async () => (await record()).markdown}
            label="Talk the decision record through with an assistant:"
          />
        )}
        <p class="wizard-summary">
          {result.status === 'invalid' ? 'No recommendation while an answer is invalid.' : `${stale ? 'Out of date: ' : ''}Recommendation: ${VERDICT_TITLES[result.verdict]}.`}{' '}
          <a href="#wizard-result-title">See why</a>
        </p>
      </section>
      <section ref={resultRef} class={stale ? 'wizard-result stale' : 'wizard-result'} aria-labelledby="wizard-result-title" aria-live="polite" tabindex={resultScrolls ? 0 : undefined}>
        {stale && (
          <p class="stale-notice">
            <strong>Out of date:</strong> this result is for your last valid answers. Correct {invalid.map((q) => `“${q}”`).join(' and ')} to update it.
          </p>
        )}
        {result.status === 'invalid' ? (
          <>
            <h2 id="wizard-result-title">No recommendation</h2>
            <p class="wizard-headline wizard-invalid">{result.message}</p>
            <p>Correct or clear that answer and the result comes back.</p>
          </>
        ) : (
          <>
            <h2 id="wizard-result-title">Recommendation: {VERDICT_TITLES[result.verdict]}</h2>
            <p class="wizard-headline">{result.headline}</p>
            <p class="wizard-approach">
              Approach: <strong>{APPROACH_LABELS[result.approach]}</strong>
            </p>
            {result.steps.length > 0 && (
              <>
                <h3>Do these first</h3>
                <ol class="wizard-steps">
                  {result.steps.map((step) => (
                    <li>
                      <a href={step.href}>{step.title}</a>: {step.text}
                    </li>
                  ))}
                </ol>
                {result.steps.some((s) => s.helps.includes('cost')) && (
                  <p>
                    <a href={calculatorHref}>Work out what each step saves in the cost calculator</a>.
                  </p>
                )}
              </>
            )}
            <h3>Why</h3>
            <ol class="reasons">
              {result.reasons.map((reason) => (
                <li class={`leans-${reason.leans}`}>
                  {reason.text} <a href={reason.href === CALCULATOR_HREF ? calculatorHref : reason.href}>{reason.href === CALCULATOR_HREF ? 'Open the calculator' : 'Read the argument'}</a>
                </li>
              ))}
            </ol>
            <h3>The three conditions for tuning</h3>
            <ul class="wizard-conditions">
              {result.conditions.map(({ condition, status }) => (
                <li class={`status-${status}`}>
                  <a href={condition.href}>{condition.title}</a>: {STATUS_LABELS[status]}
                </li>
              ))}
            </ul>
            {result.assumptions.map((text) => (
              <p class="muted">{text}</p>
            ))}
            {result.open.length > 0 && (
              <>
                <h3>Answers that would change this</h3>
                <ul class="wizard-open">
                  {result.open.map((o) => (
                    <li>
                      {o.question}{' '}
                      <span class="muted">
                        {o.changes.map((c) => `“${c.answer}” gives ${VERDICT_TITLES[c.verdict]}`).join('; ')}.
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </section>
      <section class="wizard-print" aria-label="Your answers, for print">
        <h2>Your answers</h2>
        <dl>
          {QUESTIONS.map((q) => (
            <>
              <dt>{q.question}</dt>
              <dd>{answerLabel(answers, q.key) ?? (q.kind === 'number' && errors[q.key] ? `Invalid: ${texts[q.key]}` : 'Not answered')}</dd>
            </>
          ))}
        </dl>
        <p>
          Printed on <span class="wizard-date">{date}</span>. This link reproduces the result: <span class="share-link">{link}</span>
        </p>
      </section>
    </div>
  );
}

function ChoiceGroup({ q, answers, save, disabled }: { q: ChoiceQuestion; answers: WizardAnswers; save: (a: WizardAnswers) => void; disabled: boolean }) {
  return (
    <fieldset class="choice-group" disabled={disabled} aria-describedby={q.help ? `wizard-${q.key}-help` : undefined}>
      <legend>{q.question}</legend>
      {q.help && (
        <p id={`wizard-${q.key}-help`} class="help">
          {q.help.text} <a href={q.help.href}>{q.help.link}</a>.
        </p>
      )}
      {q.more && (
        <p class="help">
          <a href={q.more.href}>{q.more.label}</a>
        </p>
      )}
      {q.options.map((option) => (
        <label class="choice">
          <input type="radio" name={`wizard-${q.key}`} value={option.value} checked={answers[q.key] === option.value} onChange={() => save({ ...answers, [q.key]: option.value })} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
