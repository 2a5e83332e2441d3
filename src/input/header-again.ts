import type { IndicatorInfo } from '../resolve/rule-set';
import { type ColumnMapping, resolveColumns } from './column-mapping';
import { trimCell } from './convert-value';
import { indicatorHeaders } from './header-unit';
import { isNumeral } from './record-below';

/**
 * Whether a line under the header is the header again in other words: read as a header, cell by cell, it
 * gives the same indicator in every column the header gave one, and none in the others. A page break may
 * repeat the header in the rule set's English labels (`Sample,Unit type,Rated cooling capacity (CC),APF`
 * under `样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF`; hostile-24 W12), or the other way round: it
 * is no record. Only a line with a cell that names an indicator (its name or a label, with a unit or not) is
 * read so, and none with a number in a cell, so a row of values costs a test per cell, not a header's reading.
 *
 * @param fields - the field each column of the header gives (an unread column: its header)
 * @param values - the fields read as values (indicators and mapped columns; `valueFields`)
 *
 * @example
 * const again = headerAgain(indicators, mapping);
 * again(['Sample', 'Unit type', 'Rated cooling capacity (CC)', 'APF'], fields, values) // true
 */
export function headerAgain(
  indicators: readonly IndicatorInfo[],
  mapping: ColumnMapping,
): (cells: readonly string[], fields: readonly string[], values: ReadonlySet<string>) => boolean {
  const named = indicatorHeaders(indicators);
  const names = new Set(indicators.map((i) => i.name));
  return (cells, fields, values) => {
    if (cells.length > fields.length && cells.slice(fields.length).some((c) => trimCell(c) !== ''))
      return false;
    // A row of values has a number somewhere; a header has none in a cell of its own. Asked of every record
    // row, so looked for before any copy is made.
    for (let i = 0; i < fields.length && i < cells.length; i++)
      if (isNumeral(trimCell(cells[i]!))) return false;
    const texts = fields.map((_, i) => trimCell(cells[i] ?? ''));
    const gate = texts.some(
      (t) => t !== '' && (names.has(t) || named.label(t) !== undefined || named.withUnit(t)),
    );
    if (!gate) return false;
    let again: string[];
    try {
      again = resolveColumns(texts, mapping, indicators);
    } catch {
      // A line that cannot be read as a header (two columns giving one field, a unit of its own) is not one.
      return false;
    }
    let read = 0;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!;
      if (values.has(field)) {
        if (again[i] !== field) return false;
        read++;
      } else if (names.has(again[i]!) || values.has(again[i]!)) return false;
    }
    return read > 0;
  };
}
