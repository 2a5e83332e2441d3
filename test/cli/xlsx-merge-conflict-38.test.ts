/**
 * Hostile-37 W1 (rest): merged ranges that overlap (D2:D4 and D3:D4), and a cell holding its own value inside a
 * merged range (D3 = 2.0 inside D2:D4, D2 = 5.5), were read by a silent guess. "A cell the file itself gets wrong
 * makes its row an error row" (docs/cli.md): the rows concerned are error rows naming both ranges, or the cell and
 * both values; the other rows are graded. GB 21455-2019 (CC ≤ 4500 W): APF 5.5 is grade 1 (≥ 5.00), APF 2.0 is below
 * grade 5 (3.30), so which value is read decides the verdict.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
const HEADER = `<row r="1">${text('A1', 'sampleId')}${text('B1', 'unitType')}${text('C1', 'ratedCoolingCapacity')}${text('D1', 'apf')}</row>`;
/** Row `r`: S(r-1), a heat pump of 3500 W, with APF `apf` (none: no D cell). */
const row = (r: number, apf?: string) =>
  `<row r="${r}">${text(`A${r}`, `S${r - 1}`)}${text(`B${r}`, 'heat-pump')}<c r="C${r}"><v>3500</v></c>${apf === undefined ? '' : `<c r="D${r}"><v>${apf}</v></c>`}</row>`;

function book(name: string, d: [string?, string?, string?], merges: string[]): string {
  const path = join(temp(), name);
  const cells = `<sheetData>${HEADER}${row(2, d[0])}${row(3, d[1])}${row(4, d[2])}</sheetData>`;
  const ranges = `<mergeCells>${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
  writeFileSync(path, rawWorkbook({ sheets: [{ name: 'S', body: cells + ranges }] }));
  return path;
}

const grade = (path: string, lang = 'en_US.UTF-8', extra: string[] = []) =>
  cli.run(['grade', '-r', AC, '-f', 'csv', '--no-summary', ...extra, path], { env: { LANG: lang } });
const lines = (stdout: string) => stdout.trim().split('\n').slice(1);

describe.concurrent('a workbook whose merged ranges say two things (hostile-37 W1)', () => {
  it('overlapping ranges: the rows of the overlap are error rows naming both ranges; the row above is graded', async () => {
    const path = book('overlap.xlsx', ['5.5', '2.0'], ['D2:D4', 'D3:D4']);
    const run = await grade(path);
    expect(run.code).toBe(1);
    const [s1, s2, s3] = lines(run.stdout);
    expect(s1).toMatch(/^1,S1,1,/);
    expect(s2).toContain(
      'sheet row 3 cannot be read: cell D3 lies in two merged ranges that overlap, D2:D4 and D3:D4: which value it shows would be a guess',
    );
    expect(s3).toContain(
      'sheet row 4 cannot be read: cell D4 lies in two merged ranges that overlap, D2:D4 and D3:D4',
    );
    const zh = await grade(path, 'zh_CN.UTF-8');
    expect(zh.stdout).toContain(
      '单元格 D3 同时属于两个相互重叠的合并区域 D2:D4 和 D3:D4，它显示哪个值只能靠猜',
    );
    expect((await grade(path, 'en_US.UTF-8', ['--workers', '2'])).stdout).toBe(run.stdout);
  });

  it('a cell with its own value inside a merged range: its row is an error row naming the cell and both values', async () => {
    const path = book('inside.xlsx', ['5.5', '2.0'], ['D2:D4']);
    const run = await grade(path);
    expect(run.code).toBe(1);
    const [s1, s2, s3] = lines(run.stdout);
    expect(s1).toMatch(/^1,S1,1,/);
    expect(s2).toContain(
      'sheet row 3 cannot be read: cell D3 holds 2 inside the merged range D2:D4, which shows D2, 5.5: which one counts would be a guess',
    );
    // D4 holds nothing of its own: it reads D2's 5.5, as Excel shows it.
    expect(s3).toMatch(/^3,S3,1,/);
    const zh = await grade(path, 'zh_CN.UTF-8');
    expect(zh.stdout).toContain(
      '单元格 D3 在合并区域 D2:D4 之内，却有自己的值 2；该区域显示的是 D2 的值 5.5：哪个算数只能靠猜',
    );
    expect((await grade(path, 'en_US.UTF-8', ['--workers', '2'])).stdout).toBe(run.stdout);
  });

  it('a value under an empty first cell is hidden by the merge: an error row too', async () => {
    const run = await grade(book('under-empty.xlsx', [undefined, '2.0', '5.5'], ['D2:D3']));
    const [s1, s2, s3] = lines(run.stdout);
    expect(s1).toMatch(/^1,S1,,/);
    expect(s2).toContain('cell D3 holds 2 inside the merged range D2:D3, which shows D2, which is empty');
    expect(s3).toMatch(/^3,S3,1,/);
    const zh = await grade(book('under-empty-zh.xlsx', [undefined, '2.0'], ['D2:D3']), 'zh_CN.UTF-8');
    expect(zh.stdout).toContain('该区域显示的是 D2，而它是空的');
  });

  it("a covered cell repeating the first cell's value says one thing: read, exit 0", async () => {
    const run = await grade(book('repeat.xlsx', ['5.5', '5.5', '5.50'], ['D2:D4']));
    expect(run.code).toBe(0);
    expect(lines(run.stdout).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '1,S1,1',
      '2,S2,1',
      '3,S3,1',
    ]);
  });

  it('ranges side by side (D2:D3 and D4:D4 touching, not overlapping) are read as before', async () => {
    const run = await grade(book('touch.xlsx', ['5.5', undefined, '2.0'], ['D2:D3', 'D4:D4']));
    expect(lines(run.stdout).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '1,S1,1',
      '2,S2,1',
      '3,S3,',
    ]);
  });
});
