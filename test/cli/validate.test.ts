import { describe, expect, it } from 'vitest';
import { useCli } from './cli-harness';

const cli = useCli();
const FILE = 'test/fixtures/invalid/schema-and-unknown-indicator.yaml';

describe('qgrade validate', () => {
  it('reports a schema error and an unknown indicator of one file in one round, each at its place', async () => {
    const run = await cli.run(['validate', FILE]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      `${FILE}:20:14: "require" must be text, got the number 5: write "5" (in quotes)`,
      `${FILE}:23:16: unknown indicator or derived value "yy"; did you mean "y"?`,
    ]);
    expect(run.stderr).toContain('1 file checked, 2 problems');
  });

  it('in Chinese too', async () => {
    const run = await cli.run(['--lang', 'zh', 'validate', FILE]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${FILE}:23:16: 未知的指标或派生值“yy”，是否要写“y”？`);
    expect(run.stderr).toContain('检查了 1 个文件，发现 2 个问题');
  });
});
