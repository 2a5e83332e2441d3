import type { IndicatorInfo } from '../resolve/rule-set';
import type { ColumnMapping } from './column-mapping';
import { trimCell } from './convert-value';
import { indicatorsNamed } from './header-coverage';
import { type NumberedCell, numberedCell } from './numbered-cell';
import { specimenIndicator } from './specimen-numbers';

/**
 * A column {@link numberedSpecimens} reads as a specimen: the header it is read as, its number and the
 * indicator it gives.
 */
export interface NumberedSpecimen extends NumberedCell {
  /** The indicator's name. */
  indicator: string;
}

/**
 * The columns of a header row that number one indicator's specimens after its heading: a run of two or more
 * adjacent cells `透光率1 … 透光率5` (or `透光率1(%) … 透光率5(%)`, `透光率-1`, `透光率①`; see {@link numberedCell}),
 * the same text before each number, numbered from 1 in order, that text naming an indicator that takes several
 * specimens and no cell naming a column itself. Lab sheets head specimen columns so, in one row or under the
 * indicator's heading merged across them; read as written, `1(%)` was taken for a unit (newcomer-38 M5) and the
 * row under a merged heading for a record (newcomer-38 W1).
 *
 * @param cells - the row's cells, by column (`''` for none)
 * @param specimensOf - the indicator taking several specimens a text names, if any
 * @param names - whether a cell names a column as it stands (an indicator, a `--map` column): it is read so
 * @returns each such column's reading, by column (0-based)
 * @example
 * numberedSpecimens(['样品编号', '透光率1', '透光率2'], of, names); // Map { 1 => { name: '透光率', number: 1, … }, 2 => … }
 */
export function numberedSpecimens(
  cells: readonly string[],
  specimensOf: (text: string) => string | undefined,
  names: (text: string) => boolean,
): Map<number, NumberedSpecimen> {
  const out = new Map<number, NumberedSpecimen>();
  const read = (col: number) => {
    const cell = trimCell(cells[col] ?? '');
    return cell === '' || names(cell) ? undefined : numberedCell(cell);
  };
  for (let col = 0; col < cells.length; col++) {
    const first = read(col);
    if (first?.number !== 1) continue;
    const indicator = specimensOf(first.name);
    if (indicator === undefined) continue;
    let end = col + 1;
    for (let next = read(end); next?.name === first.name && next.number === end - col + 1; next = read(end))
      end++;
    if (end - col < 2) continue;
    for (let c = col; c < end; c++) out.set(c, { name: first.name, number: c - col + 1, indicator });
    col = end - 1;
  }
  return out;
}

/**
 * A one-row header's cells with each column {@link numberedSpecimens} reads written as the header it is read as
 * (`透光率1(%) … 透光率5(%)` as `透光率(%)` five times): five columns headed alike give the indicator's five
 * specimens, with the unit checked as a header's is.
 *
 * @returns the cells, or `undefined` when no column numbers a specimen (the cells stand as they are)
 * @example
 * numberedSpecimenHeaders(['样品编号', '透光率1(%)', '透光率2(%)'], new Map(), indicators);
 * // ['样品编号', '透光率(%)', '透光率(%)']
 */
export function numberedSpecimenHeaders(
  cells: readonly string[],
  mapping: ColumnMapping,
  indicators: readonly IndicatorInfo[],
): string[] | undefined {
  const numbered = numberedSpecimens(
    cells,
    (t) => specimenIndicator(t, mapping, indicators),
    (t) => indicatorsNamed([t], mapping, indicators).length > 0,
  );
  if (numbered.size === 0) return undefined;
  return cells.map((cell, col) => numbered.get(col)?.name ?? cell);
}

/**
 * Whether the cells under a heading that names an indicator taking several specimens number its specimens
 * after its name, from its first column to its last: `透光率1 … 透光率5` under `透光率(%)` merged across them.
 *
 * @param numbered - the lower row's numbered columns ({@link numberedSpecimens})
 * @param indicator - the indicator the heading names
 * @example
 * numbersUnder(numbered, 4, 8, 'transmittance'); // true for 透光率1 … 透光率5 in columns 5–9
 */
export function numbersUnder(
  numbered: ReadonlyMap<number, NumberedSpecimen>,
  from: number,
  to: number,
  indicator: string,
): boolean {
  for (let col = from; col <= to; col++) {
    const cell = numbered.get(col);
    if (cell?.indicator !== indicator || cell.number !== col - from + 1) return false;
  }
  return to > from;
}
