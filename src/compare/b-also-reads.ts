import type { AlsoRead, AlsoReadBy } from '../input/unit-mismatch';
import { unitKey } from '../input/units';
import type { RuleSet } from '../resolve/rule-set';
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
 * What stderr says when A and B read one field in different units (an edition
 * that changed W to kW): a column whose header or units row writes a unit is
 * checked against both ({@link bAlsoReads}), but a value that gives none (a
 * header of the label alone, JSON) is read as the same number under both, so
 * one of them grades it in a unit it is not in. `undefined` when they agree.
 *
 * @example
 * unitSplitNotice(bAlsoReads(a, b, twins), a)?.en; // "A reads ratedCoolingCapacity in kW and B in W: …"
 */
export function unitSplitNotice(read: AlsoReadBy, a: RuleSet): LocalizedText | undefined {
  const unitOfA = new Map(a.indicators.map((i) => [i.name, i.unit]));
  const splits: { field: string; a: string; b: string }[] = [];
  for (const [field, others] of read) {
    const own = unitOfA.get(field);
    for (const { indicator } of others)
      if (own !== undefined && indicator.unit !== undefined && unitKey(indicator.unit) !== unitKey(own))
        splits.push({ field, a: own, b: indicator.unit });
  }
  if (splits.length === 0) return undefined;
  const zh = splits.map((s) => `A 以 ${s.a}、B 以 ${s.b} 读取 ${s.field}`).join('；');
  const en = splits.map((s) => `A reads ${s.field} in ${s.a} and B in ${s.b}`).join('; ');
  return localized(
    `${zh}：表头或单位行写明单位的列会按两者检查，但未写单位的数值（只有标签的表头、JSON）在两者下按同一个数读取，其中一方会按错误的单位判定`,
    `${en}: a column whose header or units row writes its unit is checked against both, but a value given without one (a header of the label alone, JSON) is read as the same number under both, and one of them grades it in the wrong unit`,
  );
}
