/**
 * A specimen cell left empty among an indicator's specimen columns is told with the CSV line and column, as a
 * cell that cannot be read is (fix-input3-33 item 3): "needs 3
 * specimen values, got 2" alone left the officer to find which of three KV2 cells (GB/T 229: three specimens)
 * was empty.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const STEEL = 'steel/low-alloy-structural-steel';
const HEADER =
  'sample,designation,thickness,yieldStrength,tensileStrength,impactTemperature,冲击吸收能量 KV2,冲击吸收能量 KV2,冲击吸收能量 KV2,carbon,manganese,phosphorus,sulfur';

interface Result {
  grade: string | null;
  errors?: { field: string; code: string; message: { zh: string; en: string } }[];
}

async function graded(lines: string[], lang: 'en' | 'zh'): Promise<Result[]> {
  const path = join(temp(), 'steel.csv');
  writeFileSync(path, `${[HEADER, ...lines].join('\n')}\n`);
  const run = await cli.run(['--lang', lang, 'grade', '-r', STEEL, '-f', 'ndjson', path]);
  return run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Result);
}

describe('an empty cell under an indicator, told by its CSV line and column', () => {
  const lines = [
    'P1,Q355,20,382,528,-20,62,,71,0.16,1.38,0.018,0.009',
    'P2,Q355,20,,528,-20,62,58,71,0.16,1.38,0.018,0.009',
    'P3,Q355,20,382,528,-20,,,71,0.16,1.38,0.018,0.009',
    'P4,Q355,20,382,528,-20,62,58,71,0.16,1.38,0.018,0.009',
  ];

  it('a specimen short of its value names the empty cells', async () => {
    const [en, zh] = await Promise.all([graded(lines, 'en'), graded(lines, 'zh')]);
    expect(en.map((r) => r.errors?.map((e) => e.message.en))).toEqual([
      ['impactEnergy (Impact energy KV2) needs 3 specimen values, got 2 (line 2, column 8 empty)'],
      // A single value missing names its cell too, as the .xlsx reader does (newcomer-words-42 b).
      ['yieldStrength (Upper yield strength ReH) is missing (line 3, column 4)'],
      ['impactEnergy (Impact energy KV2) needs 3 specimen values, got 1 (line 4, columns 7, 8 empty)'],
      undefined,
    ]);
    expect(zh[0]!.errors![0]!.message.zh).toBe(
      '冲击吸收能量 KV2 需要 3 个试样值，实际 2 个（第 2 行第 8 列为空）',
    );
    expect(zh[2]!.errors![0]!.message.zh).toBe(
      '冲击吸收能量 KV2 需要 3 个试样值，实际 1 个（第 4 行第 7、8 列为空）',
    );
    expect(en[3]!.grade).toBe('D');
  });
});

describe('an empty specimen cell in an .xlsx, named by its cell (committee-33 F5)', () => {
  const files = inputFiles(temp);

  async function errorsOf(
    path: string,
    lang: 'en' | 'zh',
    ...args: string[]
  ): Promise<(string[] | undefined)[]> {
    const run = await cli.run(['--lang', lang, 'grade', '-r', STEEL, '-f', 'ndjson', ...args, path]);
    return run.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as Result).errors?.map((e) => e.message[lang]));
  }

  it('three KV2 columns under one header: the empty cells by letters, with and without workers', async () => {
    const path = await files.xlsx(
      HEADER.split(','),
      ['P1', 'Q355', 20, 382, 528, -20, 62, '', 71, 0.16, 1.38, 0.018, 0.009],
      ['P2', 'Q355', 20, 382, 528, -20, '', '', 71, 0.16, 1.38, 0.018, 0.009],
      ['P3', 'Q355', 20, 382, 528, -20, 62, 58, 71, 0.16, 1.38, 0.018, 0.009],
    );
    for (const args of [[], ['--workers', '2']]) {
      expect(await errorsOf(path, 'en', ...args)).toEqual([
        ['impactEnergy (Impact energy KV2) needs 3 specimen values, got 2 (empty cell H2)'],
        ['impactEnergy (Impact energy KV2) needs 3 specimen values, got 1 (empty cells G3, H3)'],
        undefined,
      ]);
    }
    const zh = await errorsOf(path, 'zh');
    expect(zh[1]).toEqual(['冲击吸收能量 KV2 需要 3 个试样值，实际 1 个（空单元格 G3、H3）']);
  });

  it('a lab sheet: KV2 merged over 1, 2, 3 under a title row names the sheet cell of the empty third specimen', async () => {
    const book = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('检验数据');
      ws.addRow(['2025年度低合金高强度结构钢抽检结果']);
      ws.addRow([
        '样品编号',
        '牌号',
        '公称厚度/mm',
        '上屈服强度ReH/MPa',
        '抗拉强度Rm/MPa',
        '冲击试验温度/°C',
      ]);
      ws.getCell('G2').value = '冲击吸收能量KV2/J';
      ws.getCell('J2').value = '碳C/%';
      ws.getCell('K2').value = '锰Mn/%';
      ws.getCell('L2').value = '磷P/%';
      ws.getCell('M2').value = '硫S/%';
      ws.getCell('G3').value = '1';
      ws.getCell('H3').value = '2';
      ws.getCell('I3').value = '3';
      for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'J', 'K', 'L', 'M']) ws.mergeCells(`${c}2:${c}3`);
      ws.mergeCells('G2:I2');
      ws.addRow(['S0001', 'Q355', 20, 382, 528, -20, 62, 58, 71, 0.16, 1.38, 0.018, 0.009]);
      ws.addRow(['S0002', 'Q355', 20, 382, 528, -20, 62, 58, null, 0.16, 1.38, 0.018, 0.009]);
    });
    const path = join(temp(), 'lab.xlsx');
    writeFileSync(path, book);
    const [en, zh] = await Promise.all([errorsOf(path, 'en'), errorsOf(path, 'zh')]);
    expect(en).toEqual([
      undefined,
      ['impactEnergy (Impact energy KV2) needs 3 specimen values, got 2 (empty cell I5)'],
    ]);
    expect(zh[1]).toEqual(['冲击吸收能量 KV2 需要 3 个试样值，实际 2 个（空单元格 I5）']);
  });
});
