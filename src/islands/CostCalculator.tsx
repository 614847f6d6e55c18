/**
 * Monthly cost of a large model with a long few-shot prompt against a fine-tuned smaller model with a
 * short prompt. Inputs are validated as typed; the last valid value keeps counting while a field shows its
 * error. Changed inputs are kept in the URL, so a result can be shared.
 */
import { useEffect, useState } from 'preact/hooks';
import { FIELDS, PRICE_PRESETS, defaultValues, parseValues, serializeValues, toCostInputs, type FieldValues } from '../lib/calculator-fields.ts';
import { compareCosts, costCurve, impliedInputPrice, volumeRange } from '../lib/cost.ts';
import { formatMoney, formatNumber, parseNumberInput } from '../lib/format.ts';
import { NumberField } from './NumberField.tsx';
import { CostChart } from './CostChart.tsx';
import { displayLocale, useHydrated } from './hydrated.ts';

const SOURCE_BILL = 50_000;

export default function CostCalculator() {
  const hydrated = useHydrated();
  const [values, setValues] = useState<FieldValues>(defaultValues);
  const [texts, setTexts] = useState<Record<string, string>>(() => textsOf(defaultValues()));
  const [errors, setErrors] = useState<Record<string, string>>({});

  // The server renders the source example; a shared link's values are applied once hydrated.
  useEffect(() => {
    const initial = parseValues(window.location.search, parseNumberInput);
    setValues(initial);
    setTexts(textsOf(initial));
  }, []);

  const commit = (next: FieldValues) => {
    setValues(next);
    window.history.replaceState(null, '', `${window.location.pathname}${serializeValues(next)}${window.location.hash}`);
  };

  const onInput = (key: string, raw: string) => {
    const field = FIELDS.find((f) => f.key === key)!;
    setTexts((t) => ({ ...t, [key]: raw }));
    const parsed = parseNumberInput(raw, field.rule);
    setErrors((e) => ({ ...e, [key]: parsed.ok ? '' : parsed.error }));
    if (parsed.ok) commit({ ...values, [key]: parsed.value });
  };

  const applyPreset = (side: 'a' | 'b', presetId: string) => {
    const preset = PRICE_PRESETS.find((p) => p.id === presetId);
    if (!preset) return;
    const keys = side === 'a' ? { in: 'ai', out: 'aop' } : { in: 'bi', out: 'bop' };
    const next = { ...values, [keys.in]: preset.inputPrice, [keys.out]: preset.outputPrice };
    if (side === 'a' && preset.cacheDiscount !== undefined) next.cd = preset.cacheDiscount;
    setTexts((t) => ({ ...t, [keys.in]: String(preset.inputPrice), [keys.out]: String(preset.outputPrice), ...(side === 'a' && preset.cacheDiscount !== undefined ? { cd: String(preset.cacheDiscount) } : {}) }));
    setErrors((e) => ({ ...e, [keys.in]: '', [keys.out]: '' }));
    commit(next);
  };

  const locale = displayLocale(hydrated);
  const inputs = toCostInputs(values);
  const result = compareCosts(inputs);
  const curve = costCurve(inputs, volumeRange(inputs.requestsPerDay));
  const money = (n: number) => formatMoney(n, locale);
  const implied = values.rpd! > 0 && values.ap! > 0 ? impliedInputPrice(SOURCE_BILL, values.rpd!, values.ap!, values.days!) : null;
  const cheaper = result.monthlySaving >= 0 ? 'fine-tuned model' : 'prompted model';

  const group = (name: 'traffic' | 'prompted' | 'tuned', legend: string, preset?: 'a' | 'b') => (
    <fieldset class="calc-group" disabled={!hydrated}>
      <legend>{legend}</legend>
      {preset && (
        <div class="field">
          <label for={`preset-${preset}`}>Price preset</label>
          <select id={`preset-${preset}`} onChange={(e) => applyPreset(preset, (e.target as HTMLSelectElement).value)}>
            <option value="">Choose a model to fill in its prices</option>
            {PRICE_PRESETS.map((p) => (
              <option value={p.id}>
                {p.label}: ${p.inputPrice} / ${p.outputPrice} per MTok ({p.asOf})
              </option>
            ))}
          </select>
        </div>
      )}
      {FIELDS.filter((f) => f.group === name).map((f) => (
        <NumberField id={`calc-${f.key}`} label={f.label} unit={f.unit} help={f.help} value={texts[f.key] ?? ''} error={errors[f.key]} onInput={(raw) => onInput(f.key, raw)} />
      ))}
    </fieldset>
  );

  return (
    <div class="calculator">
      <section class="calc-form" aria-label="Cost inputs">
        {group('traffic', 'Traffic')}
        {group('prompted', 'A: large model, long few-shot prompt', 'a')}
        {group('tuned', 'B: fine-tuned smaller model, short prompt', 'b')}
        <p>
          <button type="button" class="button secondary" disabled={!hydrated} onClick={() => {
            const defaults = defaultValues();
            setTexts(textsOf(defaults));
            setErrors({});
            commit(defaults);
          }}>
            Reset to the source example
          </button>
        </p>
      </section>
      <section class="calc-results" aria-labelledby="calc-results-title">
        <h2 id="calc-results-title">Per month</h2>
        <dl class="result-grid" aria-live="polite">
          <div><dt>A: prompted model</dt><dd>{money(result.promptedMonthly)}</dd></div>
          <div><dt>B: fine-tuned model</dt><dd>{money(result.tunedMonthly)}</dd></div>
          <div><dt>Difference</dt><dd>{money(Math.abs(result.monthlySaving))} less with the {cheaper}</dd></div>
          <div>
            <dt>Break-even on training</dt>
            <dd>
              {result.trainingRun === 0
                ? 'Enter a training price'
                : result.breakEvenMonths === null
                  ? 'Never: B costs more'
                  : `${formatNumber(result.breakEvenMonths, locale, result.breakEvenMonths < 1 ? 3 : 1)} months`}
            </dd>
          </div>
        </dl>
        <p class="muted">
          {formatNumber(result.requestsPerMonth, locale, 0)} requests a month; A reads {formatNumber(result.promptedInputTokensPerMonth / 1e9, locale, 1)} billion input tokens. One training run costs {money(result.trainingRun)}.
        </p>
        {implied !== null && (
          <p class="implied">
            The source material says this workload costs $50,000 a month in input tokens. With {formatNumber(values.rpd!, locale, 0)} requests a day and {formatNumber(values.ap!, locale, 0)} prompt tokens each, that implies {formatMoney(implied, locale)} per million input tokens, far below published list prices. <a href="/research/claim-checks/#input-token-bill">Read the claim check</a>.
          </p>
        )}
        <CostChart curve={curve} locale={locale} current={inputs.requestsPerDay} />
      </section>
    </div>
  );
}

/** What each field shows for these values. */
function textsOf(values: FieldValues): Record<string, string> {
  return Object.fromEntries(FIELDS.map((f) => [f.key, String(values[f.key])]));
}
