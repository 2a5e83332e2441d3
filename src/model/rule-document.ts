/**
 * The rule format as written in a file (schemaVersion 1). These types mirror
 * `schemas/ruleset.schema.json`; the validated, resolved form that evaluation
 * uses is {@link RuleSetModel}.
 *
 * @module
 */
import type { LocalizedText } from '../text/localized-text';
import type { GroupDocument } from './group-document';

/**
 * A rule file as written, after YAML parsing and schema validation.
 *
 * @example
 * const doc: RuleDocument = ruleSet.document;
 * doc.references[0]?.edition; // '2018'
 */
export interface RuleDocument {
  /** Path or URL of the JSON Schema, for editors. */
  $schema?: string;
  /** The rule-format version; 1 for this release. */
  schemaVersion: 1;
  /** `<industry>/<name>`, e.g. `steel/hot-rolled-ribbed-bar`. */
  id: string;
  /** The rule set's own version (semver), raised when its thresholds change. */
  version: string;
  /** Its name. */
  title: LocalizedText;
  /** What it grades and how. */
  description?: LocalizedText;
  /** Industry, e.g. "steel". */
  industry: string;
  /** Whether records are products or enterprises. */
  subject: 'product' | 'enterprise';
  /** The standards it encodes. */
  references: ReferenceDocument[];
  /** How sure the figures are. */
  provenance: ProvenanceDocument;
  /** Default comparison method for every criterion (GB/T 8170): `full` value or `rounded` value. */
  comparison?: ComparisonMethod;
  /** The inputs, by name. */
  indicators: Record<string, IndicatorDocument>;
  /** Values computed by formulas, by name. */
  derived?: Record<string, DerivedDocument>;
  /** Threshold tables, by name. */
  tables?: Record<string, TableDocument>;
  /** Grades, lowest first. */
  grades: GradeDocument[];
  /** Requirements placing a record inside the standard. */
  scope?: ScopeDocument[];
  /** Requirements per grade. */
  criteria?: CriterionDocument[];
  /** Weighted scoring. */
  scoring?: ScoringDocument;
  /** Statistics over a group of records and their requirements (lot and period grading). */
  group?: GroupDocument;
}

/**
 * GB/T 8170 comparison methods: 全数值比较法 (`full`) and 修约值比较法 (`rounded`).
 *
 * @example
 * const method: ComparisonMethod = ruleSet.document.comparison ?? 'full';
 */
export type ComparisonMethod = 'full' | 'rounded';

/**
 * How sure the figures are, in the terms of the domain reference.
 *
 * @example
 * const level: ProvenanceLevel = ruleSet.provenance.level; // 'sourced' | 'secondary' | 'unverified' | 'illustrative'
 */
export type ProvenanceLevel = 'sourced' | 'secondary' | 'unverified' | 'illustrative';

/**
 * A standard or document the rule set encodes.
 *
 * @example
 * const ref: ReferenceDocument = { code: 'GB/T 1499.2-2018', edition: '2018', status: 'superseded', supersededBy: 'GB 1499.2-2024' };
 */
export interface ReferenceDocument {
  /** Standard code, e.g. "GB/T 1499.2-2018". */
  code: string;
  /** Its title. */
  title?: LocalizedText;
  /** The edition encoded. */
  edition: string;
  /** Clause or table the figures come from. */
  clause?: string;
  /** Whether the edition is current, superseded or a draft. */
  status?: 'current' | 'superseded' | 'draft';
  /** The standard that replaced it. */
  supersededBy?: string;
  /** A remark on the reference. */
  note?: LocalizedText;
}

/**
 * Where the figures come from and how sure they are.
 *
 * @example
 * const p: ProvenanceDocument = { level: 'secondary', note: { zh: '引用资料', en: 'From a note citing the standard' } };
 */
export interface ProvenanceDocument {
  /** How sure the figures are. */
  level: ProvenanceLevel;
  /** Where the figures come from. */
  note: LocalizedText;
}

/**
 * Type of an indicator's value.
 *
 * @example
 * const numeric = ruleSet.indicators.filter((i) => i.type === 'number' || i.type === 'integer');
 */
export type IndicatorType = 'number' | 'integer' | 'boolean' | 'enum' | 'string';

/**
 * An input to grading: a measured or declared value of the record.
 *
 * @example
 * const apf: IndicatorDocument = { type: 'number', range: '> 0', label: { zh: 'APF', en: 'APF' } };
 */
export interface IndicatorDocument {
  /** Type of the value. */
  type: IndicatorType;
  /** Its label. */
  label: LocalizedText;
  /** Unit of measurement. */
  unit?: string;
  /** What it is and how it is measured. */
  description?: LocalizedText;
  /** Allowed numeric range as a band, e.g. `"> 0"` or `"[0, 100]"`. */
  range?: string;
  /**
   * The rule author's plausibility check, not a standard's limit: a band a real value lies in (`"≥ 1000"` for a
   * room air conditioner's capacity in W). A value outside it makes the record invalid (`implausible`), with
   * advice to check the unit (kW written under a W column) or the figure.
   */
  plausible?: string;
  /** Allowed values of an `enum` indicator. */
  values?: (string | number)[];
  /**
   * Labels of an `enum` indicator's values, by value (`heat-pump: { zh: 热泵型, en: Heat pump }`), or of a
   * `boolean`'s, keyed `true`/`false` (`false: { zh: 水冷式, en: Water-cooled }`): a record may give a value
   * by a label or an alias, and explanations show the label in the run's language.
   */
  valueLabels?: Record<string, ValueLabelDocument>;
  /** Whether the record must give it (default true). */
  required?: boolean;
  /** Required only when these conditions hold. */
  requiredWhen?: WhenDocument;
  /** Value used when the record does not give one. */
  default?: string | number | boolean;
  /**
   * Accept several specimens: `true`, the most allowed, or a count as the
   * test standard sets it, `{ exactly: 3 }` or `{ min: 2, max: 5 }` (fewer
   * values make the record invalid).
   */
  specimens?: boolean | number | SpecimenCountDocument;
  /** GB/T 8170 comparison method for requirements on it. */
  comparison?: ComparisonMethod;
  /** Rounding interval for the rounded-value method. */
  interval?: number | string;
}

/**
 * The label of one enum value, in zh and en, with other spellings a record
 * may give it as; or the other spellings alone, when reports should go on
 * showing the value itself (`P.O`, read from a sheet's `普通硅酸盐水泥`). The
 * schema takes `zh` and `en` together, `aliases`, or both.
 *
 * @example
 * const label: ValueLabelDocument = { zh: '热泵型', en: 'Heat pump', aliases: ['冷暖型'] };
 * const spelling: ValueLabelDocument = { aliases: ['普通硅酸盐水泥'] };
 */
export interface ValueLabelDocument {
  /** Simplified Chinese display label (with `en`). */
  zh?: string;
  /** English display label (with `zh`). */
  en?: string;
  /** Other spellings a record may give the value as (`热泵`, `冷暖型`). */
  aliases?: string[];
}

/**
 * How many specimens a test takes: exactly `n`, or between `min` and `max`.
 *
 * @example
 * const charpy: SpecimenCountDocument = { exactly: 3 }; // GB/T 229: a set of three specimens
 */
export interface SpecimenCountDocument {
  /** Exactly this many specimens. */
  exactly?: number;
  /** At least this many. */
  min?: number;
  /** At most this many. */
  max?: number;
}

/**
 * A value computed from indicators by a formula.
 *
 * @example
 * const ratio: DerivedDocument = { label: { zh: '强屈比', en: 'Strength ratio' }, formula: 'tensileStrength / yieldStrength' };
 */
export interface DerivedDocument {
  /** Its label. */
  label: LocalizedText;
  /** The formula, e.g. "tensileStrength / yieldStrength". */
  formula: string;
  /** Unit of the result. */
  unit?: string;
  /** What it is. */
  description?: LocalizedText;
  /** Decimals to show, and the rounding interval (10^-decimals) for rounded comparisons against it. */
  decimals?: number;
  /**
   * Each specimen's value from that specimen's own values only (Rm° / ReL° of one bar): indicators with specimens
   * must give as many values each; one value is not reused for every specimen. Default false.
   */
  pairSpecimens?: boolean;
  /**
   * The rule author's check, not a standard's limit: a band every real value of the formula lies in, e.g.
   * `"> 0"` for final setting minus initial setting (0 or less means the two columns were swapped).
   * A record whose value falls outside it is invalid (`implausible`), with the values the formula read.
   */
  plausible?: string;
}

/**
 * A threshold table keyed by categories and/or numeric bands, written like the standard's own table.
 *
 * @example
 * const t: TableDocument = {
 *   keys: ['ratedCoolingCapacity'],
 *   columns: ['ratedCoolingCapacity', '1', '2'],
 *   rows: [['≤ 4500', 5.0, 4.5], ['(4500, 7100]', 4.5, 4.0]],
 * };
 */
export interface TableDocument {
  /** Its title. */
  title?: LocalizedText;
  /** Where the table comes from, e.g. "GB/T 1499.2-2018 表 6". */
  source?: string;
  /** Columns that select a row; each names an indicator. */
  keys: string[];
  /** All columns in order: the keys, then the value columns. */
  columns: string[];
  /** The rows: key cells, then limits. */
  rows: TableCell[][];
}

/**
 * A table cell: a number, text, a list of categories, or `null` (no requirement).
 *
 * @example
 * const cells: TableCell[] = [['HRB400', 'HRBF400'], 400, 540, null];
 */
export type TableCell = string | number | boolean | null | (string | number | boolean)[];

/**
 * A grade of the ladder.
 *
 * @example
 * const g: GradeDocument = { id: '1', label: { zh: '1级', en: 'Grade 1' } };
 */
export interface GradeDocument {
  /** Grade id used in results. */
  id: string;
  /** Its label. */
  label: LocalizedText;
  /** What the grade means. */
  description?: LocalizedText;
}

/**
 * Conditions as a map (`indicator: value | [values] | "≤ 4500"`) or json-rules-engine syntax.
 *
 * @example
 * const when: WhenDocument = { unitType: 'heat-pump', ratedCoolingCapacity: '≤ 4500' };
 */
export type WhenDocument = Record<string, unknown> | JreConditionDocument;

/**
 * json-rules-engine condition syntax, accepted as an escape hatch.
 *
 * @example
 * const c: JreConditionDocument = { any: [{ fact: 'apf', operator: 'greaterThanInclusive', value: 5.5 }] };
 */
export type JreConditionDocument =
  | {
      /** Every sub-condition must hold. */
      all: JreConditionDocument[];
    }
  | {
      /** At least one sub-condition must hold. */
      any: JreConditionDocument[];
    }
  | {
      /** The sub-condition must not hold. */
      not: JreConditionDocument;
    }
  | {
      /** An indicator or derived value. */
      fact: string;
      /** A json-rules-engine built-in operator, e.g. `greaterThanInclusive`. */
      operator: string;
      /** The value to compare with, or `{ fact: name }`. */
      value: unknown;
    };

/**
 * A requirement a record must meet to be inside the standard's scope.
 *
 * @example
 * const s: ScopeDocument = { id: 'in-scope', indicator: 'diameter', require: '[6, 50]', reason: { zh: '超范围', en: 'Out of scope' } };
 */
export interface ScopeDocument {
  /** Stable id. */
  id: string;
  /** The indicator the scope requirement is on. */
  indicator?: string;
  /** The requirement, e.g. "≤ 14000 W". */
  require?: string;
  /** Escape hatch: a json-rules-engine condition. */
  condition?: JreConditionDocument;
  /** Applies only when these conditions hold. */
  when?: WhenDocument;
  /** Why a record failing it is outside the scope. */
  reason: LocalizedText;
}

/**
 * A requirement on an indicator, for one grade, every grade, or per grade from a table.
 *
 * @example
 * const c: CriterionDocument = { id: 'yield-strength', indicator: 'yieldStrength', require: '≥ mechanical.yieldStrength' };
 */
export interface CriterionDocument {
  /** Stable id; results and test suites refer to it. */
  id: string;
  /** Label for explanations (default: the indicator's). */
  label?: LocalizedText;
  /** The indicator or derived value the requirement is on. */
  indicator?: string;
  /** The requirement as the standard writes it, e.g. "≥ 4.50". */
  require?: string;
  /** Escape hatch: a json-rules-engine condition instead of `indicator` and `require`. */
  condition?: JreConditionDocument;
  /** The grade it belongs to (default: the lowest, so every grade). */
  grade?: string;
  /** Veto item: failing it leaves the record not graded. */
  gate?: boolean;
  /** Failing it holds the record at this grade at most. */
  cap?: string;
  /** Applies only when these conditions hold. */
  when?: WhenDocument;
  /** GB/T 8170 comparison method for this requirement. */
  comparison?: ComparisonMethod;
  /** Rounding interval for the rounded-value method (default: the limit's precision). */
  interval?: number | string;
  /**
   * With several specimens: `each` (default), `min`, `max`, `mean`, or a
   * count of specimens: `{ atMostFailing: 1 }` ("at most one single value
   * below the limit"), `{ atLeastPassing: 2 }`.
   */
  aggregate?: AggregateDocument;
  /** Clause of the standard it encodes. */
  clause?: string;
  /** A remark for readers of the rule file. */
  note?: LocalizedText;
}

/**
 * How a requirement judges several specimens.
 *
 * @example
 * const oneBelowAllowed: AggregateDocument = { atMostFailing: 1 };
 */
export type AggregateDocument =
  | 'each'
  | 'min'
  | 'max'
  | 'mean'
  | {
      /** At most this many specimens may fail the limit. */
      atMostFailing: number;
    }
  | {
      /** At least this many specimens must meet the limit. */
      atLeastPassing: number;
    };

/**
 * Weighted scoring: item points into dimensions and a total, grades by cutoffs.
 *
 * @example
 * const s: ScoringDocument = { dimensions: [], cutoffs: { '1-star': 60, '2-star': 70 }, weakestLink: 'cap' };
 */
export interface ScoringDocument {
  /** The dimensions and their items. */
  dimensions: DimensionDocument[];
  /** Total score needed for each grade. */
  cutoffs: Record<string, number>;
  /** `cap`: every dimension must also reach the grade's cutoff. */
  weakestLink?: 'cap' | 'none';
  /** A dimension's minimum score for a grade. */
  minimums?: Record<string, Record<string, number>>;
}

/**
 * A scoring dimension: weighted items.
 *
 * @example
 * const d: DimensionDocument = { id: 'safety', label: { zh: '安全', en: 'Safety' }, weight: 30, items: [{ indicator: 'leakageScore' }] };
 */
export interface DimensionDocument {
  /** Dimension id; also the name of its score. */
  id: string;
  /** Its label. */
  label: LocalizedText;
  /** Weight in the total. */
  weight: number;
  /** The scored items. */
  items: ScoringItemDocument[];
}

/**
 * One scored item: an indicator's value, mapped or banded into points.
 *
 * @example
 * const item: ScoringItemDocument = { indicator: 'noise', points: [['≤ 38', 100], ['(38, 42]', 80]] };
 */
export interface ScoringItemDocument {
  /** The indicator scored. */
  indicator: string;
  /** Weight within the dimension (default 1). */
  weight?: number;
  /** Points by value or by band; without it the value is the score. */
  points?: Record<string, number> | [string, number][];
  /**
   * What a record that leaves the value out (未评, not assessed) gets: `none` (the default), no score for the
   * dimension and so no total; `reweight`, the item is not counted and its weight is shared out over the
   * dimension's other items in proportion to theirs.
   */
  missing?: 'none' | 'reweight';
}
