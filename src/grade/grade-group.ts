import { LISTED_RECORDS, type RecordPlace, StatisticAccumulator } from '../compile/group-statistics';
import type { ValueFigure } from '../compile/shown-value';
import {
  type comparedStatisticFigures,
  explainGroupCriterion,
  explainStatistic,
  recordText,
  siblingFigures,
  statisticFigures,
} from '../explain/explain-group';
import { ruleSetRef } from '../explain/rule-set-ref';
import type { GradeResult } from '../model/grade-result';
import type {
  GroupCriterionResult,
  GroupNotGradedReason,
  GroupResult,
  GroupRowPlace,
  RecordRef,
} from '../model/group-result';
import type { RuleSetModel } from '../model/rule-set-model';
import { belowText } from '../text/below-only-grade';
import { type LocalizedText, localized } from '../text/localized-text';
import { notGradedReasonName } from '../text/not-graded-reason-name';

/** The distinct values of a `sameValue` indicator a group keeps a record of: the message names these. */
const LISTED_VALUES = 5;

/** One distinct value of a `sameValue` indicator in a group: how many records give it and the first of them. */
interface ValueSeen {
  value: string | number | boolean;
  count: number;
  first: RecordRef;
}

/** The order a group's message lists records not graded in, by reason, as the file summary does; others after. */
const REASON_ORDER = ['below-lowest-grade', 'out-of-scope', 'gate-failed'];

/** One graded record of a group: where it is, its result, and its values by slot (`null` when invalid). */
export interface GroupMember extends RecordPlace {
  result: GradeResult;
  values: readonly unknown[] | null;
  /** Where the record is in its input (a CSV line, a sheet row), when read from one. */
  place?: GroupRowPlace;
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
  /** Records not graded, by their reason's code. */
  readonly #notGradedBy = new Map<string, number>();
  #first = 0;
  #last = 0;
  #firstPlace: GroupRowPlace | undefined;
  #lastPlace: GroupRowPlace | undefined;
  /** Lowest record grade index so far; -1 once a record is not graded or invalid. */
  #lowest: number;
  /** Records at the lowest grade so far (or not graded / invalid, once one is). */
  #held: RecordRef[] = [];
  /** Per record of `#held`, when it is invalid or not graded: why, in a few words (`initial-setting@conforming`). */
  #heldWhy: LocalizedText[] = [];
  /** Per record of `#heldWhy`: `invalid`, or the code of its not-graded reason. */
  #heldKind: string[] = [];
  /** Per grade index: the first records below it. */
  readonly #below: RecordRef[][];
  readonly #gradeIndex: Map<string, number>;
  /** Per `sameValue` indicator: the values seen so far (at most {@link LISTED_VALUES}) and how many more. */
  readonly #same: { seen: Map<string, ValueSeen>; more: number }[];

  /** The statistics' figures when given (compare: shared with the other edition), else the rule set's own. */
  readonly #figures: ReadonlyMap<string, ValueFigure> | undefined;

  /**
   * @param figures - each statistic's figure by name, in place of the rule set's own
   *   ({@link statisticFigures}): `compare` gives both editions the same ({@link comparedStatisticFigures})
   */
  constructor(model: RuleSetModel, key = '', figures?: ReadonlyMap<string, ValueFigure>) {
    this.#model = model;
    this.#figures = figures ?? (model.group ? statisticFigures(model.group) : undefined);
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
    this.#same = (group?.sameValue ?? []).map(() => ({ seen: new Map(), more: 0 }));
  }

  /** Adds one graded record. */
  add(member: GroupMember): void {
    this.#count++;
    if (this.#first === 0) {
      this.#first = member.row;
      this.#firstPlace = member.place;
    }
    this.#last = member.row;
    this.#lastPlace = member.place;
    const { result } = member;
    const place: RecordPlace = { row: member.row };
    if (member.kept) place.kept = member.kept;
    const invalid = result.errors !== undefined || member.values === null;
    const index = result.grade === null ? -1 : (this.#gradeIndex.get(result.grade) ?? -1);
    if (invalid) this.#invalid++;
    else if (result.grade === null) {
      this.#notGraded++;
      const code = reasonCode(result);
      this.#notGradedBy.set(code, (this.#notGradedBy.get(code) ?? 0) + 1);
    } else this.#byGrade.set(result.grade, (this.#byGrade.get(result.grade) ?? 0) + 1);
    this.#noteGrade(place, index, result, invalid);
    if (invalid) return;
    this.#noteValues(place, member.values!);
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

  #noteValues(place: RecordPlace, values: readonly unknown[]): void {
    const same = this.#model.group?.sameValue ?? [];
    for (let i = 0; i < same.length; i++) {
      const value = values[same[i]!.slot];
      // A record without the value says nothing about which product it is.
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
      const track = this.#same[i]!;
      const key = `${typeof value}:${value}`;
      const seen = track.seen.get(key);
      if (seen) seen.count++;
      else if (track.seen.size < LISTED_VALUES) track.seen.set(key, { value, count: 1, first: { ...place } });
      else track.more++;
    }
  }

  /** Why the group is not graded when its records give two values of a `sameValue` indicator, else `undefined`. */
  #mixedValues(): GroupNotGradedReason | undefined {
    const same = this.#model.group?.sameValue ?? [];
    const parts: LocalizedText[] = [];
    const records: RecordRef[] = [];
    for (let i = 0; i < same.length; i++) {
      const track = this.#same[i]!;
      if (track.seen.size < 2) continue;
      const { label, valueLabels } = same[i]!;
      const values = [...track.seen.values()].map((s) => {
        records.push(s.first);
        const shown = valueLabels?.get(s.value) ?? localized(String(s.value));
        const first = recordText(s.first);
        return localized(
          `${shown.zh}（${s.count} 条，首条为${first.zh}）`,
          `${shown.en} (${s.count} ${s.count === 1 ? 'record' : 'records'}, first ${first.en})`,
        );
      });
      if (track.more > 0)
        values.push(localized(`另有 ${track.more} 条为其他值`, `${track.more} more with other values`));
      parts.push(
        localized(
          `组内记录的“${label.zh}”不一：${values.map((v) => v.zh).join('、')}；一组应为同一${label.zh}，其统计量才有意义，本组不予分级`,
          `The group's records give different values of "${label.en}": ${values.map((v) => v.en).join(', ')}; a group must share one, or its statistics are over different products, so the group is not graded`,
        ),
      );
    }
    if (parts.length === 0) return undefined;
    return {
      code: 'mixed-values',
      message: localized(parts.map((p) => p.zh).join('。'), parts.map((p) => p.en).join('. ')),
      records,
      criteria: [],
    };
  }

  #noteGrade(place: RecordPlace, index: number, result: GradeResult, invalid: boolean): void {
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
      this.#heldKind = [];
    } else if (!named) return;
    else this.#held.push(ref);
    if (index < 0) {
      this.#heldWhy.push(this.#why(result));
      this.#heldKind.push(invalid ? 'invalid' : reasonCode(result));
    }
  }

  /**
   * Why a record is invalid or not graded: its bad fields, or the requirements its reason names, by label in
   * Chinese. A value written with a GB/T 8170 rounding mark that cannot be read here (a group statistic reads it,
   * its interval straddles a limit) is told whole, mark, interval and why: the field's name alone did not say what
   * to write instead.
   */
  #why(result: GradeResult): LocalizedText {
    const model = this.#model;
    if (result.errors) {
      const fields = [...new Set(result.errors.map((e) => e.field).filter((f) => f !== ''))];
      const label = (f: string) => model.indicators.find((i) => i.name === f)?.label.zh ?? f;
      // `not-computable` on an indicator itself (not a derived value) is a marked value's (compileMarkedValues).
      const marked = (f: string) =>
        model.indicators.some((i) => i.name === f)
          ? result.errors!.find((e) => e.field === f && e.code === 'not-computable')?.message
          : undefined;
      return localized(
        fields.map((f) => marked(f)?.zh ?? label(f)).join('、'),
        fields.map((f) => marked(f)?.en ?? f).join(', '),
      );
    }
    const ids = result.notGradedReason?.criteria ?? [];
    // A specimen below the lowest grade is told by its failure, value and limit (`28 天抗压强度：53.4 MPa，不满足
    // ≥ 53.5 MPa（合格品）`), not by the requirement's name alone: a failing lot, not a data problem (committee-37 M3).
    if (result.notGradedReason?.code === 'below-lowest-grade') {
      const failed = [...new Set(ids)].flatMap((id) => {
        const c = result.criteria.find((x) => x.id === id && x.passed === false);
        return c ? [c.message] : [];
      });
      if (failed.length === ids.length && failed.length > 0)
        return localized(failed.map((m) => m.zh).join('；'), failed.map((m) => m.en).join('; '));
    }
    const label = (id: string) =>
      [...model.scope, ...model.criteria].find((c) => c.id === id)?.label.zh ?? id;
    return localized([...new Set(ids.map(label))].join('、'), ids.join(', '));
  }

  /**
   * Why the group is not graded, each record listed under its own reason: the
   * invalid ones under the sentence that counts them, those not graded under
   * theirs (未达最低等级, 超出适用范围), each list saying how many it leaves
   * out; a count followed by a longer list of records that are not all of it
   * misled (committee-24 F18).
   */
  #heldMessage(): LocalizedText {
    const listOf = (kind: string, count: number) =>
      named(
        this.#held.filter((_, i) => this.#heldKind[i] === kind),
        this.#heldWhy.filter((_, i) => this.#heldKind[i] === kind),
        count,
      );
    const reasons = [...this.#notGradedBy].sort(
      ([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0),
    );
    const name = (code: string) => notGradedReasonName(code) ?? localized(code);
    const records = (n: number) => (n === 1 ? 'record' : 'records');
    const parts: LocalizedText[] = [];
    if (this.#invalid > 0) {
      const list = listOf('invalid', this.#invalid);
      parts.push(
        localized(
          `组内 ${this.#invalid} 条记录无效，本组不予分级：${list.zh}`,
          `${this.#invalid} ${records(this.#invalid)} ${this.#invalid === 1 ? 'is' : 'are'} invalid, so the group is not graded: ${list.en}`,
        ),
      );
      for (const [code, n] of reasons) {
        const list = listOf(code, n);
        parts.push(
          localized(
            `另有 ${n} 条记录未分级（${name(code).zh}）：${list.zh}`,
            `Also ${n} ${records(n)} not graded (${name(code).en}): ${list.en}`,
          ),
        );
      }
    } else if (reasons.length === 1 && this.#allOutOfScope()) {
      const n = this.#count;
      const list = listOf('out-of-scope', n);
      parts.push(
        localized(
          `组内 ${n} 条记录均超出适用范围，本组不予分级，也不按组要求判定：${list.zh}`,
          `${n === 1 ? 'the one record is' : `all ${n} records are`} out of scope, so the group is not graded and its requirements are not judged: ${list.en}`,
        ),
      );
    } else if (reasons.length === 1 && reasons[0]![0] === 'below-lowest-grade') {
      // Specimens below the lowest grade: the group fails it, worded as a failure (committee-37 M3).
      const n = reasons[0]![1];
      const lowest = this.#model.grades[0]!.label;
      const list = listOf('below-lowest-grade', n);
      parts.push(
        localized(
          `组内有样品未达${lowest.zh}（${n} 条），本组未达最低等级：${list.zh}`,
          `${n} ${records(n)} of the group ${n === 1 ? 'fails' : 'fail'} ${lowest.en}, so the group is below the lowest grade: ${list.en}`,
        ),
      );
    } else if (reasons.length === 1) {
      const [code, n] = reasons[0]!;
      const list = listOf(code, n);
      parts.push(
        localized(
          `组内 ${n} 条记录未分级（${name(code).zh}），本组不予分级：${list.zh}`,
          `${n} ${records(n)} ${n === 1 ? 'is' : 'are'} not graded (${name(code).en}), so the group is not graded: ${list.en}`,
        ),
      );
    } else {
      const n = this.#notGraded;
      parts.push(
        localized(
          `组内 ${n} 条记录未分级，本组不予分级`,
          `${n} ${records(n)} are not graded, so the group is not graded`,
        ),
      );
      for (const [code, k] of reasons) {
        const list = listOf(code, k);
        parts.push(
          localized(
            `${name(code).zh} ${k} 条：${list.zh}`,
            `${name(code).en.charAt(0).toUpperCase()}${name(code).en.slice(1)}, ${k} ${records(k)}: ${list.en}`,
          ),
        );
      }
    }
    return localized(parts.map((p) => p.zh).join('。'), parts.map((p) => p.en).join('. '));
  }

  /** Whether the group has records and every one is valid and out of scope. */
  #allOutOfScope(): boolean {
    return this.#count > 0 && this.#notGradedBy.get('out-of-scope') === this.#count;
  }

  /** The group's result. */
  finish(): GroupResult {
    const model = this.#model;
    const grades = model.grades;
    const figures = this.#figures;
    const statistics = this.#stats.map((s) =>
      explainStatistic(
        s.model,
        s.result(figures?.get(s.model.name)?.limits),
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
      rows: {
        first: this.#first,
        last: this.#last,
        // The input's own rows, where a committee looks them up (committee-37 M5: record 1 is sheet row 5).
        ...(this.#firstPlace && this.#lastPlace
          ? { places: { first: placeOnly(this.#firstPlace), last: placeOnly(this.#lastPlace) } }
          : {}),
      },
      records: { count: this.#count, invalid: this.#invalid, notGraded: this.#notGraded, byGrade },
      recordGrade: recordGrade >= 0 ? grades[recordGrade]!.id : null,
      heldBy: recordGrade < grades.length - 1 ? this.#held : [],
      statistics,
      // Every record out of scope: the group requirements are of a product the rule set does not cover, not
      // judged (committee-34 M7: "✓ CV … met" under the lot's not-graded line).
      criteria: this.#allOutOfScope() ? [] : criteria,
      nextGrade: null,
    };
    const mixed = this.#invalid > 0 ? undefined : this.#mixedValues();
    if (mixed) {
      result.notGradedReason = mixed;
      return result;
    }
    if (this.#invalid > 0 || this.#notGraded > 0) {
      const invalid = this.#invalid > 0;
      result.notGradedReason = {
        // Every record out of scope: a product the rule set does not cover, told apart from "some not graded".
        code: invalid ? 'invalid-record' : this.#allOutOfScope() ? 'out-of-scope' : 'record-not-graded',
        message: this.#heldMessage(),
        records: this.#held,
        criteria: [],
        // Which reasons its valid records are not graded for: a lot held by a specimen below the lowest grade is
        // a failing lot, shown apart from one with a record out of scope (committee-37 M3).
        ...(this.#notGradedBy.size > 0
          ? {
              recordReasons: Object.fromEntries([...this.#notGradedBy].sort(([a], [b]) => rank(a) - rank(b))),
            }
          : {}),
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

/**
 * Whether a group is not graded only because some of its valid records are below the lowest grade
 * (`record-not-graded`, its `recordReasons` only `below-lowest-grade`): a failing lot, which the reports count
 * with the lots below the lowest grade, not with those holding invalid or out-of-scope records (committee-37 M3).
 *
 * @example
 * heldBelowLowest(lot); // true for a lot whose specimen C0004 fails 28 天抗压强度 ≥ 53.5 MPa
 */
export function heldBelowLowest(g: GroupResult): boolean {
  const reason = g.notGradedReason;
  if (reason?.code !== 'record-not-graded' || reason.recordReasons === undefined) return false;
  const codes = Object.keys(reason.recordReasons);
  return codes.length === 1 && codes[0] === 'below-lowest-grade';
}

/** A place as the result gives it: its line or sheet row alone. */
function placeOnly(place: GroupRowPlace): GroupRowPlace {
  return 'line' in place ? { line: place.line } : { sheetRow: place.sheetRow };
}

function failingOf(result: GradeResult): string[] {
  if (result.errors) return [...new Set(result.errors.map((e) => e.field || '(record)'))];
  const out: string[] = [];
  for (const c of result.criteria) if (c.passed === false) out.push(c.id);
  return out;
}

function reasonCode(result: GradeResult): string {
  return result.notGradedReason?.code ?? 'not-graded';
}

function rank(code: string): number {
  const i = REASON_ORDER.indexOf(code);
  return i < 0 ? REASON_ORDER.length : i;
}

/** Records with why each is listed, and how many more of them there are when the list holds fewer than `count`. */
function named(records: RecordRef[], why: LocalizedText[], count: number): LocalizedText {
  const names = records.map((r, i) => {
    const name = recordText(r);
    const reason = why[i];
    return reason?.en ? localized(`${name.zh}：${reason.zh}`, `${name.en}: ${reason.en}`) : name;
  });
  const left = count - records.length;
  // The group lists its first records whatever their reason: one reason's may all be past them.
  if (left > 0 && names.length === 0) return localized('（均未列出）', '(none listed)');
  if (left > 0) names.push(localized(`…另有 ${left} 条`, `… and ${left} more`));
  return localized(names.map((n) => n.zh).join('；'), names.map((n) => n.en).join('; '));
}
