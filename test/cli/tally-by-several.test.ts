/**
 * `--tally-by` given more than once (committee-24 F9), in `grade` and `compare`: one table per column, in the
 * order given, each adding up to the whole, in the text, -f html, -f xlsx (a sheet each, names within Excel's
 * 31 characters and distinct) and compare's -f json (`tallies`; one column keeps `tally`); and the notice for
 * values that differ only in full-width/half-width brackets or spaces (committee-25 F6): one group, as --group-by
 * pools them, with its notice (hostile-36 F3); those that differ in a space between characters apart, with theirs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { ROOT, useCli, useTempDir } from './cli-harness';

const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: true }).compile(
  JSON.parse(readFileSync(join(ROOT, 'schemas/compare-tally.schema.json'), 'utf8')),
);

const cli = useCli();
const temp = useTempDir();

const ruleSet = (version: string, criteria: string) => `schemaVersion: 1
id: test/tally-several
version: ${version}
industry: test
subject: product
title: { zh: 多列统计测试, en: Several tallies test }
references: [{ code: TEST 5-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  strength: { type: number, unit: MPa, range: "[0, 2000]", label: { zh: 强度, en: Strength } }
grades:
  - { id: mid, label: { zh: 合格品, en: Conforming } }
  - { id: high, label: { zh: 优等品, en: Superior } }
criteria:
${criteria}`;

// A: mid ≥ 400, high ≥ 500. B: mid ≥ 450, high ≥ 480.
const A = ruleSet(
  '1.0.0',
  `  - { id: strength-mid, indicator: strength, require: "≥ 400", grade: mid }
  - { id: strength-high, indicator: strength, require: "≥ 500", grade: high }
`,
);
const B = ruleSet(
  '2.0.0-draft',
  `  - { id: strength-mid, indicator: strength, require: "≥ 450", grade: mid }
  - { id: strength-high, indicator: strength, require: "≥ 480", grade: high }
`,
);

// Under A / under B: T1 mid / none (down), T2 mid / high (up), T3 high / high, T4 mid / none (down),
// T5 mid / mid, T6 invalid under both. T4 and T5 write one producer with full-width and half-width brackets.
const SHEET = `编号,生产企业,省份,强度
T1,甲厂,河北,420
T2,乙公司,广东,490
T3,甲厂,广东,520
T4,美凌（顺德）有限公司,河北,430
T5,美凌(顺德)有限公司,河北,460
T6,甲厂,,abc
`;

/** Grade under A, by producer: producer, superior, conforming, not graded, invalid, total. */
const BY_PRODUCER = [
  ['甲厂', '1', '1', '0', '1', '3'],
  ['乙公司', '0', '1', '0', '0', '1'],
  // T4 and T5: one producer, written with full-width and half-width brackets, named as first written.
  ['美凌（顺德）有限公司', '0', '2', '0', '0', '2'],
];
/** Grade under A, by province; T6 has none. */
const BY_PROVINCE = [
  ['河北', '0', '3', '0', '0', '3'],
  ['广东', '1', '1', '0', '0', '2'],
  ['（无值）', '0', '0', '0', '1', '1'],
];
const TOTAL = ['合计', '1', '4', '0', '1', '6'];
const HEADER = ['优等品', '合格品', '不分级', '无效', '合计'];

function files(): { a: string; b: string; data: string } {
  const dir = temp();
  const [a, b, data] = [join(dir, 'a.yaml'), join(dir, 'b.yaml'), join(dir, 'samples.csv')];
  writeFileSync(a, A);
  writeFileSync(b, B);
  writeFileSync(data, SHEET);
  return { a, b, data };
}

/** `--tally-by` once per column, in the order given. */
const by = (...columns: string[]) => columns.flatMap((column) => ['--tally-by', column]);

/** The rows of the table after the line starting with `heading`, split on runs of two spaces. */
function tableAfter(text: string, heading: string): string[][] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(heading));
  expect(at, heading).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(at + 1)) {
    if (!line.startsWith('  ')) break;
    rows.push(line.trim().split(/ {2,}/));
  }
  return rows;
}

/** Each producer or province row, summed: the column's rows add up to the total row. */
function sums(rows: readonly (readonly string[])[]): number[] {
  return rows[0]!.slice(1).map((_, i) => rows.reduce((s, r) => s + Number(r[i + 1]), 0));
}

const NEAR_ZH =
  '--tally-by 列“生产企业”中只差全角/半角或空白的键合为一组（以首次出现的写法显示）：“美凌（顺德）有限公司”（又写作 “美凌(顺德)有限公司”）';
const NEAR_EN =
  '--tally-by column "生产企业": keys that differ only in full-width characters or spaces were taken as one group (shown as first written): "美凌（顺德）有限公司" (also written "美凌(顺德)有限公司")';

describe('grade --tally-by given twice', () => {
  it('prints one table per column, in the order given, each adding up to the whole', async () => {
    const { a, data } = files();
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', a, ...by('生产企业', '省份'), data]);
    expect(run.code, run.stderr).toBe(1);
    const producer = tableAfter(run.stderr, '按“生产企业”统计（3 组）：');
    const province = tableAfter(run.stderr, '按“省份”统计（3 组）：');
    expect(producer).toEqual([['生产企业', ...HEADER], ...BY_PRODUCER, TOTAL]);
    expect(province).toEqual([['省份', ...HEADER], ...BY_PROVINCE, TOTAL]);
    expect(sums(BY_PRODUCER)).toEqual(TOTAL.slice(1).map(Number));
    expect(sums(BY_PROVINCE)).toEqual(TOTAL.slice(1).map(Number));
    // In the order given: the producer's table first; the whole summary once.
    expect(run.stderr.indexOf('按“生产企业”')).toBeLessThan(run.stderr.indexOf('按“省份”'));
    expect(run.stderr.split('共 6 条记录').length).toBe(2);
    // Given in the other order, the other order; a column named twice is one table.
    const swapped = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      a,
      ...by('省份', '生产企业', ' 省份'),
      data,
    ]);
    expect(swapped.stderr.indexOf('按“省份”')).toBeLessThan(swapped.stderr.indexOf('按“生产企业”'));
    expect(swapped.stderr.split('按“省份”').length).toBe(2);
    // The results are as without --tally-by.
    const plain = await cli.run(['--lang', 'zh', 'grade', '-r', a, data]);
    expect(run.stdout).toBe(plain.stdout);
  });

  it('counts the same on worker threads', async () => {
    const { a, data } = files();
    const args = ['--lang', 'zh', 'grade', '-r', a, ...by('生产企业', '省份'), '-f', 'csv'];
    const one = await cli.run([...args, data]);
    const two = await cli.run([...args, '--workers', '2', data]);
    expect(two.stderr).toBe(one.stderr);
    expect(tableAfter(two.stderr, '按“省份”统计').slice(1)).toEqual([...BY_PROVINCE, TOTAL]);
  });

  it('-f xlsx: a sheet per column, named by it; -f html: a section per column', async () => {
    const { a, data } = files();
    const xlsx = join(temp(), 'graded.xlsx');
    const args = ['--lang', 'zh', 'grade', '-r', a, ...by('生产企业', '省份')];
    expect((await cli.run([...args, '-f', 'xlsx', '-o', xlsx, data])).code).toBe(1);
    const sheets = await readBack(readFileSync(xlsx));
    expect(sheets.map((s) => s.name)).toEqual(['结果', '汇总', '分组统计·生产企业', '分组统计·省份']);
    const num = (rows: string[][]) => rows.map(([k, ...n]) => [k, ...n.map(Number)]);
    expect(sheets[2]!.rows.slice(1)).toEqual(num([...BY_PRODUCER, TOTAL]));
    expect(sheets[3]!.rows).toEqual([['省份', ...HEADER], ...num([...BY_PROVINCE, TOTAL])]);
    // The results sheet carries both columns, as --keep would.
    expect(sheets[0]!.rows[0]!.slice(0, 3)).toEqual(['编号', '生产企业', '省份']);
    // The near-equal names are said in the summary sheet, for whoever never saw stderr.
    expect(JSON.stringify(sheets[1]!.rows)).toContain('只差全角/半角或空白的键合为一组');

    const html = join(temp(), 'graded.html');
    expect((await cli.run([...args, '-f', 'html', '-o', html, data])).code).toBe(1);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<h2 id="by-group">按“生产企业”的等级分布</h2>');
    expect(page).toContain('<h2 id="by-group-2">按“省份”的等级分布</h2>');
    expect(page.indexOf('id="by-group"')).toBeLessThan(page.indexOf('id="by-group-2"'));
    expect(page).toContain('<tr data-group=""><td>（无值）</td>');
    expect(page).toContain(`<p class="warn" data-notice>${NEAR_ZH.replaceAll('“', '“')}</p>`);
  });

  it('long column names: sheet names cut to 31 characters and kept distinct', async () => {
    const dir = temp();
    const rules = join(dir, 'a.yaml');
    writeFileSync(rules, A);
    const long = (x: string) => `Manufacturer as registered on the business licence ${x}`;
    const data = join(dir, 'long.csv');
    writeFileSync(data, `编号,${long('A')},${long('B')},强度\nT1,甲,乙,420\nT2,甲,丙,520\n`);
    const xlsx = join(dir, 'long.xlsx');
    const run = await cli.run([
      'grade',
      '-r',
      rules,
      ...by(long('A'), long('B')),
      '-f',
      'xlsx',
      '-o',
      xlsx,
      data,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const names = (await readBack(readFileSync(xlsx))).map((s) => s.name);
    expect(names.slice(2)).toEqual(['By group · Manufacturer as regi', 'By group · Manufacturer as (2)']);
    for (const name of names) expect([...name].length).toBeLessThanOrEqual(31);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
  it('the bound of 1,000 values and the no-value notice apply per column', async () => {
    const rules = join(temp(), 'a.yaml');
    writeFileSync(rules, A);
    // 1,002 distinct sample ids, two provinces: only the id column passes the bound.
    const lines = ['编号,省份,强度'];
    for (let i = 0; i < 1002; i++)
      lines.push(`S${i},${i % 2 === 0 ? '河北' : '广东'},${i % 3 === 0 ? 520 : 420}`);
    const data = join(temp(), 'ids.csv');
    writeFileSync(data, `${lines.join('\n')}\n`);
    const run = await cli.run(['grade', '-r', rules, ...by('省份', '编号'), data]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('--tally-by 编号: the column has more than 1,000 values');
    expect(run.stderr).toContain('counts the other 2 records as one group, "(other)"');
    expect(run.stderr).not.toContain('--tally-by 省份: the column');
    expect(tableAfter(run.stderr, 'by 省份 (2 groups):').map((r) => r[0])).toEqual([
      '省份',
      '河北',
      '广东',
      'total',
    ]);
    const ids = tableAfter(run.stderr, 'by 编号 (1,001 groups; more than 1,000 values');
    expect(ids.at(-2)).toEqual(['(other)', '0', '2', '0', '0', '2']);
    expect(ids.at(-1)).toEqual(tableAfter(run.stderr, 'by 省份').at(-1));
    // JSON records: a key no record has is said for that column alone.
    const json = join(temp(), 'records.json');
    writeFileSync(
      json,
      JSON.stringify([
        { 省份: '河北', strength: 420 },
        { 省份: '广东', strength: 520 },
      ]),
    );
    const keyed = await cli.run(['grade', '-r', rules, ...by('省份', '省分'), json]);
    expect(keyed.stderr).toContain('--tally-by 省分: no record had a value for "省分"');
    expect(keyed.stderr).not.toContain('--tally-by 省份: no record');
  });
});

describe('compare --tally-by given twice', () => {
  it('prints one table of moves per column, each adding up to every record', async () => {
    const { a, b, data } = files();
    const run = await cli.run(['--lang', 'zh', 'compare', ...by('生产企业', '省份'), a, b, data]);
    expect(run.code, run.stderr).toBe(1);
    const producer = tableAfter(run.stdout, '按“生产企业”统计等级变化（3 组）：');
    const province = tableAfter(run.stdout, '按“省份”统计等级变化（3 组）：');
    // Up and down have their how-far columns after them: records, up and down are compared here, by heading.
    const pick = (table: string[][]) => {
      const at = ['记录数', '升高', '降低'].map((h) => table[0]!.indexOf(h));
      expect(at.every((i) => i > 0)).toBe(true);
      return table.slice(1).map((r) => [r[0], ...at.map((i) => r[i])]);
    };
    expect(pick(producer)).toEqual([
      ['甲厂', '3', '0', '1'],
      ['乙公司', '1', '1', '0'],
      ['美凌（顺德）有限公司', '2', '0', '1'],
      ['合计', '6', '1', '2'],
    ]);
    expect(pick(province)).toEqual([
      ['河北', '3', '0', '2'],
      ['广东', '2', '1', '0'],
      ['（无值）', '1', '0', '0'],
      ['合计', '6', '1', '2'],
    ]);
    for (const table of [producer, province]) {
      const body = table.slice(1, -1);
      expect(sums(body)).toEqual(table.at(-1)!.slice(1).map(Number));
    }
    expect(run.stdout.indexOf('按“生产企业”')).toBeLessThan(run.stdout.indexOf('按“省份”'));
  });

  it('-f json: tallies, one object per column in the order given, as tally is; one column keeps tally', async () => {
    const { a, b, data } = files();
    type Tally = {
      column: string;
      groups: { key: string; total: number; up: number; down: number }[];
      whole: { total: number };
    };
    const two = JSON.parse(
      (await cli.run(['compare', '-f', 'json', ...by('生产企业', '省份'), a, b, data])).stdout,
    ) as { tally?: Tally; tallies: Tally[] };
    expect(validate(two), JSON.stringify(validate.errors)).toBe(true);
    expect(two.tally).toBeUndefined();
    expect(two.tallies.map((t) => t.column)).toEqual(['生产企业', '省份']);
    expect(two.tallies[1]!.groups.map((g) => [g.key, g.total, g.up, g.down])).toEqual([
      ['河北', 3, 0, 2],
      ['广东', 2, 1, 0],
      ['', 1, 0, 0],
    ]);
    for (const t of two.tallies) {
      expect(t.whole.total).toBe(6);
      expect(t.groups.reduce((s, g) => s + g.total, 0)).toBe(6);
    }
    const one = JSON.parse(
      (await cli.run(['compare', '-f', 'json', '--tally-by', '省份', a, b, data])).stdout,
    ) as { tally: Tally; tallies?: Tally[] };
    expect(validate(one), JSON.stringify(validate.errors)).toBe(true);
    expect(one.tallies).toBeUndefined();
    // Both fields at once is not a shape compare writes.
    expect(validate({ tally: one.tally, tallies: two.tallies })).toBe(false);
    // Exactly the object the second of two columns gives.
    expect(one.tally).toEqual(two.tallies[1]);
  });

  it('-f xlsx: a sheet per column, named by it; one column keeps its one sheet; -f html: a section each', async () => {
    const { a, b, data } = files();
    const xlsx = join(temp(), 'moves.xlsx');
    const args = ['--lang', 'zh', 'compare', ...by('生产企业', '省份')];
    expect((await cli.run([...args, '-f', 'xlsx', '-o', xlsx, a, b, data])).code).toBe(1);
    const names = (await readBack(readFileSync(xlsx))).map((s) => s.name);
    expect(names).toContain('按列统计等级变化·生产企业');
    expect(names).toContain('按列统计等级变化·省份');
    expect(names.indexOf('按列统计等级变化·生产企业')).toBeLessThan(names.indexOf('按列统计等级变化·省份'));
    const single = join(temp(), 'single.xlsx');
    await cli.run(['--lang', 'zh', 'compare', '--tally-by', '省份', '-f', 'xlsx', '-o', single, a, b, data]);
    expect((await readBack(readFileSync(single))).map((s) => s.name)).toContain('按列统计等级变化');

    const html = join(temp(), 'moves.html');
    expect((await cli.run([...args, '-f', 'html', '-o', html, a, b, data])).code).toBe(1);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<h2 id="moves-by-column">按列统计等级变化：生产企业</h2>');
    expect(page).toContain('<h2 id="moves-by-column-2">按列统计等级变化：省份</h2>');
    expect(page).toContain(`<p class="warn" data-notice>${NEAR_ZH}</p>`);
  });
});

describe('values equal after NFKC and space folding (committee-25 F6)', () => {
  it('grade: one group named as first written, the other spelling named on stderr, in Chinese and in English', async () => {
    const { a, data } = files();
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', a, '--tally-by', '生产企业', data]);
    expect(zh.stderr).toContain(`${NEAR_ZH}\n`);
    // One group, as --group-by pools them (hostile-36 F3).
    expect(tableAfter(zh.stderr, '按“生产企业”统计（3 组）').slice(1)).toEqual([...BY_PRODUCER, TOTAL]);
    const en = await cli.run(['grade', '-r', a, '--tally-by', '生产企业', data]);
    expect(en.stderr).toContain(`${NEAR_EN}\n`);
    // Said with --no-summary too, as the other tally notices; not for a column without such values.
    const quiet = await cli.run(['grade', '-r', a, ...by('生产企业', '省份'), '--no-summary', data]);
    expect(quiet.stderr).toContain(NEAR_EN);
    expect(quiet.stderr).not.toContain('--tally-by 省份:');
  });

  it('compare: the same notice; a space between characters keeps values apart, with a notice of its own', async () => {
    const { a, b } = files();
    const data = join(temp(), 'spaces.csv');
    writeFileSync(
      data,
      '编号,生产企业,强度\nT1,华北 建材,420\nT2,华北建材,490\nT3,华北　建材,520\nT4,ACME,430\nT5,ＡＣＭＥ,460\n',
    );
    const en = await cli.run(['compare', '--tally-by', '生产企业', a, b, data]);
    // The ideographic space is a space: 华北　建材 counts under 华北 建材; ＡＣＭＥ under ACME.
    expect(en.stderr).toContain(
      '--tally-by column "生产企业": keys that differ only in full-width characters or spaces were taken as one group (shown as first written): "华北 建材" (also written "华北<U+3000>建材"); "ACME" (also written "ＡＣＭＥ")\n',
    );
    expect(en.stderr).toContain(
      '--tally-by 生产企业: these values differ only in spaces between characters, so the tally counts them as separate groups: "华北 建材" (2 records) and "华北建材" (1 record).',
    );
    const zh = await cli.run(['--lang', 'zh', 'compare', '--tally-by', '生产企业', a, b, data]);
    expect(zh.stderr).toContain(
      '--tally-by 列“生产企业”中只差全角/半角或空白的键合为一组（以首次出现的写法显示）：“华北 建材”（又写作 “华北<U+3000>建材”）；“ACME”（又写作 “ＡＣＭＥ”）\n',
    );
    expect(zh.stderr).toContain(
      '--tally-by 生产企业：以下取值只差字符之间的空格，按列统计把它们分成了不同的组：“华北 建材”（2 条）与“华北建材”（1 条）。',
    );
    expect(en.stderr.split('differ only in').length).toBe(3);
    // Three groups in the moves table: 华北 建材 (2), 华北建材, ACME (2).
    const json = JSON.parse(
      (await cli.run(['compare', '-f', 'json', '--tally-by', '生产企业', a, b, data])).stdout,
    );
    expect(json.tally.groups.map((g: { key: string; total: number }) => [g.key, g.total])).toEqual([
      ['华北 建材', 2],
      ['华北建材', 1],
      ['ACME', 2],
    ]);
  });
});
