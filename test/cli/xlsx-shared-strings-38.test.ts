/**
 * Hostile-37 S1: a shared string table of 9,000,000 empty `<si>` (229 KB zipped, under the 128 MiB part limit) took
 * 4.1 s and 441 MB. The table holds at most 1,000,000 strings (ten for each of the 100,000 rows a sheet may hold;
 * `xlsxLimits.maxSharedStrings` for a service): one more refuses the workbook, exit 2 / code `input`, naming the part.
 * GB 21455-2019 (CC ≤ 4500 W): APF 4.62 is grade 2 (≥ 4.50, below 5.00).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, gradeSample, loadRuleSet, QgradeError } from '../../src/index';
import { rawWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

// The header and one record, every text a shared string: 0 sampleId … 3 apf, 4 S1, 5 heat-pump.
const TEXTS = ['sampleId', 'unitType', 'ratedCoolingCapacity', 'apf', 'S1', 'heat-pump'];
const s = (ref: string, i: number) => `<c r="${ref}" t="s"><v>${i}</v></c>`;
const SHEET = `<sheetData><row r="1">${s('A1', 0)}${s('B1', 1)}${s('C1', 2)}${s('D1', 3)}</row><row r="2">${s('A2', 4)}${s('B2', 5)}<c r="C2"><v>3500</v></c><c r="D2"><v>4.62</v></c></row></sheetData>`;

/** The workbook with its table padded with empty strings to `count` strings. */
function book(count: number): Uint8Array {
  const strings = TEXTS.map((t) => `<si><t>${t}</t></si>`);
  for (let i = strings.length; i < count; i++) strings.push('<si><t/></si>');
  return rawWorkbook({ sheets: [{ name: 'S', body: SHEET }], sharedStrings: strings });
}

describe('the shared string table has a limit on its strings (hostile-37 S1)', () => {
  it('CLI: 1,000,000 strings are read; 1,000,001 are refused, exit 2, naming the part and the limit, zh and en', async () => {
    const at = join(temp(), 'at.xlsx');
    writeFileSync(at, book(1_000_000));
    const read = await cli.run(['grade', '-r', AC, '-f', 'csv', '--no-summary', at]);
    expect(read.code).toBe(0);
    expect(read.stdout.trim().split('\n')[1]).toMatch(/^1,S1,2,/);
    const over = join(temp(), 'over.xlsx');
    writeFileSync(over, book(1_000_001));
    const en = await cli.run(['grade', '-r', AC, over]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain(
      'over.xlsx is too large to read: its part xl/sharedStrings.xml holds more than 1,000,000 shared strings (the limit is 1,000,000); save the sheet as CSV, which streams',
    );
    const zh = await cli.run(['grade', '-r', AC, over], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      'over.xlsx 太大，无法读取：其中的部件 xl/sharedStrings.xml 有超过 1,000,000 个共享字符串（上限为 1,000,000）；请把工作表另存为 CSV，它可以流式读取',
    );
  });

  it('gradeSample: xlsxLimits.maxSharedStrings read exactly at, refused one under with code input', async () => {
    const grader = createGrader(await loadRuleSet(AC));
    const bytes = book(6);
    const graded = await gradeSample(grader, bytes, { xlsxLimits: { maxSharedStrings: 6 } });
    expect(graded.map((g) => g.result.grade)).toEqual(['2']);
    const error = await gradeSample(grader, bytes, {
      name: 'up.xlsx',
      xlsxLimits: { maxSharedStrings: 5 },
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(QgradeError);
    expect((error as QgradeError).code).toBe('input');
    expect((error as QgradeError).message).toBe(
      'up.xlsx is too large to read: its part xl/sharedStrings.xml holds more than 5 shared strings (the limit is 5); save the sheet as CSV, which streams',
    );
  });
});
