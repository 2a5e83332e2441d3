import { type Scaffold, scaffoldMetadata } from './rule-set-scaffold';

/**
 * A conformity standard (合格判定): one grade, "conforming"; a record failing
 * any requirement is not graded. Shows a table lookup by product class, a
 * tolerance (`10.0 ± 0.2`) and a set of specimens with GB/T 229's count rule
 * (the mean meets the limit, one single value may fall below it, none below 70 % of it).
 *
 * @param id - `<industry>/<name>`
 * @param schemas - paths from the new files' folder to the rule-set and test-suite schemas
 */
export function conformityScaffold(id: string, schemas: { ruleSet: string; testSuite: string }): Scaffold {
  const name = id.split('/')[1] as string;
  const ruleSet = `# yaml-language-server: $schema=${schemas.ruleSet}
# A new qgrade rule set for a conformity standard (合格判定): a record meets every
# requirement or is not graded. Replace each TODO with what the standard says, then run
#   qgrade validate rules/${id}.yaml
#   qgrade test --coverage rules/${id}.test.yaml
# The rule format is described in qgrade's docs/rule-format.md.
${scaffoldMetadata(id)}
comparison: full # or rounded (修约值比较法), the default of metallurgical standards
indicators:
  designation: # TODO the product classes the standard's tables are keyed by
    type: enum
    values: [A, B]
    label: { zh: 牌号, en: Designation }
  tensileStrength:
    type: number
    unit: MPa
    range: "> 0"
    label: { zh: 抗拉强度 Rm, en: Tensile strength Rm }
  diameter:
    type: number
    unit: mm
    range: "> 0"
    label: { zh: 直径, en: Diameter }
  impactEnergy:
    type: number
    unit: J
    range: "≥ 0"
    specimens: { exactly: 3 } # a set of three specimens: fewer values are an invalid record
    label: { zh: 冲击吸收能量 KV2, en: Impact energy KV2 }
grades:
  - { id: conforming, label: { zh: 合格, en: Conforming } }
tables:
  mechanical:
    title: { zh: "TODO 表 1 力学性能", en: "TODO Table 1 Mechanical properties" }
    keys: [designation]
    columns: [designation, tensileStrength]
    rows:
      - [A, 400]
      - [B, 500]
criteria:
  - id: tensile-strength
    indicator: tensileStrength
    require: "≥ mechanical.tensileStrength" # the column of the record's row
    clause: "TODO 5.1"
  - id: diameter
    indicator: diameter
    require: "10.0 ± 0.2" # a tolerance: the closed range [9.8, 10.2]
    clause: "TODO 5.2"
  - id: impact-mean
    indicator: impactEnergy
    aggregate: mean
    require: "≥ 34"
  - id: impact-single # GB/T 229 practice: one single value may be below the limit
    indicator: impactEnergy
    aggregate: { atMostFailing: 1 }
    require: "≥ 34"
  - id: impact-floor # …but none below 70 % of it: 0.7 × 34 = 23.8
    indicator: impactEnergy
    require: "≥ 23.8"
`;
  // Each case changes one field of a conforming record; `true` when it still conforms.
  const base: Record<string, string> = {
    designation: 'A',
    tensileStrength: '450',
    diameter: '10.0',
    impactEnergy: '[40, 40, 40]',
  };
  const input = (change: Record<string, string>) =>
    `{ ${Object.entries({ ...base, ...change })
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')} }`;
  const cases: [string, Record<string, string>, boolean][] = [
    ['A: Rm 399 MPa, just below 400', { tensileStrength: '399' }, false],
    ['A: Rm 400 MPa, at 400', { tensileStrength: '400' }, true],
    ['A: Rm 401 MPa, just above 400', { tensileStrength: '401' }, true],
    ['B: Rm 499 MPa, just below 500', { designation: 'B', tensileStrength: '499' }, false],
    ['B: Rm 500 MPa, at 500', { designation: 'B', tensileStrength: '500' }, true],
    ['B: Rm 501 MPa, just above 500', { designation: 'B', tensileStrength: '501' }, true],
    ['diameter 9.7 mm, just below 10.0 ± 0.2', { diameter: '9.7' }, false],
    ['diameter 9.8 mm, at the lower end of 10.0 ± 0.2', { diameter: '9.8' }, true],
    ['diameter 9.9 mm, just inside the lower end', { diameter: '9.9' }, true],
    ['diameter 10.1 mm, just inside the upper end', { diameter: '10.1' }, true],
    ['diameter 10.2 mm, at the upper end of 10.0 ± 0.2', { diameter: '10.2' }, true],
    ['diameter 10.3 mm, just above 10.0 ± 0.2', { diameter: '10.3' }, false],
    ['KV2 33, 33, 33 J: mean just below 34', { impactEnergy: '[33, 33, 33]' }, false],
    ['KV2 34, 34, 34 J: mean at 34', { impactEnergy: '[34, 34, 34]' }, true],
    ['KV2 35, 35, 35 J: mean just above 34', { impactEnergy: '[35, 35, 35]' }, true],
    ['KV2 33, 40, 40 J: one single value below 34 is allowed', { impactEnergy: '[33, 40, 40]' }, true],
    ['KV2 34, 40, 40 J: lowest single value at 34', { impactEnergy: '[34, 40, 40]' }, true],
    ['KV2 35, 40, 40 J: lowest single value just above 34', { impactEnergy: '[35, 40, 40]' }, true],
    ['KV2 33, 40, 33 J: two single values below 34', { impactEnergy: '[33, 40, 33]' }, false],
    ['KV2 23.7, 60, 60 J: one single value just below 70 % of 34', { impactEnergy: '[23.7, 60, 60]' }, false],
    ['KV2 23.8, 60, 60 J: one single value at 70 % of 34', { impactEnergy: '[23.8, 60, 60]' }, true],
    ['KV2 23.9, 60, 60 J: one single value just above 70 % of 34', { impactEnergy: '[23.9, 60, 60]' }, true],
  ];
  const testSuite = `# yaml-language-server: $schema=${schemas.testSuite}
# Cases for rules/${id}.yaml: each threshold exactly, one unit below and one above,
# and invalid records. Run: qgrade test --coverage rules/${id}.test.yaml
ruleSet: ./${name}.yaml
cases:
${cases
  .map(
    ([title, change, ok]) => `  - name: "${title}"
    input: ${input(change)}
    grade: ${ok ? 'conforming' : 'null'}${ok ? '' : '\n    notGradedReason: below-lowest-grade'}`,
  )
  .join('\n')}
  - name: "two KV2 values where the test takes three: an invalid record"
    input: ${input({ impactEnergy: '[40, 40]' })}
    grade: null
    notGradedReason: invalid-record
    errors: [impactEnergy]
`;
  return { ruleSet, testSuite };
}
