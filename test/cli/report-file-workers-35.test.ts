/**
 * Developer-35 M4: `grade -f parquet -o <file> --workers 2` was accepted in silence though the file is graded on one
 * thread (as `-f xlsx` and `-f html` are). It says so once on stderr, in zh and en, and writes the file all the same.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const RULES = 'home-appliances/room-air-conditioner-energy';
const csv = join(ROOT, 'examples/air-conditioners-zh.csv');

describe('--workers with a report file (developer-35 M4)', () => {
  for (const format of ['parquet', 'xlsx', 'html'])
    it(`-f ${format} --workers 2 says it grades on one thread, and writes the file`, async () => {
      const out = join(temp(), `w2.${format}`);
      const run = await cli.run(['grade', '-r', RULES, csv, '-f', format, '-o', out, '--workers', '2']);
      expect(run.stderr).toContain(
        `Note: -f ${format} grades on one thread (the file is built from every whole result), so --workers 2 is not used; to grade on several threads, write -f csv or -f ndjson`,
      );
      expect(existsSync(out)).toBe(true);
      const zh = await cli.run([
        'grade',
        '-r',
        RULES,
        csv,
        '-f',
        format,
        '-o',
        out,
        '--workers',
        '2',
        '--lang',
        'zh',
      ]);
      expect(zh.stderr).toContain(
        `注意：-f ${format} 在单线程中分级（文件由全部完整结果写成），未使用 --workers 2`,
      );
      expect(zh.code).toBe(run.code);
    });

  it('without --workers, or with 1, no such note', async () => {
    const out = join(temp(), 'w1.parquet');
    for (const extra of [[], ['--workers', '1']]) {
      const run = await cli.run(['grade', '-r', RULES, csv, '-f', 'parquet', '-o', out, ...extra]);
      expect(run.stderr).not.toContain('--workers');
    }
  });
});
