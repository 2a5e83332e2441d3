/**
 * `--keep <field>` with JSON records (NDJSON, a JSON array), which have no
 * header: a record without the field is graded and written at once with no
 * `kept` (as a CSV row with an empty kept cell), an empty input ends as it
 * would without `--keep`, and a field no record had is told once at the end.
 */
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { resultSchemaErrors, useCli } from './cli-harness';

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';
const record = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62, ...extra });
const GRADE = ['grade', '-r', AC, '-f', 'ndjson', '--detail', 'grade', '--no-progress'];

const results = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GradeResult);

describe('--keep with JSON records', () => {
  it('a record without the field is graded, with no kept; one with it keeps it; no notice', async () => {
    const input = `${record()}\n${record({ sampleId: 'S-2' })}\n${record({ sampleId: '' })}\n`;
    const full = ['grade', '-r', AC, '-f', 'ndjson', '--no-progress'];
    const run = await cli.run([...full, '--keep', 'sampleId', '-'], { input });
    expect(run.code, run.stderr).toBe(0);
    const out = results(run.stdout);
    expect(out.map((r) => [r.row, r.grade, r.kept])).toEqual([
      [1, '2', undefined],
      [2, '2', { sampleId: 'S-2' }],
      [3, '2', undefined],
    ]);
    for (const r of out) expect(resultSchemaErrors(r)).toEqual([]);
    expect(run.stderr).not.toContain('no record had');
  });

  it('no record has the field: every record is written, and one notice at the end names the closest key', async () => {
    const input = `${record({ sampleID: 'a' })}\n${record({ sampleID: 'b' })}\n`;
    const run = await cli.run([...GRADE, '--keep', 'sampleId', '-'], { input });
    expect(run.code, run.stderr).toBe(0);
    expect(results(run.stdout).map((r) => [r.row, r.kept])).toEqual([
      [1, undefined],
      [2, undefined],
    ]);
    const notice =
      '--keep sampleId: no record had a value for "sampleId", so no result has it in "kept"; did you mean "sampleID"?';
    expect(run.stderr.split('\n').filter((l) => l.includes('no record had'))).toEqual([notice]);
    // At the end: after the records were read, before the summary.
    expect(run.stderr.indexOf(notice)).toBeLessThan(run.stderr.indexOf('2 records'));
  });

  it('the notice in Chinese', async () => {
    const run = await cli.run(['--lang', 'zh', ...GRADE, '--keep', '样品编号', '-i', 'ndjson', '-'], {
      input: `${record()}\n`,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('--keep 样品编号：没有一条记录有“样品编号”的值，结果的 kept 中没有它');
  });

  it('a JSON array: the same, and the records keep their order', async () => {
    const input = JSON.stringify([{ ...JSON.parse(record()), model: 'A' }, JSON.parse(record())]);
    const run = await cli.run([...GRADE, '--keep', 'modell', '-i', 'json', '-'], { input });
    expect(run.code, run.stderr).toBe(0);
    expect(results(run.stdout).map((r) => [r.row, r.grade, r.kept])).toEqual([
      [1, '2', undefined],
      [2, '2', undefined],
    ]);
    expect(run.stderr).toContain('did you mean "model"?');
  });

  it.each([
    ['-i', 'ndjson'],
    ['-i', 'csv'],
    ['--no-summary', '--no-progress'],
  ])(
    'an empty input with --keep %s %s ends as it does without --keep (exit 2, hostile-37 M1)',
    async (...extra) => {
      const without = await cli.run([...GRADE, '--no-keep', ...extra, '-'], { input: '' });
      const withKeep = await cli.run([...GRADE, '--keep', 'sampleId', ...extra, '-'], { input: '' });
      expect(without.code).toBe(2);
      expect([withKeep.code, withKeep.stdout]).toEqual([without.code, without.stdout]);
      expect(withKeep.stderr).toBe(without.stderr);
    },
  );

  it('--keep naming an indicator keeps its value as text beside its grading (committee-27 M5)', async () => {
    const run = await cli.run([...GRADE, '--keep', 'apf', '-i', 'ndjson', '-'], { input: `${record()}\n` });
    expect(run.code, run.stderr).toBe(0);
    expect(results(run.stdout).map((r) => [r.grade, r.kept])).toEqual([['2', { apf: '4.62' }]]);
  });

  it('CSV: --keep naming a column the header reads as an indicator keeps its cell as written (5.00, not 5)', async () => {
    const input =
      '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF\nK1,heat-pump,3500,5.00\nK2,热泵型,3500,4.620\n';
    const run = await cli.run(
      [...GRADE, '--keep', '型号', '--keep', '全年能源消耗效率 APF', '--keep', '机组类型', '-i', 'csv', '-'],
      { input },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('has no column');
    const out = results(run.stdout);
    expect(out.map((r) => r.kept)).toEqual([
      { 型号: 'K1', '全年能源消耗效率 APF': '5.00', 机组类型: 'heat-pump' },
      { 型号: 'K2', '全年能源消耗效率 APF': '4.620', 机组类型: '热泵型' },
    ]);
    // Graded as without --keep: the kept text changes no value.
    const without = await cli.run([...GRADE, '--keep', '型号', '-i', 'csv', '-'], { input });
    expect(out.map((r) => r.grade)).toEqual(results(without.stdout).map((r) => r.grade));
  });

  it('CSV: --keep of a column nobody has is still a usage error', async () => {
    const input = '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF\nK1,heat-pump,3500,4.62\n';
    const run = await cli.run([...GRADE, '--keep', '类别', '-i', 'csv', '-'], { input });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('has no column');
  });

  it('CSV: a named column the header has is kept however many rows leave it empty (no look for a value)', async () => {
    const rows = Array.from({ length: 1200 }, () => ',heat-pump,3500,4.62');
    const input = `model,unitType,ratedCoolingCapacity,apf\n${rows.join('\n')}\nLAST,heat-pump,3500,4.62\n`;
    const run = await cli.run([...GRADE, '--keep', 'model', '--no-summary', '-'], { input });
    expect(run.code, run.stderr).toBe(0);
    const out = results(run.stdout);
    expect(out).toHaveLength(1201);
    expect(out[0]!.kept).toBeUndefined();
    expect(out[1200]!.kept).toEqual({ model: 'LAST' });
  });

  it('CSV still checks a named column against its header', async () => {
    const input = 'model,unitType,ratedCoolingCapacity,apf\nA,heat-pump,3500,4.62\n';
    const run = await cli.run([...GRADE, '--keep', 'modell', '-'], { input });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('has no column "modell"; did you mean "model"?');
  });
});
