const POWERS = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * A computed number carried to 15 significant digits — what a double holds
 * faithfully — so arithmetic noise goes (0.7 − 0.1 is 0.6, not
 * 0.59999999999999998) and GB/T 8170 rounding sees the digits the arithmetic
 * meant. Scaling by an exact power of ten and dividing back is one correctly
 * rounded operation, and six times cheaper than `toPrecision(15)`; the two can
 * differ only in the 15th digit of a value whose 16th is a 5, which no limit
 * reaches.
 */
export function toFifteenDigits(value: number): number {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value;
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-8 && magnitude < 1e15) {
    const places = 14 - Math.floor(Math.log10(magnitude));
    if (places >= 0 && places <= 22) {
      const scale = POWERS[places]!;
      return Math.round(value * scale) / scale;
    }
  }
  return Number(value.toPrecision(15));
}
