/**
 * The rule format as written in a file (schemaVersion 1). These types mirror
 * `schemas/ruleset.schema.json`; the validated, resolved form that evaluation
 * uses is {@link RuleSetModel}.
 *
 * @module
 */
import type { LocalizedText } from '../text/localized-text';

/** A rule file as written, after YAML parsing and schema validation. */
export interface RuleDocument {
  $schema?: string;
  /** The rule-format version; 1 for this release. */
  schemaVersion: 1;
  /** `<industry>/<name>`, e.g. `steel/hot-rolled-ribbed-bar`. */
  id: string;
  /** The rule set's own version (semver), raised when its thresholds change. */
  version: string;
  title: LocalizedText;
  description?: LocalizedText;
  industry: string;
  subject: 'product' | 'enterprise';
  references: ReferenceDocument[];
  provenance: ProvenanceDocument;
  /** Default comparison method for every criterion (GB/T 8170): `full` value or `rounded` value. */
  comparison?: ComparisonMethod;
  indicators: Record<string, IndicatorDocument>;
  derived?: Record<string, DerivedDocument>;
  tables?: Record<string, TableDocument>;
  /** Grades, lowest first. */
  grades: GradeDocument[];
  scope?: ScopeDocument[];
  criteria?: CriterionDocument[];
  scoring?: ScoringDocument;
}

/** GB/T 8170 comparison methods: 全数值比较法 (`full`) and 修约值比较法 (`rounded`). */
export type ComparisonMethod = 'full' | 'rounded';

/** How sure the figures are, in the terms of the domain reference. */
export type ProvenanceLevel = 'sourced' | 'secondary' | 'unverified' | 'illustrative';

/** A standard or document the rule set encodes. */
export interface ReferenceDocument {
  code: string;
  title?: LocalizedText;
  edition: string;
  clause?: string;
  status?: 'current' | 'superseded' | 'draft';
  supersededBy?: string;
  note?: LocalizedText;
}

/** Where the figures come from and how sure they are. */
export interface ProvenanceDocument {
  level: ProvenanceLevel;
  note: LocalizedText;
}

/** Type of an indicator's value. */
export type IndicatorType = 'number' | 'integer' | 'boolean' | 'enum' | 'string';

/** An input to grading: a measured or declared value of the record. */
export interface IndicatorDocument {
  type: IndicatorType;
  label: LocalizedText;
  unit?: string;
  description?: LocalizedText;
  /** Allowed numeric range as a band, e.g. `"> 0"` or `"[0, 100]"`. */
  range?: string;
  /** Allowed values of an `enum` indicator. */
  values?: (string | number)[];
  /** Whether the record must give it (default true). */
  required?: boolean;
  /** Required only when these conditions hold. */
  requiredWhen?: WhenDocument;
  /** Value used when the record does not give one. */
  default?: string | number | boolean;
  /** Accept several specimens: `true`, or the most allowed. */
  specimens?: boolean | number;
  comparison?: ComparisonMethod;
  interval?: number | string;
}

/** A value computed from indicators by a formula. */
export interface DerivedDocument {
  label: LocalizedText;
  formula: string;
  unit?: string;
  description?: LocalizedText;
  /** Decimals to show, and the rounding interval (10^-decimals) for rounded comparisons against it. */
  decimals?: number;
}

/** A threshold table keyed by categories and/or numeric bands, written like the standard's own table. */
export interface TableDocument {
  title?: LocalizedText;
  /** Where the table comes from, e.g. "GB/T 1499.2-2018 表 6". */
  source?: string;
  /** Columns that select a row; each names an indicator. */
  keys: string[];
  /** All columns in order: the keys, then the value columns. */
  columns: string[];
  rows: TableCell[][];
}

/** A table cell: a number, text, a list of categories, or `null` (no requirement). */
export type TableCell = string | number | boolean | null | (string | number | boolean)[];

/** A grade of the ladder. */
export interface GradeDocument {
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
}

/** Conditions as a map (`indicator: value | [values] | "≤ 4500"`) or json-rules-engine syntax. */
export type WhenDocument = Record<string, unknown> | JreConditionDocument;

/** json-rules-engine condition syntax, accepted as an escape hatch. */
export type JreConditionDocument =
  | { all: JreConditionDocument[] }
  | { any: JreConditionDocument[] }
  | { not: JreConditionDocument }
  | { fact: string; operator: string; value: unknown };

/** A requirement a record must meet to be inside the standard's scope. */
export interface ScopeDocument {
  id: string;
  indicator?: string;
  require?: string;
  condition?: JreConditionDocument;
  when?: WhenDocument;
  reason: LocalizedText;
}

/** A requirement on an indicator, for one grade, every grade, or per grade from a table. */
export interface CriterionDocument {
  id: string;
  label?: LocalizedText;
  indicator?: string;
  require?: string;
  condition?: JreConditionDocument;
  grade?: string;
  gate?: boolean;
  cap?: string;
  when?: WhenDocument;
  comparison?: ComparisonMethod;
  interval?: number | string;
  aggregate?: 'each' | 'min' | 'max' | 'mean';
  clause?: string;
  note?: LocalizedText;
}

/** Weighted scoring: item points into dimensions and a total, grades by cutoffs. */
export interface ScoringDocument {
  dimensions: DimensionDocument[];
  cutoffs: Record<string, number>;
  weakestLink?: 'cap' | 'none';
  minimums?: Record<string, Record<string, number>>;
}

/** A scoring dimension: weighted items. */
export interface DimensionDocument {
  id: string;
  label: LocalizedText;
  weight: number;
  items: ScoringItemDocument[];
}

/** One scored item: an indicator's value, mapped or banded into points. */
export interface ScoringItemDocument {
  indicator: string;
  weight?: number;
  points?: Record<string, number> | [string, number][];
}
