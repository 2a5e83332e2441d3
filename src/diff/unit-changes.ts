import { unitFactor } from '../input/units';
import type { LocalizedText } from '../text/localized-text';
import { type AcceptedSet, compareAccepted } from './accepted-set';
import type { CellReader } from './cell-readers';
import type { Edition } from './edition';
import type { DiffDirection } from './rule-set-diff';

/** An indicator (or derived value) both editions have, whose declared unit changed (W → kW). */
export interface UnitChange {
  indicator: string;
  before: string | null;
  after: string | null;
  /**
   * What a value in `before` is multiplied by to be in `after` (`min` → `h`: 1/60), when both are units of
   * qgrade's table that convert ({@link unitFactor}); absent otherwise.
   */
  factor?: number;
}

/**
 * The indicators and derived values of both editions whose unit changed, by name. Their limits
 * are numbers in different units under A and B (`≤ 14000` W, `≤ 14` kW):
 * comparing them bare would call a limit re-expressed in the new unit
 * stricter or looser, so such changes are `changed`, with {@link unitChangeNote}.
 *
 * @example
 * unitChanges(A, B).get('ratedCoolingCapacity'); // { indicator: 'ratedCoolingCapacity', before: 'W', after: 'kW' }
 */
export function unitChanges(a: Edition, b: Edition): ReadonlyMap<string, UnitChange> {
  // Asked for each requirement and table of a diff: found once per pair of editions.
  const known = memo.get(a)?.get(b);
  if (known) return known;
  const inB = new Map(b.model.indicators.map((i) => [i.name, i]));
  const changes = new Map<string, UnitChange>();
  const names = [
    ...a.model.indicators.filter((x) => inB.has(x.name)).map((x) => x.name),
    ...a.model.derived.filter((d) => b.derived(d.name)).map((d) => d.name),
  ];
  for (const name of names) {
    const [before, after] = [a.unitOf(name) ?? null, b.unitOf(name) ?? null];
    if (before === after) continue;
    const factor = before !== null && after !== null ? unitFactor(before, after) : undefined;
    changes.set(name, { indicator: name, before, after, ...(factor !== undefined ? { factor } : {}) });
  }
  if (!memo.has(a)) memo.set(a, new WeakMap());
  memo.get(a)!.set(b, changes);
  return changes;
}

const memo = new WeakMap<Edition, WeakMap<Edition, ReadonlyMap<string, UnitChange>>>();

/**
 * A limit's direction when it is compared across a unit change: `changed`
 * for `stricter` or `looser` (bare numbers in two units tell neither), else as it is.
 *
 * @example
 * acrossUnits('stricter', change); // 'changed'
 */
export function acrossUnits(
  direction: DiffDirection | undefined,
  change: UnitChange | undefined,
): DiffDirection | undefined {
  return change && direction !== undefined ? 'changed' : direction;
}

/**
 * Two limits' direction across a unit change that converts (`≥ 45 min` → `≥ 0.75 h`): A's limit taken
 * into B's unit and compared, `same` when it is B's (the same limit in a new unit, committee-27 M1);
 * `undefined` when the units do not convert or a set is not numbers (then {@link acrossUnits}).
 *
 * @example
 * convertedDirection(limitSet('>=', 45), limitSet('>=', 0.75), { indicator: 't', before: 'min', after: 'h', factor: 1 / 60 }); // 'same'
 */
export function convertedDirection(
  a: AcceptedSet,
  b: AcceptedSet,
  change: UnitChange | undefined,
): ReturnType<typeof compareAccepted> | undefined {
  if (change?.factor === undefined) return undefined;
  const converted = convertedSet(a, change.factor);
  return converted ? compareAccepted(converted, b) : undefined;
}

/** A numeric accepted set with its bounds multiplied by `factor` (to 15 significant digits, as a double holds a decimal). */
function convertedSet(set: AcceptedSet, factor: number): AcceptedSet | undefined {
  if (set.kind === 'any') return set;
  if (set.kind !== 'band' && set.kind !== 'outside') return undefined;
  const scale = (v: number) => (Number.isFinite(v) ? Number((v * factor).toPrecision(15)) : v);
  return { ...set, band: { ...set.band, lower: scale(set.band.lower), upper: scale(set.band.upper) } };
}

/**
 * The note on a limit compared across a unit change that converts, with the factor: `initialSetting 的单位由
 * min 改为 h，1 h = 60 min：限值换算为 h 后比较宽严`.
 *
 * @example
 * convertedNote({ indicator: 't', before: 'min', after: 'h', factor: 1 / 60 }).en;
 * // 'the unit of t changed from min to h, 1 h = 60 min: limits are compared in h'
 */
export function convertedNote(change: UnitChange): LocalizedText {
  const [before, after] = [change.before ?? '—', change.after ?? '—'];
  const factor = change.factor ?? 1;
  // Said the way round that gives a whole number where one does: 1 h = 60 min, 1 kW = 1000 W.
  const equals =
    factor >= 1
      ? `1 ${before} = ${Number(factor.toPrecision(15))} ${after}`
      : `1 ${after} = ${Number((1 / factor).toPrecision(15))} ${before}`;
  return {
    zh: `${change.indicator} 的单位由 ${before} 改为 ${after}，${equals}：限值换算为 ${after} 后比较宽严`,
    en: `the unit of ${change.indicator} changed from ${before} to ${after}, ${equals}: limits are compared in ${after}`,
  };
}

/**
 * The note on a limit compared across a unit change, naming the indicator and its units.
 *
 * @example
 * unitChangeNote(change).en; // 'the unit of ratedCoolingCapacity changed from W to kW: limits in two units are not compared as stricter or looser'
 */
export function unitChangeNote(change: UnitChange): LocalizedText {
  const [before, after] = [change.before ?? '—', change.after ?? '—'];
  return {
    zh: `${change.indicator} 的单位由 ${before} 改为 ${after}：不同单位的限值不比较宽严`,
    en: `the unit of ${change.indicator} changed from ${before} to ${after}: limits in two units are not compared as stricter or looser`,
  };
}

/**
 * The unit change a table's limits are compared across, if any: that of an
 * indicator keying its rows (`≤ 4500` W, `≤ 4.5` kW: the rows themselves are
 * re-expressed), else that of a value the requirements reading the cells test.
 *
 * @param keys - the indicators keying the table's rows
 * @param readers - the requirements reading the cells concerned, each with its edition
 * @example
 * tableUnitChange(changes, ['ratedCoolingCapacity'], []); // W → kW
 */
export function tableUnitChange(
  changes: ReadonlyMap<string, UnitChange>,
  keys: readonly string[],
  readers: readonly { edition: Edition; reader: CellReader }[],
): UnitChange | undefined {
  if (changes.size === 0) return undefined;
  for (const key of keys) {
    const change = changes.get(key);
    if (change) return change;
  }
  for (const { edition, reader } of readers) {
    const change = changes.get(edition.check(reader.id)?.subject ?? '');
    if (change) return change;
  }
  return undefined;
}
