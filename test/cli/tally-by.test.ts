/**
 * `qgrade grade --tally-by <column>`: records per grade, not graded and
 * invalid for each value of a column, checked against counts worked out by
 * hand on a small sheet, in the summary, -f html and -f xlsx.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';
import { xmlProblems } from './xml';

const cli = useCli();
const temp = useTempDir();
const LOTS = 'building-materials/cement-lot-grade';

// cement-lot-grade, 42.5: 3-day strength ≥ 17 conforming, ≥ 19 first class, ≥ 22 superior (the rest passes).
// 甲: superior, superior, first; 乙: conforming, below the lowest grade (10), invalid ("abc"); 丙: first;
// T3 has no producer (superior), and sits between the others: it is listed last.
const SHEET = `编号,生产企业,强度等级,compressive3d,compressive28d,initialSetting,finalSetting
T1,甲水泥厂,42.5,24,48,150,240
T2,乙建材有限公司,42.5,18,48,150,240
T3,,42.5,24,48,150,240
T4,甲水泥厂,42.5,24,48,150,240
T5,丙公司,42.5,20,48,150,240
T6,乙建材有限公司,42.5,10,48,150,240
T7,甲水泥厂,42.5,20,48,150,240
T8,乙建材有限公司,42.5,abc,48,150,240
`;

/** The hand-worked counts: producer, superior, first class, conforming, not graded, invalid, total. */
const EXPECTED = [
  ['甲水泥厂', 2, 1, 0, 0, 0, 3],
  ['乙建材有限公司', 0, 0, 1, 1, 1, 3],
  ['丙公司', 0, 1, 0, 0, 0, 1],
  ['（无值）', 1, 0, 0, 0, 0, 1],
  ['合计', 3, 2, 1, 1, 1, 8],
];

function sheet(): string {
  const file = join(temp(), 'samples.csv');
  writeFileSync(file, SHEET);
  return file;
}

/** Writes `-f html` or `-f xlsx` of the sheet by producer, in Chinese; returns the file. */
async function report(format: 'html' | 'xlsx'): Promise<string> {
  const out = join(temp(), `report.${format}`);
  const args = ['--lang', 'zh', 'grade', '-r', LOTS, '--tally-by', '生产企业', '-f', format, '-o', out];
  const run = await cli.run([...args, sheet()]);
  // 1: the sheet holds an invalid record.
  expect(run.code).toBe(1);
  return out;
}

/** The rows of the table after the heading `by …` / `按…统计`, split on runs of two spaces. */
function tableAfter(stderr: string, heading: string): string[][] {
  const lines = stderr.split('\n');
  const at = lines.findIndex((l) => l.startsWith(heading));
  expect(at).toBeGreaterThan(0);
  return lines
    .slice(at + 1)
    .filter((l) => l.startsWith('  '))
    .map((l) => l.trim().split(/ {2,}/));
}

describe('qgrade grade --tally-by', () => {
  it('prints records per grade, not graded by reason, invalid and total for each producer after the summary', async () => {
    // Not graded split by reason as the summary splits it; here only 未达最低等级 occurs (committee-24 F9).
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '--tally-by', '生产企业', sheet()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('共 8 条记录：已分级 6，不分级 1，无效 1');
    expect(run.stderr).toContain('按“生产企业”统计（4 组）：');
    const rows = tableAfter(run.stderr, '按“生产企业”统计');
    expect(rows[0]).toEqual(['生产企业', '优等品', '一等品', '合格品', '未达最低等级', '无效', '合计']);
    expect(rows.slice(1)).toEqual(EXPECTED.map((r) => r.map(String)));
    // The table comes after the summary, on stderr; the results are as without --tally-by.
    expect(run.stderr.indexOf('按“生产企业”')).toBeGreaterThan(run.stderr.indexOf('最常不满足的要求'));
    const plain = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, sheet()]);
    expect(run.stdout).toBe(plain.stdout);
  });

  it('in English, the records with no value are "(no value)"', async () => {
    const run = await cli.run(['grade', '-r', LOTS, '--tally-by', '生产企业', sheet()]);
    const rows = tableAfter(run.stderr, 'by 生产企业 (4 groups):');
    expect(rows[0]).toEqual([
      '生产企业',
      'Superior',
      'First class',
      'Conforming',
      'below the lowest grade',
      'invalid',
      'total',
    ]);
    expect(rows[4]).toEqual(['(no value)', '1', '0', '0', '0', '0', '1']);
    expect(rows[5]).toEqual(['total', '3', '2', '1', '1', '1', '8']);
  });

  it('leaves JSON and NDJSON result lines as they are', async () => {
    for (const format of ['json', 'ndjson']) {
      const args = ['grade', '-r', LOTS, '-f', format, sheet()];
      const tallied = await cli.run([...args, '--tally-by', '生产企业']);
      const plain = await cli.run(args);
      expect(tallied.stdout.length).toBeGreaterThan(100);
      expect(tallied.stdout).toBe(plain.stdout);
      expect(tallied.stderr).toContain('by 生产企业 (4 groups):');
    }
  });

  it('counts an indicator column named as the file heads it (强度等级 read as strengthClass)', async () => {
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '--tally-by', '强度等级', sheet()]);
    expect(tableAfter(run.stderr, '按“强度等级”统计（1 组）').slice(1)).toEqual([
      ['42.5', '3', '2', '1', '1', '1', '8'],
      ['合计', '3', '2', '1', '1', '1', '8'],
    ]);
  });

  it('-f html: a section with the table, a row per producer, the no-value row last, and the total', async () => {
    const out = await report('html');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h2 id="by-group">按“生产企业”的等级分布</h2>');
    const table = html.match(/<table class="tally">[\s\S]*?<\/table>/)?.[0] ?? '';
    expect(xmlProblems(table)).toEqual([]);
    const cells = (tr: string) =>
      [...tr.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => m[1]!.replace(/<[^>]*>/g, ''));
    const rows = [...table.matchAll(/<tr[^>]*>[\s\S]*?<\/tr>/g)].map((m) => cells(m[0]));
    expect(rows[0]).toEqual(['生产企业', '优等品', '一等品', '合格品', '未达最低等级', '无效', '记录数']);
    expect(rows.slice(1)).toEqual(EXPECTED.map((r) => r.map(String)));
    // The no-value group is told apart from a producer named so by its key.
    expect(table).toContain('<tr data-group=""><td>（无值）</td>');
  });

  it('-f xlsx: a sheet 分组统计 with the counts as numbers', async () => {
    const out = await report('xlsx');
    const sheets = await readBack(readFileSync(out));
    expect(sheets.map((s) => s.name)).toEqual(['结果', '汇总', '分组统计']);
    // The results sheet carries the producer, as --keep 生产企业 would: filter it by producer in Excel.
    expect(sheets[0]!.rows[0]!.slice(0, 3)).toEqual(['编号', '生产企业', '序号']);
    expect(sheets[0]!.rows.slice(1).map((r) => r.slice(0, 2))).toEqual([
      ['T1', '甲水泥厂'],
      ['T2', '乙建材有限公司'],
      ['T3', null],
      ['T4', '甲水泥厂'],
      ['T5', '丙公司'],
      ['T6', '乙建材有限公司'],
      ['T7', '甲水泥厂'],
      ['T8', '乙建材有限公司'],
    ]);
    const byGroup = sheets[2]!;
    expect(byGroup.rows).toEqual([
      ['生产企业', '优等品', '一等品', '合格品', '未达最低等级', '无效', '合计'],
      ...EXPECTED,
    ]);
    expect(byGroup.frozen).toEqual({ rows: 1, columns: 1 });
    // Without --tally-by, the workbook is as it was: two sheets.
    const plainOut = join(temp(), 'plain.xlsx');
    await cli.run(['grade', '-r', LOTS, '-f', 'xlsx', '-o', plainOut, sheet()]);
    expect((await readBack(readFileSync(plainOut))).map((s) => s.name)).toEqual(['Results', 'Summary']);
  });

  it('counts the same on 2 workers, across batches and rows with cells that cannot be converted', async () => {
    // 1,800 rows in 4 batches: producer k of 7 on row i when i % 7 === k, none when i % 11 === 0.
    const lines = ['编号,生产企业,强度等级,compressive3d,compressive28d,initialSetting,finalSetting'];
    for (let i = 0; i < 1800; i++) {
      const producer = i % 11 === 0 ? '' : `企业${i % 7}`;
      // Cells that are not numbers: those rows travel to a worker as they are, not packed.
      if (i % 97 === 13) lines.push(`S${i},${producer},42.5,abc,48,150,240`);
      else lines.push(`S${i},${producer},42.5,${16 + (i % 9)},48,150,240`);
    }
    const file = join(temp(), 'many.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const args = ['grade', '-r', LOTS, '-f', 'ndjson', '--tally-by', '生产企业', file];
    const one = await cli.run(args);
    const two = await cli.run([...args, '--workers', '2']);
    expect(two.stderr).toBe(one.stderr);
    const rows = tableAfter(two.stderr, 'by 生产企业 (8 groups):').slice(1);
    expect(rows.map((r) => r[0])).toEqual([
      '企业1',
      '企业2',
      '企业3',
      '企业4',
      '企业5',
      '企业6',
      '企业0',
      '(no value)',
      'total',
    ]);
    const perProducer = (k: number) =>
      Array.from({ length: 1800 }, (_, i) => i).filter((i) => i % 11 !== 0 && i % 7 === k).length;
    expect(rows.slice(0, 7).map((r) => Number(r[6]))).toEqual([1, 2, 3, 4, 5, 6, 0].map(perProducer));
    expect(Number(rows[7]![6])).toBe(Math.ceil(1800 / 11));
    expect(rows[8]![6]).toBe('1,800');
  });

  it('a column the input does not have is a usage error, with --group-by too', async () => {
    const typo = await cli.run(['grade', '-r', LOTS, '-f', 'csv', '--tally-by', '生产企', sheet()]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain(
      '--tally-by 生产企: the input has no column "生产企"; did you mean "生产企业"?',
    );
    // Before any output.
    expect(typo.stdout).toBe('');
    const grouped = await cli.run([
      'grade',
      '-r',
      LOTS,
      '-g',
      'lot',
      '-f',
      'csv',
      '--tally-by',
      '生产企',
      sheet(),
    ]);
    expect(grouped.code).toBe(2);
    expect(grouped.stderr).toContain('did you mean "生产企业"?');
    expect(grouped.stdout).toBe('');
  });

  it('a header and no row: no table after the summary, and a misspelt column still refused', async () => {
    const file = join(temp(), 'header-only.csv');
    writeFileSync(file, `${SHEET.split('\n')[0]}\n`);
    const run = await cli.run(['grade', '-r', LOTS, '--tally-by', '生产企业', file]);
    expect(run.code).toBe(0);
    const stderr = run.stderr.trimEnd().split('\n');
    expect(stderr.at(-2)).toBe('  Conforming   0');
    expect(stderr.at(-1)).toMatch(/^Provenance: illustrative, not a standard’s figures\. /);
    const typo = await cli.run(['grade', '-r', LOTS, '--tally-by', '生产', file]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('--tally-by 生产: the input has no column "生产"');
  });

  it('JSON records with no value for the column (a misspelt key): stderr says so once; an empty CSV column does not', async () => {
    const file = join(temp(), 'samples.ndjson');
    const records = [
      {
        生产企业: '甲水泥厂',
        strengthClass: '42.5',
        compressive3d: 24,
        compressive28d: 48,
        initialSetting: 150,
        finalSetting: 240,
      },
      {
        生产企业: '乙建材有限公司',
        strengthClass: '42.5',
        compressive3d: 18,
        compressive28d: 48,
        initialSetting: 150,
        finalSetting: 240,
      },
    ];
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n'));
    const notice =
      '--tally-by 生产企: no record had a value for "生产企", so every record is counted as "(no value)"; JSON records have no header to check it against: is the key named right?';
    const typo = await cli.run(['grade', '-r', LOTS, '--tally-by', '生产企', file]);
    expect(typo.code).toBe(0);
    expect(typo.stderr.split('\n').filter((l) => l === notice)).toHaveLength(1);
    expect(tableAfter(typo.stderr, 'by 生产企 (1 group):').map((r) => r[0])).toEqual([
      '生产企',
      '(no value)',
      'total',
    ]);
    // Said without the summary too, as the bound's notice is.
    const quiet = await cli.run(['grade', '-r', LOTS, '--no-summary', '--tally-by', '生产企', file]);
    expect(quiet.stderr).toContain(notice);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '--tally-by', '生产企', file]);
    expect(zh.stderr).toContain(
      '--tally-by 生产企：没有一条记录有“生产企”的值，所有记录都列为“（无值）”；JSON 记录没有表头可供核对，请检查键名是否写对',
    );
    const right = await cli.run(['grade', '-r', LOTS, '--tally-by', '生产企业', file]);
    expect(right.stderr).toContain('by 生产企业 (2 groups):');
    expect(right.stderr).not.toContain('no record had a value');
    // A CSV column is checked against the header; an empty one is not misnamed.
    const empty = join(temp(), 'empty-column.csv');
    writeFileSync(empty, SHEET.replace(/^(T\d),[^,]*,/gm, '$1,,'));
    const csv = await cli.run(['grade', '-r', LOTS, '--tally-by', '生产企业', empty]);
    expect(csv.stderr).toContain('by 生产企业 (1 group):');
    expect(csv.stderr).not.toContain('no record had a value');
  });

  it('--no-summary leaves the table out too', async () => {
    const run = await cli.run(['grade', '-r', LOTS, '--no-summary', '--tally-by', '生产企业', sheet()]);
    expect(run.stderr).not.toContain('by 生产企业');
  });
});

describe('--tally-by an enum column: the code spelt as the reader takes it is one group (newcomer-30 W1)', () => {
  it('42.5, 42.50 and ４２.５ are one strength class; 52.5R its own; 42.5x as written', async () => {
    const file = join(temp(), 'classes.csv');
    writeFileSync(
      file,
      [
        '编号,强度等级,compressive3d,compressive28d,initialSetting,finalSetting',
        'S1,42.5,24,48,150,240',
        'S2,42.50,24,48,150,240',
        'S3,４２.５,18,48,150,240',
        'S4,52.5R,30,58,150,240',
        'S5,42.5x,24,48,150,240',
      ].join('\n'),
    );
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '--tally-by', '强度等级', file]);
    const rows = tableAfter(run.stderr, '按“强度等级”统计');
    const byName = new Map(rows.slice(1).map((r) => [r[0], r.at(-1)]));
    expect(byName.get('42.5')).toBe('3');
    expect(byName.get('52.5R')).toBe('1');
    expect(byName.get('42.5x')).toBe('1');
    expect(byName.has('42.50')).toBe(false);
    expect(rows.at(-1)).toEqual(['合计', ...rows.at(-1)!.slice(1, -1), '5']);
  });

  it('an enumeration of numbers: 5, 5.0 and ５ are the thickness 5; 5mm, which the reader refuses, stays apart', async () => {
    const rules = join(temp(), 'glass.yaml');
    writeFileSync(
      rules,
      `schemaVersion: 1
id: test/glass
version: 1.0.0
industry: test
subject: product
title: { zh: 玻璃, en: Glass }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  thickness: { type: enum, values: [2, 5, 8], unit: mm, label: { zh: 公称厚度, en: Thickness } }
  bow: { type: number, unit: "%", label: { zh: 弯曲度, en: Bow } }
grades:
  - { id: ok, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: bow, indicator: bow, grade: ok, require: "≤ 0.3" }
`,
    );
    const file = join(temp(), 'glass.csv');
    writeFileSync(file, '编号,公称厚度,弯曲度\nG1,5,0.1\nG2,5.0,0.1\nG3,５,0.5\nG4,8,0.1\nG5,5mm,0.1\n');
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', rules, '--tally-by', '公称厚度', file]);
    const rows = tableAfter(run.stderr, '按“公称厚度”统计');
    const total = (name: string) => rows.find((r) => r[0] === name)?.at(-1);
    expect([total('5'), total('8'), total('5mm'), total('5.0'), total('５')]).toEqual([
      '3',
      '1',
      '1',
      undefined,
      undefined,
    ]);
  });
});
