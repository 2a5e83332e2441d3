/**
 * contracts-45 item 2: `qgrade round -16.5(+) 1` was "unknown option '-16.5(+)'" (exit 2): commander 14 takes
 * `-16.5` as a value in a leaf command, not a negative number with a GB/T 8170 mark, an upper-case exponent or
 * full-width digits. Such a value is now a value, in en and zh; real options keep their meaning wherever they stand,
 * and a word that starts with `-` and is no number is still an unknown option.
 */
import { describe, expect, it } from 'vitest';
import { isNegativeValue } from '../../src/cli/negative-values';
import { useCli } from './cli-harness';

const cli = useCli();

describe('isNegativeValue', () => {
  it.each([
    ['-16.5', true],
    ['-16.5(+)', true],
    ['-16.5(-)', true],
    ['-16.5(−)', true],
    ['-16.5（＋）', true],
    ['-16.5⁻', true],
    ['-1E3', true],
    ['-1e-3', true],
    ['-5.', true],
    ['-.5', true],
    ['-５．５', true],
    ['-', false],
    ['--', false],
    ['--lang', false],
    ['-r', false],
    ['-1e', false],
    ['-16.5(x)', false],
    ['-16.5abc', false],
    ['-.', false],
  ])('%s: %s', (arg, expected) => {
    expect(isNegativeValue(arg)).toBe(expected);
  });
});

describe.concurrent('a negative value given to a command is a value, not an option', () => {
  it.each([
    [['-16.5(+)', '1'], '-17\n'],
    [['-15.5(-)', '1'], '-15\n'],
    [['-16.5（＋）', '1'], '-17\n'],
    [['-16.5⁻', '1'], '-16\n'],
    [['-1E3', '100'], '-1000\n'],
    [['-５．５', '1'], '-6\n'],
    [['-5.', '1'], '-5\n'],
    // As commander already took it, unchanged.
    [['-0.0365', '0.001'], '-0.036\n'],
  ])('round %j prints %j', async (args, out) => {
    expect(await cli.run(['round', ...args])).toMatchObject({ code: 0, stdout: out, stderr: '' });
  });

  it('in zh as in en, with the global options before or after it', async () => {
    expect(await cli.run(['--lang', 'zh', 'round', '-16.5(+)', '1'])).toMatchObject({
      code: 0,
      stdout: '-17\n',
    });
    expect(await cli.run(['round', '-16.5(+)', '1', '--lang', 'zh'])).toMatchObject({
      code: 0,
      stdout: '-17\n',
    });
    // A negative interval is read as one, and refused as one: not as an unknown option.
    const en = await cli.run(['round', '1.5', '-0.1(+)']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('rounding interval');
    expect(en.stderr).not.toContain('unknown option');
    const zh = await cli.run(['--lang', 'zh', 'round', '-16.5(+)', '-1']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('修约间隔必须是 1、2 或 5 × 10ⁿ，收到“-1”');
  });

  it('real options keep their meaning: --help after a value, -- before it', async () => {
    const help = await cli.run(['round', '-16.5(+)', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: qgrade round');
    expect(await cli.run(['round', '--', '-16.5(+)', '1'])).toMatchObject({ code: 0, stdout: '-17\n' });
  });

  it('a word that starts with - and is no number is still an unknown option, in en and zh', async () => {
    for (const args of [
      ['--bogus', '1', '0.1'],
      ['-x', '1'],
      ['-16.5(+)', '--bogus', '1'],
      ['-1e', '1'],
    ]) {
      const run = await cli.run(['round', ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      const flag = args.find((a) => a.startsWith('-') && a !== '-16.5(+)')!;
      expect(run.stderr, args.join(' ')).toContain(`error: unknown option '${flag}'`);
    }
    const zh = await cli.run(['--lang', 'zh', 'round', '-16.5(+)', '--bogus', '1']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('错误：未知选项“--bogus”');
  });
});
