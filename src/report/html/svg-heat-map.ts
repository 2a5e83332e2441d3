import { matrixShade } from '../matrix-shades';
import { escapeHtml } from './escape-html';
import { type ChartText, fitLabel, type IdSource, px, svgOpen, textWidth } from './svg-frame';

/** What {@link svgHeatMap} draws: a count per row and column, and the axis captions. */
export interface HeatMapData {
  /** Row labels, top to bottom. */
  rows: readonly string[];
  /** Column labels, left to right. */
  columns: readonly string[];
  /** `counts[row][column]`. */
  counts: readonly (readonly number[])[];
  /** Cells whose row and column mean the same (no change), outlined. */
  same: (row: number, column: number) => boolean;
  /** Cells of records that moved up (green, not the orange of a move down); default none. */
  up?: (row: number, column: number) => boolean;
  /**
   * Cells of records that moved neither up nor down (grey): a grade only one ladder has at the same place,
   * a record invalid under one side only; default none. The summary does not count them as moves down.
   */
  neither?: (row: number, column: number) => boolean;
  /** Caption of the rows (left) and of the columns (top). */
  rowCaption: string;
  columnCaption: string;
}

const MIN_CELL_W = 64;
const CELL_H = 36;

/**
 * A matrix of counts as a heat map: darker cells hold more records, every
 * cell shows its count; the cells of the diagonal (no change) are blue
 * and outlined, moves up (`up`) green, neither up nor down (`neither`) grey, the others orange. Cells are wide enough for the
 * longest column label (`预防改进级`), up to twice the usual width. Shades come in six steps by the count's share of the largest
 * cell, so a single large cell does not wash the rest out.
 *
 * @example
 * svgHeatMap(new IdSource(), { title: 'A → B', desc: '…' }, {
 *   rows: ['1', '2'], columns: ['1', '2'], counts: [[3, 1], [0, 4]],
 *   same: (r, c) => r === c, rowCaption: 'A', columnCaption: 'B',
 * });
 */
export function svgHeatMap(ids: IdSource, text: ChartText, data: HeatMapData): string {
  const labelWidth =
    Math.min(160, Math.max(30, ...data.rows.map(textWidth), textWidth(data.rowCaption))) + 14;
  // A column label cut to `预防改进…` hid which grade it was (enterprise-25 F6).
  const CELL_W = Math.min(2 * MIN_CELL_W, Math.max(MIN_CELL_W, ...data.columns.map((c) => textWidth(c) + 8)));
  const top = 44;
  const width = labelWidth + data.columns.length * CELL_W + 8;
  const height = top + data.rows.length * CELL_H + 8;
  const max = Math.max(1, ...data.counts.flat());
  const out = [svgOpen(ids, width, height, text, 'heat')];
  out.push(
    `<text class="caption" x="${labelWidth + (data.columns.length * CELL_W) / 2}" y="14" text-anchor="middle">${escapeHtml(data.columnCaption)}</text>`,
    `<text class="caption" x="${labelWidth - 8}" y="${top - 8}" text-anchor="end">${fitLabel(data.rowCaption, labelWidth - 10)}</text>`,
  );
  data.columns.forEach((c, j) => {
    out.push(
      `<text x="${labelWidth + j * CELL_W + CELL_W / 2}" y="${top - 8}" text-anchor="middle">${fitLabel(c, CELL_W - 4)}</text>`,
    );
  });
  data.rows.forEach((r, i) => {
    const y = top + i * CELL_H;
    out.push(
      `<text x="${labelWidth - 8}" y="${y + CELL_H / 2 + 4}" text-anchor="end">${fitLabel(r, labelWidth - 12)}</text>`,
    );
    data.columns.forEach((_, j) => {
      const count = data.counts[i]?.[j] ?? 0;
      const step = matrixShade(count, max);
      const x = labelWidth + j * CELL_W;
      // Unchanged cells in blue and outlined, moves down in orange, up in green, neither in grey, so that what
      // moved, and how, stands out as the summary counts it (committee-27 M3).
      const cls = data.same(i, j)
        ? `h${step} same`
        : data.up?.(i, j)
          ? `u${step}`
          : data.neither?.(i, j)
            ? `n${step}`
            : `c${step}`;
      out.push(
        `<rect class="${cls}" x="${x + 1}" y="${y + 1}" width="${CELL_W - 2}" height="${CELL_H - 2}"/>`,
        `<text${step >= 4 ? ' class="on-dark"' : ''} x="${px(x + CELL_W / 2)}" y="${y + CELL_H / 2 + 4}" text-anchor="middle">${count}</text>`,
      );
    });
  });
  out.push('</svg>');
  return out.join('');
}
