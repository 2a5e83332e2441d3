/**
 * A batch of check outcomes packed to cross from a grader pool's worker to
 * the pool's thread, where they are explained. Structured-cloning whole
 * results, or parsing them from JSON, costs the receiving thread many times
 * what grading does; the outcomes of a record are a few numbers per check,
 * and explaining them there builds the same results `gradeSync` builds,
 * sharing their constant parts (labels, limits, sentences of values already
 * seen) between records as it does.
 *
 * @module
 */

import { blankOutcome, type CheckOutcome } from '../compile/check-outcome';
import type { LimitValue } from '../compile/limit-value';
import { explainRecord } from '../explain/explain-record';
import { invalidRecord } from '../explain/invalid-record';
import { scoredOperandSlots } from '../explain/missing-scores';
import type { CriterionStatus, GradeResult, RecordError } from '../model/grade-result';
import type { GraderInput, SplitGrader } from './create-grader';

/** A batch's outcomes: numbers in one buffer (moved between threads, not copied), the rest beside them. */
export interface PackedOutcomes {
  /** How many records. */
  count: number;
  /** Per record its kind, its scores' values, then per check a word of flags and its numbers. */
  numbers: Float64Array;
  /** In the same order: the slots of defaults a record used, strings and booleans, limits on first use in the batch, specimen lists, record errors. */
  others: unknown[];
}

const STATUSES: readonly CriterionStatus[] = ['not-applicable', 'passed', 'failed', 'missing'];
const STATES: readonly CheckOutcome['state'][] = ['ready', 'missing', 'no-limit', 'unavailable'];
const STATUS_CODE: Record<string, number> = { 'not-applicable': 0, passed: 1, failed: 2, missing: 3 };
const STATE_CODE: Record<string, number> = { ready: 0, missing: 1, 'no-limit': 2, unavailable: 3 };

// The flag word of one outcome.
const ROUNDED = 1 << 4;
const MEASURED_NUMBER = 1 << 5;
const MEASURED_OTHER = 2 << 5;
const COMPARED_NUMBER = 1 << 7;
const COMPARED_OTHER = 2 << 7;
const COMPARED_SAME = 3 << 7;
const LIMIT_KEY = 1 << 9;
const LIMIT_NEW_KEY = 2 << 9;
const LIMIT_COMPUTED = 3 << 9;
const COUNTED = 1 << 11;
const SPECIMEN = 1 << 12;
/** A value left out decides (a `when` that needs it, a limit that reads it): its slot follows. */
const ABSENT = 1 << 13;
/** Not checked for want of a table row (`notChecked`): the table and its keys follow in `others`. */
const NO_ROW = 1 << 14;

const VALID = 0;
const INVALID = 1;
/** Valid, and some of its values are the rule file's defaults: their slots follow in `others`. */
const VALID_DEFAULTED = 2;
/** Valid (with or without defaults), and some of its values carry a rounding mark: their texts follow in `others`. */
const WRITTEN = 4;
/** Valid, with limits computed from a marked value: their interval texts, by check, follow in `others`. */
const LIMITS = 8;

/** Where a scored rule set keeps its scores: the slots a result's `scores` reads. */
function scoreSlots(split: SplitGrader): number[] {
  const scoring = split.compiled.model.scoring;
  return scoring ? [scoring.totalSlot, ...scoring.dimensions.map((d) => d.slot)] : [];
}

/**
 * The values a result's item scores read: each scored indicator's slot (a number, or text a `points` map scores),
 * then the indicators a scored derived value reads, which name the input left out when it cannot be computed.
 */
function itemSlots(split: SplitGrader): number[] {
  const model = split.compiled.model;
  const scoring = model.scoring;
  if (!scoring) return [];
  const items = scoring.dimensions.flatMap((d) => d.items.map((i) => i.slot));
  return [...items, ...scoredOperandSlots(model).filter((s) => !items.includes(s))];
}

/**
 * Grades a batch in a worker, up to the outcomes: what {@link explainPacked}
 * turns into results in the pool's thread.
 */
export function packOutcomes(split: SplitGrader, inputs: readonly GraderInput[]): PackedOutcomes {
  const slots = scoreSlots(split);
  const items = itemSlots(split);
  let numbers = new Float64Array(
    64 + inputs.length * (1 + slots.length + items.length + 3 * split.compiled.checks.length),
  );
  let n = 0;
  const others: unknown[] = [];
  // Keyed limits (literals, table cells) go once per batch; a record then names them by key.
  const sent = new Set<number>();
  // A computed limit's key is this worker's own (given as it first met the value): it goes unkeyed, once per batch.
  const fixedKeys = split.compiled.fixedKeys;
  const unkeyed = new Map<LimitValue, LimitValue>();
  const push = (x: number) => {
    if (n === numbers.length) {
      const grown = new Float64Array(numbers.length * 2);
      grown.set(numbers);
      numbers = grown;
    }
    numbers[n++] = x;
  };
  for (const input of inputs) {
    const graded = split.outcomes(input);
    if (Array.isArray(graded)) {
      push(INVALID);
      others.push(graded);
      continue;
    }
    const { defaulted, written, limits } = graded.facts;
    push(
      (defaulted === undefined ? VALID : VALID_DEFAULTED) |
        (written === undefined ? 0 : WRITTEN) |
        (limits === undefined ? 0 : LIMITS),
    );
    if (defaulted !== undefined) others.push(defaulted);
    if (written !== undefined) others.push(written);
    if (limits !== undefined) others.push(limits);
    const values = graded.facts.values;
    for (const slot of slots) {
      const v = values[slot];
      push(typeof v === 'number' ? v : Number.NaN);
    }
    // A value that is not a number (text a `points` map scores, or none) goes beside the numbers, NaN marking it.
    for (const slot of items) {
      const v = values[slot];
      if (typeof v === 'number' && !Number.isNaN(v)) push(v);
      else {
        push(Number.NaN);
        others.push(v);
      }
    }
    for (const o of graded.outcomes) {
      let flags = STATUS_CODE[o.status]! | (STATE_CODE[o.state]! << 2);
      if (o.rounded) flags |= ROUNDED;
      const measured = o.measured;
      if (typeof measured === 'number') flags |= MEASURED_NUMBER;
      else if (measured !== undefined) flags |= MEASURED_OTHER;
      const compared = o.compared;
      if (compared !== undefined) {
        if (Object.is(compared, measured)) flags |= COMPARED_SAME;
        else flags |= typeof compared === 'number' ? COMPARED_NUMBER : COMPARED_OTHER;
      }
      const limit = o.limit;
      const computed = limit !== undefined && (limit.key < 0 || limit.key >= fixedKeys);
      if (limit !== undefined) {
        if (computed) flags |= LIMIT_COMPUTED;
        else flags |= sent.has(limit.key) ? LIMIT_KEY : LIMIT_NEW_KEY;
      }
      if (o.specimens !== undefined || o.failing !== undefined) flags |= COUNTED;
      if (o.specimen !== 0) flags |= SPECIMEN;
      if (o.absent >= 0) flags |= ABSENT;
      if (o.noRow !== undefined) flags |= NO_ROW;
      push(flags);
      if (flags & SPECIMEN) push(o.specimen);
      if (flags & ABSENT) push(o.absent);
      if (typeof measured === 'number') push(measured);
      else if (measured !== undefined) others.push(measured);
      if ((flags & COMPARED_SAME) === COMPARED_NUMBER) push(compared as number);
      else if ((flags & COMPARED_SAME) === COMPARED_OTHER) others.push(compared);
      if (limit !== undefined) {
        if (limit.key < 0) others.push(limit);
        else if (computed) {
          let copy = unkeyed.get(limit);
          if (!copy) {
            copy = { ...limit, key: -1 };
            unkeyed.set(limit, copy);
          }
          others.push(copy);
        } else {
          push(limit.key);
          if (!sent.has(limit.key)) {
            sent.add(limit.key);
            others.push(limit);
          }
        }
      }
      if (flags & COUNTED) others.push(o.specimens, o.failing);
      if (flags & NO_ROW) others.push(o.noRow);
    }
  }
  return { count: inputs.length, numbers: numbers.subarray(0, n), others };
}

/**
 * The results of a packed batch, explained in this thread one at a time as
 * they are asked for: the results `gradeSync` gives for the same records
 * (with `explainFailing` for `explain`, those results with only the
 * criteria that hold each record back).
 */
export function* explainPacked(
  split: SplitGrader,
  packed: PackedOutcomes,
  explain: typeof explainRecord = explainRecord,
): Generator<GradeResult> {
  const compiled = split.compiled;
  const slots = scoreSlots(split);
  const items = itemSlots(split);
  const count = compiled.checks.length;
  // Read by the explainers before the next record is unpacked into them, and kept by no result.
  const outcomes = Array.from({ length: count }, blankOutcome);
  const values: unknown[] = [];
  const facts: {
    values: unknown[];
    defaulted: readonly number[] | undefined;
    written: ReadonlyMap<number, string> | undefined;
    limits: ReadonlyMap<number, string> | undefined;
  } = { values, defaulted: undefined, written: undefined, limits: undefined };
  const limits = new Map<number, LimitValue>();
  const { numbers, others } = packed;
  let n = 0;
  let k = 0;
  for (let r = 0; r < packed.count; r++) {
    const kind = numbers[n++];
    if (kind === INVALID) {
      yield invalidRecord(compiled.model, others[k++] as RecordError[]);
      continue;
    }
    facts.defaulted = kind! & VALID_DEFAULTED ? (others[k++] as number[]) : undefined;
    facts.written = kind! & WRITTEN ? (others[k++] as ReadonlyMap<number, string>) : undefined;
    facts.limits = kind! & LIMITS ? (others[k++] as ReadonlyMap<number, string>) : undefined;
    for (const slot of slots) values[slot] = numbers[n++];
    for (const slot of items) {
      const x = numbers[n++]!;
      values[slot] = Number.isNaN(x) ? others[k++] : x;
    }
    for (let i = 0; i < count; i++) {
      const o = outcomes[i]!;
      const flags = numbers[n++]!;
      o.status = STATUSES[flags & 3]!;
      o.state = STATES[(flags >> 2) & 3]!;
      o.rounded = (flags & ROUNDED) !== 0;
      o.specimen = flags & SPECIMEN ? numbers[n++]! : 0;
      o.absent = flags & ABSENT ? numbers[n++]! : -1;
      const measuredKind = flags & (3 << 5);
      o.measured =
        measuredKind === MEASURED_NUMBER
          ? numbers[n++]
          : measuredKind === MEASURED_OTHER
            ? (others[k++] as string | boolean)
            : undefined;
      const comparedKind = flags & COMPARED_SAME;
      o.compared =
        comparedKind === COMPARED_SAME
          ? o.measured
          : comparedKind === COMPARED_NUMBER
            ? numbers[n++]
            : comparedKind === COMPARED_OTHER
              ? (others[k++] as string | boolean)
              : undefined;
      const limitKind = flags & LIMIT_COMPUTED;
      if (limitKind === 0) o.limit = undefined;
      else if (limitKind === LIMIT_COMPUTED) o.limit = others[k++] as LimitValue;
      else {
        const key = numbers[n++]!;
        if (limitKind === LIMIT_NEW_KEY) limits.set(key, others[k++] as LimitValue);
        o.limit = limits.get(key);
      }
      if (flags & COUNTED) {
        o.specimens = others[k++] as number[] | undefined;
        o.failing = others[k++] as number[] | undefined;
      } else {
        o.specimens = undefined;
        o.failing = undefined;
      }
      o.noRow = flags & NO_ROW ? (others[k++] as CheckOutcome['noRow']) : undefined;
    }
    yield explain(compiled, outcomes, facts);
  }
}
