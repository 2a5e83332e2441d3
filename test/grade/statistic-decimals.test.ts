/**
 * hostile-17 F15: a statistic's `decimals` did not hold for a tiny value. A
 * lot whose CV is 5.77e-12 % (three strengths of about 1e15 MPa) showed
 * `5.77169819030743e-12` with `decimals: 1` — in the CSV column, the table
 * and the explanation — where the CV of identical strengths showed `0.0`.
 * Nor does a huge value take an exponent.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, type GroupResult, parseRuleSet } from '../../src/index';
import { useCli } from '../cli/cli-harness';
import { tempDir } from '../temp-dir';

const path = new URL('../fixtures/group/lot.yaml', import.meta.url);
const text = readFileSync(path, 'utf8');
const grader = createGrader(parseRuleSet(text, { filename: 'lot.yaml' }));
const strengths = (...values: number[]) => values.map((strength) => ({ strength }));
const stat = (r: GroupResult, id: string) => r.statistics.find((s) => s.id === id)!;
const TINY = [1e15, 1e15, 1.0000000000001e15];
/** A statistic's sentence without the records it names (their values are shown as given). */
const figures = (message: string) => message.split('; lowest')[0]!;

describe('a statistic is shown at its decimals, whatever its size', () => {
  it('a tiny CV reads 0.0 at one decimal, in its line and in the requirements on it', () => {
    const r = grader.gradeGroup(strengths(...TINY));
    const cv = stat(r, 'cv');
    expect(cv.value).toBeGreaterThan(0);
    expect(cv.value).toBeLessThan(1e-11);
    expect(cv.message.en).toMatch(
      /^Coefficient of variation of strength: 0\.0 % \(over 3 values, mean 1000000000000030\.00 MPa/,
    );
    expect(cv.message.zh).toMatch(/：0\.0 %（共 3 个值/);
    const lines = r.criteria.filter((c) => c.id.startsWith('cv-')).map((c) => c.message.en);
    expect(lines).toEqual([
      expect.stringMatching(/ 0\.0 %, required ≤ 4\.0: met/),
      expect.stringMatching(/ 0\.0 %, required ≤ 3\.0: met/),
    ]);
    for (const s of r.statistics) expect(figures(s.message.en)).not.toMatch(/\de[+-]\d/);
  });

  it('a huge mean is written with an exponent from 1e21 on, as a record value is (not 22+ digits)', () => {
    const r = grader.gradeGroup(strengths(0, 3e21));
    expect(stat(r, 'mean').message.en).toMatch(/: 1\.5e\+21 MPa/);
    expect(stat(r, 'high').message.en).toMatch(/: 3e\+21 MPa/);
    expect(stat(r, 'cv').message.en).toMatch(
      /: 141\.4 % \(over 2 values, mean 1\.5e\+21 MPa, s 2\.12132034355964e\+21 MPa\)/,
    );
    // The result keeps the exact figure; only the text is short.
    expect(stat(r, 'mean').value).toBe(1.5e21);
  });

  it('against a limit of 0, a tiny value is not shown as 0.0: every digit, still without an exponent', () => {
    const zero = text.replace(
      '    - { id: rate-superior',
      '    - { id: cv-none, statistic: cv, require: "≤ 0", grade: superior }\n    - { id: rate-superior',
    );
    const r = createGrader(parseRuleSet(zero, { filename: 'lot.yaml' })).gradeGroup(strengths(...TINY));
    const line = r.criteria.find((c) => c.id === 'cv-none')!;
    expect(line.passed).toBe(false);
    // 100 · s / mean of 1e15, 1e15, 1e15 + 100 is 5.7735026918960652e-12 (exact sums; the floating-point ones gave 5.7716…).
    expect(line.message.en).toContain(' 0.00000000000577350269189607 %, required ≤ 0: not met');
  });

  it('qgrade grade --group-by writes 0.0 in the CSV column and the table', async () => {
    const dir = tempDir('statistic-decimals');
    const rules = join(dir, 'lot.yaml');
    const data = join(dir, 'lots.csv');
    writeFileSync(rules, text);
    writeFileSync(data, `lot,strength\n${TINY.map((v) => `A,${v}`).join('\n')}\nB,50\nB,50\nB,50\n`);
    const cli = useCli();
    const csv = await cli.run(['grade', '-r', rules, '--group-by', 'lot', '-f', 'csv', data]);
    const [header, a, b] = csv.stdout.trim().split('\n');
    const cvColumn = header!.split(',').indexOf('cv');
    expect(a!.split(',')[cvColumn]).toBe('0.0');
    expect(b!.split(',')[cvColumn]).toBe('0.0');
    const table = await cli.run(['grade', '-r', rules, '--group-by', 'lot', data]);
    expect(table.stdout).toContain('Coefficient of variation of strength 0.0 %, required ≤ 3.0: met');
    expect(table.stdout).not.toMatch(/\de-\d/);
    expect(table.stdout).not.toContain('5.77');
  });
});
