/**
 * A committee's lab sheets (xlsx-committee-43): a two-row header whose headings are merged down over both rows
 * (`A`, `N`, `V` beside the group `力学性能`), named with `--map`; and `--keep` of a column under a group heading
 * that states the unit (`碳 C` under `化学成分/%`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { readXlsxBytes } from '../../src/input/xlsx/xlsx-items';
import { useCli, useTempDir } from '../cli/cli-harness';
import { exceljsWorkbook } from './xlsx/workbook-fixtures';

const cli = useCli();
const temp = useTempDir();
const STEEL = 'steel/hot-rolled-ribbed-bar';

// GB/T 1499.2-2018, HRB400 below 28 mm: A ≥ 16 % (compared after rounding to 0.5 %), N ≤ 0.012 %.
// Bar 1 is at both limits; bar 2 is just below A (15.74 rounds to 15.5); bar 3 just above N.
const BARS = [
  ['L1', 16, 0.012],
  ['L2', 15.74, 0.012],
  ['L3', 16, 0.013],
] as const;

/** `力学性能` across ReL and Rm; `A`, `Agt`, `N`, `V` and the others each merged down over both header rows. */
async function symbolSheet(): Promise<Uint8Array> {
  return exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('抽检');
    ws.addRow([
      '批号',
      '牌号',
      '直径',
      '力学性能',
      '',
      'A',
      'Agt',
      'C',
      'Si',
      'Mn',
      'P',
      'S',
      'V',
      'N',
      '重量偏差',
      '弯曲',
    ]);
    ws.addRow(['', '', '', 'ReL', 'Rm']);
    for (const [id, a, n] of BARS)
      ws.addRow([id, 'HRB400', 20, 455, 600, a, 10, 0.22, 0.45, 1.38, 0.026, 0.018, 0.03, n, -2.5, true]);
    ws.mergeCells('D1:E1');
    for (const col of ['A', 'B', 'C', ...'FGHIJKLMNOP']) ws.mergeCells(`${col}1:${col}2`);
  });
}

const SYMBOL_MAP = {
  牌号: 'designation',
  直径: 'diameter',
  ReL: 'yieldStrength',
  Rm: 'tensileStrength',
  A: 'elongation',
  Agt: 'maxForceElongation',
  C: 'carbon',
  Si: 'silicon',
  Mn: 'manganese',
  P: 'phosphorus',
  S: 'sulfur',
  V: 'vanadium',
  N: 'nitrogen',
  重量偏差: 'massDeviation',
  弯曲: 'bendTest',
};

/** `化学成分/%` (or `化学成分（%）`) merged across 碳 C … 硫 S, the other headings merged down. */
async function chemistryUnderUnit(group: string): Promise<Uint8Array> {
  return exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('抽检');
    ws.addRow(['2024 年热轧带肋钢筋监督抽检结果']);
    ws.addRow([
      '批号',
      '牌号',
      '公称直径 d',
      '下屈服强度 ReL',
      '抗拉强度 Rm',
      '断后伸长率 A',
      '最大力总延伸率 Agt',
      group,
      '',
      '',
      '',
      '',
      '重量偏差',
      '弯曲试验',
    ]);
    ws.addRow(['', '', '', '', '', '', '', '碳 C', '硅 Si', '锰 Mn', '磷 P', '硫 S']);
    ws.addRow(['L1', 'HRB400', 20, 455, 600, 20.5, 10, 0.25, 0.45, 1.38, 0.026, 0.018, -2.5, true]);
    ws.addRow(['L2', 'HRB400', 20, 455, 600, 20.5, 10, 0.26, 0.45, 1.38, 0.026, 0.018, -2.5, true]);
    ws.mergeCells('A1:N1');
    ws.mergeCells('H2:L2');
    for (const col of [...'ABCDEFG', 'M', 'N']) ws.mergeCells(`${col}2:${col}3`);
  });
}

function ndjson(stdout: string): { kept: Record<string, string>; grade: string | null; failing: string[] }[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .map((r) => ({
      kept: r.kept,
      grade: r.grade,
      failing: r.criteria
        .filter((c: { status: string }) => c.status === 'failed')
        .map((c: { id: string }) => c.id),
    }));
}

describe.concurrent('a heading merged down over a two-row header is not a unit under itself', () => {
  it('reads A, N and V mapped with --map as their columns, not as A(A), N(N), V(V)', async () => {
    const { indicators } = await loadRuleSet(STEEL);
    const source = readXlsxBytes(await symbolSheet(), 'symbols.xlsx', {
      mapping: new Map(Object.entries(SYMBOL_MAP)),
      indicators,
    });
    expect(source.header?.cells).toEqual(['批号', ...Object.keys(SYMBOL_MAP)]);
    expect(source.header?.fields).toEqual(['批号', ...Object.values(SYMBOL_MAP)]);
  });

  it('grades the sheet with a --map-file: at the limits, just below A, just above N', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'symbols.xlsx'), await symbolSheet());
    writeFileSync(join(dir, 'map.json'), JSON.stringify(SYMBOL_MAP));
    const r = await cli.run(
      ['grade', '-r', STEEL, 'symbols.xlsx', '--map-file', 'map.json', '-f', 'ndjson'],
      {
        cwd: dir,
      },
    );
    expect(r.stderr).not.toMatch(/has no column/);
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout)).toEqual([
      { kept: { 批号: 'L1' }, grade: 'conforming', failing: [] },
      { kept: { 批号: 'L2' }, grade: null, failing: ['elongation'] },
      { kept: { 批号: 'L3' }, grade: null, failing: ['nitrogen'] },
    ]);
  });
});

describe.concurrent('--keep names a column under a group heading that states the unit as the sheet shows it', () => {
  for (const group of ['化学成分/%', '化学成分（%）'])
    it(`--keep '碳 C' under ${group}: kept as written, graded against C ≤ 0.25 %`, async () => {
      const dir = temp();
      writeFileSync(join(dir, 'chem.xlsx'), await chemistryUnderUnit(group));
      const r = await cli.run(
        ['grade', '-r', STEEL, 'chem.xlsx', '--keep', '批号', '--keep', '碳 C', '-f', 'ndjson'],
        { cwd: dir },
      );
      expect(r.stderr).not.toMatch(/has no column/);
      expect(r.code).toBe(0);
      expect(ndjson(r.stdout)).toEqual([
        { kept: { 批号: 'L1', '碳 C': '0.25' }, grade: 'conforming', failing: [] },
        { kept: { 批号: 'L2', '碳 C': '0.26' }, grade: null, failing: ['carbon'] },
      ]);
    });

  it("--keep '碳 C' finds a CSV header 碳 C/% as --tally-by does", async () => {
    const dir = temp();
    const header =
      '批号,牌号,公称直径 d,下屈服强度 ReL,抗拉强度 Rm,断后伸长率 A,最大力总延伸率 Agt,碳 C/%,硅 Si,锰 Mn,磷 P,硫 S,重量偏差,弯曲试验';
    writeFileSync(
      join(dir, 'chem.csv'),
      `${header}\nL1,HRB400,20,455,600,20.5,10,0.25,0.45,1.38,0.026,0.018,-2.5,true\n`,
    );
    const r = await cli.run(['grade', '-r', STEEL, 'chem.csv', '--keep', '碳 C', '-f', 'ndjson'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout)).toEqual([{ kept: { '碳 C': '0.25' }, grade: 'conforming', failing: [] }]);
  });
});
