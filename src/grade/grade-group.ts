import { LISTED_RECORDS, type RecordPlace, StatisticAccumulator } from '../compile/group-statistics';
import {
  explainGroupCriterion,
  explainStatistic,
  recordText,
  siblingFigures,
  statisticFigures,
} from '../explain/explain-group';
import { ruleSetRef } from '../explain/rule-set-ref';
import type { GradeResult } from '../model/grade-result';
import type { GroupCriterionResult, GroupResult, RecordRef } from '../model/group-result';
import type { RuleSetModel } from '../model/rule-set-model';
import { belowText } from '../text/below-only-grade';
import { type LocalizedText, localized } from '../text/localized-text';

/** One graded record of a group: where it is, its result, and its values by slot (`null` when invalid). */
export interface GroupMember extends RecordPlace {
  result: GradeResult;
  values: readonly unknown[] | null;
}

/**
 * Grades one group of records as a unit, record by record as they stream in:
 * memory holds the statistics' running sums and a bounded list of named
 * records ({@link LISTED_RECORDS} each), never the records themselves.
 *
 * The group's grade is the lowest of: the grade every record reaches, and
 * the highest grade whose group requirements (and those of every grade below
 * it) the statistics meet. A group with an invalid record, or a record that
 * is not graded, is not graded; its statistics are still shown.
 */
export class GroupGrading {
  readonly #model: RuleSetModel;
  readonly #key: string;
  readonly #stats: StatisticAccumulator[];
  /** For each statistic counting a criterion's passes: the criterion's index in a record's results. */
  readonly #criterionIndex: (number | undefined)[];
  readonly #byGrade = new Map<string, number>();
  #count = 0;
  #invalid = 0;
  #notGraded = 0;
  #first = 0;
  #last = 0;
  /** Lowest record grade index so far; -1 once a record is not graded or invalid. */
  #lowest: number;
  /** Records at the lowest grade so far (or not graded / invalid, once one is). */
  #held: RecordRef[] = [];
  /** Per record of `#held`, when it is invalid or not graded: why, in a few words (`initial-setting@conforming`). */
  #heldWhy: LocalizedText[] = [];
  /** Per grade index: the first records below it. */
  readonly #below: RecordRef[][];
  readonly #gradeIndex: Map<string, number>;

  constructor(model: RuleSetModel, key = '') {
    this.#model = model;
    this.#key = key;
    const group = model.group;
    this.#stats = (group?.statistics ?? []).map((s) => new StatisticAccumulator(s));
    const criterionIds = [...model.scope, ...model.criteria].map((c) => c.id);
    this.#criterionIndex = this.#stats.map((s) =>
      s.model.criterion === undefined ? undefined : criterionIds.indexOf(s.model.criterion),
    );
    this.#lowest = model.grades.length - 1;
    this.#below = model.grades.map(() => []);
    this.#gradeIndex = new Map(model.grades.map((g, i) => [g.id, i]));
  }

  /** Adds one graded record. */
  add(member: GroupMember): void {
    this.#count++;
    if (this.#first === 0) this.#first = member.row;
    this.#last = member.row;
    const { result } = member;
    const place: RecordPlace = { row: member.row };
    if (member.kept) place.kept = member.kept;
    const invalid = result.errors !== undefined || member.values === null;
    const index = result.grade === null ? -1 : (this.#gradeIndex.get(result.grade) ?? -1);
    if (invalid) this.#invalid++;
    else if (result.grade === null) this.#notGraded++;
    else this.#byGrade.set(result.grade, (this.#byGrade.get(result.grade) ?? 0) + 1);
    this.#noteGrade(place, index, result);
    if (invalid) return;
    for (let i = 0; i < this.#stats.length; i++) {
      const s = this.#stats[i]!;
      const ci = this.#criterionIndex[i];
      let passed: boolean | undefined;
      if (ci !== undefined) {
        const c = result.criteria[ci];
        passed = c === undefined || c.status === 'not-applicable' ? undefined : c.status === 'passed';
      }
      s.add(place, member.values![s.model.slot], passed);
    }
  }

  #noteGrade(place: RecordPlace, index: number, result: GradeResult): void {
    const named = index < this.#lowest || (index === this.#lowest && this.#held.length < LISTED_RECORDS);
    if (!named && (index + 1 >= this.#below.length || this.#below[index + 1]!.length >= LISTED_RECORDS))
      return;
    const ref: RecordRef = { ...place, grade: result.grade, failing: failingOf(result) };
    for (let g = index + 1; g < this.#below.length; g++) {
      const list = this.#below[g]!;
      if (list.length < LISTED_RECORDS) list.push(ref);
    }
    if (index < this.#lowest) {
      this.#lowest = index;
      this.#held = [ref];
      this.#heldWhy = [];
    } else if (!named) return;
    else this.#held.push(ref);
    if (index < 0) this.#heldWhy.push(this.#why(result));
  }

  /** Why a record is invalid or not graded: its bad fields, or the requirements its reason names, by label in Chinese. */
  #why(result: GradeResult): LocalizedText {
    const model = this.#model;
    if (result.errors) {
      const fields = [...new Set(result.errors.map((e) => e.field).filter((f) => f !== ''))];
      const label = (f: string) => model.indicators.find((i) => i.name === f)?.label.zh ?? f;
      return localized(fields.map(label).join('、'), fields.join(', '));
    }
    const ids = result.notGradedReason?.criteria ?? [];
    const label = (id: string) =>
      [...model.scope, ...model.criteria].find((c) => c.id === id)?.label.zh ?? id;
    return localized([...new Set(ids.map(label))].join('、'), ids.join(', '));
  }

  /** The group's result. */
  finish(): GroupResult {
    const model = this.#model;
    const grades = model.grades;
    const figures = model.group ? statisticFigures(model.group) : undefined;
    const statistics = this.#stats.map((s) =>
      explainStatistic(
        s.model,
        s.result(),
        figures?.get(s.model.name),
        figures && model.group && siblingFigures(model.group, s.model, figures),
      ),
    );
    const byName = new Map(statistics.map((s) => [s.id, s]));
    const criteria = (model.group?.criteria ?? [])
      .map((c) => explainGroupCriterion(c, byName.get(c.statistic.name)!, figures?.get(c.statistic.name)))
      .sort((a, b) => this.#gradeIndex.get(a.grade)! - this.#gradeIndex.get(b.grade)!);
    // Highest grade whose requirements, and those of every grade below, the statistics meet.
    let statGrade = grades.length - 1;
    for (const c of criteria) {
      if (!c.passed) statGrade = Math.min(statGrade, this.#gradeIndex.get(c.grade)! - 1);
    }
    const byGrade: Record<string, number> = {};
    for (const g of grades) {
      const n = this.#byGrade.get(g.id);
      if (n) byGrade[g.id] = n;
    }
    const recordGrade = this.#count === 0 ? -1 : this.#lowest;
    const result: GroupResult = {
      group: this.#key,
      ruleSet: ruleSetRef(model),
      grade: null,
      label: null,
      conforming: false,
      rows: { first: this.#first, last: this.#last },
      records: { count: this.#count, invalid: this.#invalid, notGraded: this.#notGraded, byGrade },
      recordGrade: recordGrade >= 0 ? grades[recordGrade]!.id : null,
      heldBy: recordGrade < grades.length - 1 ? this.#held : [],
      statistics,
      criteria,
      nextGrade: null,
    };
    if (this.#invalid > 0 || this.#notGraded > 0) {
      const invalid = this.#invalid > 0;
      result.notGradedReason = {
        code: invalid ? 'invalid-record' : 'record-not-graded',
        message: named(
          invalid
            ? localized(
                `组内 ${this.#invalid} 条记录无效，本组不予分级：`,
                `${this.#invalid} record${this.#invalid === 1 ? ' is' : 's are'} invalid, so the group is not graded: `,
              )
            : localized(
                `组内 ${this.#notGraded} 条记录未分级，本组不予分级：`,
                `${this.#notGraded} record${this.#notGraded === 1 ? ' is' : 's are'} not graded, so the group is not graded: `,
              ),
          this.#held,
          this.#heldWhy,
        ),
        records: this.#held,
        criteria: [],
      };
      return result;
    }
    const index = Math.min(recordGrade, statGrade);
    if (index < 0) {
      const failing = criteria.filter((c) => !c.passed && c.grade === grades[0]!.id);
      result.notGradedReason = {
        code: 'below-lowest-grade',
        message: belowText(
          grades,
          `：${failing.map((c) => c.message.zh).join('；')}`,
          `: ${failing.map((c) => c.message.en).join('; ')}`,
        ),
        records: [],
        criteria: failing.map((c) => c.id),
      };
      return result;
    }
    const grade = grades[index]!;
    result.grade = grade.id;
    result.label = grade.label;
    result.conforming = true;
    const next = grades[index + 1];
    if (next) {
      const blockers: GroupCriterionResult[] = criteria.filter((c) => !c.passed && c.grade === next.id);
      result.nextGrade = { grade: next.id, label: next.label, blockers, records: this.#below[index + 1]! };
    }
    return result;
  }
}

function failingOf(result: GradeResult): string[] {
  if (result.errors) return [...new Set(result.errors.map((e) => e.field || '(record)'))];
  const out: string[] = [];
  for (const c of result.criteria) if (c.passed === false) out.push(c.id);
  return out;
}

function named(head: LocalizedText, records: RecordRef[], why: LocalizedText[] = []): LocalizedText {
  const names = records.map((r, i) => {
    const name = recordText(r);
    const reason = why[i];
    return reason?.en ? localized(`${name.zh}：${reason.zh}`, `${name.en}: ${reason.en}`) : name;
  });
  return localized(
    `${head.zh}${names.map((n) => n.zh).join('；')}`,
    `${head.en}${names.map((n) => n.en).join('; ')}`,
  );
}
