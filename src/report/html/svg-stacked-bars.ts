import { escapeHtml } from './escape-html';
import { type ChartText, fitLabel, type IdSource, px, svgOpen, textWidth } from './svg-frame';

/** One row of {@link svgStackedBars}: parts of a whole, in order. */
export interface StackedBar {
  /** Shown left of the bar. */
  label: string;
  /** The parts, each with its CSS class; drawn left to right as shares of their sum. */
  parts: readonly { value: number; cls: string }[];
  /** Shown right of the bar (e.g. the pass rate). */
  note: string;
}

const ROW = 22;
const PLOT = 300;

/**
 * Bars of equal length split into coloured shares (passed, failed, missing
 * …), one per row, with a note at the end of each: a pass-rate chart.
 *
 * @example
 * svgStackedBars(new IdSource(), { title: 'Pass rates', desc: '…' }, [
 *   { label: 'APF', parts: [{ value: 3, cls: 'pass' }, { value: 1, cls: 'fail' }], note: '75%' },
 * ]);
 */
export function svgStackedBars(ids: IdSource, text: ChartText, rows: readonly StackedBar[]): string {
  const labelWidth = Math.min(330, Math.max(40, ...rows.map((r) => textWidth(r.label)))) + 12;
  const noteWidth = Math.max(40, ...rows.map((r) => textWidth(r.note))) + 10;
  const width = labelWidth + PLOT + noteWidth;
  const height = rows.length * ROW + 8;
  const out = [svgOpen(ids, width, height, text, 'chart')];
  rows.forEach((r, i) => {
    const y = 4 + i * ROW;
    const sum = r.parts.reduce((s, p) => s + p.value, 0);
    out.push(
      `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${fitLabel(r.label, labelWidth - 12)}</text>`,
    );
    if (sum === 0)
      out.push(`<rect class="none" x="${labelWidth}" y="${y + 3}" width="${PLOT}" height="${ROW - 6}"/>`);
    let x = labelWidth;
    for (const p of r.parts) {
      if (p.value === 0) continue;
      const w = (p.value / sum) * PLOT;
      out.push(`<rect class="${p.cls}" x="${px(x)}" y="${y + 3}" width="${px(w)}" height="${ROW - 6}"/>`);
      x += w;
    }
    out.push(`<text x="${labelWidth + PLOT + 6}" y="${y + 15}">${escapeHtml(r.note)}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}
