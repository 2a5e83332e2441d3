import type { StatisticModel } from '../model/group-model';
import type { RecordRef, StatisticResult } from '../model/group-result';
import { toFifteenDigits } from '../rounding/significant-digits';
import { onExactSide, type Ratio, ratioToNumber } from './exact-ratio';
import { ExactSums } from './exact-sums';
import { numberTestHolds } from './number-test';

/** How many failing records a pass rate names; the rest are counted. Keeps a group's memory bounded. */
export const LISTED_RECORDS = 20;

/** Where a record of the group is: its row and kept columns. */
export interface RecordPlace {
  row: number;
  kept?: Record<string, string>;
}

/** What a statistic computed, before it is explained: the figures of its result, and why there is no value. */
export type StatisticValue = Pick<
  StatisticResult,
  'value' | 'count' | 'mean' | 'stdev' | 'lowest' | 'highest' | 'passed' | 'failed' | 'failedCount'
> & {
  /** Why `value` is null. */
  why?: 'too-few' | 'no-variation' | 'zero-mean' | 'none-counted' | 'overflow';
};

/**
 * One statistic over a group, computed in one pass in constant memory:
 * count, min and max as they come, mean and the sum of squared deviations by
 * Welford's update (no sum of squares, so values such as 1e9 + x keep their
 * digits), and a pass rate's counts with the first failing records.
 */
export class StatisticAccumulator {
  #n = 0;
  #mean = 0;
  #m2 = 0;
  // The same values summed exactly, so float noise in the sums cannot tip a limit (a CV of exactly 4.0 read 4.00000000000001).
  readonly #exact = new ExactSums();
  #lowest: RecordRef | undefined;
  #highest: RecordRef | undefined;
  #passed = 0;
  #failedCount = 0;
  readonly #failed: RecordRef[] = [];

  constructor(readonly model: StatisticModel) {}

  /**
   * Adds a record's value (a number, or its specimens, counted as their mean)
   * and, for a pass rate on a criterion, whether it passed (`undefined`: not
   * applicable to the record, not counted).
   */
  add(place: RecordPlace, raw: unknown, criterionPassed?: boolean): void {
    const value = numberOf(raw);
    const m = this.model;
    if (m.statistic === 'passRate') {
      const passed = m.meets
        ? value === undefined
          ? undefined
          : numberTestHolds(m.meets, value)
        : criterionPassed;
      if (passed === true) this.#passed++;
      else if (passed === false) {
        this.#failedCount++;
        if (this.#failed.length < LISTED_RECORDS) this.#failed.push(ref(place, value));
      }
    }
    if (value === undefined) return;
    const n = ++this.#n;
    const delta = value - this.#mean;
    this.#mean += delta / n;
    this.#m2 += delta * (value - this.#mean);
    this.#exact.add(value);
    if (this.#lowest === undefined || value < this.#lowest.value!) this.#lowest = ref(place, value);
    if (this.#highest === undefined || value > this.#highest.value!) this.#highest = ref(place, value);
  }

  /**
   * The statistic. Count, min and max are the values themselves; a mean and
   * a pass rate are exact ratios, reported at 15 significant digits unless
   * that would land on or across a limit in `limits` (its requirements') the
   * exact ratio does not, so comparing the value is comparing it exactly.
   * s, CV and Cpk (square roots) are carried to 15 significant digits so
   * float noise cannot tip a limit. A statistic beyond a double is `null`.
   */
  result(limits: readonly number[] = []): StatisticValue {
    const m = this.model;
    const n = this.#n;
    const out: StatisticValue = { value: null, count: n };
    if (this.#lowest) out.lowest = this.#lowest;
    if (this.#highest) out.highest = this.#highest;
    const exact = this.#exact.exact ? this.#exact : undefined;
    const meanLimits = m.statistic === 'mean' ? limits : [];
    const mean =
      n === 0
        ? undefined
        : exact
          ? onExactSide(toFifteenDigits(exact.mean()), exact.meanRatio(), meanLimits)
          : toFifteenDigits(this.#mean);
    // Sample standard deviation (n − 1): a group is a sample of the production.
    const stdev =
      n > 1 ? toFifteenDigits(exact ? exact.stdev() : Math.sqrt(Math.max(0, this.#m2 / (n - 1)))) : undefined;
    switch (m.statistic) {
      case 'count':
        out.value = n;
        return out;
      case 'mean':
      case 'min':
      case 'max':
        if (n === 0) out.why = 'too-few';
        else if (!Number.isFinite(mean!)) out.why = 'overflow';
        else
          out.value =
            m.statistic === 'mean'
              ? mean!
              : m.statistic === 'min'
                ? this.#lowest!.value!
                : this.#highest!.value!;
        return out;
      case 'passRate': {
        const counted = this.#passed + this.#failedCount;
        out.passed = this.#passed;
        out.failed = this.#failed;
        out.failedCount = this.#failedCount;
        if (counted === 0) out.why = 'none-counted';
        else {
          const rate: Ratio = { num: 100n * BigInt(this.#passed), den: BigInt(counted) };
          out.value = onExactSide(toFifteenDigits(ratioToNumber(rate)), rate, limits);
        }
        return out;
      }
    }
    if (mean !== undefined && Number.isFinite(mean)) out.mean = mean;
    if (stdev === undefined) {
      out.why = 'too-few';
      return out;
    }
    // Values near the largest double: their s (or mean) is beyond one, and so is what is made of it.
    if (Number.isFinite(stdev)) out.stdev = stdev;
    if (m.statistic === 'stdev') {
      if (out.stdev === undefined) out.why = 'overflow';
      else out.value = stdev;
    } else if (m.statistic === 'cv') {
      const cv = mean === 0 ? 0 : exact ? exact.cv() : (100 * stdev) / mean!;
      if (mean === 0) out.why = 'zero-mean';
      else if (!Number.isFinite(cv) || out.mean === undefined) out.why = 'overflow';
      else out.value = toFifteenDigits(cv);
    } else {
      const limits = m.limits!;
      const cpk = Math.min(limits.upper - mean!, mean! - limits.lower) / (3 * stdev);
      if (stdev === 0) out.why = 'no-variation';
      else if (!Number.isFinite(cpk) || out.stdev === undefined || out.mean === undefined)
        out.why = 'overflow';
      else out.value = toFifteenDigits(cpk);
    }
    return out;
  }
}

function numberOf(raw: unknown): number | undefined {
  if (typeof raw === 'number') return raw;
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  let sum = 0;
  for (const v of raw) {
    if (typeof v !== 'number') return undefined;
    sum += v;
  }
  // Specimens near the largest double: their sum is beyond one, their mean is not.
  if (!Number.isFinite(sum)) return raw.reduce((s: number, v: number) => s + v / raw.length, 0);
  return sum / raw.length;
}

function ref(place: RecordPlace, value: number | undefined): RecordRef {
  const out: RecordRef = { row: place.row };
  if (place.kept) out.kept = place.kept;
  if (value !== undefined) out.value = value;
  return out;
}
