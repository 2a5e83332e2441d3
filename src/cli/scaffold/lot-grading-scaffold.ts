import { type Scaffold, scaffoldMetadata } from './rule-set-scaffold';

/**
 * A new lot-grading rule set (`qgrade init --template lot`) and its suite:
 * each sample judged on its own, and a group of samples (a lot, a month) on
 * its coefficient of variation and pass rate, graded with
 * `qgrade grade --group-by <column>`. Valid and passing as it stands, every
 * threshold covered, with TODO where only the standard can say.
 *
 * @param id - `<industry>/<name>`
 * @param schemas - paths from the new files' folder to the rule-set and test-suite schemas
 */
export function lotGradingScaffold(id: string, schemas: { ruleSet: string; testSuite: string }): Scaffold {
  const name = id.split('/')[1] as string;
  const ruleSet = `# yaml-language-server: $schema=${schemas.ruleSet}
# A new qgrade rule set that grades lots: each sample on its own, and the
# samples of one lot (a batch, a month) together on their statistics.
# Replace each TODO with what the standard says, then run
#   qgrade validate rules/${id}.yaml
#   qgrade test --coverage rules/${id}.test.yaml
#   qgrade grade -r rules/${id}.yaml --group-by lot samples.csv   (sorted by lot)
# The rule format is described in qgrade's docs/rule-format.md ("Lots and periods").
${scaffoldMetadata(id, { title: { zh: 'TODO 标准名称（批次分等）', en: 'TODO title of the standard (lot grading)' }, provenanceComment: ['Until the thresholds below are checked against the standard, they are illustrative.'] })}
indicators:
  strength: # TODO the measured value of each sample
    type: number
    unit: MPa
    range: "≥ 0"
    label: { zh: 强度, en: Strength }
grades: # lowest first
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
  - { id: first-class, label: { zh: 一等品, en: First class } }
  - { id: superior, label: { zh: 优等品, en: Superior } }
criteria:
  - id: strength # every sample of the lot must meet it (every grade)
    indicator: strength
    require: "≥ 40.0"
group:
  label: { zh: "TODO 一批（如一个月）的样品", en: "TODO the samples of one lot (e.g. a month)" }
  statistics: # over the lot's samples, computed in one pass
    cv: { statistic: cv, of: strength, decimals: 1 } # stdev ÷ mean, in %; needs 2 samples or more
    passRate: { statistic: passRate, of: strength, meets: "≥ 45.0" } # share of samples meeting it, in %
  criteria:
    - { id: cv-first-class, statistic: cv, require: "≤ 5.0", grade: first-class, clause: "TODO 5.2" }
    - { id: cv-superior, statistic: cv, require: "≤ 3.0", grade: superior, clause: "TODO 5.2" }
    - { id: pass-rate-superior, statistic: passRate, require: "≥ 90", grade: superior, clause: "TODO 5.3" }
`;
  const lot = (values: number[]) => `    records: [${values.map((v) => `{ strength: ${v} }`).join(', ')}]`;
  const testSuite = `# yaml-language-server: $schema=${schemas.testSuite}
# Cases for rules/${id}.yaml: each sample's threshold, and each lot threshold, exactly, one unit
# below and one above. Run: qgrade test --coverage rules/${id}.test.yaml
# Three samples m − d, m, m + d have s = d and CV = 100·d/m: with m = 50, CV 3.0 % is d = 1.5.
ruleSet: ./${name}.yaml
cases:
  - name: "39.9 MPa, just below every grade (40.0)"
    input: { strength: 39.9 }
    grade: null
    notGradedReason: below-lowest-grade
    failing: [strength]
  - name: "40.0 MPa, at the limit (40.0)"
    input: { strength: 40.0 }
    grade: superior
    failing: []
  - name: "40.1 MPa, just above the limit (40.0)"
    input: { strength: 40.1 }
    grade: superior
  - name: "a sample without a strength is invalid"
    input: {}
    grade: null
    notGradedReason: invalid-record
    errors: [strength]
groups:
  - name: "CV 2.9 %, just below superior (≤ 3.0)"
${lot([48.55, 50, 51.45])}
    grade: superior
    failing: []
  - name: "CV 3.0 %, at superior (≤ 3.0)"
${lot([48.5, 50, 51.5])}
    grade: superior
    failing: []
  - name: "CV 3.1 %, just above superior (≤ 3.0)"
${lot([48.45, 50, 51.55])}
    grade: first-class
    failing: [cv-superior]
  - name: "CV 4.9 %, just below first class (≤ 5.0)"
${lot([47.55, 50, 52.45])}
    grade: first-class
    failing: [cv-superior]
  - name: "CV 5.0 %, at first class (≤ 5.0)"
${lot([47.5, 50, 52.5])}
    grade: first-class
    failing: [cv-superior]
  - name: "CV 5.1 %, just above first class (≤ 5.0)"
${lot([47.45, 50, 52.55])}
    grade: qualified
    failing: [cv-first-class, cv-superior]
  - name: "pass rate 90 % (9 of 10 at ≥ 45.0), at superior (≥ 90)"
${lot([44.9, 45, 45, 45, 45, 45, 45, 45, 45, 45])}
    grade: superior
    failing: []
  - name: "pass rate 89.5 % (17 of 19), just below superior (≥ 90)"
${lot([44.9, 44.9, ...Array(17).fill(45)])}
    grade: first-class
    failing: [pass-rate-superior]
  - name: "pass rate 90.9 % (10 of 11), just above superior (≥ 90)"
${lot([44.9, ...Array(10).fill(45)])}
    grade: superior
    failing: []
`;
  return { ruleSet, testSuite };
}
