/**
 * A lot-first sheet's per-lot subtotal and a page break whose repeated
 * header differs slightly, in CSV, TSV and .xlsx alike (hostile-23 W9, W5):
 * `L1,合计,2` — the lot first, the summary word under the kept sample-id
 * column, at most two cells after it — is a summary row, not an invalid
 * record that costs its lot a grade; a one-cell line right above a repeated
 * header (a title changed to `…（续）`) and a units row right under one
 * (`Wh/Wh` for `W·h/(W·h)`, compared as the first units row is) are skipped,
 * and the sample ids stay kept.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';
const LOT_HEADER = ['批次', '样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'];

/** The rows as CSV, TSV (short lines stay short) and .xlsx (each line a row, numbers typed). */
async function files(name: string, rows: string[][]): Promise<string[]> {
  const csv = join(temp(), `${name}.csv`);
  writeFileSync(csv, `${rows.map((r) => r.join(',')).join('\n')}\n`);
  const tsv = join(temp(), `${name}.tsv`);
  writeFileSync(tsv, `${rows.map((r) => r.join('\t')).join('\n')}\n`);
  const xlsx = join(temp(), `${name}.xlsx`);
  const bytes = await exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('Sheet1');
    for (const r of rows)
      ws.addRow(r.map((c) => (c === '' ? null : /^\d+(?:\.\d+)?$/.test(c) ? Number(c) : c)));
  });
  writeFileSync(xlsx, bytes);
  return [csv, tsv, xlsx];
}

async function graded(path: string, ...args: string[]) {
  const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--lang', 'en', ...args, path]);
  const results = run.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as GradeResult);
  return { ...run, results };
}

/** What a format-independent comparison looks at: each record's row, grade, kept values, validity; the exit code. */
const shape = (run: Awaited<ReturnType<typeof graded>>) => ({
  code: run.code,
  rows: run.results.map((r) => [r.row, r.grade, r.kept, r.errors === undefined]),
});

describe.concurrent("hostile-23 W9: a lot-first sheet's per-lot subtotal", () => {
  it('`L1,合计`, `L1,合计,2`, `L1,合计,,2,`, `L1,合计,,,4.85`: summary rows, every lot graded; `合计-01` a record', async () => {
    const rows = [
      LOT_HEADER,
      ['L1', 'K1', '热泵型', '3500', '5.1'],
      ['L1', 'K2', '热泵型', '3500', '4.6'],
      ['L1', '合计'],
      ['L2', 'K3', '热泵型', '3500', '4.6'],
      ['L2', '合计', '2'],
      ['L3', 'K4', '热泵型', '3500', '4.1'],
      ['L3', '合计', '', '2', ''],
      // A real sample named like a word with a suffix stays a record.
      ['L4', '合计-01', '热泵型', '3500', '5.0'],
      ['L4', '合计', '', '', '5.0'],
    ];
    const runs = [];
    for (const path of await files('lot-subtotal', rows)) {
      const run = await graded(path);
      expect(run.code, path).toBe(0);
      expect(run.results.map((r) => r.kept?.样品编号)).toEqual(['K1', 'K2', 'K3', 'K4', '合计-01']);
      expect(run.results.every((r) => r.errors === undefined)).toBe(true);
      expect(run.stderr).toMatch(
        /summary rows, skipped whatever their values: (lines|sheet rows) 4 "合计", 6 "合计", 8 "合计", 10 "合计"/,
      );
      runs.push(shape(run));
      // Named, the sample-id column decides the same.
      expect(shape(await graded(path, '--keep', '样品编号'))).toEqual(shape(run));
      const grouped = await cli.run(['grade', '-r', AC, '--group-by', '批次', '--lang', 'en', path]);
      expect(grouped.code).toBe(0);
      const out = grouped.stdout + grouped.stderr;
      expect(out).toContain('4 groups: Grade 1 1, Grade 2 2, Grade 3 1; not graded 0');
      expect(grouped.stdout).not.toContain('invalid');
      expect(grouped.stdout).not.toContain('group 合计');
    }
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it('three cells after the word keep the row a sample (`合计` its id): no summary row', async () => {
    const rows = [
      LOT_HEADER,
      ['L1', 'K1', '热泵型', '3500', '5.1'],
      ['L1', '合计', '热泵型', '3500', '4.6'],
      ['L2', 'K2', '热泵型', '3500', '4.6'],
    ];
    for (const path of await files('lot-subtotal-full', rows)) {
      const run = await graded(path);
      // `合计` with a full row after it is a sample (duplicate-free ids: K1, 合计, K2).
      expect(run.results.map((r) => r.kept?.样品编号)).toEqual(['K1', '合计', 'K2']);
      expect(run.stderr).not.toContain('summary row');
    }
  });
});

const TITLE = '2025年空调能效抽检';
const HEADER = ['样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF', '制冷季节能源消耗效率 SEER'];
const UNITS = ['', '', 'W', 'W·h/(W·h)', 'W·h/(W·h)'];

describe.concurrent('hostile-23 W5: a page break whose repeated title or units row differs', () => {
  it('a changed title (`…（续）`) and a units row spelled `Wh/Wh`: skipped, 4 records, ids kept, every format', async () => {
    const rows = [
      [TITLE],
      HEADER,
      UNITS,
      ['S1', '热泵型', '3500', '5.1', ''],
      ['S2', '单冷型', '3500', '', '5.9'],
      [TITLE],
      HEADER,
      UNITS,
      ['S3', '热泵型', '8000', '4.3', ''],
      [`${TITLE}（续）`],
      HEADER,
      ['', '', 'W', 'Wh/Wh', 'Wh/Wh'],
      ['S4', '热泵型', '3500', '3.0', ''],
    ];
    const runs = [];
    for (const path of await files('page-break', rows)) {
      const run = await graded(path);
      expect(
        run.results.map((r) => r.kept?.样品编号),
        path,
      ).toEqual(['S1', 'S2', 'S3', 'S4']);
      expect(run.results.every((r) => r.errors === undefined)).toBe(true);
      expect(run.stderr).toContain('keeping column "样品编号"');
      expect(run.stderr).toMatch(/(lines|sheet rows) 6, 7, 8, 10, 11, 12 repeat the header/);
      runs.push(shape(run));
    }
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it('a page mark (`第2页`) above a repeated header stays a note; a one-cell line elsewhere stays a record', async () => {
    const rows = [
      HEADER,
      ['S1', '热泵型', '3500', '5.1', ''],
      ['第2页'],
      HEADER,
      ['S2', '热泵型', '3500', '5.1', ''],
      // A sample with only its id, not above a header: a record with its values missing.
      ['S3'],
      ['S4', '热泵型', '3500', '5.1', ''],
    ];
    for (const path of await files('page-mark', rows)) {
      const run = await graded(path);
      expect(
        run.results.map((r) => r.kept?.样品编号),
        path,
      ).toEqual(['S1', 'S2', 'S3', 'S4']);
      expect(run.results[2]!.errors).toBeDefined();
      expect(run.stderr).toMatch(/skipped 2 rows .*(line|sheet row) 4 repeats the header/);
    }
  });

  it('a repeated units row with a unit not its indicator’s (kW) is the unit error, as the first units row’s is', async () => {
    const rows = [
      HEADER,
      UNITS,
      ['S1', '热泵型', '3500', '5.1', ''],
      HEADER,
      ['', '', 'kW', 'W·h/(W·h)', 'W·h/(W·h)'],
      ['S2', '热泵型', '3.5', '5.1', ''],
    ];
    for (const path of await files('page-units-kw', rows)) {
      const run = await cli.run(['grade', '-r', AC, '--lang', 'en', path]);
      expect(run.code, path).toBe(2);
      expect(run.stderr).toMatch(/(line|row) 5/);
      expect(run.stderr).toContain('kW');
    }
  });
});
