import { MAX_DECIMALS, type Ratio, ratioToNumber, scaledDecimal, sqrtRatio } from './exact-ratio';

/**
 * The count, sum and sum of squares of decimal values, kept exact as scaled
 * integers: a value is the decimal its shortest text shows (69.6, not the
 * binary 69.599999…), so a statistic the data makes exactly 4.0 comes out
 * 4.0 (GB/T 8170 compares the statistic's full value, not a binary
 * approximation of it). `undefined` sums once a value has no decimal form
 * short enough to keep exact (more than {@link MAX_DECIMALS} decimals).
 */
export class ExactSums {
  n = 0n;
  /** The decimals every value is scaled by: the most any value has had. */
  #decimals = 0;
  #sum = 0n;
  #squares = 0n;
  #lost = false;

  /** Adds a value; a value it cannot keep exact turns the sums off. */
  add(value: number): void {
    if (this.#lost) return;
    const scaled = scaledDecimal(value);
    if (scaled === undefined) {
      this.#lost = true;
      return;
    }
    let [int, decimals] = scaled;
    if (decimals > this.#decimals) {
      const up = 10n ** BigInt(decimals - this.#decimals);
      this.#sum *= up;
      this.#squares *= up * up;
      this.#decimals = decimals;
    } else if (decimals < this.#decimals) int *= 10n ** BigInt(this.#decimals - decimals);
    this.n++;
    this.#sum += int;
    this.#squares += int * int;
  }

  /** Whether the sums are exact (no value was beyond them). */
  get exact(): boolean {
    return !this.#lost && this.n > 0n;
  }

  /** The mean as an exact ratio. */
  meanRatio(): Ratio {
    return { num: this.#sum, den: this.n * 10n ** BigInt(this.#decimals) };
  }

  /** The mean, from the exact sum (finite wherever the values are, though their sum is not). */
  mean(): number {
    return ratioToNumber(this.meanRatio());
  }

  /** The sample standard deviation (n − 1): the square root of an exact variance, which may itself be beyond a double. */
  stdev(): number {
    const n = this.n;
    return sqrtRatio({
      num: n * this.#squares - this.#sum * this.#sum,
      den: n * (n - 1n) * 10n ** BigInt(2 * this.#decimals),
    });
  }

  /**
   * The coefficient of variation in %, 100 · s / mean, as the square root of
   * an exact ratio — 10⁴ · n · (n·Σx² − (Σx)²) / ((n − 1) · (Σx)²), where the
   * scale cancels — so a CV the data makes exactly 3.0 is 3.0.
   */
  cv(): number {
    const n = this.n;
    const sign = this.#sum < 0n ? -1 : 1;
    return (
      sign *
      sqrtRatio({
        num: 10_000n * n * (n * this.#squares - this.#sum * this.#sum),
        den: (n - 1n) * this.#sum * this.#sum,
      })
    );
  }
}
