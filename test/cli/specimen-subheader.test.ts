/**
 * The usual impact-test layout: 冲击吸收能量 KV2(J) merged across three columns, the specimens numbered 1, 2, 3 in
 * the row under it, every other heading merged down over both rows (hostile-19 F10). Read as one header row, the
 * numbers were a phantom invalid record (.xlsx) or the sample was refused with one specimen value (CSV).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { numbersSpecimens } from '../../src/input/specimen-numbers';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const RULES = 'steel/low-alloy-structural-steel';

const HEADER = [
  '试样',
  '牌号（交货状态）',
  '公称厚度(mm)',
  '上屈服强度(MPa)',
  '抗拉强度(MPa)',
  '冲击试验温度(℃)',
];
const CHEMISTRY = ['碳C(%)', '锰(%)', '磷(%)', '硫(%)'];
const UPPER = [...HEADER, '冲击吸收能量 KV2(J)', '', '', ...CHEMISTRY];
const NUMBERS = [...HEADER.map(() => ''), '1', '2', '3', ...CHEMISTRY.map(() => '')];
// P-1 meets grade D (−20 °C, 62/58/71 J); P-2 has two single values below 34 J and one below 23.8 J: not graded.
const SAMPLES = [
  ['P-1', 'Q355', 20, 382, 528, -20, 62, 58, 71, 0.16, 1.38, 0.018, 0.009],
  ['P-2', 'Q355', 20, 382, 528, -20, 62, 18, 17, 0.16, 1.38, 0.018, 0.009],
];

async function graded(path: string) {
  const run = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', path]);
  const results = run.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as GradeResult);
  return { ...run, results };
}

/** What the same samples grade as from JSON, where the three values are a list. */
async function fromJson(): Promise<GradeResult[]> {
  const path = join(temp(), 'la.ndjson');
  const keys = ['designation', 'thickness', 'yieldStrength', 'tensileStrength', 'impactTemperature'];
  const lines = SAMPLES.map((s) => {
    const record: Record<string, unknown> = { 试样: s[0] };
    keys.forEach((k, i) => {
      record[k] = s[i + 1];
    });
    record.impactEnergy = s.slice(6, 9);
    ['carbon', 'manganese', 'phosphorus', 'sulfur'].forEach((k, i) => {
      record[k] = s[9 + i];
    });
    return JSON.stringify(record);
  });
  writeFileSync(path, `${lines.join('\n')}\n`);
  return (await graded(path)).results;
}

const shape = (results: GradeResult[]) =>
  results.map((r) => [r.row, r.kept?.试样, r.grade, r.notGradedReason?.code ?? null]);

describe('specimens numbered under an indicator heading merged across their columns', () => {
  it('CSV and .xlsx read the two rows as one header: two records, graded as from JSON', async () => {
    const expected = shape(await fromJson());
    expect(expected).toEqual([
      [1, 'P-1', 'D', null],
      [2, 'P-2', null, 'below-lowest-grade'],
    ]);
    const csv = join(temp(), 'la.csv');
    writeFileSync(csv, `${[UPPER, NUMBERS, ...SAMPLES].map((r) => r.join(',')).join('\n')}\n`);
    const xlsx = join(temp(), 'la.xlsx');
    writeFileSync(
      xlsx,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('数据');
        ws.addRow(UPPER.map((c) => (c === '' ? null : c)));
        ws.addRow(NUMBERS.map((c) => (c === '' ? null : Number(c))));
        for (const s of SAMPLES) ws.addRow(s);
        ws.mergeCells('G1:I1');
        for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'J', 'K', 'L', 'M']) ws.mergeCells(`${c}1:${c}2`);
      }),
    );
    for (const path of [csv, xlsx]) {
      const run = await graded(path);
      expect(shape(run.results), path).toEqual(expected);
      expect(run.stderr).toContain('2 records: 1 graded, 1 not graded, 0 invalid');
    }
  });

  it('.xlsx typed by hand, nothing merged (the heading in its first cell, the cells after it empty): every specimen read (committee-29 W1)', async () => {
    const expected = shape(await fromJson());
    // The numbers as numbers and as text, as Excel and WPS may store them.
    for (const numbers of ['number', 'text'] as const) {
      const xlsx = join(temp(), `unmerged-${numbers}.xlsx`);
      writeFileSync(
        xlsx,
        await exceljsWorkbook((wb) => {
          const ws = wb.addWorksheet('数据');
          ws.addRow(UPPER.map((c) => (c === '' ? null : c)));
          ws.addRow(NUMBERS.map((c) => (c === '' ? null : numbers === 'number' ? Number(c) : c)));
          for (const s of SAMPLES) ws.addRow(s);
        }),
      );
      const run = await graded(xlsx);
      // P-2 is not graded on its 2nd and 3rd specimens (18 J, 17 J): read as one column, it passed on 62 J.
      expect(shape(run.results), numbers).toEqual(expected);
      expect(run.stderr).toContain('2 records: 1 graded, 1 not graded, 0 invalid');
    }
  });

  it('a line with anything besides the numbers is not a header line: it is read as a record', async () => {
    const csv = join(temp(), 'not-header.csv');
    const row = ['X-0', ...NUMBERS.slice(1)];
    writeFileSync(csv, `${[UPPER, row, ...SAMPLES].map((r) => r.join(',')).join('\n')}\n`);
    const run = await graded(csv);
    expect(run.results).toHaveLength(3);
    expect(run.results[0]!.kept?.试样).toBe('X-0');
  });

  it('numbersSpecimens: 1, 2, 3 in order from 1, as labs write them; measured values are not', () => {
    expect(numbersSpecimens(['1', '2', '3'])).toBe(true);
    expect(numbersSpecimens(['#1', '#2'])).toBe(true);
    expect(numbersSpecimens(['试样1', '试样2', '试样3'])).toBe(true);
    expect(numbersSpecimens(['No.1', 'No. 2'])).toBe(true);
    expect(numbersSpecimens(['第1个', '第2个'])).toBe(true);
    expect(numbersSpecimens(['1'])).toBe(false);
    expect(numbersSpecimens(['1', '3'])).toBe(false);
    expect(numbersSpecimens(['2', '3', '4'])).toBe(false);
    expect(numbersSpecimens(['62', '58', '71'])).toBe(false);
    expect(numbersSpecimens(['1', '2', ''])).toBe(false);
  });
});
