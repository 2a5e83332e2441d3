/**
 * An illustrative rule set on the mean of lower yield strength ReL specimens, `≥ 355 MPa` (made up, not a
 * standard's): what newcomer-46, diff-46b and the table's short reasons test. `yieldMeanBody` is what follows a
 * rule file's header (`indicators:` on), `specimens` as written; `yieldMeanRuleSet` the whole file, its
 * references naming the test (`qgrade <tag>`).
 *
 * @example
 * yieldMeanRuleSet('newcomer-46', '{ exactly: 3 }');
 */
export function yieldMeanRuleSet(tag: string, specimens: string): string {
  return `schemaVersion: 1
id: steel/yield-mean
version: 0.1.0
industry: steel
subject: product
title: { zh: 屈服强度平均值（示例）, en: Mean yield strength (illustrative) }
references:
  - { code: "qgrade ${tag}", edition: "2026", status: draft }
provenance:
  level: illustrative
  note: { zh: 示例数值，不是任何标准的规定, en: "Illustrative figures, not any standard's" }
${yieldMeanBody(specimens)}`;
}

/** The indicators, grade and requirement of {@link yieldMeanRuleSet}, after any header. */
export function yieldMeanBody(specimens: string): string {
  return `indicators:
  lowerYield:
    type: number
    unit: MPa
    range: "> 0"
    specimens: ${specimens}
    label: { zh: 下屈服强度 ReL, en: Lower yield strength ReL }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
criteria:
  - id: yield
    indicator: lowerYield
    aggregate: mean
    require: "≥ 355"
`;
}
