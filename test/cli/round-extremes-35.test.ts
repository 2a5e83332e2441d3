/**
 * hostile-35 M2: `qgrade round 1.5 0.000…01` (120,000 zeros) said "value too large for its rounding interval" — the
 * interval is too fine; `qgrade round 111…1 0.1` (120,000 digits, beyond a double) printed the integer with no note
 * that it has more than 15 significant digits, which `1.555…` (within a double) gets.
 */
import { describe, expect, it } from 'vitest';
import { useCli } from './cli-harness';

const cli = useCli();

describe.concurrent('qgrade round at the extremes (hostile-35 M2)', () => {
  it('an interval far finer than the value: exit 2, "too fine" (zh, en)', async () => {
    const interval = `0.${'0'.repeat(120_000)}1`;
    const en = await cli.run(['round', '1.5', interval]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('the rounding interval is too fine for the value');
    const zh = await cli.run(['--lang', 'zh', 'round', '1.5', interval]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('修约间隔相对于该数值过细');
  });

  it('a value of 120,000 digits: rounded by all of them, with the 15-significant-digit note', async () => {
    const value = '1'.repeat(120_000);
    const run = await cli.run(['round', value, '0.1']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`${value}.0`);
    expect(run.stderr).toContain('more than 15 significant digits');
  });

  it('a 15-digit value beyond nothing: no note', async () => {
    const run = await cli.run(['round', '123456789012345', '1']);
    expect(run.stdout.trim()).toBe('123456789012345');
    expect(run.stderr).toBe('');
  });
});
