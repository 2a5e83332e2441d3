/**
 * A unit stated for the whole table or a group of its columns — a title line
 * (`单位：kN`), a two-line header's group heading (`力学性能（kN）`,
 * `化学成分（ppm）`) — is checked as a header's unit is: another unit than
 * the indicators' is the unit-mismatch error (exit 2), never values graded
 * in the wrong unit. A units line under single columns (`MPa` under
 * `下屈服强度 ReL`) is read as their units, not as their names (hostile-21
 * W8, W10, M8). CSV, and .xlsx two-row headers and title rows.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { CONFORMING_BAR, REBAR_LABELS } from '../rebar-row';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const REBAR = 'steel/hot-rolled-ribbed-bar';
const LABELS = REBAR_LABELS.join(',');
const BAR = CONFORMING_BAR.join(',');

let n = 0;
async function grade(text: string, lang = 'en') {
  const path = join(temp(), `${++n}.csv`);
  writeFileSync(path, text);
  return cli.run(['--lang', lang, 'grade', '-r', REBAR, '-f', 'ndjson', path]);
}

describe.concurrent('units stated above the header', () => {
  it('a title line: a unit none of the indicators is in is the unit error; one of theirs is fine', async () => {
    for (const title of ['单位：kN', '（单位：ppm）', 'unit: kN']) {
      const run = await grade(`${title}\n${LABELS}\n${BAR}\n`);
      expect(run.code, title).toBe(2);
      expect(run.stderr).toContain('line 1 (the title above the header) states the unit');
      expect(run.stderr).toContain('Values in another unit would be graded wrongly, so nothing is graded');
    }
    const zh = await grade(`单位：kN\n${LABELS}\n${BAR}\n`, 'zh');
    expect(zh.stderr).toContain('第 1 行（表头上方的标题）写明单位是 kN');
    for (const title of ['单位：MPa', '单位：质量分数', '2025年钢筋抽检结果', '单位：批']) {
      const run = await grade(`${title}\n${LABELS}\n${BAR}\n`);
      expect(run.code, title).toBe(0);
    }
  });

  it('a group heading with a unit over its columns: checked; %, 质量分数 fine for % indicators', async () => {
    const head = (group: string) =>
      `牌号,公称直径 d,下屈服强度 ReL,抗拉强度 Rm,断后伸长率 A,最大力总延伸率 Agt,${group},,,,,,重量偏差,弯曲试验\n,,,,,,C,Si,Mn,P,S,N,,\n`;
    const ppm = await grade(`${head('化学成分（ppm）')}${BAR}\n`);
    expect(ppm.code, ppm.stderr + ppm.stdout.slice(0, 800)).toBe(2);
    expect(ppm.stderr).toContain(
      'column 7 ("C(ppm)") is in ppm, but the indicator carbon (Carbon C) is in %',
    );
    for (const group of ['化学成分（质量分数）/%', '化学成分/%', '化学成分（%）', '化学成分']) {
      const run = await grade(`${head(group)}${BAR}\n`);
      expect(run.code, `${group}: ${run.stderr}`).toBe(0);
    }
    const kn = await grade(
      `牌号,公称直径 d,力学性能（kN）,,断后伸长率 A,最大力总延伸率 Agt,C,Si,Mn,P,S,N,重量偏差,弯曲试验\n,,ReL,Rm,,,,,,,,,,\n${BAR}\n`,
    );
    expect(kn.code).toBe(2);
    expect(kn.stderr).toContain('column 3 ("ReL(kN)") is in kN, but the indicator yieldStrength');
  });

  it('units under single columns and symbols under a group: each line read for what it holds', async () => {
    const text = `牌号,公称直径 d,下屈服强度 ReL,抗拉强度 Rm,断后伸长率 A,最大力总延伸率 Agt,化学成分（质量分数）/%,,,,,,重量偏差,弯曲试验\n,mm,MPa,MPa,%,%,C,Si,Mn,P,S,N,%,\n${BAR}\n`;
    const run = await grade(text);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim()).grade).toBe('conforming');
    const kn = await grade(text.replace(',MPa,MPa,', ',kN,MPa,'));
    expect(kn.code).toBe(2);
    expect(kn.stderr).toContain('is in kN, but the indicator yieldStrength');
  });

  it('.xlsx: a merged group heading with a unit, and units under single columns', async () => {
    const book = async (group: string, units: string[]) => {
      const path = join(temp(), `${++n}.xlsx`);
      const bytes = await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('S');
        ws.addRow([...LABELS.split(',').slice(0, 6), group, '', '', '', '', '', '重量偏差', '弯曲试验']);
        // Labels under the group: bare symbols are read only once the header is (not to find a two-row one).
        ws.addRow([...units, '碳 C', '硅 Si', '锰 Mn', '磷 P', '硫 S', '氮 N', '', '']);
        ws.mergeCells('G1:L1');
        ws.addRow(BAR.split(',').map((c, i) => (i === 0 || i === 13 ? c : Number(c))));
      });
      writeFileSync(path, bytes);
      return cli.run(['--lang', 'en', 'grade', '-r', REBAR, '-f', 'ndjson', path]);
    };
    const none = ['', '', '', '', '', ''];
    const plain = await book('化学成分', none);
    expect(plain.code, plain.stderr).toBe(0);
    const ppm = await book('化学成分（ppm）', none);
    expect(ppm.code, ppm.stderr + ppm.stdout.slice(0, 800)).toBe(2);
    expect(ppm.stderr).toContain('("碳 C(ppm)") is in ppm, but the indicator carbon (Carbon C) is in %');
    const ok = await book('化学成分（质量分数）/%', ['', 'mm', 'MPa', 'MPa', '%', '%']);
    expect(ok.code, ok.stderr).toBe(0);
    const kn = await book('化学成分/%', ['', '', 'kN', 'MPa', '', '']);
    expect(kn.code).toBe(2);
    expect(kn.stderr).toContain('is in kN, but the indicator yieldStrength');
  });

  it('.xlsx: a title row above the header stating a unit, merged across the columns or not', async () => {
    const book = async (title: string, merged: boolean, lang = 'en') => {
      const path = join(temp(), `${++n}.xlsx`);
      const bytes = await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('抽检');
        ws.addRow([title]);
        if (merged) ws.mergeCells('A1:N1');
        ws.addRow(LABELS.split(','));
        ws.addRow(BAR.split(',').map((c, i) => (i === 0 || i === 13 ? c : Number(c))));
      });
      writeFileSync(path, bytes);
      return cli.run(['--lang', lang, 'grade', '-r', REBAR, '-f', 'ndjson', path]);
    };
    for (const [title, merged] of [
      ['单位：kN', false],
      ['（单位：ppm）', true],
    ] as const) {
      const run = await book(title, merged);
      expect(run.code, title).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('sheet "抽检" row 1 (the title above the header) states the unit');
    }
    const zh = await book('单位：kN', true, 'zh');
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('的工作表“抽检”第 1 行（表头上方的标题）写明单位是 kN');
    for (const title of ['单位：MPa', '2025年钢筋抽检结果', '单位：批']) {
      const run = await book(title, true);
      expect(run.code, `${title}: ${run.stderr}`).toBe(0);
      expect(JSON.parse(run.stdout).grade).not.toBeNull();
    }
  });
});

describe.concurrent('a unit stated without 为 or in English words (hostile-29 W1)', () => {
  const AC = 'home-appliances/room-air-conditioner-energy';
  // 11942 Btu/h ≈ 3500 W: read as W it fell in the (7100, 14000] row, APF 4.30 Grade 1; in W it is Grade 3.
  const HEAD = '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF';
  const ROWS = ['A1,热泵型,11942,4.30', 'A2,热泵型,8530,4.30'];
  async function run(lines: string[]) {
    const path = join(temp(), `w1-${++n}.csv`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return cli.run(['grade', '-r', AC, '--no-keep', '-f', 'ndjson', path]);
  }

  it('a footnote or a title stating Btu/h so is the unit error, exit 2, nothing graded', async () => {
    const footnotes = [
      '注：制冷量单位Btu/h',
      '注：制冷量单位 Btu/h',
      '注:制冷量单位 Btu/h',
      'Note: unit Btu/h',
      'Note: cooling capacity in Btu/h',
      'Remarks: capacity unit Btu/h',
    ];
    for (const foot of footnotes) {
      const r = await run([HEAD, ...ROWS, foot]);
      expect(r.code, foot).toBe(2);
      expect(r.stdout, foot).toBe('');
      expect(r.stderr, foot).toContain('states the unit Btu/h');
    }
    for (const title of [
      '2025年抽检（制冷量单位Btu/h）',
      'Cooling capacity unit Btu/h',
      '(capacity: Btu/h)',
    ]) {
      const r = await run([title, HEAD, ...ROWS]);
      expect(r.code, title).toBe(2);
      expect(r.stderr, title).toContain('states the unit Btu/h');
    }
  });

  it('a title or note naming the unit in words, 英热单位/小时 (Btu/h), 千卡每小时, or kBtu/h, is the unit error (hostile-30 W7)', async () => {
    for (const [title, unit] of [
      ['（额定制冷量单位：英热单位/小时）', '英热单位/小时'],
      ['2025年抽检（制冷量单位：英热单位每小时）', '英热单位每小时'],
      ['制冷量单位：千卡/小时', '千卡/小时'],
      ['制冷量单位：千卡每小时', '千卡每小时'],
      ['单位：千瓦', '千瓦'],
      ['(capacity: kBtu/h)', 'kBtu/h'],
    ]) {
      const r = await run([title!, HEAD, ...ROWS]);
      expect(r.code, title).toBe(2);
      expect(r.stdout, title).toBe('');
      expect(r.stderr, title).toContain(`states the unit ${unit}`);
    }
    const foot = await run([HEAD, ...ROWS, '注：制冷量单位为英热单位/小时']);
    expect([foot.code, foot.stderr.includes('states the unit 英热单位/小时')]).toEqual([2, true]);
  });

  it('notes that name no unit, or a company, are notes as before: both records graded', async () => {
    for (const foot of [
      '注：样品在 T1 气候下测试',
      'Note: tested in Lab 3',
      '注：受检单位ABC公司',
      'Note: results in W',
    ]) {
      const r = await run([HEAD, ...ROWS, foot]);
      expect(r.code, foot).toBe(0);
      expect(r.stdout.trim().split('\n'), foot).toHaveLength(2);
    }
  });
});
