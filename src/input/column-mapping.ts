import { InputError } from '../errors/input-error';
import { UsageError } from '../errors/usage-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { localized } from '../text/localized-text';
import { checkMapSources } from './check-column-mapping';
import { closeColumns } from './close-columns';
import { trimCell } from './convert-value';
import { defaultedColumnError } from './defaulted-column';
import { gradedOutputClash } from './graded-output';
import { type HeaderClash, headerClashError } from './header-clash';
import { type IndicatorHeaders, indicatorHeaders } from './header-unit';
import { mappedHeaders, mappedWithUnit, otherMappedUnit } from './mapped-header-unit';
import { noteMappingFile } from './mapping-file';
import { numberedHeaders } from './numbered-headers';
import { mapAdvice, type OptionNaming } from './option-naming';
import { repeatedCloseHeaderError } from './repeated-close-header';
import { scoreRangeError } from './score-range-note';
import { tooManySpecimenColumns } from './specimen-columns';
import {
  type AlsoReadBy,
  alsoMismatches,
  isRatioUnit,
  ownMismatch,
  type UnitMismatch,
  unitMismatchError,
} from './unit-mismatch';
import { isDimensionless } from './units';

/** Input column (or JSON key) → record field, from `--map` and `--map-file`. */
export type ColumnMapping = Map<string, string>;

/**
 * The columns a caller named, by `--map` (its source columns) or by a `--keep` list: their choice, left out of the
 * header checks and hints that guess at columns (gradeFile and gradeSample alike).
 *
 * @example
 * namedColumns(new Map([['APF（W/W）', 'apf']]), ['model']); // Set { 'APF（W/W）', 'model' }
 */
export function namedColumns(mapping: ReadonlyMap<string, string>, keep: unknown): Set<string> {
  return new Set([...mapping.keys(), ...(Array.isArray(keep) ? (keep as string[]) : [])]);
}

/**
 * A column mapping from `--map` texts (`屈服强度=yieldStrength`, repeatable)
 * and the parsed content of a mapping file (an object of column → field).
 * `--map` wins over the file for the same column; two `--map`s that map
 * one column to different fields are a usage error naming both.
 *
 * @param fileName - the mapping file's name, for messages
 */
export function columnMapping(
  maps: readonly string[],
  fileData?: unknown,
  fileName = 'mapping file',
): ColumnMapping {
  const mapping: ColumnMapping = new Map();
  if (fileData !== undefined) {
    if (fileData === null || typeof fileData !== 'object' || Array.isArray(fileData)) {
      throw new UsageError(
        localized(
          `映射文件 ${fileName} 应包含由 "列": "字段" 组成的对象`,
          `the mapping file ${fileName} must hold an object of "column": "field" pairs`,
        ),
      );
    }
    for (const [column, field] of Object.entries(fileData)) {
      if (typeof field !== 'string' || field.trim() === '') {
        throw new UsageError(
          localized(
            `映射文件 ${fileName} 把“${column}”映射到 ${JSON.stringify(field)}；请给出字段名`,
            `the mapping file ${fileName} maps "${column}" to ${JSON.stringify(field)}; give a field name`,
          ),
        );
      }
      mapping.set(trimCell(column), field.trim());
    }
    noteMappingFile(mapping, fileName, mapping.keys());
  }
  const given = new Map<string, string>();
  for (const m of maps) {
    const { column, field } = mapOption(m);
    if (column === '' || field === '') {
      throw new UsageError(
        localized(
          `--map 的写法是 列=字段，如 --map 屈服强度=yieldStrength；收到“${m}”`,
          `--map takes column=field, e.g. --map 屈服强度=yieldStrength; got "${m}"`,
        ),
      );
    }
    const earlier = given.get(column);
    if (earlier !== undefined && mapping.get(column) !== field) {
      throw new UsageError(
        localized(
          `--map ${earlier} 和 --map ${m} 把同一列“${column}”映射到不同的字段；请只保留一个`,
          `--map ${earlier} and --map ${m} map the same column "${column}" to different fields; keep one`,
        ),
      );
    }
    given.set(column, m);
    mapping.set(column, field);
    noteMappingFile(mapping, undefined, [column]);
  }
  return mapping;
}

/**
 * A `--map` text read as its column (trimmed as headers are) and field; either is `''` when missing.
 *
 * @example
 * mapOption(' 屈服强度 =yieldStrength'); // { column: '屈服强度', field: 'yieldStrength' }
 */
export function mapOption(text: string): { column: string; field: string } {
  const at = text.lastIndexOf('=');
  if (at < 0) return { column: '', field: '' };
  return { column: trimCell(text.slice(0, at)), field: text.slice(at + 1).trim() };
}

/**
 * The field each column gives: the mapping's field, for a mapped column
 * or one followed by a unit (`屈服强度/MPa` for `--map 屈服强度=yieldStrength`,
 * checked as below; see {@link mappedHeaders}); else the indicator
 * whose Chinese or English label the header is (so a spreadsheet headed
 * with the standard's terms needs no mapping), or whose label or name the
 * header is followed by the indicator's unit (`下屈服强度 ReL/MPa`,
 * `抗拉强度 Rm（MPa）`; see {@link IndicatorHeaders.withUnit}); else, when no
 * other column gives the indicator, its label without the bracketed note
 * ({@link readNoteless}), its label with a word for "score" after it
 * (`过程控制（分）`, `过程控制得分`: {@link readScores}) or the symbol its label ends in (`N`, `N(%)`;
 * {@link readSymbols}); else the header itself. A header naming an indicator with another unit
 * (`抗拉强度 Rm/kN`) is a usage error ({@link unitMismatchError}), and so
 * is one that names two indicators, with or without a unit: one's name and
 * another's label, or the same label of two ({@link headerClashError}).
 * Several columns may give one indicator that takes several specimens (one
 * column per specimen); any other field given twice is a usage error, as
 * is a mapped column the headers do not have, and a column not read that is
 * close to an indicator no column gives and that no record is required to
 * give: every record would take its default instead, or be graded without
 * it ({@link defaultedColumnError}).
 *
 * @param input - what to call the input in messages
 * @param naming - how the messages name the mapping (default: as `--map`)
 * @param alsoRead - other rule sets' indicators that read a field too (compare's B): a unit a header
 *   writes is checked against theirs as well ({@link alsoMismatches})
 */
export function resolveColumns(
  headers: readonly string[],
  mapping: ColumnMapping,
  indicators: readonly IndicatorInfo[],
  input?: string,
  naming?: OptionNaming,
  alsoRead?: AlsoReadBy,
): string[] {
  const trimmed = headers.map(trimCell);
  const named = indicatorHeaders(indicators);
  const byUnit = mappedHeaders(trimmed, mapping, named, input, naming);
  checkMapSources(mapping, [...trimmed, ...byUnit.columns], input, naming);
  const specimens = new Set(indicators.filter((i) => i.specimens > 0).map((i) => i.name));
  const mismatches: UnitMismatch[] = [];
  const clashes: HeaderClash[] = [];
  const numbered = numberedHeaders(trimmed);
  const fields = trimmed.map((header, column) => {
    const exact = mapping.get(header);
    if (exact !== undefined) {
      // A whole header mapped is unit-checked as one read by its label is (hostile-23 W2).
      const indicator = named.byName.get(exact);
      const written = otherMappedUnit(header, indicator, named.units);
      if (written !== undefined)
        mismatches.push(ownMismatch({ column, header, written, indicator: indicator! }, alsoRead));
      return exact;
    }
    const given = byUnit.fields.get(header);
    if (given !== undefined) {
      const written = alsoRead && mappedWithUnit(header, mapping, named)?.written;
      if (written) mismatches.push(...alsoMismatches(column, header, given, written, alsoRead));
      return given;
    }
    // One indicator's name and another's label, or two indicators' label: either reading could grade the wrong one.
    const both = named.clash(header);
    if (both) {
      clashes.push({ column, header, text: header, withUnit: false, indicators: both });
      return header;
    }
    const field = named.label(header);
    if (field !== undefined) return field;
    const mapped = byUnit.mismatches.get(header);
    if (mapped) {
      mismatches.push(ownMismatch({ column, header, ...mapped }, alsoRead));
      return header;
    }
    const unit = named.withUnit(header);
    // `透光率(1)` beside `透光率(2)`: a specimen's number, not the unit one; the column is left unread, as before.
    if (unit !== undefined && numbered.has(header) && isDimensionless(unit.written)) return header;
    if (unit?.clash) {
      clashes.push({ column, header, text: unit.text, withUnit: true, indicators: unit.clash });
      return header;
    }
    if (unit?.same) {
      mismatches.push(...alsoMismatches(column, header, unit.indicator.name, unit.written, alsoRead));
      return unit.indicator.name;
    }
    // In another unit: its values would be graded wrongly. An indicator with no unit declared: a hint, as before.
    // Hostile-26 W5: a unit on a number with none (`全年能源消耗效率 APF(%)`) too, but for a ratio (`W/W`).
    if (
      unit !== undefined &&
      (unit.indicator.unit !== undefined || (isNumeric(unit.indicator) && !isRatioUnit(unit.written)))
    )
      mismatches.push(
        ownMismatch({ column, header, written: unit.written, indicator: unit.indicator }, alsoRead),
      );
    return header;
  });
  if (clashes.length > 0) throw headerClashError(input, clashes, naming);
  if (mismatches.length > 0) throw unitMismatchError(input, mismatches);
  readLoose(trimmed, fields, mapping, (h) => named.noteless(h));
  // `Loss on ignition (%)`: the label less its note, a unit after it (hostile-23 M2); another unit is the error.
  const notelessUnits = readWithUnits(trimmed, fields, mapping, named, (h) => named.notelessWithUnit(h));
  if (notelessUnits.length > 0) throw unitMismatchError(input, notelessUnits);
  readLoose(trimmed, fields, mapping, (h) => named.score(h));
  const symbolUnits = readWithUnits(trimmed, fields, mapping, named, (h) => named.symbol(h), true);
  if (symbolUnits.length > 0) throw unitMismatchError(input, symbolUnits);
  const extra = tooManySpecimenColumns(trimmed, fields, indicators, input);
  if (extra) throw extra;
  // A score range in the header (`（0-10分）`) another than the indicator's: its scores are on another scale.
  for (const [column, field] of fields.entries()) {
    const indicator = named.byName.get(field);
    const wrongRange = indicator && scoreRangeError(trimmed[column]!, column, indicator, input);
    if (wrongRange) throw wrongRange;
  }
  const first = new Map<string, number>();
  fields.forEach((field, i) => {
    if (field === '' || specimens.has(field)) return;
    const earlier = first.get(field);
    if (earlier !== undefined) {
      const [a, b] = [trimCell(headers[earlier]!), trimCell(headers[i]!)];
      // `N,N`: the symbol of an indicator that takes one value, twice; neither is read.
      const symbol = field === b ? named.symbol(b)?.indicator : undefined;
      if (symbol !== undefined)
        throw new InputError(
          localized(
            `${input ? `${input}：` : ''}第 ${earlier + 1} 列（“${a}”）和第 ${i + 1} 列（“${b}”）看起来都是指标 ${symbol.name}（${symbol.label.zh}），它只取一个值，所以两列都没有作为它读取；按哪一列评级无法确定：请删除或改名不是 ${symbol.name} 的那一列`,
            `${input ? `${input}: ` : ''}columns ${earlier + 1} ("${a}") and ${i + 1} ("${b}") both look like the indicator ${symbol.name} (${symbol.label.en}), which takes one value, so neither is read as it; which one to grade would be a guess: delete or rename the column that is not ${symbol.name}`,
          ),
        );
      // `屈服强度` over three columns, close to an indicator of three specimens: one --map reads them all.
      const repeated =
        field === b ? repeatedCloseHeaderError(input, b, trimmed, fields, indicators, naming) : undefined;
      if (repeated) throw repeated;
      const output = gradedOutputClash(headers.map(trimCell), i);
      if (output)
        throw new InputError(
          localized(
            `${input ? `${input}：` : ''}第 ${earlier + 1} 列（“${a}”）和第 ${i + 1} 列（“${b}”）都给出字段“${field}”；${output.zh}`,
            `${input ? `${input}: ` : ''}columns ${earlier + 1} ("${a}") and ${i + 1} ("${b}") both give the field "${field}"; ${output.en}`,
          ),
        );
      throw new InputError(
        localized(
          `${input ? `${input}：` : ''}第 ${earlier + 1} 列（“${a}”）和第 ${i + 1} 列（“${b}”）都给出字段“${field}”；${mapAdvice(naming).zh}把其中一列映射到别处`,
          `${input ? `${input}: ` : ''}columns ${earlier + 1} ("${a}") and ${i + 1} ("${b}") both give the field "${field}"; map one of them elsewhere ${mapAdvice(naming).en}`,
        ),
      );
    }
    first.set(field, i);
  });
  // A column close to an indicator that would otherwise take its default (or be left out) in every record;
  // one that records must give (always, or under `requiredWhen`) makes them invalid, visibly: a hint says more.
  const excluded = new Set(mapping.keys());
  const defaulted = closeColumns(trimmed, fields, indicators, excluded, true).filter(
    (c) =>
      !c.indicator.required &&
      !c.indicator.conditionallyRequired &&
      // 安定性 beside 安定性（沸煮法）: the label of a read indicator less its note, which the near-duplicate check names.
      !isNotelessOfRead(c.column),
  );
  if (defaulted.length > 0) throw defaultedColumnError(input, defaulted, naming);
  return fields;

  function isNotelessOfRead(column: string): boolean {
    const read = named.noteless(column);
    return read !== undefined && fields.includes(read.name);
  }
}

/**
 * Reads, in place, each column not otherwise read that `reads` takes for an
 * indicator when it is the only such column for that indicator and no other
 * column gives it: an indicator's label without the bracketed note ending
 * it (`安定性` for `安定性（沸煮法）`; {@link IndicatorHeaders.noteless}) — the
 * first run of a sheet headed as people write it would otherwise make every
 * record invalid — or an assessor's score headed with a word for "score"
 * (`过程控制（分）`, `过程控制/分`, `过程控制得分`; {@link IndicatorHeaders.score};
 * enterprise-23 W10: an evaluation sheet headed so cost a `--map` per item).
 * Two columns for one indicator, or one the header gives already, stay
 * unread (a hint may name them), as the note may be what tells them apart.
 */
function readLoose(
  headers: readonly string[],
  fields: string[],
  mapping: ColumnMapping,
  reads: (header: string) => IndicatorInfo | undefined,
): void {
  const given = new Set(fields);
  const columns = new Map<string, number[]>();
  headers.forEach((header, i) => {
    if (header === '' || fields[i] !== header || mapping.has(header)) return;
    const ind = reads(header);
    if (ind === undefined || given.has(ind.name)) return;
    columns.set(ind.name, [...(columns.get(ind.name) ?? []), i]);
  });
  for (const [name, found] of columns) if (found.length === 1) fields[found[0]!] = name;
}

/**
 * Reads, in place, each column not otherwise read that `reads` takes for an
 * indicator, perhaps with a unit after it, when it is the only such column
 * for that indicator and no other column gives it: the symbol an indicator's
 * label ends in (`N` for `氮 N`, `[N]`, `N(%)`; see {@link IndicatorHeaders.symbol}) —
 * chemistry tables head columns with the element's symbol alone, and an
 * element with a default would otherwise be graded at it (nitrogen at 0)
 * whatever the column says — or a label less its note with a unit
 * (`Loss on ignition (%)`; {@link IndicatorHeaders.notelessWithUnit}).
 * With `specimens`, an indicator that takes specimens reads each such column
 * (`ReL,ReL` as `下屈服强度 ReL` twice).
 * Returns the columns that write another unit (`N(ppm)`): an error, as for a label.
 */
function readWithUnits(
  headers: readonly string[],
  fields: string[],
  mapping: ColumnMapping,
  named: IndicatorHeaders,
  reads: (header: string) => { indicator: IndicatorInfo; written?: string; same: boolean } | undefined,
  specimens = false,
): UnitMismatch[] {
  const given = new Set(fields);
  const columns = new Map<string, { column: number; written?: string; same: boolean }[]>();
  const numbered = numberedHeaders(headers);
  headers.forEach((header, column) => {
    if (header === '' || fields[column] !== header || mapping.has(header)) return;
    const read = reads(header);
    if (read === undefined || given.has(read.indicator.name)) return;
    // `N(1)` beside `N(2)`: a specimen's number, not the unit one.
    if (numbered.has(header) && read.written !== undefined && isDimensionless(read.written)) return;
    const found = {
      column,
      same: read.same,
      ...(read.written === undefined ? {} : { written: read.written }),
    };
    columns.set(read.indicator.name, [...(columns.get(read.indicator.name) ?? []), found]);
  });
  const mismatches: UnitMismatch[] = [];
  for (const [name, found] of columns) {
    const indicator = named.byName.get(name)!;
    // `ReL,ReL`: one column per specimen, as repeated labels are read; for any other indicator two are a guess.
    if (found.length !== 1 && (!specimens || indicator.specimens === 0)) continue;
    for (const { column, written, same } of found) {
      // Hostile-26 W5: `APF(%)`, `APF %` on an indicator with no unit: another unit (a ratio, `W/W`, is none).
      const unitless =
        indicator.unit === undefined &&
        (!isNumeric(indicator) || written === undefined || isRatioUnit(written));
      if (same || written === undefined || unitless) fields[column] = name;
      else mismatches.push({ column, header: headers[column]!, written, indicator });
    }
  }
  return mismatches;
}

/** A record with its keys renamed by the mapping (for JSON and NDJSON input); the record itself when nothing maps. */
export function renameKeys(record: unknown, mapping: ColumnMapping): unknown {
  if (mapping.size === 0 || record === null || typeof record !== 'object' || Array.isArray(record))
    return record;
  const entries = Object.entries(record as Record<string, unknown>);
  if (!entries.some(([k]) => mapping.has(k))) return record;
  // fromEntries defines own properties, so a key such as "__proto__" stays data.
  return Object.fromEntries(entries.map(([k, v]) => [mapping.get(k) ?? k, v]));
}

/** Whether an indicator takes a number (a unit written on anything else is not compared). */
function isNumeric(indicator: IndicatorInfo): boolean {
  return indicator.type === 'number' || indicator.type === 'integer';
}
