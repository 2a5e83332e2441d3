/** `--group-by`: a group of one record names its row once (`第 3 条`, `row 3`), not as a range `第 3–3 条` (hostile-21 M1). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

describe('qgrade grade --group-by: a one-record group', () => {
  it('says 第 3 条 / row 3, and a range for more', async () => {
    const file = join(temp(), 'lots.csv');
    writeFileSync(
      file,
      [
        '编号,lot,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting',
        'S1,L1,42.5,24.1,48.6,150,230',
        'S2,L1,42.5,23.8,49.9,153,234',
        'S3,L2,42.5,24.5,50.8,156,238',
      ].join('\n'),
    );
    const args = ['grade', '--group-by', 'lot', '-r', 'building-materials/cement-lot-grade', file];
    const zh = await cli.run(['--lang', 'zh', ...args]);
    expect(zh.stdout).toContain('组 L1（第 1–2 条，共 2 条记录）');
    expect(zh.stdout).toContain('组 L2（第 3 条，共 1 条记录）');
    expect(zh.stdout).not.toContain('3–3');
    const en = await cli.run(['--lang', 'en', ...args]);
    expect(en.stdout).toContain('group L1 (rows 1–2, 2 records)');
    expect(en.stdout).toContain('group L2 (row 3, 1 record)');
  });
});
