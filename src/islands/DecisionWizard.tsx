/**
 * The decision wizard: the checklist as questions. Every answer stays editable; the recommendation and
 * the chain of reasons update as you answer, and the answers live in the URL so a result can be shared.
 */
import { useEffect, useState } from 'preact/hooks';
import { parseNumberInput } from '../lib/format.ts';
import { EMPTY_ANSWERS, parseAnswers, recommend, serializeAnswers, type WizardAnswers } from '../lib/wizard.ts';
import { APPROACH_LABELS } from '../lib/vocabulary.ts';
import { useHydrated } from './hydrated.ts';

type ChoiceKey = 'evalSet' | 'latency' | 'cost' | 'plateau' | 'knowledge' | 'format';

const CHOICE_QUESTIONS: { key: ChoiceKey; legend: string; options: { value: string; label: string }[] }[] = [
  { key: 'evalSet', legend: 'Do you have a labeled evaluation set for this task?', options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'Not yet' }] },
  { key: 'latency', legend: 'Is there a hard latency requirement?', options: [{ value: 'strict', label: 'Yes, under 300 ms' }, { value: 'relaxed', label: 'Yes, but looser' }, { value: 'none', label: 'No' }] },
  { key: 'cost', legend: 'At your projected scale, is the serving cost sustainable?', options: [{ value: 'sustainable', label: 'Yes' }, { value: 'unsustainable', label: 'No, it is too high' }] },
  { key: 'plateau', legend: 'Has systematic prompt iteration stopped improving your metric?', options: [{ value: 'yes', label: 'Yes, over several rounds' }, { value: 'no', label: 'No, it still improves' }, { value: 'unknown', label: 'We have not measured' }] },
  { key: 'knowledge', legend: 'How often do the facts the model needs change?', options: [{ value: 'static', label: 'Rarely' }, { value: 'monthly', label: 'Monthly' }, { value: 'daily', label: 'Daily or weekly' }] },
  { key: 'format', legend: 'How strict is the output format?', options: [{ value: 'free', label: 'Free text' }, { value: 'schema', label: 'A standard JSON schema' }, { value: 'custom', label: 'A custom format the model keeps breaking' }] },
];

export default function DecisionWizard() {
  const hydrated = useHydrated();
  const [answers, setAnswers] = useState<WizardAnswers>(EMPTY_ANSWERS);
  const [examplesText, setExamplesText] = useState('');
  const [f1Text, setF1Text] = useState('');
  const [errors, setErrors] = useState<{ examples?: string; f1?: string }>({});
  const [copied, setCopied] = useState('');

  // The server renders the empty answers; a shared link's answers are applied once hydrated.
  useEffect(() => {
    const initial = parseAnswers(window.location.search);
    setAnswers(initial);
    setExamplesText(initial.labeledExamples === null ? '' : String(initial.labeledExamples));
    setF1Text(initial.promptF1 === null ? '' : String(initial.promptF1));
  }, []);

  const save = (next: WizardAnswers) => {
    setAnswers(next);
    setCopied('');
    window.history.replaceState(null, '', `${window.location.pathname}${serializeAnswers(next)}`);
  };

  const setNumber = (key: 'labeledExamples' | 'promptF1', raw: string) => {
    const field = key === 'labeledExamples' ? 'examples' : 'f1';
    if (key === 'labeledExamples') setExamplesText(raw);
    else setF1Text(raw);
    if (raw.trim() === '') {
      setErrors((e) => ({ ...e, [field]: undefined }));
      save({ ...answers, [key]: null });
      return;
    }
    const parsed = parseNumberInput(raw, key === 'labeledExamples' ? { min: 0, max: 100_000_000, integer: true } : { min: 0, max: 1 });
    setErrors((e) => ({ ...e, [field]: parsed.ok ? undefined : parsed.error }));
    if (parsed.ok) save({ ...answers, [key]: parsed.value });
  };

  const result = recommend(answers);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('Link copied.');
    } catch {
      setCopied('Copying is blocked here: copy the address bar instead.');
    }
  };

  return (
    <div class="wizard">
      <section class="wizard-form" aria-label="Your situation">
        {CHOICE_QUESTIONS.slice(0, 1).map((q) => choiceGroup(q, answers, save, !hydrated))}
        <div class="field">
          <label for="wizard-examples">How many labeled, reviewed examples do you have?</label>
          <input id="wizard-examples" type="text" disabled={!hydrated} inputMode="numeric" autoComplete="off" value={examplesText} aria-invalid={errors.examples ? 'true' : undefined} aria-describedby="wizard-examples-help wizard-examples-error" onInput={(e) => setNumber('labeledExamples', (e.target as HTMLInputElement).value)} />
          <p id="wizard-examples-help" class="help">A count, for example 800.</p>
          <p id="wizard-examples-error" class="field-error">{errors.examples ?? ''}</p>
        </div>
        <div class="field">
          <label for="wizard-f1">Prompt F1 (or your main metric) on that set, from 0 to 1</label>
          <input id="wizard-f1" type="text" disabled={!hydrated} inputMode="decimal" autoComplete="off" value={f1Text} aria-invalid={errors.f1 ? 'true' : undefined} aria-describedby="wizard-f1-help wizard-f1-error" onInput={(e) => setNumber('promptF1', (e.target as HTMLInputElement).value)} />
          <p id="wizard-f1-help" class="help">For example 0.78. Leave empty if you have not measured it.</p>
          <p id="wizard-f1-error" class="field-error">{errors.f1 ?? ''}</p>
        </div>
        {CHOICE_QUESTIONS.slice(1).map((q) => choiceGroup(q, answers, save, !hydrated))}
        <div class="wizard-actions">
          <button type="button" class="button secondary" disabled={!hydrated} onClick={() => {
            setExamplesText('');
            setF1Text('');
            setErrors({});
            save(EMPTY_ANSWERS);
          }}>
            Start over
          </button>
          <button type="button" class="button secondary" disabled={!hydrated} onClick={copyLink}>
            Copy link to this result
          </button>
          <span role="status">{copied}</span>
        </div>
      </section>
      <section class="wizard-result" aria-labelledby="wizard-result-title" aria-live="polite">
        <h2 id="wizard-result-title">Recommendation: {APPROACH_LABELS[result.approach]}</h2>
        <p class="wizard-headline">{result.headline}</p>
        <h3>Why</h3>
        <ol class="reasons">
          {result.reasons.map((reason) => (
            <li class={`leans-${reason.leans}`}>
              {reason.text} <a href={reason.href}>Read the argument</a>
            </li>
          ))}
        </ol>
        {result.missing.length > 0 && <p class="muted">Answer the remaining questions to firm this up.</p>}
      </section>
    </div>
  );
}

function choiceGroup(q: (typeof CHOICE_QUESTIONS)[number], answers: WizardAnswers, save: (a: WizardAnswers) => void, disabled: boolean) {
  return (
    <fieldset class="choice-group" disabled={disabled}>
      <legend>{q.legend}</legend>
      {q.options.map((option) => (
        <label class="choice">
          <input type="radio" name={`wizard-${q.key}`} value={option.value} checked={answers[q.key] === option.value} onChange={() => save({ ...answers, [q.key]: option.value })} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
