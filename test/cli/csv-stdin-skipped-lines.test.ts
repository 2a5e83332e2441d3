/**
 * What docs/scale-out.md says of CSV on stdin (hostile-24 H1): it is not a line-for-line protocol — a line
 * not counted as a record (a summary row, a repeated header) gets no answer, and the summary on stderr names
 * it — while NDJSON answers every line, a blank one included.
 */
import { describe, expect, it } from 'vitest';
import { useCli } from './cli-harness';

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';
const ARGS = ['grade', '-r', AC, '--keep', 'sampleId', '--no-progress', '-f', 'ndjson', '--detail', 'grade'];

describe('CSV on stdin: lines that are not records get no answer; NDJSON answers every line', () => {
  it('CSV: 合计 and a repeated header are skipped, answers paired by kept, the lines named on stderr', async () => {
    const input = [
      'sampleId,unitType,ratedCoolingCapacity,apf',
      'S1,heat-pump,3500,5.1',
      '合计,2',
      'sampleId,unitType,ratedCoolingCapacity,apf',
      'S2,heat-pump,3500,4.6',
      '平均,heat-pump,3500,4.85',
    ].join('\n');
    const run = await cli.run([...ARGS, '-i', 'csv', '-', '--lang', 'en'], { input: `${input}\n` });
    const answers = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { row: number; kept?: { sampleId: string } });
    expect(answers.map((a) => a.kept?.sampleId)).toEqual(['S1', 'S2']);
    // One reason per line: the header repeat listed, the summaries only in their clause (developer-27 M3).
    expect(run.stderr).toContain(
      'line 4; line 4 repeats the header; summary rows, skipped whatever their values: lines 3 "合计", 6 "平均"',
    );
  });

  it('NDJSON: one answer per line, a blank line included', async () => {
    const input = [
      '{"sampleId":"S1","unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":5.1}',
      '',
      '{"sampleId":"合计","unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.85}',
    ].join('\n');
    const run = await cli.run([...ARGS, '-i', 'ndjson', '-'], { input: `${input}\n` });
    expect(run.stdout.trim().split('\n')).toHaveLength(3);
  });
});
