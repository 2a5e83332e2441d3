import type { CriterionStatus } from '../model/grade-result';
import type { LimitValue } from './limit-value';

/**
 * What evaluating one check for one record gave, by either path (compiled
 * closures or json-rules-engine). Every field is always present, so outcomes
 * share one shape.
 */
export interface CheckOutcome {
  status: CriterionStatus;
  /**
   * `ready`: a value and a limit exist to compare; `missing` value; `no-limit`
   * for this record; `unavailable`: the grade does not exist for the record's row (`n/a`).
   */
  state: 'ready' | 'missing' | 'no-limit' | 'unavailable';
  /** The measured value that decides (a specimen's, or the min/max/mean). */
  measured: number | string | boolean | undefined;
  /** The value compared: `measured`, rounded by GB/T 8170 under the rounded-value method. */
  compared: number | string | boolean | undefined;
  rounded: boolean;
  /** 1-based specimen that decides; 0 when not applicable. */
  specimen: number;
  limit: LimitValue | undefined;
  /** For a count of specimens (`atMostFailing`, `atLeastPassing`): every specimen's value, in order. */
  specimens: readonly number[] | undefined;
  /** For a count of specimens: the 1-based specimens that fail the limit. */
  failing: readonly number[] | undefined;
  /**
   * The slot of a value the record leaves out that decides, -1 for none: a
   * `when` that needs it (status `not-applicable`), or a limit that reads it
   * (status `missing`: the limit cannot be known, so the requirement is not met).
   */
  absent: number;
  /**
   * Set (status `not-applicable`) when the limit's table has no row for the keys the record gives: the
   * table's index and the record's key values, in the table's order; else undefined (newcomer-30 M1).
   */
  noRow: { table: number; keys: unknown[] } | undefined;
}

/**
 * Whether an outcome holds its record back — its explanation has `passed: false`: the check
 * failed, has no value to check, or asks for a grade the record's row does not have (`n/a`).
 */
export function failsRequirement(o: CheckOutcome): boolean {
  return o.status !== 'not-applicable' && (o.status !== 'passed' || o.state === 'unavailable');
}

/**
 * Whether an outcome is explained as not checked for want of a table row (`notChecked`): a value left out that
 * decides (`absent`) is said first, so such an outcome reads as that, not as the missing row.
 */
export function isNotChecked(o: CheckOutcome): boolean {
  return o.noRow !== undefined && o.absent < 0;
}

/**
 * An outcome with every field present and nothing read yet: the one shape all
 * outcomes share, for a check to fill.
 */
export function blankOutcome(): CheckOutcome {
  return {
    status: 'not-applicable',
    state: 'no-limit',
    measured: undefined,
    compared: undefined,
    rounded: false,
    specimen: 0,
    limit: undefined,
    specimens: undefined,
    failing: undefined,
    absent: -1,
    noRow: undefined,
  };
}

function constant(status: CheckOutcome['status'], state: CheckOutcome['state']): CheckOutcome {
  const o = blankOutcome();
  o.status = status;
  o.state = state;
  return Object.freeze(o);
}

/** Shared outcomes that carry no value: skipped by `when`, and escape-hatch conditions. */
export const NOT_APPLICABLE = constant('not-applicable', 'no-limit');
export const CONDITION_PASSED = constant('passed', 'ready');
export const CONDITION_FAILED = constant('failed', 'ready');

// One per slot, shared by every check and record: it holds nothing but the slot.
const skippedWithout: CheckOutcome[] = [];

/** The shared outcome of a check skipped because its `when` needs the value in `slot`, which the record leaves out. */
export function notApplicableWithout(slot: number): CheckOutcome {
  let o = skippedWithout[slot];
  if (!o) {
    const made = blankOutcome();
    made.absent = slot;
    o = Object.freeze(made);
    skippedWithout[slot] = o;
  }
  return o;
}
