/**
 * The `group` section of a rule file: statistics over a group of records (a
 * lot, a month's samples, a period) and the requirements on them per grade.
 * These types mirror `$defs/group` of `schemas/ruleset.schema.json`.
 *
 * @module
 */
import type { LocalizedText } from '../text/localized-text';

/**
 * What a statistic computes over a group's values.
 *
 * - `count`: how many records give a value; `mean`, `min`, `max`;
 * - `stdev`: the sample standard deviation (n − 1); `cv`: the coefficient of variation, stdev ÷ mean in %;
 * - `passRate`: the share of records meeting a requirement, in %;
 * - `cpk`: the process capability index against a two-sided limit, min(USL − mean, mean − LSL) ÷ 3·stdev.
 *
 * @example
 * const kind: StatisticKind = 'cv';
 */
export type StatisticKind = 'count' | 'mean' | 'min' | 'max' | 'stdev' | 'cv' | 'passRate' | 'cpk';

/**
 * A statistic over the group's records, as written.
 *
 * @example
 * const cv: StatisticDocument = { of: 'compressive28d', statistic: 'cv', label: { zh: '28 天抗压强度变异系数', en: 'CV of 28-day strength' } };
 */
export interface StatisticDocument {
  /** What it computes. */
  statistic: StatisticKind;
  /** The indicator or derived value it is over (a number; with several specimens, each record's mean). */
  of: string;
  /** Its label (default: the statistic and the indicator's label). */
  label?: LocalizedText;
  /** For `passRate`: the requirement a record's value must meet, e.g. `"≥ 42.5"` or `"[40, 60]"`. */
  meets?: string;
  /** For `passRate`, instead of `meets`: a per-record criterion id (`strength-28d`, `apf@1`) the record must pass. */
  criterion?: string;
  /** For `cpk`: the two-sided limit as a closed or open range, e.g. `"[42.5, 62.5]"`. */
  limits?: string;
  /** Decimals shown (default 2). */
  decimals?: number;
}

/**
 * A requirement on a statistic, for one grade or every grade.
 *
 * @example
 * const c: GroupCriterionDocument = { id: 'cv-28d-superior', statistic: 'cv28d', require: '≤ 3.0', grade: 'superior' };
 */
export interface GroupCriterionDocument {
  /** Stable id; results and test suites refer to it. */
  id: string;
  /** The statistic, by name. */
  statistic: string;
  /** The requirement, e.g. `"≤ 3.0"`, `"≥ 95"`, `"[40, 60]"`. */
  require: string;
  /** The grade it belongs to (default: the lowest, so every grade). */
  grade?: string;
  /** Label for explanations (default: the statistic's). */
  label?: LocalizedText;
  /** Clause of the standard it encodes. */
  clause?: string;
  /** A remark for readers of the rule file. */
  note?: LocalizedText;
}

/**
 * Group grading: a group of records (by `qgrade grade --group-by <column>` or
 * `grader.gradeGroup(records)`) is graded as a unit — every record's grade,
 * and the requirements on the group's statistics.
 *
 * @example
 * const g: GroupDocument = { label: { zh: '月度样品', en: "A month's samples" }, statistics: {}, criteria: [] };
 */
export interface GroupDocument {
  /** What a group is, e.g. a month's samples. */
  label?: LocalizedText;
  /** The statistics, by name. */
  statistics: Record<string, StatisticDocument>;
  /** Requirements on the statistics. */
  criteria?: GroupCriterionDocument[];
  /**
   * Indicators every record of a group must share (a lot is one strength
   * class): a group whose records give two values is not graded, since its
   * statistics would be over two products.
   */
  sameValue?: string[];
}
