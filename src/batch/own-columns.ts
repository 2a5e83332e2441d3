import { gradeReachedBy } from '../explain/grade-reached';
import { type Batched, batched, batchesOf } from '../input/batched';
import { splitHeaderUnit } from '../input/header-unit';
import type { InputItem, UnsavedFormulas, WrittenHeader } from '../input/input-item';
import { isKnownUnit, sameUnitKey, unitKey } from '../input/units';
import type { GradeResult } from '../model/grade-result';
import { recordWord, rowWithKept } from '../model/kept-values';
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
 * unnoticed. The notices ({@link OwnColumnsCheck.notices}) are a line per
 * column, told as the input's other notices are; exit codes are not changed.
 *
 * Recognised, among the columns neither read nor kept:
 * - a computed value's column: the header is a derived value's label (zh or
 *   en; a scoring dimension's, `总分` / `Total score` and its usual spellings
 *   `总得分`, `综合得分`, `得分合计`, `合计得分`, `加权总分`, `总分数`), also with
 *   the score unit or full marks (`质量绩效（分）`, `…/分`, `…得分`, `总分（满分100）`)
 *   and spaces padding a Chinese heading (`总　分`). A cell is compared at the
 *   precision the sheet shows it: `64.38` agrees with 64.375 (within half a
 *   unit of its last digit), `64.3` does not;
 * - a grade column: a header of grade words (`等级`, `等　级`, `初评等级`,
 *   `评价等级`, `质量等级`, `级别`, `评价结果`, `评定结果`, `Grade`, `Level`, …)
 *   whose cells are the rule set's grade labels (or ids), also written short
 *   (`卓越` for 卓越级: the start of one label only); other cells are said
 *   (`2 处不是等级名称，未核对`), a mark (`/`, `—`) is let be, and a column
 *   none of whose cells is a grade label says nothing.
 * A disagreement names the record as the run's other lists do (`序号 33
 * 企业甲`) and, when plain, why (a cap the sheet did not apply; the level
 * the total alone gives). Any other unread column whose every cell is a grade
 * label is said not to be checked, with the heading to give it.
 * Invalid records are not compared (their errors are said already).
 * A column whose cells are formulas with no saved result (a workbook written
 * by a program that does not calculate) has nothing to compare: that is said,
 * with the cells' count and the first, and how to have the results saved.
 *
 * Costs little per row when the header has no such column: decided once, at
 * the first record; a column looked at for grade labels stops being looked
 * at at its first other cell.
 */
export class OwnColumnsCheck {
  readonly #model: RuleSetModel;
  /** The derived values scored as an item's points themselves ({@link scoredAsItself}). */
  readonly #asItself: ReadonlySet<string>;
  readonly #kept: ReadonlySet<string>;
  readonly #header: () => WrittenHeader | undefined;
  /** `undefined` until the first record; `null` when the header has none. */
  #columns: OwnColumn[] | null | undefined;
  /** Unread columns of no known heading, looked at while every cell so far is a grade label. */
  #probes: Probe[] = [];
  /** The cells of each record looked at, by row, until its result comes. */
  readonly #pending = new Map<number, PendingRow>();
  /** Derived values' columns headed in a unit other than the value's (`热水输出率(‰)` for a value in %): said, not compared. */
  #otherUnit: { column: string; written: string; unit: string | undefined; label: LocalizedText }[] = [];

  /**
   * @param model - the rule set graded against
   * @param header - the table's header once read (CSV, TSV, .xlsx, Parquet); JSON records have none and are not checked
   * @param kept - the columns carried through as `kept`: the user's, never looked at
   */
  constructor(model: RuleSetModel, header: () => WrittenHeader | undefined, kept: readonly string[]) {
    this.#model = model;
    this.#asItself = scoredAsItself(model);
    this.#header = header;
    this.#kept = new Set(kept);
  }

  /** Whether any column is checked or looked at (known once the first record has been noted). */
  get active(): boolean {
    return (Array.isArray(this.#columns) && this.#columns.length > 0) || this.#probes.some((p) => p.grades);
  }

  /** Takes an item's cells in the own columns, to be compared when its result comes ({@link compare}). */
  note(item: InputItem): boolean {
    if (this.#columns === undefined) this.#columns = this.#find();
    if (!('record' in item)) return false;
    const record = item.record as Record<string, unknown> | null;
    if (record === null || typeof record !== 'object') return false;
    for (const p of this.#probes) {
      if (!p.grades) continue;
      const text = cellText(record[p.key]);
      if (text === '') continue;
      // By label only: a 序号 of 1 to 5 is no column of grades, whatever the grades' ids (`1` … `5`).
      if (parseDecimal(text.normalize('NFKC')) || gradeOfCell(text, this.#model, false) === undefined)
        p.grades = false;
      else p.cells++;
    }
    if (this.#columns === null) return false;
    let cells: (string | undefined)[] | undefined;
    this.#columns.forEach((c, i) => {
      const text = cellText(record[c.key]);
      if (text === '') return;
      cells ??= [];
      cells[i] = text;
    });
    if (!cells) return false;
    this.#pending.set(item.row, { cells, name: recordName(item) });
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
      const found =
        c.kind === 'grade'
          ? this.#gradeCheck(cell, result)
          : scoreCheck(cell, c.name, result, this.#asItself);
      if (found === undefined) {
        // A grade column's cell that names no grade (`A级`, `良好`): said, not passed over (a mark such as `/` is no value).
        if (c.kind === 'grade' && !MARK_ONLY.test(cell)) c.unread.push({ name: pending.name, cell });
        return;
      }
      c.compared++;
      if (found === true) return;
      c.differ.push({
        name: pending.name,
        cell,
        computed: found.computed,
        ...(found.why ? { why: found.why } : {}),
      });
    });
  }

  /**
   * What the check found, one line per column compared: the disagreements,
   * each record named as the run's other lists name it (`序号 33 企业甲：预防级 ≠ 检验级`,
   * with why when it is plain: the level the total alone gives, a cap the
   * sheet did not apply), the first {@link SHOWN} and `…（另有 k 处）`, or
   * all of them with `all` (a report: the HTML page, the workbook), in lines
   * of at most {@link PER_LINE}; the columns that agree in one line; the
   * cells of a grade column that are no grade name; and a column of grade
   * names under a heading not recognised. None when there is nothing to say.
   */
  notices(all = false): LocalizedText[] {
    const out: LocalizedText[] = [];
    const agree: string[] = [];
    for (const c of this.#columns ?? []) {
      if (c.compared > 0 && c.differ.length === 0) agree.push(c.column);
      if (c.differ.length > 0) out.push(...differLines(c, all));
      // A 出厂等级 of 42.5 under grade words, none of them a grade: no grade column, nothing to say.
      if (c.unread.length > 0 && c.compared > 0) out.push(...unreadLines(c, all));
      if (c.unsaved) out.push(unsavedLine(c.column, c.unsaved));
    }
    if (agree.length > 0)
      out.unshift(
        localized(
          `列${agree.map((a) => `“${a}”`).join('、')}是计算结果，未作为输入读取，已与计算结果核对：一致`,
          `column${agree.length > 1 ? 's' : ''} ${agree.map((a) => `"${a}"`).join(', ')}: computed results, not read as input${agree.length > 1 ? 's' : ''}; checked against qgrade's: they agree`,
        ),
      );
    for (const o of this.#otherUnit) out.push(otherUnitLine(o));
    for (const p of this.#probes)
      if (p.grades && p.cells > 0)
        out.push(
          localized(
            `列“${p.column}”的单元格是等级名称，但未核对；如它是表中评定的等级，请将列标题写作“等级”或“评价等级”`,
            `column "${p.column}" holds grade names but was not checked; if it is the sheet's own grade, head it "等级" or "Grade"`,
          ),
        );
    return out;
  }

  /** The own columns of the header, or `null` (no header, or none); the other unread columns become probes. */
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
      const name = computed.get(scoreHeader(column)) ?? computed.get(compact(column));
      const unsaved = header.unsavedFormulas?.get(i);
      const base = {
        key: field,
        column: cutShort(column, 40),
        compared: 0,
        differ: [],
        unread: [],
        ...(unsaved ? { unsaved } : {}),
      };
      const withUnit = name === undefined ? derivedWithUnit(column, computed, model) : undefined;
      if (name !== undefined || withUnit?.same)
        out.push({ ...base, kind: 'score', name: name ?? withUnit!.name });
      else if (withUnit) {
        const d = model.derived.find((v) => v.name === withUnit.name)!;
        this.#otherUnit.push({
          column: base.column,
          written: withUnit.written,
          unit: d.unit,
          label: d.label,
        });
      } else if (model.grades.length > 0 && isGradeHeader(column))
        out.push({ ...base, kind: 'grade', name: '' });
      else if (model.grades.length > 0)
        this.#probes.push({ key: field, column: cutShort(column, 40), grades: true, cells: 0 });
    });
    return out.length > 0 ? out : null;
  }

  /** `true` when the cell says the grade computed, else what was computed and why the sheet may differ; `undefined` for a cell that is no grade. */
  #gradeCheck(cell: string, result: GradeResult): true | Found | undefined {
    const said = gradeOfCell(cell, this.#model, true);
    if (said === undefined) return undefined;
    if (said === result.grade) return true;
    const computed = result.label ?? localized('不分级', 'not graded');
    const why = this.#why(said, result);
    return why ? { computed, why } : { computed };
  }

  /**
   * Why a sheet's grade may differ, when it is plain: a failed cap the sheet's
   * grade is above (a veto not applied), a failed gate (a veto that leaves the
   * record ungraded), or the sheet's grade is the one the
   * total alone gives (the weakest dimension's cap, the dimensions' own
   * limits, missed). `undefined` otherwise.
   */
  #why(said: string, result: GradeResult): LocalizedText | undefined {
    const grades = this.#model.grades;
    const index = (id: string) => grades.findIndex((g) => g.id === id);
    const saidAt = index(said);
    const cap = result.criteria.find(
      (c) => c.effect === 'cap' && c.passed === false && c.capAt !== undefined && saidAt > index(c.capAt),
    );
    if (cap) {
      const at = grades[index(cap.capAt!)]!.label;
      return localized(
        `表中未按“${cap.label.zh}”封顶于${at.zh}`,
        `the sheet did not apply the cap of "${cap.label.en}" at ${at.en}`,
      );
    }
    // A gate (veto) failed: the record has no grade, whatever the sheet says (newcomer-33 M6).
    const gate =
      result.notGradedReason?.code === 'gate-failed'
        ? result.criteria.find((c) => c.effect === 'gate' && c.passed === false)
        : undefined;
    if (gate)
      return localized(
        `否决项“${gate.label.zh}”不合格：表中未执行一票否决`,
        `the veto "${gate.label.en}" failed: the sheet did not apply it`,
      );
    if (!this.#model.scoring || result.grade === null) return undefined;
    const byTotal = gradeReachedBy(result, grades, (c) => c.indicator === 'totalScore');
    if (byTotal?.id !== said || saidAt <= index(result.grade)) return undefined;
    return this.#model.scoring.weakestLink
      ? localized(
          `按总分即为${byTotal.label.zh}：表中未按最弱维度封顶`,
          `the total alone gives ${byTotal.label.en}: the sheet missed the weakest-dimension cap`,
        )
      : localized(
          `按总分即为${byTotal.label.zh}：表中未计其他要求`,
          `the total alone gives ${byTotal.label.en}: the sheet left out the other requirements`,
        );
  }
}

/** How many disagreements of a column stderr lists. */
const SHOWN = 5;
/** How many a report's line lists (all of them, over as many lines as it takes: a workbook's cell has a limit). */
const PER_LINE = 50;

/** A cell that is only a mark (`/`, `—`, `-`): no value, so not "no grade name". */
const MARK_ONLY = /^[\p{P}\p{S}\s]+$/u;

interface Found {
  computed: LocalizedText;
  why?: LocalizedText;
}

interface OwnColumn {
  /** The record's key for it (the header, as the reader keeps an unread column). */
  key: string;
  /** The header as written, for the notice. */
  column: string;
  kind: 'score' | 'grade';
  /** The computed value's name (a dimension id, `totalScore`, a derived value); `''` for a grade column. */
  name: string;
  compared: number;
  /** Every disagreement, in input order. */
  differ: { name: LocalizedText; cell: string; computed: LocalizedText; why?: LocalizedText }[];
  /** A grade column's cells that name no grade, in input order. */
  unread: { name: LocalizedText; cell: string }[];
  /** Its formula cells with no saved result (.xlsx): read as empty, so not compared. */
  unsaved?: UnsavedFormulas;
}

/** An unread column under a heading not recognised: `grades` while every non-empty cell so far is a grade label. */
interface Probe {
  key: string;
  column: string;
  grades: boolean;
  cells: number;
}

interface PendingRow {
  cells: (string | undefined)[];
  name: LocalizedText;
}

/** A cell as text, trimmed; `''` for none. */
function cellText(v: unknown): string {
  return typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
}

/** The lines of a column's disagreements: the count, then each record named; the first {@link SHOWN} or all. */
function differLines(c: OwnColumn, all: boolean): LocalizedText[] {
  const what = c.kind === 'grade' ? 'grade' : 'value';
  const head = localized(
    `列“${c.column}”与计算结果不一致 ${c.differ.length} 处（共核对 ${c.compared} 处；该列未作为输入读取）：`,
    `column "${c.column}" disagrees with the computed ${what} in ${c.differ.length} of ${c.compared} rows (the column is not read as an input): `,
  );
  const cases = c.differ.map((d) => ({
    zh: `${d.name.zh}：${d.cell} ≠ ${d.computed.zh}${d.why ? `（${d.why.zh}）` : ''}`,
    en: `${d.name.en}: ${d.cell} ≠ ${d.computed.en}${d.why ? ` (${d.why.en})` : ''}`,
  }));
  const more = localized(`（续）：`, ` (continued): `);
  return listLines(
    head,
    localized(`列“${c.column}”与计算结果不一致`, `column "${c.column}" disagrees`),
    more,
    cases,
    all,
  );
}

/** The lines of a grade column's cells that are no grade name: `列“等级”有 2 处不是等级名称，未核对（序号 9 企业甲：A级，…）`. */
function unreadLines(c: OwnColumn, all: boolean): LocalizedText[] {
  const n = c.unread.length;
  const cases = c.unread.map((u) => ({ zh: `${u.name.zh}：${u.cell}`, en: `${u.name.en}: ${u.cell}` }));
  const shown = all ? cases : cases.slice(0, SHOWN);
  const rest = n - shown.length;
  return [
    localized(
      `列“${c.column}”有 ${n} 处不是等级名称，未核对（${shown.map((s) => s.zh).join('，')}${rest > 0 ? `，…（另有 ${rest} 处）` : ''}）`,
      `column "${c.column}": ${n} cell${n > 1 ? 's are' : ' is'} no grade name, not checked (${shown.map((s) => s.en).join(', ')}${rest > 0 ? `, … (${rest} more)` : ''})`,
    ),
  ];
}

/**
 * The line for a column whose cells are formulas the workbook holds no result of: they read as empty, so
 * they were not checked; Excel or WPS saves the results when it saves the file.
 */
function unsavedLine(column: string, unsaved: UnsavedFormulas): LocalizedText {
  const { cells, first } = unsaved;
  const formula = first.formula ? ` =${cutShort(first.formula, 40)}` : '';
  return localized(
    `列“${column}”有 ${cells} 个单元格是公式，文件中没有保存其结果（如 ${first.at}${formula}），这些单元格未与计算结果核对：写出该文件的程序不计算公式；请在 Excel 或 WPS 中打开并保存该文件（保存时会计算并存下结果），再重新运行`,
    `column "${column}": ${cells} cell${cells > 1 ? 's are formulas' : ' is a formula'} whose result the file does not hold (e.g. ${first.at}${formula}), so ${cells > 1 ? 'they were' : 'it was'} not checked against qgrade's results: the program that wrote the file does not calculate formulas; open and save the file in Excel or WPS (which calculates and saves the results), then run again`,
  );
}

/**
 * The line for a derived value's column headed in another unit (`热水输出率(‰)` for a value in %): not compared,
 * since its figures are not the computed value's (newcomer-36 M2: a unit in the header skipped the check unsaid).
 */
function otherUnitLine(o: {
  column: string;
  written: string;
  unit: string | undefined;
  label: LocalizedText;
}): LocalizedText {
  return o.unit === undefined
    ? localized(
        `列“${o.column}”是计算值“${o.label.zh}”的列，但标题写了单位 ${o.written}，而该计算值未声明单位：未作为输入读取，也未与计算结果核对`,
        `column "${o.column}" is the computed value "${o.label.en}" in ${o.written}, but the value declares no unit: not read as an input, and not checked against qgrade's`,
      )
    : localized(
        `列“${o.column}”是计算值“${o.label.zh}”的列，但单位 ${o.written} 不是其单位 ${o.unit}：未作为输入读取，也未与计算结果核对`,
        `column "${o.column}" is the computed value "${o.label.en}" in ${o.written}, not in its unit ${o.unit}: not read as an input, and not checked against qgrade's`,
      );
}

/**
 * A header that is a derived value's label with a unit after it, as indicator headers are read
 * (`热水输出率(%)`, `热水输出率（%）`, `热水输出率/%`): the value's name, the unit as written, and whether it is the
 * value's declared unit. `undefined` when the text before the unit is no derived value's label, or what follows is
 * no unit (`热水输出率 备注`).
 */
function derivedWithUnit(
  column: string,
  computed: ReadonlyMap<string, string>,
  model: RuleSetModel,
): { name: string; written: string; same: boolean } | undefined {
  const derived = new Map(model.derived.map((d) => [d.name, d]));
  const found = splitHeaderUnit(
    column,
    (label) => {
      const name = computed.get(label.toLowerCase());
      return name !== undefined && derived.has(name) ? name : undefined;
    },
    (written, name) => {
      const unit = derived.get(name)!.unit;
      if (unit !== undefined && sameUnitKey(unitKey(written), unitKey(unit))) return 'same';
      return isKnownUnit(written) ? 'other' : undefined;
    },
  );
  return found && { name: found.named, written: found.written, same: found.same };
}

/** A heading and its cases: the first {@link SHOWN} and `…（另有 k 处）`, or all, {@link PER_LINE} a line. */
function listLines(
  head: LocalizedText,
  again: LocalizedText,
  continued: LocalizedText,
  cases: LocalizedText[],
  all: boolean,
): LocalizedText[] {
  if (!all) {
    const rest = cases.length - SHOWN;
    const shown = cases.slice(0, SHOWN);
    return [
      localized(
        `${head.zh}${shown.map((s) => s.zh).join('，')}${rest > 0 ? `，…（另有 ${rest} 处）` : ''}`,
        `${head.en}${shown.map((s) => s.en).join(', ')}${rest > 0 ? `, … (${rest} more)` : ''}`,
      ),
    ];
  }
  const out: LocalizedText[] = [];
  for (let i = 0; i < cases.length; i += PER_LINE) {
    const part = cases.slice(i, i + PER_LINE);
    const lead = i === 0 ? head : localized(`${again.zh}${continued.zh}`, `${again.en}${continued.en}`);
    out.push(
      localized(
        `${lead.zh}${part.map((s) => s.zh).join('，')}`,
        `${lead.en}${part.map((s) => s.en).join(', ')}`,
      ),
    );
  }
  return out;
}

/** The total score's usual spellings besides its label (folded). */
const TOTAL_WORDS = [
  '总分',
  '总得分',
  '综合得分',
  '综合评分',
  '得分合计',
  '合计得分',
  '加权总分',
  '总分数',
  'total',
  'total score',
  'overall score',
];

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

/**
 * A header folded, with the spaces inside a Chinese one taken out: a form pads
 * a two-character heading to the width of four (`总　分`, `等　级`).
 */
function compact(header: string): string {
  const folded = foldLabel(header).toLowerCase();
  return /\p{Script=Han}/u.test(folded) ? folded.replace(/\s+/gu, '') : folded;
}

/**
 * A header with the score unit and the full marks taken off (`质量绩效（分）`,
 * `质量绩效/分`, `质量绩效得分`, `总分（满分100）`), compacted.
 */
function scoreHeader(header: string): string {
  const folded = compact(header);
  return (
    folded
      .replace(/\s*\(满分[^)]*\)$/u, '')
      .replace(/\s*(?:\(分\)|\/\s*分|得分|\(score\)|score)$/u, '')
      .trim() || folded
  );
}

/**
 * Words a grade column is headed with: `等级`, `初评等级`, `评价等级`, `级别`,
 * `评价结果`, `评定结果`, `Grade`, `Level`.
 */
const GRADE_HEADER =
  /^(?:[\p{Script=Han}]{0,4}(?:等级|级别|评级|定级)|(?:评价|评定|评级|定级)结果|(?:[a-z ]{0,20} )?(?:grade|level|rating))$/u;

function isGradeHeader(header: string): boolean {
  return GRADE_HEADER.test(withoutBracketedEnd(compact(header)).trim());
}

/**
 * A text without the bracketed note that ends it (from the first opening bracket after the last closing one
 * before the end), as `/[(（][^)）]*[)）]$/u` took it off — in one scan back: that pattern tried each opening
 * bracket to the end, time growing with the square of a run of them (hostile-35 S1).
 */
function withoutBracketedEnd(text: string): string {
  const last = text.at(-1);
  if (last !== ')' && last !== '）') return text;
  let open = -1;
  for (let i = text.length - 2; i >= 0; i--) {
    const c = text[i];
    if (c === ')' || c === '）') break;
    if (c === '(' || c === '（') open = i;
  }
  return open < 0 ? text : text.slice(0, open);
}

/**
 * The grade a cell names by its label (zh, en) or id, or `undefined`; with
 * `prefix`, also by the start of exactly one grade's label, as an evaluator
 * types it short (`卓越` for 卓越级, `Exc` for Excellence; `Ex`, the start of
 * both Excellence and Experience, names none).
 */
function gradeOfCell(cell: string, model: RuleSetModel, prefix: boolean): string | undefined {
  const folded = compact(cell);
  const labels = (g: RuleSetModel['grades'][number]) => [compact(g.label.zh), compact(g.label.en)];
  for (const g of model.grades) if (folded === g.id.toLowerCase() || labels(g).includes(folded)) return g.id;
  if (!prefix || folded === '') return undefined;
  const starts = model.grades.filter((g) => labels(g).some((l) => l.startsWith(folded)));
  return starts.length === 1 ? starts[0]!.id : undefined;
}

/**
 * `true` when a cell says the computed value at the precision it is written
 * with (within half a unit of its last digit), else the computed value;
 * `undefined` for a cell that is no number, or a value not computed.
 */
function scoreCheck(
  cell: string,
  name: string,
  result: GradeResult,
  asItself: ReadonlySet<string>,
): true | Found | undefined {
  const written = parseDecimal(cell.normalize('NFKC'));
  if (!written) return undefined;
  const value = computedValue(name, result, asItself);
  if (value === undefined) return undefined;
  const said = Number(cell.normalize('NFKC'));
  const decimals = decimalsOf(cell.normalize('NFKC'));
  const tolerance = 0.5 * 10 ** -decimals;
  // A hair over the half unit: 64.375 written 64.38 or 64.37 (either rounding) is the same figure.
  if (Math.abs(said - value) <= tolerance * (1 + 1e-9) + 1e-12) return true;
  const text = String(Number(value.toFixed(Math.max(decimals + 2, 4))));
  return { computed: localized(text, text) };
}

/**
 * A computed value of a result: the total, a dimension's score, a derived value a requirement compared, or one
 * scored as an item's points themselves (newcomer-33 M4: `检验数字化得分 = b * 20`, compared by no requirement,
 * was not checked, though the docs say its column is).
 */
function computedValue(name: string, result: GradeResult, asItself: ReadonlySet<string>): number | undefined {
  if (name === 'totalScore' && result.scores) return result.scores.total ?? undefined;
  const dim = result.scores?.dimensions.find((d) => d.id === name);
  if (dim) return dim.score ?? undefined;
  for (const c of result.criteria)
    if (c.indicator === name && typeof c.value === 'number' && c.specimen === undefined) return c.value;
  if (asItself.has(name))
    for (const d of result.scores?.dimensions ?? [])
      for (const i of d.items ?? []) if (i.indicator === name && i.points !== null) return i.points;
  return undefined;
}

/** The derived values some scoring item takes as its points (no `points` map or bands): their points are their value. */
function scoredAsItself(model: RuleSetModel): Set<string> {
  const derived = new Set(model.derived.map((d) => d.name));
  const out = new Set<string>();
  for (const d of model.scoring?.dimensions ?? [])
    for (const i of d.items) if (!i.map && !i.bands && derived.has(i.indicator)) out.add(i.indicator);
  return out;
}

/**
 * A record as the run's other lists name it: its position among the records
 * and its kept columns (the sample id, the enterprise's name), `序号 33 企业甲`
 * / `row 33 企业甲`, as the table and the closing summary do.
 */
function recordName(item: Extract<InputItem, { record: unknown }>): LocalizedText {
  const kept = item.kept
    ? Object.fromEntries(Object.entries(item.kept).filter(([, v]) => v !== ''))
    : undefined;
  const word = recordWord([item]);
  return localized(
    `${word.zh} ${rowWithKept(item.row, kept, 'zh')}`,
    `${word.en} ${rowWithKept(item.row, kept, 'en')}`,
  );
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
