/**
 * A negative value typeset with U+2212 MINUS SIGN and a GB/T 8170 rounding mark (committee-35 M2): `−6.05(+)` is
 * read as `-6.05(+)` is, the mark on the magnitude, in a CSV cell, an .xlsx text cell and a JSON string, and
 * `qgrade round` reads `−5.55` as a cell does. Bundled rebar (GB/T 1499.2-2018), d 12: mass deviation ≥ −6.0 %,
 * rounded to 0.1 (the limit's digits). −6.05(+) lies beyond −6.05 and rounds to −6.1 (fails); −6.05(−) lies inside
 * and rounds to −6.0 (meets); −6.0⁻ is −(6.0(−)), above −6.0 (meets); −6.1(−) rounds to −6.1 (fails).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const REBAR = 'steel/hot-rolled-ribbed-bar';
const HEADER =
  'designation,diameter,yieldStrength,tensileStrength,elongation,maxForceElongation,carbon,silicon,manganese,phosphorus,sulfur,massDeviation,bendTest';
const CELLS = ['HRB400', '12', '455', '600', '22', '11', '0.21', '0.45', '1.35', '0.025', '0.02'];
const row = (mass: string) => [...CELLS, mass, 'true'];

// Each value with the verdict GB/T 8170 gives it against ≥ −6.0 at 0.1.
const VALUES: [string, string | null][] = [
  ['−6.05(+)', null],
  ['−6.05(−)', 'conforming'],
  ['−6.05(-)', 'conforming'],
  ['−6.0⁻', 'conforming'],
  ['−6.1(-)', null],
  ['−6.05', 'conforming'], // half to even: 6.0
];
// The same values with an ASCII hyphen-minus, which were read before.
const ascii = (v: string) => v.replace(/^\u2212/u, '-');

interface Result {
  grade: string | null;
  notGradedReason?: { code: string };
  errors?: unknown[];
}

async function graded(path: string): Promise<Result[]> {
  const run = await cli.run(['grade', '-r', REBAR, '-f', 'ndjson', path]);
  return run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Result);
}

const verdicts = (results: Result[]) => results.map((r) => [r.grade, r.notGradedReason?.code ?? null]);
const expected = VALUES.map(([, grade]) => [grade, grade === null ? 'below-lowest-grade' : null]);

describe.concurrent('a U+2212 minus with a rounding mark (committee-35 M2)', () => {
  it('a CSV cell reads −6.05(+) as -6.05(+): graded, the mark on the magnitude', async () => {
    const path = join(temp(), 'minus.csv');
    const lines = [
      HEADER,
      ...VALUES.map(([v]) => row(v).join(',')),
      ...VALUES.map(([v]) => row(ascii(v)).join(',')),
    ];
    writeFileSync(path, `${lines.join('\n')}\n`);
    const got = await graded(path);
    expect(verdicts(got)).toEqual([...expected, ...expected]);
    expect(got.every((r) => r.errors === undefined)).toBe(true);
  });

  it('an .xlsx text cell reads them alike', async () => {
    const path = join(temp(), 'minus.xlsx');
    writeFileSync(
      path,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('Sheet1');
        ws.addRow(HEADER.split(','));
        for (const [v] of VALUES) ws.addRow(row(v));
      }),
    );
    expect(verdicts(await graded(path))).toEqual(expected);
  });

  it('a JSON string reads the marked ones; a plain "−6.05" is told to drop the quotes and write -6.05', async () => {
    const path = join(temp(), 'minus.json');
    const keys = HEADER.split(',');
    const records = VALUES.map(([v]) => {
      const cells = row(v);
      return Object.fromEntries(
        keys.map((k, i) => [
          k,
          k === 'massDeviation' || k === 'designation'
            ? cells[i]
            : k === 'bendTest'
              ? true
              : Number(cells[i]),
        ]),
      );
    });
    writeFileSync(path, JSON.stringify(records));
    const got = await graded(path);
    expect(verdicts(got.slice(0, -1))).toEqual(expected.slice(0, -1));
    expect(JSON.stringify(got.at(-1)!.errors)).toContain('remove the quotes and write -6.05');
  });

  it('round reads a leading U+2212 as a cell does, mark or none', async () => {
    expect(await cli.run(['round', '--', '−5.55', '0.1'])).toMatchObject({ code: 0, stdout: '-5.6\n' });
    expect((await cli.run(['round', '--', '−5.45', '0.1'])).stdout).toBe('-5.4\n');
    expect((await cli.run(['round', '--', '−5.55(+)', '0.1'])).stdout).toBe('-5.6\n');
    expect((await cli.run(['round', '--', '−5.55(−)', '0.1'])).stdout).toBe('-5.5\n');
    // Only the leading sign: a U+2212 inside a numeral is still refused.
    expect((await cli.run(['round', '--', '5−5', '0.1'])).code).toBe(2);
  });
});
