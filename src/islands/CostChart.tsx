/**
 * Monthly cost of each chosen option against request volume, as an accessible SVG with the same numbers
 * as a table. Linear axes by default (straight lines stay straight), a logarithmic volume axis on request;
 * dollars on the y-axis; the reader's volume marked. Narrow screens show only the table (tools.css).
 */
import type { AxisScale, CurvePoint, OptionId } from '../lib/cost/cost.ts';
import { OPTION_SHORT } from '../lib/cost/fields.ts';
import { formatMoney, formatNumber } from '../lib/site/format.ts';

const W = 560;
const H = 280;
const PAD = { left: 72, right: 20, top: 20, bottom: 48 };

interface Props {
  /** The table's points. */
  curve: readonly CurvePoint[];
  /** More points over the same range for the lines, so C's whole-GPU steps are drawn where they happen. */
  lines?: readonly CurvePoint[];
  options: readonly OptionId[];
  scale: AxisScale;
  locale?: string | undefined;
  /** The reader's volume, in `unit`. */
  current: number;
  unit: 'day' | 'month';
}

export function CostChart({ curve, lines = curve, options, scale, locale, current, unit }: Props) {
  if (curve.length < 2) return null;
  const shown = options.filter((id) => curve.some((p) => p.monthly[id] !== null));
  const max = niceCeiling(Math.max(...[...curve, ...lines].flatMap((p) => shown.map((id) => p.monthly[id] ?? 0)), 1));
  const first = curve[0]!.volume;
  const last = curve.at(-1)!.volume;
  const log = scale === 'log' && first > 0;
  const pos = (v: number) => (log ? (Math.log10(v) - Math.log10(first)) / (Math.log10(last) - Math.log10(first) || 1) : (v - first) / (last - first || 1));
  const x = (v: number) => PAD.left + pos(v) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const path = (id: OptionId) =>
    lines
      .filter((p) => p.monthly[id] !== null)
      .map((p, i) => `${i ? 'L' : 'M'}${x(p.volume).toFixed(1)} ${y(p.monthly[id]!).toFixed(1)}`)
      .join(' ');
  const compact = (n: number) => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
  const dollars = (n: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(n);
  const per = unit === 'day' ? 'requests per day' : 'requests per month';
  const top = curve.at(-1)!;

  return (
    <div class="cost-chart">
      <figure class="figure">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="cost-chart-title cost-chart-desc" class="diagram">
          <title id="cost-chart-title">Monthly cost in US dollars against {per}</title>
          <desc id="cost-chart-desc">
            {shown.length} lines on a {log ? 'logarithmic' : 'linear'} volume axis from {compact(first)} to {compact(last)} {per}. At the top of the range{' '}
            {shown.map((id) => `${OPTION_SHORT[id]} costs ${formatMoney(top.monthly[id]!, locale)}`).join(', ')} a month. The table below lists every point.
          </desc>
          <line class="axis" x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} />
          <line class="axis" x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} />
          {[0, 0.25, 0.5, 0.75, 1].map((f) => (
            <g>
              <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={y(max * f)} y2={y(max * f)} />
              <text x={PAD.left - 6} y={y(max * f) + 4} text-anchor="end" font-size="12">
                {dollars(max * f)}
              </text>
            </g>
          ))}
          <text x={14} y={(H - PAD.bottom + PAD.top) / 2} text-anchor="middle" font-size="12" transform={`rotate(-90 14 ${(H - PAD.bottom + PAD.top) / 2})`}>
            US$ per month
          </text>
          {curve.filter((_, i) => i % 2 === 0).map((p) => (
            <text x={x(p.volume)} y={H - PAD.bottom + 18} text-anchor="middle" font-size="12">
              {compact(p.volume)}
            </text>
          ))}
          <text x={(W + PAD.left) / 2} y={H - 8} text-anchor="middle" font-size="12">
            {per}
          </text>
          <line class="marker" x1={x(current)} x2={x(current)} y1={PAD.top} y2={H - PAD.bottom} />
          <text x={x(current) + 4} y={PAD.top + 10} font-size="12">
            you
          </text>
          {shown.map((id) => (
            <path class={`series-${id}`} d={path(id)} />
          ))}
        </svg>
        <figcaption>
          {shown.map((id) => (
            <>
              <span class={`key key-${id}`}>{OPTION_SHORT[id]}</span>{' '}
            </>
          ))}
          The dashed line marks your volume.
        </figcaption>
      </figure>
      <section class="table-wrap" tabindex={0} aria-label="Cost by volume (scrolls sideways)">
        <table>
          <caption>Monthly cost by volume</caption>
          <thead>
            <tr>
              <th scope="col">{unit === 'day' ? 'Requests per day' : 'Requests per month'}</th>
              {shown.map((id) => (
                <th scope="col">{OPTION_SHORT[id]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {curve.map((p) => (
              <tr class={Math.abs(p.volume - current) < 1e-9 * Math.max(current, 1) ? 'current' : undefined}>
                <td>{formatNumber(p.volume, locale, 0)}</td>
                {shown.map((id) => (
                  <td>{formatMoney(p.monthly[id]!, locale)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

/** The smallest 1, 2, 4 or 8 × 10ⁿ at or above `value`, so the axis ticks at quarters are round numbers. */
function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 4, 8, 10].find((m) => m * power >= value * (1 - 1e-9))!;
  return step * power;
}
