import { type Batched, batched, batchesOf } from '../input/batched';
import type { InputItem, WrittenHeader } from '../input/input-item';
import type { GradeResult } from '../model/grade-result';
import type { RuleSetModel } from '../model/rule-set-model';
import { decimalsOf, parseDecimal } from '../rounding/decimal';
import { foldLabel } from '../text/fold-label';
import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';

/**
 * The evaluator's own computed columns in a sheet (an evaluation body's
 * 维度得分, 总分, 初评等级 beside the item scores; a product sheet's 等级),
 * checked against what qgrade computes (enterprise-23 W11). Such a column is
 * never an input: its header is no indicator's, so the reader does not read
 * it; here it is recognised and its cells compared with the result, so that
 * a sheet whose 等级 says 卓越级 where qgrade computes 预防级 does not pass
 * unnoticed. The notice ({@link OwnColumnsCheck.notice}) is one line per
 * column, told as the input's other notices are; exit codes are not changed.
 *
 * Recognised, among the columns neither read nor kept:
 * - a computed value's column: the header is a derived value's label (zh or
 *   en; a scoring dimension's, `总分` / `Total score` and its usual spellings
 *   `总得分`, `综合得分`), also with the score unit (`质量绩效（分）`, `…/分`,
 *   `…得分`). A cell is compared at the precision the sheet shows it: `64.38`
 *   agrees with 64.375 (within half a unit of its last digit), `64.3` does not;
 * - a grade column: a header of grade words (`等级`, `初评等级`, `评价等级`,
 *   `质量等级`, `级别`, `Grade`, `Level`, …) whose cells are the rule set's
 *   grade labels (or ids); other cells (`/`, a note) are let be, and a column
 *   none of whose cells is a grade label says nothing.
 * Invalid records are not compared (their errors are said already).
 *
 * Costs nothing per row when the header has no such column: decided once,
 * at the first record.
 */
export class OwnColumnsCheck {
  readonly #model: RuleSetModel;
  readonly #kept: ReadonlySet<string>;
  readonly #header: () => WrittenHeader | undefined;
  /** `undefined` until the first record; `null` when the header has none. */
  #columns: OwnColumn[] | null | undefined;
  /** The cells of each record looked at, by row, until its result comes. */
  readonly #pending = new Map<number, PendingRow>();

  /**
   * @param model - the rule set graded against
   * @param header - the table's header once read (CSV, TSV, .xlsx, Parquet); JSON records have none and are not checked
   * @param kept - the columns carried through as `kept`: the user's, never looked at
   */
  constructor(model: RuleSetModel, header: () => WrittenHeader | undefined, kept: readonly string[]) {
    this.#model = model;
    this.#header = header;
    this.#kept = new Set(kept);
  }

  /** Whether any column is checked (known once the first record has been noted). */
  get active(): boolean {
    return Array.isArray(this.#columns) && this.#columns.length > 0;
  }

  /** Takes an item's cells in the own columns, to be compared when its result comes ({@link compare}). */
  note(item: InputItem): boolean {
    if (this.#columns === undefined) this.#columns = this.#find();
    if (this.#columns === null || !('record' in item)) return false;
    const record = item.record as Record<string, unknown> | null;
    if (record === null || typeof record !== 'object') return false;
    let cells: (string | undefined)[] | undefined;
    this.#columns.forEach((c, i) => {
      const v = record[c.key];
      const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
      if (text === '') return;
      cells ??= [];
      cells[i] = text;
    });
    if (!cells) return false;
    this.#pending.set(item.row, { cells, where: rowWhere(item) });
    return true;
  }

  /** Compares a result with the cells its row's item had (nothing when it had none). */
  compare(result: GradeResult): void {
    const row = result.row ?? 0;
    const pending = this.#pending.get(row);
    if (!pending || !this.#columns) return;
    this.#pending.delete(row);
    if (result.notGradedReason?.code === 'invalid-record') return;
    this.#columns.forEach((c, i) => {
      const cell = pending.cells[i];
      if (cell === undefined) return;
      const found = c.kind === 'grade' ? this.#gradeCheck(cell, result) : scoreCheck(cell, c.name, result);
      if (found === undefined) return;
      c.compared++;
      if (found === true) return;
      c.differ++;
      if (c.shown.length < SHOWN) c.shown.push({ where: pending.where, cell, computed: found });
    });
  }

  /**
   * What the check found, one line per column compared: the disagreements
   * (`列“等级”与计算结果不一致 3 处：第 5 行 卓越级 ≠ 预防级，…`), and the
   * columns that agree in one line. None when no column was compared.
   */
  notices(): LocalizedText[] {
    if (!this.#columns) return [];
    const out: LocalizedText[] = [];
    const agree: string[] = [];
    for (const c of this.#columns) {
      if (c.compared === 0) continue;
      if (c.differ === 0) {
        agree.push(c.column);
        continue;
      }
      const cases = c.shown.map((s) => ({
        zh: `${s.where.zh} ${s.cell} ≠ ${s.computed.zh}`,
        en: `${s.where.en}: ${s.cell} ≠ ${s.computed.en}`,
      }));
      const more = c.differ > c.shown.length;
      out.push(
        localized(
          `列“${c.column}”与计算结果不一致 ${c.differ} 处（共核对 ${c.compared} 处；该列未作为输入读取）：${cases.map((s) => s.zh).join('，')}${more ? '，…' : ''}`,
          `column "${c.column}" disagrees with the computed ${c.kind === 'grade' ? 'grade' : 'value'} in ${c.differ} of ${c.compared} rows (the column is not read as an input): ${cases.map((s) => s.en).join(', ')}${more ? ', …' : ''}`,
        ),
      );
    }
    if (agree.length > 0)
      out.unshift(
        localized(
          `列${agree.map((a) => `“${a}”`).join('、')}是计算结果，未作为输入读取，已与计算结果核对：一致`,
          `column${agree.length > 1 ? 's' : ''} ${agree.map((a) => `"${a}"`).join(', ')}: computed results, not read as input${agree.length > 1 ? 's' : ''}; checked against qgrade's: they agree`,
        ),
      );
    return out;
  }

  /** The own columns of the header, or `null` (no header, or none). */
  #find(): OwnColumn[] | null {
    const header = this.#header();
    if (!header) return null;
    const model = this.#model;
    const read = new Set(model.indicators.map((i) => i.name));
    const computed = computedNames(model);
    const out: OwnColumn[] = [];
    header.fields.forEach((field, i) => {
      const column = header.cells[i] ?? field;
      if (field === '' || read.has(field) || this.#kept.has(field) || this.#kept.has(column)) return;
      const name = computed.get(scoreHeader(column)) ?? computed.get(foldLabel(column).toLowerCase());
      const base = { key: field, column: cutShort(column, 40), compared: 0, differ: 0, shown: [] };
      if (name !== undefined) out.push({ ...base, kind: 'score', name });
      else if (model.grades.length > 0 && isGradeHeader(column))
        out.push({ ...base, kind: 'grade', name: '' });
    });
    return out.length > 0 ? out : null;
  }

  /** `true` when the cell says the grade computed, else what was computed; `undefined` for a cell that is no grade. */
  #gradeCheck(cell: string, result: GradeResult): true | LocalizedText | undefined {
    const said = gradeOfCell(cell, this.#model);
    if (said === undefined) return undefined;
    if (said === result.grade) return true;
    return result.label ?? localized('不分级', 'not graded');
  }
}

/** How many disagreements of a column the notice lists. */
const SHOWN = 5;

interface OwnColumn {
  /** The record's key for it (the header, as the reader keeps an unread column). */
  key: string;
  /** The header as written, for the notice. */
  column: string;
  kind: 'score' | 'grade';
  /** The computed value's name (a dimension id, `totalScore`, a derived value); `''` for a grade column. */
  name: string;
  compared: number;
  differ: number;
  shown: { where: LocalizedText; cell: string; computed: LocalizedText }[];
}

interface PendingRow {
  cells: (string | undefined)[];
  where: LocalizedText;
}

/** The total score's usual spellings besides its label (folded). */
const TOTAL_WORDS = ['总分', '总得分', '综合得分', '综合评分', 'total', 'total score', 'overall score'];

/** Each computed value (derived values, dimensions, the total) by its folded labels. */
function computedNames(model: RuleSetModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of model.derived) {
    // A value per specimen is no one cell of a record's row.
    if (d.perSpecimen) continue;
    for (const label of [d.label.zh, d.label.en]) {
      const folded = foldLabel(label).toLowerCase();
      if (folded !== '' && !out.has(folded)) out.set(folded, d.name);
    }
  }
  if (model.scoring) for (const w of TOTAL_WORDS) if (!out.has(w)) out.set(w, 'totalScore');
  return out;
}

/** A header with the score unit taken off (`质量绩效（分）`, `质量绩效/分`, `质量绩效得分`), folded. */
function scoreHeader(header: string): string {
  const folded = foldLabel(header).toLowerCase();
  return folded.replace(/\s*(?:\(分\)|\/\s*分|得分|\(score\)|score)$/u, '').trim() || folded;
}

/** Words a grade column is headed with: `等级`, `初评等级`, `评价等级`, `级别`, `Grade`, `Level`. */
const GRADE_HEADER =
  /^(?:[\p{Script=Han}]{0,4}(?:等级|级别|评级|定级)|(?:[a-z ]{0,20} )?(?:grade|level|rating))$/u;

function isGradeHeader(header: string): boolean {
  const folded = foldLabel(header)
    .toLowerCase()
    .replace(/[(（][^)）]*[)）]$/u, '')
    .trim();
  return GRADE_HEADER.test(folded);
}

/** The grade a cell names by its label (zh, en) or id, or `undefined`. */
function gradeOfCell(cell: string, model: RuleSetModel): string | undefined {
  const folded = foldLabel(cell).toLowerCase();
  for (const g of model.grades)
    if (
      folded === g.id.toLowerCase() ||
      folded === foldLabel(g.label.zh).toLowerCase() ||
      folded === foldLabel(g.label.en).toLowerCase()
    )
      return g.id;
  return undefined;
}

/**
 * `true` when a cell says the computed value at the precision it is written
 * with (within half a unit of its last digit), else the computed value;
 * `undefined` for a cell that is no number, or a value not computed.
 */
function scoreCheck(cell: string, name: string, result: GradeResult): true | LocalizedText | undefined {
  const written = parseDecimal(cell.normalize('NFKC'));
  if (!written) return undefined;
  const value = computedValue(name, result);
  if (value === undefined) return undefined;
  const said = Number(cell.normalize('NFKC'));
  const decimals = decimalsOf(cell.normalize('NFKC'));
  const tolerance = 0.5 * 10 ** -decimals;
  // A hair over the half unit: 64.375 written 64.38 or 64.37 (either rounding) is the same figure.
  if (Math.abs(said - value) <= tolerance * (1 + 1e-9) + 1e-12) return true;
  const text = String(Number(value.toFixed(Math.max(decimals + 2, 4))));
  return localized(text, text);
}

/** A computed value of a result: the total, a dimension's score, or a derived value a requirement compared. */
function computedValue(name: string, result: GradeResult): number | undefined {
  if (name === 'totalScore' && result.scores) return result.scores.total ?? undefined;
  const dim = result.scores?.dimensions.find((d) => d.id === name);
  if (dim) return dim.score ?? undefined;
  for (const c of result.criteria)
    if (c.indicator === name && typeof c.value === 'number' && c.specimen === undefined) return c.value;
  return undefined;
}

/** "第 5 行" / "line 5": where a record is in its file. */
function rowWhere(item: Extract<InputItem, { record: unknown }>): LocalizedText {
  const { row, place } = item;
  if (place === undefined) return localized(`第 ${row} 条记录`, `record ${row}`);
  return 'line' in place
    ? localized(`第 ${place.line} 行`, `line ${place.line}`)
    : localized(`工作表第 ${place.sheetRow} 行`, `sheet row ${place.sheetRow}`);
}

/**
 * The items of an input, each record's own-column cells noted on the way
 * ({@link OwnColumnsCheck.note}); with `grade`, a record that has such cells
 * is graded here too and compared at once (the rows then go on to be graded
 * and written elsewhere: on worker threads, or by a writer that keeps only
 * part of a result). Once the first batch shows the header has no such
 * column, batches are handed on untouched.
 */
export function noteOwnColumns(
  items: AsyncIterable<InputItem>,
  check: OwnColumnsCheck,
  grade?: (item: InputItem) => GradeResult,
): Batched<InputItem> {
  return batched(async function* () {
    let looked = false;
    for await (const batch of batchesOf(items)) {
      if (looked && !check.active) {
        yield batch;
        continue;
      }
      for (const item of batch) if (check.note(item) && grade) check.compare(grade(item));
      if (batch.length > 0) looked = true;
      yield batch;
    }
  });
}
