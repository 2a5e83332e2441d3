import type { Language } from '../../text/localized-text';
import { type Scaffold, sayIn, scaffoldIntro, scaffoldMetadata } from './rule-set-scaffold';

/**
 * A scored scheme (评分分级): item scores weighted into dimensions and a
 * total, grades by total-score cutoffs, and a veto item (一票否决) that leaves
 * a record not graded.
 *
 * @param id - `<industry>/<name>`
 * @param schemas - paths from the new files' folder to the rule-set and test-suite schemas
 * @param lang - the language of the comments and case names
 */
export function scoredSchemeScaffold(
  id: string,
  schemas: { ruleSet: string; testSuite: string },
  lang: Language,
): Scaffold {
  const name = id.split('/')[1] as string;
  const t = sayIn(lang);
  const ruleSet = `# yaml-language-server: $schema=${schemas.ruleSet}
${scaffoldIntro(id, t, [
  t(
    '新建的 qgrade 规则集，用于评分分级：各项得分加权计入维度和总分（0–100），',
    'A new qgrade rule set for a scored scheme (评分分级): item scores are weighted into',
  ),
  t(
    '按总分的分数线定级，另有一个一票否决项。',
    'dimensions and a total (0–100), grades by cutoffs of the total, with a veto item.',
  ),
])}
${scaffoldMetadata(id, t, {
  enterprise: true,
  code: 'TODO T/XXX 000-2026',
  provenanceComment: [
    t(
      '权重和分数线很少公开：写明各自的出处，否则保持 illustrative（示例）。',
      'Weights and cutoffs are rarely published: say where each comes from, or keep them illustrative.',
    ),
  ],
  note: {
    zh: 'TODO 权重和分数线为占位示例，尚未核对标准原文',
    en: 'TODO placeholder weights and cutoffs, not yet checked against the standard',
  },
})}
indicators:
  safetyTest: # ${t('一票否决项：不通过则记录不定级', 'a veto item: failing it leaves the record not graded')}
    type: boolean
    label: { zh: 安全试验, en: Safety test }
  qualityScore: # ${t('TODO 各评分项，每项 0–100', 'TODO the scored items, each 0–100')}
    type: number
    range: "[0, 100]"
    label: { zh: 质量得分, en: Quality score }
  serviceScore:
    type: number
    range: "[0, 100]"
    label: { zh: 服务得分, en: Service score }
grades: # ${t('从最低等级起', 'lowest first')}
  - { id: qualified, label: { zh: 合格, en: Qualified } }
  - { id: good, label: { zh: 良好, en: Good } }
  - { id: excellent, label: { zh: 优秀, en: Excellent } }
scoring:
  dimensions:
    - id: quality
      label: { zh: 质量, en: Quality }
      weight: 60
      items:
        - indicator: qualityScore # ${t('值即得分；用 points 可把值或区间换算为得分', 'the value is the score; "points" maps values or bands to scores')}
    - id: service
      label: { zh: 服务, en: Service }
      weight: 40
      items:
        - indicator: serviceScore
  cutoffs: { qualified: 60, good: 75, excellent: 90 } # ${t('各等级所需的总分', 'total score needed for each grade')}
  weakestLink: none # ${t('设为 cap：每个维度也须达到该等级的分数线', "cap: every dimension must also reach the grade's cutoff")}
criteria:
  - id: safety
    indicator: safetyTest
    require: "= true"
    gate: true # ${t('不满足则不定级；若标准规定不满足时降为最低等级，改写为 cap: qualified', 'failing it → not graded; where the standard drops a record failing it to the lowest grade, write cap: qualified instead')}
`;
  const cases: [string, number, string | null][] = [
    [t('总分 59，刚低于合格分数线（60）', 'total 59, just below qualified (60)'), 59, null],
    [t('总分 60，等于合格分数线（60）', 'total 60, at qualified (60)'), 60, 'qualified'],
    [t('总分 61，刚高于合格分数线（60）', 'total 61, just above qualified (60)'), 61, 'qualified'],
    [t('总分 74，刚低于良好分数线（75）', 'total 74, just below good (75)'), 74, 'qualified'],
    [t('总分 75，等于良好分数线（75）', 'total 75, at good (75)'), 75, 'good'],
    [t('总分 76，刚高于良好分数线（75）', 'total 76, just above good (75)'), 76, 'good'],
    [t('总分 89，刚低于优秀分数线（90）', 'total 89, just below excellent (90)'), 89, 'good'],
    [t('总分 90，等于优秀分数线（90）', 'total 90, at excellent (90)'), 90, 'excellent'],
    [t('总分 91，刚高于优秀分数线（90）', 'total 91, just above excellent (90)'), 91, 'excellent'],
  ];
  const testSuite = `# yaml-language-server: $schema=${schemas.testSuite}
# ${t(`rules/${id}.yaml 的测试用例：每条分数线本身、低一分、高一分各一例（两项得分相同，`, `Cases for rules/${id}.yaml: each cutoff exactly, one point below and one above (both`)}
# ${t('总分即等于它们），一票否决项，以及一条无效记录。', 'scores equal, so the total equals them), the veto item, and an invalid record.')}
# ${t(`运行：qgrade test --coverage rules/${id}.test.yaml`, `Run: qgrade test --coverage rules/${id}.test.yaml`)}
ruleSet: ./${name}.yaml
cases:
${cases
  .map(
    ([title, score, grade]) => `  - name: "${title}"
    input: { safetyTest: true, qualityScore: ${score}, serviceScore: ${score} }
    grade: ${grade ?? 'null'}${grade ? '' : '\n    notGradedReason: below-lowest-grade'}`,
  )
  .join('\n')}
  - name: "${t('质量 100，服务 50：总分 80（60 % × 100 + 40 % × 50）', 'quality 100, service 50: total 80 (60 % × 100 + 40 % × 50)')}"
    input: { safetyTest: true, qualityScore: 100, serviceScore: 50 }
    grade: good
  - name: "${t('安全试验不通过：一票否决，得分再高也不定级', 'a failed safety test vetoes grading, whatever the scores')}"
    input: { safetyTest: false, qualityScore: 100, serviceScore: 100 }
    grade: null
    notGradedReason: gate-failed
    failing: [safety]
  - name: "${t('得分高于 100 为无效记录', 'a score above 100 is an invalid record')}"
    input: { safetyTest: true, qualityScore: 101, serviceScore: 80 }
    grade: null
    notGradedReason: invalid-record
    errors: [qualityScore]
`;
  return { ruleSet, testSuite };
}
