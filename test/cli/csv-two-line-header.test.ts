/**
 * A CSV saved from a sheet headed in two rows (a group heading merged across
 * columns, the columns' names in the row below): Excel writes the group's
 * text in its first cell and nothing in the others. The two lines are read
 * as one header, as the .xlsx reader reads the merged rows.
 */
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { recordItems } from '../../src/input/record-items';
import { useCli } from './cli-harness';

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';
const ONE_LINE = '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF';
const TWO_LINES = '型号,机组类型,性能指标,\n,,额定制冷量 CC,全年能源消耗效率 APF';
const ROWS =
  'KFR-26GW/A1,heat-pump,2600,5.27\nKFR-35GW/B3,heat-pump,3500,4.62\nKFR-50LW,heat-pump,5000,abc\n';

const grade = (header: string, lang = 'en') =>
  cli.run(['--lang', lang, 'grade', '-r', AC, '-f', 'ndjson', '-i', 'csv', '-'], {
    input: `${header}\n${ROWS}`,
  });

describe('a CSV headed in two lines', () => {
  it('grades as the same rows under a one-line header, the id column kept, the records numbered from 1', async () => {
    const one = await grade(ONE_LINE);
    const two = await grade(TWO_LINES);
    expect(two.code).toBe(1);
    // The same results; a cell's message names its line, one further down under two header lines.
    expect(two.stdout).toBe(
      one.stdout
        .replaceAll('line 4, column 4', 'line 5, column 4')
        .replaceAll('第 4 行第 4 列', '第 5 行第 4 列'),
    );
    expect(two.stdout).toContain('"abc\\" is not a decimal number (line 5, column 4)');
    const rows = two.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.row, r.kept?.型号, r.grade])).toEqual([
      [1, 'KFR-26GW/A1', '1'],
      [2, 'KFR-35GW/B3', '2'],
      [3, 'KFR-50LW', null],
    ]);
    expect(two.stderr).not.toContain('seems to be the header');
  });

  it('a line of data under a header with an empty column is no second header line', async () => {
    const header = '型号,,机组类型,额定制冷量 CC,全年能源消耗效率 APF';
    const { stdout } = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-i', 'csv', '-'], {
      input: `${header}\nA1,note,heat-pump,2600,5.27\n`,
    });
    expect(JSON.parse(stdout).grade).toBe('1');
  });

  it('a title line (one value) is no group heading: skipped as a title, the line under it the header (committee-20 F7)', async () => {
    const { stderr, stdout } = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-i', 'csv', '-'], {
      input: `2025 年抽检结果,,,\n${ONE_LINE}\n${ROWS}`,
    });
    expect(stderr).not.toContain('seems to be the header');
    expect(JSON.parse(stdout.split('\n')[0]!).grade).not.toBeNull();
  });

  it('the same when the first line comes alone (a pipe), and a header with nothing under it is read at the end', async () => {
    const { indicators } = await loadRuleSet(AC);
    const options = { mapping: new Map<string, string>(), indicators };
    async function* chunks(...texts: string[]): AsyncGenerator<string> {
      yield* texts;
    }
    const [upper, lower] = TWO_LINES.split('\n');
    const fields: (readonly string[])[] = [];
    const items = [];
    for await (const item of recordItems(chunks(`${upper}\n`, `${lower}\n`, ROWS), 'csv', 'in', {
      ...options,
      onHeader: (f) => fields.push(f),
    }))
      items.push(item);
    expect(fields).toEqual([['型号', 'unitType', 'ratedCoolingCapacity', 'apf']]);
    expect(items.map((i) => i.row)).toEqual([1, 2, 3]);
    const only: (readonly string[])[] = [];
    for await (const _ of recordItems(chunks(`${ONE_LINE}\n`), 'csv', 'in', {
      ...options,
      onHeader: (f) => only.push(f),
    }))
      expect.unreachable();
    expect(only).toEqual([['型号', 'unitType', 'ratedCoolingCapacity', 'apf']]);
  });
});
