/**
 * Review of session 41's partial-label advice (advice-review-42).
 * - A column that asks which kind (`类型`, `压缩机类型`) of an indicator whose values are named kinds (an enum, a
 *   yes/no with value labels) gets its ready `--map` back: each cell is read against those names, so a column of
 *   another kind is refused cell by cell, never graded. The others stay named without one, as each may be another
 *   quantity that would be graded: `直径` (a measured 内径 for 公称直径), `减量` (loss on drying for loss on ignition),
 *   `额定容量(kg)` (spin or drying capacity for 额定洗涤容量), `噪声 dB(A)` (spin noise for 洗涤噪声); a unit other
 *   than the indicator's is never offered.
 * - `沸煮法安定性` is 安定性（沸煮法）, the method said first: read as soundness; beside the label's column, the two are
 *   named as one indicator twice (not as autoclave soundness).
 * - "Did you mean" names every name as close as the nearest: validate's unknown keys and values, a suite's
 *   indicator names, a column of --group-by, points-map keys, a grade table's columns.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unknownKeyError } from '../../src/errors/options-argument';
import { FIXTURES, ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';
const CEMENT = 'building-materials/common-portland-cement';
const REBAR = 'steel/hot-rolled-ribbed-bar';
const APPLIANCE = 'home-appliances/appliance-quality-grading';
const WASHER = join(FIXTURES, 'washing-machine-units.yaml');

// The tests run concurrently in one folder: each file gets a name of its own.
let files = 0;
const file = (ext: string, text: string): string => {
  const path = join(temp(), `${++files}.${ext}`);
  writeFileSync(path, text);
  return path;
};
const csv = (header: readonly string[], ...rows: (readonly (string | number)[])[]) =>
  file('csv', `${[header, ...rows].map((r) => r.join(',')).join('\n')}\n`);

const grade = (rules: string, path: string, lang = 'en', ...extra: string[]) =>
  cli.run(['--lang', lang, 'grade', '-r', rules, '--no-keep', ...extra, path]);

interface Row {
  grade: string | null;
  notGradedReason?: { code: string };
  criteria: { id: string; passed: boolean }[];
}
const rows = async (rules: string, path: string, ...extra: string[]): Promise<Row[]> => {
  const run = await cli.run(['grade', '-r', rules, '-f', 'ndjson', '--no-keep', ...extra, path]);
  return run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);
};

const partialEn = (column: string, indicator: string) =>
  `the column "${column}" is not read: it shares only part of the label of the indicator ${indicator}`;

// GB 21455-2019, heat pump ≤ 4500 W: APF 5.10 meets grade 1's 5.00.
const acSheet = (column: string, value: string, type = '机组类型') =>
  csv(['型号', type, '额定制冷量 CC', '全年能源消耗效率 APF', column], ['K1', '热泵型', 3500, 5.1, value]);

describe.concurrent('a column asking which kind, of an indicator whose values are the kinds: its --map is back', () => {
  const typeSheet = (value: string) =>
    csv(['型号', '类型', '额定制冷量 CC', '全年能源消耗效率 APF'], ['K1', value, 3500, 5.1]);

  it('类型 for 机组类型 (unitType: 热泵型/单冷型), en and zh', async () => {
    const en = await grade(AC, typeSheet('热泵型'));
    expect(en.stderr).toContain(
      'the column "类型" is close to the indicator unitType (Unit type) but is not read as it; if it is that indicator, add --map 类型=unitType',
    );
    const zh = await grade(AC, typeSheet('热泵型'), 'zh');
    expect(zh.stderr).toContain(
      '“类型”列与指标 unitType（机组类型）相近，但没有作为它读取；如果就是它，请加上 --map 类型=unitType',
    );
  });

  it('类型 followed: 热泵型 grades 1; a climate type under it (T1, 气候类型’s) is refused, never graded', async () => {
    expect((await rows(AC, typeSheet('热泵型'), '--map', '类型=unitType')).map((r) => r.grade)).toEqual([
      '1',
    ]);
    const [t1] = await rows(AC, typeSheet('T1'), '--map', '类型=unitType');
    expect(t1!.grade).toBeNull();
    expect(t1!.notGradedReason?.code).toBe('invalid-record');
  });

  for (const column of ['压缩机类型', '压缩机形式'])
    it(`${column} for 全封闭型压缩机 (a yes/no labelled 全封闭型/非全封闭型), en and zh`, async () => {
      const en = await grade(AC, acSheet(column, '半封闭'));
      expect(en.code).toBe(2);
      expect(en.stderr).toContain(`column 5 ("${column}") looks like the indicator hermeticCompressor`);
      expect(en.stderr).toContain(`read it with --map ${column}=hermeticCompressor`);
      expect(en.stderr).not.toContain('shares only part');
      const zh = await grade(AC, acSheet(column, '半封闭'), 'zh');
      expect(zh.stderr).toContain(`第 5 列“${column}”看起来是指标 hermeticCompressor（全封闭型压缩机）`);
      expect(zh.stderr).toContain(`请用 --map ${column}=hermeticCompressor 读取它`);
    });

  it('压缩机类型 followed: 全封闭型 grades 1, 半封闭 is out of scope, 转子式 (no such kind) is refused', async () => {
    const map = ['--map', '压缩机类型=hermeticCompressor'];
    expect((await rows(AC, acSheet('压缩机类型', '全封闭型'), ...map))[0]!.grade).toBe('1');
    const [semi] = await rows(AC, acSheet('压缩机类型', '半封闭'), ...map);
    expect(semi!.grade).toBeNull();
    expect(semi!.criteria.find((c) => c.id === 'hermetic-compressor')?.passed).toBe(false);
    const [rotary] = await rows(AC, acSheet('压缩机类型', '转子式'), ...map);
    expect(rotary!.notGradedReason?.code).toBe('invalid-record');
  });
});

// A header with the label's words left out (直径, 噪声) gets its --map only "if it is" the indicator (newcomer-46); one
// that says them otherwise (减量, 额定容量 for 额定洗涤容量) still none.
describe.concurrent('a column that may be another quantity, graded if mapped: named, no --map but for the case it is', () => {
  it('直径 for 公称直径 d (a number: a measured 内径 13.4 of a 14 mm bar would take ±6 % for ±5 %), en and zh', async () => {
    const path = csv(
      ['designation', '直径', 'tensileStrength', 'elongation', 'maxForceElongation', 'yieldStrength'],
      ['HRB400', 20, 600, 22, 11.0, 455],
    );
    const en = await grade(REBAR, path);
    expect(en.stderr).toContain(partialEn('直径', 'diameter (Nominal diameter d; 公称直径 d)'));
    expect(en.stderr).toContain(
      'check what the column measures: only if it is "公称直径 d", add --map 直径=diameter (or head the column "公称直径 d")',
    );
    const zh = await grade(REBAR, path, 'zh');
    expect(zh.stderr).toContain('“直径”列没有读取：它只与指标 diameter（公称直径 d）的标签部分相同');
    expect(zh.stderr).toContain(
      '请核对该列测的是什么：只有它确实是“公称直径 d”时，才加上 --map 直径=diameter（或把表头改为“公称直径 d”）',
    );
  });

  it('减量 for 烧失量 (loss on drying is a 减量 too), en and zh', async () => {
    const path = csv(
      [
        '水泥品种',
        '强度等级',
        '3 天抗压强度',
        '28 天抗压强度',
        '3 天抗折强度',
        '28 天抗折强度',
        '初凝时间',
        '终凝时间',
      ].concat(['氧化镁 MgO', '三氧化硫 SO₃', '氯离子 Cl⁻', '安定性', '减量']),
      ['P.O', '42.5', 22.0, 48.5, 4.5, 8.0, 150, 230, 2.1, 2.6, 0.02, '合格', 2.0],
    );
    const en = await grade(CEMENT, path);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('("减量") shares only part of the label of the indicator lossOnIgnition');
    expect(en.stderr).not.toContain('=lossOnIgnition');
    const zh = await grade(CEMENT, path, 'zh');
    expect(zh.stderr).toContain('“减量”只与指标 lossOnIgnition（烧失量 LOI）的标签部分相同');
    expect(zh.stderr).not.toContain('=lossOnIgnition');
  });

  // A washer's sheet: 额定容量 may be the spin or drying capacity, 噪声 the spin noise.
  const washer = (capacity: string, noise: string) =>
    csv(
      ['样品编号', capacity, '含水率(%)', '耗电量(kWh/cycle)', '用水量(L/cycle)', noise],
      ['S1', 8, 47, 0.9, 64, 53],
    );

  it('额定容量(kg) for 额定洗涤容量 and 噪声 dB(A) for 洗涤噪声, en and zh', async () => {
    const path = washer('额定容量(kg)', '噪声 dB(A)');
    const en = await grade(WASHER, path);
    expect(en.stderr).toContain(
      partialEn('额定容量(kg)', 'ratedCapacity (Rated washing capacity; 额定洗涤容量)'),
    );
    expect(en.stderr).toContain(partialEn('噪声 dB(A)', 'noise (Washing noise; 洗涤噪声)'));
    expect(en.stderr).not.toContain('=ratedCapacity');
    expect(en.stderr).toContain(`only if it is "洗涤噪声", add --map '噪声 dB(A)=noise'`);
    const zh = await grade(WASHER, path, 'zh');
    expect(zh.stderr).toContain(
      '“额定容量(kg)”列没有读取：它只与指标 ratedCapacity（额定洗涤容量）的标签部分相同',
    );
    expect(zh.stderr).toContain('“噪声 dB(A)”列没有读取：它只与指标 noise（洗涤噪声）的标签部分相同');
    expect(zh.stderr).not.toContain('=ratedCapacity');
    expect(zh.stderr).toContain(`只有它确实是“洗涤噪声”时，才加上 --map '噪声 dB(A)=noise'`);
  });

  it('another unit is never offered: 额定容量(kg) beside 额定制冷量 in W, 噪声(dB) for noise in dB(A)', async () => {
    const kg = await grade(
      AC,
      csv(['型号', '机组类型', '全年能源消耗效率 APF', '额定容量(kg)'], ['K1', '热泵型', 5.1, 8]),
    );
    expect(kg.stderr).not.toContain('额定容量(kg)');
    expect(kg.stderr).not.toContain('=ratedCoolingCapacity');
    const db = await grade(
      APPLIANCE,
      csv(
        [
          '安全性能检验',
          '强制性产品认证（CCC）',
          '能效等级',
          '噪声(dB)',
          '首年故障率',
          '可靠性试验',
          '智能化水平',
          '使用体验',
          '售后服务',
        ],
        ['true', 'true', 1, 38, 1, 90, 90, 90, 90],
      ),
    );
    expect(db.code).toBe(2);
    expect(db.stderr).toContain(
      'column 4 ("噪声(dB)") is in dB, but the indicator noise (Noise) is in dB(A)',
    );
    expect(db.stderr).not.toContain('=noise');
  });
});

describe.concurrent('沸煮法安定性 is 安定性（沸煮法）, the method said first', () => {
  const HEAD = [
    '水泥品种',
    '强度等级',
    '3 天抗压强度',
    '28 天抗压强度',
    '3 天抗折强度',
    '28 天抗折强度',
  ].concat(['初凝时间', '终凝时间', '氧化镁 MgO', '三氧化硫 SO₃', '氯离子 Cl⁻']);
  const ROW = ['P.O', '42.5', 22.0, 48.5, 4.5, 8.0, 150, 230, 2.1, 2.6, 0.02];
  const cement = (columns: readonly string[], ...values: (readonly string[])[]) =>
    csv([...HEAD, ...columns], ...values.map((v) => [...ROW, ...v]));

  for (const column of ['沸煮法安定性', '沸煮安定性'])
    it(`${column} alone is read as soundness: 合格 conforms, 不合格 fails soundness`, async () => {
      const path = cement([column], ['合格'], ['不合格']);
      const [pass, fail] = await rows(CEMENT, path);
      expect(pass!.grade).toBe('conforming');
      expect(fail!.grade).toBeNull();
      expect(fail!.criteria.find((c) => c.id === 'soundness')?.passed).toBe(false);
      const run = await grade(CEMENT, path);
      expect(run.stderr).not.toContain(column);
      expect(run.stderr).not.toContain('no column gives soundness');
    });

  it('beside 安定性（沸煮法）: both named as soundness, not one as autoclave soundness (en and zh)', async () => {
    const path = cement(['安定性（沸煮法）', '沸煮法安定性'], ['true', '合格']);
    const en = await grade(CEMENT, path);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      'columns 12 ("安定性（沸煮法）") and 13 ("沸煮法安定性") both look like the indicator soundness (Soundness (boiling method))',
    );
    expect(en.stderr).not.toContain('autoclaveSoundness (');
    const zh = await grade(CEMENT, path, 'zh');
    expect(zh.stderr).toContain(
      '第 12 列（“安定性（沸煮法）”）和第 13 列（“沸煮法安定性”）看起来都是指标 soundness（安定性（沸煮法））',
    );
    expect(zh.stderr).not.toContain('压蒸安定性合格');
  });

  it('压蒸安定性 beside 安定性（沸煮法） is still autoclave soundness, with its --map', async () => {
    const run = await grade(CEMENT, cement(['安定性（沸煮法）', '压蒸安定性'], ['true', 'true']));
    expect(run.stderr).toContain('read it with --map 压蒸安定性=autoclaveSoundness');
  });
});

describe.concurrent('"did you mean" names every name as close as the nearest', () => {
  const washerYaml = readFileSync(WASHER, 'utf8');

  it('validate: an unknown key (node: code or note; grate: grade or gate), en and zh', async () => {
    const node = file(
      'yaml',
      washerYaml.replace(
        '{ code: "T/TEST 27", edition: "2026" }',
        '{ code: "T/TEST 27", edition: "2026", node: x }',
      ),
    );
    expect((await cli.run(['validate', node])).stdout).toContain(
      'unknown key "node"; did you mean "code" or "note"?',
    );
    const grate = file(
      'yaml',
      washerYaml.replace(
        '{ id: energy-first, indicator: energy, grade:',
        '{ id: energy-first, indicator: energy, grate:',
      ),
    );
    expect((await cli.run(['validate', grate])).stdout).toContain(
      'unknown key "grate"; did you mean "grade" or "gate"?',
    );
    expect((await cli.run(['--lang', 'zh', 'validate', grate])).stdout).toContain(
      '未知的键“grate”，是否要写“grade”或“gate”？',
    );
  });

  it('validate: a value of a list (statistic: mix, for min or max)', async () => {
    const yaml = readFileSync(join(ROOT, 'rules/building-materials/cement-lot-grade.yaml'), 'utf8').replace(
      'mean28d: { statistic: mean, of: compressive28d }',
      'mean28d: { statistic: mix, of: compressive28d }',
    );
    expect(yaml).toContain('statistic: mix');
    const run = await cli.run(['validate', file('yaml', yaml)]);
    expect(run.stdout).toContain('did you mean "min" or "max"?');
  });

  it('a suite’s indicator compressive2d: compressive3d or compressive28d (en and zh)', async () => {
    const dir = temp();
    const rules = readFileSync(join(ROOT, 'rules/building-materials/cement-lot-grade.yaml'), 'utf8');
    writeFileSync(join(dir, 'lot-42.yaml'), rules);
    const suite = join(dir, 'lot-42.test.yaml');
    writeFileSync(
      suite,
      'ruleSet: ./lot-42.yaml\ncases:\n  - name: a typo\n    input: { strengthClass: "42.5", compressive2d: 24.0, compressive28d: 48.0, initialSetting: 150, finalSetting: 240 }\n    grade: superior\n',
    );
    const en = await cli.run(['test', suite]);
    expect(en.stdout + en.stderr).toContain(
      'indicator "compressive2d" is not in building-materials/cement-lot-grade; did you mean "compressive3d" or "compressive28d"?',
    );
    const zh = await cli.run(['--lang', 'zh', 'test', suite]);
    expect(zh.stdout + zh.stderr).toContain('是否要写“compressive3d”或“compressive28d”？');
  });

  it('--group-by 用电量: 耗电量 or 用水量 (en and zh)', async () => {
    const path = csv(['样品编号', '耗电量', '用水量'], ['S1', 0.9, 64]);
    const en = await cli.run(['grade', '-r', WASHER, '--group-by', '用电量', path]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('the input has no column "用电量"; did you mean "耗电量" or "用水量"?');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', WASHER, '--group-by', '用电量', path]);
    expect(zh.stderr).toContain('输入中没有“用电量”列，是否要写“耗电量”或“用水量”？');
  });

  it('a grade table’s column g3 where the grades are g1 and g2: both named', async () => {
    const yaml = [
      'schemaVersion: 1',
      'id: test/grade-table-tie',
      'version: 1.0.0',
      'industry: test',
      'subject: product',
      'title: { zh: 等级表, en: Grade table }',
      'references:',
      '  - { code: "T/TEST 42", edition: "2026" }',
      'provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }',
      'indicators:',
      '  size: { type: number, label: { zh: 尺寸, en: Size } }',
      '  value: { type: number, label: { zh: 数值, en: Value } }',
      'grades:',
      '  - { id: g1, label: { zh: 一, en: One } }',
      '  - { id: g2, label: { zh: 二, en: Two } }',
      'tables:',
      '  limits:',
      '    title: { zh: 限值, en: Limits }',
      '    keys: [size]',
      '    columns: [size, g1, g3]',
      '    rows:',
      '      - ["≤ 10", 1, 2]',
      'criteria:',
      '  - { id: value, indicator: value, require: "≥ limits" }',
      '',
    ].join('\n');
    const path = file('yaml', yaml);
    expect((await cli.run(['validate', path])).stdout).toContain(
      'column "g3" of the grade table "limits" is not a grade id: did you mean "g1" or "g2"?',
    );
    expect((await cli.run(['--lang', 'zh', 'validate', path])).stdout).toContain(
      '等级表“limits”的列“g3”不是等级标识：是否要写“g1”或“g2”？',
    );
  });

  it('a points key A3 for values A1, A2, A4: all named, none taken as the one it stands for', async () => {
    const yaml = readFileSync(join(ROOT, `rules/${APPLIANCE}.yaml`), 'utf8')
      .replace(
        '  energyGrade:\n    type: integer\n    range: "[1, 5]"',
        '  energyGrade:\n    type: enum\n    values: [A1, A2, A4]',
      )
      .replace('points: { "1": 100, "2": 90, "3": 75, "4": 60, "5": 45 }', 'points: { "A3": 100, "A5": 45 }')
      .replace('require: "≤ 2"', `require: '= "A1"'`);
    expect(yaml).toContain('"A3": 100');
    expect(yaml).toContain('values: [A1, A2, A4]');
    const run = await cli.run(['validate', file('yaml', yaml)]);
    expect(run.stdout).toContain('"A3" is not a value of "energyGrade"; did you mean "A1", "A2" or "A4"?');
    // Neither is taken as the one A3 stands for: all three are left without points.
    expect(run.stdout).toContain('"points" gives no score for A1, A2, A4');
    expect(run.stdout).not.toContain('has no score because of it');
  });

  it('a library option key mix where the function takes min and max: both named (en and zh)', () => {
    const error = unknownKeyError('f', 'options', 'mix', ['min', 'max']);
    expect(error.message).toContain('options has no key "mix": did you mean "min" or "max"?');
    expect(error.text.zh).toContain('options 中没有键 "mix"：是否应为 "min"或"max"？');
  });
});

describe.concurrent('diff: a requirement removed while its indicator stays, judged by nothing', () => {
  const washerYaml = readFileSync(WASHER, 'utf8');
  const edition = (text: string) => file('yaml', text.replace('version: 1.0.0', 'version: 1.1.0'));
  const noNoise = washerYaml.replace(/ {2}- \{ id: noise, indicator: noise, require: "≤ 62" \}\n/u, '');

  it('noise’s only requirement removed: the entry says the indicator stays and records must still give it (en, zh)', async () => {
    expect(noNoise).not.toContain('id: noise');
    const b = edition(noNoise);
    const en = await cli.run(['diff', WASHER, b]);
    expect(en.stdout).toContain(
      'criterion Washing noise (Qualified) (noise) removed: ≤ 62 dB(A), looser (Washing noise (noise) stays an indicator of B that records must still give, but no requirement of B judges it)',
    );
    const zh = await cli.run(['--lang', 'zh', 'diff', WASHER, b]);
    expect(zh.stdout).toContain('（“洗涤噪声”（noise）仍是 B 的指标，记录仍须给出，但 B 已没有要求判定它）');
  });

  it('no such note when the indicator goes too, or when another requirement still judges it', async () => {
    const gone = await cli.run([
      'diff',
      WASHER,
      edition(noNoise.replace(/ {2}noise: \{ type: number.*\n/u, '')),
    ]);
    expect(gone.stdout).toContain('indicator Washing noise (noise) removed');
    expect(gone.stdout).not.toContain('stays an indicator');
    const stillJudged = await cli.run([
      'diff',
      WASHER,
      edition(washerYaml.replace(/ {2}- \{ id: energy-first, .*\n/u, '')),
    ]);
    expect(stillJudged.stdout).toContain('(energy-first) removed');
    expect(stillJudged.stdout).not.toContain('stays an indicator');
  });
});
