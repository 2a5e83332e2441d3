import type { RecordErrorCode } from '../errors/error-codes';
import type { LocalizedText } from '../text/localized-text';
import type { ProvenanceLevel } from './rule-document';

/**
 * How a requirement compares: ≥ > ≤ < = ≠, a range, membership, or an escape-hatch condition.
 *
 * @example
 * const minimums = result.criteria.filter((c) => c.limit?.operator === '>=');
 */
export type LimitOperator = '>=' | '>' | '<=' | '<' | '=' | '!=' | 'between' | 'in' | 'not in' | 'condition';

/**
 * A requirement's limit for this record, as data and as text.
 *
 * @example
 * const limit = result.criteria[1]?.limit; // { operator: '>=', value: 4.5, text: '≥ 4.50' }
 */
export interface Limit {
  /** How the value is compared with the limit. */
  readonly operator: LimitOperator;
  /** The limit: a number, text or boolean; `[lower, upper]` for `between`; the allowed values for `in`. */
  readonly value: number | string | boolean | readonly (number | string | boolean)[] | null;
  /**
   * The limit as the rule file writes it, with its digits: `"≥ 4.50"`, `"[1.25, 1.30]"`; a text or
   * yes/no limit by its value's id, `"≠ window"`, `"= true"`; no unit (`"≤ 14000"`). A key for
   * tools (compare, diff, a table's column); to show a user, use the criterion's `message`, which
   * names values by their labels and gives units (`meets ≠ Single-package`, `≤ 14000 W`).
   *
   * @example
   * criterion.limit?.text; // "≤ 14000"
   * criterion.message.en;  // "… ≤ 14000 W"
   */
  readonly text: string;
}

/**
 * What became of one requirement for one record.
 *
 * @example
 * const skipped = result.criteria.filter((c) => c.status === 'not-applicable');
 */
export type CriterionStatus = 'passed' | 'failed' | 'not-applicable' | 'missing';

/**
 * One requirement, evaluated for one record.
 *
 * @example
 * for (const c of result.criteria) {
 *   if (c.passed === false) console.log(c.id, c.value, c.limit?.text, c.message.en);
 * }
 */
export interface CriterionResult {
  /** Stable id from the rule file (`<id>@<grade>` when expanded from a grade table). */
  readonly id: string;
  /** Its label. */
  readonly label: LocalizedText;
  /** The indicator or derived value tested; `null` for an escape-hatch condition. */
  readonly indicator: string | null;
  /**
   * The measured value compared (for several specimens: the one that decides, or their min/max/mean);
   * `null` when the record gives none (`missing`), and when the grade does not exist for the record
   * (`unavailable`: nothing is compared).
   */
  readonly value: number | string | boolean | null;
  /** The value after GB/T 8170 rounding, when the rounded-value method was used. */
  readonly rounded?: number;
  /** 1-based specimen whose value decided the result, when the record gives several. */
  readonly specimen?: number;
  /**
   * For a count of specimens (`aggregate: { atMostFailing }` / `{ atLeastPassing }`):
   * the 1-based specimens that fail the limit, in order (empty when none does).
   */
  readonly failingSpecimens?: number[];
  /**
   * For a count of specimens: the values of {@link CriterionResult.failingSpecimens}, in the
   * same order, as measured (before any GB/T 8170 rounding).
   */
  readonly failingValues?: number[];
  /**
   * The limit for this record; `null` when none applies: `not-applicable`, and a requirement of a grade
   * that does not exist for the record (`unavailable: true`, which is `failed` all the same).
   */
  readonly limit: Limit | null;
  /** `true` met, `false` not met (or value missing, or the grade `unavailable`), `null` not applicable. */
  readonly passed: boolean | null;
  /** What became of it: passed, failed, not applicable, or value missing. */
  readonly status: CriterionStatus;
  /** The grade this requirement belongs to; `null` for scope requirements. */
  readonly grade: string | null;
  /** What failing it does: hold the record below `grade`, veto grading (`gate`), cap the grade, or put the record out of scope. */
  readonly effect: 'requirement' | 'gate' | 'cap' | 'scope';
  /** For `cap`: the grade the record is held to when this fails. */
  readonly capAt?: string;
  /** The explanation as a sentence. */
  readonly message: LocalizedText;
  /**
   * `true` when the grade does not exist for this record (a grade-table cell
   * written `n/a`, e.g. GB/T 1591 Q390 has no quality grade F): the record
   * cannot reach `grade`, and `nextGrade` never suggests it. Such a result
   * is `status: 'failed'`, `passed: false`, with `limit: null` and
   * `value: null` (nothing is compared, whatever the record gives); its
   * `message` says the grade does not exist. Count it apart from a limit
   * the record misses (`qgrade grade`'s most frequent failing criteria leave
   * it out).
   */
  readonly unavailable?: true;
  /**
   * `true` when the record left out the value tested, or one it is computed
   * from, and the rule file's `default` was used in its place; `message` names
   * the defaults. Absent when every value came from the record.
   */
  readonly defaulted?: true;
  /**
   * Set when the requirement is `not-applicable` only because a table of the
   * rule file has no row for the values the record gives (a thickness of 8
   * where the table lists 3–6 and 10–12): it was not checked, where a `~`
   * cell says there is no requirement. `table` is the table's name, `keys`
   * the record's value of each of its keys, by indicator. Absent otherwise,
   * and for a record out of scope (its scope already says why: 15800 W is
   * beyond both the scope and the capacity bands).
   */
  readonly notChecked?: NotChecked;
  /**
   * Set on a requirement on the total or a dimension score that cannot be
   * computed for the record (`value: null`, `status: 'missing'`): the inputs
   * that leave it so — items the record leaves out (through a derived value,
   * the indicators it reads that are not given), or whose value no `points`
   * entry scores (with that `value`). `message` names them (`质量人才培养（talent）未给出数值，
   * 持续成功能力和总分无法计算`). Absent otherwise (added in 0.2.0).
   */
  readonly missingInputs?: MissingInput[];
  /**
   * The value with its GB/T 8170 rounding mark (`42.5(−)`, `23.8(+)`: the
   * measured value lies just below or above the numeral), in GB/T 8170's form:
   * the numeral as the record wrote it (`4.50`, trailing zeros kept, spaces
   * dropped), then `(+)` or `(−)` with U+2212, however the record wrote the
   * mark (`4.50(-)`, `4.50（－）`, `4.50⁻` all give `"4.50(−)"`). `message`
   * shows it so. `value` is the number the record was graded with, the same
   * on every requirement that reads the indicator: the numeral, or, when a
   * limit the record is checked against (at any grade) lies at the numeral or
   * a coarser rounding re-rounds it, a value just inside the mark's interval
   * (4.49999999 for `4.50(−)`, on APF's `≥ 5.00` too). For a derived value
   * computed from a marked value, the interval it lies in (`[1.24843, 1.25)`
   * for 500 ÷ `400(+)`), its ends to six significant digits rounded outward;
   * `value` is then the formula at the values graded. For a value written as
   * a bound (`≥100`, `<0.01`: beyond a meter's range, below a detection limit),
   * the bound with its sign as `≥`, `>`, `≤` or `<` (`>=100` gives `"≥100"`);
   * `value` is then the numeral, or a value just inside where the numeral
   * would be judged otherwise (50.00000005 for `>50` against `> 50`). Absent
   * for a value written without a mark or bound.
   */
  readonly written?: string;
}

/**
 * An input a score cannot be computed without (see {@link CriterionResult.missingInputs}).
 *
 * @example
 * const m: MissingInput = { indicator: 'talent', label: { zh: '质量人才培养', en: 'Quality talent development' } };
 */
export interface MissingInput {
  /** The indicator (or, for a derived value that cannot be computed from values given, the derived value). */
  indicator: string;
  /** Its label. */
  label: LocalizedText;
  /** The value given, when no `points` entry scores it; absent when the record leaves it out. */
  value?: number | string | boolean;
}

/**
 * Why a requirement was not checked: the table with no row for the record's keys.
 *
 * @example
 * const n: NotChecked = { table: 'thicknessTol', keys: { thickness: 8 } };
 */
export interface NotChecked {
  /** The table's name in the rule file. */
  table: string;
  /** The record's value of each key of the table, by indicator. */
  keys: Record<string, unknown>;
}

/**
 * A problem with one field of an input record.
 *
 * @example
 * for (const e of result.errors ?? []) console.log(`${e.field}: ${e.message.en}`);
 */
export interface RecordError {
  /** The field (indicator) concerned; `""` for the record as a whole. */
  field: string;
  /** What is wrong. */
  code: RecordErrorCode;
  /** What is wrong, as a sentence. */
  message: LocalizedText;
}

/**
 * Why a record has no grade.
 *
 * @example
 * if (result.notGradedReason?.code === 'out-of-scope') console.log(result.notGradedReason.criteria);
 */
export interface NotGradedReason {
  /** Why: invalid record, out of scope, a failed gate, or below the lowest grade. */
  code: 'invalid-record' | 'out-of-scope' | 'gate-failed' | 'below-lowest-grade';
  /** The reason as a sentence. */
  message: LocalizedText;
  /** Ids of the requirements responsible (scope, gate or lowest-grade requirements). */
  criteria: string[];
}

/**
 * A dimension's part of a score.
 *
 * @example
 * for (const d of result.scores?.dimensions ?? []) console.log(d.id, d.score, d.contribution);
 */
export interface DimensionScore {
  /** Dimension id. */
  id: string;
  /** Its label. */
  label: LocalizedText;
  /** Its score (0–100); `null` when it cannot be computed (an item value no `points` entry scores, an optional value left out). */
  score: number | null;
  /** Its weight in the total. */
  weight: number;
  /** Points this dimension adds to the total: weight share × score; `null` with the score. */
  contribution: number | null;
  /**
   * When the score is computed from a value written with a GB/T 8170 rounding mark: the interval it lies in
   * (`[89.875, 90)` for items 90(−), 90, 90, 90), which explanations show in place of `score` (the number graded,
   * from a value just inside the mark's interval). Absent otherwise.
   */
  written?: string;
  /**
   * Its items with their points and weights, in the rule file's order (added in 0.2.0; absent in
   * results from earlier versions).
   */
  items?: ItemScore[];
}

/**
 * One item of a dimension: the indicator scored, its points and its weight.
 *
 * @example
 * const low = result.scores?.dimensions[0]?.items?.find((i) => i.lowest); // { indicator: 'leadershipCommitment', points: 0, … }
 */
export interface ItemScore {
  /** The indicator scored. */
  indicator: string;
  /** Its label. */
  label: LocalizedText;
  /** The points it scores (the value itself, or its `points` entry); `null` when none (no entry for the value, or left out). */
  points: number | null;
  /** Its weight within the dimension. */
  weight: number;
  /** `true` on the item(s) scoring fewest points in the dimension, when not all score alike. */
  lowest?: true;
  /**
   * `true` on an item with `missing: reweight` that the record leaves out (未评, not assessed): not counted, its
   * weight shared out over the dimension's other items in proportion to theirs (`points` is `null`). Absent
   * otherwise, and when the record leaves out every item of the dimension (then it has no score).
   */
  notCounted?: true;
  /**
   * For an item scored as itself, its value as written with a GB/T 8170 rounding mark (`90(−)`), or the interval a
   * scored formula over one lies in (`[89, 90)` for `skill * 20`, skill `4.5(−)`); absent otherwise.
   */
  written?: string;
}

/**
 * A score (a dimension's or the total) that holds a record below the next
 * grade, and what would lift it.
 *
 * @example
 * // { score: 'qmsEffectiveness', value: 67.5, limit: 80, gap: 12.5,
 * //   raise: { indicator: 'leadershipCommitment', from: 0, to: 50, … } }
 * result.scores?.shortfalls?.[0];
 */
export interface ScoreShortfall {
  /** The score: a dimension id, or `totalScore`. */
  score: string;
  /** Its label. */
  label: LocalizedText;
  /** The requirement it fails (`qmsEffectiveness@prevention`), one of `nextGrade.blockers`. */
  criterion: string;
  /** The score now. */
  value: number;
  /** The score it must reach (the requirement's limit). */
  limit: number;
  /** Points the score lacks: `limit − value`. */
  gap: number;
  /** The interval the score lies in when it is computed from a marked value (`[89.875, 90)`), as {@link DimensionScore.written}. */
  written?: string;
  /**
   * One item raised alone that closes the gap, each item capped at the most it can score (the top of its
   * `range` or of its `points`); `null` when no single item can.
   */
  raise: ItemRaise | null;
  /**
   * When no single item closes the gap (`raise` is `null`): what the items must gain together (added in 0.2.0).
   */
  together?: CombinedRaise;
}

/**
 * What a score's items must gain together when no single item closes its gap:
 * `这 4 项合计需再提高 60 分（如每项各提高 15 分）`. A point of an item counts by
 * its weight over the smallest (`2:1:1`: a point of the first counts twice),
 * so `points` is the same sum however it is shared out.
 *
 * @example
 * const t = result.scores?.shortfalls?.[0]?.together; // { points: 60, weights: [1, 1, 1, 1], each: 15, atMost: [] }
 */
export interface CombinedRaise {
  /** Points the items must gain in all, each item's counted by its weight over the smallest (rounded up to 2 decimals). */
  points: number;
  /** Each item's weight over the smallest, in the items' order (`[2, 1, 1]`). */
  weights: number[];
  /** `true` when the limit is `>`: the items must gain more than `points`. */
  strict?: true;
  /**
   * An even raise that closes the gap: each item `each` points more (rounded up to 2 decimals), those in
   * `atMost` only up to their maximum. Absent when an item is scored by `points` (its points go in steps), or
   * when the items cannot reach the limit (`most`).
   */
  each?: number;
  /** The items that cannot gain `each` points: brought to their maximum (`to`), or already at it (`from` = `to`). */
  atMost: {
    /** The item's indicator. */
    indicator: string;
    /** Its label. */
    label: LocalizedText;
    /** Its value in the record. */
    from: number;
    /** Its maximum, the most it can gain to. */
    to: number;
  }[];
  /** The most the score reaches with every item at its maximum, when that falls short of the limit. */
  most?: number;
  /**
   * The fewest items that together close the gap, each to its maximum but the last, raised only as far as
   * needed (added in 0.2.0): what an explanation names. Absent with `most`.
   */
  fewest?: ItemRaise[];
}

/**
 * An item raised alone to lift a score to a limit.
 *
 * @example
 * `${r.label.en} ${r.from} → ${r.to}`; // 'Leadership and quality strategy 0 → 50'
 */
export interface ItemRaise {
  /** The indicator. */
  indicator: string;
  /** Its label. */
  label: LocalizedText;
  /** Its points now. */
  from: number;
  /** For an item scored as itself, its value as written with a GB/T 8170 rounding mark (`90(−)`), which `from` reads. */
  written?: string;
  /** The fewest points it needs (rounded up to 2 decimals for a value scored as itself; else a `points` entry). */
  to: number;
  /** For an item scored by `points`: the value (`"2"`) or band (`"≤ 38"`) that gives `to`. */
  toValue?: string;
  /** For an item scored by `points`, or through a derived value of one `input`: its value in the record (`4`, `false`), added in 0.2.0. */
  value?: number | string | boolean;
  /**
   * For an item scored by `points`: the value to write that gives `to` (added in 0.2.0) — the key of a map
   * (`true`), or the band's end nearest `value` (`[4, 5)` from 3: `4`); absent when that end is open (`> 38`).
   * For an item scored through a derived value linear in one indicator (`input`): that indicator's value to write.
   */
  typed?: number | string | boolean;
  /**
   * For an item scored through a derived value linear in one indicator (`b * 20`), that indicator, what is
   * filled in: `value` is its value in the record, `typed` the value that gives `to` (added in 0.2.0):
   * `检验数字化 1 → 3（得分 20 → 60）`.
   */
  input?: {
    /** The indicator. */
    indicator: string;
    /** Its label. */
    label: LocalizedText;
  };
  /**
   * For an item scored through a derived value of several indicators (no single `input`): the number indicators it
   * is computed from, in the branch the record's values take, in the formula's order (added in 0.2.0) — what is
   * filled in: `持续成功能力得分 71.5 → 100（由 研发质量保证、持续改进与创新 计算）`.
   */
  inputs?: {
    /** The indicator. */
    indicator: string;
    /** Its label. */
    label: LocalizedText;
  }[];
}

/**
 * Scores of a scoring rule set.
 *
 * @example
 * const weakest = result.scores?.limitingDimension; // e.g. 'digitalisation'
 */
export interface ScoreBreakdown {
  /** The total score (0–100); `null` when a dimension's score cannot be computed. */
  total: number | null;
  /** The interval the total lies in when it is computed from a marked value, as {@link DimensionScore.written}. */
  totalWritten?: string;
  /** Each dimension's score, weight and contribution. */
  dimensions: DimensionScore[];
  /** The dimension holding the grade down (a failed dimension requirement of the next grade), if any. */
  limitingDimension: string | null;
  /**
   * The scores among the next grade's blockers, with the points each lacks and one item that would lift it
   * (added in 0.2.0). Absent when no score holds the record back. With `weakestLink: cap` the total is left
   * out while a dimension falls short: it cannot fall short of a cutoff every dimension reaches.
   */
  shortfalls?: ScoreShortfall[];
  /**
   * One item raised alone that meets every blocker of the next grade, when they are two or more scores and
   * nothing else (added in 0.2.0): said before the blockers' own "e.g.", each of which closes only its gap.
   */
  oneRaise?: ItemRaise;
}

/**
 * The rule set a result was graded against.
 *
 * @example
 * result.ruleSet // { id: 'steel/hot-rolled-ribbed-bar', version: '1.0.0', provenance: 'secondary' }
 */
export interface RuleSetRef {
  /** `<industry>/<name>`. */
  readonly id: string;
  /** The rule set's own version. */
  readonly version: string;
  /**
   * How sure the rule set's figures are, its `provenance.level` (added in 0.2.0): `sourced` (read in the
   * standard), `secondary`, `unverified` or `illustrative` (invented to show the form, not a standard's).
   * Stored with a grade, it tells a grade from an illustrative rule set apart from a standard's.
   */
  readonly provenance: ProvenanceLevel;
}

/**
 * The next grade up, and what blocks the record from it.
 *
 * @example
 * result.nextGrade?.blockers.map((b) => `${b.id}: ${b.message.en}`);
 */
export interface NextGrade {
  /** Id of the next grade. */
  grade: string;
  /** Its label. */
  label: LocalizedText;
  /** The requirements of that grade the record fails. */
  blockers: CriterionResult[];
}

/**
 * The grade of one record, with the explanation. Parts that repeat between
 * records — labels, limits, grade labels, a requirement's result and
 * sentence for the same value — are frozen objects shared by the results
 * that show them, and `readonly` in the types ({@link CriterionResult},
 * {@link Limit}, {@link LocalizedText}, {@link RuleSetRef}): copy a result
 * (`structuredClone`) before changing it. The copy's type is still
 * `readonly` there, so build the parts you change anew
 * (`{ ...c, message: { ...c.message, en } }`) or give the copy a type of
 * your own. The result itself, its lists (`criteria`, `nextGrade.blockers`)
 * and `nextGrade` are its own.
 *
 * @example
 * const result: GradeResult = await grader.grade(record);
 * if (result.grade === null) console.log(result.notGradedReason?.message.en);
 * else console.log(result.grade, result.nextGrade?.blockers.map((b) => b.id));
 */
export interface GradeResult {
  /** 1-based position of the record in a batch input (set by batch tools such as the CLI). */
  row?: number;
  /**
   * The input's kept columns for this record, as text: the sample id (型号,
   * 样品编号) and any other column `--keep` names; set by batch tools that read
   * files, absent when no column is kept.
   */
  kept?: Record<string, string>;
  /** The rule set it was graded against. */
  ruleSet: RuleSetRef;
  /** The grade reached, or `null` when not graded. */
  grade: string | null;
  /** Label of the grade reached. */
  label: LocalizedText | null;
  /** Whether the record reached a grade (it conforms to the standard's lowest grade and is in scope). */
  conforming: boolean;
  /** Every requirement with its measured value, limit, result and grade: scope first, then criteria, lowest grade first. */
  criteria: CriterionResult[];
  /**
   * The next grade up and the requirements of it the record fails. Set for a graded record below the
   * top grade, and for a record not graded because it is `below-lowest-grade` or `gate-failed`: then it is
   * the lowest grade, its blockers what the record fails there (the failed veto items among them).
   * `null` at the top grade; when the next grade does not exist for the record (a blocker is
   * `unavailable`, an `n/a` cell); and for a record that is `invalid-record` or `out-of-scope`.
   */
  nextGrade: NextGrade | null;
  /** Why the record has no grade (absent when graded). */
  notGradedReason?: NotGradedReason;
  /** Field-by-field problems with an invalid record. */
  errors?: RecordError[];
  /** Dimension and total scores, for scoring rule sets. */
  scores?: ScoreBreakdown;
}
