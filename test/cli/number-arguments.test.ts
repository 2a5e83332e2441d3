import { describe, expect, it } from 'vitest';
import { useCli } from './cli-harness';

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';

describe.concurrent('numbers given as arguments', () => {
  it('explain --row takes whole decimal numbers only: 0x2, 1e0, 2.0 and +2 are refused', async () => {
    for (const row of ['0x2', '1e0', '2.0', '+2', '0b1']) {
      const run = await cli.run(['explain', '-r', AC, '--row', row, 'examples/room-air-conditioners.json']);
      expect(run.code, row).toBe(2);
      expect(run.stderr).toBe(`qgrade: --row takes a row number from 1, got "${row}"\n`);
    }
    const zh = await cli.run([
      '--lang',
      'zh',
      'explain',
      '-r',
      AC,
      '--row',
      '0x2',
      'examples/room-air-conditioners.json',
    ]);
    expect(zh.stderr).toContain('--row 应为从 1 起的记录序号，收到“0x2”');
    const two = await cli.run(['explain', '-r', AC, '--row', '2', 'examples/room-air-conditioners.json']);
    expect(two.code).toBe(0);
    expect(two.stdout).toContain('Grade: ');
  });

  it('round reads full-width numerals as grade reads a CSV cell', async () => {
    const full = await cli.run(['round', '４．５', '１']);
    expect(full).toMatchObject({ code: 0, stdout: '4\n' });
    expect((await cli.run(['round', '１．０５０', '０．１'])).stdout).toBe('1.0\n');
    expect((await cli.run(['round', '--', '－０．０３６５', '0.001'])).stdout).toBe('-0.036\n');
    // Look-alikes that are not full-width ASCII stay refused.
    const circled = await cli.run(['round', '④', '1']);
    expect(circled.code).toBe(2);
  });

  it('round: an exponent beyond ±999999 is out of range, not "not a decimal number" (hostile-33 F10)', async () => {
    const en = await cli.run(['round', '1e-100000000', '1']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      'out of the range qgrade reads: 1e-100000000 (an exponent has at most 6 digits, up to ±999999)',
    );
    expect(en.stderr).not.toContain('not a decimal number');
    const zh = await cli.run(['--lang', 'zh', 'round', '1E+1234567', '1']);
    expect(zh.stderr).toContain('“1E+1234567”超出 qgrade 读取的范围：指数最多 6 位（不超过 ±999999）');
    // Six digits are read: 1e-999999 rounds to 0; a word is still not a decimal number.
    expect((await cli.run(['round', '1e-999999', '1'])).stdout).toBe('0\n');
    expect((await cli.run(['round', 'abc', '1'])).stderr).toContain('not a decimal number: abc');
  });
});
