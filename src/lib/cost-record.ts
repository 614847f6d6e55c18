/**
 * The cost calculator's state as a decision record's input (src/lib/decision-record.ts): the options with
 * their monthly cost, the cheapest as the proposed decision, the assumptions that would flip it as
 * consequences, every input, the cost table, and each preset's price date and source.
 */
import { breakEvenMonths, cheapest, compare, type OptionId } from './cost.ts';
import { FIELDS, OPTION_NAMES, toCostInputs, type CalculatorState, type FieldGroup } from './calculator-fields.ts';
import { flipAssumptions, GUIDE_LINKS, type Formatters } from './cost-flips.ts';
import { presetEdited, type Preset } from './cost-presets.ts';
import type { DecisionRecordInput, RecordPrice } from './decision-record.ts';
import { formatNumber } from './format.ts';

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
}

const GROUP_TITLES: Record<FieldGroup, string> = { traffic: 'Traffic', a: 'A', tuned: 'B and C', b: 'B', c: 'C' };
const PRESET_NAMES = { a: 'A: hosted prices', b: 'B: tuning route', c: 'C: open-weight model', g: 'C: GPU' } as const;

export function costRecordInput(ctx: CostRecordContext): DecisionRecordInput {
  const { state, format: f } = ctx;
  const inputs = toCostInputs(state);
  const result = compare(inputs);
  const chosen = state.options;
  const best = cheapest(result, chosen);
  const latency = (id: OptionId) => {
    const s = result.options[id].latencySeconds;
    return s === null ? 'not estimated (no speed entered)' : `${f.count(Math.round(s * 100) / 100)} s`;
  };
  const breakEven = (id: OptionId) => {
    if (id === 'a') return '—';
    const months = breakEvenMonths(result, id);
    return months === null ? 'never' : `${f.count(Math.round(months * 10) / 10)} months`;
  };
  const unitLabel = state.per === 'day' ? 'a day' : 'a month';
  const volume = `${f.count(state.values.vol!)} requests ${unitLabel}`;

  const prices: RecordPrice[] = [];
  for (const [slot, id] of Object.entries(state.presets)) {
    const preset = id ? ctx.presets.get(id) : undefined;
    if (!preset) continue;
    const edited = presetEdited(preset, state.values);
    for (const figure of preset.sources) {
      const source = ctx.sourceOf(figure.source);
      prices.push({ label: `${PRESET_NAMES[slot as keyof typeof PRESET_NAMES]}, ${preset.label}, ${figure.what}`, asOf: figure.asOf, ...(source ? { source } : {}), edited });
    }
  }
  if (prices.length === 0) prices.push({ label: 'All prices', asOf: '', edited: false });

  const flips = flipAssumptions(inputs, chosen, f);
  const fieldGroups = new Set(['traffic', ...chosen, ...(chosen.some((id) => id !== 'a') ? ['tuned'] : [])]);

  return {
    title: best ? `Serve the feature with option ${OPTION_NAMES[best]}` : 'Compare the serving options',
    date: ctx.date,
    context: [
      `The feature serves ${volume}${state.per === 'day' ? ` (${f.count(result.requestsPerMonth)} a month)` : ''}, each with ${f.count(inputs.traffic.userTokens)} tokens of user input and ${f.count(inputs.traffic.outputTokens)} tokens of output.`,
      `Option A carries a ${f.count(inputs.a.promptTokens)}-token few-shot prompt; the tuned options need ${f.count(inputs.tuned.promptTokens)} prompt tokens.`,
    ],
    options: chosen.map((id) => ({
      name: OPTION_NAMES[id],
      summary: result.options[id].complete ? `${f.money(result.options[id].monthly)} a month; latency ${latency(id)}` : 'not costed: inputs missing',
      chosen: id === best,
    })),
    decision: best
      ? `${OPTION_NAMES[best]} is the cheapest of the options compared, at ${f.money(result.options[best].monthly)} a month.${best === 'a' ? '' : ' It is adopted only once the tuned model is shown to meet the quality bar on the held-out eval set.'}`
      : 'No option could be costed with these inputs.',
    consequences: flips.map((flip) => flip.text),
    reasons: [
      ...(best ? [{ text: `At these inputs ${OPTION_NAMES[best]} costs least: ${chosen.filter((id) => result.options[id].complete).map((id) => `${id.toUpperCase()} ${f.money(result.options[id].monthly)}`).join(', ')} a month.`, href: GUIDE_LINKS.tuned }] : []),
      ...flips.filter((flip) => flip.href && flip.flips).map((flip) => ({ text: flip.text, href: flip.href! })),
    ],
    inputsTitle: 'Inputs',
    inputs: [
      { label: 'Volume', value: volume },
      { label: 'Options compared', value: chosen.map((id) => id.toUpperCase()).join(', ') },
      ...FIELDS.filter((field) => field.key !== 'vol' && fieldGroups.has(field.group)).map((field) => ({
        label: `${GROUP_TITLES[field.group]}: ${field.label}${field.unit ? ` (${field.unit})` : ''}`,
        value: formatNumber(state.values[field.key]!, 'en-US', 6),
      })),
    ],
    costs: {
      columns: ['Option', 'Per month', 'Training run', 'Break-even', 'Latency'],
      rows: chosen.map((id) => {
        const option = result.options[id];
        return [OPTION_NAMES[id] + (id === best ? ' (cheapest)' : ''), option.complete ? f.money(option.monthly) : 'not costed', f.money(option.training), breakEven(id), latency(id)];
      }),
    },
    prices,
    link: ctx.link,
    siteUrl: ctx.siteUrl,
  };
}
