import type { RecordErrorCode } from '../errors/error-codes';
import type { LocalizedText } from '../text/localized-text';

/** How a requirement compares: ≥ > ≤ < = ≠, a range, membership, or an escape-hatch condition. */
export type LimitOperator = '>=' | '>' | '<=' | '<' | '=' | '!=' | 'between' | 'in' | 'not in' | 'condition';

/** A requirement's limit for this record, as data and as text. */
export interface Limit {
  operator: LimitOperator;
  /** The limit: a number, text or boolean; `[lower, upper]` for `between`; the allowed values for `in`. */
  value: number | string | boolean | (number | string | boolean)[] | null;
  /** As a standard prints it, with the digits the rule file gives: `"≥ 4.50"`, `"[1.25, 1.30]"`. */
  text: string;
}

/** What became of one requirement for one record. */
export type CriterionStatus = 'passed' | 'failed' | 'not-applicable' | 'missing';

/** One requirement, evaluated for one record. */
export interface CriterionResult {
  /** Stable id from the rule file (`<id>@<grade>` when expanded from a grade table). */
  id: string;
  label: LocalizedText;
  /** The indicator or derived value tested; `null` for an escape-hatch condition. */
  indicator: string | null;
  /** The measured value compared (for several specimens: the one that decides, or their min/max/mean). */
  value: number | string | boolean | null;
  /** The value after GB/T 8170 rounding, when the rounded-value method was used. */
  rounded?: number;
  /** 1-based specimen whose value decided the result, when the record gives several. */
  specimen?: number;
  /** The limit for this record; `null` when none applies (not applicable). */
  limit: Limit | null;
  /** `true` met, `false` not met (or value missing), `null` not applicable. */
  passed: boolean | null;
  status: CriterionStatus;
  /** The grade this requirement belongs to; `null` for scope requirements. */
  grade: string | null;
  /** What failing it does: hold the record below `grade`, veto grading (`gate`), cap the grade, or put the record out of scope. */
  effect: 'requirement' | 'gate' | 'cap' | 'scope';
  /** For `cap`: the grade the record is held to when this fails. */
  capAt?: string;
  message: LocalizedText;
}

/** A problem with one field of an input record. */
export interface RecordError {
  /** The field (indicator) concerned; `""` for the record as a whole. */
  field: string;
  code: RecordErrorCode;
  message: LocalizedText;
}

/** Why a record has no grade. */
export interface NotGradedReason {
  code: 'invalid-record' | 'out-of-scope' | 'gate-failed' | 'below-lowest-grade';
  message: LocalizedText;
  /** Ids of the requirements responsible (scope, gate or lowest-grade requirements). */
  criteria: string[];
}

/** A dimension's part of a score. */
export interface DimensionScore {
  id: string;
  label: LocalizedText;
  score: number;
  weight: number;
  /** Points this dimension adds to the total: weight share × score. */
  contribution: number;
}

/** Scores of a scoring rule set. */
export interface ScoreBreakdown {
  total: number;
  dimensions: DimensionScore[];
  /** The dimension holding the grade down (a failed dimension requirement of the next grade), if any. */
  limitingDimension: string | null;
}

/** The grade of one record, with the explanation. */
export interface GradeResult {
  /** 1-based position of the record in a batch input (set by batch tools such as the CLI). */
  row?: number;
  ruleSet: { id: string; version: string };
  /** The grade reached, or `null` when not graded. */
  grade: string | null;
  /** Label of the grade reached. */
  label: LocalizedText | null;
  /** Whether the record reached a grade (it conforms to the standard's lowest grade and is in scope). */
  conforming: boolean;
  /** Every requirement with its measured value, limit, result and grade: scope first, then criteria, lowest grade first. */
  criteria: CriterionResult[];
  /** The next grade up and the requirements that block it; `null` at the top grade or when the record cannot be graded. */
  nextGrade: { grade: string; label: LocalizedText; blockers: CriterionResult[] } | null;
  notGradedReason?: NotGradedReason;
  /** Field-by-field problems with an invalid record. */
  errors?: RecordError[];
  /** Dimension and total scores, for scoring rule sets. */
  scores?: ScoreBreakdown;
}
