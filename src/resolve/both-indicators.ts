import type { IndicatorInfo, RuleSet } from './rule-set';

/**
 * The indicators of two rule sets compared: A's, then those only B has.
 * Records read with them are the same for either side (a column only B
 * names is still a value, converted by B's type), as `qgrade compare` reads
 * its input once for both.
 *
 * Indicators of B that are twins of A's (`twins`: renamed with the same
 * label, see `labelTwins`) are read by their name only.
 *
 * @example
 * bothIndicators(a, b).map((i) => i.name); // ['apf', 'seer', 'hspf'] where only B has hspf
 */
export function bothIndicators(
  a: RuleSet,
  b: RuleSet,
  twins: readonly { readonly b: string }[] = [],
): IndicatorInfo[] {
  const names = new Set(a.indicators.map((i) => i.name));
  const twinned = new Set(twins.map((t) => t.b));
  const inB = new Map(b.indicators.map((i) => [i.name, i]));
  return [
    ...a.indicators.map((i) => sharedMeets(i, inB.get(i.name))),
    ...b.indicators
      .filter((i) => !names.has(i.name))
      // A twin of one of A's is read under its own name only: a column headed with the label they share is
      // A's (and B's through the twin), not a header naming two indicators.
      .map((i) => (twinned.has(i.name) ? twinRead(i) : i)),
  ];
}

/**
 * A twin of one of A's as the input is read: under its name only (a column headed with the label they share is
 * A's, and B's through the twin), and without its default, which A's twin stands for: a header giving A's twin gives
 * it too, and one giving neither is told once, by A's twin's label, not as `nitrogenTotal（nitrogenTotal）` beside
 * a column B reads (hostile-21 M5). B's grading still takes B's default.
 */
function twinRead(i: IndicatorInfo): IndicatorInfo {
  const { default: _default, ...rest } = i;
  return { ...rest, label: { zh: i.name, en: i.name } };
}

/**
 * A boolean indicator both rule sets have, as a cell is read for both: a
 * verdict (`合格`) is read as `true` only where `true` meets the
 * requirements on each side. Where one edition asks `= true` and the other
 * `= false`, `合格` read by A's meaning was graded as the opposite under B
 * (hostile-20 W12); it is refused on both sides instead, with what to write.
 */
function sharedMeets(a: IndicatorInfo, b: IndicatorInfo | undefined): IndicatorInfo {
  if (b === undefined || a.meets === b.meets) return a;
  const { meets: _a, ...rest } = a;
  return a.meets === true && b.meets === true ? a : rest;
}
