import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
// The author sweep's own rule sets: Q355 (GB/T 1591, figures unverified) and an illustrative QM scorecard.
const DIR = 'test/cli/fixtures/author-sweep';

describe.concurrent('qgrade test --coverage: limits no record can meet', () => {
  it('asks nothing "at" a formula limit no rounded value equals, nor at a cutoff between band scores', async () => {
    const { code, stdout } = await cli.run([
      'test',
      '--coverage',
      `${DIR}/q355.test.yaml`,
      `${DIR}/qm.test.yaml`,
    ]);
    expect(code).toBe(0);
    expect(stdout).not.toContain('kv2-floor');
    // No line of its own (other thresholds may name it as holding their cases' grade).
    expect(stdout).not.toMatch(/^ {4}performance@/m);
  });

  it('names the nearest band score a case is missing for', async () => {
    const dir = temp();
    cpSync(join(ROOT, DIR, 'qm.yaml'), join(dir, 'qm.yaml'));
    const suite = readFileSync(join(ROOT, DIR, 'qm.test.yaml'), 'utf8');
    // Without pass rate 94.99 (60 points), nothing sits just above 50 or just below 65.
    const file = join(dir, 'qm.test.yaml');
    writeFileSync(
      file,
      suite
        .split('\n')
        .filter((l) => !l.includes('94.99'))
        .join('\n'),
    );
    const en = await cli.run(['test', '--coverage', file]);
    expect(en.stdout).toContain('performance@L2 ≥ 50 (line 50): no case just above (60)\n');
    expect(en.stdout).toContain('performance@L3 ≥ 65 (line 50): no case just below (60)\n');
    const zh = await cli.run(['--lang', 'zh', 'test', '--coverage', file]);
    expect(zh.stdout).toContain('performance@L2 ≥ 50（第 50 行）：缺少略高于（60）的用例\n');
  });

  it('for a formula reading a measured value, says how to mark an "at" no record can reach', async () => {
    const suite = `${DIR}/formula-measured.test.yaml`;
    const en = await cli.run(['test', '--coverage', suite]);
    expect(en.stdout).toContain(
      'floor formula (line 16): no case at, just below, just above; if the computed limit is no multiple of the rounding interval 1, no rounded value can equal it: then mark it in the suite with uncovered: [{ criterion: floor, sides: [at], reason: … }]',
    );
    const zh = await cli.run(['--lang', 'zh', 'test', '--coverage', suite]);
    expect(zh.stdout).toContain(
      'floor 公式限值（第 16 行）：缺少阈值处、略低于、略高于的用例；若算出的限值不是修约间隔 1 的整数倍，修约值不可能恰好等于它：可在测试套件中写 uncovered: [{ criterion: floor, sides: [at], reason: … }]',
    );
  });
});
