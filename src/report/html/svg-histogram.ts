import { unitAfter } from '../../text/unit-after';
import { HISTOGRAM_RANGE } from './criterion-tally';
import { escapeHtml } from './escape-html';
import { steps } from './html-texts';
import { type ChartText, type IdSource, px, svgOpen } from './svg-frame';

const BAR = 14;
const GAP = 2;
const PLOT_H = 70;
const LEFT = 8;
const TOP = 14;

/**
 * The near-limit histogram of one criterion: a bar per percent of the
 * limit from −10 % to +10 % (failing side left, passing side right), the
 * two outer bars for everything beyond, a line at the limit, and the 1 %
 * band either side of it shaded.
 *
 * @param bins - 22 counts, as {@link NearLimit.bins}
 * @param labels - axis words: the limit, and the two sides; `unit` when the margins are differences in it, not percentages
 * @example
 * svgHistogram(new IdSource(), { title: 'APF', desc: '…' }, tally.near!.bins, { limit: 'limit', fail: 'fails', pass: 'passes' });
 */
export function svgHistogram(
  ids: IdSource,
  text: ChartText,
  bins: readonly number[],
  labels: { limit: string; fail: string; pass: string; unit?: string; step?: number },
): string {
  const n = 2 * HISTOGRAM_RANGE + 2;
  const width = LEFT * 2 + n * (BAR + GAP);
  const height = TOP + PLOT_H + 34;
  const max = Math.max(1, ...bins);
  const x = (i: number) => LEFT + i * (BAR + GAP);
  const zero = x(HISTOGRAM_RANGE + 1) - GAP / 2;
  const base = TOP + PLOT_H;
  const out = [svgOpen(ids, width, height, text, 'hist')];
  // The ±1 % band: bins −1 and 0, i.e. [−1 %, 1 %).
  out.push(
    `<rect class="band" x="${px(x(HISTOGRAM_RANGE) - GAP / 2)}" y="${TOP - 4}" width="${2 * (BAR + GAP)}" height="${PLOT_H + 4}"/>`,
  );
  for (let i = 0; i < n; i++) {
    const count = bins[i] ?? 0;
    if (count === 0) continue;
    const h = Math.max(1, (count / max) * (PLOT_H - 10));
    const side = i <= HISTOGRAM_RANGE ? 'fail' : 'pass';
    const outer = i === 0 || i === n - 1 ? ' outer' : '';
    out.push(
      `<rect class="${side}${outer}" x="${x(i)}" y="${px(base - h)}" width="${BAR}" height="${px(h)}"/>`,
      `<text class="small" x="${x(i) + BAR / 2}" y="${px(base - h - 2)}" text-anchor="middle">${count}</text>`,
    );
  }
  out.push(`<line class="axis" x1="${LEFT}" x2="${width - LEFT}" y1="${base}" y2="${base}"/>`);
  out.push(`<line class="limit" x1="${px(zero)}" x2="${px(zero)}" y1="${TOP - 6}" y2="${base + 4}"/>`);
  const r = HISTOGRAM_RANGE;
  const edge = (i: number) => x(i) - GAP / 2;
  // Percent of the limit, or (labels.unit) a difference in that unit: °C (committee-24 C6).
  const u = labels.unit === undefined ? '%' : unitAfter(labels.unit);
  // A bin's width in the unit (0.02 mm for a ±0.2 mm tolerance: newcomer-26 M9); 1 % or 1 unit otherwise.
  const step = labels.unit === undefined ? 1 : (labels.step ?? 1);
  const ticks: [number, string, string][] = [
    [x(0), `<−${steps(r, step)}${u}`, 'start'],
    [edge(r / 2 + 1), `−${steps(r / 2, step)}${u}`, 'middle'],
    [zero, '0', 'middle'],
    [edge(r + r / 2 + 1), `+${steps(r / 2, step)}${u}`, 'middle'],
    [x(n - 1) + BAR, `≥+${steps(r, step)}${u}`, 'end'],
  ];
  for (const [tx, label, anchor] of ticks) {
    out.push(
      `<text class="small" x="${px(tx)}" y="${base + 13}" text-anchor="${anchor}">${escapeHtml(label)}</text>`,
    );
  }
  out.push(
    `<text class="small fail-text" x="${LEFT}" y="${base + 28}">← ${escapeHtml(labels.fail)}</text>`,
    `<text class="small" x="${px(zero)}" y="${base + 28}" text-anchor="middle">${escapeHtml(labels.limit)}</text>`,
    `<text class="small pass-text" x="${width - LEFT}" y="${base + 28}" text-anchor="end">${escapeHtml(labels.pass)} →</text>`,
    '</svg>',
  );
  return out.join('');
}
