import { UsageError } from '../errors/usage-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { foldLabel } from '../text/fold-label';
import { localized } from '../text/localized-text';
import { unreadUnit } from './close-columns';
import { type IndicatorHeaders, splitHeaderUnit } from './header-unit';
import { mappingFile } from './mapping-file';
import { numberedHeaders } from './numbered-headers';
import { mapOption, type OptionNaming } from './option-naming';
import { isDimensionless, type KnownUnits } from './units';

/**
 * A header that is a mapped column followed by a unit: `屈服强度/MPa`,
 * `屈服强度（MPa）` for `--map 屈服强度=yieldStrength`.
 */
export interface MappedHeaderUnit {
  /** The mapping's column (its key) the text before the unit is. */
  column: string;
  /** The field the mapping gives it. */
  field: string;
  /** The unit as written, trimmed. */
  written: string;
  /** Whether the unit is the field's indicator's own (an equivalent spelling counts), or the field declares none. */
  same: boolean;
}

// Per mapping: its columns NFKC-folded (as the text before a unit is compared) → the column; rebuilt if it grew.
const FOLDED = new WeakMap<ReadonlyMap<string, string>, { size: number; columns: Map<string, string> }>();

/**
 * The mapped column a header names with a unit after it, in the forms
 * {@link IndicatorHeaders.withUnit} reads, compared as it compares a label
 * (NFKC-folded). The unit must be one {@link KnownUnits} knows; for a field
 * that is an indicator with a unit, `same` says whether it is that unit. A
 * field with no unit declared (an indicator without one, a kept column)
 * takes any unit: the mapping says what the column is, and there is no unit
 * to check it against. A header that is a column of the mapping exactly is
 * the caller's to read first: that one wins.
 *
 * @example
 * mappedWithUnit('屈服强度/MPa', new Map([['屈服强度', 'yieldStrength']]), headers);
 * // { column: '屈服强度', field: 'yieldStrength', written: 'MPa', same: true }
 */
export function mappedWithUnit(
  header: string,
  mapping: ReadonlyMap<string, string>,
  headers: IndicatorHeaders,
): MappedHeaderUnit | undefined {
  if (mapping.size === 0) return undefined;
  const columns = foldedColumns(mapping);
  const read = splitHeaderUnit(
    header,
    (label) => columns.get(label),
    (written, column) => {
      const indicator = headers.byName.get(mapping.get(column)!);
      if (indicator?.unit !== undefined) return headers.units.compare(written, indicator);
      // No unit to check: any unit known, a lone letter being a symbol (`碳 C`) rather than a unit.
      const key = headers.units.key(written);
      return key === undefined || /^[A-Za-z]$/.test(key) ? undefined : 'same';
    },
  );
  return (
    read && { column: read.named, field: mapping.get(read.named)!, written: read.written, same: read.same }
  );
}

/** What {@link mappedHeaders} finds in a header row. */
export interface MappedHeaders {
  /** Header (trimmed) → field, for the headers a mapped column names with its field's unit. */
  fields: Map<string, string>;
  /** Header (trimmed) → the unit written and the indicator, for those in another unit than their field's. */
  mismatches: Map<string, { written: string; indicator: IndicatorInfo }>;
  /** The mapping's columns that name a header so (in either unit): present in the input. */
  columns: Set<string>;
}

/**
 * Reads a header row for the mapped columns it has only with a unit after
 * them ({@link mappedWithUnit}). A column that is a header exactly is left to
 * that header. A column that names two different headers so (`屈服强度/MPa`
 * and `屈服强度/kN`) is a usage error naming both: which one was meant?
 *
 * @param headers - the header row, trimmed
 * @param input - what to call the input in messages
 * @param naming - how the message names the mapping (default: as `--map`)
 */
export function mappedHeaders(
  headers: readonly string[],
  mapping: ReadonlyMap<string, string>,
  named: IndicatorHeaders,
  input: string | undefined,
  naming?: OptionNaming,
): MappedHeaders {
  const found: MappedHeaders = { fields: new Map(), mismatches: new Map(), columns: new Set() };
  const present = new Set(headers);
  // Most mappings name headers exactly: then there is nothing to look for (a wide table is read fast).
  if (![...mapping.keys()].some((column) => !present.has(column))) return found;
  const byColumn = new Map<string, string>();
  const numbered = numberedHeaders(headers);
  for (const header of present) {
    if (mapping.has(header)) continue;
    const read = mappedWithUnit(header, mapping, named);
    if (!read || present.has(read.column)) continue;
    // `透光率(1)` beside `透光率(2)` for `--map 透光率=…`: a specimen's number, not the unit one (left unread, as before).
    if (numbered.has(header) && isDimensionless(read.written)) continue;
    const earlier = byColumn.get(read.column);
    if (earlier !== undefined) throw twoHeaders(read, earlier, header, mapping, input, naming);
    byColumn.set(read.column, header);
    found.columns.add(read.column);
    const indicator = named.byName.get(read.field);
    if (read.same || indicator === undefined) found.fields.set(header, read.field);
    else found.mismatches.set(header, { written: read.written, indicator });
  }
  return found;
}

function twoHeaders(
  read: MappedHeaderUnit,
  a: string,
  b: string,
  mapping: ReadonlyMap<string, string>,
  input: string | undefined,
  naming: OptionNaming | undefined,
): UsageError {
  const option = mapOption(naming, read.column, read.field, mappingFile(mapping, read.column));
  const whole = mapOption(naming, a, read.field);
  return new UsageError(
    localized(
      `${option}：${input ?? '输入'}中“${a}”和“${b}”两列都是“${read.column}”加单位；请写出要映射的整个表头，如 ${whole}`,
      `${option}: both columns "${a}" and "${b}" of ${input ?? 'the input'} are "${read.column}" with a unit; write the whole header to map, e.g. ${whole}`,
    ),
  );
}

function foldedColumns(mapping: ReadonlyMap<string, string>): Map<string, string> {
  let cached = FOLDED.get(mapping);
  if (!cached || cached.size !== mapping.size) {
    const columns = new Map<string, string>();
    for (const column of mapping.keys()) columns.set(foldLabel(column), column);
    cached = { size: mapping.size, columns };
    FOLDED.set(mapping, cached);
  }
  return cached.columns;
}

/**
 * The unit a whole header mapped to an indicator ends in, when it is another
 * than the indicator's (`额定制冷量 CC/kW`, `终凝时间(h)`, `终凝时间，h` mapped
 * to an indicator in W or min), in the forms {@link splitHeaderUnit} reads,
 * whatever the text before it: mapping the header says what the column is,
 * not that its unit is the indicator's (hostile-23 W2: hours were graded as
 * minutes), or a unit written as a header is not read in ({@link unreadUnit}:
 * `（×10³W）`, `（mW）`). `undefined` for the indicator's own unit, an indicator with none,
 * and a text that is no unit (`SEER/APF`; a lone letter, `氮(N)`, but `h`
 * and `s` after a time's label: see {@link KnownUnits.compare}).
 *
 * @example
 * otherMappedUnit('额定制冷量 CC/kW', ratedCoolingCapacity, units); // 'kW'
 */
export function otherMappedUnit(
  header: string,
  indicator: IndicatorInfo | undefined,
  units: KnownUnits,
): string | undefined {
  if (indicator?.unit === undefined) return undefined;
  const read = splitHeaderUnit(
    header,
    (label) => (label === '' ? undefined : label),
    (written) => units.compare(written, indicator),
  );
  if (read) return read.same ? undefined : read.written;
  // A unit the header is not read in (`（×10³W）`, `（mW）`, `（P）`): as much another unit (hostile-24 W4).
  return unreadUnit(header, indicator, units);
}
