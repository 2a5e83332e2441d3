/**
 * stdin without `-i`: the first line decides the format. A stream of JSON
 * records whose first line is not an object is read as CSV with that line as
 * its header; a notice on stderr says so and names `-i ndjson`, and with
 * `-i ndjson` every line is answered in its place. CSV on stdin is unchanged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { ROOT, useCli } from './cli-harness';

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';
const GRADE = ['grade', '-r', AC, '-f', 'ndjson', '--detail', 'grade', '--no-progress', '--no-summary'];
const record = (sampleId: string) =>
  JSON.stringify({ sampleId, unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 });
const NOTICE =
  'stdin was read as CSV: no -i was given and its first line does not start with "{", and that line, read as the header, gives no column the rule set reads. If stdin is JSON records, one per line, give -i ndjson (a stream should always name its format)';

describe('stdin whose format is guessed from a first line that is not a JSON object', () => {
  it.each(['garbage', '"a string"', '42', 'null'])(
    'first line %s, then records: a notice names -i ndjson; with -i ndjson every line is answered in place',
    async (first) => {
      const input = `${first}\n${record('S1')}\n${record('S2')}\n`;
      const guessed = await cli.run([...GRADE, '--no-keep', '-'], { input });
      expect(guessed.stderr.split('\n')).toContain(NOTICE);
      const named = await cli.run([...GRADE, '--keep', 'sampleId', '-i', 'ndjson', '-'], { input });
      expect(named.stderr).not.toContain('stdin was read as');
      const rows = named.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as GradeResult);
      expect(rows.map((r) => [r.row, r.kept?.sampleId])).toEqual([
        [1, undefined],
        [2, 'S1'],
        [3, 'S2'],
      ]);
    },
  );

  it('with --keep, the notice comes before the usage error about the column', async () => {
    const input = `"a string"\n${record('S1')}\n`;
    const run = await cli.run([...GRADE, '--keep', 'sampleId', '-'], { input });
    expect(run.code).toBe(2);
    // The line that names the defaults in force (airCooled, …: no column gives them) is not about stdin.
    const lines = run.stderr
      .trim()
      .split('\n')
      .filter((l) => !l.includes('no column gives'));
    expect(lines[0]).toBe(NOTICE);
    expect(lines[1]).toMatch(/^qgrade: --keep sampleId: the input has no column "sampleId"/);
  });

  it('in Chinese', async () => {
    const run = await cli.run(['--lang', 'zh', ...GRADE, '--no-keep', '-'], {
      input: `x\n${record('S1')}\n`,
    });
    expect(run.stderr).toContain('标准输入按 CSV 读取：没有给出 -i，且第一行不以“{”开头');
    expect(run.stderr).toContain('请给出 -i ndjson');
  });

  it('CSV on stdin whose header gives the fields, a named -i, or a file: no notice', async () => {
    const csv = 'model,unitType,ratedCoolingCapacity,apf\nA,heat-pump,3500,4.62\n';
    const piped = await cli.run([...GRADE, '--no-keep', '-'], { input: csv });
    // Only the line naming the defaults in force (no column gives airCooled, …), which any table input gets.
    expect(piped.code).toBe(0);
    expect(piped.stderr).toMatch(/^stdin: no column gives airCooled \(Air-cooled\), [^\n]+\n$/u);
    const bad = 'x\nA\n';
    const namedCsv = await cli.run([...GRADE, '--no-keep', '-i', 'csv', '-'], { input: bad });
    expect(namedCsv.stderr).not.toContain('stdin was read as');
    const zhCsv = readFileSync(join(ROOT, 'examples/air-conditioners-zh.csv'), 'utf8');
    const labelled = await cli.run([...GRADE, '--no-keep', '-'], { input: zhCsv });
    expect(labelled.stderr).not.toContain('stdin was read as');
  });
});
