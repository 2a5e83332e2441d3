/**
 * A skipped row is given one reason in gradeFile's notice (developer-27 M3): a `合计,,,,` row was named twice,
 * "no value under any indicator column: line 8; summary row …: line 8 "合计"".
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, gradeFile, type LocalizedText, loadRuleSet } from '../../src/index';
import { tempDir } from '../temp-dir';

const HEAD = 'model,unitType,ratedCoolingCapacity,apf,seer';

async function notices(lines: string[]): Promise<LocalizedText[]> {
  const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
  const path = join(tempDir('summary-notice'), 'units.csv');
  writeFileSync(path, `${[HEAD, ...lines].join('\n')}\n`);
  const told: LocalizedText[] = [];
  for await (const _ of gradeFile(grader, path, { onNotice: (t) => told.push(t) }));
  return told.filter((t) => t.en.startsWith('skipped'));
}

describe('the notice of skipped rows gives each row one reason', () => {
  it('only a summary row skipped: its reason alone, its line once', async () => {
    const [told] = await notices(['A1,heat-pump,3500,4.62,', 'A2,heat-pump,5000,4.5,', '合计,,,,']);
    expect(told).toEqual({
      en: 'skipped 1 row, not counted as a record: summary row, skipped whatever its values: line 4 "合计"',
      zh: '跳过 1 行，不作为记录：汇总行（不论其数值）：第 4 行“合计”',
    });
  });

  it('a note row and a summary row: the note in the list, the summary in its clause', async () => {
    const [told] = await notices(['A1,heat-pump,3500,4.62,', '备注：送检,,,,', '合计,,,,']);
    expect(told?.en).toBe(
      'skipped 2 rows with no value under any indicator column (only notes), not counted as records: line 3; summary row, skipped whatever its values: line 4 "合计"',
    );
    expect(told?.zh).toBe(
      '跳过 2 行：没有任何指标列的值，只有备注等文字，不作为记录（第 3 行；汇总行（不论其数值）：第 4 行“合计”）',
    );
  });

  it('a row told by its values (甲厂合计 at the sums 8500, 9.12) in a clause of its own that says so', async () => {
    const [told] = await notices([
      'A1,heat-pump,3500,4.62,',
      'A2,heat-pump,5000,4.5,',
      '甲厂合计,heat-pump,8500,9.12,',
      '合计,,,,',
    ]);
    expect(told).toEqual({
      en: 'skipped 2 rows, not counted as records: summary row, skipped whatever its values: line 5 "合计"; summary row, skipped as its values are a mean, sum or other statistic of the rows above: line 4 "甲厂合计"',
      zh: '跳过 2 行，不作为记录：汇总行（不论其数值）：第 5 行“合计”；汇总行（其数值为上方各行的平均、合计等统计量）：第 4 行“甲厂合计”',
    });
  });
});
