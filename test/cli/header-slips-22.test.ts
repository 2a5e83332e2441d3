/**
 * hostile-22: headers that let a default or an unread column decide a grade.
 * W9: a cement column `LOI`, `LOI/%`, `w(LOI)/%`, `IR`, `I.R.` was unread (LOI 6.0 % over the P·O limit graded
 * conforming): now read as the indicator whose label ends in that symbol (烧失量 LOI, 不溶物 IR), unit checked.
 * M1: `ω(N)/%`, `W(N)/%`, `w(N),%`, `N（质量分数）/%` were refused as "in )/%", with advice to convert values
 * already in %: now read as `w(N)/%` is; `w(N)/10-6` names 10-6. W4: a title line stating a unit in brackets or
 * after a comma (`力学性能（kgf/mm²）`, `凝结时间，h`, `（10-6）`, `单位（ppm）`, `单位: 10-6`) was ignored: now
 * checked as `单位：X` is. W7: `近三年重大事故` (a qualifier before a refused close form) let the default stand in.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { titleUnit } from '../../src/input/title-line';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const STEEL = 'steel/hot-rolled-ribbed-bar';
const CEMENT = 'building-materials/common-portland-cement';
const ENT = 'enterprise/quality-management-capability';
const AC = 'home-appliances/room-air-conditioner-energy';

let files = 0;
/** A CSV of lines (cells joined by commas as given), written to the temp folder. */
function csv(...lines: string[]): string {
  const path = join(temp(), `${++files}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const grades = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { grade: string | null }).grade);

// A P·O 42.5 cement conforming in all but what the last column says.
const CEM_HEAD =
  '编号,水泥品种,强度等级,3 天抗压强度,28 天抗压强度,3 天抗折强度,28 天抗折强度,初凝时间,终凝时间,氧化镁 MgO,三氧化硫 SO₃,氯离子 Cl⁻,安定性';
const CEM_ROW = (type: string) => `C1,${type},42.5,22.0,48.5,4.5,8.0,150,230,2.1,2.6,0.02,合格`;

describe.concurrent('W9: cement LOI and IR columns are read, not left unread', () => {
  for (const header of ['LOI', 'LOI/%', 'w(LOI)/%', '烧失量 LOI', '烧失量'])
    it(`${header} = 6.0 (P·O limit ≤ 5.0): not graded; 4.0: conforming`, async () => {
      const over = await cli.run([
        'grade',
        '-r',
        CEMENT,
        '-f',
        'ndjson',
        csv(`${CEM_HEAD},${header}`, `${CEM_ROW('P.O')},6.0`),
      ]);
      expect(over.code).toBe(0);
      expect(grades(over.stdout)).toEqual([null]);
      const under = await cli.run([
        'grade',
        '-r',
        CEMENT,
        '-f',
        'ndjson',
        csv(`${CEM_HEAD},${header}`, `${CEM_ROW('P.O')},4.0`),
      ]);
      expect(grades(under.stdout)).toEqual(['conforming']);
    });

  for (const header of ['IR', 'I.R.', '不溶物 IR'])
    it(`${header} = 1.5 on a P·I (≤ 0.75): not graded`, async () => {
      const run = await cli.run([
        'grade',
        '-r',
        CEMENT,
        '-f',
        'ndjson',
        csv(`${CEM_HEAD},${header}`, `${CEM_ROW('P.I')},1.5`),
      ]);
      expect(grades(run.stdout)).toEqual([null]);
    });

  it('LOI/ppm: the unit error, exit 2 (zh and en)', async () => {
    const path = csv(`${CEM_HEAD},LOI/ppm`, `${CEM_ROW('P.O')},6.0`);
    const en = await cli.run(['grade', '-r', CEMENT, path]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      'column 14 ("LOI/ppm") is in ppm, but the indicator lossOnIgnition (Loss on ignition (LOI)) is in %',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', CEMENT, path]);
    expect(zh.stderr).toContain(
      '第 14 列“LOI/ppm”的单位是 ppm，而指标 lossOnIgnition（烧失量 LOI）的单位是 %',
    );
  });
});

// An HRB400 bar conforming in all but nitrogen: 0.015 % is over N ≤ 0.012 %.
const BAR_HEAD =
  '牌号,公称直径 d,下屈服强度 ReL,抗拉强度 Rm,断后伸长率 A,最大力总延伸率 Agt,碳 C,硅 Si,锰 Mn,磷 P,硫 S,重量偏差,弯曲试验';
const BAR = 'HRB400,20,455,600,22,11.0,0.21,0.45,1.35,0.025,0.02,-1.5,是';

describe.concurrent('M1: GB house-style mass fractions are read as w(N)/% is', () => {
  for (const header of ['ω(N)/%', 'W(N)/%', '"w(N),%"', 'N（质量分数）/%', 'w(N)/%'])
    it(`${header} = 0.015: read, not graded; 0.010: conforming`, async () => {
      const over = await cli.run([
        'grade',
        '-r',
        STEEL,
        '-f',
        'ndjson',
        csv(`${BAR_HEAD},${header}`, `${BAR},0.015`),
      ]);
      expect(over.code, over.stderr).toBe(0);
      expect(grades(over.stdout)).toEqual([null]);
      const under = await cli.run([
        'grade',
        '-r',
        STEEL,
        '-f',
        'ndjson',
        csv(`${BAR_HEAD},${header}`, `${BAR},0.010`),
      ]);
      expect(grades(under.stdout)).toEqual(['conforming']);
    });

  it('w(N)/10-6: exit 2, naming 10-6 (not ")/10-6") and saying to convert (zh and en)', async () => {
    const path = csv(`${BAR_HEAD},w(N)/10-6`, `${BAR},150`);
    const en = await cli.run(['grade', '-r', STEEL, path]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      'column 14 ("w(N)/10-6") looks like the indicator nitrogen (Nitrogen N) in 10-6, not %,',
    );
    expect(en.stderr).not.toContain(')/10-6,');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', STEEL, path]);
    expect(zh.stderr).toContain('单位是 10-6 而不是 %');
  });

  it('N-%: refused as close, with no unit said (its % is the indicator’s)', async () => {
    const run = await cli.run(['grade', '-r', STEEL, csv(`${BAR_HEAD},N-%`, `${BAR},0.015`)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'column 14 ("N-%") looks like the indicator nitrogen (Nitrogen N) but is not read as it',
    );
  });
});

// Rebar mechanical columns under a title: values in kgf/mm² (46.4 kgf/mm² ≈ 455 MPa).
const MECH_HEAD = '样品编号,牌号,公称直径 d,下屈服强度 ReL,抗拉强度 Rm';
const MECH = 'B1,HRB400,20,46.4,61.2';

describe.concurrent('W4: a title stating a unit in brackets or after a comma is checked as 单位：X is', () => {
  for (const title of ['力学性能（kgf/mm²）', '力学性能(kgf/mm2)', '强度，kgf/mm²', '单位（kgf/mm²）'])
    it(`${title}: exit 2, naming the title line and the unit`, async () => {
      const run = await cli.run(['grade', '-r', STEEL, csv(title, MECH_HEAD, MECH)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('line 1 (the title above the header) states the unit kgf/mm');
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', STEEL, csv(title, MECH_HEAD, MECH)]);
      expect(zh.stderr).toContain('第 1 行（表头上方的标题）写明单位是 kgf/mm');
    });

  it('a lone heading over the columns (,,,力学性能（kgf/mm²）,): the same', async () => {
    const run = await cli.run(['grade', '-r', STEEL, csv(',,,力学性能（kgf/mm²）,', MECH_HEAD, MECH)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('states the unit kgf/mm');
  });

  for (const title of ['（10-6）', '10-6', '单位: 10-6', '气体含量（ppm）', '单位（ppm）'])
    it(`${title} over a nitrogen column: exit 2 (N = 80 is not 80 %)`, async () => {
      const run = await cli.run(['grade', '-r', STEEL, csv(title, `${BAR_HEAD},氮 N`, `${BAR},80`)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('(the title above the header) states the unit');
    });

  it('凝结时间，h over cement setting times: exit 2', async () => {
    const run = await cli.run(['grade', '-r', CEMENT, csv('凝结时间，h', CEM_HEAD, CEM_ROW('P.O'))]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('states the unit h');
  });

  for (const title of [
    '2025年抽检结果（第1批）',
    '钢筋检验报告（GB/T 1499.2）',
    '力学性能（MPa）',
    '检验结果，合格',
  ])
    it(`${title}: no unit qgrade knows, or the columns' own: graded (exit 0)`, async () => {
      const run = await cli.run([
        'grade',
        '-r',
        STEEL,
        '-f',
        'ndjson',
        csv(title, MECH_HEAD, 'B1,HRB400,20,455,600'),
      ]);
      expect(run.code, run.stderr).toBe(1); // the other required columns are missing: invalid, not refused
      expect(run.stderr).not.toContain('the title above the header');
    });

  it('an .xlsx title row 力学性能（kgf/mm²）: exit 2 as in CSV', async () => {
    const path = join(temp(), 'title.xlsx');
    const book = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('数据');
      ws.addRow(['力学性能（kgf/mm²）']);
      ws.addRow(MECH_HEAD.split(','));
      ws.addRow(['B1', 'HRB400', 20, 46.4, 61.2]);
    });
    writeFileSync(path, book);
    const run = await cli.run(['grade', '-r', STEEL, path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('states the unit kgf/mm');
  });
});

const ENT_HEAD =
  '企业,领导作用与质量战略,过程控制,供应商质量管理,内部审核与改进,质量数据采集,质量数据分析与应用,质量追溯,创新能力,以顾客为关注焦点,人才培养,产品质量水平,质量损失控制,顾客满意';

describe.concurrent('W7: a qualifier before a close form does not let the default stand in', () => {
  // A note holding brackets itself is one note (committee-26 F7): the yes it says is not left to the default (no).
  for (const header of [
    '近三年重大事故',
    '重大事故（近三年）',
    '重大事故',
    '重大事故（近三年（2022–2024））',
  ])
    it(`${header}: exit 2, naming majorQualityIncident (zh and en)`, async () => {
      const path = csv(`${ENT_HEAD},${header}`, `E1,90,90,90,90,90,90,90,90,90,90,90,90,90,是`);
      const en = await cli.run(['grade', '-r', ENT, path]);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain(`("${header}") looks like the indicator majorQualityIncident`);
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
      expect(zh.stderr).toContain(`“${header}”看起来是指标 majorQualityIncident`);
    });
});

describe.concurrent('W7: room AC, a qualifier before a close form', () => {
  const UNIT = '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF';
  it('机组结构 (结构 of 结构形式, which is refused): exit 2, naming unitConfiguration', async () => {
    const run = await cli.run(['grade', '-r', AC, csv(`${UNIT},机组结构`, 'K1,热泵型,3500,5.2,整体式')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('column 5 ("机组结构") looks like the indicator unitConfiguration');
  });

  it('APF（5级（能效限定值））: a note holding brackets is hinted as APF（能效限定值） is, not passed over (committee-26 F7)', async () => {
    const head = '型号,机组类型,额定制冷量 CC';
    for (const header of ['APF（能效限定值）', 'APF（5级（能效限定值））', 'APF(5级(能效限定值))']) {
      const run = await cli.run([
        'grade',
        '-r',
        AC,
        '-f',
        'ndjson',
        csv(`${head},${header}`, 'K1,热泵型,3500,5.2'),
      ]);
      expect(run.stderr).toContain(
        `the column "${header}" is close to the indicator apf (Annual performance factor (APF))`,
      );
      // Hinted, not read: the note may say the column holds grade 5's limit, not the unit's APF.
      expect(run.code).toBe(1);
    }
  });

  for (const header of ['机组型号', '样品编号', '生产日期', '检测结果', '能效等级', '生产厂家'])
    it(`${header}: harmless, graded (exit 0)`, async () => {
      const run = await cli.run([
        'grade',
        '-r',
        AC,
        '-f',
        'ndjson',
        csv(`${UNIT},${header}`, 'K1,热泵型,3500,5.2,x'),
      ]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).not.toContain('looks like the indicator');
    });
});

describe('titleUnit', () => {
  it('reads 单位：X, 单位（X）, a unit in brackets or after a comma at the end, or a title that is one', () => {
    expect(titleUnit(['单位：kN'])).toBe('kN');
    expect(titleUnit(['单位（ppm）'])).toBe('ppm');
    expect(titleUnit(['力学性能（kgf/mm²）'])).toBe('kgf/mm2');
    expect(titleUnit(['凝结时间，h'])).toBe('h');
    expect(titleUnit(['（10-6）', ''])).toBe('10-6');
    expect(titleUnit(['', '10-6'])).toBe('10-6');
  });

  it('leaves a title with no unit at its end, or Chinese text alone', () => {
    expect(titleUnit(['2025年抽检结果'])).toBeUndefined();
    expect(titleUnit(['力学性能（kgf/mm²）抽检'])).toBeUndefined();
    expect(titleUnit(['检验结果 2025'])).toBeUndefined();
    expect(titleUnit([''])).toBeUndefined();
  });
});
