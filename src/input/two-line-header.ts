import type { IndicatorInfo } from '../resolve/rule-set';
import type { ColumnMapping } from './column-mapping';
import { trimCell } from './convert-value';
import { indicatorsNamed } from './header-coverage';
import { headingSpans } from './heading-spans';
import { type NumberedSpecimen, numberedSpecimens, numbersUnder } from './numbered-specimens';
import { isParticulars } from './particulars-cell';
import { recordBelow } from './record-below';
import { numbersSpecimens, specimenIndicator } from './specimen-numbers';
import { KnownUnits } from './units';

/**
 * The header of a CSV (or TSV) saved from a sheet headed in two rows, or
 * `undefined` for a one-line header. Excel writes a group heading merged
 * across columns (`性能指标` over `额定制冷量 CC | 全年能源消耗效率 APF`) as its
 * text in the first cell and nothing in the others, and a heading merged down
 * over both rows (`型号`) as its text in the first line and nothing in the
 * second. Two lines are one header when the first has such a **group
 * heading** — a cell that names no column the reader knows, followed by an
 * empty cell — and at least one other value (a line with one value is a
 * title), and the second line names a column the reader knows (an
 * indicator, by name, label or `--map`) under a group heading: a line of
 * data names none. Each column's name is the second line's cell, else the
 * first line's. The same rule as the .xlsx reader's, without the merges a
 * CSV does not keep. The other form: an indicator that takes several
 * specimens headed across its columns with the specimens numbered under it
 * (`冲击吸收能量 KV2(J),,` over `1,2,3`), the rest of the second line empty.
 *
 * @example
 * twoLineHeader(['型号', '性能指标', ''], ['', '额定制冷量 CC', '全年能源消耗效率 APF'], new Map(), indicators);
 * // ['型号', '额定制冷量 CC', '全年能源消耗效率 APF']
 */
export function twoLineHeader(
  upper: readonly string[],
  lower: readonly string[],
  mapping: ColumnMapping,
  indicators: readonly IndicatorInfo[],
): string[] | undefined {
  if (upper.length !== lower.length) return undefined;
  const heads = upper.map(trimCell);
  const written = lower.map(trimCell);
  if (heads.filter((t) => t !== '').length < 2) return undefined;
  const names = (t: string) => t !== '' && indicatorsNamed([t], mapping, indicators).length > 0;
  const specimensOf = (t: string) => specimenIndicator(t, mapping, indicators);
  // Specimens numbered after the indicator's heading (`透光率1,…,透光率5`): read as it, `透光率` (newcomer-38 W1, M6).
  const numbered = numberedSpecimens(written, specimensOf, names);
  const lows = written.map((t, col) => numbered.get(col)?.name ?? t);
  // A number under an indicator's heading: the lower line is the first record (hostile-33 F0).
  if (recordBelow(heads, lows, headingSpans(heads, lows.length), names)) return undefined;
  // A group's columns: its heading's and the empty ones after it.
  let named = false;
  const units = new KnownUnits(indicators);
  // The unit a group heading states for its columns (`化学成分（ppm）`), by column.
  const groupUnits: (string | undefined)[] = [];
  const inGroup = new Set<number>();
  for (const { from: col, to } of headingSpans(heads, heads.length)) {
    // A report's particulars (`报告编号：…`, `检验日期：…`) head no columns (newcomer-38 W1).
    if (names(heads[col]!) || isParticulars(heads[col]!)) continue;
    const unit = headingUnit(heads[col]!, units);
    for (let c = col; c <= to; c++) {
      if (names(lows[c]!)) named = true;
      inGroup.add(c);
      groupUnits[c] = unit;
    }
  }
  if (!named)
    return specimenColumns(
      heads,
      written,
      numbered,
      specimensOf,
      (head, low) => names(head) && units.compare(low, UNITLESS, true) !== undefined,
    );
  return heads.map((head, col) => {
    const low = lows[col]!;
    if (low === '') return head;
    // A unit under a column of its own (`MPa` under `下屈服强度 ReL`): the column's unit, read as a header's
    // unit is (checked against its indicator's), not its name.
    if (!inGroup.has(col) && head !== '' && names(head) && units.compare(low, UNITLESS, true) !== undefined)
      return `${head}(${low})`;
    // Under a group heading with a unit: each indicator column in it is in that unit, unless it writes its own.
    const unit = groupUnits[col];
    if (unit !== undefined && names(low) && !mapping.has(low) && !/[)）\]］/／%]/u.test(low))
      return `${low}(${unit})`;
    return low;
  });
}

/** An indicator that declares no unit: {@link KnownUnits.compare} against it says only whether a text is a unit. */
export const UNITLESS = { unit: undefined } as unknown as IndicatorInfo;

// A heading that is only a unit statement: `单位：Btu/h`, `（单位：kW）`, `Unit: kW`.
const UNIT_STATEMENT = /^[([【]?\s*(?:单位|计量单位|units?)\s*[:(]/iu;

/**
 * The unit a group heading states: in brackets at its end (`力学性能（kN）`, `化学成分（ppm）`, `【ksi】`, `[ksi]`) or after a slash
 * (`化学成分（质量分数）/%`); `质量分数` (mass fraction) reads as `%` in the unit table. `undefined` when it states no unit it knows.
 */
export function headingUnit(heading: string, units: KnownUnits): string | undefined {
  const text = heading.normalize('NFKC');
  // Hostile-27 M4: `单位：Btu/h` in a title line's cell is the table's unit, checked as a title's is; split at its
  // slash, it gave the columns under it the unit `h`.
  if (UNIT_STATEMENT.test(text)) return undefined;
  const parts = [
    // `力学性能/kgf/mm²`: after the first slash, a unit that may hold one (before the last slash's `mm²`).
    /^[^/()]*\p{Script=Han}[^/()]*\/\s*([^\s()]+)\s*$/u.exec(text)?.[1],
    /\/\s*([^/()]+?)\s*$/u.exec(text)?.[1],
    /\(([^()]+)\)\s*(?:\/.*)?$/u.exec(text)?.[1],
    // `力学性能【kgf/mm²】`, `[ksi]`.
    /[[【〔]\s*([^[\]【】〔〕]+?)\s*[\]】〕]$/u.exec(text)?.[1],
  ];
  for (const part of parts) {
    if (part === undefined) continue;
    // `化学成分（单位：ppm）`: the unit is ppm, as the message names it, not `单位:ppm` (fix-input-29).
    const unit = part.trim().replace(/^(?:单位|unit)\s*:\s*/iu, '');
    if (units.key(unit) !== undefined) return unit;
  }
  return undefined;
}

/**
 * The other two-line header: an indicator that takes several specimens headed across its columns
 * (`冲击吸收能量 KV2(J)`, then empty cells) and the specimens numbered under it (`1,2,3`, or after its name:
 * `透光率1,透光率2`, {@link numberedSpecimens}), every other cell of
 * the lower line empty or a unit under a column of its own (`mm` under `公称厚度`: a units row that numbers the
 * specimens too, committee-24 F1). Each of its columns is named by the heading, as three columns headed alike
 * are; a unit is the column's, `公称厚度(mm)`, checked against its indicator's as a header's is.
 */
function specimenColumns(
  heads: readonly string[],
  lows: readonly string[],
  numbered: ReadonlyMap<number, NumberedSpecimen>,
  specimensOf: (text: string) => string | undefined,
  unitOf: (head: string, low: string) => boolean,
): string[] | undefined {
  const names = [...heads];
  const covered = new Set<number>();
  for (const { from: col, to } of headingSpans(heads, heads.length)) {
    const indicator = specimensOf(heads[col]!);
    if (indicator === undefined) continue;
    if (!numbersSpecimens(lows.slice(col, to + 1)) && !numbersUnder(numbered, col, to, indicator)) continue;
    for (let c = col; c <= to; c++) {
      names[c] = heads[col]!;
      covered.add(c);
    }
  }
  if (covered.size === 0) return undefined;
  for (const [col, low] of lows.entries()) {
    if (low === '' || covered.has(col)) continue;
    const head = heads[col]!;
    if (head === '' || !unitOf(head, low)) return undefined;
    names[col] = `${head}(${low})`;
  }
  return names;
}
