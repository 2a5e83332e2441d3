import type { Language } from '../../text/localized-text';
import { type Scaffold, sayIn, scaffoldIntro, scaffoldMetadata, untilChecked } from './rule-set-scaffold';

/**
 * A new lot-grading rule set (`qgrade init --template lot`) and its suite:
 * each sample judged on its own, and a group of samples (a lot, a month) on
 * its coefficient of variation and pass rate, graded with
 * `qgrade grade --group-by <column>`. Valid and passing as it stands, every
 * threshold covered, with TODO where only the standard can say.
 *
 * @param id - `<industry>/<name>`
 * @param schemas - paths from the new files' folder to the rule-set and test-suite schemas
 * @param lang - the language of the comments and case names
 */
export function lotGradingScaffold(
  id: string,
  schemas: { ruleSet: string; testSuite: string },
  lang: Language,
): Scaffold {
  const name = id.split('/')[1] as string;
  const t = sayIn(lang);
  const ruleSet = `# yaml-language-server: $schema=${schemas.ruleSet}
${scaffoldIntro(
  id,
  t,
  [
    t(
      '新建的 qgrade 规则集，按批分等：每个样品单独判定，同一批（一个批次、一个月）的',
      'A new qgrade rule set that grades lots: each sample on its own, and the',
    ),
    t('样品再按其统计量一起判定。', 'samples of one lot (a batch, a month) together on their statistics.'),
  ],
  {
    commands: [
      `qgrade grade -r rules/${id}.yaml --group-by lot samples.csv   ${t('（按 lot 排序）', '(sorted by lot)')}`,
    ],
    section: { zh: '“批次和时段：组统计”一节', en: '"Lots and periods"' },
  },
)}
${scaffoldMetadata(id, t, {
  title: { zh: 'TODO 标准名称（批次分等）', en: 'TODO title of the standard (lot grading)' },
  provenanceComment: [untilChecked(t)],
})}
indicators:
  strength: # ${t('TODO 每个样品的测定值', 'TODO the measured value of each sample')}
    type: number
    unit: MPa
    range: "≥ 0"
    label: { zh: 强度, en: Strength }
grades: # ${t('从最低等级起', 'lowest first')}
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
  - { id: first-class, label: { zh: 一等品, en: First class } }
  - { id: superior, label: { zh: 优等品, en: Superior } }
criteria:
  - id: strength # ${t('批中每个样品都须满足（各等级均如此）', 'every sample of the lot must meet it (every grade)')}
    indicator: strength
    require: "≥ 40.0"
group:
  label: { zh: "TODO 一批（如一个月）的样品", en: "TODO the samples of one lot (e.g. a month)" }
  statistics: # ${t('对该批样品一次遍历算出', "over the lot's samples, computed in one pass")}
    cv: { statistic: cv, of: strength, decimals: 1 } # ${t('标准差 ÷ 平均值，以 % 计；至少需要 2 个样品', 'stdev ÷ mean, in %; needs 2 samples or more')}
    passRate: { statistic: passRate, of: strength, meets: "≥ 45.0" } # ${t('满足该要求的样品所占比例，以 % 计', 'share of samples meeting it, in %')}
  criteria:
    - { id: cv-first-class, statistic: cv, require: "≤ 5.0", grade: first-class, clause: "TODO 5.2" }
    - { id: cv-superior, statistic: cv, require: "≤ 3.0", grade: superior, clause: "TODO 5.2" }
    - { id: pass-rate-superior, statistic: passRate, require: "≥ 90", grade: superior, clause: "TODO 5.3" }
`;
  const lot = (values: number[]) => `    records: [${values.map((v) => `{ strength: ${v} }`).join(', ')}]`;
  const testSuite = `# yaml-language-server: $schema=${schemas.testSuite}
# ${t(`rules/${id}.yaml 的测试用例：样品阈值和每个批阈值本身、低一个单位、高一个单位各一例。`, `Cases for rules/${id}.yaml: each sample's threshold, and each lot threshold, exactly, one unit`)}
# ${t(`运行：qgrade test --coverage rules/${id}.test.yaml`, `below and one above. Run: qgrade test --coverage rules/${id}.test.yaml`)}
# ${t('三个样品 m − d、m、m + d 的 s = d，CV = 100·d/m：m = 50 时，CV 3.0 % 即 d = 1.5。', 'Three samples m − d, m, m + d have s = d and CV = 100·d/m: with m = 50, CV 3.0 % is d = 1.5.')}
ruleSet: ./${name}.yaml
cases:
  - name: "${t('39.9 MPa，刚低于各等级的限值（40.0）', '39.9 MPa, just below every grade (40.0)')}"
    input: { strength: 39.9 }
    grade: null
    notGradedReason: below-lowest-grade
    failing: [strength]
  - name: "${t('40.0 MPa，等于限值（40.0）', '40.0 MPa, at the limit (40.0)')}"
    input: { strength: 40.0 }
    grade: superior
    failing: []
  - name: "${t('40.1 MPa，刚高于限值（40.0）', '40.1 MPa, just above the limit (40.0)')}"
    input: { strength: 40.1 }
    grade: superior
  - name: "${t('缺少强度的样品无效', 'a sample without a strength is invalid')}"
    input: {}
    grade: null
    notGradedReason: invalid-record
    errors: [strength]
groups:
  - name: "${t('CV 2.9 %，刚低于优等品限值（≤ 3.0）', 'CV 2.9 %, just below superior (≤ 3.0)')}"
${lot([48.55, 50, 51.45])}
    grade: superior
    failing: []
  - name: "${t('CV 3.0 %，等于优等品限值（≤ 3.0）', 'CV 3.0 %, at superior (≤ 3.0)')}"
${lot([48.5, 50, 51.5])}
    grade: superior
    failing: []
  - name: "${t('CV 3.1 %，刚高于优等品限值（≤ 3.0）', 'CV 3.1 %, just above superior (≤ 3.0)')}"
${lot([48.45, 50, 51.55])}
    grade: first-class
    failing: [cv-superior]
  - name: "${t('CV 4.9 %，刚低于一等品限值（≤ 5.0）', 'CV 4.9 %, just below first class (≤ 5.0)')}"
${lot([47.55, 50, 52.45])}
    grade: first-class
    failing: [cv-superior]
  - name: "${t('CV 5.0 %，等于一等品限值（≤ 5.0）', 'CV 5.0 %, at first class (≤ 5.0)')}"
${lot([47.5, 50, 52.5])}
    grade: first-class
    failing: [cv-superior]
  - name: "${t('CV 5.1 %，刚高于一等品限值（≤ 5.0）', 'CV 5.1 %, just above first class (≤ 5.0)')}"
${lot([47.45, 50, 52.55])}
    grade: qualified
    failing: [cv-first-class, cv-superior]
  - name: "${t('合格率 90 %（10 个中 9 个 ≥ 45.0），等于优等品限值（≥ 90）', 'pass rate 90 % (9 of 10 at ≥ 45.0), at superior (≥ 90)')}"
${lot([44.9, 45, 45, 45, 45, 45, 45, 45, 45, 45])}
    grade: superior
    failing: []
  - name: "${t('合格率 89.5 %（19 个中 17 个），刚低于优等品限值（≥ 90）', 'pass rate 89.5 % (17 of 19), just below superior (≥ 90)')}"
${lot([44.9, 44.9, ...Array(17).fill(45)])}
    grade: first-class
    failing: [pass-rate-superior]
  - name: "${t('合格率 90.9 %（11 个中 10 个），刚高于优等品限值（≥ 90）', 'pass rate 90.9 % (10 of 11), just above superior (≥ 90)')}"
${lot([44.9, ...Array(10).fill(45)])}
    grade: superior
    failing: []
`;
  return { ruleSet, testSuite };
}
