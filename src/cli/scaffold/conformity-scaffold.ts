import type { Language } from '../../text/localized-text';
import { type Scaffold, sayIn, scaffoldIntro, scaffoldMetadata } from './rule-set-scaffold';

/**
 * A conformity standard (合格判定): one grade, "conforming"; a record failing
 * any requirement is not graded. Shows a table lookup by product class, a
 * tolerance (`10.0 ± 0.2`) and a set of specimens with GB/T 229's count rule
 * (the mean meets the limit, one single value may fall below it, none below 70 % of it).
 *
 * @param id - `<industry>/<name>`
 * @param schemas - paths from the new files' folder to the rule-set and test-suite schemas
 * @param lang - the language of the comments and case names
 */
export function conformityScaffold(
  id: string,
  schemas: { ruleSet: string; testSuite: string },
  lang: Language,
): Scaffold {
  const name = id.split('/')[1] as string;
  const t = sayIn(lang);
  const ruleSet = `# yaml-language-server: $schema=${schemas.ruleSet}
${scaffoldIntro(id, t, [
  t(
    '新建的 qgrade 规则集，用于合格判定类标准：记录满足全部要求即合格，',
    'A new qgrade rule set for a conformity standard (合格判定): a record meets every',
  ),
  t('否则不定级。', 'requirement or is not graded.'),
])}
${scaffoldMetadata(id, t)}
comparison: full # ${t('全数值比较法；冶金标准通常用 rounded（修约值比较法）', 'or rounded (修约值比较法), the default of metallurgical standards')}
indicators:
  designation: # ${t('TODO 标准表格按其分行的产品类别', "TODO the product classes the standard's tables are keyed by")}
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
    specimens: { exactly: 3 } # ${t('一组三个试样：少于三个值即为无效记录', 'a set of three specimens: fewer values are an invalid record')}
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
    require: "≥ mechanical.tensileStrength" # ${t('记录所在行的这一列', "the column of the record's row")}
    clause: "TODO 5.1"
  - id: diameter
    indicator: diameter
    require: "10.0 ± 0.2" # ${t('公差：闭区间 [9.8, 10.2]', 'a tolerance: the closed range [9.8, 10.2]')}
    clause: "TODO 5.2"
  - id: impact-mean
    indicator: impactEnergy
    aggregate: mean
    require: "≥ 34"
  - id: impact-single # ${t('GB/T 229 的做法：允许一个单个值低于规定值', 'GB/T 229 practice: one single value may be below the limit')}
    indicator: impactEnergy
    aggregate: { atMostFailing: 1 }
    require: "≥ 34"
  - id: impact-floor # ${t('……但不得低于规定值的 70 %：0.7 × 34 = 23.8', '…but none below 70 % of it: 0.7 × 34 = 23.8')}
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
    [t('A：Rm 399 MPa，刚低于 400', 'A: Rm 399 MPa, just below 400'), { tensileStrength: '399' }, false],
    [t('A：Rm 400 MPa，等于 400', 'A: Rm 400 MPa, at 400'), { tensileStrength: '400' }, true],
    [t('A：Rm 401 MPa，刚高于 400', 'A: Rm 401 MPa, just above 400'), { tensileStrength: '401' }, true],
    [
      t('B：Rm 499 MPa，刚低于 500', 'B: Rm 499 MPa, just below 500'),
      { designation: 'B', tensileStrength: '499' },
      false,
    ],
    [
      t('B：Rm 500 MPa，等于 500', 'B: Rm 500 MPa, at 500'),
      { designation: 'B', tensileStrength: '500' },
      true,
    ],
    [
      t('B：Rm 501 MPa，刚高于 500', 'B: Rm 501 MPa, just above 500'),
      { designation: 'B', tensileStrength: '501' },
      true,
    ],
    [
      t('直径 9.7 mm，刚低于 10.0 ± 0.2', 'diameter 9.7 mm, just below 10.0 ± 0.2'),
      { diameter: '9.7' },
      false,
    ],
    [
      t('直径 9.8 mm，等于 10.0 ± 0.2 的下限', 'diameter 9.8 mm, at the lower end of 10.0 ± 0.2'),
      { diameter: '9.8' },
      true,
    ],
    [t('直径 9.9 mm，刚在下限以内', 'diameter 9.9 mm, just inside the lower end'), { diameter: '9.9' }, true],
    [
      t('直径 10.1 mm，刚在上限以内', 'diameter 10.1 mm, just inside the upper end'),
      { diameter: '10.1' },
      true,
    ],
    [
      t('直径 10.2 mm，等于 10.0 ± 0.2 的上限', 'diameter 10.2 mm, at the upper end of 10.0 ± 0.2'),
      { diameter: '10.2' },
      true,
    ],
    [
      t('直径 10.3 mm，刚高于 10.0 ± 0.2', 'diameter 10.3 mm, just above 10.0 ± 0.2'),
      { diameter: '10.3' },
      false,
    ],
    [
      // One single value below 34 only, which impact-single allows: the mean alone decides (newcomer-39 F2).
      t('KV2 27、36、36 J：平均值 33，刚低于 34', 'KV2 27, 36, 36 J: mean 33, just below 34'),
      { impactEnergy: '[27, 36, 36]' },
      false,
    ],
    [
      t('KV2 34、34、34 J：平均值等于 34', 'KV2 34, 34, 34 J: mean at 34'),
      { impactEnergy: '[34, 34, 34]' },
      true,
    ],
    [
      t('KV2 35、35、35 J：平均值刚高于 34', 'KV2 35, 35, 35 J: mean just above 34'),
      { impactEnergy: '[35, 35, 35]' },
      true,
    ],
    [
      t('KV2 33、40、40 J：允许一个单个值低于 34', 'KV2 33, 40, 40 J: one single value below 34 is allowed'),
      { impactEnergy: '[33, 40, 40]' },
      true,
    ],
    [
      t('KV2 34、40、40 J：最低单个值等于 34', 'KV2 34, 40, 40 J: lowest single value at 34'),
      { impactEnergy: '[34, 40, 40]' },
      true,
    ],
    [
      t('KV2 35、40、40 J：最低单个值刚高于 34', 'KV2 35, 40, 40 J: lowest single value just above 34'),
      { impactEnergy: '[35, 40, 40]' },
      true,
    ],
    [
      t('KV2 33、40、33 J：两个单个值低于 34', 'KV2 33, 40, 33 J: two single values below 34'),
      { impactEnergy: '[33, 40, 33]' },
      false,
    ],
    [
      t(
        'KV2 23.7、60、60 J：一个单个值刚低于 34 的 70 %',
        'KV2 23.7, 60, 60 J: one single value just below 70 % of 34',
      ),
      { impactEnergy: '[23.7, 60, 60]' },
      false,
    ],
    [
      t(
        'KV2 23.8、60、60 J：一个单个值等于 34 的 70 %',
        'KV2 23.8, 60, 60 J: one single value at 70 % of 34',
      ),
      { impactEnergy: '[23.8, 60, 60]' },
      true,
    ],
    [
      t(
        'KV2 23.9、60、60 J：一个单个值刚高于 34 的 70 %',
        'KV2 23.9, 60, 60 J: one single value just above 70 % of 34',
      ),
      { impactEnergy: '[23.9, 60, 60]' },
      true,
    ],
  ];
  const testSuite = `# yaml-language-server: $schema=${schemas.testSuite}
# ${t(`rules/${id}.yaml 的测试用例：每个阈值本身、低一个单位、高一个单位各一例，`, `Cases for rules/${id}.yaml: each threshold exactly, one unit below and one above,`)}
# ${t(`另有无效记录。运行：qgrade test --coverage rules/${id}.test.yaml`, `and invalid records. Run: qgrade test --coverage rules/${id}.test.yaml`)}
ruleSet: ./${name}.yaml
cases:
${cases
  .map(
    ([title, change, ok]) => `  - name: "${title}"
    input: ${input(change)}
    grade: ${ok ? 'conforming' : 'null'}${ok ? '' : '\n    notGradedReason: below-lowest-grade'}`,
  )
  .join('\n')}
  - name: "${t('试验要求三个 KV2 值，只给了两个：无效记录', 'two KV2 values where the test takes three: an invalid record')}"
    input: ${input({ impactEnergy: '[40, 40]' })}
    grade: null
    notGradedReason: invalid-record
    errors: [impactEnergy]
`;
  return { ruleSet, testSuite };
}
