/**
 * specimens-newcomer-41: a newcomer's rule set for quality grades B, C, D of a Q355-style steel (GB/T 1591-2018,
 * figures unverified: KV2 ≥ 34 J tested at +20 / 0 / −20 °C, three specimens, mean meets the limit, at most one single
 * value below it and none below 70 % of it, 23.8 J; P and S ≤ 0.035 / 0.030 / 0.025 %), graded at its boundaries
 * from JSON and from CSV (one cell `35;36;33`, or columns KV2-1, KV2-2, KV2-3). Found: a cell holding too few
 * specimen values was told without its cell, and the Chinese message of a specimen of the wrong type ran the label
 * into "第 1 个试样".
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const tmp = useTempDir();

// Written for this test, not copied from rules/steel/low-alloy-structural-steel.yaml.
const RULES = `schemaVersion: 1
id: steel/newcomer-q355
version: 0.1.0
title: { zh: Q355 质量等级 B/C/D, en: Q355 quality grades B/C/D }
industry: steel
subject: product
references: [{ code: GB/T 1591, edition: "2018" }]
provenance:
  level: unverified
  note:
    zh: 常见引用值，未对照标准原文；“试验温度不高于等级温度”的读法为示例。
    en: Commonly quoted figures, not checked against the text; reading the test temperature as "at or below" is illustrative.
indicators:
  testTemperature: { type: number, unit: °C, label: { zh: 冲击试验温度, en: Impact test temperature } }
  impactEnergy:
    type: number
    unit: J
    range: "≥ 0"
    specimens: { exactly: 3 }
    label: { zh: 冲击吸收能量 KV2, en: Impact energy KV2 }
  phosphorus: { type: number, unit: "%", range: "≥ 0", label: { zh: 磷, en: Phosphorus } }
  sulfur: { type: number, unit: "%", range: "≥ 0", label: { zh: 硫, en: Sulfur } }
grades:
  - { id: B, label: { zh: B级, en: B } }
  - { id: C, label: { zh: C级, en: C } }
  - { id: D, label: { zh: D级, en: D } }
criteria:
  - { id: temp-B, grade: B, indicator: testTemperature, require: "≤ 20" }
  - { id: temp-C, grade: C, indicator: testTemperature, require: "≤ 0" }
  - { id: temp-D, grade: D, indicator: testTemperature, require: "≤ -20" }
  - { id: impact-mean, grade: B, indicator: impactEnergy, aggregate: mean, require: "≥ 34" }
  - { id: impact-single, grade: B, indicator: impactEnergy, aggregate: { atMostFailing: 1 }, require: "≥ 34" }
  - { id: impact-floor, grade: B, indicator: impactEnergy, require: "≥ 23.8" }
  - { id: p-B, grade: B, indicator: phosphorus, require: "≤ 0.035" }
  - { id: p-C, grade: C, indicator: phosphorus, require: "≤ 0.030" }
  - { id: p-D, grade: D, indicator: phosphorus, require: "≤ 0.025" }
  - { id: s-B, grade: B, indicator: sulfur, require: "≤ 0.035" }
  - { id: s-C, grade: C, indicator: sulfur, require: "≤ 0.030" }
  - { id: s-D, grade: D, indicator: sulfur, require: "≤ 0.025" }
`;

interface Result {
  kept?: { id: string };
  grade: string | null;
  criteria?: { id: string; passed: boolean | null }[];
  errors?: { code: string; message: { zh: string; en: string } }[];
}

let rules = '';
beforeAll(() => {
  rules = join(tmp(), 'newcomer-q355.yaml');
  writeFileSync(rules, RULES);
});

/** Writes `text` to a file of the temp folder and grades it as JSON results. */
async function grade(name: string, text: string): Promise<Result[]> {
  const file = join(tmp(), name);
  writeFileSync(file, text);
  const r = await cli.run(['grade', '-r', rules, file, '-f', 'json', '--lang', 'en']);
  expect(r.stdout, r.stderr).toMatch(/^\[/);
  return JSON.parse(r.stdout) as Result[];
}

const failing = (r: Result) => (r.criteria ?? []).filter((c) => c.passed === false).map((c) => c.id);

describe.concurrent('specimens-newcomer-41: Charpy sets of three at their boundaries', () => {
  const at = (kv: number[], p = 0.02) => ({
    testTemperature: -20,
    impactEnergy: kv,
    phosphorus: p,
    sulfur: 0.02,
  });
  it('grades the mean at, just below and just above 34 J, and two single values below it', async () => {
    const [at34, below, above, two, exact] = await grade(
      'mean.json',
      JSON.stringify([
        at([34, 34, 34]),
        at([35, 33.7, 33]),
        at([34.1, 34.1, 34.1]),
        at([33, 33, 40]),
        at([26.4, 37.8, 37.8]),
      ]),
    );
    expect(at34!.grade).toBe('D');
    expect([below!.grade, failing(below!)]).toEqual([null, ['impact-mean', 'impact-single']]);
    expect(above!.grade).toBe('D');
    // Mean 35.3 J meets 34 J, but two single values are below it.
    expect([two!.grade, failing(two!)]).toEqual([null, ['impact-single']]);
    // 26.4 + 37.8 + 37.8 = 102.0 J, mean exactly 34 (added in binary, 33.99999999999999).
    expect(exact!.grade).toBe('D');
  });

  it('grades one single value at, just below and just above 70 % of 34 J (23.8 J)', async () => {
    const [at70, below, above] = await grade(
      'floor.json',
      JSON.stringify([at([23.8, 40, 40]), at([23.7, 40, 40]), at([23.9, 40, 40])]),
    );
    expect(at70!.grade).toBe('D');
    expect([below!.grade, failing(below!)]).toEqual([null, ['impact-floor']]);
    expect(above!.grade).toBe('D');
  });

  it('grades P at each grade maximum and 0.001 above', async () => {
    const rows = [
      { ...at([40, 40, 40], 0.025) },
      { ...at([40, 40, 40], 0.026) },
      { ...at([40, 40, 40], 0.03), testTemperature: 0 },
      { ...at([40, 40, 40], 0.031), testTemperature: 0 },
      { ...at([40, 40, 40], 0.035), testTemperature: 20 },
      { ...at([40, 40, 40], 0.036), testTemperature: 20 },
    ];
    const results = await grade('phosphorus.json', JSON.stringify(rows));
    expect(results.map((r) => r.grade)).toEqual(['D', 'C', 'C', 'B', 'B', null]);
  });

  it('reads three specimen columns and one cell 35;36;33 alike', async () => {
    const columns = await grade(
      'columns.csv',
      'id,testTemperature,KV2-1,KV2-2,KV2-3,phosphorus,sulfur\nA,-20,35,36,33,0.025,0.020\nB,-20,33,33,40,0.020,0.020\n',
    );
    const cell = await grade(
      'cell.csv',
      'id,testTemperature,impactEnergy,phosphorus,sulfur\nA,-20,35;36;33,0.025,0.020\nB,-20,33;33;40,0.020,0.020\n',
    );
    for (const results of [columns, cell]) {
      expect(results.map((r) => [r.grade, failing(r)])).toEqual([
        ['D', []],
        [null, ['impact-single']],
      ]);
    }
  });
});

describe.concurrent('specimens-newcomer-41: a set of the wrong size in a sheet names its cell', () => {
  const csv =
    'id,testTemperature,impactEnergy,phosphorus,sulfur\nA,-20,35;36;33,0.02,0.02\nB,-20,35;36,0.02,0.02\n';

  it('names the cell holding two values for three, in en and zh', async () => {
    const [, short] = await grade('short.csv', csv);
    expect(short!.errors?.map((e) => [e.code, e.message.en, e.message.zh])).toEqual([
      [
        'too-few-specimens',
        'impactEnergy (Impact energy KV2) needs 3 specimen values, got 2 (line 3, column 3)',
        '冲击吸收能量 KV2 需要 3 个试样值，实际 2 个（第 3 行第 3 列）',
      ],
    ]);
  });

  it('names the cell holding four values for three', async () => {
    const [long] = await grade('long.csv', csv.replace('35;36;33', '35;36;33;34').split('\nB')[0]!);
    expect(long!.errors?.map((e) => [e.code, e.message.en])).toEqual([
      [
        'too-many-specimens',
        'impactEnergy (Impact energy KV2) needs 3 specimen values, got 4 (line 2, column 3)',
      ],
    ]);
  });

  it('names an empty specimen column once', async () => {
    const [gap] = await grade(
      'gap.csv',
      'id,testTemperature,KV2-1,KV2-2,KV2-3,phosphorus,sulfur\nA,-20,35,,33,0.025,0.020\n',
    );
    expect(gap!.errors?.map((e) => e.message.en)).toEqual([
      'impactEnergy (Impact energy KV2) needs 3 specimen values, got 2 (line 2, column 4 empty)',
    ]);
  });

  it('spaces the Chinese label ending in KV2 from the specimen it names', async () => {
    const [quoted] = await grade(
      'quoted.json',
      JSON.stringify([
        { testTemperature: -20, impactEnergy: ['35', 36, 33], phosphorus: 0.02, sulfur: 0.02 },
      ]),
    );
    expect(quoted!.errors?.map((e) => e.message.zh)).toEqual([
      '冲击吸收能量 KV2 第 1 个试样应为数值，实际为 "35"，是加了引号的文本：请去掉引号，写作 35',
    ]);
  });
});
