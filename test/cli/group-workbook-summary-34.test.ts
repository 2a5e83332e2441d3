import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

/*
 * committee-34 M6: the lot workbook's Summary listed the groups with invalid records twice, "Not graded / invalid
 * records" and "Invalid / Groups with invalid records", so its Groups column added up to more than all groups.
 *   lot A: a 28-day strength "x" (invalid), not graded; lot B: 50, 51 (CV 1.4 %), superior.
 */
const CSV = [
  'lot,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting',
  'A,42.5,24,50,150,240',
  'A,42.5,24,x,150,240',
  'B,42.5,24,50,150,240',
  'B,42.5,24,51,150,240',
].join('\n');

const cli = useCli();
const temp = useTempDir();

describe.concurrent('grade --group-by -f xlsx: the Summary counts each group once (committee-34 M6)', () => {
  for (const lang of ['en', 'zh'] as const)
    it(`${lang}: the grades and the reasons not graded add up to all groups`, async () => {
      const input = join(temp(), `lots-${lang}.csv`);
      writeFileSync(input, CSV);
      const out = join(temp(), `lots-${lang}.xlsx`);
      await cli.run([
        '--lang',
        lang,
        'grade',
        '-r',
        'building-materials/cement-lot-grade',
        '-g',
        'lot',
        '-f',
        'xlsx',
        '-o',
        out,
        input,
      ]);
      const summary = (await readBack(readFileSync(out))).find(
        (s) => s.name === (lang === 'zh' ? '汇总' : 'Summary'),
      )!;
      const total = summary.rows.find((r) => r[0] === (lang === 'zh' ? '合计' : 'Total'))!;
      const at = summary.rows.indexOf(total);
      const counted = summary.rows.slice(1, at).map((r) => r[2] as number);
      expect(total[2]).toBe(2);
      expect(counted.reduce((x, y) => x + y, 0)).toBe(2);
      expect(summary.rows.slice(1, at).map((r) => r[0])).toEqual(
        lang === 'zh' ? ['等级', '等级', '等级', '不分级'] : ['Grade', 'Grade', 'Grade', 'Not graded'],
      );
    });
});
