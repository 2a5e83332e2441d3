/**
 * The Chinese rule-file guide (docs/rule-format.zh-CN.md) quotes what qgrade
 * prints: each quoted message must be on the page and must be what qgrade
 * says for the rule file or record the page describes, so a message changed
 * in src/ without the page (or a page edited by hand) fails here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ROOT, useCli, useTempDir } from '../cli/cli-harness';

const PAGE = readFileSync(new URL('../../docs/rule-format.zh-CN.md', import.meta.url), 'utf8');
const cli = useCli();
const dir = useTempDir();

const HEAD = `schemaVersion: 1
id: test/demo
version: 1.0.0
industry: test
subject: product
title: { zh: 示例, en: Demo }
references:
  - { code: TEST 1-2026, edition: "2026" }
provenance: { level: illustrative, note: { zh: 示例, en: Demo } }
`;

// An optional value that the MgO limit (or its `when`) reads.
const MGO_INDICATORS = `indicators:
  mgo: { type: number, unit: "%", label: { zh: 氧化镁 MgO, en: MgO } }
  autoclavePassed: { type: boolean, required: false, label: { zh: 压蒸安定性合格, en: Autoclave soundness passed } }
grades:
  - { id: ok, label: { zh: 合格, en: Conforming } }
`;

// Each rule file, and the Chinese messages the page quotes from validating it (warnings with or without "警告：").
const FILES: [string, string, string[]][] = [
  [
    'a ladder whose higher grade asks less',
    `indicators:
  x: { type: number, label: { zh: x, en: x } }
  y: { type: number, label: { zh: y, en: y } }
grades:
  - { id: low, label: { zh: low, en: low } }
  - { id: mid, label: { zh: mid, en: mid } }
  - { id: high, label: { zh: high, en: high } }
criteria:
  - { id: x-mid, indicator: x, grade: mid, require: "≥ 70" }
  - { id: x-high, indicator: x, grade: high, require: "≥ 60" }
  - { id: y-high, indicator: y, grade: high, require: "≤ 5" }
`,
    [
      '警告：等级“high”要求“x ≥ 60”，比等级“mid”的要求（≥ 70）宽；记录须先满足“mid”才能达到“high”，所以 ≥ 60 从不起决定作用：请写成 ≥ 70 或更严，或者删去；若标准因试验条件不同（如更低的试验温度）对“high”要求较低，请把该试验写成单独的要求，用“when”交给在该条件下试验、且满足“high”其他要求的记录；不要只按试验条件取限值：不满足“high”其他要求的记录退到较低等级，那里仍要求 ≥ 70（见 docs/rule-format.zh-CN.md“等级是累进的”一段）',
    ],
  ],
  [
    'limits outside the range, a condition in another unit',
    `indicators:
  noise: { type: number, unit: dB(A), range: "[20, 70]", label: { zh: 噪声, en: Noise } }
  ratedCoolingCapacity: { type: number, unit: W, label: { zh: 额定制冷量, en: Rated cooling capacity } }
grades:
  - { id: 1-star, label: { zh: 一星, en: 1 star } }
  - { id: 2-star, label: { zh: 二星, en: 2 stars } }
  - { id: 3-star, label: { zh: 三星, en: 3 stars } }
tables:
  noiseMax:
    keys: [ratedCoolingCapacity]
    columns: [ratedCoolingCapacity, value]
    rows:
      - ["≤ 4500", 40]
      - ["> 4500", 15]
criteria:
  - { id: noise-3, indicator: noise, grade: 3-star, require: "≤ 15" }
  - { id: noise-t, indicator: noise, grade: 2-star, require: "≤ noiseMax.value" }
  - { id: noise-w, indicator: noise, grade: 2-star, when: { ratedCoolingCapacity: "≤ 4.5 kW" }, require: "≤ 50" }
`,
    [
      '要求“noise ≤ 15”永远不会满足：“noise”声明的取值范围是 [20, 70]；等级“三星”及以上永远不会成为结果',
      '表“noiseMax”第 2 行的要求“noise ≤ 15”永远不会满足：“noise”声明的取值范围是 [20, 70]；此行适用的记录永远达不到等级“二星”及以上',
      '条件的单位是 kW，但“ratedCoolingCapacity”的单位是 W：请只写数值，或写单位 W',
    ],
  ],
  [
    'a table row contradicting a grade, tables missing a value and a combination',
    `indicators:
  strengthClass: { type: enum, values: ["42.5", "52.5R"], label: { zh: 强度等级, en: Strength class } }
  compressive3d: { type: number, unit: MPa, label: { zh: 3 天抗压强度, en: 3-day compressive strength } }
  earlyStrength: { type: boolean, label: { zh: 早强型, en: Early strength } }
  alloy: { type: enum, values: ["6061", "6063"], label: { zh: 牌号, en: Alloy } }
  temper: { type: enum, values: [T5, T6], label: { zh: 状态, en: Temper } }
  tensile: { type: number, label: { zh: 抗拉强度, en: Tensile strength } }
grades:
  - { id: conforming, label: { zh: 合格品, en: Conforming } }
  - { id: first, label: { zh: 一等品, en: First class } }
  - { id: superior, label: { zh: 优等品, en: Superior } }
tables:
  strength3d:
    keys: [strengthClass]
    columns: [strengthClass, conforming, first, superior]
    rows:
      - ["42.5", 17.0, 19.0, 22.0]
      - ["52.5R", 27.0, 29.0, 30.0]
  early:
    keys: [earlyStrength]
    columns: [earlyStrength, value]
    rows:
      - [true, 20]
  tensileMin:
    keys: [alloy, temper]
    columns: [alloy, temper, value]
    rows:
      - ["6061", [T5, T6], 180]
      - ["6063", T5, 160]
criteria:
  - { id: strength, indicator: compressive3d, require: "≥ strength3d" }
  - { id: cap-first, indicator: compressive3d, grade: first, require: "≤ 28" }
  - { id: early, indicator: compressive3d, require: "≥ early.value" }
  - { id: tensile, indicator: tensile, require: "≥ tensileMin.value" }
`,
    [
      '表“strength3d”第 2 行（“strengthClass”为“52.5R”）的要求“compressive3d ≥ 29.0”与第 41 行的“compressive3d ≤ 28”（“cap-first”）互相矛盾，没有值能同时满足两者：“strengthClass”为“52.5R”的记录永远达不到等级“一等品”及以上',
      '警告：表“early”没有“earlyStrength”为“否”的行：这样的记录不匹配任何行，分级时不检验要求“early”，如同没有这个限值，其等级不受它限制；请为“否”加一行（没有的等级写 n/a），或把它从“earlyStrength”的“values”中删去，或用“scope”把它排除在标准之外',
      '警告：表“tensileMin”没有“alloy”为“6063”且“temper”为“T6”的行：这样的记录不匹配任何行，此表的要求对它判为不适用，从不限制它的等级；请为这个组合加一行（没有的等级写 n/a），或用“scope”或读取此表的要求的“when”把这样的记录排除',
    ],
  ],
  [
    'a table whose bands leave out values: one installation short of a band, and above the last band',
    `indicators:
  installation: { type: enum, values: [独立式, 嵌入式], label: { zh: 安装方式, en: Installation } }
  placeSettings: { type: integer, range: "> 0", label: { zh: 额定洗涤套数, en: Place settings } }
  energy: { type: number, unit: kWh, range: "> 0", label: { zh: 耗电量, en: Energy } }
grades:
  - { id: ok, label: { zh: 合格, en: Conforming } }
tables:
  energyMax:
    keys: [installation, placeSettings]
    columns: [installation, placeSettings, value]
    rows:
      - [独立式, "≤ 8", 0.9]
      - [独立式, "(8, 16]", 1.5]
      - [嵌入式, "(8, 16]", 1.4]
criteria:
  - { id: energy, indicator: energy, require: "≤ energyMax.value" }
`,
    [
      '警告：表“energyMax”没有“installation”为“嵌入式”且“placeSettings ≤ 8”的行，而其他行的区间有这样的值：这样的记录不匹配任何行，此表的要求对它判为不适用，从不限制它的等级；请为它加一行（没有的等级写 n/a），或用“scope”或读取此表的要求的“when”把这样的记录排除',
      '警告：表“energyMax”没有“placeSettings > 16”的行，而可分级的记录可以取这样的值（“range”“plausible”和“scope”都没有把它排除）：这样的记录不匹配任何行，此表的要求对它判为不适用，从不限制它的等级；请加一行（没有的等级写 n/a），或用“scope”把这样的记录排除在标准之外（指标不可能取的值用“range”排除），如在“scope:”下写 - { id: placeSettings-in-table, indicator: placeSettings, require: "≤ 16", reason: { zh: …, en: … } }',
    ],
  ],
  [
    'names, values and limits refused as written',
    `indicators:
  水分: { type: number, label: { zh: 水分, en: Moisture } }
  cls: { type: enum, values: [42.5, 42.5R], label: { zh: 强度等级, en: Strength class } }
  apf: { type: number, interval: 0.1, comparison: rounded, label: { zh: APF, en: APF } }
  purity: { type: number, unit: "%", label: { zh: 纯度, en: Purity } }
grades:
  - { id: ok, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: apf, indicator: apf, require: "≥ 4.625" }
  - { id: p, indicator: purity, require: "≥ 97.0 ％" }
  - { id: p2, indicator: purity, require: "=< 99" }
  - { id: p3, indicator: purity, require: "≥ 1,000" }
`,
    [
      '“水分”不能用作名称：名称只能用英文字母、数字和 "_"，以英文字母开头（汉字不算字母）；中文名称写在“label”中，如 moisture: { label: { zh: 水分, en: Moisture } }',
      '“cls”的取值必须全是文本或全是数值：YAML 把不带引号的 42.5 读作数值；请给每个取值加引号：values: ["42.5", "42.5R"]',
      '“≥ 97.0 ％”含全角字符“％”（U+FF05）：请写半角的“97.0 %”',
      '“=<”不是运算符：请写“<=”或“≤”',
      '“≥ 1,000”用“,”作千位分隔符；限值不写分隔符：请写“1000”',
      '警告：限值 4.625 不是修约间隔 0.1 的整数倍：取值先修约到 0.1 的整数倍再比较，因此“≥ 4.625”实际相当于“≥ 4.7”',
    ],
  ],
  [
    'every requirement on MgO needs a value the record may leave out',
    `${MGO_INDICATORS}criteria:
  - { id: mgo, indicator: mgo, when: { autoclavePassed: false }, require: "≤ 5.0" }
  - { id: mgo-autoclave, indicator: mgo, when: { autoclavePassed: true }, require: "≤ 6.0" }
`,
    [
      '警告：未给出“压蒸安定性合格”（“autoclavePassed”）的记录不检验“氧化镁 MgO”：“mgo”、“mgo-autoclave” 的“when”都要求给出“autoclavePassed”。请为“autoclavePassed”设“default”（如“default: false”），或设为必填（“required: true”），或增加一条不依赖它的要求',
    ],
  ],
  [
    'a unit before the number',
    `${MGO_INDICATORS}criteria:
  - { id: mgo, indicator: mgo, require: "≤ % 5.0" }
`,
    ['“mgo”的限值：单位应写在数值之后，如 ≤ 5.0 %'],
  ],
  [
    'a grade table without the column of a grade between two it has',
    `indicators:
  designation: { type: enum, values: [Q355], label: { zh: 牌号, en: Designation } }
  phosphorus: { type: number, unit: "%", label: { zh: 磷 P, en: Phosphorus P } }
grades:
  - { id: B, label: { zh: B级, en: Grade B } }
  - { id: C, label: { zh: C级, en: Grade C } }
  - { id: D, label: { zh: D级, en: Grade D } }
  - { id: E, label: { zh: E级, en: Grade E } }
  - { id: F, label: { zh: F级, en: Grade F } }
tables:
  pmax:
    keys: [designation]
    columns: [designation, B, C, E, F]
    rows:
      - [Q355, 0.035, 0.030, 0.020, 0.020]
criteria:
  - { id: p, indicator: phosphorus, require: "≤ pmax" }
`,
    [
      '警告：表“pmax”没有“D级”的列（有“C级”和“E级”的列）：“D级”因此对“磷 P”没有自己的限值，在“磷 P”上达到“C级”的记录也都达到“D级”。若“D级”的限值与某级相同，请照抄该列；若标准对“D级”确无要求，请写一列 ~；若该产品没有“D级”，请写一列 n/a',
    ],
  ],
  [
    'capacity turned to kW, the table bands left in W',
    `indicators:
  ratedCoolingCapacity: { type: number, unit: kW, range: "> 0", label: { zh: 额定制冷量, en: Rated cooling capacity } }
  apf: { type: number, label: { zh: APF, en: APF } }
grades:
  - { id: "2", label: { zh: 2级, en: Grade 2 } }
  - { id: "1", label: { zh: 1级, en: Grade 1 } }
scope:
  - id: capacity-in-scope
    indicator: ratedCoolingCapacity
    require: "≤ 14"
    reason: { zh: 超出标准范围, en: Outside the standard }
tables:
  apfLimits:
    keys: [ratedCoolingCapacity]
    columns: [ratedCoolingCapacity, "1", "2"]
    rows:
      - ["≤ 4500", 5.00, 4.50]
      - ["(4500, 7100]", 4.50, 4.00]
criteria:
  - { id: apf, indicator: apf, require: "≥ apfLimits" }
`,
    [
      '警告：表“apfLimits”第 2 行永远匹配不到：其“ratedCoolingCapacity”的区间 (4500, 7100] 不在可分级的记录可取的值之中（第 17 行的范围项“capacity-in-scope”要求“ratedCoolingCapacity ≤ 14”），此行的限值从不适用。请核对区间和限制它的范围是否按指标的单位（kW）书写，或删去此行',
    ],
  ],
  [
    'capacity turned to kW, plausible left at ≥ 1000',
    `indicators:
  ratedCoolingCapacity: { type: number, unit: kW, range: "> 0", plausible: "≥ 1000", label: { zh: 额定制冷量, en: Rated cooling capacity } }
  apf: { type: number, label: { zh: APF, en: APF } }
grades:
  - { id: ok, label: { zh: 合格, en: Conforming } }
scope:
  - { id: capacity-in-scope, indicator: ratedCoolingCapacity, require: "≤ 14", reason: { zh: 超出标准范围, en: Outside the standard } }
criteria:
  - { id: apf, indicator: apf, require: "≥ 3.0" }
`,
    [
      '要求“ratedCoolingCapacity ≤ 14”永远不会满足：“ratedCoolingCapacity”的合理范围（plausible）是 ≥ 1000，超出即为无效记录；每条记录都在标准范围之外',
    ],
  ],
  [
    'a dash copied from the standard into a grade table',
    `indicators:
  designation: { type: enum, values: [Q355, Q390], label: { zh: 牌号, en: Designation } }
  testTemperature: { type: number, unit: °C, label: { zh: 冲击试验温度, en: Impact test temperature } }
grades:
  - { id: E, label: { zh: E级, en: Grade E } }
  - { id: F, label: { zh: F级, en: Grade F } }
tables:
  impactTemperature:
    keys: [designation]
    columns: [designation, E, F]
    rows:
      - [Q390, -40, —]
      - [Q355, -40, -60]
criteria:
  - { id: impact-temperature, indicator: testTemperature, require: "≤ impactTemperature" }
`,
    [
      '列“F”第 1 行的“—”不是限值：标准表格中的“—”，若表示此行的产品没有“F级”，请写 n/a；若表示标准在此行没有要求，请写 ~',
    ],
  ],
];

describe('the messages docs/rule-format.zh-CN.md quotes from validate', () => {
  it.each(FILES)('%s', (_what, body, quoted) => {
    const { issues } = checkRuleSet(HEAD + body);
    const said = issues.map((i) => i.text.zh);
    for (const q of quoted) {
      expect(PAGE, 'quoted on the page').toContain(q);
      const warning = q.startsWith('警告：');
      const issue = issues.find((i) => i.text.zh === q.replace(/^警告：/, ''));
      expect(issue, `qgrade says this (it says: ${said.join(' | ')})`).toBeDefined();
      if (warning) expect(issue!.severity).toBe('warning');
    }
  });

  it('grades listed best first, every limit reversed: one error at `grades:` (newcomer-30 M2)', () => {
    const file = readFileSync(join(ROOT, 'test/fixtures/author-sweep/grades-reversed.yaml'), 'utf8');
    const { issues } = checkRuleSet(file);
    // The page quotes the start of the error ("……" stands for the rest).
    const quoted =
      '“grades”要从最低的等级写到最高的等级（见 docs/rule-format.zh-CN.md）；这里比较的 15 个限值全都是排在后面的等级要求更低，等级写成了从高到低';
    expect(PAGE).toContain(`${quoted}……请把“grades”的顺序倒过来`);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['non-monotonic', 'error']]);
    expect(issues[0]!.text.zh.startsWith(quoted)).toBe(true);
    expect(issues[0]!.text.zh).toContain('请把“grades”的顺序倒过来');
  });
});

// Phosphorus compared rounded, and a carbon equivalent computed without `decimals`.
const PHOSPHORUS_CEQ = `comparison: rounded
indicators:
  phosphorus: { type: number, unit: "%", label: { zh: 磷 P, en: Phosphorus P } }
  carbon: { type: number, unit: "%", label: { zh: 碳 C, en: Carbon C } }
  manganese: { type: number, unit: "%", label: { zh: 锰 Mn, en: Manganese Mn } }
derived:
  ceq: { label: { zh: 碳当量 Ceq, en: Carbon equivalent Ceq }, unit: "%", formula: carbon + manganese / 6 }
grades:
  - { id: ok, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: p, indicator: phosphorus, require: "≤ 0.020" }
  - { id: ceq, indicator: ceq, require: "≤ 0.45", comparison: full }
`;

// The Charpy rule under the rounded-value method: a mean, and a 70 % floor computed by a formula.
// Three Charpy specimens, and one grade.
const IMPACT = `indicators:
  impactEnergy: { type: number, unit: J, specimens: { exactly: 3 }, label: { zh: 冲击吸收能量 KV2, en: Impact energy KV2 } }
grades:
  - { id: ok, label: { zh: 合格, en: Conforming } }
`;

const CHARPY_ROUNDED = `comparison: rounded
${IMPACT}criteria:
  - { id: impact-mean, indicator: impactEnergy, aggregate: mean, require: "≥ 27" }
  - { id: impact-floor, indicator: impactEnergy, require: "≥ 0.7 * 34", interval: 1 }
`;

// A rule file, a record, and the explanation lines the page quotes for it.
const RECORDS: [string, string, string, string[]][] = [
  [
    'a missing optional value, specimens of which two fail',
    `indicators:
  nitrogen: { type: number, unit: "%", required: false, label: { zh: 氮, en: Nitrogen } }
  impactEnergy: { type: number, unit: J, specimens: { exactly: 3 }, label: { zh: 冲击吸收能量 KV2, en: Impact energy KV2 } }
grades:
  - { id: ok, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: impact-single, indicator: impactEnergy, aggregate: { atMostFailing: 1 }, require: "≥ 34" }
  - { id: n, indicator: nitrogen, require: "≤ 0.012" }
`,
    '{"nitrogen":null,"impactEnergy":[33,45,30]}',
    ['未提供数值，无法确认 ≤ 0.012 %', '单个值 33、45、30 J，2 个不满足 ≥ 34 J（第 1、3 个），允许至多 1 个'],
  ],
  [
    'specimens of which one fails',
    `indicators:
  impactEnergy: { type: number, unit: J, specimens: { exactly: 3 }, label: { zh: 冲击吸收能量 KV2, en: Impact energy KV2 } }
grades:
  - { id: ok, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: impact-single, indicator: impactEnergy, aggregate: { atMostFailing: 1 }, require: "≥ 34" }
`,
    '{"impactEnergy":[30,45,40]}',
    ['单个值 30、45、40 J，1 个不满足 ≥ 34 J（第 1 个），允许至多 1 个'],
  ],
  [
    'too few specimens',
    `indicators:
  impactEnergy: { type: number, unit: J, specimens: { exactly: 3 }, label: { zh: 冲击吸收能量 KV2, en: Impact energy KV2 } }
grades:
  - { id: ok, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: impact, indicator: impactEnergy, require: "≥ 34" }
`,
    '{"impactEnergy":[40,38]}',
    ['冲击吸收能量 KV2 需要 3 个试样值，实际 2 个'],
  ],
  [
    'a total score a hair below its cutoff',
    `indicators:
  a: { type: number, range: "[0, 100]", label: { zh: 甲, en: A } }
  b: { type: number, range: "[0, 100]", label: { zh: 乙, en: B } }
  c: { type: number, range: "[0, 100]", label: { zh: 丙, en: C } }
grades:
  - { id: pass, label: { zh: 合格, en: Pass } }
  - { id: good, label: { zh: 良好, en: Good } }
scoring:
  dimensions:
    - { id: d, label: { zh: 维度, en: Dim }, weight: 1, items: [{ indicator: a }, { indicator: b }, { indicator: c }] }
  cutoffs: { good: 65 }
`,
    '{"a":65,"b":65,"c":64.99}',
    ['总分：64.997', '总分：64.997，不满足 ≥ 65'],
  ],
  [
    'a mass tolerance (rounded) and a grade that does not exist for the row',
    `comparison: rounded
indicators:
  diameter: { type: number, unit: mm, label: { zh: 公称直径, en: Nominal diameter } }
  massDeviation: { type: number, unit: "%", label: { zh: 重量偏差, en: Mass deviation } }
  designation: { type: enum, values: [Q355, Q390], label: { zh: 牌号, en: Designation } }
  testTemperature: { type: number, unit: °C, label: { zh: 冲击试验温度, en: Impact test temperature } }
grades:
  - { id: B, label: { zh: B级, en: Grade B } }
  - { id: E, label: { zh: E级, en: Grade E } }
  - { id: F, label: { zh: F级, en: Grade F } }
tables:
  massTolerance:
    keys: [diameter]
    columns: [diameter, value]
    rows: [["[6, 14)", 5.5], ["[14, 22)", 4.5], ["[22, 50]", 3.5]]
  impactTemperature:
    keys: [designation]
    columns: [designation, B, E, F]
    rows: [[Q355, 20, -40, -60], [Q390, 20, -40, n/a]]
criteria:
  - { id: mass-deviation, indicator: massDeviation, require: "± massTolerance.value" }
  - { id: impact-temperature, indicator: testTemperature, require: "≤ impactTemperature" }
`,
    '{"diameter":16,"massDeviation":-4.55,"designation":"Q390","testTemperature":-60}',
    [
      '重量偏差：-4.55 %（修约值 -4.6），不满足 ± 4.5 [-4.5, 4.5] %',
      '冲击试验温度：此产品没有F级（n/a），不能评为该等级',
    ],
  ],
  [
    'a limit that reads a value the record leaves out',
    `${MGO_INDICATORS}criteria:
  - { id: mgo, indicator: mgo, require: "≤ (autoclavePassed ? 6.0 : 5.0)" }
`,
    '{"mgo":4.9}',
    ['氧化镁 MgO：限值需要“压蒸安定性合格”，此记录未给出，无法判定（合格要求）'],
  ],
  [
    'a when that needs a value the record leaves out',
    `${MGO_INDICATORS}criteria:
  - { id: mgo, indicator: mgo, when: { autoclavePassed: false }, require: "≤ 5.0" }
  - { id: mgo-autoclave, indicator: mgo, when: { autoclavePassed: true }, require: "≤ 6.0" }
`,
    '{"mgo":9.9}',
    ['氧化镁 MgO：未给出“压蒸安定性合格”，不适用于此记录（合格要求）'],
  ],
  [
    'a value rounding changes, and a derived value without decimals',
    PHOSPHORUS_CEQ,
    '{"phosphorus":0.0254,"carbon":0.2,"manganese":1.46}',
    [
      '磷 P：0.0254 %（修约值 0.025），不满足 ≤ 0.020 %（合格要求）',
      // explain gives a derived value's formula with the record's values (the result's message does not).
      '碳当量 Ceq：0.443 %（= 碳 C 0.2 % + 锰 Mn 1.46 % ÷ 6），满足 ≤ 0.45 %（合格要求）',
    ],
  ],
  [
    'a value rounding leaves as it is, read at the digits it was compared at',
    PHOSPHORUS_CEQ,
    '{"phosphorus":0.02,"carbon":0.2,"manganese":1.46}',
    ['磷 P：0.020 %，满足 ≤ 0.020 %（合格要求）'],
  ],
  [
    'a rounded mean, shown one decimal finer than its step',
    CHARPY_ROUNDED,
    '{"impactEnergy":[26,27,27]}',
    ['平均值 26.7 J（修约值 27），满足 ≥ 27 J'],
  ],
  ['an exact mean keeps the decimal', CHARPY_ROUNDED, '{"impactEnergy":[34,34,34]}', ['平均值 34.0 J']],
  [
    'a single value rounded, compared with a computed floor',
    CHARPY_ROUNDED,
    '{"impactEnergy":[23.6,40,40]}',
    ['第 1 个试样 23.6 J（修约值 24），满足 ≥ 23.8 J'],
  ],
  [
    'a mean that one decimal would show on the wrong side of its limit (full-value method)',
    `${IMPACT}criteria:
  - { id: impact-mean, indicator: impactEnergy, aggregate: mean, require: "≥ 34" }
`,
    '{"impactEnergy":[33.96,33.96,33.96]}',
    ['平均值 33.96 J'],
  ],
];

describe('the explanations docs/rule-format.zh-CN.md quotes', () => {
  it.each(RECORDS)('%s', async (name, body, record, quoted) => {
    const file = join(dir(), `${name.replace(/\W+/g, '-')}.yaml`);
    writeFileSync(file, HEAD + body);
    const { stdout } = await cli.run(['--lang', 'zh', 'explain', '--all', '-r', file, '--record', record]);
    for (const q of quoted) {
      expect(PAGE, 'quoted on the page').toContain(q);
      expect(stdout).toContain(q);
    }
  });

  it('a count rule’s one-line reason in the table and the CSV', async () => {
    const file = join(dir(), 'impact-single.yaml');
    writeFileSync(
      file,
      `${HEAD}${IMPACT}criteria:
  - { id: impact-single, indicator: impactEnergy, aggregate: { atMostFailing: 1 }, require: "≥ 34" }
`,
    );
    const records = join(dir(), 'impact-single.ndjson');
    writeFileSync(records, '{"impactEnergy":[33,45,30]}\n');
    const quoted = '冲击吸收能量 KV2 #1 33、#3 30（≥ 34 J，至多 1 个低于）';
    expect(PAGE).toContain(quoted);
    for (const format of ['table', 'csv']) {
      const { stdout } = await cli.run(['--lang', 'zh', 'grade', '-f', format, '-r', file, records]);
      expect(stdout).toContain(quoted);
    }
  });

  it('a lot’s statistics: the bundled cement lots, with the pass rate the page adds', async () => {
    const bundled = readFileSync(join(ROOT, 'rules/building-materials/cement-lot-grade.yaml'), 'utf8');
    const stats = '  statistics:\n';
    expect(bundled).toContain(stats);
    const rate = '    rate: { statistic: passRate, of: compressive28d, meets: "≥ 49.0" }\n';
    const file = join(dir(), 'cement-lot-grade.yaml');
    writeFileSync(file, bundled.replace(stats, stats + rate));
    const samples = join(ROOT, 'examples/cement-lot-samples.csv');
    const { stdout } = await cli.run(['--lang', 'zh', 'grade', '-r', file, '--group-by', 'lot', samples]);
    const block = PAGE.match(/```text\n([\s\S]*?)```/)![1]!
      .trimEnd()
      .split('\n');
    expect(block).toHaveLength(2);
    for (const line of block) expect(stdout).toContain(line);
  });

  it('a default used for a value the record leaves out', async () => {
    const record = '{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.62}';
    const args = [
      '--lang',
      'zh',
      'explain',
      '-r',
      'home-appliances/room-air-conditioner-energy',
      '--record',
      record,
    ];
    const { stdout } = await cli.run(args);
    const quoted = '气候类型：T1（未提供，按默认值），满足 = T1（适用范围）';
    expect(PAGE).toContain(quoted);
    expect(stdout).toContain(quoted);
  });
});
