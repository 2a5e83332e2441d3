import type { AlsoRead, AlsoReadBy } from '../input/unit-mismatch';
import { unitFactor, unitKey } from '../input/units';
import type { IndicatorInfo, RuleSet } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import type { FieldTwin } from './field-twins';

/**
 * What `qgrade compare` reads for B from A's fields: B's indicator of the
 * same name as one of A's, or A's twin ({@link FieldTwin}), by the field A
 * reads it from. The input is read once, against A's indicators; a column
 * whose header (or units row) writes A's unit would be graded under B in
 * B's, so its unit is checked against B's as well, as `qgrade grade -r B`
 * checks it (a unit changed between editions: W in one, kW in the other).
 *
 * @example
 * bAlsoReads(a, b, twins).get('ratedCoolingCapacity'); // [{ indicator: B's, owner: "rule set B's" }]
 */
export function bAlsoReads(a: RuleSet, b: RuleSet, twins: readonly FieldTwin[]): AlsoReadBy {
  const inA = new Set(a.indicators.map((i) => i.name));
  const fieldOf = new Map(twins.map((t) => [t.b, t.a]));
  const owner = localized('规则集 B 的', "rule set B's");
  const fieldOwner = localized('规则集 A 的', "rule set A's");
  const read = new Map<string, AlsoRead[]>();
  for (const indicator of b.indicators) {
    const field = fieldOf.get(indicator.name) ?? (inA.has(indicator.name) ? indicator.name : undefined);
    if (field === undefined) continue;
    read.set(field, [...(read.get(field) ?? []), { indicator, owner, fieldOwner }]);
  }
  return read;
}

/**
 * What B's values of a field are multiplied by, when A and B read it in units that convert (A in %, B in ‰:
 * 10; committee-29 F1): the input is read once, in A's units, as `qgrade grade -r A` reads it, and B grades the
 * same quantity in its own unit. Fields whose units do not convert are not in it.
 *
 * @example
 * bUnitFactors(bAlsoReads(a, b, twins), a).get('phosphorus'); // 10
 */
export function bUnitFactors(read: AlsoReadBy, a: RuleSet): ReadonlyMap<string, number> {
  const factors = new Map<string, number>();
  for (const s of unitSplits(read, a)) if (s.factor !== undefined) factors.set(s.field, s.factor);
  return factors;
}

/**
 * B's indicators as compare reads the input's header for B alone: one that A reads in a unit that converts to
 * B's ({@link bUnitFactors}) in A's unit, as the column is written in it; B is handed the values converted.
 *
 * @example
 * bInUnitsOfA(bAlsoReads(a, b, twins), a, b.indicators).find((i) => i.name === 'phosphorus')?.unit; // '%'
 */
export function bInUnitsOfA(
  read: AlsoReadBy,
  a: RuleSet,
  b: readonly IndicatorInfo[],
): readonly IndicatorInfo[] {
  const unitOf = new Map<string, string>();
  for (const s of unitSplits(read, a)) if (s.factor !== undefined) unitOf.set(s.indicator, s.a);
  if (unitOf.size === 0) return b;
  return b.map((i) => (unitOf.has(i.name) ? { ...i, unit: unitOf.get(i.name)! } : i));
}

interface UnitSplit {
  /** B's indicator. */
  indicator: string;
  field: string;
  a: string;
  b: string;
  factor?: number;
}

/** The fields A and B read in different units, with the factor from A's to B's where they convert. */
function unitSplits(read: AlsoReadBy, a: RuleSet): UnitSplit[] {
  const unitOfA = new Map(a.indicators.map((i) => [i.name, i.unit]));
  const splits: UnitSplit[] = [];
  for (const [field, others] of read) {
    const own = unitOfA.get(field);
    for (const { indicator } of others)
      if (own !== undefined && indicator.unit !== undefined && unitKey(indicator.unit) !== unitKey(own)) {
        const factor = unitFactor(own, indicator.unit);
        splits.push({
          indicator: indicator.name,
          field,
          a: own,
          b: indicator.unit,
          ...(factor !== undefined ? { factor } : {}),
        });
      }
  }
  return splits;
}

/**
 * What stderr says when A and B read one field in different units (an edition
 * that changed % to ‰, or to a unit that does not convert). Units that convert
 * ({@link bUnitFactors}): B's values are A's converted, and a value that gives
 * no unit (a header of the label alone, JSON) is taken in A's unit. Units that
 * do not: a column whose header or units row writes a unit is checked against
 * both ({@link bAlsoReads}), but a value that gives none is read as the same
 * number under both, so one of them grades it in a unit it is not in.
 * `undefined` when they agree.
 *
 * @example
 * unitSplitNotice(bAlsoReads(a, b, twins), a)?.en; // "A reads phosphorus in % and B in ‰: B grades each value converted …"
 */
export function unitSplitNotice(read: AlsoReadBy, a: RuleSet): LocalizedText | undefined {
  const splits = unitSplits(read, a);
  if (splits.length === 0) return undefined;
  const said: LocalizedText[] = [];
  const converted = splits.filter((s) => s.factor !== undefined);
  if (converted.length > 0) {
    const zh = converted.map((s) => `A 以 ${s.a}、B 以 ${s.b} 读取 ${s.field}（${equation(s)}）`).join('；');
    const en = converted
      .map((s) => `A reads ${s.field} in ${s.a} and B in ${s.b} (${equation(s)})`)
      .join('; ');
    said.push(
      localized(
        `${zh}：数值按 A 的单位读取（未写单位的数值，如只有标签的表头、JSON，也按 A 的单位），B 换算为它的单位后判定`,
        `${en}: values are read in A's unit (a value given without one, as under a header of the label alone or in JSON, too), and B grades them converted to its unit`,
      ),
    );
  }
  const bare = splits.filter((s) => s.factor === undefined);
  if (bare.length > 0) {
    const zh = bare.map((s) => `A 以 ${s.a}、B 以 ${s.b} 读取 ${s.field}`).join('；');
    const en = bare.map((s) => `A reads ${s.field} in ${s.a} and B in ${s.b}`).join('; ');
    said.push(
      localized(
        `${zh}：表头或单位行写明单位的列会按两者检查，但未写单位的数值（只有标签的表头、JSON）在两者下按同一个数读取，其中一方会按错误的单位判定`,
        `${en}: a column whose header or units row writes its unit is checked against both, but a value given without one (a header of the label alone, JSON) is read as the same number under both, and one of them grades it in the wrong unit`,
      ),
    );
  }
  return said.length === 1
    ? said[0]
    : localized(said.map((t) => t.zh).join('。'), said.map((t) => t.en).join('. '));
}

/** `1 % = 10 ‰`, said the way round that gives a whole number where one does. */
function equation(s: UnitSplit): string {
  const f = s.factor!;
  return f >= 1
    ? `1 ${s.a} = ${Number(f.toPrecision(15))} ${s.b}`
    : `1 ${s.b} = ${Number((1 / f).toPrecision(15))} ${s.a}`;
}
