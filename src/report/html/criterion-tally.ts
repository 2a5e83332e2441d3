import type { CriterionResult, GradeResult, Limit } from '../../model/grade-result';
import { countedInStatistics } from '../../model/out-of-scope';
import type { LocalizedText } from '../../text/localized-text';
import { nearLimit, nearLimitAbsolute } from './limit-margin';

/** Units of an interval scale: a difference means something, a ratio does not (−20 °C is not "twice" −10 °C). */
const INTERVAL_UNITS = new Set(['°C', '℃', '°F']);

const SIDED = new Set(['>=', '>', '<=', '<', 'between']);

/** Half-width of the near-limit histogram, in percent of the limit. */
export const HISTOGRAM_RANGE = 10;

/**
 * Measured values of one numeric criterion around its limit.
 *
 * @example
 * const near: NearLimit = tally.near!;
 * console.log(`${near.within} of ${near.samples} within 1 %`);
 */
export interface NearLimit {
  /** Values compared with a non-zero numeric limit. */
  samples: number;
  /** Of those, how many lie within 1 % of the limit (exactly 1 % included). */
  within: number;
  /** Of those within 1 %, how many passed. */
  withinPassed: number;
  /**
   * Counts by margin, in percent of the limit (positive: passing side):
   * `bins[0]` below −10 %, then one bin per percent `[k %, (k+1) %)` from
   * k = −10 to 9, and the last at +10 % or more (22 bins).
   */
  bins: number[];
  /** Values against a limit of 0, which has no percentage. */
  zeroLimit: number;
  /**
   * Set when the margins are differences in this unit, not percentages of the
   * limit (`bins` then one per unit, `within` within 1 unit): a temperature in
   * °C, or a limit of 0 or below, where a percentage means nothing
   * (committee-24 C6), and then every limit on the same indicator, so that the
   * two sides of a ± tolerance (mass deviation ≥ −5.5 % and ≤ +5.5 %) are on
   * one scale (committee-39 M2). `''` for such a quantity with no unit.
   */
  unit?: string;
  /**
   * With `unit`: the width of a bin, and of "near", in that unit — 1, or for a range whose width is under 20 units
   * (a tolerance of ±0.2 mm) a twentieth of it rounded down to 1, 2 or 5 × 10ⁿ (0.02 mm), so the values spread over
   * the bins instead of all falling in the two beside the limit (newcomer-26 M9).
   */
  step?: number;
}

/**
 * How one criterion fared over a batch.
 *
 * @example
 * const rate = t.passed / (t.passed + t.failed + t.missing);
 */
export interface CriterionTally {
  /** The criterion's id (`apf@2`). */
  id: string;
  /** Its label. */
  label: LocalizedText;
  /** The grade it belongs to; `null` for scope requirements. */
  grade: string | null;
  /** What failing it does. */
  effect: CriterionResult['effect'];
  /** For a cap: the grade failing it caps the record at. */
  capAt?: string;
  /** Records that met it. */
  passed: number;
  /** Records that did not meet it (with a value). */
  failed: number;
  /** Records without the value it needs. */
  missing: number;
  /** Records it does not apply to. */
  notApplicable: number;
  /** For numeric limits: values around the limit. */
  near?: NearLimit;
}

/**
 * Tallies every criterion over a stream of results in memory bounded by the
 * number of criteria of the rule set, not by the number of records.
 *
 * @example
 * const tallies = new CriterionTallies();
 * for (const result of results) tallies.add(result);
 * tallies.list().map((t) => `${t.id}: ${t.passed} passed`);
 */
export class CriterionTallies {
  readonly #byId = new Map<string, CriterionTally>();
  readonly #units: ReadonlyMap<string, string>;
  readonly #counts: ReadonlySet<string>;
  // Indicators with a limit of 0 or below (a deviation from nominal): all their limits measured in their unit.
  readonly #signed = new Set<string>();

  /**
   * @param units - each indicator's (or derived value's) unit, by name: a °C one is tallied by difference
   * @param counts - the integer indicators (counts: 1 个/m²), tallied by difference too: "within 1 % of a
   *   limit of 1" means nothing for a count (newcomer-30 F7), "within 1 个/m²" does
   */
  constructor(units: ReadonlyMap<string, string> = new Map(), counts: ReadonlySet<string> = new Set()) {
    this.#units = units;
    this.#counts = counts;
  }

  /**
   * Counts one record's criteria; of a record out of scope, the grade
   * requirements count as not applicable (see {@link countedInStatistics}),
   * and so does a requirement of a grade the record's product does not have
   * (an `n/a` cell, `unavailable`): its ✗ holds the grade back, but it is no
   * failure to meet a limit, and the near-limit values and most frequent
   * failing requirements leave it out too (committee-24 F6).
   */
  add(result: Pick<GradeResult, 'criteria' | 'notGradedReason'>): void {
    // Before any of the record's requirements is tallied: the upper side of a ± tolerance takes the scale its lower
    // side (≥ −5.5 %) needs, whichever the rule set lists first (committee-39 M2).
    for (const c of result.criteria) {
      if (c.indicator != null && c.limit && lowestLimit(c.limit) <= 0) this.#signed.add(c.indicator);
    }
    for (const c of result.criteria) {
      let t = this.#byId.get(c.id);
      if (!t) {
        t = {
          id: c.id,
          label: c.label,
          grade: c.grade,
          effect: c.effect,
          passed: 0,
          failed: 0,
          missing: 0,
          notApplicable: 0,
        };
        if (c.capAt !== undefined) t.capAt = c.capAt;
        this.#byId.set(c.id, t);
      }
      if (!countedInStatistics(result, c) || c.unavailable) {
        t.notApplicable++;
        continue;
      }
      if (c.status === 'passed') t.passed++;
      else if (c.status === 'failed') t.failed++;
      else if (c.status === 'missing') t.missing++;
      else t.notApplicable++;
      if (
        (c.status === 'passed' || c.status === 'failed') &&
        typeof c.value === 'number' &&
        Number.isFinite(c.value) &&
        c.limit
      ) {
        // The value that was compared: under the rounded-value method (GB/T 8170) the rounded one, so that
        // 399.5 (→ 400, meets ≥ 400) sits on the passing side as its ✓ says (committee-29 M1).
        const name = c.indicator ?? '';
        countNear(
          t,
          c.rounded ?? c.value,
          c,
          this.#units.get(name),
          this.#counts.has(name),
          this.#signed.has(name),
        );
      }
    }
  }

  /** The tallies, in the order criteria were first seen (the rule set's order). */
  list(): CriterionTally[] {
    return [...this.#byId.values()];
  }

  /** One criterion's tally. */
  get(id: string): CriterionTally | undefined {
    return this.#byId.get(id);
  }
}

function countNear(
  t: CriterionTally,
  value: number,
  c: CriterionResult,
  unit: string | undefined,
  count: boolean,
  signed: boolean,
): void {
  const limit = c.limit!;
  const isNumeric =
    typeof limit.value === 'number' ||
    (Array.isArray(limit.value) && limit.value.every((v) => typeof v === 'number'));
  if (!isNumeric || !SIDED.has(limit.operator)) return;
  if (!t.near) {
    t.near = {
      samples: 0,
      within: 0,
      withinPassed: 0,
      bins: new Array(2 * HISTOGRAM_RANGE + 2).fill(0),
      zeroLimit: 0,
    };
    // Decided once per requirement, so its histogram has one scale: by its unit, or by its indicator's limits
    // (one of them 0 or below: a deviation, whose ± sides share the scale).
    if ((unit !== undefined && INTERVAL_UNITS.has(unit)) || signed || lowestLimit(limit) <= 0 || count) {
      t.near.unit = unit ?? '';
      // A count steps by whole units; a range narrower than 20 units in finer steps.
      const step = count ? 1 : rangeStep(limit.value);
      if (step < 1) t.near.step = step;
    }
  }
  const near = t.near;
  const where =
    near.unit !== undefined ? nearLimitAbsolute(value, limit, near.step) : nearLimit(value, limit);
  if (!where) {
    // A numeric limit with a side has a margin unless it is 0.
    near.zeroLimit++;
    return;
  }
  near.samples++;
  if (where.within) {
    near.within++;
    if (c.status === 'passed') near.withinPassed++;
  }
  const k = where.bin;
  const bin =
    k < -HISTOGRAM_RANGE ? 0 : k >= HISTOGRAM_RANGE ? 2 * HISTOGRAM_RANGE + 1 : k + HISTOGRAM_RANGE + 1;
  near.bins[bin] = (near.bins[bin] ?? 0) + 1;
}

/** A numeric limit's lowest figure (a range's lower end); `Infinity` for any other. */
function lowestLimit(limit: Limit): number {
  const v = limit.value;
  if (typeof v === 'number') return SIDED.has(limit.operator) ? v : Number.POSITIVE_INFINITY;
  if (SIDED.has(limit.operator) && Array.isArray(v) && v.every((x) => typeof x === 'number'))
    return Math.min(...(v as number[]));
  return Number.POSITIVE_INFINITY;
}

/** A twentieth of a range's width rounded down to 1, 2 or 5 × 10ⁿ (±0.2 → 0.02); 1 for a one-sided limit. */
function rangeStep(value: Limit['value']): number {
  if (!Array.isArray(value) || typeof value[0] !== 'number' || typeof value[1] !== 'number') return 1;
  const width = (value[1] - value[0]) / 20;
  if (!(width > 0) || !Number.isFinite(width)) return 1;
  const power = 10 ** Math.floor(Math.log10(width));
  const lead = width / power;
  const nice = lead >= 5 ? 5 : lead >= 2 ? 2 : 1;
  return Number((nice * power).toPrecision(12));
}
