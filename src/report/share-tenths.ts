/**
 * A share of a whole in tenths of a percent, rounded by GB/T 8170 (half to even), as every other figure qgrade
 * rounds: 53 of 400 (13.25 %) is 13.2, 25 of 400 (6.25 %) is 6.2. Rounded half up they read 13.3 and 6.3, and a
 * column of grade shares added up to 100.1 % under its 100 % (committee-32 M6). Worked in whole numbers, so a share
 * exactly halfway between two tenths is seen as such (53 / 400 × 1000 is 132.49999999999997 in floating point).
 *
 * @example
 * shareTenths(53, 400); // 132
 * shareTenths(7, 12); // 583
 */
export function shareTenths(part: number, whole: number): number {
  if (!Number.isSafeInteger(part * 1000) || !Number.isSafeInteger(whole) || whole <= 0)
    return Math.round((part / whole) * 1000);
  const scaled = part * 1000;
  const q = Math.floor(scaled / whole);
  const twice = 2 * (scaled - q * whole);
  return twice > whole || (twice === whole && q % 2 === 1) ? q + 1 : q;
}
