import { describe, expect, it } from 'vitest';
import { gradeSampleNamed } from '../../src/grade/grade-sample';
import { createGrader, loadRuleSet } from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { PLATE_SPECIMENS_RULES } from '../plate-specimens';
import { tempFiles, useCli, useTempDir } from './cli-harness';

// studio-45 item 3: an .xlsx sample's figures read as written, as a CSV's do (studio-44 N3, N4), where the file tells
// how they were written: a text cell, or a number under a format that fixes its decimals (`0`: 33, `0.0`: 33.0). A
// number under General keeps its limit's decimals: Excel shows 22.0 typed there as 22 (committee-40 M3). The studio
// and `explain` share the reader. The rule set is illustrative: every figure is made up, and it says so.
const cli = useCli();
const temp = useTempDir();

const RULES = PLATE_SPECIMENS_RULES;

/** A cell: a number (General), a text cell, or a number with its number format. */
type Cell = number | string | { value: number; format: string };

/** A sheet headed 冲击吸收能量 once per cell of `row`, with that one row under it. */
function sheet(row: readonly Cell[]): Promise<Uint8Array> {
  return exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('冲击');
    ws.addRow(row.map(() => '冲击吸收能量'));
    ws.addRow(row.map((c) => (typeof c === 'object' ? c.value : c)));
    row.forEach((c, i) => {
      if (typeof c === 'object') ws.getRow(2).getCell(i + 1).numFmt = c.format;
    });
  });
}

/** A file of its own in the temp folder. */
const write = tempFiles(temp, 'xlsx-as-written-45');

/** The requirement lines of `explain`'s explanation of the sheet's record. */
async function lines(row: readonly Cell[], lang: 'zh' | 'en'): Promise<string[]> {
  const run = await cli.run([
    '--lang',
    lang,
    'explain',
    '-r',
    write('yaml', RULES),
    write('xlsx', await sheet(row)),
    '--row',
    '1',
  ]);
  expect(run.stderr).toBe('');
  return run.stdout.split('\n').filter((l) => /^ {2}[✓✗→] /.test(l));
}

const ZERO = (value: number) => ({ value, format: '0' });

describe.concurrent('explain of an .xlsx sample: figures as written where the file tells', () => {
  it('the mean of one specimen 33 under `0` reads 33 J; at the limit 27 and just below it, 26; zh and en', async () => {
    expect(await lines([ZERO(33)], 'zh')).toContain(
      '  ✓ 冲击吸收能量：平均值 33 J，满足 ≥ 27 J（合格品要求）',
    );
    expect(await lines([ZERO(33)], 'en')).toContain(
      '  ✓ Impact energy: mean 33 J meets ≥ 27 J (Qualified requirement)',
    );
    expect(await lines([ZERO(27)], 'zh')).toContain(
      '  ✓ 冲击吸收能量：平均值 27 J，满足 ≥ 27 J（合格品要求）',
    );
    expect(await lines([ZERO(26)], 'zh')).toContain(
      '  → 冲击吸收能量：平均值 26 J，不满足 ≥ 27 J（合格品要求）',
    );
  });

  it('a text cell 33 reads 33 J; a number under General keeps the padded 33.0 (its written form is not known)', async () => {
    expect(await lines(['33'], 'zh')).toContain('  ✓ 冲击吸收能量：平均值 33 J，满足 ≥ 27 J（合格品要求）');
    expect(await lines([33], 'zh')).toContain('  ✓ 冲击吸收能量：平均值 33.0 J，满足 ≥ 27 J（合格品要求）');
  });

  it('a cell formatted 0.0 shows 33.0 and reads so; one whose format rounds it (33.45 shown 33.5) reads its value', async () => {
    expect(await lines([{ value: 33, format: '0.0' }], 'zh')).toContain(
      '  ✓ 冲击吸收能量：平均值 33.0 J，满足 ≥ 27 J（合格品要求）',
    );
    // The figure graded is 33.45: the single value reads so, the mean of one as a mean (computed, one decimal more
    // than its limit), never the 33.5 the format shows.
    const rounded = await lines([{ value: 33.45, format: '0.0' }], 'en');
    expect(rounded).toContain('  ✓ Impact energy: 33.45 J meets ≥ 23.8 J (Qualified requirement)');
    expect(rounded.join('\n')).not.toContain('33.5 J');
  });

  it('specimens one per column under `0`: specimen 1 reads 33 J beside ≥ 23.8 J; 23.7 (under 0.0) just below it', async () => {
    expect(await lines([ZERO(33), ZERO(34), ZERO(35)], 'zh')).toContain(
      '  ✓ 冲击吸收能量：第 1 个试样 33 J，满足 ≥ 23.8 J（合格品要求）',
    );
    expect(await lines([ZERO(40), ZERO(41), { value: 23.7, format: '0.0' }], 'en')).toContain(
      '  → Impact energy: specimen 3: 23.7 J does not meet ≥ 23.8 J (Qualified requirement)',
    );
    expect(await lines([{ value: 33, format: '0.00' }, ZERO(34), ZERO(35)], 'en')).toContain(
      '  ✓ Impact energy: specimen 1: 33.00 J meets ≥ 23.8 J (Qualified requirement)',
    );
  });
});

describe('the studio reads a workbook so too (gradeSampleNamed with written cells)', () => {
  it("each record's indicator cells as written, where the file tells", async () => {
    const grader = createGrader(await loadRuleSet(write('yaml', RULES)));
    const written = async (row: readonly Cell[]) =>
      (await gradeSampleNamed(grader, await sheet(row), { format: 'xlsx' }, 'studio', true)).map(
        (g) => g.written,
      );
    expect(await written([ZERO(33)])).toEqual([{ impactEnergy: '33' }]);
    expect(await written([{ value: 33, format: '0.0' }])).toEqual([{ impactEnergy: '33.0' }]);
    expect(await written(['33.0'])).toEqual([{ impactEnergy: '33.0' }]);
    expect(await written([ZERO(33), ZERO(34), ZERO(35)])).toEqual([{ impactEnergy: '33;34;35' }]);
    // General: not known, none; one of three specimens under General: the three are not joined.
    expect(await written([33])).toEqual([undefined]);
    expect(await written([ZERO(33), 34, ZERO(35)])).toEqual([undefined]);
  });
});
