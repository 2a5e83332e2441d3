import type { GradeResult, NotGradedReason } from '../model/grade-result';
import type { LocalizedText } from '../text/localized-text';
import { type ChangeSplit, changeCauses } from './compare-rule-sets';
import { type ChangeDirection, gradeDirection, gradeOnlyIn, movableBy } from './grade-direction';
import { isInvalidResult } from './invalid-records';

/**
 * Why a valid record has no grade (an invalid record is counted apart).
 *
 * @example
 * const outOfScope: number = tally.counts().b.reasons['out-of-scope' satisfies NotGradedCode];
 */
export type NotGradedCode = Exclude<NotGradedReason['code'], 'invalid-record'>;

/**
 * The reasons a valid record is not graded, in the order the reports list them: the migration matrix's, as
 * `grade` lists them too (committee-45).
 */
export const NOT_GRADED_CODES: readonly NotGradedCode[] = [
  'below-lowest-grade',
  'out-of-scope',
  'gate-failed',
];

/**
 * How the records came out under one of the two rule sets:
 * `graded + notGraded` is every record, and `invalid` plus the `reasons`
 * is `notGraded`.
 *
 * @example
 * const { graded, notGraded, invalid }: CompareSideCounts = tally.counts().a;
 */
export interface CompareSideCounts {
  /** Records with a grade. */
  graded: number;
  /** Records without one: invalid, out of scope, a veto item failed, below the lowest grade. */
  notGraded: number;
  /** Of those, invalid records. */
  invalid: number;
  /** Of those, valid records by why they are not graded. */
  reasons: Record<NotGradedCode, number>;
  /**
   * Set when the rule set has one grade (a conformity standard): its records below it are 不合格 /
   * nonconforming where the reports name them, not "below the lowest grade" (committee-29).
   */
  oneGrade?: true;
}

/**
 * The figures every compare report gives, adding up:
 * `unchanged + changed = total`, `up + down + sideways + invalidA + invalidB
 * = changed`, and per rule set `graded + notGraded = total`.
 *
 * @example
 * const { total, changed, up, down }: CompareCounts = tally.counts();
 */
export interface CompareCounts {
  /** Records compared. */
  total: number;
  /** Records with the same grade (or none) under both. */
  unchanged: number;
  /**
   * Of those, records invalid under A or B (invalid under both, or not
   * graded under one and invalid under the other): `compare --tally-by`
   * counts them as invalid, not unchanged, and the reports say how many of
   * the unchanged they are.
   */
  unchangedInvalid: number;
  /** Records whose grade differs. */
  changed: number;
  /**
   * Of those, valid under both rule sets, a higher grade under B (a grade
   * ranks by B's ladder where B has it; not graded ranks lowest).
   */
  up: number;
  /** Of those, valid under both, a lower grade under B. */
  down: number;
  /** Of those, valid under both, neither higher nor lower (a grade only A's ladder has, at the same rank). */
  sideways: number;
  /**
   * Of those, invalid under A only: B grades a record A cannot (an indicator
   * A requires and B does not, a narrower range under A). Neither up nor down.
   */
  invalidA: number;
  /**
   * Of those, invalid under B only: A grades a record B cannot (most often
   * an indicator B added and the record does not give). Neither up nor down.
   */
  invalidB: number;
  /**
   * Every record invalid under A and valid under B, changed or not: the
   * matrix's "invalid" row less its invalid cell, and the `invalid` list's
   * `under: "a"` entries. `invalidA` are those of them B grades; the rest
   * are unchanged (B does not grade them either). Added in 0.2.0.
   */
  invalidOnlyA: number;
  /** Every record invalid under B and valid under A: the matrix's "invalid" column less its invalid cell. Added in 0.2.0. */
  invalidOnlyB: number;
  /** Records invalid under both: the matrix's invalid cell. Added in 0.2.0. */
  invalidBoth: number;
  /** How the records came out under A. */
  a: CompareSideCounts;
  /** How the records came out under B. */
  b: CompareSideCounts;
}

/**
 * A changed record as the tally saw it: which way it moved, the
 * requirements whose outcome differs (what moved it), those whose limit
 * moved with the same outcome, and those only one rule set has, met there.
 *
 * @example
 * const seen = tally.add(resultA, resultB);
 * if (seen) console.log(seen.direction, seen.causes);
 */
export interface TalliedChange extends ChangeSplit {
  direction: ChangeDirection;
}

/**
 * Counts for a comparison, record by record: the {@link CompareCounts}, and
 * how many changed records each requirement moved (only requirements whose
 * outcome differs and that can have moved the record count: see
 * {@link movableBy}).
 *
 * @example
 * const tally = createCompareTally(a, b);
 * tally.add(ga.gradeSync(record), gb.gradeSync(record));
 * tally.counts().changed;
 */
export interface CompareTally {
  /** Counts one record; for a changed one, returns its direction and causes. */
  add(a: GradeResult, b: GradeResult): TalliedChange | undefined;
  /** The figures so far. */
  counts(): CompareCounts;
  /**
   * Requirement id → changed records whose grade it moved, in the order first seen. A record moved
   * by several requirements counts under each: the counts may add up to more than the records moved.
   */
  causeCounts(): ReadonlyMap<string, number>;
  /** Requirement id → changed records it moved alone (their only cause); ids of `causeCounts` with none are absent. */
  aloneCounts(): ReadonlyMap<string, number>;
  /**
   * Why the records counted in `invalidOnlyA` (`a`) and `invalidOnlyB` (`b`) are
   * invalid: each first reason with how many, most first.
   */
  invalidReasons(): { a: ReasonCount[]; b: ReasonCount[] };
}

/**
 * A reason records are invalid under one rule set, and how many.
 *
 * @example
 * tally.invalidReasons().b[0]; // { reason: { zh: '缺少 B 新增的指标 chromium6', en: '…' }, records: 4 }
 */
export interface ReasonCount {
  reason: LocalizedText;
  records: number;
}

/**
 * Starts a {@link CompareTally} for two ladders (lowest grade first, as a
 * rule set lists them).
 *
 * @example
 * const tally = createCompareTally(oldRules, newRules);
 */
export function createCompareTally(a: TalliedRuleSet, b: TalliedRuleSet): CompareTally {
  const directionOf = gradeDirection(a, b);
  const movable = movableBy(a, b);
  const onlyIn = gradeOnlyIn(a, b);
  const side = (r: TalliedRuleSet): CompareSideCounts => ({
    graded: 0,
    notGraded: 0,
    invalid: 0,
    reasons: { 'below-lowest-grade': 0, 'out-of-scope': 0, 'gate-failed': 0 },
    ...(r.grades.length === 1 ? { oneGrade: true as const } : {}),
  });
  const counts: CompareCounts = {
    total: 0,
    unchanged: 0,
    unchangedInvalid: 0,
    changed: 0,
    up: 0,
    down: 0,
    sideways: 0,
    invalidA: 0,
    invalidB: 0,
    invalidOnlyA: 0,
    invalidOnlyB: 0,
    invalidBoth: 0,
    a: side(a),
    b: side(b),
  };
  const causeCounts = new Map<string, number>();
  const aloneCounts = new Map<string, number>();
  const reasons = { a: new Map<string, ReasonCount>(), b: new Map<string, ReasonCount>() };
  const noteReason = (key: 'a' | 'b', r: GradeResult, own: TalliedRuleSet, other: TalliedRuleSet) => {
    const text = oneSidedReason(r, key, own, other);
    const seen = reasons[key].get(text.en);
    if (seen) seen.records++;
    else reasons[key].set(text.en, { reason: text, records: 1 });
  };
  const count = (s: CompareSideCounts, r: GradeResult) => {
    if (r.grade !== null) s.graded++;
    else {
      s.notGraded++;
      // A null grade without a reason can only be an invalid record: count it so, so that the parts add up.
      if (isInvalidResult(r)) s.invalid++;
      else s.reasons[r.notGradedReason!.code as NotGradedCode]++;
    }
  };
  return {
    add(resultA, resultB) {
      counts.total++;
      count(counts.a, resultA);
      count(counts.b, resultB);
      const badA = isInvalidResult(resultA);
      const badB = isInvalidResult(resultB);
      // Every record invalid on one side only is counted and its reason noted, changed or not, so that the
      // sentences give the matrix's figures (hostile-30 M2: one invalid under A and below B's grades was left out).
      if (badA && badB) counts.invalidBoth++;
      else if (badA) {
        counts.invalidOnlyA++;
        noteReason('a', resultA, a, b);
      } else if (badB) {
        counts.invalidOnlyB++;
        noteReason('b', resultB, b, a);
      }
      if (resultA.grade === resultB.grade) {
        counts.unchanged++;
        if (badA || badB) counts.unchangedInvalid++;
        return undefined;
      }
      counts.changed++;
      const direction = directionOf(resultA.grade, resultB.grade);
      // A record only one rule set can grade did not move up or down: it is counted apart, with why.
      if (badA && !badB) counts.invalidA++;
      else if (badB && !badA) counts.invalidB++;
      else counts[direction]++;
      const split = changeCauses(resultA, resultB, movable(resultA.grade, resultB.grade), onlyIn);
      for (const id of split.causes) causeCounts.set(id, (causeCounts.get(id) ?? 0) + 1);
      const alone = split.causes.length === 1 ? split.causes[0]! : undefined;
      if (alone !== undefined) aloneCounts.set(alone, (aloneCounts.get(alone) ?? 0) + 1);
      return { direction, ...split };
    },
    counts: () => structuredClone(counts),
    causeCounts: () => causeCounts,
    aloneCounts: () => aloneCounts,
    invalidReasons: () => ({
      a: [...reasons.a.values()].sort((x, y) => y.records - x.records).map((r) => ({ ...r })),
      b: [...reasons.b.values()].sort((x, y) => y.records - x.records).map((r) => ({ ...r })),
    }),
  };
}

/** What the tally reads of a rule set: its ladder, and its indicators with their defaults. */
type TalliedRuleSet = {
  grades: readonly { id: string }[];
  indicators?: readonly { name: string; default?: unknown }[];
};

/**
 * The first reason a record is invalid under one rule set; a value it does
 * not give that only this rule set asks for is named as such (a draft that
 * adds a required indicator). An indicator with a default is never missing:
 * a `missing` error on it comes from the unread-value check (a column not
 * read says 移动式 where the default is split), and its own sentence says so
 * (hostile-23 M8).
 */
function oneSidedReason(
  r: GradeResult,
  side: 'a' | 'b',
  own: TalliedRuleSet,
  other: TalliedRuleSet,
): LocalizedText {
  const first = r.errors?.[0];
  const key = side.toUpperCase();
  const defaulted = own.indicators?.some((i) => i.name === first?.field && i.default !== undefined);
  if (first?.code === 'missing' && !defaulted && other.indicators?.every((i) => i.name !== first.field)) {
    const added = side === 'b';
    return {
      zh: `缺少 ${key} ${added ? '新增' : '独有'}的指标 ${first.field}`,
      en: `missing ${first.field}, an indicator only ${key} has`,
    };
  }
  const message = first?.message ?? r.notGradedReason?.message ?? { zh: '记录无效', en: 'invalid record' };
  // The summary counts records by reason: a sentence that names its record (the unread-value check's) is said without it.
  if (defaulted && first?.code === 'missing') return withoutRecord(message);
  return withoutCell(message);
}

/**
 * A sentence without the cell it ends with (`（第 4 行第 2 列）`, `（单元格 C3）`, ` (line 4, column 2)`, ` (cell C3)`),
 * as a value refused in a CSV or .xlsx row is told, or that follows "缺少…" before why it is required
 * (`缺少能效比（第 6 行第 4 列）：这条记录…`), so that the records refused for one value count as one reason.
 */
function withoutCell(message: LocalizedText): LocalizedText {
  return {
    zh: message.zh.replace(
      /（(?:单元格 [A-Z]+\d+(?:、[A-Z]+\d+)*|第 \d+ 行第 \d+(?:、\d+)* 列)）(?=$|：)/,
      '',
    ),
    en: message.en.replace(
      / \((?:cells? [A-Z]+\d+(?:, [A-Z]+\d+)*|line \d+, columns? \d+(?:, \d+)*)\)(?=$|: )/,
      '',
    ),
  };
}

/**
 * A sentence without the record it begins with (`record 1 (line 2): `, `第 1 条记录（第 2 行）的`), as
 * `grade`'s unread-value check words it, so that every record refused for one column counts as one reason.
 */
function withoutRecord(message: LocalizedText): LocalizedText {
  const en = message.en.replace(/^record \d+(?: \((?:line|sheet row) \d+\))?: /, '');
  const zh = message.zh.replace(/^第 \d+ 条记录(?:（(?:工作表)?第 \d+ 行）)?的/, '');
  return { zh, en: en === message.en ? en : en.charAt(0).toUpperCase() + en.slice(1) };
}
