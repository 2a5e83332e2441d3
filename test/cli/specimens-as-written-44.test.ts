import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATE_SPECIMENS_RULES } from '../plate-specimens';
import { tempFiles, useCli, useTempDir } from './cli-harness';

// studio-44 (studio-author-43 N3, N4): specimens read as the CSV writes them — the mean of one specimen is that
// specimen (`平均值 33 J`, not the computed `33.0`), and specimens given one per column read as a cell listing them
// does. The rule set is illustrative: every figure is made up, and the rule set says so.
const cli = useCli();
const temp = useTempDir();

const RULES = PLATE_SPECIMENS_RULES;

/** A file of its own in the temp folder. */
const write = tempFiles(temp, 'specimens-44');

/** The requirement lines of the explanation of the CSV's first record. */
async function lines(csv: string, lang: 'zh' | 'en'): Promise<string[]> {
  const run = await cli.run([
    '--lang',
    lang,
    'explain',
    '-r',
    write('yaml', RULES),
    write('csv', csv),
    '--row',
    '1',
  ]);
  expect(run.stderr).toBe('');
  return run.stdout.split('\n').filter((l) => /^ {2}[✓✗→] /.test(l));
}

describe.concurrent('the mean of one specimen reads as its cell writes it (N3)', () => {
  it('33 reads 平均值 33 J; at the limit 27 and just below it, 26; zh and en', async () => {
    expect(await lines('冲击吸收能量\n33\n', 'zh')).toContain(
      '  ✓ 冲击吸收能量：平均值 33 J，满足 ≥ 27 J（合格品要求）',
    );
    expect(await lines('冲击吸收能量\n33\n', 'en')).toContain(
      '  ✓ Impact energy: mean 33 J meets ≥ 27 J (Qualified requirement)',
    );
    expect(await lines('冲击吸收能量\n27\n', 'zh')).toContain(
      '  ✓ 冲击吸收能量：平均值 27 J，满足 ≥ 27 J（合格品要求）',
    );
    expect(await lines('冲击吸收能量\n26\n', 'zh')).toContain(
      '  → 冲击吸收能量：平均值 26 J，不满足 ≥ 27 J（合格品要求）',
    );
  });

  it('written with zeros or decimals, as written', async () => {
    expect(await lines('冲击吸收能量\n33.0\n', 'zh')).toContain(
      '  ✓ 冲击吸收能量：平均值 33.0 J，满足 ≥ 27 J（合格品要求）',
    );
    expect(await lines('冲击吸收能量\n26.6\n', 'en')).toContain(
      '  → Impact energy: mean 26.6 J does not meet ≥ 27 J (Qualified requirement)',
    );
  });

  it('a mean of two or more is computed, and shown with one decimal more than its limit', async () => {
    expect(await lines('冲击吸收能量\n"33;35"\n', 'zh')).toContain(
      '  ✓ 冲击吸收能量：平均值 34.0 J，满足 ≥ 27 J（合格品要求）',
    );
    expect(await lines('冲击吸收能量\n"33;34"\n', 'en')).toContain(
      '  ✓ Impact energy: mean 33.5 J meets ≥ 27 J (Qualified requirement)',
    );
  });
});

describe.concurrent('specimens given one per column read as written (N4)', () => {
  const HEAD = '冲击吸收能量,冲击吸收能量,冲击吸收能量\n';

  it('33, 34, 35 in three columns: specimen 1 reads 33 J beside ≥ 23.8 J, as `33;34;35` in one cell does', async () => {
    expect(await lines(`${HEAD}33,34,35\n`, 'zh')).toContain(
      '  ✓ 冲击吸收能量：第 1 个试样 33 J，满足 ≥ 23.8 J（合格品要求）',
    );
    expect(await lines(`${HEAD}40,24,41\n`, 'en')).toContain(
      '  ✓ Impact energy: specimen 2: 24 J meets ≥ 23.8 J (Qualified requirement)',
    );
    expect(await lines(`${HEAD}40,41,23.7\n`, 'en')).toContain(
      '  → Impact energy: specimen 3: 23.7 J does not meet ≥ 23.8 J (Qualified requirement)',
    );
    expect(await lines(`${HEAD}33.00,34,35\n`, 'en')).toContain(
      '  ✓ Impact energy: specimen 1: 33.00 J meets ≥ 23.8 J (Qualified requirement)',
    );
  });

  it('one column of three filled: the single value and its mean as written', async () => {
    const shown = await lines(`${HEAD}31,,\n`, 'zh');
    expect(shown).toContain('  ✓ 冲击吸收能量：平均值 31 J，满足 ≥ 27 J（合格品要求）');
    expect(shown).toContain('  ✓ 冲击吸收能量：31 J，满足 ≥ 23.8 J（合格品要求）');
  });
});

describe('a --tally-by column read one per specimen keys its rows as in every format', () => {
  it('grade -f html --tally-by keys [33,34,35], as the text table does (`qgrade grade --tally-by`), not 33;34;35', async () => {
    const csv = write('csv', '冲击吸收能量,冲击吸收能量,冲击吸收能量\n33,34,35\n31,,\n');
    const rules = write('yaml', RULES);
    const html = join(temp(), 'specimens-44', 'tally.html');
    const run = await cli.run([
      'grade',
      '-r',
      rules,
      csv,
      '--tally-by',
      '冲击吸收能量',
      '-f',
      'html',
      '-o',
      html,
    ]);
    expect(run.code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('[33,34,35]');
    expect(page).not.toContain('33;34;35');
  });
});
