import { escapeHtml } from './escape-html';
import { type ChartText, fitLabel, type IdSource, px, svgOpen, textWidth } from './svg-frame';

/** One bar of {@link svgBarChart}. */
export interface Bar {
  /** Shown left of the bar. */
  label: string;
  /** Its length. */
  value: number;
  /** Shown right of the bar (default: the value). */
  note?: string;
  /** CSS class of the bar (`bar` by default; the page's style sheet colours it). */
  cls?: string;
}

const ROW = 26;
const PLOT = 320;

/**
 * A horizontal bar chart as inline SVG: one labelled bar per item, its
 * figure at its end, lengths in proportion to the largest value.
 *
 * @example
 * svgBarChart(new IdSource(), { title: 'Grades', desc: '1: 3, 2: 5' }, [{ label: '1', value: 3 }, { label: '2', value: 5 }]);
 */
export function svgBarChart(ids: IdSource, text: ChartText, bars: readonly Bar[]): string {
  const labelWidth = Math.min(220, Math.max(40, ...bars.map((b) => textWidth(b.label)))) + 12;
  const noteWidth = Math.max(40, ...bars.map((b) => textWidth(b.note ?? String(b.value)))) + 10;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = labelWidth + PLOT + noteWidth;
  const height = bars.length * ROW + 8;
  const parts = [svgOpen(ids, width, height, text, 'chart')];
  bars.forEach((b, i) => {
    const y = 4 + i * ROW;
    const w = b.value > 0 ? Math.max(1, (b.value / max) * PLOT) : 0;
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${fitLabel(b.label, labelWidth - 12)}</text>`,
      `<rect class="${b.cls ?? 'bar'}" x="${labelWidth}" y="${y + 4}" width="${px(w)}" height="${ROW - 8}" rx="2"/>`,
      `<text x="${px(labelWidth + w + 6)}" y="${y + 17}">${escapeHtml(b.note ?? String(b.value))}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
