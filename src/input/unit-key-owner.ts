// A key or column named as one indicator's unit: `apfUnit`, `apf_unit`, `apf unit`, `apf-unit`.
const FIELD_UNIT = /^(.+?)[_\s-]?unit$/iu;

/**
 * The indicator a key (or a column) is named the unit of, `apf` for `apfUnit` and `apf_unit`; `undefined` for any
 * other key, and for an indicator's own name. Such a key's unit is its indicator's alone (developer-35 M1:
 * `"seerUnit": "kW"` was also read as the unit of the one power indicator, and told the user to convert a correct
 * 3500 W to 3500000 W).
 *
 * @param names - the rule set's indicator names
 * @example
 * unitKeyOwner('seerUnit', new Set(['seer', 'ratedCoolingCapacity'])); // 'seer'
 */
export function unitKeyOwner(key: string, names: { has(name: string): boolean }): string | undefined {
  if (names.has(key)) return undefined;
  const field = FIELD_UNIT.exec(key)?.[1];
  return field !== undefined && names.has(field) ? field : undefined;
}
