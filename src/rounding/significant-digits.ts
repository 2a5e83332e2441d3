const POWERS = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * A computed number carried to 15 significant digits — what a double holds
 * faithfully — so arithmetic noise goes (0.7 − 0.1 is 0.6, not
 * 0.59999999999999998) and GB/T 8170 rounding sees the digits the arithmetic
 * meant. The same digits as `toPrecision(15)`: scaling by an exact power of
 * ten and rounding is six times cheaper, and is exact except where the scaled
 * product lands next to a tie (…x.5), which the product's own rounding may
 * have moved across: there `toPrecision` decides (the reference interpreter
 * found 700 / 499 given as …245 instead of …244).
 */
export function toFifteenDigits(value: number): number {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value;
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-8 && magnitude < 1e15) {
    const places = 14 - Math.floor(Math.log10(magnitude));
    if (places >= 0 && places <= 22) {
      const scale = POWERS[places]!;
      const scaled = value * scale;
      const fraction = Math.abs(scaled - Math.trunc(scaled));
      if (Math.abs(fraction - 0.5) > 1e-3) return Math.round(scaled) / scale;
    }
  }
  return Number(value.toPrecision(15));
}
