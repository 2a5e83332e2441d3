/**
 * `qgrade compare` between editions that rename a grade (its label, id kept)
 * and move a veto limit: every format says the grade was renamed by the
 * matrix, and names each requirement alike (B's grade label, a veto item as
 * one) — committee-18 F2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const A = 'rules/building-materials/cement-quality-grade.yaml';
const paths = { b: '', data: '' };

beforeAll(() => {
  let text = readFileSync(A, 'utf8');
  for (const [from, to] of [
    ['label: { zh: 优等品, en: Superior }', 'label: { zh: 特优品, en: Premium }'],
    ['require: "≤ 5.0 %", gate: true', 'require: "≤ 4.5 %", gate: true'],
    ['require: "≥ 48.0 MPa", grade: superior', 'require: "≥ 49.0 MPa", grade: superior'],
  ] as const) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  paths.b = join(temp(), 'cement-draft.yaml');
  writeFileSync(paths.b, text);
  const records = JSON.parse(readFileSync('examples/cement-quality-grade.json', 'utf8')) as Record<
    string,
    unknown
  >[];
  // Superior under A (28 d 48.5 ≥ 48.0), first class under B (< 49.0); MgO 4.2 passes both 5.0 and 4.5.
  const moved = { ...records[0]!, sample: 'S-1', compressive28d: 48.5, magnesia: 4.2 };
  const kept = { ...records[0]!, sample: 'S-2' };
  paths.data = join(temp(), 'samples.json');
  writeFileSync(paths.data, JSON.stringify([moved, kept]));
});

const args = () => ['compare', '--keep', 'sample', A, paths.b, paths.data];

describe.concurrent('qgrade compare: a grade renamed by its label', () => {
  it('the table says the grade was renamed, under the matrix (zh, en)', async () => {
    const zh = (await cli.run(['--lang', 'zh', ...args()])).stdout;
    // After the matrix's total row (committee-27 F1).
    expect(zh).toMatch(/\n合计( +\d+){5}\n等级“优等品”更名为“特优品”\n/u);
    expect(zh).toContain('第 1 条（S-1）：优等品 → 一等品  28 天抗压强度（特优品）');
    expect(zh).toContain('限值变了、结果未变：氧化镁 MgO（否决项）');
    const en = (await cli.run(['--lang', 'en', ...args()])).stdout;
    expect(en).toContain('grade superior renamed: Superior → Premium\n');
    expect(en).not.toContain('更名');
  });

  it('no rename line when the labels are the same', async () => {
    const { stdout } = await cli.run(['--lang', 'zh', 'compare', A, A, paths.data]);
    expect(stdout).not.toContain('更名');
  });

  it("HTML says so by the matrix and names requirements as the table does (B's grade label, a veto item as one)", async () => {
    const out = join(temp(), 'compare.html');
    await cli.run([
      '--lang',
      'zh',
      'compare',
      '--keep',
      'sample',
      '-f',
      'html',
      '-o',
      out,
      A,
      paths.b,
      paths.data,
    ]);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<p class="meta" data-note="grade-renamed">等级“优等品”更名为“特优品”</p>');
    const row = /<tr data-row="1">(.*?)<\/tr>/.exec(html)![1]!;
    // With the criterion's rule-file note: an illustrative figure told from the standard's (committee-24 F14).
    expect(row).toContain('28 天抗压强度（特优品）（注：示例数值）：48.5');
    expect(row).toContain('氧化镁 MgO（否决项）：4.2');
    expect(row).not.toContain('（优等品）：');
    const most = html.slice(
      html.indexOf('<h2>最常引起等级变化的要求</h2>'),
      html.indexOf('<h2>等级变化的记录</h2>'),
    );
    expect(most).toContain('<td>28 天抗压强度（特优品）（注：示例数值）</td>');
  });

  it('the workbook says so under which rule set is A and B, and names requirements alike', async () => {
    const out = join(temp(), 'compare.xlsx');
    await cli.run([
      '--lang',
      'zh',
      'compare',
      '--keep',
      'sample',
      '-f',
      'xlsx',
      '-o',
      out,
      A,
      paths.b,
      paths.data,
    ]);
    const [matrix, changes] = await readBack(readFileSync(out));
    const b = matrix!.rows.findIndex((r) => r[0] === 'B');
    expect(matrix!.rows[b + 1]).toEqual(['等级“优等品”更名为“特优品”']);
    const moved = changes!.rows.find((r) => r.includes('S-1'))!;
    expect(moved).toContain('28 天抗压强度（特优品）');
    expect(moved).toContain('氧化镁 MgO（否决项）');
    expect(String(moved.at(-1)).split('\n')[0]).toBe(
      '28 天抗压强度（特优品）（注：示例数值）：48.5 MPa，A ≥ 48.0 MPa ✓ → B ≥ 49.0 MPa ✗',
    );
  });
});
