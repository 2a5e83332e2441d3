/**
 * The validated, resolved form of a rule set: names resolved to slots,
 * requirement texts parsed, tables compiled, grades expanded. Compilation
 * turns this into an engine; nothing here re-reads the document.
 *
 * @module
 */

import type { RoundingInterval } from '../rounding/gbt8170';
import type { LocalizedText } from '../text/localized-text';
import type { Band } from './band';
import type { Expr } from './expr';
import type { GradeModel, SourceLocation } from './grade-model';
import type { GroupModel } from './group-model';
import type { CompareOperator, JreOperator } from './operators';
import type { ComparisonMethod, IndicatorType, ProvenanceLevel, ReferenceDocument } from './rule-document';
import type { Literal, ValueKind } from './value';

/** An input of the record. */
export interface IndicatorModel {
  name: string;
  slot: number;
  type: IndicatorType;
  kind: ValueKind;
  label: LocalizedText;
  unit?: string;
  description?: LocalizedText;
  range?: Band;
  /** The rule author's plausibility band (`plausible`), not a standard's limit: outside it the record is invalid. */
  plausible?: Band;
  values?: (string | number)[];
  /** Labels of an enum's or a boolean's values that have one (`valueLabels`), by value (`true`/`false` for a boolean). */
  valueLabels?: ReadonlyMap<string | number | boolean, LocalizedText>;
  /**
   * The value each label and alias stands for, by its text as written and as folded
   * (`foldValueText`); values themselves are not in it (a record's value is matched exactly first).
   */
  valueSpellings?: ReadonlyMap<string, string | number | boolean>;
  required: boolean;
  requiredWhen?: ConditionModel;
  default?: string | number | boolean;
  /** Most specimens accepted; 0 when the indicator takes one value only. */
  specimens: number;
  /** Fewest specimens accepted (a test standard's set of specimens); 0 when any number up to `specimens` will do. */
  minSpecimens: number;
  comparison?: ComparisonMethod;
  interval?: RoundingInterval;
}

/** A value computed from others. */
export interface DerivedModel {
  name: string;
  slot: number;
  kind: ValueKind;
  label: LocalizedText;
  unit?: string;
  decimals?: number;
  expr: Expr;
  /** Evaluated once per specimen when it depends on a specimen indicator. */
  perSpecimen: boolean;
  /** `pairSpecimens`: a specimen indicator's single value is not reused for every specimen of another. */
  paired?: true;
  /** The rule author's plausibility band (`plausible`), not a standard's limit: outside it the record is invalid. */
  plausible?: Band;
  location: SourceLocation;
}

/** A threshold table. */
export interface TableModel {
  name: string;
  index: number;
  title?: LocalizedText;
  source?: string;
  keys: TableKeyModel[];
  /** Value columns in order (after the keys). */
  columns: string[];
  /** Kind of each value column's cells. */
  columnKinds: Map<string, ValueKind>;
  rows: TableRowModel[];
}

/** A key column: the indicator whose value selects the row. */
export interface TableKeyModel {
  indicator: string;
  slot: number;
  match: 'band' | 'category';
}

/** One row: what it matches, and its cells (null = no requirement for that row; an `unavailable` literal = `n/a`, no such grade for that row). */
export interface TableRowModel {
  match: (Band | (string | number | boolean)[])[];
  cells: Map<string, Literal | null>;
  location: SourceLocation;
  path: (string | number)[];
}

/** A condition (json-rules-engine's vocabulary), with facts resolved to indicator or derived names. */
export type ConditionModel =
  | { all: ConditionModel[] }
  | { any: ConditionModel[] }
  | { not: ConditionModel }
  | { fact: string; operator: JreOperator; value: unknown };

/** The right-hand side of a comparison. */
export type Operand =
  | { kind: 'literal'; literal: Literal }
  | { kind: 'cell'; table: number; column: string; columnIndex: number }
  /** `text`: the formula as written, for messages. */
  | { kind: 'expr'; expr: Expr; text: string; decimals?: number };

/** What a check tests. */
export type TestModel =
  | { kind: 'compare'; operator: CompareOperator; operand: Operand }
  | { kind: 'range'; band: Band; lowerText: string; upperText: string; decimals: number }
  | { kind: 'member'; negate: boolean; values: Literal[] }
  /** `nominal ± tolerance` or `nominal +plus/−minus`: the closed range [nominal − minus, nominal + plus]. */
  | { kind: 'tolerance'; nominal: Operand; plus: Operand; minus: Operand; symmetric: boolean; text: string }
  | { kind: 'condition'; condition: ConditionModel; text: string };

/** How the measured value is compared: as measured, or rounded (GB/T 8170). */
export type ComparisonModel =
  | { method: 'full' }
  /** `interval` undefined: the limit's own precision. */
  | { method: 'rounded'; interval?: RoundingInterval };

/**
 * How a check judges several specimens: every one (`each`), their min, max or
 * mean, or a count of specimens failing (`atMostFailing`) or meeting
 * (`atLeastPassing`) the limit.
 */
export type Aggregate = 'each' | 'min' | 'max' | 'mean' | 'atMostFailing' | 'atLeastPassing';

/** What failing a check does. */
export type CheckEffect = 'requirement' | 'gate' | 'cap' | 'scope';

/** One requirement, after expansion: a scope check or a criterion of one grade. */
export interface CheckModel {
  /** Stable id from the rule file (`<id>@<grade>` when expanded from a grade table). */
  id: string;
  /** The id as written. */
  sourceId: string;
  label: LocalizedText;
  effect: CheckEffect;
  /** The grade the requirement belongs to; `null` for scope checks. */
  grade: GradeModel | null;
  /** For `cap`: the grade the record is held to when this fails. */
  capAt?: GradeModel;
  /** The indicator or derived value tested; undefined for escape-hatch conditions. */
  subject?: string;
  when?: ConditionModel;
  test: TestModel;
  comparison: ComparisonModel;
  aggregate: Aggregate;
  /** For `atMostFailing` / `atLeastPassing`: how many specimens. */
  aggregateCount?: number;
  reason?: LocalizedText;
  clause?: string;
  location: SourceLocation;
}

/** Scoring, resolved. */
export interface ScoringModel {
  dimensions: DimensionModel[];
  totalSlot: number;
  weightSum: number;
  /** `weakestLink: cap`: every dimension is held to each cutoff, so the total never holds a grade back alone. */
  weakestLink?: true;
}

/** A scoring dimension, resolved. */
export interface DimensionModel {
  id: string;
  slot: number;
  label: LocalizedText;
  weight: number;
  /**
   * Its items, in the rule file's order; filled when the dimension's sum is
   * built, so empty for a dimension whose items could not be resolved.
   */
  items: ScoringItemModel[];
}

/** One item of a scoring dimension: the indicator it scores, its weight and how its value turns into points. */
export interface ScoringItemModel {
  indicator: string;
  /** The indicator's slot. */
  slot: number;
  /** Its weight within the dimension (1 unless written). */
  weight: number;
  /** Points by value (`points: { "1": 100 }`); neither this nor `bands`: the value is its points. */
  map?: Map<string, number>;
  /** Points by band (`points: [["≤ 38", 100]]`), the first band holding the value giving them. */
  bands?: { band: Band; points: number }[];
  /** `missing: reweight`: a record that leaves the value out is scored without the item, its weight shared out. */
  reweight?: true;
}

/** Everything known about a rule set's source. */
export interface RuleSetMeta {
  id: string;
  version: string;
  title: LocalizedText;
  description?: LocalizedText;
  industry: string;
  subject: 'product' | 'enterprise';
  references: ReferenceDocument[];
  provenance: { level: ProvenanceLevel; note: LocalizedText };
  /** The file it was read from, or the name given to `parseRuleSet`. */
  file: string;
}

/** The resolved rule set. */
export interface RuleSetModel {
  meta: RuleSetMeta;
  /** Every value by slot: indicators first, then derived values in evaluation order. */
  indicators: IndicatorModel[];
  derived: DerivedModel[];
  /** Name → slot, for indicators and derived values. */
  slots: Map<string, number>;
  tables: TableModel[];
  grades: GradeModel[];
  scope: CheckModel[];
  criteria: CheckModel[];
  scoring?: ScoringModel;
  /** Group grading: statistics over a group of records and their requirements. */
  group?: GroupModel;
}

export type { GradeModel, SourceLocation } from './grade-model';
