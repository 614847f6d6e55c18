/**
 * The cost calculator's state as a decision record's input (src/lib/decision/record.ts).
 *   Context: the workload (the worked case when the reader started from one), the models priced, each option's
 *     monthly cost, and the wizard's situation when its answers are in the same link.
 *   Options: every option, compared or not, with why it lost (its extra cost, a missing input, a tuning route
 *     closing, a shutdown).
 *   Decision: the cheapest costed option, or, with wizard answers, the rule's verdict with the costs beside it:
 *     cost alone never justifies tuning, so a cheaper tuned option is not adopted while the rule says no.
 *   Consequences: the assumptions that would flip it (cost/flips.ts), a route's last day and a shutdown, an
 *     introductory price's end, reasoning tokens billed as output, and the wizard's open conditions.
 *   Inputs, costs, and each figure's date and source (a throughput's measurement included), and a link that
 *   reproduces both tools' state.
 */
import { breakEvenMonths, compare, type OptionId } from './cost.ts';
import { FIELDS, OPTION_IDS, OPTION_NAMES, toCostInputs, type CalculatorState, type FieldGroup } from './fields.ts';
import { flipAssumptions, GUIDE_LINKS, type Formatters } from './flips.ts';
import { breakEvenText, cheapestCosted, missingInput, rankable } from './ranking.ts';
import { presetEdited, type Preset } from './presets.ts';
import type { DecisionRecordInput, RecordOption, RecordPrice } from '../decision/record.ts';
import { wizardRecordInput } from '../decision/record-wizard.ts';
import { parseAnswers, serializeAnswers } from '../decision/link.ts';
import { decisionSummary } from '../decision/summary.ts';
import { formatNumber } from '../site/format.ts';
import { P95_MARGIN, VERDICT_WORDS } from './latency.ts';
import { APPROACH_LABELS } from '../content/vocabulary.ts';

export interface CostRecordContext {
  state: CalculatorState;
  /** The presets the state names, by id. */
  presets: ReadonlyMap<string, Preset>;
  /** Title and page of a citation id. */
  sourceOf: (citationId: string) => { title: string; href: string } | undefined;
  link: string;
  siteUrl: string;
  date: string;
  format: Formatters;
  /** The worked case the reader started from, when the state is still that case or built on it. */
  caseDescription?: string;
  /** The decision wizard's answers as its link writes them ("?evalSet=yes&…&v=2"), when the reader came from it. */
  wizardQuery?: string;
}

const GROUP_TITLES: Record<FieldGroup, string> = { traffic: 'Traffic', a: 'A', tuned: 'B and C', b: 'B', c: 'C' };
const PRESET_NAMES = { a: 'A: hosted prices', b: 'B: tuning route', c: 'C: open-weight model', g: 'C: GPU', s: 'C: serving benchmark' } as const;

/**
 * The wizard's answers carried in a calculator link (from /decide/), as the query the record links back to; '' when
 * the link holds none or an outdated set.
 * It would belong in decision/link.ts, but lives here to steer Vite's chunking: the calculator loads it through its
 * lazy `import()` of this module, the one way it reaches the decision rule, so the rule's modules stay the one chunk
 * /decide/ loads. Lazily imported from link.ts instead, it split that chunk and /decide/'s JavaScript went from 24,125
 * to 24,936 bytes gzip, over its 24 KB budget; written in link.ts and re-exported here, it rode along unused on
 * /decide/ (+28 bytes). (Both tried on 2026-12-07.)
 */
export function wizardQueryOf(search: string): string {
  const wizard = parseAnswers(search);
  return wizard.notice ? '' : serializeAnswers(wizard.answers);
}

/** What B's end date means for its costs: the months its savings have to repay the training run, or that they cannot. */
function tunedShutdownText(b: Preset, date: string, result: ReturnType<typeof compare>, costedB: boolean): string {
  const days = Math.round((Date.parse(b.tunedShutdown!) - Date.parse(date)) / 86_400_000);
  const months = breakEvenMonths(result, 'b');
  const repaid =
    !costedB || days <= 0
      ? ''
      : months === null || months * 30.44 > days
        ? ': its training run is not repaid before then'
        : ': its savings count only until then';
  const when = days > 0 ? `, ${days} days after this record` : '';
  return `B’s tuned model (${b.label}) stops answering after ${b.tunedShutdown}${when}${repaid}; keeping the feature on a tuned model then means training and evaluating again on another route.`;
}

export function costRecordInput(ctx: CostRecordContext): DecisionRecordInput {
  const { state, format: f } = ctx;
  const inputs = toCostInputs(state);
  const result = compare(inputs);
  const chosen = state.options;
  const best = cheapestCosted(inputs, result, chosen);
  const target = inputs.latencyTargetSeconds ?? 0;
  const presetOf = (slot: 'a' | 'b' | 'c' | 'g' | 's') => (state.presets[slot] ? ctx.presets.get(state.presets[slot]!) : undefined);
  const costed = (id: OptionId) => chosen.includes(id) && result.options[id].complete && missingInput(inputs, result, id) === null;
  const latency = (id: OptionId) => {
    const option = result.options[id];
    const s = option.latencySeconds;
    const estimate = s === null ? 'not estimated (no speed entered)' : `about ${f.count(Math.round(s * 100) / 100)} s (estimate from median or mean figures)`;
    return target > 0 ? `${estimate}, ${VERDICT_WORDS[option.latencyVerdict]}` : estimate;
  };
  const unitLabel = state.per === 'day' ? 'a day' : 'a month';
  const volume = `${f.count(state.values.vol!)} requests ${unitLabel}`;
  const a = presetOf('a');
  const b = presetOf('b');
  const serving = presetOf('s');

  // Prices and other figures with their dates and sources.
  const prices: RecordPrice[] = [];
  for (const [slot, id] of Object.entries(state.presets)) {
    const preset = id ? ctx.presets.get(id) : undefined;
    if (!preset) continue;
    const edited = presetEdited(preset, state.values);
    preset.sources.forEach((figure, i) => {
      const source = ctx.sourceOf(figure.source);
      prices.push({ label: `${PRESET_NAMES[slot as keyof typeof PRESET_NAMES]}, ${preset.label}, ${figure.what}`, asOf: figure.asOf, ...(source ? { source } : {}), edited, ...(i === 0 && preset.until ? { until: preset.until } : {}) });
    });
  }
  if (prices.length === 0) prices.push({ label: 'All prices', asOf: '', edited: false });

  // Where C's throughput comes from: the chosen model × GPU pair's published benchmark, or the reader.
  const fromPair = (key: 'gd' | 'gp') => serving !== undefined && (serving.fields[key] ?? 0) > 0 && serving.fields[key] === state.values[key];
  const benchmark = serving ? `${serving.sources.map((s) => `${s.what.replace(/^serving benchmark \((.*)\)$/, '$1')}, ${s.asOf}`).join('; ')}: ${serving.notes[0]?.replace(/\.$/, '') ?? ''}` : '';
  const throughputFrom = fromPair('gd')
    ? `measured, ${benchmark}${fromPair('gp') ? '' : '; prompt throughput entered by hand'}`
    : 'entered by hand';

  // The wizard's record, when its answers travelled in the same link.
  const wizardAnswers = ctx.wizardQuery ? parseAnswers(ctx.wizardQuery) : undefined;
  const wizard =
    wizardAnswers && !wizardAnswers.notice
      ? wizardRecordInput(decisionSummary(wizardAnswers.answers, { date: ctx.date, origin: ctx.siteUrl, approachLabel: (x) => APPROACH_LABELS[x] }))
      : undefined;

  // Every option, with why it lost.
  const options: RecordOption[] = OPTION_IDS.map((id) => {
    const name = OPTION_NAMES[id];
    if (!chosen.includes(id)) return { name, summary: 'not compared: left out of this comparison' };
    const missing = missingInput(inputs, result, id);
    if (!result.options[id].complete || missing) return { name, summary: `not costed: ${(missing ?? 'inputs missing').replace(/^Enter/, 'enter')}` };
    const monthly = result.options[id].monthly;
    const parts = [`${f.money(monthly)} a month`, `latency ${latency(id)}`];
    if (id !== 'a') parts.push(`training run ${f.money(result.options[id].training)}`, lowerFirst(breakEvenText(inputs, result, id, f)));
    if (id === 'b' && b?.newJobsUntil) parts.push(`the tuning route takes new jobs until ${b.newJobsUntil}`);
    if (id === 'b' && b?.tunedShutdown) parts.push(`the tuned model stops answering after ${b.tunedShutdown}`);
    if (id === 'c') parts.push(`throughput ${throughputFrom}`);
    // Beside the rule's verdict the costs decide nothing: the cheapest is named, and no option "lost" on cost.
    if (best && id !== best) parts.push(`${wizard ? '' : 'lost: '}${f.money(monthly - result.options[best].monthly)} a month more than ${best.toUpperCase()}`);
    return { name: wizard && id === best ? `${name} (cheapest)` : name, summary: parts.join('; '), chosen: !wizard && id === best };
  });

  const flips = flipAssumptions(inputs, rankable(inputs, result, chosen), f);
  const fieldGroups = new Set(['traffic', ...chosen, ...(chosen.some((id) => id !== 'a') ? ['tuned'] : [])]);

  // What follows from the data beyond the flips: dates that end a price or a route, reasoning tokens.
  const dated: string[] = [];
  if (a?.until) dated.push(`A’s price (${a.label}) is announced to hold until ${a.until}: ${a.notes.find((n) => /\b20\d\d\b/.test(n) && /price/i.test(n)) ?? 'reprice A after that day'}`);
  if (chosen.includes('b') && b) {
    if (b.newJobsUntil) dated.push(`B’s tuning route (${b.label}) takes new jobs until ${b.newJobsUntil}: every planned retraining must start before then, or move to another route.`);
    if (b.tunedShutdown) dated.push(tunedShutdownText(b, ctx.date, result, costed('b')));
  }
  for (const note of a?.notes.filter((n) => /shuts down on/.test(n)) ?? []) dated.push(`A: ${note}`);
  const reasoningNote = a?.notes.find((n) => n.startsWith('A reasoning model'));
  if (reasoningNote || inputs.a.reasoningTokens > 0) {
    dated.push(`Reasoning tokens: A counts ${f.count(inputs.a.reasoningTokens)} a request, billed at the output price${reasoningNote ? ` (${a!.label} is a reasoning model)` : ''}; a higher reasoning effort raises A’s cost and latency.`);
  }

  const tuneVerdict = wizard ? /^Fine-tun/.test(wizard.decision) : false;

  const costSentence = best
    ? `${OPTION_NAMES[best]} is the cheapest of the options costed, at ${f.money(result.options[best].monthly)} a month.`
    : 'No option could be costed with these inputs.';
  let decision: string;
  if (!wizard) decision = `${costSentence}${best && best !== 'a' ? ' It is adopted only once the tuned model is shown to meet the quality bar on the held-out eval set.' : ''}`;
  else if (!best) decision = `${wizard.decision} ${costSentence}`;
  else if (best !== 'a' && !tuneVerdict) decision = `${wizard.decision} ${OPTION_NAMES[best]} would cost less (${f.money(result.options[best].monthly)} against ${f.money(result.options.a.monthly)} a month for A), but a lower bill is not enough on its own: A stays until all three conditions for tuning hold.`;
  else if (best === 'a' && tuneVerdict) decision = `${wizard.decision} At these inputs A is the cheapest (${f.money(result.options.a.monthly)} a month), so the tuned model must earn its place on quality: price it against A before training.`;
  else decision = `${wizard.decision} ${costSentence}`;

  const served = a ? `A is priced as ${a.label} (as of ${a.asOf})` : 'A’s prices were entered by hand';
  const context = [
    ...(ctx.caseDescription ? [ctx.caseDescription] : []),
    `The feature serves ${volume}${state.per === 'day' ? ` (${f.count(result.requestsPerMonth)} a month)` : ''}, each with ${f.count(inputs.traffic.userTokens)} tokens of user input and ${f.count(inputs.traffic.outputTokens)} tokens of output. Option A carries a ${f.count(inputs.a.promptTokens)}-token prompt${inputs.a.cacheHitRate > 0 ? `, ${f.percent(inputs.a.cacheHitRate)} of it read from the cache` : ''}${inputs.a.batchShare > 0 ? ` and sends ${f.percent(inputs.a.batchShare)} of requests as batch jobs` : ''}; the tuned options need ${f.count(inputs.tuned.promptTokens)} prompt tokens.`,
    ...(target > 0
      ? [`Answers must arrive within ${f.count(target)} s at the 95th percentile. Latency is estimated as time to first token plus output tokens ÷ output speed, from median or mean figures; an option counts as meeting the target only within ${f.percent(P95_MARGIN)} of it, an assumed allowance for the slow tail that a measured p95 should replace.`]
      : []),
    `${served}${chosen.includes('b') ? `; B as ${b ? `${b.label} (as of ${b.asOf})` : 'figures entered by hand'}` : ''}. Monthly costs: ${chosen.map((id) => `${id.toUpperCase()} ${costed(id) ? f.money(result.options[id].monthly) : 'not costed'}`).join(', ')}.`,
    ...(wizard ? wizard.context.slice(0, 1) : []),
  ];

  return {
    title: wizard ? `${wizard.title}, costed` : best ? `Serve the feature with option ${OPTION_NAMES[best]}` : 'Compare the serving options',
    date: ctx.date,
    context,
    options: wizard ? [...options, ...wizard.options.map((o) => ({ ...o, name: `Rule: ${o.name}` }))] : options,
    decision,
    consequences: [...dated, ...flips.map((flip) => flip.text), ...(wizard?.consequences ?? [])],
    reasons: [
      ...(wizard?.reasons ?? []),
      ...(best ? [{ text: `At these inputs ${OPTION_NAMES[best]} costs least: ${chosen.filter(costed).map((id) => `${id.toUpperCase()} ${f.money(result.options[id].monthly)}`).join(', ')} a month.`, href: GUIDE_LINKS.tuned }] : []),
      ...flips.filter((flip) => flip.href && flip.flips).map((flip) => ({ text: flip.text, href: flip.href! })),
    ],
    inputsTitle: 'Inputs',
    ...(wizard ? { answers: wizard.inputs } : {}),
    inputs: [
      { label: 'Volume', value: volume },
      { label: 'Options compared', value: chosen.map((id) => id.toUpperCase()).join(', ') },
      ...FIELDS.filter((field) => field.key !== 'vol' && fieldGroups.has(field.group)).map((field) => ({
        label: `${GROUP_TITLES[field.group]}: ${field.label}${field.unit ? ` (${field.unit})` : ''}`,
        // A choice reads as the calculator offers it ("on: …"), not as its number in the link.
        value: field.choiceLabel ? field.choiceLabel(state.values[field.key]!) : formatNumber(state.values[field.key]!, 'en-US', 6),
      })),
      ...(chosen.includes('c') ? [{ label: 'C: Where the throughput comes from', value: throughputFrom }] : []),
    ],
    costs: {
      columns: ['Option', 'Per month', 'Training run', 'Break-even', 'Latency'],
      rows: chosen.map((id) => {
        const option = result.options[id];
        return [
          OPTION_NAMES[id] + (id === best ? ' (cheapest)' : ''),
          costed(id) ? f.money(option.monthly) : 'not costed',
          id === 'a' ? '—' : option.training > 0 ? f.money(option.training) : 'not priced',
          id === 'a' ? '—' : breakEvenText(inputs, result, id, f),
          latency(id),
        ];
      }),
    },
    prices,
    link: ctx.link,
    siteUrl: ctx.siteUrl,
  };
}

/** A sentence joined into a list after a semicolon starts in lower case. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
