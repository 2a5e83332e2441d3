import { type Scaffold, scaffoldMetadata } from './rule-set-scaffold';

/**
 * A scored scheme (评分分级): item scores weighted into dimensions and a
 * total, grades by total-score cutoffs, and a veto item (一票否决) that leaves
 * a record not graded.
 *
 * @param id - `<industry>/<name>`
 * @param schemas - paths from the new files' folder to the rule-set and test-suite schemas
 */
export function scoredSchemeScaffold(id: string, schemas: { ruleSet: string; testSuite: string }): Scaffold {
  const name = id.split('/')[1] as string;
  const ruleSet = `# yaml-language-server: $schema=${schemas.ruleSet}
# A new qgrade rule set for a scored scheme (评分分级): item scores are weighted into
# dimensions and a total (0–100), grades by cutoffs of the total, with a veto item.
# Replace each TODO with what the standard says, then run
#   qgrade validate rules/${id}.yaml
#   qgrade test --coverage rules/${id}.test.yaml
# The rule format is described in qgrade's docs/rule-format.md.
${scaffoldMetadata(id, { subject: 'product # or enterprise', code: 'TODO T/XXX 000-2026', provenanceComment: ['Weights and cutoffs are rarely published: say where each comes from, or keep them illustrative.'], note: { zh: 'TODO 权重和分数线为占位示例，尚未核对标准原文', en: 'TODO placeholder weights and cutoffs, not yet checked against the standard' } })}
indicators:
  safetyTest: # a veto item: failing it leaves the record not graded
    type: boolean
    label: { zh: 安全试验, en: Safety test }
  qualityScore: # TODO the scored items, each 0–100
    type: number
    range: "[0, 100]"
    label: { zh: 质量得分, en: Quality score }
  serviceScore:
    type: number
    range: "[0, 100]"
    label: { zh: 服务得分, en: Service score }
grades: # lowest first
  - { id: qualified, label: { zh: 合格, en: Qualified } }
  - { id: good, label: { zh: 良好, en: Good } }
  - { id: excellent, label: { zh: 优秀, en: Excellent } }
scoring:
  dimensions:
    - id: quality
      label: { zh: 质量, en: Quality }
      weight: 60
      items:
        - indicator: qualityScore # the value is the score; "points" maps values or bands to scores
    - id: service
      label: { zh: 服务, en: Service }
      weight: 40
      items:
        - indicator: serviceScore
  cutoffs: { qualified: 60, good: 75, excellent: 90 } # total score needed for each grade
  weakestLink: none # cap: every dimension must also reach the grade's cutoff
criteria:
  - id: safety
    indicator: safetyTest
    require: "= true"
    gate: true
`;
  const cases: [string, number, string | null][] = [
    ['total 59, just below qualified (60)', 59, null],
    ['total 60, at qualified (60)', 60, 'qualified'],
    ['total 61, just above qualified (60)', 61, 'qualified'],
    ['total 74, just below good (75)', 74, 'qualified'],
    ['total 75, at good (75)', 75, 'good'],
    ['total 76, just above good (75)', 76, 'good'],
    ['total 89, just below excellent (90)', 89, 'good'],
    ['total 90, at excellent (90)', 90, 'excellent'],
    ['total 91, just above excellent (90)', 91, 'excellent'],
  ];
  const testSuite = `# yaml-language-server: $schema=${schemas.testSuite}
# Cases for rules/${id}.yaml: each cutoff exactly, one point below and one above (both
# scores equal, so the total equals them), the veto item, and an invalid record.
# Run: qgrade test --coverage rules/${id}.test.yaml
ruleSet: ./${name}.yaml
cases:
${cases
  .map(
    ([title, score, grade]) => `  - name: "${title}"
    input: { safetyTest: true, qualityScore: ${score}, serviceScore: ${score} }
    grade: ${grade ?? 'null'}${grade ? '' : '\n    notGradedReason: below-lowest-grade'}`,
  )
  .join('\n')}
  - name: "quality 100, service 50: total 80 (60 % × 100 + 40 % × 50)"
    input: { safetyTest: true, qualityScore: 100, serviceScore: 50 }
    grade: good
  - name: "a failed safety test vetoes grading, whatever the scores"
    input: { safetyTest: false, qualityScore: 100, serviceScore: 100 }
    grade: null
    notGradedReason: gate-failed
    failing: [safety]
  - name: "a score above 100 is an invalid record"
    input: { safetyTest: true, qualityScore: 101, serviceScore: 80 }
    grade: null
    notGradedReason: invalid-record
    errors: [qualityScore]
`;
  return { ruleSet, testSuite };
}
