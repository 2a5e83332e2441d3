/**
 * `compare`'s figures write counts as its --tally-by table does, with
 * thousands separators (`1,508 records`, `共 1,508 条记录`), in the headline,
 * the migration matrix and the closing line on stderr (recheck-16 F9).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

// 1,508 first-class samples of cement-lot-grade; B asks an initial setting of 200 min, which they (150 min) miss.
const N = 1508;
let files: string[];
beforeAll(() => {
  const dir = temp();
  const lots = readFileSync(join(ROOT, 'rules/building-materials/cement-lot-grade.yaml'), 'utf8');
  const b = lots
    .replace(/^version: .*$/m, 'version: 99.0.0')
    .replace('require: "≥ 45 min"', 'require: "≥ 200 min"');
  expect(b).toContain('≥ 200 min');
  const sample = {
    strengthClass: '42.5',
    compressive3d: 20,
    compressive28d: 48,
    initialSetting: 150,
    finalSetting: 240,
  };
  files = [join(dir, 'a.yaml'), join(dir, 'b.yaml'), join(dir, 'samples.ndjson')];
  writeFileSync(files[0]!, lots);
  writeFileSync(files[1]!, b);
  writeFileSync(
    files[2]!,
    `${Array.from({ length: N }, (_, i) => JSON.stringify({ id: `S${i + 1}`, ...sample })).join('\n')}\n`,
  );
});

describe('compare counts past a thousand', () => {
  it('en: 1,508 in the headline, the matrix and the closing line; no 1508 among the figures', async () => {
    const run = await cli.run(['compare', '--tally-by', 'strengthClass', ...files]);
    expect(run.stdout).toContain('1,508 records: 0 unchanged, 1,508 changed grade (0 up, 1,508 down)');
    // The row, then its total (the matrix has a Total column).
    expect(run.stdout).toMatch(/^First class +0 +0 +0 +1,508 +1,508$/m);
    expect(run.stdout).toMatch(/^Total +0 +0 +0 +1,508 +1,508$/m);
    expect(run.stdout).toMatch(/^ {2}42\.5 +1,508 +0 +1,508/m);
    // The figures, before the changed records (whose row numbers are not counts).
    expect(run.stdout.slice(0, run.stdout.indexOf('row 1 ('))).not.toMatch(/\b1508\b/);
    expect(run.stderr).toContain('1,508 records, 1,508 changed grade (0 up, 1,508 down)');
  });

  it('zh: 共 1,508 条记录', async () => {
    const run = await cli.run(['--lang', 'zh', 'compare', ...files]);
    expect(run.stdout).toContain(
      '共 1,508 条记录：等级不变 0 条，等级变化 1,508 条（升高 0 条，降低 1,508 条）',
    );
    expect(run.stdout.slice(0, run.stdout.indexOf('第 1 条（'))).not.toMatch(/\b1508\b/);
    expect(run.stderr).toContain('共 1,508 条记录，等级变化 1,508 条');
  });
});
