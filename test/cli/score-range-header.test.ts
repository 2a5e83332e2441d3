/**
 * newcomer-33 M2: a self-assessment header giving the score's range, `领导作用与质量战略(0-5)`, `(1-5)`, `(0~5)`,
 * `（0～5）`, is no unit: it was read as the unit `(0-5)` of an indicator in 分, so the hint said to convert the
 * values to 分 and `--map` of the very header stopped the run, exit 2. Now a `--map` hint, as `（满分5分）` gets,
 * and with the `--map` the column is read. A power of ten (`w(N)/10-6`, lower end above the upper) stays a unit.
 * With 分 (`（0-5分）`, `（满分5分）`) the range is read as the score's, without --map (fix-left4b, newcomer-33 M3).
 * hostile-35 W3: a bracketed range without 分 (`(0-5)`, `（0～5）`) is a score range too, read as one with 分 is
 * (a range other than the indicator's is refused, mapped or not); a range after a space (`检验数字化 0-5`) is
 * still only a --map hint.
 * Rule set: test/fixtures/newcomer-33/self-score.yaml (b in 分 on [0, 5], scored as b * 20).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const RULES = join(ROOT, 'test/fixtures/newcomer-33/self-score.yaml');

let files = 0;
function csv(...lines: string[]): string {
  const path = join(temp(), `${++files}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** `qgrade --lang zh grade -r <the fixture> -f ndjson …args`. */
const gradeZh = (...args: string[]) =>
  cli.run(['--lang', 'zh', 'grade', '-r', RULES, '-f', 'ndjson', ...args]);

describe.concurrent('a score range after a label is no unit (newcomer-33 M2)', () => {
  for (const header of ['检验数字化 0-5'])
    it(`${header}: a --map hint, no unit; with --map it is read (a 50, b 4: (50 + 80) / 2 = 65, 二级)`, async () => {
      const file = csv(`数据采集率,${header}`, '50,4');
      for (const lang of ['zh', 'en']) {
        const plain = await cli.run(['--lang', lang, 'grade', '-r', RULES, '-f', 'ndjson', file]);
        expect(plain.code).toBe(1);
        expect(plain.stderr).not.toMatch(/单位是|换算|is in|convert/u);
        expect(plain.stderr).toContain(/[ (]/u.test(header) ? `--map '${header}=b'` : `--map ${header}=b`);
      }
      const mapped = await gradeZh('--map', `${header}=b`, file);
      expect(mapped.stderr).not.toContain('单位');
      expect(mapped.code).toBe(0);
      expect(JSON.parse(mapped.stdout.trim()).grade).toBe('l2');
    });

  // fix-left4b (newcomer-33 M3): with 分 the range is a score's, read without --map and checked against [0, 5].
  for (const header of [
    '检验数字化（满分5分）',
    '检验数字化（0-5分）',
    '检验数字化(0-5分)',
    '检验数字化(0-5)',
    '检验数字化(1-5)',
    '检验数字化(0~5)',
    '检验数字化（0～5）',
  ])
    it(`${header}: read as b without --map (a 50, b 4: 二级)`, async () => {
      const run = await gradeZh(csv(`数据采集率,${header}`, '50,4'));
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).not.toContain('--map');
      expect(JSON.parse(run.stdout.trim()).grade).toBe('l2');
    });

  it('a power of ten is still a unit: 检验数字化/10-6 is not read as 分', async () => {
    const file = csv('数据采集率,检验数字化/10-6', '50,4');
    const mapped = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, '--map', '检验数字化/10-6=b', file]);
    expect(mapped.code).toBe(2);
    expect(mapped.stderr).toContain('单位是 10-6');
  });
});
