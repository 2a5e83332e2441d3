import type { AlsoRead, AlsoReadBy } from '../input/unit-mismatch';
import type { RuleSet } from '../resolve/rule-set';
import { localized } from '../text/localized-text';
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
