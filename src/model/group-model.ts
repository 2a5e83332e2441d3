/**
 * The `group` section resolved: statistics bound to value slots, requirement
 * texts parsed into tests, grades resolved.
 *
 * @module
 */
import type { LocalizedText } from '../text/localized-text';
import type { Band } from './band';
import type { GradeModel, SourceLocation } from './grade-model';
import type { StatisticKind } from './group-document';
import type { CompareOperator } from './operators';
import type { Literal } from './value';

/** A test on one number (a record's value, or a statistic), with literal limits only. */
export type NumberTestModel =
  | { kind: 'compare'; operator: CompareOperator; literal: Literal }
  | { kind: 'range'; band: Band; lowerText: string; upperText: string }
  | { kind: 'member'; negate: boolean; values: Literal[] };

/** A statistic, resolved. */
export interface StatisticModel {
  name: string;
  statistic: StatisticKind;
  /** The indicator or derived value it is over, and its slot. */
  of: string;
  slot: number;
  label: LocalizedText;
  /** Unit of the statistic: the value's for count-free statistics, `%` for cv and pass rate, none for count and cpk. */
  unit?: string;
  /** Unit of the values it is over, for naming records' values. */
  valueUnit?: string;
  decimals: number;
  /** For `passRate`: what a record's value must meet… */
  meets?: NumberTestModel;
  meetsText?: string;
  /** …or the per-record criterion it must pass. */
  criterion?: string;
  /** For `cpk`: the two-sided limit. */
  limits?: Band;
  location: SourceLocation;
}

/** A requirement on a statistic, for one grade (and every grade above it). */
export interface GroupCriterionModel {
  id: string;
  label: LocalizedText;
  statistic: StatisticModel;
  test: NumberTestModel;
  /** The requirement as written. */
  text: string;
  grade: GradeModel;
  clause?: string;
  location: SourceLocation;
}

/** An indicator every record of a group must share (`group.sameValue`), resolved. */
export interface SameValueModel {
  name: string;
  slot: number;
  label: LocalizedText;
  /** Its values' labels, for naming the values a group mixes. */
  valueLabels?: ReadonlyMap<string | number | boolean, LocalizedText>;
}

/** Group grading, resolved. */
export interface GroupModel {
  label?: LocalizedText;
  statistics: StatisticModel[];
  criteria: GroupCriterionModel[];
  /** Indicators a group's records must share. */
  sameValue?: SameValueModel[];
}
