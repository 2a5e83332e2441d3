/**
 * standards-31 W1: a sample whose id holds a statistic's word (`S-avg-3`, `AVE-12`, `Median-13`) was skipped as a
 * summary row when its other columns repeat the rows above (one heat: same thickness, temperature, chemistry).
 * Values alike above tell nothing — their mean, median, max and min are that value — so only a column whose values
 * above differ (a specimen list counted by its mean) can show a row to be their statistic; a median, max or min,
 * being one of the values above, needs two such columns. Else the row is a record and is graded.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeParquet } from '../parquet-file';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { csv, xlsx } = inputFiles(temp);
const Q355 = 'steel/low-alloy-structural-steel';
const HEAD =
  'id,designation,thickness,yieldStrength,tensileStrength,impactTemperature,impactEnergy,carbon,manganese,phosphorus,sulfur';
/** One heat: every column but the id and KV2 (J, three specimens at −20 °C) alike. */
const row = (id: string, kv2: string) => `${id},Q355,20,400,520,-20,${kv2},0.15,1.2,0.015,0.008`;
// The reviewer's input2.csv: KV2 20 and 22 are no statistic of 50 and 40 (mean 45, min 40, max 50, median 45).
const INPUT2 = [
  row('S-001', '50;50;50'),
  row('S-002', '40;40;40'),
  row('S-avg-3', '20;20;20'),
  row('S-mean-4', '22;22;22'),
  row('S-005', '20;20;20'),
];
// The reviewer's input3.csv: ids holding every summary word, all KV2 20 J after 50 and 40.
const INPUT3 = [
  row('S-001', '50;50;50'),
  row('S-002', '40;40;40'),
  ...[
    'MAX-3',
    'Min-4',
    'Total-5',
    'SUM-6',
    '平均7',
    '合计8',
    '均值9',
    'Std-10',
    '小计11',
    'AVE-12',
    'Median-13',
    'Range-14',
    'Mean',
  ].map((id) => row(id, '20;20;20')),
];

let parquets = 0;
/** The CSV lines as a Parquet file of text columns, as a pipeline writes a sheet it read. */
async function parquet(lines: readonly string[]): Promise<string> {
  const file = join(temp(), `s31-${++parquets}.parquet`);
  const [head, ...rows] = lines;
  const names = head!
    .split(',')
    .map((c) => `"${c}"`)
    .join(', ');
  const values = rows
    .map(
      (r) =>
        `(${r
          .split(',')
          .map((c) => `'${c.replaceAll("'", "''")}'`)
          .join(', ')})`,
    )
    .join(', ');
  await writeParquet(file, `SELECT * FROM (VALUES ${values}) t(${names})`);
  return file;
}

/** The .xlsx of the CSV lines, numbers as numeric cells. */
function book(lines: readonly string[]): Promise<string> {
  return xlsx(...lines.map((l) => l.split(',').map((c) => (/^-?\d+(?:\.\d+)?$/.test(c) ? Number(c) : c))));
}

const FORMATS: [string, (lines: readonly string[]) => Promise<string> | string, string[]][] = [
  ['CSV', (lines) => csv(...lines), []],
  ['.xlsx', book, []],
  ['Parquet', parquet, []],
  ['CSV --workers 2', (lines) => csv(...lines), ['--workers', '2']],
];

describe.concurrent('a sample named like a statistic over a single heat is graded (standards-31 W1)', () => {
  for (const [format, write, extra] of FORMATS) {
    it(`${format}: input2 — S-avg-3 and S-mean-4 are records, 5 graded, exit 0`, async () => {
      const run = await cli.run([
        'grade',
        '-r',
        Q355,
        '-f',
        'csv',
        '--keep',
        'id',
        ...extra,
        await write([HEAD, ...INPUT2]),
      ]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('5 records: 2 graded, 3 not graded, 0 invalid');
      expect(run.stderr).not.toContain('summary row');
      for (const id of ['S-avg-3', 'S-mean-4']) expect(run.stdout).toContain(id);
    });

    it(`${format}: input3 — every id holding a summary word is a record, 15 counted`, async () => {
      const run = await cli.run([
        'grade',
        '-r',
        Q355,
        '-f',
        'csv',
        '--keep',
        'id',
        ...extra,
        await write([HEAD, ...INPUT3]),
      ]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('15 records: 2 graded, 13 not graded, 0 invalid');
      expect(run.stderr).not.toContain('summary row');
    });
  }
});

describe.concurrent('a summary row over values that differ is still skipped', () => {
  // KV2 50, 40, 45 J: mean 45 (the lists counted by their means); the other columns alike.
  const lot = [row('S-001', '50;50;50'), row('S-002', '40;40;40'), row('S-003', '45;45;45')];

  for (const [format, write, extra] of FORMATS)
    it(`${format}: S-avg at the mean of KV2 is skipped as a statistic; 3 records`, async () => {
      const run = await cli.run([
        'grade',
        '-r',
        Q355,
        '-f',
        'csv',
        ...extra,
        await write([HEAD, ...lot, row('S-avg', '45;45;45')]),
      ]);
      // CSV says `line 5`, a sheet `sheet row 5`, Parquet its data row `row 4`: the rest is alike.
      expect(run.stderr).toMatch(
        /summary row, skipped as its values are a mean, sum or other statistic of the rows above: [a-z ]*[45] "S-avg"/,
      );
      expect(run.stderr).toContain('3 records: 3 graded');
    });

  it('平均 over the rows is skipped, whatever its values, as before', async () => {
    const run = await cli.run(['grade', '-r', Q355, '-f', 'csv', csv(HEAD, ...lot, row('平均', '45;45;45'))]);
    expect(run.stderr).toContain('summary row, skipped whatever its values: line 5 "平均"');
    expect(run.stderr).toContain('3 records: 3 graded');
  });

  it('S-avg off the mean (44 J) is a sample; Median-4 at the median of one differing column is one too', async () => {
    for (const last of [row('S-avg', '44;44;44'), row('Median-4', '45;45;45')]) {
      const run = await cli.run(['grade', '-r', Q355, '-f', 'csv', csv(HEAD, ...lot, last)]);
      expect(run.stderr, last).toContain('4 records: 4 graded');
      expect(run.stderr, last).not.toContain('summary row');
    }
  });
});

describe.concurrent('three equal samples and a row like them: indistinguishable, so the word decides', () => {
  const same = [row('S-001', '40;40;40'), row('S-002', '40;40;40'), row('S-003', '40;40;40')];

  it('a bare Mean is a summary word in the id cell: skipped as the statistic it is', async () => {
    // Every statistic of equal values is that value: nothing tells a mean row from a fourth sample, and a cell
    // holding only `Mean` names no sample, so it is skipped as the word says, as before (hostile-25 M8); its values
    // are the mean of the rows above (every statistic of equal values is), so the notice says so (hostile-30 M6d).
    const run = await cli.run([
      'grade',
      '-r',
      Q355,
      '-f',
      'csv',
      csv(HEAD, ...same, row('Mean', '40;40;40')),
    ]);
    expect(run.stderr).toContain(
      'summary row, skipped as its values are a mean, sum or other statistic of the rows above: line 5 "Mean"',
    );
    expect(run.stderr).toContain('3 records: 3 graded');
  });

  it('S-mean-4, a code before the word, names a sample: graded, 4 records', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      Q355,
      '-f',
      'csv',
      csv(HEAD, ...same, row('S-mean-4', '40;40;40')),
    ]);
    expect(run.stderr).toContain('4 records: 4 graded');
    expect(run.stderr).not.toContain('summary row');
  });

  it('a bare Mean after samples that differ, off their mean, is a record named Mean', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      Q355,
      '-f',
      'csv',
      csv(HEAD, row('S-001', '50;50;50'), row('S-002', '40;40;40'), row('Mean', '20;20;20')),
    ]);
    expect(run.stderr).toContain('3 records: 2 graded, 1 not graded');
    expect(run.stderr).not.toContain('summary row');
  });
});
