import { describe, expect, it } from 'vitest';
import { gradeSampleNamed } from '../../src/grade/grade-sample';
import { createGrader, gradeSample, loadRuleSet, QgradeError } from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';

const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
const rest = 'unitType,ratedCoolingCapacity';

/** The error gradeSample throws for the sample, or undefined when it grades. */
async function refusal(input: string | Uint8Array, options = {}): Promise<QgradeError | undefined> {
  try {
    await gradeSample(grader, input, options);
    return undefined;
  } catch (e) {
    if (e instanceof QgradeError) return e;
    throw e;
  }
}

// Two columns that both say the APF (4.62 and 4.7): gradeSample read one and passed the other through as
// text, unsaid, where gradeFile and `qgrade grade` refuse the header.
describe('gradeSample: two columns close to one indicator are refused, as gradeFile refuses them', () => {
  for (const header of ['APF,apf', 'apf,APF（W/W）', 'apf,APF(W/W)']) {
    it(`CSV header ${header}`, async () => {
      const e = await refusal(`${header},${rest}\n4.62,4.7,heat-pump,3500\n`, { name: 'up.csv' });
      expect(e?.code).toBe('input');
      const [a, b] = header.split(',');
      const read = a === 'apf' ? 1 : 2;
      const other = read === 1 ? 2 : 1;
      expect(e?.text?.en).toContain(
        `up.csv: columns ${read} ("apf") and ${other} ("${read === 1 ? b : a}") both look like the indicator apf`,
      );
      expect(e?.text?.en).toContain(`options.keep ["${read === 1 ? b : a}"]`);
      expect(e?.text?.zh).toContain('看起来都是指标 apf');
    });
  }

  it('TSV and an .xlsx workbook alike', async () => {
    const tsv = await refusal(`APF\tapf\tunitType\tratedCoolingCapacity\n4.62\t4.7\theat-pump\t3500\n`, {
      format: 'tsv',
    });
    expect(tsv?.text?.en).toContain('columns 2 ("apf") and 1 ("APF") both look like the indicator apf');
    const bytes = await exceljsWorkbook((wb) => {
      const sheet = wb.addWorksheet('样品');
      sheet.addRow(['apf', 'APF（W/W）', 'unitType', 'ratedCoolingCapacity']);
      sheet.addRow([4.62, 4.7, 'heat-pump', 3500]);
    });
    const xlsx = await refusal(bytes, { name: 'up.xlsx' });
    expect(xlsx?.code).toBe('input');
    expect(xlsx?.text?.en).toContain(
      'up.xlsx: columns 1 ("apf") and 2 ("APF（W/W）") both look like the indicator apf',
    );
  });

  it('the studio is told to delete or rename a column, not of a keep option it has not got', async () => {
    await expect(
      gradeSampleNamed(grader, `APF,apf,${rest}\n4.62,4.7,heat-pump,3500\n`, {}, 'studio'),
    ).rejects.toThrow(/delete or rename the column that is not apf$/);
  });

  it('a column keep names is the caller choice: both graded from apf, APF carried as text', async () => {
    const graded = await gradeSample(grader, `APF,apf,${rest}\n4.62,4.7,heat-pump,3500\n`, { keep: ['APF'] });
    expect(graded.map((g) => g.result.grade)).toEqual(['2']);
    expect(graded[0]?.result.kept).toEqual({ APF: '4.62' });
    expect((graded[0]?.record as { apf?: number } | undefined)?.apf).toBe(4.7);
  });

  it('one APF column alone is still read', async () => {
    const graded = await gradeSample(grader, `APF（W/W）,${rest}\n4.7,heat-pump,3500\n`);
    expect((graded[0]?.record as { apf?: number } | undefined)?.apf).toBe(4.7);
  });
});
