/** Monthly cost against request volume as an accessible SVG, with the same numbers as a table. */
import { formatMoney, formatNumber } from '../lib/format.ts';

interface Point {
  requestsPerDay: number;
  prompted: number;
  tuned: number;
}

const W = 560;
const H = 260;
const PAD = { left: 64, right: 16, top: 16, bottom: 40 };

export function CostChart({ curve, locale, current }: { curve: readonly Point[]; locale?: string | undefined; current: number }) {
  if (curve.length < 2) return null;
  const max = Math.max(...curve.flatMap((p) => [p.prompted, p.tuned]), 1);
  const minX = Math.log10(Math.max(curve[0]!.requestsPerDay, 1));
  const maxX = Math.log10(Math.max(curve.at(-1)!.requestsPerDay, 2));
  const x = (v: number) => PAD.left + ((Math.log10(Math.max(v, 1)) - minX) / (maxX - minX || 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const path = (key: 'prompted' | 'tuned') => curve.map((p, i) => `${i ? 'L' : 'M'}${x(p.requestsPerDay).toFixed(1)} ${y(p[key]).toFixed(1)}`).join(' ');
  const compact = (n: number) => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n);

  return (
    <div class="cost-chart">
      <figure class="figure">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="cost-chart-title cost-chart-desc" class="diagram">
          <title id="cost-chart-title">Monthly cost against requests per day</title>
          <desc id="cost-chart-desc">
            Two lines on a logarithmic volume axis from {compact(curve[0]!.requestsPerDay)} to {compact(curve.at(-1)!.requestsPerDay)} requests a day. The prompted model reaches {formatMoney(curve.at(-1)!.prompted, locale)} and the fine-tuned model {formatMoney(curve.at(-1)!.tuned, locale)} a month at the top of the range. The table below lists every point.
          </desc>
          <line class="axis" x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} />
          <line class="axis" x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} />
          {[0, 0.5, 1].map((f) => (
            <text x={PAD.left - 6} y={y(max * f) + 4} text-anchor="end" font-size="11">
              {compact(max * f)}
            </text>
          ))}
          {curve.filter((_, i) => i % 2 === 0).map((p) => (
            <text x={x(p.requestsPerDay)} y={H - PAD.bottom + 16} text-anchor="middle" font-size="11">
              {compact(p.requestsPerDay)}
            </text>
          ))}
          <text x={(W + PAD.left) / 2} y={H - 6} text-anchor="middle" font-size="11">
            requests per day
          </text>
          <line class="marker" x1={x(current)} x2={x(current)} y1={PAD.top} y2={H - PAD.bottom} />
          <path class="series-a" d={path('prompted')} />
          <path class="series-b" d={path('tuned')} />
        </svg>
        <figcaption>
          <span class="key key-a">A: prompted model</span> <span class="key key-b">B: fine-tuned model</span>. The dashed line marks your volume.
        </figcaption>
      </figure>
      <section class="table-wrap" tabindex={0} aria-label="Cost by volume (scrolls sideways)">
        <table>
          <caption>Monthly cost by request volume</caption>
          <thead>
            <tr>
              <th scope="col">Requests per day</th>
              <th scope="col">A: prompted</th>
              <th scope="col">B: fine-tuned</th>
            </tr>
          </thead>
          <tbody>
            {curve.map((p) => (
              <tr>
                <td>{formatNumber(p.requestsPerDay, locale, 0)}</td>
                <td>{formatMoney(p.prompted, locale)}</td>
                <td>{formatMoney(p.tuned, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
