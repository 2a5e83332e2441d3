/**
 * A specimen cell left empty among an indicator's specimen columns is told with the CSV line and column, as a
 * cell that cannot be read is (fix-input3-33 item 3): "needs 3
 * specimen values, got 2" alone left the officer to find which of three KV2 cells (GB/T 229: three specimens)
 * was empty.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

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
      // A single value missing is told by the record, as before (the .xlsx reader names its cell).
      ['yieldStrength (Upper yield strength ReH) is missing'],
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
