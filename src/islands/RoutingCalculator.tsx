/**
 * Blended price of routing traffic across model tiers. It opens on two current models with the source
 * material's 70 % / 30 % split; the source example itself (retired Haiku/Opus at 2024 prices, with its real
 * arithmetic next to the figure it claimed) is one click away. Each tier can take a dated price preset. The
 * state lives in the page URL (src/lib/cost/routing-state.ts).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatMoney, formatPercent } from '../lib/site/format.ts';
import { parseNumber } from '../lib/site/number-input.ts';
import { blend } from '../lib/cost/routing.ts';
import { ROUTING_FIELDS, ROUTING_SOURCE_EXAMPLE, ROUTING_URL_KEYS, hasRoutingState, isRoutingSourceExample, parseRoutingState, routingOpening, routingParams, tierPresets, type RoutingState } from '../lib/cost/routing-state.ts';
import { hasCostState, mergeQuery } from '../lib/cost/fields.ts';
import type { Preset } from '../lib/cost/presets.ts';
import { NumberField } from './NumberField.tsx';
import { copyText } from './clipboard.ts';
import { displayLocale, useHydrated } from './hydrated.ts';

const CLAIMED_SAVING = 0.45;

type Key = 'share' | 'inputPrice' | 'outputPrice';

const textsOf = (state: RoutingState): Record<string, string> => ({
  ...Object.fromEntries(state.tiers.flatMap((t, i) => [[`${i}-share`, String(Math.round(t.share * 1e8) / 1e6)], [`${i}-inputPrice`, String(t.inputPrice)], [`${i}-outputPrice`, String(t.outputPrice)]])),
  input: String(state.inputTokens),
  output: String(state.outputTokens),
});

export default function RoutingCalculator({ presets }: { presets: Preset[] }) {
  const hydrated = useHydrated();
  const tiersOffered = useMemo(() => tierPresets(presets), [presets]);
  const presetById = useMemo(() => new Map(tiersOffered.map((p) => [p.id, p])), [tiersOffered]);
  const opening = useMemo(() => routingOpening(presetById), [presetById]);
  const [state, setState] = useState<RoutingState>(opening);
  const [texts, setTexts] = useState<Record<string, string>>(() => textsOf(opening));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!hasRoutingState(window.location.search)) return;
    const parsed = parseRoutingState(window.location.search, presetById);
    setState(parsed.state);
    setTexts(textsOf(parsed.state));
    setProblems(parsed.problems);
  }, []);

  const commit = (next: RoutingState) => {
    setState(next);
    setStatus('');
    const query = mergeQuery(window.location.search, ROUTING_URL_KEYS, routingParams(next, presetById));
    window.history.replaceState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
  };

  const reset = (to: RoutingState) => {
    setErrors({});
    setNotes({});
    setProblems([]);
    setTexts(textsOf(to));
    commit(to);
  };
  const locale = displayLocale(hydrated);
  const read = (id: string, raw: string, spec: (typeof ROUTING_FIELDS)[keyof typeof ROUTING_FIELDS]) => {
    setTexts((t) => ({ ...t, [id]: raw }));
    const parsed = parseNumber(raw, spec, locale);
    setErrors((e) => ({ ...e, [id]: parsed.ok ? '' : parsed.error }));
    setNotes((n) => ({ ...n, [id]: parsed.ok ? (parsed.note ?? '') : '' }));
    return parsed;
  };

  const onTier = (index: number, key: Key, raw: string) => {
    const parsed = read(`${index}-${key}`, raw, key === 'share' ? ROUTING_FIELDS.share : ROUTING_FIELDS.price);
    if (parsed.ok) commit({ ...state, tiers: state.tiers.map((t, i) => (i === index ? { ...t, [key]: key === 'share' ? parsed.value / 100 : parsed.value } : t)) });
  };
  const onPreset = (index: number, id: string) => {
    const preset = presetById.get(id);
    const tiers = state.tiers.map((t, i) => {
      if (i !== index) return t;
      if (!preset) {
        const { preset: _dropped, ...rest } = t;
        return rest;
      }
      return { ...t, name: preset.label, inputPrice: preset.inputPrice, outputPrice: preset.outputPrice, preset: preset.id };
    });
    const next = { ...state, tiers };
    setTexts(textsOf(next));
    setErrors({});
    setNotes({});
    commit(next);
  };
  const onTokens = (key: 'input' | 'output', raw: string) => {
    const parsed = read(key, raw, ROUTING_FIELDS.tokens);
    if (parsed.ok) commit({ ...state, [key === 'input' ? 'inputTokens' : 'outputTokens']: parsed.value });
  };
  // The link names this calculator's state in full even before an edit has written it to the address bar.
  const copyLink = async () => {
    const query = mergeQuery(window.location.search, ROUTING_URL_KEYS, routingParams(state, presetById));
    // The cost calculator's inputs are in the address only once edited; until then the link opens it on its worked case.
    const done = hasCostState(window.location.search)
      ? 'Link copied: it opens both calculators with these inputs.'
      : 'Link copied: it opens the routing calculator with these inputs; the cost calculator, not edited yet, opens on its worked case.';
    setStatus(await copyText(new URL(`${window.location.pathname}${query}`, window.location.origin).href, done));
  };

  const stale = Object.values(errors).some(Boolean);
  const result = blend(state.tiers, state.inputTokens, state.outputTokens);
  const sharesOff = Math.abs(result.shareTotal - 1) > 0.001;
  const isSourceExample = isRoutingSourceExample(state);
  const presetDate = (id?: string) => presets.find((p) => p.id === id)?.asOf;

  return (
    <div class="routing-wrap">
      {problems.length > 0 && (
        <div class="aside caution calc-notice" role="status">
          <p>
            <strong>Part of this link could not be used</strong>, so those routing inputs show the source example: {problems.join('; ')}.
          </p>
        </div>
      )}
      <div class="routing">
        <section class="calc-form" aria-label="Routing inputs">
          {state.tiers.map((tier, i) => (
            <fieldset class="calc-group" disabled={!hydrated}>
              <legend>Tier {i + 1}: {tier.name}</legend>
              {tiersOffered.length > 0 && (
                <div class="field">
                  <label for={`route-${i}-preset`}>Model and price list</label>
                  <select id={`route-${i}-preset`} onChange={(e) => onPreset(i, (e.target as HTMLSelectElement).value)}>
                    <option value="" selected={!tier.preset}>
                      Your own figures
                    </option>
                    {(['Current', 'Historical (kept for the record)'] as const).map((group) => {
                      const list = tiersOffered.filter((p) => presets.find((q) => q.id === p.id)!.current === (group === 'Current'));
                      return list.length > 0 ? (
                        <optgroup label={group}>
                          {list.map((p) => (
                            <option value={p.id} selected={p.id === tier.preset}>
                              {p.label} (as of {presetDate(p.id)})
                            </option>
                          ))}
                        </optgroup>
                      ) : null;
                    })}
                  </select>
                </div>
              )}
              <NumberField id={`route-${i}-share`} label="Share of requests" unit="%" value={texts[`${i}-share`] ?? ''} error={errors[`${i}-share`]} note={notes[`${i}-share`]} onInput={(raw) => onTier(i, 'share', raw)} />
              <NumberField id={`route-${i}-in`} label="Input price" unit="$ per MTok" value={texts[`${i}-inputPrice`] ?? ''} error={errors[`${i}-inputPrice`]} note={notes[`${i}-inputPrice`]} onInput={(raw) => onTier(i, 'inputPrice', raw)} />
              <NumberField id={`route-${i}-out`} label="Output price" unit="$ per MTok" value={texts[`${i}-outputPrice`] ?? ''} error={errors[`${i}-outputPrice`]} note={notes[`${i}-outputPrice`]} onInput={(raw) => onTier(i, 'outputPrice', raw)} />
            </fieldset>
          ))}
          <fieldset class="calc-group" disabled={!hydrated}>
            <legend>Tokens per request</legend>
            <NumberField id="route-input" label="Input tokens" value={texts.input ?? ''} error={errors.input} note={notes.input} onInput={(raw) => onTokens('input', raw)} />
            <NumberField id="route-output" label="Output tokens" value={texts.output ?? ''} error={errors.output} note={notes.output} onInput={(raw) => onTokens('output', raw)} />
          </fieldset>
          <p class="no-print">
            <button type="button" class="button secondary" disabled={!hydrated} onClick={() => reset(opening)}>
              Current models, 70 % / 30 %
            </button>{' '}
            <button type="button" class="button secondary" disabled={!hydrated} onClick={() => reset(ROUTING_SOURCE_EXAMPLE)}>
              The 2024 routing example
            </button>
          </p>
        </section>
        <section class="calc-results" aria-labelledby="routing-results-title">
          <h2 id="routing-results-title">Blended price</h2>
          <div aria-live="polite" class={stale ? 'stale' : undefined}>
            {stale && <p class="stale-notice"><strong>Out of date:</strong> these figures are for the last valid inputs. Correct the field marked in red to update them.</p>}
            {sharesOff && <p class="field-error">The shares add up to {formatPercent(result.shareTotal, locale)}, not 100 %: the blend below uses them as entered.</p>}
            <dl class="result-grid">
              <div><dt>Blended input price</dt><dd>{formatMoney(result.blendedInput, locale)} per MTok</dd></div>
              <div><dt>Blended output price</dt><dd>{formatMoney(result.blendedOutput, locale)} per MTok</dd></div>
              <div><dt>Cost per 1,000 requests</dt><dd>{formatMoney(result.blendedPerRequest * 1000, locale)} (all {result.topTier.name}: {formatMoney(result.topTierPerRequest * 1000, locale)})</dd></div>
              <div><dt>Saving against {result.topTier.name} alone</dt><dd>{formatPercent(result.saving, locale)}</dd></div>
            </dl>
            {isSourceExample && (
              <p class="implied">
                The arithmetic: 0.7 × $0.25 + 0.3 × $15 = $4.675 per million input tokens, against $15 for Opus alone, a saving of {formatPercent(result.saving, locale)}. A widely shared guide claims {formatPercent(CLAIMED_SAVING, locale)}, and a 2 % quality loss that its cited source does not report. <a href="/research/claim-checks/#model-routing-savings">Read the claim check</a>.
              </p>
            )}
          </div>
          <p class="no-print">
            <button type="button" class="button secondary" disabled={!hydrated} onClick={copyLink}>
              Copy link
            </button>
          </p>
          <p class="copy-status" role="status">
            {status}
          </p>
        </section>
      </div>
    </div>
  );
}
