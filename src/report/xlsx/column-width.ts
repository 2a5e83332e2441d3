import { displayWidth } from '../../text/display-width';

/** Narrowest and widest column, in Excel's width units (the width of a "0" in the default font). */
const MIN_WIDTH = 6;
const MAX_WIDTH = 80;

/**
 * A column width that fits the column's longest line: Excel measures
 * widths in "0" characters of the default font, and a Chinese character
 * takes about two, so CJK counts double ({@link displayWidth}); two more
 * for the cell's margins, between 6 and 80.
 *
 * @param cells - the column's cells, header included
 * @example
 * columnWidth(['型号', 'KFR-35GW/B3']); // 13
 * columnWidth(['全年能源消耗效率 APF']); // 23
 */
export function columnWidth(cells: Iterable<string | number | null | undefined>): number {
  let widest = 0;
  for (const cell of cells) {
    if (cell === null || cell === undefined) continue;
    const text = typeof cell === 'number' ? String(cell) : cell;
    for (const line of text.split('\n')) {
      const w = displayWidth(line);
      if (w > widest) widest = w;
      // Beyond the widest width allowed there is nothing more to learn.
      if (widest >= MAX_WIDTH) return MAX_WIDTH;
    }
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
}
