/**
 * Public result types of group grading: a group of records (a lot, a month's
 * samples) graded as a unit. `schemas/group-result.schema.json` describes the
 * same shape for the CLI's JSON output.
 *
 * @module
 */
import type { LocalizedText } from '../text/localized-text';
import type { Limit, RuleSetRef } from './grade-result';
import type { StatisticKind } from './group-document';

/**
 * One record of a group, named as the input names it: its row and kept
 * columns (the sample id), and the value concerned.
 *
 * @example
 * const ref: RecordRef = { row: 7, kept: { 编号: 'S-07' }, value: 45.1 };
 */
export interface RecordRef {
  /** 1-based position of the record in the input (in `gradeGroup`: in the records given). */
  row: number;
  /** The input's kept columns for the record (the sample id), when any are kept. */
  kept?: Record<string, string>;
  /** The value concerned (the statistic's value for this record), when there is one. */
  value?: number;
  /** The record's grade, when the reference is about its grade; `null` when it was not graded. */
  grade?: string | null;
  /** With `grade`: the ids of the record's failing requirements, or of its invalid fields. */
  failing?: string[];
}

/**
 * One statistic over a group, with the records it came from.
 *
 * @example
 * const cv = result.statistics.find((s) => s.statistic === 'cv'); // { value: 2.84, count: 20, lowest: {...}, highest: {...} }
 */
export interface StatisticResult {
  /** The statistic's name in the rule file. */
  id: string;
  /** Its label. */
  label: LocalizedText;
  /** What it computes. */
  statistic: StatisticKind;
  /** The indicator or derived value it is over. */
  indicator: string;
  /** Its value, to 15 significant digits; `null` when it cannot be computed (see `reason`). */
  value: number | null;
  /** Unit of the value: `%` for cv and pass rate, the indicator's for mean, min, max and stdev. */
  unit?: string;
  /** How many records gave a value. */
  count: number;
  /** Mean of the values (for stdev, cv and cpk, what they were computed with). */
  mean?: number;
  /** Sample standard deviation of the values (for cv and cpk). */
  stdev?: number;
  /** The record with the lowest value. */
  lowest?: RecordRef;
  /** The record with the highest value. */
  highest?: RecordRef;
  /** For a pass rate: how many records met the requirement, and how many were counted. */
  passed?: number;
  /** For a pass rate: the records that did not meet it (the first 20; `failedCount` says how many in all). */
  failed?: RecordRef[];
  /** For a pass rate: how many records did not meet it. */
  failedCount?: number;
  /** Why `value` is `null`: too few values, or no variation for Cpk, or a mean of zero for cv. */
  reason?: LocalizedText;
  /** The statistic as a sentence: its value, how it was computed, and the records it came from. */
  message: LocalizedText;
}

/**
 * A requirement on a statistic, evaluated for the group.
 *
 * @example
 * for (const c of result.criteria) if (!c.passed) console.log(c.id, c.value, c.limit.text, c.message.en);
 */
export interface GroupCriterionResult {
  /** Stable id from the rule file. */
  id: string;
  /** Its label. */
  label: LocalizedText;
  /** The statistic it is on, by name. */
  statistic: string;
  /** The statistic's value. */
  value: number | null;
  /** The limit. */
  limit: Limit;
  /** Whether the group met it; `false` when the statistic could not be computed. */
  passed: boolean;
  /** `missing` when the statistic could not be computed. */
  status: 'passed' | 'failed' | 'missing';
  /** The grade it belongs to. */
  grade: string;
  /** The records the statistic came from: the lowest and highest, or a pass rate's failing records. */
  records: RecordRef[];
  /** The explanation as a sentence. */
  message: LocalizedText;
}

/**
 * Why a group has no grade.
 *
 * @example
 * if (result.notGradedReason?.code === 'invalid-record') console.log(result.notGradedReason.records.map((r) => r.row));
 */
export interface GroupNotGradedReason {
  /**
   * Some records are invalid; the records give two values of an indicator the
   * rule set's `group.sameValue` says a group shares (the records named are the
   * first of each value); some records are not graded; every record is out of
   * scope (`out-of-scope`: the group is of a product the rule set does not
   * cover, and its requirements are not judged); or the statistics fail the
   * lowest grade.
   */
  code: 'invalid-record' | 'mixed-values' | 'record-not-graded' | 'out-of-scope' | 'below-lowest-grade';
  /** The reason as a sentence. */
  message: LocalizedText;
  /** The records responsible (the first 20). */
  records: RecordRef[];
  /** The group requirements responsible. */
  criteria: string[];
  /**
   * How many of the group's valid records are not graded, by their reason code (`below-lowest-grade`,
   * `out-of-scope`, `gate-failed`), when some are: a group held only by specimens below the lowest grade fails
   * it (`compare --group-by` counts it under "below the lowest grade"), one with a record out of scope is not
   * graded. Added in 0.2.0.
   */
  recordReasons?: Record<string, number>;
}

/**
 * Counts of a group's records.
 *
 * @example
 * result.records; // { count: 20, invalid: 0, notGraded: 0, byGrade: { superior: 18, first: 2 } }
 */
export interface GroupRecordCounts {
  /** Records in the group. */
  count: number;
  /** Records that are not valid. */
  invalid: number;
  /** Valid records without a grade (out of scope, a failed gate, below the lowest grade). */
  notGraded: number;
  /** Records per grade reached. */
  byGrade: Record<string, number>;
}

/**
 * The grade of a group of records graded as a unit: the grade every record
 * reaches, held down by the requirements on the group's statistics.
 *
 * @example
 * const result: GroupResult = grader.gradeGroup(samples);
 * console.log(result.grade, result.statistics.map((s) => `${s.id} ${s.value}`));
 */
export interface GroupResult {
  /**
   * The group's key (the `--group-by` column's value); `""` for `gradeGroup` without a key, and for the
   * group of the records with no value in the `--group-by` column (graded last).
   */
  group: string;
  /** The rule set it was graded against. */
  ruleSet: RuleSetRef;
  /** The grade reached, or `null` when not graded. */
  grade: string | null;
  /** Label of the grade reached. */
  label: LocalizedText | null;
  /** Whether the group reached a grade. */
  conforming: boolean;
  /** Rows of the group's first and last record. */
  rows: {
    /** The group's first input row. */
    first: number;
    /** Its last input row. */
    last: number;
    /**
     * Where its first and last records are in the input, as a CSV/TSV line or a sheet row (`first`/`last` count
     * records, which a sheet's title rows and skipped summary rows do not match): present for those inputs. Added
     * in 0.2.0.
     */
    places?: {
      /** Where the first record is. */
      first: GroupRowPlace;
      /** Where the last record is. */
      last: GroupRowPlace;
    };
  };
  /** Counts of the records. */
  records: GroupRecordCounts;
  /** The lowest grade every record reaches; `null` when a record is not graded or invalid. */
  recordGrade: string | null;
  /** Records holding the group's grade down: at the lowest record grade below the top, or not graded (the first 20). */
  heldBy: RecordRef[];
  /** Every statistic of the rule set. */
  statistics: StatisticResult[];
  /** Every requirement on the statistics, lowest grade first. */
  criteria: GroupCriterionResult[];
  /** The next grade up and what blocks the group from it; `null` at the top grade or when not graded. */
  nextGrade: {
    /** Id of the next grade. */
    grade: string;
    /** Its label. */
    label: LocalizedText;
    /** The group requirements of that grade it fails. */
    blockers: GroupCriterionResult[];
    /** Records below that grade (the first 20). */
    records: RecordRef[];
  } | null;
  /** Why the group has no grade (absent when graded). */
  notGradedReason?: GroupNotGradedReason;
}

/**
 * A record's place in its input: a CSV/TSV line, or an .xlsx sheet row (1-based, as the file shows them).
 *
 * @example
 * const place: GroupRowPlace = { sheetRow: 5 };
 */
export type GroupRowPlace =
  | {
      /** The CSV/TSV line. */
      line: number;
    }
  | {
      /** The .xlsx sheet row. */
      sheetRow: number;
    };
