import type { ValueFigure } from '../compile/shown-value';
import { figureText } from '../compile/shown-value';
import { statisticFigures } from '../explain/explain-group';
import { heldBelowLowest } from '../grade/grade-group';
import { groupKeyText } from '../grade/group-key';
import type { GroupNotGradedReason, GroupResult } from '../model/group-result';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import { belowOnlyGrade, nonconformingText } from '../text/below-only-grade';
import type { Language, LocalizedText } from '../text/localized-text';
import { groupExplanation } from './group-writer';
import { WORKBOOK_TEXT as T } from './xlsx/workbook-text';

/** A statistic of the rule set's group grading, as a lot report heads its column: `CV of … (%)`. */
export interface LotStatistic {
  id: string;
  /** Its label, with its unit in brackets when it has one. */
  heading: string;
}

/** One lot (group) as a report's row shows it, in one language; the figures as the table and CSV show them. */
export interface LotRow {
  /** The key as given (`""`: the records with no key). */
  key: string;
  /** The key as shown: `（无值）` for none. */
  keyText: string;
  first: number;
  last: number;
  records: number;
  /** Records in the lot that are not valid. */
  invalid: number;
  grade: string | null;
  /** The grade's label, `不合格` below a one-grade rule set's grade, else `不分级` / `Not graded`. */
  gradeText: string;
  /** Where its first and last records are in the input (a sheet row, a CSV line), when read from a file. */
  places?: NonNullable<GroupResult['rows']['places']>;
  /** Why the lot is not graded, by code; absent when graded. */
  reason?: GroupNotGradedReason['code'];
  /** Why it is not graded, or what holds it below the next grade ({@link groupExplanation}); `""` at the top. */
  explanation: string;
  /** Each statistic's value, as the explanation shows it (`2.5`), with the value itself; `null` when not computed. */
  statistics: ({ text: string; value: number } | null)[];
  /** Each group requirement as the table's block says it: met or not, its grade's label, and its message. */
  criteria: { id: string; passed: boolean; grade: string; message: string; note?: string }[];
  /** Each statistic's sentence (value, count, the lowest and highest records). */
  statisticLines: string[];
}

/**
 * The lots of a `grade --group-by` run, gathered for the HTML report and the
 * workbook: a row per lot (up to `max`), and the counts of every lot by
 * grade and by reason not graded. A row keeps a few texts, not the result.
 *
 * @example
 * const lots = new GroupLots(ruleSet, 'zh');
 * for (const result of results) lots.add(result);
 * lots.rows[0]?.gradeText; // '优等品'
 */
export class GroupLots {
  readonly rows: LotRow[] = [];
  /** The lots per grade id. */
  readonly byGrade = new Map<string, number>();
  /** The lots not graded, per reason. */
  readonly notGraded = new Map<GroupNotGradedReason['code'], number>();
  /** Every lot added. */
  total = 0;
  /** Lots with at least one invalid record. */
  withInvalid = 0;
  readonly statistics: readonly LotStatistic[];
  readonly #figures: ReadonlyMap<string, ValueFigure>;
  readonly #ruleSet: RuleSet;
  readonly #lang: Language;
  readonly #max: number;
  readonly #notes: ReadonlyMap<string, LocalizedText>;

  /**
   * @param max - lots listed in {@link GroupLots.rows}; every lot is counted
   * @param notes - group requirements' notes by id (`groupCriterionNotes`): the illustrative figures say so
   */
  constructor(
    ruleSet: RuleSet,
    lang: Language,
    max = Number.POSITIVE_INFINITY,
    notes: ReadonlyMap<string, LocalizedText> = new Map(),
  ) {
    this.#ruleSet = ruleSet;
    this.#lang = lang;
    this.#max = max;
    this.#notes = notes;
    const group = modelOf(ruleSet).group;
    this.#figures = group ? statisticFigures(group) : new Map();
    this.statistics = (group?.statistics ?? []).map((s) => {
      const unit = s.unit;
      const label = s.label[lang];
      return { id: s.name, heading: unit ? `${label} (${unit})` : label };
    });
  }

  /** Counts one lot, and lists it while fewer than `max` are listed. */
  add(r: GroupResult): void {
    const lang = this.#lang;
    this.total++;
    if (r.records.invalid > 0) this.withInvalid++;
    // A lot held below the lowest grade by a specimen fails it: counted and named so, not "records not graded"
    // beside lots with data problems (committee-37 M3).
    const code = heldBelowLowest(r) ? 'below-lowest-grade' : r.notGradedReason?.code;
    if (r.grade !== null) this.byGrade.set(r.grade, (this.byGrade.get(r.grade) ?? 0) + 1);
    else if (code) this.notGraded.set(code, (this.notGraded.get(code) ?? 0) + 1);
    if (this.rows.length >= this.#max) return;
    const byId = new Map(r.statistics.map((s) => [s.id, s]));
    const labels = new Map(this.#ruleSet.grades.map((g) => [g.id, g.label[lang]]));
    this.rows.push({
      key: r.group,
      keyText: groupKeyText(r.group)[lang],
      first: r.rows.first,
      last: r.rows.last,
      records: r.records.count,
      invalid: r.records.invalid,
      grade: r.grade,
      gradeText: this.gradeText(r.grade, code),
      ...(r.rows.places ? { places: r.rows.places } : {}),
      ...(code ? { reason: code } : {}),
      explanation: groupExplanation(r, lang),
      statistics: this.statistics.map((s) => {
        const v = byId.get(s.id)?.value;
        if (v === null || v === undefined) return null;
        const figure = this.#figures.get(s.id);
        return { value: v, text: figure ? figureText(figure, v) : String(v) };
      }),
      criteria: r.criteria.map((c) => {
        const note = this.#notes.get(c.id)?.[lang];
        return {
          id: c.id,
          passed: c.passed,
          grade: labels.get(c.grade) ?? c.grade,
          message: c.message[lang],
          ...(note !== undefined ? { note } : {}),
        };
      }),
      statisticLines: r.statistics.map((s) => s.message[lang]),
    });
  }

  /** A lot's grade as shown: its label; `不合格` below a one-grade rule set's grade; else `不分级`. */
  gradeText(grade: string | null, code?: GroupNotGradedReason['code']): string {
    const lang = this.#lang;
    const found = grade === null ? undefined : this.#ruleSet.grades.find((g) => g.id === grade);
    if (found) return found.label[lang];
    return (
      nonconformingText(code, this.#ruleSet.grades, true)?.[lang] ?? (lang === 'zh' ? '不分级' : 'Not graded')
    );
  }

  /** A reason a lot is not graded, in a few words: `未达到合格` under a rule set of one grade. */
  reasonText(code: GroupNotGradedReason['code']): string {
    const only = code === 'below-lowest-grade' ? belowOnlyGrade(this.#ruleSet.grades, true) : undefined;
    return (only ?? LOT_REASON_TEXT[code])[this.#lang];
  }
}

/** Why a lot is not graded, in a few words. */
const LOT_REASON_TEXT: Record<GroupNotGradedReason['code'], LocalizedText> = {
  'invalid-record': { zh: '含无效记录', en: 'invalid records' },
  'mixed-values': { zh: '组内取值不一', en: 'mixed values' },
  'record-not-graded': { zh: '含不分级的记录', en: 'records not graded' },
  'out-of-scope': { zh: '记录均超出适用范围', en: 'all records out of scope' },
  'below-lowest-grade': { zh: '未达最低等级', en: 'below the lowest grade' },
};

/**
 * A lot's first and last rows as a workbook gives them, with the headings that say what they count: the input's
 * sheet rows or lines where the lots have them (committee-37 M5: record 1 is sheet row 5 under a title), else record
 * numbers, headed so.
 *
 * @example
 * lotRowColumns(lots.rows).first(lots.rows[0]); // 5, under 首行（工作表行号）
 */
export function lotRowColumns(rows: readonly { first: number; last: number; places?: LotRow['places'] }[]): {
  headings: { first: LocalizedText; last: LocalizedText };
  first: (r: (typeof rows)[number]) => number;
  last: (r: (typeof rows)[number]) => number;
} {
  const place = rows.find((r) => r.places)?.places?.first;
  if (place === undefined || rows.some((r) => !r.places))
    return {
      headings: { first: T.firstRecord, last: T.lastRecord },
      first: (r) => r.first,
      last: (r) => r.last,
    };
  const at = (p: { line: number } | { sheetRow: number }) => ('line' in p ? p.line : p.sheetRow);
  return {
    headings:
      'line' in place
        ? { first: T.firstLine, last: T.lastLine }
        : { first: T.firstSheetRow, last: T.lastSheetRow },
    first: (r) => at(r.places!.first),
    last: (r) => at(r.places!.last),
  };
}
