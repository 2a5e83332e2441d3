/**
 * `qgrade compare --tally-by <column>`: per value of a column, the records
 * that moved up, down, kept their grade or are invalid under either rule
 * set, checked against counts worked out by hand on a small sheet, in the
 * table (zh, en), -f json, -f xlsx and -f html; the bound of 1,000 values;
 * a column the input lacks; and --group-by beside it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';
import { tallyMovesOnly, withoutSides } from './moves-sides';

const cli = useCli();
const temp = useTempDir();

const ruleSet = (version: string, indicators: string, criteria: string) => `schemaVersion: 1
id: test/tally-moves
version: ${version}
industry: test
subject: product
title: { zh: 按列统计测试, en: Tally test }
references: [{ code: TEST 4-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  strength: { type: number, unit: MPa, range: "[0, 2000]", label: { zh: 强度, en: Strength } }
${indicators}grades:
  - { id: mid, label: { zh: 合格品, en: Conforming } }
  - { id: high, label: { zh: 优等品, en: Superior } }
criteria:
${criteria}`;

// A: mid ≥ 400, high ≥ 500. B (the draft): mid ≥ 450 and a hardness it adds (required), high ≥ 480.
const A = ruleSet(
  '1.0.0',
  '',
  `  - { id: strength-mid, indicator: strength, require: "≥ 400", grade: mid }
  - { id: strength-high, indicator: strength, require: "≥ 500", grade: high }
`,
);
const B = ruleSet(
  '2.0.0-draft',
  '  hardness: { type: number, label: { zh: 硬度, en: Hardness } }\n',
  `  - { id: strength-mid, indicator: strength, require: "≥ 450", grade: mid }
  - { id: hardness-mid, indicator: hardness, require: "≥ 50", grade: mid }
  - { id: strength-high, indicator: strength, require: "≥ 480", grade: high }
`,
);

// Under A / under B, and so the move:
// T1 420 mid / none: down. T2 490 mid / high: up. T3 520 high / high: unchanged. T4 (no producer) 430 mid / none: down.
// T5 460 mid / mid: unchanged. T6 no hardness: mid / invalid: invalid. T7 "abc": invalid under both: invalid.
// T8 300 none / none (valid under both): unchanged. T9 495 mid / high: up.
const SHEET = `编号,生产企业,强度,hardness
T1,甲厂,420,60
T2,乙公司,490,60
T3,甲厂,520,60
T4,,430,60
T5,乙公司,460,60
T6,甲厂,470,
T7,丙公司,abc,60
T8,乙公司,300,60
T9,甲厂,495,60
`;

/** The hand-worked counts: producer, records, up, down, unchanged, invalid (A or B). */
const EXPECTED: [string, number, number, number, number, number][] = [
  ['甲厂', 4, 1, 1, 1, 1],
  ['乙公司', 3, 1, 0, 2, 0],
  ['丙公司', 1, 0, 0, 0, 1],
  ['', 1, 0, 1, 0, 0],
];
/**
 * How far they moved: up one grade, two or more, from not graded; down one, two or more, to not graded.
 * T2 and T9 rise one grade (mid → high); T1 and T4 fall from mid, the lowest grade, to not graded.
 */
const FAR: Record<string, [number, number, number, number, number, number]> = {
  甲厂: [1, 0, 0, 0, 0, 1],
  乙公司: [1, 0, 0, 0, 0, 0],
  丙公司: [0, 0, 0, 0, 0, 0],
  '': [0, 0, 0, 0, 0, 1],
};
const farFields = ([
  upOne,
  upTwoOrMore,
  upFromNotGraded,
  downOne,
  downTwoOrMore,
  downToNotGraded,
]: number[]) => ({
  upOne: upOne!,
  upTwoOrMore: upTwoOrMore!,
  upFromNotGraded: upFromNotGraded!,
  downOne: downOne!,
  downTwoOrMore: downTwoOrMore!,
  downToNotGraded: downToNotGraded!,
  // Why the side that does not grade them does not, only where some moved so (committee-24 F9).
  ...(upFromNotGraded ? { upFromNotGradedBy: { 'below-lowest-grade': upFromNotGraded } } : {}),
  ...(downToNotGraded ? { downToNotGradedBy: { 'below-lowest-grade': downToNotGraded } } : {}),
});
const WHOLE = {
  total: 9,
  up: 2,
  down: 2,
  sideways: 0,
  unchanged: 3,
  invalid: 2,
  ...farFields([2, 0, 0, 0, 0, 2]),
};
/** A row of the table: the counts in the order of its columns, the parts of up and down after each. */
const tableRow = ([key, total, up, down, unchanged, invalid]: (typeof EXPECTED)[number]) => {
  const far = FAR[key]!;
  return [total, up, ...far.slice(0, 3), down, ...far.slice(3), unchanged, invalid];
};
const WHOLE_ROW = [9, 2, 2, 0, 0, 2, 0, 0, 2, 3, 2];
const HEADER_ZH = [
  '生产企业',
  '记录数',
  '升高',
  '升 1 级',
  '升 2 级及以上',
  '由不分级升入',
  '降低',
  '降 1 级',
  '降 2 级及以上',
  '降为不分级（未达最低等级）',
  '不变',
  '无效（A 或 B）',
];

interface Moves {
  total: number;
  up: number;
  down: number;
  sideways: number;
  unchanged: number;
  invalid: number;
  upOne: number;
  upTwoOrMore: number;
  upFromNotGraded: number;
  downOne: number;
  downTwoOrMore: number;
  downToNotGraded: number;
}
interface Tally {
  column: string;
  groups: (Moves & { key: string })[];
  otherGroups?: Moves & { after: number };
  whole: Moves;
}

let files: string[];
const MAP = ['--map', '强度=strength'];

beforeAll(() => {
  const dir = temp();
  const [a, b, data] = [join(dir, 'a.yaml'), join(dir, 'b.yaml'), join(dir, 'samples.csv')];
  writeFileSync(a, A);
  writeFileSync(b, B);
  writeFileSync(data, SHEET);
  files = [a, b, data];
});

/** The rows of the table after the line starting `heading`, split on runs of two spaces. */
function tableAfter(stdout: string, heading: string): string[][] {
  const lines = stdout.split('\n');
  const at = lines.findIndex((l) => l.startsWith(heading));
  expect(at).toBeGreaterThan(0);
  const rows: string[][] = [];
  for (const l of lines.slice(at + 1)) {
    if (!l.startsWith('  ')) break;
    rows.push(l.trim().split(/ {2,}/));
  }
  // The sides' outcome columns are checked in committee-lots-42.test.ts.
  return withoutSides(rows);
}

const sum = (m: Moves) => m.up + m.down + m.sideways + m.unchanged + m.invalid;

describe('qgrade compare --tally-by', () => {
  it('json: a `tally` field with the hand-worked counts per producer, adding up; the other fields as without it', async () => {
    const run = await cli.run(['compare', '-f', 'json', ...MAP, '--tally-by', '生产企业', ...files]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as Record<string, unknown> & { total: number; tally: Tally };
    expect(tallyMovesOnly(json.tally)).toEqual({
      column: '生产企业',
      groups: EXPECTED.map(([key, total, up, down, unchanged, invalid]) => ({
        key,
        total,
        up,
        down,
        sideways: 0,
        unchanged,
        invalid,
        ...farFields(FAR[key]!),
      })),
      whole: WHOLE,
    });
    // Each group's counts add up to its records, the groups' records to every record compared; how far, to up and down.
    for (const g of [...json.tally.groups, json.tally.whole]) {
      expect(sum(g)).toBe(g.total);
      expect(g.upOne + g.upTwoOrMore + g.upFromNotGraded).toBe(g.up);
      expect(g.downOne + g.downTwoOrMore + g.downToNotGraded).toBe(g.down);
    }
    expect(json.tally.groups.reduce((n, g) => n + g.total, 0)).toBe(json.total);
    expect(sum(json.tally.whole)).toBe(json.total);
    expect(json.total).toBe(9);
    // Additive: every other field is what compare prints without --tally-by.
    const plain = JSON.parse((await cli.run(['compare', '-f', 'json', ...MAP, ...files])).stdout) as Record<
      string,
      unknown
    >;
    const { tally: _, ...rest } = json;
    expect(rest).toEqual(plain);
    expect(Object.keys(json)).toEqual([...Object.keys(plain).slice(0, -1), 'tally', 'ruleSetDiff']);
  });

  it('reads the column as the header writes it or as the field it is mapped to', async () => {
    const byHeader = JSON.parse(
      (await cli.run(['compare', '-f', 'json', ...MAP, '--tally-by', '强度', ...files])).stdout,
    ) as { tally: Tally };
    const byField = JSON.parse(
      (await cli.run(['compare', '-f', 'json', ...MAP, '--tally-by', 'strength', ...files])).stdout,
    ) as { tally: Tally };
    expect(byHeader.tally.groups.map((g) => g.key)).toEqual([
      '420',
      '490',
      '520',
      '430',
      '460',
      '470',
      'abc',
      '300',
      '495',
    ]);
    expect(byField.tally.groups).toEqual(byHeader.tally.groups);
    expect(byField.tally.column).toBe('strength');
  });

  it('table (en): after the matrix and the figures, a row per producer, (no value) last, a total row', async () => {
    const run = await cli.run(['compare', ...MAP, '--tally-by', '生产企业', ...files]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Moves by 生产企业 (4 groups):');
    const rows = tableAfter(run.stdout, 'Moves by 生产企业');
    expect(rows[0]).toEqual([
      '生产企业',
      'Records',
      'Up',
      'Up 1',
      'Up 2+',
      'Up from not graded',
      'Down',
      'Down 1',
      'Down 2+',
      'Down to not graded (below the lowest grade)',
      'Unchanged',
      'Invalid (A or B)',
    ]);
    expect(rows.slice(1)).toEqual([
      ...EXPECTED.map((e) => [e[0] === '' ? '(no value)' : e[0], ...tableRow(e).map(String)]),
      ['total', ...WHOLE_ROW.map(String)],
    ]);
    const at = run.stdout.indexOf('Moves by');
    expect(at).toBeGreaterThan(run.stdout.indexOf('Under B:'));
    expect(at).toBeLessThan(run.stdout.indexOf('row 1 (T1, 甲厂)'));
    // Without --tally-by the output is the same, less the table and the producer beside each sample id.
    const plain = await cli.run(['compare', ...MAP, ...files]);
    // The requirements that moved most records follow, with or without --tally-by.
    expect(run.stdout).toContain('\n\nCriteria that moved records most often:\n');
    const table = run.stdout.slice(at - 1, run.stdout.indexOf('\nCriteria that moved records most often:'));
    expect(
      run.stdout
        .replace(table, '')
        .replace(/ \((T\d)(, [^)]*)?\)/g, ' ($1)')
        .replace(/\(rows? [^)]*\)/g, ''),
    ).toBe(plain.stdout.replace(/\(rows? [^)]*\)/g, ''));
  });

  it('lists each changed and invalid record with its producer, as --keep 生产企业 would; JSON as without it', async () => {
    const zh = await cli.run(['--lang', 'zh', 'compare', ...MAP, '--tally-by', '生产企业', ...files]);
    // Below the lowest grade, named as the matrix names its column (fix-left4b), not 不分级.
    expect(zh.stdout).toContain('第 1 条（T1、甲厂）：合格品 → 未达最低等级');
    // No producer: nothing beside the id, as with --keep.
    expect(zh.stdout).toMatch(/^第 4 条（T4）：/m);
    expect(zh.stdout).toMatch(/^第 7 条（T7、丙公司）：A、B 下均无效/m);
    const keep = await cli.run([
      '--lang',
      'zh',
      'compare',
      ...MAP,
      '--keep',
      '编号',
      '--keep',
      '生产企业',
      '--tally-by',
      '生产企业',
      ...files,
    ]);
    expect(keep.stdout).toBe(zh.stdout);
    // --no-keep keeps none; a tally by an indicator (shown already, refused by --keep) adds nothing.
    const none = await cli.run(['compare', ...MAP, '--no-keep', '--tally-by', '生产企业', ...files]);
    expect(none.stdout).toContain('\nrow 1: Conforming → Below the lowest grade');
    const byIndicator = await cli.run(['compare', ...MAP, '--tally-by', 'strength', ...files]);
    expect(byIndicator.stdout).toContain('\nrow 1 (T1): Conforming → Below the lowest grade');
    const json = JSON.parse(
      (await cli.run(['compare', '-f', 'json', ...MAP, '--tally-by', '生产企业', ...files])).stdout,
    ) as { changes: { kept?: Record<string, string> }[] };
    expect(json.changes[0]!.kept).toEqual({ 编号: 'T1' });
  });

  it('table (zh): the same in Chinese', async () => {
    const run = await cli.run(['--lang', 'zh', 'compare', ...MAP, '--tally-by', '生产企业', ...files]);
    expect(run.stdout).toContain('按“生产企业”统计等级变化（4 组）：');
    const rows = tableAfter(run.stdout, '按“生产企业”统计等级变化');
    expect(rows[0]).toEqual(HEADER_ZH);
    expect(rows.slice(1)).toEqual([
      ...EXPECTED.map((e) => [e[0] === '' ? '（无值）' : e[0], ...tableRow(e).map(String)]),
      ['合计', ...WHOLE_ROW.map(String)],
    ]);
  });

  it('-f xlsx: a sheet 按列统计等级变化 with the same rows; -f html: the same table', async () => {
    const xlsx = join(temp(), 'moves.xlsx');
    const zh = ['--lang', 'zh', 'compare', ...MAP, '--tally-by', '生产企业'];
    expect((await cli.run([...zh, '-f', 'xlsx', '-o', xlsx, ...files])).code).toBe(1);
    const sheets = await readBack(readFileSync(xlsx));
    const sheet = sheets.find((s) => s.name === '按列统计等级变化')!;
    // The changed records carry the producer, as with --keep 生产企业.
    const changed = sheets.find((s) => s.name === '等级变化的记录')!;
    expect(changed.rows[0]!.slice(0, 3)).toEqual(['编号', '生产企业', '序号']);
    expect(changed.rows[1]!.slice(0, 3)).toEqual(['T1', '甲厂', 1]);
    expect(withoutSides(sheet.rows)).toEqual([
      HEADER_ZH,
      ...EXPECTED.map((e) => [e[0] === '' ? '（无值）' : e[0], ...tableRow(e)]),
      ['合计', ...WHOLE_ROW],
    ]);

    const html = join(temp(), 'moves.html');
    expect((await cli.run([...zh, '-f', 'html', '-o', html, ...files])).code).toBe(1);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<h2 id="moves-by-column">按列统计等级变化：生产企业</h2>');
    const table = page.match(/<table class="tally moves">[\s\S]*?<\/table>/)?.[0] ?? '';
    const cells = (tr: string) =>
      [...tr.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => m[1]!.replace(/<[^>]*>/g, ''));
    const rows = [...table.matchAll(/<tr[^>]*>[\s\S]*?<\/tr>/g)].map((m) => cells(m[0]));
    expect(withoutSides(rows)).toEqual([
      HEADER_ZH,
      ...EXPECTED.map((e) => [e[0] === '' ? '（无值）' : e[0], ...tableRow(e).map(String)]),
      ['合计', ...WHOLE_ROW.map(String)],
    ]);
  });

  it('a column the input lacks: exit 2, naming the columns it has, before any output', async () => {
    const en = await cli.run(['compare', ...MAP, '--tally-by', '生产商', ...files]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain(
      '--tally-by 生产商: the input has no column "生产商" (its columns: 编号, 生产企业, 强度, hardness)',
    );
    const zh = await cli.run(['--lang', 'zh', 'compare', ...MAP, '--tally-by', '生产企业s', ...files]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('--tally-by 生产企业s：输入中没有“生产企业s”列，是否要写“生产企业”？');
    expect(zh.stderr).toContain('（输入的列有“编号”、“生产企业”、“强度”、“hardness”）');
  });

  it('JSON records with no value for the column (a misspelt key): stderr says so, whatever the output format', async () => {
    const data = join(temp(), 'samples.ndjson');
    writeFileSync(
      data,
      '{"producer":"甲厂","strength":420,"hardness":60}\n{"producer":"乙公司","strength":520,"hardness":60}\n',
    );
    const notice =
      '--tally-by produce: no record had a value for "produce", so every record is counted as "(no value)"; JSON records have no header to check it against: is the key named right?';
    const typo = await cli.run(['compare', '--tally-by', 'produce', files[0]!, files[1]!, data]);
    expect(typo.stderr).toContain(notice);
    expect(tableAfter(typo.stdout, 'Moves by produce (1 group):').map((r) => r[0])).toEqual([
      'produce',
      '(no value)',
      'total',
    ]);
    const json = await cli.run([
      'compare',
      '-f',
      'json',
      '--tally-by',
      'produce',
      files[0]!,
      files[1]!,
      data,
    ]);
    expect(json.stderr).toContain(notice);
    expect((JSON.parse(json.stdout) as { tally: Tally }).tally.groups.map((g) => g.key)).toEqual(['']);
    const zh = await cli.run([
      '--lang',
      'zh',
      'compare',
      '--tally-by',
      'produce',
      files[0]!,
      files[1]!,
      data,
    ]);
    expect(zh.stderr).toContain('--tally-by produce：没有一条记录有“produce”的值');
    const right = await cli.run(['compare', '--tally-by', 'producer', files[0]!, files[1]!, data]);
    expect(right.stdout).toContain('Moves by producer (2 groups):');
    expect(right.stderr).not.toContain('no record had a value');
  });

  it('with --group-by: the groups are counted; one record a group, they count as the records do (fix-lots8 §1)', async () => {
    const args = ['compare', ...MAP, '-f', 'json', '--tally-by', '生产企业', '--group-by', '编号', ...files];
    const run = await cli.run(args);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('use one of them');
    const tally = tallyMovesOnly(JSON.parse(run.stdout).tally as Tally & { groupBy: string });
    expect(tally.groupBy).toBe('编号');
    expect(tally.groups.map((g) => [g.key, g.total, g.up, g.down, g.unchanged, g.invalid])).toEqual(EXPECTED);
    expect(tally.whole).toEqual(WHOLE);
    const zh = await cli.run(['--lang', 'zh', ...args.filter((x) => x !== '-f' && x !== 'json')]);
    expect(zh.stdout).toContain('按“生产企业”统计各“编号”组的等级变化（每组计一次，4 个取值）：');
  });
});

describe('qgrade compare --tally-by on a column of more than 1,000 values', () => {
  /** A sheet of `n` records with ids S0…S(n−1), each 490 (A: mid, B: high: up) or, when i % 3 === 2, 300 (not graded under both: unchanged); 333 such of 1,001. */
  function ids(n: number): string {
    const lines = ['样品编号,strength,hardness'];
    for (let i = 0; i < n; i++) lines.push(`S${i},${i % 3 === 2 ? 300 : 490},60`);
    const file = join(temp(), `ids-${n}.csv`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  }
  const NOTICE = '--tally-by 样品编号: the column has more than 1,000 values';

  it('1,000 values exactly: every value its group, no (other), no notice', async () => {
    const run = await cli.run([
      'compare',
      '-f',
      'json',
      '--tally-by',
      '样品编号',
      files[0]!,
      files[1]!,
      ids(1000),
    ]);
    const tally = tallyMovesOnly((JSON.parse(run.stdout) as { tally: Tally }).tally);
    expect(tally.groups).toHaveLength(1000);
    expect(tally.otherGroups).toBeUndefined();
    expect(run.stderr).not.toContain(NOTICE);
    const table = await cli.run(['compare', '--tally-by', '样品编号', files[0]!, files[1]!, ids(1000)]);
    expect(table.stdout).toContain('Moves by 样品编号 (1,000 groups):');
  });

  it('1,001 values: the first 1,000 their groups, the last record (other), the notice once; totals add up', async () => {
    const file = ids(1001);
    const run = await cli.run([
      'compare',
      '-f',
      'json',
      '--tally-by',
      '样品编号',
      files[0]!,
      files[1]!,
      file,
    ]);
    const parsed = JSON.parse(run.stdout) as { tally: Tally; total: number };
    const tally = tallyMovesOnly(parsed.tally);
    const total = parsed.total;
    expect(tally.groups).toHaveLength(1000);
    expect(tally.groups.at(-1)!.key).toBe('S999');
    // S1000: i % 3 === 1, 490: up.
    expect(tally.otherGroups).toEqual({
      after: 1000,
      total: 1,
      up: 1,
      down: 0,
      sideways: 0,
      unchanged: 0,
      invalid: 0,
      ...farFields([1, 0, 0, 0, 0, 0]),
    });
    expect(run.stderr.split(NOTICE)).toHaveLength(2);
    expect(run.stderr).toContain('counts the other 1 record as one group, "(other)"');
    const records = tally.groups.reduce((n, g) => n + g.total, 0) + tally.otherGroups!.total;
    expect(records).toBe(total);
    expect(tally.whole).toEqual({
      total: 1001,
      up: 668,
      down: 0,
      sideways: 0,
      unchanged: 333,
      invalid: 0,
      ...farFields([668, 0, 0, 0, 0, 0]),
    });

    const zh = await cli.run([
      '--lang',
      'zh',
      'compare',
      '--tally-by',
      '样品编号',
      files[0]!,
      files[1]!,
      file,
    ]);
    expect(zh.stderr).toContain('--tally-by 样品编号：该列的取值超过 1,000 个');
    expect(zh.stdout).toContain(
      '按“样品编号”统计等级变化（1,001 组；取值超过 1,000 个，其余合为“（其他）”）：',
    );
    const rows = tableAfter(zh.stdout, '按“样品编号”统计等级变化');
    // Records, up (one grade, two or more, from not graded), down (none moved down: no parts), unchanged, invalid.
    expect(rows.at(-2)).toEqual(['（其他）', '1', '1', '1', '0', '0', '0', '0', '0']);
    expect(rows.at(-1)).toEqual(['合计', '1,001', '668', '668', '0', '0', '0', '333', '0']);
  });
});
