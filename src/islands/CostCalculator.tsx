/**
 * The cost calculator: a hosted model with a few-shot prompt (A) against a hosted fine-tuned model (B) and a
 * self-hosted LoRA-tuned open-weight model (C). A thin view over src/lib/cost/cost.ts (formulas),
 * cost/fields.ts (inputs and URL state), cost/presets.ts (dated prices), cost/flips.ts (what would
 * change the answer), cost/ranking.ts (what may be ranked, break-even in words), cost/cases.ts (the worked
 * case it opens on) and cost/record.ts + decision/record.ts (the Markdown record). The whole state lives in the
 * URL; a bad or outdated link falls back to defaults with a notice. Wizard answers in the same URL (from the
 * wizard's calculator link) join the decision record, so one record holds the rule's verdict and the costs.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  COST_URL_KEYS,
  FIELDS,
  FIELDS_BY_KEY,
  OPTION_NAMES,
  OPTION_SHORT,
  SOURCE_EXAMPLE,
  fieldText,
  hasCostState,
  isSourceExample,
  mergeQuery,
  parseField,
  parseState,
  sameState,
  stateParams,
  textsOf,
  toCostInputs,
  type CalculatorState,
  type FieldGroup,
  type PresetSlot,
} from '../lib/cost/fields.ts';
import { compare, costCurve, impliedInputPrice, tokenCost, volumeRange, type OptionId } from '../lib/cost/cost.ts';
import { breakEvenText, cheapestCosted, missingInput, rankable } from '../lib/cost/ranking.ts';
import { SOURCE_2024_CASE, type CalculatorCase, type CaseId } from '../lib/cost/cases.ts';
import { flipAssumptions, type Formatters } from '../lib/cost/flips.ts';
import { groupPresets, isoDay, presetEdited, servingPairFor, type Preset } from '../lib/cost/presets.ts';
import { P95_MARGIN, VERDICT_WORDS } from '../lib/cost/latency.ts';
import { formatMoney, formatNumber, formatPercent } from '../lib/site/format.ts';
import { NumberField } from './NumberField.tsx';
import { copyText, downloadText } from './clipboard.ts';
import { AssistantLinks } from './AssistantLinks.tsx';
import { CostChart } from './CostChart.tsx';
import { displayLocale, useHydrated } from './hydrated.ts';

interface Props {
  presets: Preset[];
  /** The worked case the page opens on, priced from current presets at build time. */
  opening: CalculatorCase;
  /** Title and page of each citation a preset names. */
  sources: Record<string, { title: string; href: string }>;
}

const RECORD_FAILED = 'The decision record could not be made: the page lost its connection. Try again.';

const SLOT_LABELS: Record<PresetSlot, string> = { a: 'Model and price list', b: 'Tuning route', c: 'Open-weight model', g: 'GPU, host and billing', s: 'Serving benchmark' };

export default function CostCalculator({ presets, opening, sources }: Props) {
  const hydrated = useHydrated();
  const presetById = useMemo(() => new Map(presets.map((p) => [p.id, p])), [presets]);
  const cases = useMemo(() => new Map<CaseId, CalculatorCase>([[opening.id, opening], [SOURCE_2024_CASE.id, SOURCE_2024_CASE]]), [opening]);
  const [state, setState] = useState<CalculatorState>(opening.state);
  const [startedFrom, setStartedFrom] = useState<CaseId | null>(opening.id);
  const [texts, setTexts] = useState<Record<string, string>>(() => textsOf(opening.state.values));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [wizardQuery, setWizardQuery] = useState('');

  // The server renders the opening case; a shared link's state is applied once hydrated.
  useEffect(() => {
    // The wizard's answers ride along only when the reader came from /decide/: load its rule module just then.
    if (/[?&]v=/.test(window.location.search)) {
      void import('../lib/cost/record.ts').then(({ wizardQueryOf }) => setWizardQuery(wizardQueryOf(window.location.search)));
    }
    if (!hasCostState(window.location.search)) return;
    const parsed = parseState(window.location.search, new Set(presetById.keys()));
    setState(parsed.state);
    // A link that holds a worked case unchanged (every copied link names its state in full) still says which case it is.
    const named = new URLSearchParams(window.location.search).get('case') === '2024' ? 'source-2024' : null;
    setStartedFrom(named ?? [...cases.values()].find((c) => sameState(c.state, parsed.state))?.id ?? null);
    setTexts(textsOf(parsed.state.values));
    setProblems(parsed.problems);
  }, []);

  const commit = (next: CalculatorState) => {
    setState(next);
    setStatus('');
    const query = mergeQuery(window.location.search, COST_URL_KEYS, stateParams(next));
    window.history.replaceState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
  };

  const locale = displayLocale(hydrated);
  const onInput = (key: string, raw: string) => {
    const field = FIELDS_BY_KEY.get(key)!;
    setTexts((t) => ({ ...t, [key]: raw }));
    const parsed = parseField(field, raw, locale);
    setErrors((e) => ({ ...e, [key]: parsed.ok ? '' : parsed.error }));
    setNotes((n) => ({ ...n, [key]: parsed.ok ? (parsed.note ?? '') : '' }));
    // A value that cannot be read changes nothing: the last valid result stays, marked out of date.
    if (parsed.ok) commit({ ...state, values: { ...state.values, [key]: parsed.value } });
  };

  const applyPreset = (slot: PresetSlot, id: string) => {
    const preset = presetById.get(id);
    const presetsNext = { ...state.presets };
    let fields: Record<string, number> = {};
    if (preset) {
      presetsNext[slot] = id;
      fields = { ...preset.fields };
    } else {
      delete presetsNext[slot];
    }
    // A model or GPU change re-reads the pair's benchmark, or clears its figures: never another pair's.
    if (slot === 'c' || slot === 'g') {
      const pair = servingPairFor(presetById, presetsNext.c, presetsNext.g);
      if (pair) {
        fields = { ...fields, ...pair.fields };
        if (pair.preset) presetsNext.s = pair.preset.id;
        else delete presetsNext.s;
      }
    }
    const values = { ...state.values, ...fields };
    setTexts((t) => ({ ...t, ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, fieldText(v)])) }));
    setErrors((e) => ({ ...e, ...Object.fromEntries(Object.keys(fields).map((k) => [k, ''])) }));
    setNotes((n) => ({ ...n, ...Object.fromEntries(Object.keys(fields).map((k) => [k, ''])) }));
    commit({ ...state, values, presets: presetsNext });
  };

  const toggleOption = (id: OptionId, on: boolean) => {
    const set = new Set(state.options);
    if (on) set.add(id);
    else set.delete(id);
    commit({ ...state, options: (['a', 'b', 'c'] as const).filter((o) => set.has(o)) });
  };

  const startFrom = (id: CaseId) => {
    const next = cases.get(id)!.state;
    setTexts(textsOf(next.values));
    setErrors({});
    setNotes({});
    setProblems([]);
    setStartedFrom(id);
    commit(next);
  };

  const money = (n: number) => formatMoney(n, locale);
  const count = (n: number, digits = 0) => formatNumber(n, locale, digits);
  const format: Formatters = { money, count: (n) => count(n, n < 10 ? 2 : 0), percent: (f) => formatPercent(f, locale) };
  const inputs = toCostInputs(state);
  const result = compare(inputs);
  const chosen = state.options;
  const best = cheapestCosted(inputs, result, chosen);
  const flips = flipAssumptions(inputs, rankable(inputs, result, chosen), format);
  const stale = Object.values(errors).some(Boolean);
  const started = startedFrom ? cases.get(startedFrom) : undefined;
  const curve = costCurve(inputs, volumeRange(inputs.traffic.volume, state.scale));
  const lines = costCurve(inputs, volumeRange(inputs.traffic.volume, state.scale, 65));
  const unitWord = state.per === 'day' ? 'day' : 'month';

  // Every link the calculator hands over names its state in full, even before an edit has written it to the
  // address bar: the bare page opens on whatever case a later build has, at that build's prices.
  const shareLink = () => new URL(`${window.location.pathname}${mergeQuery(window.location.search, COST_URL_KEYS, stateParams(state))}`, window.location.origin).href;
  // The record's code loads on first use: most visits never make one.
  const record = async () => {
    const [{ costRecordInput }, { recordFileName, renderDecisionRecord }] = await Promise.all([import('../lib/cost/record.ts'), import('../lib/decision/record.ts')]);
    const input = costRecordInput({
      state,
      presets: presetById,
      sourceOf: (id) => sources[id],
      link: shareLink(),
      siteUrl: window.location.origin,
      date: isoDay(new Date()),
      format,
      ...(started ? { caseDescription: started.description } : {}),
      ...(wizardQuery ? { wizardQuery } : {}),
    });
    return { markdown: renderDecisionRecord(input), fileName: recordFileName(input) };
  };
  const copy = async (text: string, done: string) => setStatus(await copyText(text, done));
  const download = async () => {
    const made = await record().catch(() => null);
    if (!made) return setStatus(RECORD_FAILED);
    setStatus(downloadText(made.fileName, made.markdown));
  };

  const presetPicker = (slot: PresetSlot) => {
    const { current, historical } = groupPresets(presets, slot);
    if (current.length === 0 && historical.length === 0) {
      return <p class="muted preset-info">No dated {slot === 'g' ? 'GPU prices' : 'prices'} are in the site’s data yet: enter your own figures.</p>;
    }
    const chosenPreset = state.presets[slot] ? presetById.get(state.presets[slot]!) : undefined;
    const edited = chosenPreset ? presetEdited(chosenPreset, state.values) : false;
    const option = (p: Preset) => (
      <option value={p.id} selected={p.id === chosenPreset?.id}>
        {p.label}{p.asOf ? ` (as of ${p.asOf})` : ''}
      </option>
    );
    return (
      <div class="field">
        <label for={`preset-${slot}`}>{SLOT_LABELS[slot]}</label>
        <select id={`preset-${slot}`} aria-describedby={`preset-${slot}-info`} onChange={(e) => applyPreset(slot, (e.target as HTMLSelectElement).value)}>
          <option value="" selected={!chosenPreset}>
            Your own figures
          </option>
          {current.length > 0 && <optgroup label="Current">{current.map(option)}</optgroup>}
          {historical.length > 0 && <optgroup label="Historical (kept for the record)">{historical.map(option)}</optgroup>}
        </select>
        <div id={`preset-${slot}-info`} class="preset-info help">
          {chosenPreset ? (
            <>
              <p>
                {edited ? <strong class="edited">Edited: </strong> : null}
                {chosenPreset.sources.map((s, i) => (
                  <>
                    {i > 0 ? '; ' : ''}
                    {i === 0 ? capitalize(s.what.split(' (')[0]!) : s.what.split(' (')[0]} as of {s.asOf} from {sources[s.source] ? <a href={sources[s.source]!.href}>{sources[s.source]!.title}</a> : s.source}
                  </>
                ))}
                .
              </p>
              {chosenPreset.notes.map((note) => (
                <p>{note}</p>
              ))}
            </>
          ) : (
            <p>Choose one to fill in its dated, cited figures.</p>
          )}
        </div>
      </div>
    );
  };

  const serving = state.presets.s ? presetById.get(state.presets.s) : undefined;
  const servingInfo = serving ? (
    <div class="preset-info help" id="serving-info">
      <p>
        <strong>Serving benchmark: {serving.label}</strong>
        {serving.sources.map((src) => (
          <>
            {' '}
            ({src.what} as of {src.asOf}, {sources[src.source] ? <a href={sources[src.source]!.href}>{sources[src.source]!.title}</a> : src.source})
          </>
        ))}
        .
      </p>
      {serving.notes.map((note) => (
        <p>{note}</p>
      ))}
    </div>
  ) : null;

  const fields = (group: FieldGroup) =>
    FIELDS.filter((f) => f.group === group && f.key !== 'vol').map((f) =>
      f.choices ? (
        <div class="field">
          <label for={`calc-${f.key}`}>
            {f.label}
            {f.unit ? <span class="muted"> ({f.unit})</span> : null}
          </label>
          <select id={`calc-${f.key}`} onChange={(e) => onInput(f.key, (e.target as HTMLSelectElement).value)}>
            {f.choices.map((c) => (
              <option value={String(c)} selected={state.values[f.key] === c}>
                {f.choiceLabel ? f.choiceLabel(c) : String(c)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <NumberField id={`calc-${f.key}`} label={f.label} unit={f.unit} help={f.help} value={texts[f.key] ?? ''} error={errors[f.key]} note={notes[f.key]} onInput={(raw) => onInput(f.key, raw)} />
      ),
    );

  const target = inputs.latencyTargetSeconds ?? 0;
  const latency = (id: OptionId) => {
    const option = result.options[id];
    const s = option.latencySeconds;
    const verdict = target > 0 ? <strong class={`verdict ${option.latencyVerdict}`}>{VERDICT_WORDS[option.latencyVerdict]}</strong> : null;
    if (s === null) return verdict ?? 'enter its speed';
    // Name the measurement when the speed is still the one a preset filled in.
    const preset = presetById.get((id === 'a' ? state.presets.a : id === 'c' ? state.presets.s : undefined) ?? '');
    const measured = preset?.sources.find((source) => source.what.startsWith('speed') || source.what.startsWith('serving'));
    const unchanged = preset && [`l${id}t`, `l${id}s`].every((key) => preset.fields[key] !== undefined && preset.fields[key] === state.values[key]);
    return (
      <>
        about {count(s, 2)} s
        {measured && unchanged && sources[measured.source] ? (
          <>
            {' '}
            (measured {measured.asOf}, <a href={sources[measured.source]!.href}>source</a>)
          </>
        ) : null}
        {verdict ? <>: {verdict}</> : null}
      </>
    );
  };
  const sizing = result.sizing;
  const pairMissing = servingPairFor(presetById, state.presets.c, state.presets.g)?.missing;

  // The source material's $50,000 claim, checked against the price entered, while the workload is its example.
  const sourceBox = (() => {
    if (!isSourceExample(state)) return null;
    const monthly = result.requestsPerMonth;
    const implied = impliedInputPrice(SOURCE_EXAMPLE.monthlyInputBill, monthly, SOURCE_EXAMPLE.promptTokens);
    const bill = tokenCost(monthly * SOURCE_EXAMPLE.promptTokens, inputs.a.inputPrice);
    const ratio = bill / SOURCE_EXAMPLE.monthlyInputBill;
    const verdict =
      Math.abs(ratio - 1) < 0.01
        ? 'which matches the claim'
        : ratio > 1
          ? `${count(ratio, 1)} times the claim: at this price the claim understates the bill`
          : `${count(1 / ratio, 1)} times less than the claim: at this price the claim overstates the bill`;
    return (
      <p class="implied">
        A widely shared guide puts this workload’s input-token bill at $50,000 a month. {count(SOURCE_EXAMPLE.requestsPerDay)} requests a day × {count(SOURCE_EXAMPLE.promptTokens)} prompt tokens × 30 days is {count(monthly * SOURCE_EXAMPLE.promptTokens / 1e12, 1)} trillion tokens, so $50,000 implies {formatMoney(implied, locale)} per million input tokens. At the {formatMoney(inputs.a.inputPrice, locale)} you entered for A, those prompt tokens cost {money(bill)} a month, {verdict}. <a href="/research/claim-checks/#input-token-bill">Read the claim check</a>.
      </p>
    );
  })();

  return (
    <div class="calculator-wrap">
      {started && (
        <p class="calc-case">
          <strong>{started.label}:</strong> {started.description}
        </p>
      )}
      {/* The worked cases the page's introduction calls one click away: before the inputs, in view and in Tab order. */}
      <div class="calc-cases no-print" role="group" aria-labelledby="calc-cases-label">
        <span id="calc-cases-label">Start from a worked case:</span>
        {[...cases.values()].map((c) => (
          <button type="button" class="button secondary" disabled={!hydrated} onClick={() => startFrom(c.id)}>
            {c.label}
          </button>
        ))}
      </div>
      {problems.length > 0 && (
        <div class="aside caution calc-notice" role="status">
          <p>
            <strong>Part of this link could not be used</strong>, so those inputs show their defaults: {problems.join('; ')}.
          </p>
        </div>
      )}
      <div class="calculator">
        <section class="calc-form" aria-label="Cost inputs">
          <fieldset class="calc-group" disabled={!hydrated}>
            <legend>Traffic</legend>
            <div class="field-row">
              <NumberField id="calc-vol" label={`Requests per ${state.per}`} value={texts.vol ?? ''} error={errors.vol} note={notes.vol} onInput={(raw) => onInput('vol', raw)} />
              <div class="field">
                <label for="calc-per">Counted per</label>
                <select id="calc-per" onChange={(e) => commit({ ...state, per: (e.target as HTMLSelectElement).value === 'month' ? 'month' : 'day' })}>
                  <option value="day" selected={state.per === 'day'}>day</option>
                  <option value="month" selected={state.per === 'month'}>month</option>
                </select>
              </div>
            </div>
            {fields('traffic')}
          </fieldset>
          <fieldset class="calc-group calc-options" disabled={!hydrated}>
            <legend>Options to compare</legend>
            <p class="help">A is always shown; add one or both tuned options.</p>
            {(['b', 'c'] as const).map((id) => (
              <div class="check">
                <input type="checkbox" id={`calc-opt-${id}`} checked={chosen.includes(id)} onChange={(e) => toggleOption(id, (e.target as HTMLInputElement).checked)} />
                <label for={`calc-opt-${id}`}>{OPTION_NAMES[id]}</label>
              </div>
            ))}
          </fieldset>
          <fieldset class="calc-group" disabled={!hydrated}>
            <legend>{OPTION_NAMES.a}</legend>
            {presetPicker('a')}
            {fields('a')}
          </fieldset>
          {chosen.length > 1 && (
            <fieldset class="calc-group" disabled={!hydrated}>
              <legend>Both tuned options</legend>
              {fields('tuned')}
            </fieldset>
          )}
          {chosen.includes('b') && (
            <fieldset class="calc-group" disabled={!hydrated}>
              <legend>{OPTION_NAMES.b}</legend>
              {presetPicker('b')}
              {fields('b')}
            </fieldset>
          )}
          {chosen.includes('c') && (
            <fieldset class="calc-group" disabled={!hydrated}>
              <legend>{OPTION_NAMES.c}</legend>
              {presetPicker('c')}
              {presetPicker('g')}
              {servingInfo}
              {fields('c')}
            </fieldset>
          )}
          <p class={stale ? 'calc-sticky stale' : 'calc-sticky'} aria-hidden="true">
            {stale && <strong class="calc-sticky-stale">Out of date:</strong>}
            {chosen.map((id) => (
              <span class={id === best ? 'best' : undefined}>
                {id.toUpperCase()} {result.options[id].complete && !missingInput(inputs, result, id) ? money(result.options[id].monthly) : '—'}
              </span>
            ))}
            <span class="muted">a month</span>
          </p>
        </section>
        <section class="calc-results" aria-labelledby="calc-results-title">
          <h2 id="calc-results-title">Per month</h2>
          {stale && (
            <p class="stale-notice" role="status">
              <strong>Out of date:</strong> these results are for the last valid inputs. Correct the field marked in red to update them.
            </p>
          )}
          <dl class={stale ? 'result-grid stale' : 'result-grid'} aria-live="polite">
            {chosen.map((id) => (
              <div class={id === best ? 'best' : undefined}>
                <dt>
                  {OPTION_SHORT[id]}
                  {id === best && <strong class="badge"> cheapest</strong>}
                </dt>
                <dd>{missingInput(inputs, result, id) ?? money(result.options[id].monthly)}</dd>
              </div>
            ))}
          </dl>
          <section class={stale ? 'table-wrap stale' : 'table-wrap'} tabindex={0} aria-label="Options compared (scrolls sideways)">
            <table class="calc-table">
              <caption>Each option at {count(result.requestsPerMonth)} requests a month</caption>
              <thead>
                <tr>
                  <th scope="col">Option</th>
                  <th scope="col">Training run</th>
                  <th scope="col">Break-even</th>
                  <th scope="col">{target > 0 ? `Latency (target ${count(target, 2)} s at p95)` : 'Latency'}</th>
                </tr>
              </thead>
              <tbody>
                {chosen.map((id) => (
                  <tr>
                    <th scope="row">{OPTION_SHORT[id]}</th>
                    <td>{id === 'a' ? '—' : result.options[id].training > 0 ? money(result.options[id].training) : 'not priced'}</td>
                    <td>{id === 'a' ? '—' : breakEvenText(inputs, result, id, { money, count: (n) => count(n) })}</td>
                    <td>{latency(id)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {target > 0 ? (
            <p class="help">
              Latency is an estimate: time to first token + output tokens ÷ output speed, from median or mean figures. A p95 runs higher, so an option counts as meeting the target only within {formatPercent(P95_MARGIN, locale)} of it.
            </p>
          ) : null}
          {sourceBox}
          <div class="calc-actions no-print">
            <button type="button" class="button secondary" disabled={!hydrated} onClick={() => copy(shareLink(), 'Link copied: it opens the calculator with these inputs.')}>
              Copy link
            </button>
            <button type="button" class="button secondary" disabled={!hydrated} onClick={download}>
              Download decision record (.md)
            </button>
            <button type="button" class="button secondary" disabled={!hydrated} onClick={async () => {
                const made = await record().catch(() => null);
                if (made) await copy(made.markdown, 'Decision record copied as Markdown.');
                else setStatus(RECORD_FAILED);
              }}>
              Copy decision record
            </button>
          </div>
          {hydrated && (
            <AssistantLinks
              link={shareLink()}
              makeRecord={async () => (await record()).markdown}
              label="Talk this result through with an assistant:"
            />
          )}
          <p class="copy-status" role="status">
            {status}
          </p>
          <p class="help no-print">
            {wizardQuery ? (
              <>
                The record includes your <a href={`/decide/${wizardQuery}`}>decision wizard answers</a> and the rule’s verdict.
              </>
            ) : (
              <>
                Cost is one input to the decision: answer the <a href="/decide/">decision wizard</a> and open the calculator from it to get one record with both.
              </>
            )}
          </p>
        </section>
      </div>
      <section class="calc-details" aria-labelledby="calc-flips-title">
        <h3 id="calc-flips-title">What would change the answer</h3>
        {flips.length > 0 ? (
          <ul class="flips">
            {flips.map((flip) => (
              <li class={flip.flips ? 'flips-answer' : undefined}>
                {flip.text} {flip.href && <a href={flip.href}>Why</a>}
              </li>
            ))}
          </ul>
        ) : (
          <p>Enter the options’ figures to see which assumptions matter.</p>
        )}
        {chosen.includes('c') && (
          <>
            <h3>Sizing option C</h3>
            <p>
              Memory for one copy: {count(sizing.weightsGB, 1)} GB of weights at {state.values.cbits}-bit + {count(sizing.kvCacheGB, 1)} GB of KV cache for {count(sizing.kvTokens)} tokens held
              {inputs.c.prefixCaching ? ` (the ${count(inputs.tuned.promptTokens)}-token fixed prompt once, then ${count(state.values.ccon!)} requests × ${count(inputs.traffic.userTokens + inputs.traffic.outputTokens)} tokens)` : ` (${count(state.values.ccon!)} requests × ${count(inputs.tuned.promptTokens + inputs.traffic.userTokens + inputs.traffic.outputTokens)} tokens)`}
              {sizing.adapterGB > 0 ? ` + ${count(sizing.adapterGB, 1)} GB of adapters` : ''} = {count(sizing.totalGB, 1)} GB
              {Number.isFinite(sizing.gpusPerReplica) ? `, which needs ${count(sizing.gpusPerReplica)} GPU${sizing.gpusPerReplica > 1 ? 's' : ''} per copy.` : '; enter the GPU’s memory to fit it.'}
            </p>
            {sizing.missing.length > 0 ? (
              <p>
                <strong>To size option C, enter: {sizing.missing.join(', ')}.</strong>
              </p>
            ) : (
              <p>
                At the peak, {count(sizing.peakRequestsPerSecond, 2)} requests a second each take {count(sizing.gpuSecondsPerRequest * 1000, 1)} ms of GPU time ({count(sizing.uncachedInputTokens)} prompt tokens read
                {inputs.c.prefixCaching ? ', the fixed prompt served from the prefix cache' : ''}, {count(inputs.traffic.outputTokens)} written), keeping {count(sizing.busyGpus, 2)} GPUs busy; at {formatPercent(inputs.c.targetUtilization, locale)} utilization that is {count(sizing.gpus)} GPU{sizing.gpus > 1 ? 's' : ''} ({count(sizing.gpuHoursPerMonth)} GPU-hours a month, always on).
              </p>
            )}
            {!sizing.fitsContext ? <p><strong>A request is longer than the model’s context: shorten the prompt or choose another model.</strong></p> : null}
            {pairMissing ? <p class="help">{pairMissing}</p> : null}
          </>
        )}
        <div class="chart-controls no-print">
          <div class="check">
            <input type="checkbox" id="calc-log" disabled={!hydrated} checked={state.scale === 'log'} onChange={(e) => commit({ ...state, scale: (e.target as HTMLInputElement).checked ? 'log' : 'linear' })} />
            <label for="calc-log">Logarithmic volume axis</label>
          </div>
        </div>
        <CostChart curve={curve} lines={lines} options={chosen} scale={state.scale} locale={locale} current={inputs.traffic.volume} unit={state.per} />
        <p class="print-only">
          {hydrated ? `Printed on ${isoDay(new Date())} from ${shareLink()}. ` : ''}
          Price dates: {Object.values(state.presets).map((id) => presetById.get(id!)).filter((p): p is Preset => Boolean(p)).map((p) => `${p.label}, as of ${p.asOf}`).join('; ') || `figures entered by hand (volume per ${unitWord})`}.
        </p>
      </section>
    </div>
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
