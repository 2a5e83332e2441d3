import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { trimCell } from './convert-value';
import { isScaledUnit, SCALED_UNIT_SOURCE, scalePowers } from './scaled-unit';
import { numbersSpecimens } from './specimen-numbers';
import {
  type AlsoReadBy,
  alsoMismatches,
  isRatioUnit,
  ownMismatch,
  type UnitMismatch,
} from './unit-mismatch';
import { isDegreeWord, type KnownUnits } from './units';

/** What a units row gives: its units, and the columns whose unit is not their indicator's. */
export interface UnitsRow {
  /** The units written under indicators' columns, each once, in column order. */
  units: string[];
  /** Columns whose unit is another than their indicator's. */
  mismatches: UnitMismatch[];
}

// A cell saying "no unit here" in a units row, as Chinese tables write one.
const NO_UNIT = new Set(['-', '—', '–', '/', '－', '／', '\\']);

// What a count is counted in (个, 件, 次…): under a number with no unit of its own, a units row's word for "a count".
const COUNT_WORDS = new Set([
  '个',
  '件',
  '次',
  '台',
  '只',
  '根',
  '处',
  '粒',
  '颗',
  '条',
  '块',
  '支',
  '批',
  '项',
  '人',
  '家',
]);

// Points, a score's unit as a units row writes it (not a unit the unit table knows: `分` is minutes too).
const POINTS = new Set(['分', '分值', 'pts', 'points']);

// The two answers of a yes/no column written as a hint: `是/否`, `合格/不合格`, `Y/N`.
const BOTH_ANSWERS =
  /^(?:是|有|合格|通过|符合|y|yes|true)\s*[/|、或]\s*(?:否|无|不合格|不通过|不符合|n|no|false)$|^(?:否|无|不合格|n|no|false)\s*[/|、或]\s*(?:是|有|合格|y|yes|true)$/iu;

/**
 * Whether the row right under a header is a row of units (`,,mm,MPa,MPa,%,%`),
 * part of the header rather than a record: no cell is a number (or starts
 * like one), every cell under an indicator's column is empty, a dash or
 * slash for "none", a count word (`个`, `件`, `次`) under a number with no unit, both
 * answers (`是/否`) under a yes/no column, or a
 * unit ({@link KnownUnits}; `(MPa)` in brackets too;
 * a single letter of the table as well, `h`, `s`, under an indicator that
 * takes numbers), and at least one is a unit. Whether the units are the
 * indicators' own does not decide it: a row `,,kN,kN,h,h` is units all the
 * same, and each that is not its indicator's is a mismatch (read as a record,
 * the values under it would be graded in the indicators' units). A record
 * never is a units row: it has numbers, or values that are not units (an
 * enum's value, `A`, is its value, not amperes). A row of two units or more
 * with no sample id and one cell under a number that looks like a unit no
 * table knows (`Btu/Wh`) is a units row with that cell a mismatch marked
 * `unknown`: graded as a record, it would be a sample that is none.
 *
 * @param cells - the row's cells as text, by column; a cell copied by a merged range as `''`
 * @param headers - the header's cells (trimmed), for messages
 * @param columns - the indicator each column gives, if any
 * @param alsoRead - other rule sets' indicators that read a field too (compare's B): checked against the unit as well
 * @returns the units, or `undefined` when the row is not a units row
 * @example
 * unitsRow(['', '', 'mm', 'MPa'], headers, columns, units); // { units: ['mm', 'MPa'], mismatches: [] }
 */
export function unitsRow(
  cells: readonly string[],
  headers: readonly string[],
  columns: readonly (IndicatorInfo | undefined)[],
  units: KnownUnits,
  alsoRead?: AlsoReadBy,
): UnitsRow | undefined {
  if (cells.length > columns.length) return undefined;
  const row: UnitsRow = { units: [], mismatches: [] };
  const numbered = specimenNumbers(cells, columns);
  // Cells read as units, and those under a number that are no unit known: one among units is a unit unknown.
  let unitCells = 0;
  const unknown: UnitMismatch[] = [];
  // A cell with text outside the indicators' columns (a record's sample id) makes the row a record's.
  let outside = false;
  for (const [column, cell] of cells.entries()) {
    if (numbered.has(column)) continue;
    const text = scalePowers(trimCell(cell)).normalize('NFKC');
    // Hostile-26 W7: `10³ W`, `10^3 W` start with a number but are a scale on a unit, not a value.
    const power = POWER.test(trimCell(cell));
    if (!power && NUMBER_START.test(text)) return undefined;
    const indicator = columns[column];
    if (!indicator && text !== '' && !UNITS_WORD.test(text)) outside = true;
    if (!indicator || text === '' || NO_UNIT.has(text)) continue;
    const written = /^\((.*)\)$|^\[(.*)\]$/su.exec(text);
    const unit = written ? (written[1] ?? written[2])! : text;
    if (indicator.values?.includes(unit)) return undefined;
    // `是/否` under a yes/no column tells how to fill it in, as a units row tells the unit: no record says both.
    if (indicator.type === 'boolean' && BOTH_ANSWERS.test(unit)) continue;
    const numeric = indicator.type === 'number' || indicator.type === 'integer';
    // studio-20 F2: `个` under 气泡数 (a count, no unit) made the row a record, invalid, and hid the id column.
    if (numeric && indicator.unit === undefined && COUNT_WORDS.has(unit)) continue;
    // newcomer-24 F1: `分` (points) under a score with no unit is a score sheet's units row, not a record.
    if (numeric && indicator.unit === undefined && POINTS.has(unit)) {
      if (!row.units.includes(unit)) row.units.push(unit);
      continue;
    }
    // `×1000W`, `×10³W`, `x10^3 W`: a scale on a unit, which no table knows, is another unit all the same (hostile-25 W9).
    const compared =
      units.compare(unit, indicator, numeric) ??
      (numeric &&
      indicator.unit !== undefined &&
      // `度` under °C or kWh: an angle, °C or kWh, told as in a header (newcomer-34 F5), not a record's cell.
      (power || isScaledUnit(unit) || SCALE_ONLY.test(unit) || isDegreeWord(unit))
        ? 'other'
        : undefined);
    if (compared === undefined) {
      if (!numeric || !UNIT_LIKE.test(unit)) return undefined;
      unknown.push({ column, header: headers[column] ?? '', written: unit, indicator, unknown: true });
      continue;
    }
    unitCells++;
    if (!row.units.includes(unit)) row.units.push(unit);
    if (compared === 'same')
      row.mismatches.push(...alsoMismatches(column, headers[column] ?? '', indicator.name, unit, alsoRead));
    // Hostile-26 W5: `%`, `kW` under a number with no unit (APF) is another unit too; a ratio (`Wh/Wh`) is none.
    else if (indicator.unit !== undefined || (numeric && !isRatioUnit(unit)))
      row.mismatches.push(
        ownMismatch({ column, header: headers[column] ?? '', written: unit, indicator }, alsoRead),
      );
  }
  if (unknown.length > 0) {
    // Committee-38 F1: `,,W,W·h/W,dB(A)` with `W·h/W` not known was graded as a sample. A row of two units or more,
    // no sample id, and one cell under a number that is no unit known is a units row with that unit in question.
    if (unknown.length > 1 || unitCells < 2 || outside) return undefined;
    row.mismatches.push(...unknown);
  }
  return row.units.length > 0 ? row : undefined;
}

// A text a units row's cell is taken for a unit qgrade does not know (`W·hr/W`, `Btu/Wh`, `kgf·m`): short, with a
// Latin letter or a unit's sign in it. Words (`见附表` under a strength) are a record's text, as before.
const UNIT_LIKE = /^(?=.*[A-Za-zμΩ°%‰/·])\S{1,16}$/u;

// A cell that starts like a number (`12`, `-3.5`, `.5`): a value, never a unit.
const NUMBER_START = /^[+-]?\.?\d/u;

// A power of ten before a unit, as typed (before NFKC makes `10³` `103`): `10³ W`, `×10³ W`, `10^3 W`, `10^-3 kg`.
const POWER = /^(?:[×xX*]\s*)?10(?:[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+|\^[-\u2212]?\d+)\s*\p{L}/u;

// A factor alone, the indicator's unit understood: `x1000`, `×10³` (NFKC: `×103`), `*10^3` (hostile-26 W7).
const SCALE_ONLY = /^[×xX*]\s*10[\d^]*$/u;

// A cell that says its row holds units: `单位`, `(单位)`, `【单位】`, `单位：`, `Unit`, `Units`.
const UNITS_WORD = /^[([【]?\s*(?:单位|计量单位|units?)\s*[)\]】]?\s*:?$/iu;

// `单位：kW`, `(单位：kW)`, `Unit: kW`; a scaled unit with its spaces (`单位：x10^3 W`): a unit all the same.
const STATED = new RegExp(
  String.raw`^[([【]?\s*(?:单位|计量单位|units?)\s*[:(]\s*(${SCALED_UNIT_SOURCE}[^\s()（）:]{0,12}|[^\s()（）:]{1,16})\s*\)?\s*[)\]】]?$`,
  'iu',
);

/**
 * The unit a line in mid-table states in its one cell with text (`单位：kW,,,`, `,,,,单位：kW`, `Unit: kW`,
 * `（单位：kW）`): the unit the rows under it are in, as a title states the table's (hostile-25 W9: it was
 * skipped as a note and the rows under it graded in the header's unit). `undefined` for any other line.
 *
 * @example
 * statedUnitLine(['单位：kW', '', '', '']); // 'kW'
 */
export function statedUnitLine(cells: readonly string[]): string | undefined {
  const at = loneCell(cells);
  if (at < 0) return undefined;
  const text = scalePowers(trimCell(cells[at]!)).normalize('NFKC');
  return STATED.exec(text)?.[1];
}

/**
 * The column of a line's one cell with text, or `-1` when it has none or more than one. Asked of every row under
 * a header (a mid-table units line has one cell): one pass, no copy, out at the second cell with text.
 *
 * @example
 * loneCell(['', '单位：kW', '']); // 1
 * loneCell(['K1', '3500']); // -1
 */
export function loneCell(cells: readonly string[]): number {
  let at = -1;
  for (let i = 0; i < cells.length; i++) {
    if (trimCell(cells[i]!) === '') continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}

/**
 * Whether a row under the records may be a units row in mid-table (a page that switched to `kW` with no header
 * repeated above it, `,,kW,W·h/(W·h)`): it has a cell with text, and none outside the indicators' columns (a
 * record has its sample id there). Whether it is one is then {@link unitsRow}'s to say.
 *
 * @example
 * bareUnitsLine(['', '', 'kW', 'W·h/(W·h)'], columns); // true
 * bareUnitsLine(['S2', '', 'kW', ''], columns); // false
 */
export function bareUnitsLine(
  cells: readonly string[],
  columns: readonly (IndicatorInfo | undefined)[],
): boolean {
  let text = false;
  for (let column = 0; column < cells.length; column++) {
    const cell = trimCell(cells[column]!);
    if (cell === '') continue;
    const indicator = columns[column];
    // `单位,,kW,`, `(单位),,千瓦,`: the row says it holds units where a record has its id (hostile-25 W9).
    if (indicator === undefined && UNITS_WORD.test(cell.normalize('NFKC'))) continue;
    if (indicator === undefined) return false;
    // A number is a record's value (unitsRow says no to it too), unless it numbers the specimens of a units row.
    if (!indicator.specimens && NUMBER_START.test(cell) && !POWER.test(cell)) return false;
    text = true;
  }
  return text;
}

/**
 * The columns of a units row that number an indicator's specimens (`1,2,3` under `冲击吸收能量 KV2(J)` merged
 * over three columns, the units row doubling as the specimen row; committee-24 F1): a run of two or more
 * adjacent columns of one indicator that takes several specimens, numbered from 1 ({@link numbersSpecimens}).
 */
function specimenNumbers(
  cells: readonly string[],
  columns: readonly (IndicatorInfo | undefined)[],
): Set<number> {
  const out = new Set<number>();
  for (let col = 0; col < cells.length; ) {
    const indicator = columns[col];
    let end = col + 1;
    while (end < cells.length && indicator !== undefined && columns[end] === indicator) end++;
    if (indicator?.specimens && end - col >= 2 && numbersSpecimens(cells.slice(col, end)))
      for (let c = col; c < end; c++) out.add(c);
    col = end;
  }
  return out;
}

/**
 * The notice that a row under the header was read as its units, not as a
 * record (so the records number one fewer than the lines under the header).
 *
 * @param where - the row: `第 2 行` / `line 2`, or the sheet row
 */
export function unitsRowNotice(name: string, where: LocalizedText, row: UnitsRow): LocalizedText {
  return localized(
    `${name}：${where.zh}是表头下的单位行（${row.units.join('、')}），作为表头的一部分读取，不是记录`,
    `${name}: ${where.en} is a row of units under the header (${row.units.join(', ')}), read as part of the header, not as a record`,
  );
}
