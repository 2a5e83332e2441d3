/**
 * Hostile-37 M4: a NUL in a kept cell (the sample id `S3\0`) was written U+FFFD in CSV output without a word, where
 * a NUL inside a number is refused. Its row is now an error row naming the row and the column; the other rows are
 * graded. GB 21455-2019 (CC ≤ 4500 W): APF 4.62 is grade 2 (≥ 4.50, below 5.00).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const CSV =
  'sampleId,unitType,ratedCoolingCapacity,apf\nS1,heat-pump,3500,4.62\nS3\0,heat-pump,3500,4.62\nS4,heat-pump,3500,4.62\n';

function file(name: string, content: string | Uint8Array): string {
  const path = join(temp(), name);
  writeFileSync(path, content);
  return path;
}

const grade = (path: string, lang = 'en_US.UTF-8', extra: string[] = []) =>
  cli.run(['grade', '-r', AC, '-f', 'csv', '--no-summary', ...extra, path], { env: { LANG: lang } });
const lines = (stdout: string) => stdout.trim().split('\n').slice(1);

describe.concurrent('a NUL in a kept cell (hostile-37 M4)', () => {
  it('CSV: the row is an error row naming its line and column, zh and en; the others graded', async () => {
    const path = file('nul.csv', CSV);
    const run = await grade(path);
    expect(run.code).toBe(1);
    const [s1, s3, s4] = lines(run.stdout);
    expect(s1).toMatch(/^1,S1,2,/);
    expect(s3).toContain('invalid-record');
    expect(s3).toContain(
      'line 3, column ""sampleId"" holds the character U+0000 (NUL), which no text holds: the file may be damaged or not text in its encoding; remove it and grade again',
    );
    expect(s4).toMatch(/^3,S4,2,/);
    const zh = await grade(path, 'zh_CN.UTF-8');
    expect(zh.stdout).toContain('第 3 行“sampleId”列含字符 U+0000（NUL），文本中不会有它');
    expect((await grade(path, 'en_US.UTF-8', ['--workers', '2'])).stdout).toBe(run.stdout);
  });

  it('a --keep column too; JSON output keeps the value as given (\\u0000)', async () => {
    const path = file(
      'keep.csv',
      'sampleId,note,unitType,ratedCoolingCapacity,apf\nS1,a\0b,heat-pump,3500,4.62\n',
    );
    const keep = ['--keep', 'sampleId', '--keep', 'note'];
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', ...keep, path]);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout.trim());
    expect(result.kept).toEqual({ sampleId: 'S1', note: 'a\u0000b' });
    expect(result.errors[0].message.en).toContain('line 2, column "note" holds the character U+0000 (NUL)');
  });

  it(".xlsx: an id written _x0000_ (OOXML's escape) names its sheet row", async () => {
    const t = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const row = (r: number, id: string) =>
      `<row r="${r}">${t(`A${r}`, id)}${t(`B${r}`, 'heat-pump')}<c r="C${r}"><v>3500</v></c><c r="D${r}"><v>4.62</v></c></row>`;
    const body = `<sheetData><row r="1">${t('A1', 'sampleId')}${t('B1', 'unitType')}${t('C1', 'ratedCoolingCapacity')}${t('D1', 'apf')}</row>${row(2, 'S1')}${row(3, 'S3_x0000_')}</sheetData>`;
    const path = file('nul.xlsx', rawWorkbook({ sheets: [{ name: 'S', body }] }));
    const run = await grade(path);
    expect(run.code).toBe(1);
    const [s1, s3] = lines(run.stdout);
    expect(s1).toMatch(/^1,S1,2,/);
    expect(s3).toContain('sheet row 3, column ""sampleId"" holds the character U+0000 (NUL)');
  });

  it("NDJSON: the record's number and field", async () => {
    const rec = (id: string) =>
      JSON.stringify({ sampleId: id, unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 });
    const path = file('nul.ndjson', `${rec('S1')}\n${rec('S2\u0000')}\n`);
    const run = await grade(path);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)[1]).toContain('record 2, field ""sampleId"" holds the character U+0000 (NUL)');
  });
});
