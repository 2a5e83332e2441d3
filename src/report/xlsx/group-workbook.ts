import type { BatchCounts } from '../../batch/batch-summary';
import { UsageError } from '../../errors/usage-error';
import type { GroupResult } from '../../model/group-result';
import type { RuleSet } from '../../resolve/rule-set';
import { type Language, type LocalizedText, localized } from '../../text/localized-text';
import { countText } from '../../text/number-text';
import { GroupLots, lotRowColumns } from '../group-lots';
import { byGroupSheet, MAX_WORKBOOK_RECORDS } from './grade-workbook';
import { ruleSetRows } from './rule-set-rows';
import { WORKBOOK_TEXT as T } from './workbook-text';
import { type SheetCell, type SheetSpec, shownNumber, writeWorkbook } from './write-workbook';

/**
 * The workbook `qgrade grade --group-by <column> -f xlsx` writes, built one
 * group at a time (a few texts per group):
 *
 * - **Groups** (各组): a row per group — its key, first and last row,
 *   records, invalid records, grade and its label (`不合格` below a one-grade
 *   rule set's grade), why it is not graded, each statistic (a number, shown
 *   to the digits of its explanation), what holds it down, and the failing
 *   requirements' ids.
 * - **Summary** (汇总): the groups per grade (highest first), not graded by
 *   reason (those with invalid records once, under that reason), the total
 *   (the rows above add up to it), the rule set and how sure its figures are
 *   (数值来源), and what reading the input said.
 *
 * @example
 * const book = new GroupWorkbook(ruleSet, { lang: 'zh', column: 'lot' });
 * for await (const result of gradeGroups(...)) book.add(result);
 * await writeFile('lots.xlsx', await book.toBuffer());
 */
export class GroupWorkbook {
  readonly #ruleSet: RuleSet;
  readonly #lang: Language;
  readonly #column: string;
  readonly #lots: GroupLots;
  readonly #failing: string[] = [];

  /** @param options - `column`: the `--group-by` column, heading the key column; `notes`: group requirements' notes */
  constructor(
    ruleSet: RuleSet,
    options: { lang: Language; column: string; notes?: ReadonlyMap<string, LocalizedText> },
  ) {
    this.#ruleSet = ruleSet;
    this.#lang = options.lang;
    this.#column = options.column;
    this.#lots = new GroupLots(ruleSet, options.lang, Number.POSITIVE_INFINITY, options.notes);
  }

  /**
   * Adds one group's result.
   *
   * @throws {@link UsageError} past the most rows a workbook takes ({@link MAX_WORKBOOK_RECORDS})
   */
  add(result: GroupResult): void {
    if (this.#lots.total >= MAX_WORKBOOK_RECORDS) {
      const n = countText(MAX_WORKBOOK_RECORDS);
      throw new UsageError(
        localized(
          `-f xlsx 最多写入 ${n} 组，而组更多：请用 -f csv 或 -f ndjson，它们可以流式写出`,
          `-f xlsx writes at most ${n} groups, and there are more: write -f csv or -f ndjson, which stream`,
        ),
      );
    }
    this.#lots.add(result);
    this.#failing.push(
      result.criteria
        .filter((c) => !c.passed)
        .map((c) => c.id)
        .join('; '),
    );
  }

  /**
   * The sheets, as {@link writeWorkbook} takes them; `notices`: rows of the summary sheet; `tallies`
   * (`--tally-by`): the groups counted per value of each column, a sheet each after the summary, named as
   * `grade --tally-by`'s (分组统计 / By group; several: `分组统计·<column>`).
   */
  sheets(
    notices: readonly LocalizedText[] = [],
    tallies: readonly { column: string; counts: BatchCounts }[] = [],
  ): SheetSpec[] {
    const lang = this.#lang;
    const lots = this.#lots;
    // The input's sheet rows or lines, where a committee looks a lot up (committee-37 M5), headed so.
    const at = lotRowColumns(lots.rows);
    const groups: SheetSpec = {
      name: LOT_TEXT.groups[lang],
      header: [
        this.#column,
        at.headings.first[lang],
        at.headings.last[lang],
        T.records[lang],
        T.invalidRecords[lang],
        T.grade[lang],
        T.gradeLabel[lang],
        T.notGradedBecause[lang],
        ...lots.statistics.map((s) => s.heading),
        T.explanation[lang],
        T.criterionIds[lang],
      ],
      rows: lots.rows.map((r, i) => [
        r.keyText,
        at.first(r),
        at.last(r),
        r.records,
        r.invalid,
        r.grade ?? '',
        r.gradeText,
        r.reason ? lots.reasonText(r.reason) : '',
        ...r.statistics.map((s) => (s === null ? null : shownNumber(s.value, s.text))),
        r.explanation === '' ? T.topGrade[lang] : r.explanation,
        this.#failing[i] ?? '',
      ]),
      frozenColumns: 1,
    };
    const byValue = tallies.flatMap((t) =>
      t.counts.groups
        ? [
            byGroupSheet(
              this.#ruleSet,
              lang,
              t.counts,
              t.counts.groups,
              t.column,
              tallies.length === 1
                ? T.byGroup[lang]
                : `${T.byGroup[lang]}${lang === 'zh' ? '·' : ' · '}${t.column}`,
            ),
          ]
        : [],
    );
    return [groups, this.#summary(notices), ...byValue];
  }

  /** The workbook's bytes; `notices` and `tallies` as {@link GroupWorkbook.sheets} takes them. */
  toBuffer(
    notices: readonly LocalizedText[] = [],
    tallies: readonly { column: string; counts: BatchCounts }[] = [],
  ): Promise<Buffer> {
    return writeWorkbook(this.sheets(notices, tallies));
  }

  #summary(notices: readonly LocalizedText[]): SheetSpec {
    const lang = this.#lang;
    const zh = lang === 'zh';
    const lots = this.#lots;
    const rows: SheetCell[][] = [];
    for (const g of [...this.#ruleSet.grades].reverse())
      rows.push([
        T.grade[lang],
        g.label[lang],
        lots.byGrade.get(g.id) ?? 0,
        zh ? `标识 ${g.id}` : `id ${g.id}`,
      ]);
    let notGraded = 0;
    let failed = 0;
    const one = this.#ruleSet.grades.length === 1;
    for (const [code, count] of lots.notGraded) {
      notGraded += count;
      // Below a one-grade rule set's grade: 不合格, as the per-record workbook says it.
      const oneGrade = code === 'below-lowest-grade' && this.#ruleSet.grades.length === 1;
      if (oneGrade) failed += count;
      rows.push([(oneGrade ? T.nonconforming : T.notGraded)[lang], lots.reasonText(code), count, '']);
    }
    // A group with an invalid record is counted once, under "not graded" for its invalid records: a second row
    // made the Groups column add up to more than all groups (committee-34 M6).
    rows.push([
      T.total[lang],
      LOT_TEXT.allGroups[lang],
      lots.total,
      // Nonconforming beside graded, not inside "not graded", as the per-record workbook's total (xlsx-committee-43).
      zh
        ? `已分级 ${lots.total - notGraded}${one ? `，不合格 ${failed}` : ''}，不分级 ${notGraded - failed}`
        : `${lots.total - notGraded} graded${one ? `, ${failed} nonconforming` : ''}, ${notGraded - failed} not graded`,
    ]);
    rows.push(...ruleSetRows(this.#ruleSet, notices, lang));
    return {
      name: T.summary[lang],
      header: [T.category[lang], T.item[lang], T.groups[lang], T.note[lang]],
      rows,
    };
  }
}

const LOT_TEXT = {
  groups: { zh: '各组', en: 'Groups' },
  allGroups: { zh: '全部组', en: 'All groups' },
} as const satisfies Record<string, LocalizedText>;
