/**
 * fix-bound40 through the CLI: the boundary cases of test/grade/bound-scope-required-cases.ts as CSV cells, graded by
 * `qgrade grade -f ndjson` as gradeSync grades them (a bound on a fact a scope item's `when` or a `requiredWhen`
 * reads), the refusal's message the same, and the same through `--workers 2`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, CASES, outcome, SCOPE_REQUIRED } from '../grade/bound-scope-required-cases';
import { useCli, useTempDir } from './cli-harness';
import { csvRowsGraded } from './csv-rows-graded';

const cli = useCli();
const temp = useTempDir();

interface Result {
  kept: { id: string };
  grade: string | null;
  notGradedReason?: { code: string } | null;
  errors?: { field: string; code: string; message: { zh: string; en: string } }[];
}

const COLUMNS = [...Object.keys(BASE), 'efficiency', 'noise', 'report'];
const HEADER = `id,${COLUMNS.join(',')}`;
// efficiency, noise and report left empty: required only where a requiredWhen holds.
const CELLS = Object.fromEntries(COLUMNS.map((k) => [k, k in BASE ? String(BASE[k]) : '']));
const { row, graded } = csvRowsGraded<Result>(cli, temp, SCOPE_REQUIRED, HEADER, CELLS);
const id = (field: string, cell: string) => `${field} ${cell}`;

describe('a bound read by a scope item’s `when` or a `requiredWhen` (CSV)', () => {
  it('each boundary case comes out as gradeSync gives it', async () => {
    const results = await graded([
      row('base', {}),
      ...CASES.map(([field, cell]) => row(id(field, cell), { [field]: cell })),
    ]);
    expect(outcome(results.get('base')!)).toBe('pass');
    expect(CASES.map(([field, cell]) => [field, cell, outcome(results.get(id(field, cell))!)])).toEqual(
      CASES.map(([field, cell, want]) => [field, cell, want]),
    );
  });

  it('the refusal names the clause and the cell, and the reason for "missing" shows the bound as written (en, zh)', async () => {
    const results = await graded([
      row('across', { load: '≤7100' }),
      row('required', { load: '<7100' }),
      row('given', { load: '≤7100', noise: '40' }),
    ]);
    expect(results.get('across')!.errors).toEqual([
      {
        field: 'load',
        code: 'wrong-type',
        message: {
          zh: '额定负荷应为数值：“≤7100”是界限而非测得值，实测值在 (0, 7100] 内；该指标还决定噪声（noise）是否须给出，区间内的值对此判定不同：请填写实测值（第 2 行第 4 列）',
          en: 'load (Rated load) must be a number: "≤7100" is a bound, not a measured value (it lies in (0, 7100]); it decides whether noise (Noise) must be given, which values in that span decide differently: write the measured value (line 2, column 4)',
        },
      },
    ]);
    expect(results.get('required')!.errors?.[0]?.message.en).toContain(
      'it is required for this record by its condition (Rated load < 7100), as load (Rated load) is <7100',
    );
    expect(outcome(results.get('given')!)).toBe('pass');
  });

  it('--workers 2 gives the same output as one thread', async () => {
    const path = join(temp(), 'workers.csv');
    const lines = CASES.map(([field, cell]) => row(id(field, cell), { [field]: cell }));
    writeFileSync(path, `${[HEADER, ...lines].join('\n')}\n`);
    const one = await cli.run(['grade', '-r', SCOPE_REQUIRED, '-f', 'ndjson', path]);
    const two = await cli.run(['grade', '-r', SCOPE_REQUIRED, '-f', 'ndjson', '--workers', '2', path]);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split('\n')).toHaveLength(CASES.length);
  });
});
