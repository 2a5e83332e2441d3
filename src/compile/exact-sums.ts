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

  /** The mean, from the exact sum: one rounding. */
  mean(): number {
    return Number(this.#sum) / Number(this.n * 10n ** BigInt(this.#decimals));
  }

  /** The sample variance (n − 1), from exact sums: one rounding before the caller's square root. */
  variance(): number {
    const n = this.n;
    return (
      Number(n * this.#squares - this.#sum * this.#sum) /
      Number(n * (n - 1n) * 10n ** BigInt(2 * this.#decimals))
    );
  }

  /**
   * The coefficient of variation in %, 100 · s / mean, as the square root of
   * an exact ratio — 10⁴ · n · (n·Σx² − (Σx)²) / ((n − 1) · (Σx)²), where the
   * scale cancels — so a CV the data makes exactly 3.0 is 3.0.
   */
  cv(): number {
    const n = this.n;
    const sign = this.#sum < 0n ? -1 : 1;
    const ratio =
      Number(10_000n * n * (n * this.#squares - this.#sum * this.#sum)) /
      Number((n - 1n) * this.#sum * this.#sum);
    return sign * Math.sqrt(ratio);
  }
}

/** At most this many decimals are kept exact; beyond, the sums give way to the floating-point ones. */
export const MAX_DECIMALS = 30;

/** A value as an integer and its decimals (69.6 → [696n, 1]), from its shortest text; `undefined` beyond {@link MAX_DECIMALS}. */
function scaledDecimal(value: number): [bigint, number] | undefined {
  if (!Number.isFinite(value)) return undefined;
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!m) return undefined;
  const [, sign, whole, fraction = '', exponent = '0'] = m;
  const decimals = fraction.length - Number(exponent);
  const digits = BigInt(`${sign}${whole}${fraction}`);
  if (decimals > MAX_DECIMALS) return undefined;
  return decimals >= 0 ? [digits, decimals] : [digits * 10n ** BigInt(-decimals), 0];
}
