import type { BatchCounts, GroupCounts } from '../../batch/batch-summary';
import { notGradedColumns } from '../../batch/not-graded-columns';
import { UsageError } from '../../errors/usage-error';
import { criterionName, type distinctLabels } from '../../model/criterion-names';
import type { CriterionResult, GradeResult, NotGradedReason } from '../../model/grade-result';
import { keptValue } from '../../model/kept-values';
import type { ProvenanceDocument } from '../../model/rule-document';
import type { IndicatorInfo } from '../../resolve/rule-set';
import { belowOnlyGrade, nonconformingText } from '../../text/below-only-grade';
import { type Language, type LocalizedText, localized } from '../../text/localized-text';
import { countText } from '../../text/number-text';
import { capHoldsText } from '../cap-text';
import { nextGradeLead } from '../next-grade-lead';
import { rowHeading } from '../row-heading';
import { allTogetherText, shortfallText, shownScores } from '../score-text';
import { criterionFigures } from '../summarize-result';
import { ruleSetRows } from './rule-set-rows';
import { NOT_GRADED_TEXT, WORKBOOK_TEXT as T } from './workbook-text';
import {
  type SheetCell,
  type SheetSpec,
  type ShownNumber,
  shownNumber,
  writeWorkbook,
} from './write-workbook';

/**
 * What the grade workbook says about the rule set.
 *
 * @example
 * const about: WorkbookRuleSet = ruleSet; // a loaded RuleSet fits
 */
export interface WorkbookRuleSet {
  id: string;
  version: string;
  title?: LocalizedText;
  /** The ladder, lowest first. */
  grades: readonly { id: string; label: LocalizedText }[];
  /** For the labels of invalid fields. */
  indicators?: readonly IndicatorInfo[];
  /** How sure its figures are: a row of the summary sheet says so (the level in words, and the note). */
  provenance?: ProvenanceDocument;
  /** The rule file as written: a scored rule set's dimensions head a column each (else the first scored result's). */
  document?: { scoring?: { dimensions: readonly { id: string; label: LocalizedText }[] } };
}

/**
 * How the grade workbook is written.
 *
 * @example
 * const options: GradeWorkbookOptions = { lang: 'zh', keptColumns: ['型号'] };
 */
export interface GradeWorkbookOptions {
  /** Language of headings, labels and explanations. */
  lang: Language;
  /** The kept columns, in order (default: every column given to {@link GradeWorkbook.add}, in the order first seen). */
  keptColumns?: readonly string[];
  /** Most records the workbook takes (default {@link MAX_WORKBOOK_RECORDS}). */
  maxRecords?: number;
  /** The column the records were counted by ({@link BatchCounts.groups}), heading the sheet of counts per group. */
  tallyBy?: string;
  /**
   * Labels that tell apart requirements of one label and grade, by id ({@link distinctLabels}:
   * `磷 P（Q390、Q390N）`); without them two such read alike in the list of failing requirements.
   */
  labels?: ReadonlyMap<string, LocalizedText>;
}

/**
 * Most records `-f xlsx` writes: a workbook is built in memory (about 4 KB
 * per record while it is written), so, as for reading, 100,000; more is a
 * usage error saying to write CSV or NDJSON, which stream.
 */
export const MAX_WORKBOOK_RECORDS = 100_000;

/** In the reports' one order (see `NOT_GRADED_ORDER`, committee-45). */
const REASONS = ['below-lowest-grade', 'out-of-scope', 'gate-failed'] as const;

/**
 * The workbook `qgrade grade -f xlsx` writes, built one result at a time.
 * It keeps a few texts per record, not the results, so 100,000 records
 * take tens of megabytes; the workbook is written at the end.
 *
 * - **Results** (结果): the kept columns (a sample's id, 型号, …), then row,
 *   grade, grade label, why it is not graded, the requirements that hold
 *   it down (label, value and limit), the explanation in full, and the
 *   criterion ids (for filtering).
 * - **Summary** (汇总): records per grade (highest first), not graded by
 *   reason, invalid (with the first rows), the total, the most frequent
 *   failing requirements, the rule set, and how sure its figures are (数值来源).
 * - **By group** (分组统计), when the counts have groups ({@link BatchCounts.groups}):
 *   a row per group, in order of first appearance, with records per grade
 *   (highest first, 0 written), not graded, invalid and the total; the values
 *   past the bound as one row, `（其他）` ({@link BatchCounts.otherGroups}); a total row last.
 *
 * Every sheet with a frozen header row, and columns as wide as their text.
 *
 * @example
 * const book = new GradeWorkbook(ruleSet, { lang: 'zh' });
 * const summary = new BatchSummary(ruleSet.grades);
 * for await (const result of gradeFile(grader, 'samples.xlsx')) {
 *   book.add(result, { 型号: '…' });
 *   summary.add(result);
 * }
 * await writeFile('graded.xlsx', await book.toBuffer(summary.counts()));
 */
export class GradeWorkbook {
  readonly #ruleSet: WorkbookRuleSet;
  /** Each grade's label by id, in the workbook's language: requirements are named with it. */
  readonly #gradeLabels: ReadonlyMap<string, string>;
  readonly #lang: Language;
  readonly #keptColumns: string[];
  readonly #fixedColumns: boolean;
  readonly #rows: SheetCell[][] = [];
  readonly #kept: (Readonly<Record<string, string>> | undefined)[] = [];
  readonly #labels = new Map<string, Pick<CriterionResult, 'label' | 'grade' | 'effect' | 'capAt'>>();
  readonly #maxRecords: number;
  readonly #tallyBy: string | undefined;
  readonly #distinct: ReadonlyMap<string, LocalizedText>;
  /** A scored rule set's dimensions, from the first result with scores: a column each, after the total's. */
  #dimensions: readonly { id: string; label: LocalizedText }[] | undefined;
  /** Per record: the total and each dimension's score (an interval's text when computed from a marked value), `null` where there is none (an invalid record). */
  readonly #scores: (readonly (ShownNumber | string | null)[] | undefined)[] = [];

  constructor(ruleSet: WorkbookRuleSet, options: GradeWorkbookOptions) {
    this.#ruleSet = ruleSet;
    this.#gradeLabels = new Map(ruleSet.grades.map((g) => [g.id, g.label[options.lang]]));
    this.#tallyBy = options.tallyBy;
    this.#distinct = options.labels ?? new Map();
    this.#dimensions = ruleSet.document?.scoring?.dimensions.map((d) => ({ id: d.id, label: d.label }));
    this.#maxRecords = options.maxRecords ?? MAX_WORKBOOK_RECORDS;
    this.#lang = options.lang;
    this.#keptColumns = [...(options.keptColumns ?? [])];
    this.#fixedColumns = options.keptColumns !== undefined;
  }

  /**
   * Adds one result, with the record's kept columns.
   *
   * @param kept - column → value, e.g. `{ 型号: 'KFR-35GW/B3' }`
   * @throws {@link UsageError} past the most records a workbook takes
   */
  add(result: GradeResult, kept?: Readonly<Record<string, string>>): void {
    if (this.#rows.length >= this.#maxRecords) {
      const n = countText(this.#maxRecords);
      throw new UsageError(
        localized(
          `-f xlsx 最多写入 ${n} 条记录，而记录更多：请用 -f csv 或 -f ndjson，它们可以流式写出`,
          `-f xlsx writes at most ${n} records, and there are more: write -f csv or -f ndjson, which stream`,
        ),
      );
    }
    const lang = this.#lang;
    const holding = holdingCriteria(result);
    for (const c of result.criteria)
      if (c.passed === false && !this.#labels.has(c.id))
        this.#labels.set(c.id, {
          label: c.label,
          grade: c.grade,
          effect: c.effect,
          ...(c.capAt !== undefined ? { capAt: c.capAt } : {}),
        });
    const invalidFields = [...new Set((result.errors ?? []).map((e) => e.field))];
    const code = result.notGradedReason?.code;
    this.#rows.push([
      result.row ?? this.#rows.length + 1,
      result.grade ?? '',
      // Below a conformity rule set's one grade: 不合格, not a blank that reads as "not assessed".
      result.label?.[lang] ?? nonconformingText(code, this.#ruleSet.grades, true)?.[lang] ?? '',
      code ? this.#reasonText(code)[lang] : '',
      result.errors
        ? invalidFields.map((f) => this.#fieldLabel(f)).join(separator(lang))
        : holding.map((c) => criterionBrief(c, lang)).join(separator(lang)),
      explanation(result, lang, this.#ruleSet.grades),
      result.errors
        ? invalidFields.map((f) => f || T.wholeRecord[lang]).join('; ')
        : holding.map((c) => c.id).join('; '),
    ]);
    this.#kept.push(kept);
    const scores = result.scores;
    if (scores) {
      this.#dimensions ??= scores.dimensions.map((d) => ({ id: d.id, label: d.label }));
      // Each score whole in its cell, shown as the explanation shows it (89.63, not 89.6266666666667).
      const shown = shownScores(result);
      // A score computed from a value written with a rounding mark is the interval it lies in (`[89.875, 90)`), as
      // text, as the CSV's explanation writes it: not the number graded (89.99999975) as if it were exact.
      const cell = (score: number | null, text: string | undefined, written: string | undefined) =>
        score === null || text === undefined ? null : (written ?? shownNumber(score, text));
      this.#scores[this.#rows.length - 1] = [
        cell(scores.total, shown.total, scores.totalWritten),
        ...this.#dimensions.map((d) => {
          const i = scores.dimensions.findIndex((x) => x.id === d.id);
          const dim = scores.dimensions[i];
          return i < 0 ? null : cell(dim!.score, shown.dimensions[i], dim!.written);
        }),
      ];
    }
    if (kept && !this.#fixedColumns) {
      for (const column of Object.keys(kept))
        if (!this.#keptColumns.includes(column)) this.#keptColumns.push(column);
    }
  }

  /**
   * The sheets (results, summary, and by group when the counts have groups), as {@link writeWorkbook} takes them.
   *
   * @param notices - what reading the input said (a default in force, rows skipped as notes): rows of the
   *   summary sheet, for whoever opens the workbook and never saw stderr
   * @param tallies - the counts per group of several columns (`grade --tally-by` given more than once): a
   *   sheet each, in this order, named `分组统计·<column>` / `By group · <column>` (cut to Excel's 31
   *   characters, made distinct), instead of the one sheet of `counts`' groups
   */
  sheets(
    counts: BatchCounts,
    notices: readonly LocalizedText[] = [],
    tallies?: readonly { column: string; counts: BatchCounts }[],
  ): SheetSpec[] {
    const lang = this.#lang;
    const kept = this.#keptColumns;
    const dims = this.#dimensions;
    const results: SheetSpec = {
      name: T.results[lang],
      header: [
        ...kept,
        rowHeading(T.row, lang, kept),
        ...[T.grade, T.gradeLabel, T.notGradedBecause, T.heldDownBy, T.explanation, T.criterionIds].map(
          (t) => t[lang],
        ),
        // A scored rule set: the total and each dimension's score, after the columns every rule set has.
        ...(dims ? [T.totalScore[lang], ...dims.map((d) => d.label[lang])] : []),
      ],
      rows: this.#rows.map((row, i) => {
        const values = this.#kept[i];
        const cells = kept.length === 0 ? row : [...kept.map((k) => keptValue(values, k) ?? ''), ...row];
        if (!dims) return cells;
        return [...cells, ...(this.#scores[i] ?? Array.from({ length: dims.length + 1 }, () => null))];
      }),
      frozenColumns: kept.length,
    };
    const sheets = [results, this.#summary(counts, notices)];
    if (tallies)
      for (const t of tallies)
        if (t.counts.groups) {
          const name = `${T.byGroup[lang]}${lang === 'zh' ? '·' : ' · '}${t.column}`;
          sheets.push(this.#byGroup(t.counts, t.counts.groups, t.column, name));
        }
    if (!tallies && counts.groups) sheets.push(this.#byGroup(counts, counts.groups));
    return sheets;
  }

  #byGroup(
    c: BatchCounts,
    groups: readonly GroupCounts[],
    column = this.#tallyBy,
    name: string = T.byGroup[this.#lang],
  ): SheetSpec {
    return byGroupSheet(this.#ruleSet, this.#lang, c, groups, column, name);
  }

  /** The workbook's bytes; `notices` and `tallies` as {@link GradeWorkbook.sheets} takes them. */
  toBuffer(
    counts: BatchCounts,
    notices: readonly LocalizedText[] = [],
    tallies?: readonly { column: string; counts: BatchCounts }[],
  ): Promise<Buffer> {
    return writeWorkbook(this.sheets(counts, notices, tallies));
  }

  #summary(c: BatchCounts, notices: readonly LocalizedText[]): SheetSpec {
    const lang = this.#lang;
    const zh = lang === 'zh';
    const rows: SheetCell[][] = [];
    for (const g of [...this.#ruleSet.grades].reverse()) {
      // The id in the note column: a zh sheet's item reads 合格, not 合格 (conforming) (committee-22 F13).
      rows.push([T.grade[lang], g.label[lang], c.graded[g.id] ?? 0, idNote(g.id, zh)]);
    }
    let notGraded = 0;
    // Below a one-grade rule set's grade: 不合格 / Nonconforming, a figure of its own, as the summary on stderr
    // counts it (fix-output-31 §5), not a part of 不分级.
    const oneGrade = belowOnlyGrade(this.#ruleSet.grades) !== undefined;
    const failed = oneGrade ? (c.notGraded['below-lowest-grade'] ?? 0) : 0;
    for (const code of REASONS) {
      const n = c.notGraded[code] ?? 0;
      notGraded += n;
      // "否决项不合格 0" read as though the rule set had a veto item that was checked (committee-29): only when one failed.
      if (code === 'gate-failed' && n === 0) continue;
      const category = oneGrade && code === 'below-lowest-grade' ? T.nonconforming : T.notGraded;
      rows.push([category[lang], this.#reasonText(code)[lang], n, '']);
    }
    const more = c.invalid > c.invalidRows.length ? ' …' : '';
    rows.push([
      T.invalid[lang],
      T.invalidRecords[lang],
      c.invalid,
      c.invalid > 0 ? `${zh ? '序号' : 'rows'} ${c.invalidRows.join(zh ? '、' : ', ')}${more}` : '',
    ]);
    const graded = c.total - notGraded - c.invalid;
    rows.push([
      T.total[lang],
      T.allRecords[lang],
      c.total,
      zh
        ? `已分级 ${graded}${oneGrade ? `，不合格 ${failed}` : ''}，不分级 ${notGraded - failed}，无效 ${c.invalid}`
        : `${graded} graded${oneGrade ? `, ${failed} nonconforming` : ''}, ${notGraded - failed} not graded, ${c.invalid} invalid`,
    ]);
    for (const f of c.failing) {
      const seen = this.#labels.get(f.id);
      const label = seen
        ? criterionName(
            { ...seen, label: this.#distinct.get(f.id) ?? seen.label },
            this.#lang,
            this.#gradeLabels,
          )
        : undefined;
      rows.push([T.failing[lang], label ?? f.id, f.count, label ? idNote(f.id, zh) : '']);
    }
    rows.push(...ruleSetRows(this.#ruleSet, notices, lang));
    return {
      name: T.summary[lang],
      header: [T.category[lang], T.item[lang], T.records[lang], T.note[lang]],
      rows,
    };
  }

  /** Why records are not graded, as a cell says it: `未达到合格` under a rule set of one grade (hostile-23 M7). */
  #reasonText(code: NotGradedReason['code']): LocalizedText {
    return (
      (code === 'below-lowest-grade' ? belowOnlyGrade(this.#ruleSet.grades) : undefined) ??
      NOT_GRADED_TEXT[code]
    );
  }

  #fieldLabel(field: string): string {
    if (field === '') return T.wholeRecord[this.#lang];
    const indicator = this.#ruleSet.indicators?.find((i) => i.name === field);
    return indicator ? indicator.label[this.#lang] : field;
  }
}

function separator(lang: Language): string {
  return lang === 'zh' ? '；' : '; ';
}

/**
 * The requirements that keep a record where it is: the next grade's blockers (a failed veto among them, with the
 * grade's own failures beside it, as CSV's `blockers` lists them), else those that put it out of scope or vetoed it.
 */
function holdingCriteria(result: GradeResult): CriterionResult[] {
  if (result.errors) return [];
  const blockers = result.nextGrade?.blockers;
  if (blockers?.length) return blockers;
  const reason = result.notGradedReason;
  if (reason && (reason.code === 'out-of-scope' || reason.code === 'gate-failed')) {
    const ids = new Set(reason.criteria);
    return result.criteria.filter((c) => ids.has(c.id) && c.passed === false);
  }
  return [];
}

/**
 * A requirement in a few words, as the table's short texts say it, named by
 * its label: `全年能源消耗效率 APF 4.62（≥ 5.00）`.
 */
function criterionBrief(c: CriterionResult, lang: Language): string {
  return c.label[lang] + criterionFigures(c, lang, T.missing[lang]);
}

function explanation(result: GradeResult, lang: Language, grades: WorkbookRuleSet['grades']): string {
  if (result.notGradedReason) return result.notGradedReason.message[lang];
  const next = result.nextGrade;
  if (!next) return T.topGrade[lang];
  // A veto that holds the record below its scores' grade first: the evaluator's "and without it?".
  const capped = capHoldsText(result, grades, lang);
  const sentence = lang === 'zh' ? '。' : '. ';
  const head = capped ? capped + sentence : '';
  const blockers = next.blockers.map((b) => b.message[lang]).join(separator(lang));
  // What a score lacks, and one item that lifts it, after the blockers: the figures an assessor passes on.
  const lifts = (result.scores?.shortfalls ?? []).map((s) => shortfallText(s, result, lang));
  // Several scores short, each with its own "e.g.": one of them raised alone lifts nothing.
  const together = allTogetherText(result, lang);
  if (together !== undefined) lifts.unshift(together);
  return head + nextGradeLead(result, lang) + blockers + lifts.map((l) => sentence + l).join('');
}

/** An id in the summary's note column, for a reader matching rows with the results' ids. */
function idNote(id: string, zh: boolean): string {
  return zh ? `标识 ${id}` : `id ${id}`;
}

/**
 * The sheet of counts per value of a `--tally-by` column (分组统计 / By group): a row per value, the values past
 * the bound as one, no value last, a total row; the counts as numbers, the first column frozen. A lot workbook's
 * tally (`grade --group-by --tally-by`) counts groups in the same shape.
 *
 * @param name - the sheet's name (a column of several: `分组统计·<column>`)
 */
export function byGroupSheet(
  ruleSet: Pick<WorkbookRuleSet, 'grades'>,
  lang: Language,
  c: BatchCounts,
  groups: readonly GroupCounts[],
  column: string | undefined,
  name: string,
): SheetSpec {
  const grades = [...ruleSet.grades].reverse();
  // Not graded split by reason, as the summary sheet splits it: only the reasons that occur (committee-24 F9).
  const reasons = notGradedColumns(c.notGraded, ruleSet.grades);
  const counts = (g: Omit<GroupCounts, 'key'>) => [
    ...grades.map((x) => g.graded[x.id] ?? 0),
    ...reasons.map((r) => g.notGraded[r.code as (typeof REASONS)[number]] ?? 0),
    g.invalid,
    g.total,
  ];
  return {
    name,
    header: [
      column ?? T.group[lang],
      ...grades.map((g) => g.label[lang]),
      ...reasons.map((r) => r.label[lang]),
      T.invalid[lang],
      T.total[lang],
    ],
    rows: [
      // The values past the bound, as one row, before the records with no value (always last).
      ...groups.filter((g) => g.key !== '').map((g) => [g.key, ...counts(g)]),
      ...(c.otherGroups ? [[T.otherValues[lang], ...counts(c.otherGroups)]] : []),
      ...groups.filter((g) => g.key === '').map((g) => [T.noValue[lang], ...counts(g)]),
      [T.total[lang], ...counts(c)],
    ],
    frozenColumns: 1,
  };
}
