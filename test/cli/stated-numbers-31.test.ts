/**
 * hostile-31 W7: a remark giving a number for an indicator that takes its default (`氮 0.015` on a rebar with no
 * nitrogen column, default 0) makes the record invalid, naming the cell and telling to write the value in the
 * indicator's column, where it was graded against the default its own row contradicts. Invalid, not read: a
 * remark's figure may be in another unit (`氮 150ppm`). The default's own figure, a limit and a kept column are let be.
 */
import { describe, expect, it } from 'vitest';
import { CONFORMING_BAR, REBAR_LABELS } from '../rebar-row';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const files = inputFiles(temp);
const RULES = 'steel/hot-rolled-ribbed-bar';

// The conforming bar without its nitrogen column.
const AT = REBAR_LABELS.indexOf('氮 N');
const LABELS = REBAR_LABELS.filter((_, i) => i !== AT);
const BAR = CONFORMING_BAR.filter((_, i) => i !== AT);

const REFUSED: [cell: string, field: string][] = [
  ['氮 0.015', 'nitrogen'],
  ['N=0.015%', 'nitrogen'],
  ['含氮量0.015%', 'nitrogen'],
  ['[N]=0.015', 'nitrogen'],
  ['Nitrogen 0.015%', 'nitrogen'],
  ['氮 150ppm', 'nitrogen'],
  ['N：0.015', 'nitrogen'],
  ['V 0.12', 'vanadium'],
];
const GRADED = ['氮 0', '氮≤0.012', 'N<0.012', '氮未检', '钒氮合金化', 'N 2', '外观良好'];

type Line = { grade: string | null; errors?: { field: string; message: { zh: string; en: string } }[] };
const parse = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);

describe.concurrent('rebar: a remark giving a defaulted number (hostile-31 W7)', () => {
  const cells = [...REFUSED.map(([c]) => c), ...GRADED];
  const expected = [...REFUSED.map(() => null), ...GRADED.map(() => 'conforming')];

  it('CSV: each refused naming the line, the cell and the indicator column to write; the others graded', async () => {
    const csv = files.csv(
      ['批号', ...LABELS, '备注'].join(','),
      ...cells.map((c, i) => [`B${i + 1}`, ...BAR, `"${c}"`].join(',')),
    );
    const run = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', csv]);
    expect(run.code).toBe(1);
    const lines = parse(run.stdout);
    expect(lines.map((l) => l.grade)).toEqual(expected);
    expect(lines.slice(0, REFUSED.length).map((l) => l.errors?.map((e) => e.field))).toEqual(
      REFUSED.map(([, field]) => [field]),
    );
    expect(lines[0]!.errors![0]!.message.en).toBe(
      'record 1 (line 2): column "备注" holds "氮 0.015", which gives nitrogen = 0.015, but the column is not read as it: the record would be graded with its default 0. Write the value in a column headed "氮 N" (or nitrogen), in %; if it says something else, keep it with --keep 备注',
    );
    expect(lines[5]!.errors![0]!.message.zh).toContain('“备注”列是“氮 150ppm”，即 nitrogen = 150 ppm');
    expect(lines[5]!.errors![0]!.message.zh).toContain('请把该数值写在“氮 N”列（或 nitrogen）中，单位为 %');
  });

  it('.xlsx and NDJSON alike; --keep 备注 grades them all', async () => {
    const xlsx = await files.xlsx(
      ['批号', ...LABELS, '备注'],
      ...cells.map((c, i) => [`B${i + 1}`, ...BAR, c]),
    );
    const fromXlsx = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', xlsx]);
    expect(parse(fromXlsx.stdout).map((l) => l.grade)).toEqual(expected);
    const kept = await cli.run([
      'grade',
      '-r',
      RULES,
      '-f',
      'ndjson',
      '--keep',
      '批号',
      '--keep',
      '备注',
      xlsx,
    ]);
    expect(parse(kept.stdout).map((l) => l.grade)).toEqual(cells.map(() => 'conforming'));
    const ndjson = files.ndjson(
      ...cells.map((c, i) => ({
        id: `B${i + 1}`,
        designation: 'HRB400',
        diameter: 20,
        yieldStrength: 455,
        tensileStrength: 600,
        elongation: 22,
        maxForceElongation: 11,
        carbon: 0.21,
        silicon: 0.45,
        manganese: 1.35,
        phosphorus: 0.025,
        sulfur: 0.02,
        massDeviation: -1.5,
        bendTest: true,
        备注: c,
      })),
    );
    const fromJson = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', ndjson]);
    expect(parse(fromJson.stdout).map((l) => l.grade)).toEqual(expected);
  });
});
