/**
 * enterprise-23: an evaluation body's sheet, as it heads and fills it.
 * W9: an incident column headed `一票否决：重大质量事故` (a heading before the label's words) was left unread and
 * the default (no incident) graded an enterprise with 是 卓越级, exit 0: now refused as close, like `重大质量事故`;
 * the message says the default as 否 under zh, not `false`. W10: item headers with the score word
 * (`过程控制（分）`, `…/分`, `…得分`) cost a `--map` each: now read, for an item whose value is its points.
 * W7: `未评`, `未评价`, `未打分`, `未评分` got the code-point message: now the not-assessed mark, as `未检` is.
 * studio-23 N2: `氯离子 Cl-` (ASCII minus, as GBK/Excel write it) now reads the label `氯离子 Cl⁻`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ENTERPRISE_ITEM_LABELS } from '../enterprise-items';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { ruleFileHeader } from '../rule-file-header';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const ENT = 'enterprise/quality-management-capability';
const APPLIANCE = 'home-appliances/appliance-quality-grading';
const CEMENT = 'building-materials/common-portland-cement';

let files = 0;
/** A CSV of lines, written to the temp folder. */
function csv(...lines: string[]): string {
  const path = join(temp(), `${++files}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** An .xlsx of rows (one sheet), written to the temp folder. */
async function xlsx(...rows: (string | number)[][]): Promise<string> {
  const path = join(temp(), `${++files}.xlsx`);
  writeFileSync(
    path,
    await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('汇总表');
      for (const row of rows) ws.addRow(row);
    }),
  );
  return path;
}

const grades = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { grade: string | null }).grade);

const ITEMS = ENTERPRISE_ITEM_LABELS;
const scores = (n: number) => ITEMS.map(() => n);

describe.concurrent('W9: a heading before the incident label does not let the default stand in', () => {
  for (const header of [
    '一票否决：重大质量事故',
    '否决项：重大质量事故',
    '否决项: 重大事故',
    '【一票否决】重大质量事故',
    '（否决项）近三年发生重大质量事故',
    '重大质量事故（一票否决）',
    '备注：重大质量事故',
  ])
    it(`${header}: exit 2, naming majorQualityIncident (zh and en)`, async () => {
      const path = csv(`企业名称,${ITEMS.join(',')},${header}`, `甲,${scores(95).join(',')},是`);
      const en = await cli.run(['grade', '-r', ENT, path]);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain(`("${header}") looks like the indicator majorQualityIncident`);
      expect(en.stderr).toContain('graded with its default false');
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
      expect(zh.code).toBe(2);
      expect(zh.stderr).toContain(`“${header}”看起来是指标 majorQualityIncident`);
      // A yes/no default in Chinese prose is 否, as the defaults notice says it.
      expect(zh.stderr).toContain('按其默认值 否 评级');
      expect(zh.stderr).not.toContain('false');
    });

  it('.xlsx: 一票否决：重大质量事故 is refused too (exit 2)', async () => {
    const path = await xlsx(['企业名称', ...ITEMS, '一票否决：重大质量事故'], ['甲', ...scores(95), '是']);
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('“一票否决：重大质量事故”看起来是指标 majorQualityIncident');
  });

  for (const header of ['说明：各项为评价员打分', '填表日期：2026年', '地市：杭州'])
    it(`${header}: a heading over other words is harmless (graded, exit 0)`, async () => {
      const path = csv(`企业名称,${ITEMS.join(',')},${header}`, `甲,${scores(95).join(',')},x`);
      const run = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', path]);
      expect(run.code, run.stderr).toBe(0);
      expect(grades(run.stdout)).toEqual(['excellence']);
    });

  it('the incident read with --map as the message says: 是 caps the level at 检验级', async () => {
    const header = '一票否决：重大质量事故';
    const path = csv(`企业名称,${ITEMS.join(',')},${header}`, `甲,${scores(95).join(',')},是`);
    const run = await cli.run([
      'grade',
      '-r',
      ENT,
      '-f',
      'ndjson',
      '--map',
      `${header}=majorQualityIncident`,
      path,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(grades(run.stdout)).toEqual(['inspection']);
  });
});

describe.concurrent('W10: item headers with the score word are read as the item', () => {
  const plainGrade = async () => {
    const run = await cli.run([
      'grade',
      '-r',
      ENT,
      '-f',
      'ndjson',
      csv(`企业名称,${ITEMS.join(',')}`, `甲,${ITEMS.map((_, i) => 80 + i).join(',')}`),
    ]);
    return grades(run.stdout);
  };

  for (const [form, head] of [
    ['（分）', (l: string) => `${l}（分）`],
    ['(分)', (l: string) => `${l}(分)`],
    ['/分', (l: string) => `${l}/分`],
    ['得分', (l: string) => `${l}得分`],
    ['分数', (l: string) => `${l}分数`],
    ['（得分）', (l: string) => `${l}（得分）`],
  ] as const)
    it(`label${form}: graded as the plain labels are, no hint`, async () => {
      const path = csv(
        `企业名称,${ITEMS.map(head).join(',')}`,
        `甲,${ITEMS.map((_, i) => 80 + i).join(',')}`,
      );
      const run = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'ndjson', path]);
      expect(run.code, run.stderr).toBe(0);
      expect(grades(run.stdout)).toEqual(await plainGrade());
      expect(grades(run.stdout)).toEqual(['prevention']);
      expect(run.stderr).not.toContain('相近');
    });

  it('.xlsx: label（分） and label得分 read alike', async () => {
    const path = await xlsx(
      ['企业名称', ...ITEMS.map((l, i) => (i % 2 === 0 ? `${l}（分）` : `${l}得分`))],
      ['甲', ...scores(85)],
      ['乙', ...scores(64)],
    );
    const run = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', path]);
    expect(run.code, run.stderr).toBe(0);
    expect(grades(run.stdout)).toEqual(['prevention', 'inspection']);
  });

  it('English: Process control (score) and Process control score', async () => {
    const en = [
      'Leadership and quality strategy (score)',
      'Process control score',
      'Supplier quality management/score',
      'Internal audit and improvement (points)',
      'Quality data collection',
      'Quality data analysis and application',
      'Traceability',
      'Innovation',
      'Customer focus',
      'Talent development',
      'Product quality level',
      'Quality loss control',
      'Customer satisfaction',
    ];
    const path = csv(`Enterprise,${en.join(',')}`, `E1,${scores(85).join(',')}`);
    const run = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', path]);
    // The last nine are whatever the rule file's English labels are: the first four are the point.
    expect(run.stderr).not.toContain('"Leadership and quality strategy (score)" is close');
    expect(run.stderr).not.toContain('Process control score');
    expect(run.stderr).not.toContain('Supplier quality management/score');
    expect(run.stderr).not.toContain('Internal audit and improvement (points)');
  });

  it('a plain label beside label（分）: which one to grade is a guess (exit 2, as before)', async () => {
    const path = csv(`企业名称,${ITEMS.join(',')},过程控制（分）`, `甲,${scores(85).join(',')},10`);
    const run = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'columns 3 ("过程控制") and 15 ("过程控制（分）") both look like the indicator processControl',
    );
  });

  for (const header of ['过程控制（10%）', '过程控制（权重10%）'])
    it(`${header}: a weight is not read (the column may hold weighted points): hint, record invalid`, async () => {
      const head = ITEMS.map((l) => (l === '过程控制' ? header : l));
      const run = await cli.run([
        '--lang',
        'zh',
        'grade',
        '-r',
        ENT,
        csv(`企业名称,${head.join(',')}`, `甲,${scores(85).join(',')}`),
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`“${header}”列与指标 processControl（过程控制）相近`);
    });

  it('an item scored through a points map is not read from a score column (能效等级得分 holds points, not the grade)', async () => {
    const head =
      '型号,安全性能检验,强制性产品认证（CCC）,能效等级得分,噪声,首年故障率,可靠性试验得分,智能化水平（分）,使用体验,售后服务';
    const run = await cli.run([
      'grade',
      '-r',
      APPLIANCE,
      '-f',
      'ndjson',
      csv(head, 'A1,是,是,90,38,0.4,92,90,90,90'),
    ]);
    expect(run.code).toBe(1);
    const record = JSON.parse(run.stdout.trim()) as { errors?: { field?: string }[] };
    // energyGrade missing (not read from 能效等级得分); reliability and intelligence read from their score columns.
    expect(JSON.stringify(record)).toContain('energyGrade');
    expect(JSON.stringify(record)).not.toContain('reliabilityScore');
    expect(JSON.stringify(record)).not.toContain('intelligenceScore');
    expect(run.stderr).toContain('"能效等级得分" is close to the indicator energyGrade');
  });

  it('a unit other than the indicator’s is still refused (首年故障率（MPa） for a % indicator)', async () => {
    const head =
      '型号,安全性能检验,强制性产品认证（CCC）,能效等级,噪声,首年故障率（MPa）,可靠性试验,智能化水平,使用体验,售后服务';
    const run = await cli.run(['grade', '-r', APPLIANCE, csv(head, 'A1,是,是,1,38,0.4,92,90,90,90')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('MPa');
  });
});

describe.concurrent('W7: 未评, 未评价, 未打分, 未评分 are the not-assessed mark', () => {
  for (const word of ['未评', '未评价', '未打分', '未评分'])
    it(`${word} under a required item: a plain message, no code point (zh and en)`, async () => {
      const path = csv(
        `企业名称,${ITEMS.join(',')}`,
        `甲,${ITEMS.map((l) => (l === '质量数据分析与应用' ? word : 85)).join(',')}`,
      );
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'ndjson', path]);
      expect(zh.code).toBe(1);
      expect(zh.stdout).toContain(
        `\\"${word}\\" 表示未评价；该指标为必填项（留空同样无效），每条记录都须给出：请填写评价结果`,
      );
      expect(zh.stdout).not.toContain('U+');
      const en = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', path]);
      expect(en.stdout).toContain(
        'means not assessed; the indicator is required (an empty value is invalid too)',
      );
    });

  it('.xlsx: 未评 under the incident column (not required) reads as an empty cell: its default', async () => {
    const path = await xlsx(['企业名称', ...ITEMS, '近三年发生重大质量事故'], ['甲', ...scores(95), '未评']);
    const run = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', path]);
    expect(run.code, run.stderr).toBe(0);
    expect(grades(run.stdout)).toEqual(['excellence']);
  });

  it('validate refuses 未评 as a value label, as it does 未检', () => {
    const file = `${ruleFileHeader('test/not-assessed')}indicators:
  level:
    type: enum
    values: [a, b]
    valueLabels:
      a: { zh: 已评, en: Assessed }
      b: { zh: 未评, en: Not assessed }
    label: { zh: 状态, en: State }
grades:
  - { id: "1", label: { zh: 1级, en: Grade 1 } }
criteria:
  - { id: l, indicator: level, grade: "1", require: "= a" }
`;
    const { issues } = checkRuleSet(file, { filename: 'n.yaml' });
    expect(issues.map((i) => i.code)).toEqual(['type-mismatch']);
    expect(issues[0]!.text.zh).toContain('标签或别名“未评”');
  });
});

describe.concurrent('studio-23 N2: 氯离子 Cl- reads the label 氯离子 Cl⁻', () => {
  const HEAD = (chloride: string) =>
    `编号,水泥品种,强度等级,3 天抗压强度,28 天抗压强度,3 天抗折强度,28 天抗折强度,初凝时间,终凝时间,氧化镁 MgO,三氧化硫 SO3,${chloride},安定性`;
  const ROW = (id: string, cl: string) => `${id},P.O,42.5,22.0,48.5,4.5,8.0,150,230,2.1,2.6,${cl},合格`;

  for (const header of ['氯离子 Cl-', '氯离子Cl-', '氯离子 Cl−', '氯离子 Cl-(%)', '氯离子 Cl-/%'])
    it(`${header}: read (0.02 conforming, 0.08 over ≤ 0.06 not graded)`, async () => {
      const run = await cli.run([
        'grade',
        '-r',
        CEMENT,
        '-f',
        'ndjson',
        csv(HEAD(header), ROW('C1', '0.02'), ROW('C2', '0.08')),
      ]);
      expect(run.code, run.stderr).toBe(0);
      expect(grades(run.stdout)).toEqual(['conforming', null]);
      expect(run.stderr).not.toContain('is close to');
    });

  it('.xlsx: 氯离子 Cl- read', async () => {
    const path = await xlsx(HEAD('氯离子 Cl-').split(','), ROW('C1', '0.08').split(','));
    const run = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', path]);
    expect(run.code, run.stderr).toBe(0);
    expect(grades(run.stdout)).toEqual([null]);
  });
});

describe.concurrent('W12: without --keep, a name column is kept rather than a 序号 column', () => {
  const kept = (stdout: string) =>
    stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { kept?: Record<string, string> }).kept);
  const rows = (head: string, ...cells: string[]) =>
    csv(`${head},${ITEMS.join(',')}`, ...cells.map((c) => `${c},${scores(85).join(',')}`));

  it('序号 (1..n), 企业名称: 企业名称 is kept, and the notice says so (zh and en)', async () => {
    const path = rows('序号,企业名称,统一社会信用代码', '1,甲公司,91A', '2,乙公司,91B');
    const run = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', path]);
    expect(run.code, run.stderr).toBe(0);
    expect(kept(run.stdout)).toEqual([{ 企业名称: '甲公司' }, { 企业名称: '乙公司' }]);
    expect(run.stderr).toContain('keeping column "企业名称" as the sample id');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
    expect(zh.stderr).toContain('保留列“企业名称”作为样品标识');
    expect(zh.stdout).toMatch(/^序号\s+企业名称\s+等级/);
  });

  for (const name of ['单位名称', '名称', '样品名称', '受检单位', 'Company name'])
    it(`No., ${name}: ${name} is kept`, async () => {
      const run = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', rows(`No.,${name}`, '1,A', '2,B')]);
      expect(kept(run.stdout)).toEqual([{ [name]: 'A' }, { [name]: 'B' }]);
    });

  it('.xlsx with a 平均 row under 序号: 企业名称 is kept', async () => {
    const path = await xlsx(
      ['序号', '企业名称', ...ITEMS],
      [1, '甲公司', ...scores(85)],
      [2, '乙公司', ...scores(64)],
      ['平均', '', ...scores(74.5)],
    );
    const run = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', path]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('keeping column "企业名称" as the sample id');
    // The 平均 row itself is fix-rows-23's: only the enterprises' rows are looked at here.
    expect(kept(run.stdout).slice(0, 2)).toEqual([{ 企业名称: '甲公司' }, { 企业名称: '乙公司' }]);
  });

  it('as before: a 序号 with no name column, names that repeat, a 编号 that is no sequence, --keep 序号', async () => {
    const alone = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', rows('序号', '1', '2')]);
    expect(kept(alone.stdout)).toEqual([{ 序号: '1' }, { 序号: '2' }]);
    const twice = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', rows('序号,企业名称', '1,甲', '2,甲')]);
    expect(kept(twice.stdout)).toEqual([{ 序号: '1' }, { 序号: '2' }]);
    const code = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', rows('编号,企业名称', 'E1,甲', 'E2,乙')]);
    expect(kept(code.stdout)).toEqual([{ 编号: 'E1' }, { 编号: 'E2' }]);
    const text = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', rows('序号,企业名称', 'A1,甲', 'A2,乙')]);
    expect(kept(text.stdout)).toEqual([{ 序号: 'A1' }, { 序号: 'A2' }]);
    const named = await cli.run([
      'grade',
      '-r',
      ENT,
      '-f',
      'ndjson',
      '--keep',
      '序号',
      rows('序号,企业名称', '1,甲', '2,乙'),
    ]);
    expect(kept(named.stdout)).toEqual([{ 序号: '1' }, { 序号: '2' }]);
  });
});
