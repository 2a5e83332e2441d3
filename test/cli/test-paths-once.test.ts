import { describe, expect, it } from 'vitest';
import { useCli } from './cli-harness';

const cli = useCli();
const SUITE = 'rules/steel/hot-rolled-ribbed-bar.test.yaml';

describe('qgrade test runs each suite once, however often the paths name it', () => {
  it('a suite given twice, or also through its folder, counts its cases once', async () => {
    const once = await cli.run(['test', SUITE]);
    expect(once.code).toBe(0);
    const total = once.stdout.trimEnd().split('\n').at(-1)!;
    expect(total).toMatch(/^\d+ passed, 0 failed$/);
    const twice = await cli.run(['test', SUITE, `./${SUITE}`]);
    expect(twice.stdout.trimEnd().split('\n').at(-1)).toBe(total);
    expect(twice.stderr.split('\n').filter((l) => l.includes(SUITE))).toHaveLength(1);
    const folder = await cli.run(['test', '--coverage', 'rules/steel', SUITE, 'rules/steel/']);
    const alone = await cli.run(['test', '--coverage', 'rules/steel']);
    expect(folder.stdout).toBe(alone.stdout);
    expect(folder.stderr).toBe(alone.stderr);
  });
});
