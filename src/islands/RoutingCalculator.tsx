/**
 * Blended price of routing traffic across model tiers. The preset reproduces the source material's
 * 70 % / 30 % Haiku/Opus example with its real arithmetic next to the figure it claimed.
 */
import { useState } from 'preact/hooks';
import { formatMoney, formatPercent, parseNumberInput } from '../lib/format.ts';
import { blend, type Tier } from '../lib/routing.ts';
import { NumberField } from './NumberField.tsx';
import { displayLocale, useHydrated } from './hydrated.ts';

const SOURCE_EXAMPLE: Tier[] = [
  { name: 'Claude 3 Haiku', share: 0.7, inputPrice: 0.25, outputPrice: 1.25 },
  { name: 'Claude 3 Opus', share: 0.3, inputPrice: 15, outputPrice: 75 },
];
const SOURCE_TOKENS = { input: 1000, output: 0 };
const CLAIMED_SAVING = 0.45;

/** What each field shows for the source example. */
const SOURCE_TEXTS: Record<string, string> = {
  ...Object.fromEntries(SOURCE_EXAMPLE.flatMap((t, i) => [[`${i}-share`, String(t.share * 100)], [`${i}-inputPrice`, String(t.inputPrice)], [`${i}-outputPrice`, String(t.outputPrice)]])),
  input: String(SOURCE_TOKENS.input),
  output: String(SOURCE_TOKENS.output),
};

type Key = 'share' | 'inputPrice' | 'outputPrice';

export default function RoutingCalculator() {
  const hydrated = useHydrated();
  const [tiers, setTiers] = useState<Tier[]>(SOURCE_EXAMPLE);
  const [texts, setTexts] = useState<Record<string, string>>(SOURCE_TEXTS);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [tokens, setTokens] = useState(SOURCE_TOKENS);

  const reset = () => {
    setTiers(SOURCE_EXAMPLE);
    setTokens(SOURCE_TOKENS);
    setErrors({});
    setTexts(SOURCE_TEXTS);
  };

  const onTier = (index: number, key: Key, raw: string) => {
    const id = `${index}-${key}`;
    setTexts((t) => ({ ...t, [id]: raw }));
    const parsed = parseNumberInput(raw, key === 'share' ? { min: 0, max: 100 } : { min: 0, max: 10_000 });
    setErrors((e) => ({ ...e, [id]: parsed.ok ? '' : parsed.error }));
    if (parsed.ok) setTiers((ts) => ts.map((t, i) => (i === index ? { ...t, [key]: key === 'share' ? parsed.value / 100 : parsed.value } : t)));
  };
  const onTokens = (key: 'input' | 'output', raw: string) => {
    setTexts((t) => ({ ...t, [key]: raw }));
    const parsed = parseNumberInput(raw, { min: 0, max: 10_000_000, integer: true });
    setErrors((e) => ({ ...e, [key]: parsed.ok ? '' : parsed.error }));
    if (parsed.ok) setTokens((t) => ({ ...t, [key]: parsed.value }));
  };

  const locale = displayLocale(hydrated);
  const result = blend(tiers, tokens.input, tokens.output);
  const sharesOff = Math.abs(result.shareTotal - 1) > 0.001;
  const isSourceExample = JSON.stringify(tiers) === JSON.stringify(SOURCE_EXAMPLE) && tokens.output === 0;

  return (
    <div class="routing">
      <section class="calc-form" aria-label="Routing inputs">
        {tiers.map((tier, i) => (
          <fieldset class="calc-group" disabled={!hydrated}>
            <legend>Tier {i + 1}: {tier.name}</legend>
            <NumberField id={`route-${i}-share`} label="Share of requests" unit="%" value={texts[`${i}-share`] ?? ''} error={errors[`${i}-share`]} onInput={(raw) => onTier(i, 'share', raw)} />
            <NumberField id={`route-${i}-in`} label="Input price" unit="$ per MTok" value={texts[`${i}-inputPrice`] ?? ''} error={errors[`${i}-inputPrice`]} onInput={(raw) => onTier(i, 'inputPrice', raw)} />
            <NumberField id={`route-${i}-out`} label="Output price" unit="$ per MTok" value={texts[`${i}-outputPrice`] ?? ''} error={errors[`${i}-outputPrice`]} onInput={(raw) => onTier(i, 'outputPrice', raw)} />
          </fieldset>
        ))}
        <fieldset class="calc-group" disabled={!hydrated}>
          <legend>Tokens per request</legend>
          <NumberField id="route-input" label="Input tokens" value={texts.input ?? ''} error={errors.input} onInput={(raw) => onTokens('input', raw)} />
          <NumberField id="route-output" label="Output tokens" value={texts.output ?? ''} error={errors.output} onInput={(raw) => onTokens('output', raw)} />
        </fieldset>
        <p>
          <button type="button" class="button secondary" disabled={!hydrated} onClick={reset}>
            Reset to the 70 % / 30 % example
          </button>
        </p>
      </section>
      <section class="calc-results" aria-labelledby="routing-results-title">
        <h2 id="routing-results-title">Blended price</h2>
        <div aria-live="polite">
          {sharesOff && <p class="field-error">The shares add up to {formatPercent(result.shareTotal, locale)}, not 100 %: the blend below uses them as entered.</p>}
          <dl class="result-grid">
            <div><dt>Blended input price</dt><dd>{formatMoney(result.blendedInput, locale)} per MTok</dd></div>
            <div><dt>Blended output price</dt><dd>{formatMoney(result.blendedOutput, locale)} per MTok</dd></div>
            <div><dt>Cost per 1,000 requests</dt><dd>{formatMoney(result.blendedPerRequest * 1000, locale)} (all {result.topTier.name}: {formatMoney(result.topTierPerRequest * 1000, locale)})</dd></div>
            <div><dt>Saving against {result.topTier.name} alone</dt><dd>{formatPercent(result.saving, locale)}</dd></div>
          </dl>
          {isSourceExample && (
            <p class="implied">
              The arithmetic: 0.7 × $0.25 + 0.3 × $15 = $4.675 per million input tokens, against $15 for Opus alone, a saving of {formatPercent(result.saving, locale)}. The source material claims {formatPercent(CLAIMED_SAVING, locale)}, and a 2 % quality loss that its cited source does not report. <a href="/research/claim-checks/#model-routing-savings">Read the claim check</a>.
            </p>
          )}
        </div>
      </section>
    </div>
  );
}
