import { invalidRecord } from '../explain/invalid-record';
import type { CellsOf, FieldColumns, InputItem, RowPlace } from '../input/input-item';
import type { GradeResult, RecordError } from '../model/grade-result';
import type { IndicatorModel, RuleSetModel } from '../model/rule-set-model';
import { cjkJoin } from '../text/cjk-space';
import { isNotApplicableMark } from '../text/lab-notation';
import { type LocalizedText, localized } from '../text/localized-text';
import { rowFirst } from './row-first';

/** What {@link finishItem} reads of an item: an {@link InputItem}, or the same facts of one sent to a worker. */
export interface FinishedItem {
  row: number;
  kept?: Record<string, string>;
  unreadable?: LocalizedText;
  conversionErrors?: RecordError[];
  cellsOf?: CellsOf;
  /** Where the record is in its file: with `columns`, a value the grader rejects names its cell. */
  place?: RowPlace;
  /** The columns of each field read as an indicator ({@link InputItem}'s `columns`). */
  columns?: FieldColumns;
}

/**
 * The result for one input item, given what the grader made of its record:
 * the row set, an unreadable row turned into its error row (`grade: null`,
 * `notGradedReason.code: "invalid-record"`, one error with code
 * `unreadable`), the input's own conversion messages in place of the
 * grader's for the cells concerned, and a missing value's cell named when the item says where it was, as is
 * the cell of a value out of range, implausible or not allowed. A valid record's result is passed on as it is:
 * the cells are looked up only for an error row.
 */
export function finishItem(item: FinishedItem, graded: GradeResult, model: RuleSetModel): GradeResult {
  let result = graded;
  if (graded.errors !== undefined && item.unreadable === undefined) {
    let errors: readonly RecordError[] = graded.errors;
    const unnamed = errors;
    const cellsOf = errors.some((e) => CELL_NAMED.has(e.code)) ? lineCells(item) : undefined;
    if (cellsOf) errors = withCells(errors, cellsOf, model);
    // withCells maps one to one: an error it changed already names its (empty) cells.
    const celled: ReadonlySet<RecordError> =
      errors === unnamed ? NONE_NAMED : new Set(errors.filter((e, i) => e !== unnamed[i]));
    if (item.place && item.columns) errors = withValueCells(errors, item.place, item.columns, celled);
    if (errors !== graded.errors) result = invalidRecord(model, [...errors]);
  }
  if (item.unreadable !== undefined) {
    return withRow(item, invalidRecord(model, [{ field: '', code: 'unreadable', message: item.unreadable }]));
  }
  const conversion = item.conversionErrors;
  if (!conversion) return withRow(item, result);
  // The grader saw the text of a cell that is not of its type; say what was wrong with the text instead.
  const ours = new Map(conversion.map((e) => [e.field, e]));
  const used = new Set<string>();
  const errors: RecordError[] = [];
  for (const e of result.errors ?? []) {
    const replacement = ours.get(e.field);
    if (!replacement) errors.push(e);
    else if (!used.has(e.field)) {
      errors.push(replacement);
      used.add(e.field);
    }
  }
  for (const e of conversion) if (!used.has(e.field)) errors.push(e);
  return withRow(item, invalidRecord(model, errors));
}

// The errors of a value left out whose empty cells the sheet can name: a specimen given once where a paired
// derived value needs one per specimen is a blank cell too (committee-35 M3).
const CELL_NAMED: ReadonlySet<RecordError['code']> = new Set([
  'missing',
  'too-few-specimens',
  'specimen-count-mismatch',
]);

/**
 * The item's cells, with a CSV/TSV row's single columns added: an empty one is named only if the grader then says
 * its value is missing (`缺少可见光透射比（第 9 行第 3 列）`, newcomer-words-42 b), as an .xlsx row's are (its reader
 * gives them). Looked at for an error row only; the item's own cells for a sheet row or a row with no place.
 */
function lineCells(item: FinishedItem): CellsOf | undefined {
  const { place, columns, cellsOf } = item;
  if (!place || !columns || !('line' in place)) return cellsOf;
  const letters: Record<string, string> = Object.create(null);
  for (const [field, at] of Object.entries(columns)) if (at.length === 1) letters[field] = at[0]!;
  // A marked cell's column, as the reader noted it, stays.
  if (cellsOf) return { ...cellsOf, letters: { ...letters, ...cellsOf.letters } };
  return { line: place.line, letters };
}

/**
 * A missing value of a column the sheet has, with its cell named (`缺少氯离子 Cl⁻（单元格 N64）`, `（第 9 行第 14 列）`),
 * as a conversion error names its cell, and a set of specimens short of values with its empty cells named; a field
 * no column gives has no cell, and is told as before. A cell that held a not-tested mark (`—`, `/`, `未检`), read as
 * empty under an indicator that need not be given, is named with its mark when a `requiredWhen` then asks for the
 * value (hostile-33 F9): the user sees a filled cell, which "is missing" alone contradicts. A specimen count that
 * does not match for a paired derived value names the field's empty cells alike.
 */
function withCells(errors: readonly RecordError[], cells: CellsOf, model: RuleSetModel): RecordError[] {
  return errors.map((e) => {
    if (!CELL_NAMED.has(e.code)) return e;
    const single = e.code === 'missing' ? cells.letters[e.field] : undefined;
    const at = single !== undefined ? [single] : cells.blank?.[e.field];
    if (at === undefined || at.length === 0) return e;
    const place = cellsText(at, cells, single === undefined);
    const mark = single !== undefined ? cells.marks?.[e.field] : undefined;
    const ind = model.indicators.find((i) => i.name === e.field);
    const [head, why] = e.code === 'missing' && ind ? requiredWhy(e.message, ind) : [e.message, undefined];
    if (mark !== undefined) {
      const numeric = ind?.type !== 'boolean';
      const message = isNotApplicableMark(mark)
        ? notApplicableMissing(head, place, mark, why)
        : markedMissing(head, place, mark, numeric, why);
      return { ...e, message };
    }
    // The cell right after "缺少…", before why a requiredWhen asks for it (whose values are other cells).
    return {
      ...e,
      message: localized(
        `${head.zh}（${place.zh}）${why?.zh ?? ''}`,
        `${head.en} (${place.en})${why?.en ?? ''}`,
      ),
    };
  });
}

/**
 * A "missing" message of an indicator with a `requiredWhen` cut into "缺少…" and why it is required for the record
 * (`：这条记录的从业人员数为 500，满足其 requiredWhen…`, added by the record's validation); the whole message and
 * nothing when it has no such reason.
 */
function requiredWhy(
  message: LocalizedText,
  ind: IndicatorModel,
): [LocalizedText, LocalizedText | undefined] {
  if (!ind.requiredWhen) return [message, undefined];
  const zh = message.zh.indexOf('：');
  const en = message.en.indexOf(': ');
  if (zh < 0 || en < 0) return [message, undefined];
  return [
    localized(message.zh.slice(0, zh), message.en.slice(0, en)),
    localized(message.zh.slice(zh), message.en.slice(en)),
  ];
}

// The errors of a value given but not accepted: the grader knows the field, the reader its cell.
const VALUE_NAMED: ReadonlySet<RecordError['code']> = new Set([
  'out-of-range',
  'implausible',
  'not-allowed',
  'wrong-type',
]);

const NONE_NAMED: ReadonlySet<RecordError> = new Set();

// A set of specimens of the wrong size, given in full (`35;36` in one cell for three): the cell that holds them,
// unless an empty cell among the indicator's columns was named already (specimens-newcomer-41).
const COUNT_NAMED: ReadonlySet<RecordError['code']> = new Set(['too-few-specimens', 'too-many-specimens']);

/**
 * A value out of range, implausible, not allowed or of the wrong type with its cell named (`…应 ≥ 0，实际为 -48（单元格
 * D5）`, `(line 5, column 4)`), as a conversion error names its cell (fix-left5b-35 M7); a field read from one
 * column per specimen names its columns, the message saying which specimen. A set of specimens too short or too long
 * names its cell (or columns) too, unless `celled` holds the error: its empty cells are named already. The errors themselves when none is
 * such a value of a column the input has.
 */
function withValueCells(
  errors: readonly RecordError[],
  place: RowPlace,
  columns: FieldColumns,
  celled: ReadonlySet<RecordError>,
): readonly RecordError[] {
  const toName = (e: RecordError): boolean =>
    VALUE_NAMED.has(e.code) || (COUNT_NAMED.has(e.code) && !celled.has(e));
  if (!errors.some((e) => toName(e) && columns[e.field] !== undefined)) return errors;
  const cells: CellsOf =
    'line' in place ? { line: place.line, letters: {} } : { sheetRow: place.sheetRow, letters: {} };
  return errors.map((e) => {
    const at = toName(e) ? columns[e.field] : undefined;
    if (at === undefined || at.length === 0) return e;
    const named = cellsText(at, cells, false);
    return { ...e, message: localized(`${e.message.zh}（${named.zh}）`, `${e.message.en} (${named.en})`) };
  });
}

/**
 * "Is missing", said of a cell holding a not-tested mark: the mark was read as an empty cell, and the
 * indicator's `requiredWhen` holds for this record, where an empty cell is invalid too.
 */
function markedMissing(
  missing: LocalizedText,
  place: LocalizedText,
  mark: string,
  numeric: boolean,
  why: LocalizedText | undefined,
): LocalizedText {
  // Why it is required, in words (`这条记录的机组类型为 热泵型…，满足其必填条件`), not "see its requiredWhen" (newcomer-40 M6).
  const zhWhy = why ? why.zh.replace(/^：/, '').replace(/，该指标为必填项$/, '') : '';
  const enWhy = why ? why.en.replace(/^: it is /, '') : '';
  return localized(
    `${missing.zh}：${cjkJoin(place.zh, `为“${mark}”`)}，表示未检测，按空单元格读取；${zhWhy ? `${zhWhy}，` : ''}该指标对这条记录为必填项，留空同样无效：请填写${numeric ? '测得的数值' : '检测结果（是/否）'}`,
    `${missing.en}: ${place.en} holds "${mark}", a "not tested" mark, read as an empty cell; the indicator is ${enWhy || 'required for this record'}, so an empty value is invalid too: write ${numeric ? 'the measured value' : 'the result (yes/no)'}`,
  );
}

/**
 * "Is missing", said of a cell holding `不适用` or `N/A`, read as empty under a number a `requiredWhen` asks of some
 * records only: it holds for this one, so the item applies to it, and why (the record's values that meet the
 * condition), where a not-tested mark is told to write the measured value (newcomer-37 M3).
 */
function notApplicableMissing(
  missing: LocalizedText,
  place: LocalizedText,
  mark: string,
  why: LocalizedText | undefined,
): LocalizedText {
  return localized(
    `${missing.zh}：${cjkJoin(place.zh, `为“${mark}”`)}，但该项适用于这条记录${why?.zh ?? '（其必填条件成立），该指标为必填项'}：请填写得分或测得的数值`,
    `${missing.en}: ${place.en} holds "${mark}" (not applicable), but the item applies to this record${why?.en ?? ' (its condition for being required holds)'}; write its score or measured value`,
  );
}

/** `单元格 N64` / `cell N64`, `第 9 行第 8、9 列为空` / `line 9, columns 8, 9 empty`. */
function cellsText(at: readonly string[], cells: CellsOf, empty: boolean): LocalizedText {
  if (cells.line === undefined) {
    const names = at.map((letters) => `${letters}${cells.sheetRow}`);
    return localized(
      `${empty ? '空' : ''}单元格 ${names.join('、')}`,
      `${empty ? 'empty ' : ''}cell${names.length > 1 ? 's' : ''} ${names.join(', ')}`,
    );
  }
  return localized(
    `第 ${cells.line} 行第 ${at.join('、')} 列${empty ? '为空' : ''}`,
    `line ${cells.line}, column${at.length > 1 ? 's' : ''} ${at.join(', ')}${empty ? ' empty' : ''}`,
  );
}

/** The record an item hands the grader: `null` for a row that could not be read (it grades as invalid). */
export function itemRecord(item: InputItem): unknown {
  return 'unreadable' in item ? null : item.record;
}

function withRow(item: FinishedItem, result: GradeResult): GradeResult {
  if (!('row' in result) && !('kept' in result)) return rowFirst(item.row, item.kept, result);
  const { row: _row, kept: _kept, ...rest } = result;
  return item.kept ? { row: item.row, kept: item.kept, ...rest } : { row: item.row, ...rest };
}
