import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { GroupResult } from '../../src/index';
import { ROOT, useBinary, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const binary = useBinary();
const temp = useTempDir();
const LOTS = 'building-materials/cement-lot-grade';
const SAMPLES = 'examples/cement-lot-samples.csv';
const validate = new Ajv2020({
  allErrors: true,
  strict: true,
  strictRequired: true,
  allowUnionTypes: true,
}).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/group-result.schema.json'), 'utf8')));
const HEAD = 'lot,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting';
const row = (lot: string, c28: number | string, c3 = 24) => `${lot},42.5,${c3},${c28},150,240`;

describe.concurrent('qgrade grade --group-by', () => {
  it('ndjson: one GroupResult per lot, following group-result.schema.json, naming the records', async () => {
    const { code, stdout, stderr } = await cli.run([
      'grade',
      '-r',
      LOTS,
      '--group-by',
      'lot',
      '-f',
      'ndjson',
      SAMPLES,
    ]);
    expect(code).toBe(0);
    const groups = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as GroupResult);
    for (const g of groups) expect(validate(g) ? [] : validate.errors).toEqual([]);
    // The lot grading is illustrative: every group result says so (standards-26 F1).
    for (const g of groups) expect(g.ruleSet.provenance).toBe('illustrative');
    expect(groups.map((g) => [g.group, g.grade, g.rows])).toEqual([
      ['2026-10 42.5', 'superior', { first: 1, last: 8, places: { first: { line: 2 }, last: { line: 9 } } }],
      ['2026-11 42.5', 'first', { first: 9, last: 16, places: { first: { line: 10 }, last: { line: 17 } } }],
      [
        '2026-11 52.5',
        'conforming',
        { first: 17, last: 22, places: { first: { line: 18 }, last: { line: 23 } } },
      ],
    ]);
    // The November 42.5 lot: CV 3.8 % fails superior's ≤ 3.0, and names its lowest and highest samples.
    const cv = groups[1]!.nextGrade!.blockers[0]!;
    expect(cv).toMatchObject({ id: 'cv-28d-superior', limit: { text: '≤ 3.0' }, passed: false });
    expect(cv.records).toEqual([
      { row: 9, kept: { 编号: 'S11-01' }, value: 47.1 },
      { row: 16, kept: { 编号: 'S11-08' }, value: 52 },
    ]);
    // The 52.5 lot is held at conforming by one sample's 3-day strength.
    expect(groups[2]!.heldBy).toEqual([
      {
        row: 19,
        kept: { 编号: 'S11-23' },
        grade: 'conforming',
        failing: ['compressive-3d@first', 'compressive-3d@superior'],
      },
    ]);
    expect(stderr).toContain('3 groups: Superior 1, First class 1, Conforming 1; not graded 0');
  });

  it('json, csv and table', async () => {
    const json = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'json', '--no-summary', SAMPLES]);
    expect((JSON.parse(json.stdout) as GroupResult[]).map((g) => g.grade)).toEqual([
      'superior',
      'first',
      'conforming',
    ]);
    const csv = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'csv', '--no-summary', SAMPLES]);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'group,firstRow,lastRow,records,grade,label,conforming,recordGrade,nextGrade,blockers,notGradedReason,failing,heldBy,explanation,samples,mean28d,cv28d',
    );
    expect(lines[2]).toMatch(
      /^2026-11 42\.5,9,16,8,first,First class,true,superior,superior,cv-28d-superior,,cv-28d-superior,,"CV of 28-day compressive strength 3\.8 %, required ≤ 3\.0: not met; .*",8,49\.55,3\.8$/,
    );
    const table = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '-g', 'lot', '--no-summary', SAMPLES]);
    expect(table.stdout).toContain('组 2026-11 42.5（第 9–16 条，共 8 条记录）：一等品');
    expect(table.stdout).toContain(
      '✗ 【优等品】28 天抗压强度变异系数 3.8 %，要求 ≤ 3.0：不满足；最低 47.1 MPa（第 9 条，S11-01），最高 52 MPa（第 16 条，S11-08）',
    );
  });

  it('zh: names grades by their labels, highest first, with full-width punctuation', async () => {
    const { stdout, stderr } = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '-g', 'lot', SAMPLES]);
    expect(stderr).toContain('3 组：优等品 1，一等品 1，合格品 1；不分级 0 组');
    expect(stdout).toContain('组 2026-10 42.5（第 1–8 条，共 8 条记录）：优等品\n');
    expect(stdout).toContain('  ✓ 【一等品】28 天抗压强度变异系数 1.9 %，要求 ≤ 4.0：满足');
    // A record's failing requirements by name: 3 天抗压强度 of 一等品 and of 优等品, named once; ids with --ids.
    expect(stdout).toContain('  记录最低等级为合格品：第 19 条 S11-23（3 天抗压强度）\n');
    const ids = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '-g', 'lot', '--ids', SAMPLES]);
    expect(ids.stdout).toContain(
      '  记录最低等级为合格品：第 19 条 S11-23（compressive-3d@first、compressive-3d@superior）\n',
    );
    // The CSV's heldBy keeps the ids, in Chinese too: a contract.
    const csv = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '-g', 'lot', '-f', 'csv', SAMPLES]);
    expect(csv.stdout).toContain(',第 19 条 S11-23（compressive-3d@first、compressive-3d@superior）,');
    // No grade id in the Chinese prose.
    expect(stdout).not.toMatch(/\[(first|superior|conforming)\]|：(first|superior|conforming) /);
  });

  it('a row that cannot be read is "整行" / "record" in heldBy, not "((record))"', async () => {
    const input = [HEAD, row('A', 50), '"A,42.5,20', row('A', 51)].join('\n');
    for (const [lang, text] of [
      ['zh', '第 2 条（整条记录）'],
      ['en', 'row 2 (record)'],
    ] as const) {
      const { stdout } = await cli.run(['--lang', lang, 'grade', '-r', LOTS, '-g', 'lot', '-f', 'csv', '-'], {
        input,
      });
      expect(stdout).toContain(text);
      expect(stdout).not.toContain('((record))');
    }
  });

  it('stops with exit code 2 when a key comes back after its group closed', async () => {
    const input = [HEAD, row('A', 50), row('A', 51), row('B', 50), row('A', 49)].join('\n');
    const { code, stderr } = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], {
      input,
    });
    expect(code).toBe(2);
    expect(stderr).toContain(
      'row 4 has lot "A" again, but that group closed at row 2: --group-by grades each group as its rows stream past, so the input must be sorted by lot',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], {
      input,
    });
    expect(zh.stderr).toContain(
      '第 4 条记录的“lot”又是“A”，但该组已在第 2 条结束：--group-by 逐组依次评级，同一组的记录必须连在一起，请按“lot”对输入排序',
    );
  });

  it('exits 1 when a group holds an invalid record, and names it', async () => {
    const input = [HEAD, row('A', 50), row('A', 'high'), row('A', 51)].join('\n');
    const { code, stdout } = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], {
      input,
    });
    expect(code).toBe(1);
    const g = JSON.parse(stdout) as GroupResult;
    expect(g).toMatchObject({
      grade: null,
      notGradedReason: { code: 'invalid-record', records: [{ row: 2, failing: ['compressive28d'] }] },
    });
    expect(g.statistics.find((s) => s.id === 'samples')?.value).toBe(2);
  });

  it('grades the records without a key as a last group of their own, closing no group', async () => {
    // Keyless rows inside lot A and after B: A stays one group, every record is in one group.
    const input = [HEAD, row('A', 50), row('', 51), row('A', 49), row('B', 50), row(' ', 'x')].join('\n');
    const run = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], { input });
    expect(run.code).toBe(1);
    const groups = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as GroupResult);
    for (const g of groups) expect(validate(g) ? [] : validate.errors).toEqual([]);
    expect(groups.map((g) => [g.group, g.rows, g.records.count, g.records.invalid])).toEqual([
      ['A', { first: 1, last: 3, places: { first: { line: 2 }, last: { line: 4 } } }, 2, 0],
      ['B', { first: 4, last: 4, places: { first: { line: 5 }, last: { line: 5 } } }, 1, 0],
      ['', { first: 2, last: 5, places: { first: { line: 3 }, last: { line: 6 } } }, 2, 1],
    ]);
    expect(run.stderr).toContain(
      '2 records have no value in the --group-by column "lot": graded together as the last group, "(no value)"',
    );
    expect(run.stderr).toContain('3 groups:');
    // Valid records only: exit 1 still, a record was left out of its lot.
    const one = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '-g', 'lot', '-'], {
      input: [HEAD, row('A', 50), row('', 51)].join('\n'),
    });
    expect(one.code).toBe(1);
    expect(one.stdout).toContain('组 （无值）（第 2 条，共 1 条记录）');
    expect(one.stderr).toContain('1 条记录的 --group-by 列“lot”没有值，合为最后一组“（无值）”评级');
  });

  it('refuses a format for single records, and --workers', async () => {
    const markdown = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'markdown', SAMPLES]);
    expect(markdown.code).toBe(2);
    expect(markdown.stderr).toContain(
      '--group-by writes table, json, ndjson, csv, xlsx, html; -f markdown is for one result per record',
    );
    const workers = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-w', '2', SAMPLES]);
    expect(workers.code).toBe(2);
  });
});

describe.concurrent('qgrade grade --group-by, stopped by the input', () => {
  // 20 lots of 300 rows, sorted, then one more row of the first lot: every lot has closed when it comes back.
  const LOT_ROWS = 300;
  const sorted = [HEAD];
  for (let lot = 0; lot < 20; lot++)
    for (let i = 0; i < LOT_ROWS; i++) sorted.push(row(`L${String(lot).padStart(2, '0')}`, 48 + (i % 5)));
  const late = [...sorted, row('L00', 50)].join('\n');
  const FORMATS = ['ndjson', 'json', 'csv', 'table'] as const;

  it('writes every group closed before the error, in every format, and no end (as plain grade)', async () => {
    for (const format of FORMATS) {
      const args = ['grade', '-r', LOTS, '-g', 'lot', '-f', format, '--no-summary', '-'];
      const whole = await cli.run(args, { input: sorted.join('\n') });
      expect(whole.code).toBe(0);
      const stopped = await cli.run(args, { input: late });
      expect(stopped.code).toBe(2);
      expect(stopped.stderr).toContain(
        `row ${20 * LOT_ROWS + 1} has lot "L00" again, but that group closed at row ${LOT_ROWS}`,
      );
      // The same groups, byte for byte, as the sorted input without the late row; JSON without its closing "]".
      expect(stopped.stdout, format).toBe(
        format === 'json' ? whole.stdout.slice(0, -'\n]\n'.length) : whole.stdout,
      );
    }
    const ndjson = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], { input: late });
    expect(ndjson.stdout.trim().split('\n')).toHaveLength(20);
  });

  it('writes the groups before a key that comes back in a small input (nothing was written before)', async () => {
    const input = [HEAD, row('A', 50), row('B', 50), row('A', 49)].join('\n');
    const run = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], { input });
    expect(run.code).toBe(2);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as GroupResult).group),
    ).toEqual(['A', 'B']);
  });

  it('a spawned qgrade writing to a pipe writes the same bytes as in-process', async () => {
    const file = join(temp(), 'late.csv');
    writeFileSync(file, late);
    await Promise.all(
      FORMATS.map(async (format) => {
        const args = ['grade', '-r', LOTS, '-g', 'lot', '-f', format, '--no-summary', file];
        const [spawned, inProcess] = await Promise.all([binary.run(args), cli.run(args)]);
        expect(spawned.code).toBe(2);
        expect(inProcess.code).toBe(2);
        expect(spawned.stdout.length, format).toBeGreaterThan(0);
        expect(spawned.stdout, format).toBe(inProcess.stdout);
      }),
    );
  });
});

describe.concurrent('qgrade grade --group-by, keys from a hostile input', () => {
  const LONG = 'x'.repeat(100_000);
  const KEYS = ['\u001b[31mred\u001b[0m', 'line1\nline2', '\u202eevil\u202c', LONG];
  const HOSTILE = [
    `编号,${HEAD}`,
    ...KEYS.flatMap((key, k) =>
      [0, 1, 2].map(
        (j) => `${j === 0 ? `"S\u001b[2J${k}"` : `S${k}-${j}`},"${key}",42.5,24,${48 + j},150,240`,
      ),
    ),
  ].join('\n');
  // C0 and C1 controls other than the line break, DEL, and the bidirectional controls.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
  const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

  it('table: keys and kept values made safe, one line each, a long key cut short, in both languages', async () => {
    for (const lang of ['en', 'zh']) {
      const { code, stdout } = await cli.run(
        ['--lang', lang, 'grade', '-r', LOTS, '-g', 'lot', '--no-summary', '-'],
        {
          input: HOSTILE,
        },
      );
      expect(code).toBe(0);
      expect(stdout).not.toMatch(UNSAFE);
      for (const line of stdout.split('\n')) expect(line.length).toBeLessThan(400);
      const heads = stdout.split('\n').filter((l) => /^(group|组) /.test(l));
      expect(heads).toEqual(
        lang === 'en'
          ? [
              'group \ufffd[31mred\ufffd[0m (rows 1–3, 3 records): superior Superior',
              'group line1\ufffdline2 (rows 4–6, 3 records): superior Superior',
              'group \ufffdevil\ufffd (rows 7–9, 3 records): superior Superior',
              `group ${'x'.repeat(80)}… (rows 10–12, 3 records): superior Superior`,
            ]
          : [
              '组 \ufffd[31mred\ufffd[0m（第 1–3 条，共 3 条记录）：优等品',
              '组 line1\ufffdline2（第 4–6 条，共 3 条记录）：优等品',
              '组 \ufffdevil\ufffd（第 7–9 条，共 3 条记录）：优等品',
              `组 ${'x'.repeat(80)}…（第 10–12 条，共 3 条记录）：优等品`,
            ],
      );
      // A kept sample id with an escape sequence, in the statistics' lines.
      expect(stdout).toContain(
        lang === 'en' ? 'lowest 48 MPa at row 1 (S\ufffd[2J0)' : '最低 48 MPa（第 1 条，S\ufffd[2J0）',
      );
    }
  });

  it('json, ndjson and csv keep every key whole', async () => {
    const json = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'json', '-'], { input: HOSTILE });
    expect((JSON.parse(json.stdout) as GroupResult[]).map((g) => g.group)).toEqual(KEYS.map((k) => k.trim()));
    const ndjson = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], { input: HOSTILE });
    expect(
      ndjson.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as GroupResult).group),
    ).toEqual(KEYS.map((k) => k.trim()));
    const csv = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'csv', '-'], { input: HOSTILE });
    expect(csv.stdout).toContain(`\n"line1\nline2",4,6,3,`);
    expect(csv.stdout).toContain(`\n${LONG},10,12,3,`);
  });

  it('a long key that comes back is quoted cut short, on one line', async () => {
    const input = [
      HEAD,
      `"${LONG}\n",42.5,24,48,150,240`,
      row('B', 50),
      `"${LONG}\n",42.5,24,48,150,240`,
    ].join('\n');
    const { code, stderr } = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], {
      input,
    });
    expect(code).toBe(2);
    expect(stderr).toContain(`row 3 has lot "${'x'.repeat(40)}…" again, but that group closed at row 1`);
    expect(stderr.length).toBeLessThan(1000);
  });
});

describe.concurrent('qgrade grade --group-by, a column the input does not have', () => {
  const COLUMNS = '编号,lot,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting';
  const input = [HEAD, row('A', 50)].join('\n');

  it('takes a column as the file heads it, read as an indicator, and lists the columns as written', async () => {
    // A Chinese header read as its indicators by their labels: the committee names the column it sees.
    const zhHead = 'lot,强度等级,3 天抗压强度,28 天抗压强度,初凝时间,终凝时间';
    const text = [zhHead, row('A', 50), row('A', 51), row('B', 52)].join('\n');
    const byHeader = await cli.run(['grade', '-r', LOTS, '-g', '强度等级', '-f', 'json', '-'], {
      input: text,
    });
    expect(byHeader.code, byHeader.stderr).toBe(0);
    const groups = JSON.parse(byHeader.stdout) as { group: string; records: { count: number } }[];
    expect(groups.map((g) => [g.group, g.records.count])).toEqual([['42.5', 3]]);
    const byField = await cli.run(['grade', '-r', LOTS, '-g', 'strengthClass', '-f', 'json', '-'], {
      input: text,
    });
    expect(JSON.parse(byField.stdout)).toEqual(groups);
    const missing = await cli.run(['grade', '-r', LOTS, '-g', '批次', '-'], { input: text });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`(its columns: ${zhHead.replaceAll(',', ', ')})`);
  });

  it('names the columns and the closest, in both languages, exit code 2', async () => {
    const typo = await cli.run(['grade', '-r', LOTS, '-g', 'lots', SAMPLES]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain(
      `qgrade: --group-by lots: the input has no column "lots"; did you mean "lot"? (its columns: ${COLUMNS.replaceAll(',', ', ')})\n`,
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '-g', 'lots', SAMPLES]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      `qgrade: --group-by lots：输入中没有“lots”列，是否要写“lot”？（输入的列有${COLUMNS.split(',')
        .map((c) => `“${c}”`)
        .join('、')}）\n`,
    );
    const none = await cli.run(['grade', '-r', LOTS, '-g', 'nosuch', '-'], { input });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(
      'qgrade: --group-by nosuch: the input has no column "nosuch" (its columns: lot, strengthClass, compressive3d, compressive28d, initialSetting, finalSetting)\n',
    );
  });

  it('says so for a header without rows too, where no row could miss it', async () => {
    const { code, stderr } = await cli.run(['grade', '-r', LOTS, '-g', 'nosuch', '-f', 'csv', '-'], {
      input: `${HEAD}\n`,
    });
    expect(code).toBe(2);
    expect(stderr).toContain('qgrade: --group-by nosuch: the input has no column "nosuch"');
    const present = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'csv', '-'], {
      input: `${HEAD}\n`,
    });
    expect(present.code).toBe(0);
  });

  it('lists the first 20 of many columns, each cut short and made safe', async () => {
    const wide = [
      `${HEAD},${Array.from({ length: 30 }, (_, i) => `extra${i}`).join(',')}`,
      `${row('A', 50)}${',x'.repeat(30)}`,
    ];
    const { code, stderr } = await cli.run(['grade', '-r', LOTS, '-g', 'nosuch', '-'], {
      input: wide.join('\n'),
    });
    expect(code).toBe(2);
    expect(stderr).toContain(
      `(its columns: lot, strengthClass, compressive3d, compressive28d, initialSetting, finalSetting, ${Array.from(
        { length: 14 },
        (_, i) => `extra${i}`,
      ).join(', ')} … (36 in all))`,
    );
    // --no-keep: the sample-id notice would quote the long column itself.
    const hostile = await cli.run(['grade', '-r', LOTS, '-g', 'nosuch', '--no-keep', '-'], {
      input: [`"${'y'.repeat(100_000)}",\u001b[2Jz,${HEAD}`, `a,b,${row('A', 50)}`].join('\n'),
    });
    expect(hostile.code).toBe(2);
    expect(hostile.stderr).toContain(`(its columns: ${'y'.repeat(40)}…, \ufffd[2Jz, lot,`);
    expect(hostile.stderr.length).toBeLessThan(1000);
  });

  it('a column the input has, empty in every row: no record can be grouped, a usage error', async () => {
    const { code, stdout, stderr } = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'ndjson', '-'], {
      input: [HEAD, row('', 50), row('', 51)].join('\n'),
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no record has a value in the --group-by column "lot", so none can be grouped');
  });
});

describe.concurrent('qgrade grade --group-by, lists of records cut at 20', () => {
  // Lot A: 30 records held at "first" by their 3-day strength; lot B: 30 invalid records; lot C: 20 invalid.
  const rows = (lot: string, from: number, n: number, c28: string, c3: number) =>
    Array.from({ length: n }, (_, i) => `S${from + i},${lot},42.5,${c3},${c28},150,240`);
  const input = [
    `id,${HEAD}`,
    ...rows('A', 1, 30, '49', 20),
    ...rows('B', 31, 30, 'high', 24),
    ...rows('C', 61, 20, 'high', 24),
  ].join('\n');

  it('table: says how many more records there are, in both languages', async () => {
    const en = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '--no-summary', '-'], { input });
    expect(en.code).toBe(1);
    const enLines = en.stdout.split('\n');
    expect(enLines.find((l) => l.startsWith('  lowest record grade first: row 1 S1'))).toMatch(
      /, row 20 S20 \(compressive-3d@superior\), … and 10 more$/,
    );
    const invalid = enLines.filter((l) => / records are invalid/.test(l));
    expect(invalid[0]).toMatch(
      /^ {2}30 records are invalid, .*; row 50 \(S50\): compressive28d; … and 10 more$/,
    );
    expect(invalid[1]).toMatch(/^ {2}20 records are invalid, .*; row 80 \(S80\): compressive28d$/);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '-g', 'lot', '--no-summary', '-'], {
      input,
    });
    const zhLines = zh.stdout.split('\n');
    expect(zhLines.find((l) => l.startsWith('  记录最低等级为一等品：'))).toMatch(
      /，第 20 条 S20（3 天抗压强度），…另有 10 条$/,
    );
    const zhInvalid = zhLines.filter((l) => /条记录无效/.test(l));
    expect(zhInvalid[0]).toMatch(/^ {2}组内 30 条记录无效，.*；第 50 条（S50）：[^；]+；…另有 10 条$/);
    expect(zhInvalid[1]).toMatch(/^ {2}组内 20 条记录无效，.*；第 80 条（S80）：[^；]+$/);
  });

  it('json keeps the 20 records; the message says how many it leaves out, as the table does (committee-24 F18)', async () => {
    const json = await cli.run(['grade', '-r', LOTS, '-g', 'lot', '-f', 'json', '-'], { input });
    const groups = JSON.parse(json.stdout) as GroupResult[];
    expect(groups[0]!.heldBy).toHaveLength(20);
    expect(groups[1]!.notGradedReason!.records).toHaveLength(20);
    expect(groups[1]!.notGradedReason!.message.en).toMatch(
      /; row 50 \(S50\): compressive28d; … and 10 more$/,
    );
    expect(groups[2]!.notGradedReason!.message.en).toMatch(/; row 80 \(S80\): compressive28d$/);
  });
});

describe('qgrade grade --group-by on a rule set with no group requirements (enterprise-19 F9)', () => {
  it('says once, zh and en, that each group gets its lowest record grade and that --tally-by gives the distribution', async () => {
    const ruleSet = 'enterprise/quality-management-capability';
    const labels = [
      '领导作用与质量战略,过程控制,供应商质量管理,内部审核与改进,质量数据采集,质量数据分析与应用,质量追溯',
      '创新能力,以顾客为关注焦点,人才培养,产品质量水平,质量损失控制,顾客满意',
    ].join(',');
    const scores = (n: number) => Array(13).fill(n).join(',');
    const file = join(temp(), 'enterprises.csv');
    // 家电: 92 and 70 → the group gets 保证级 (the lower), not a distribution.
    writeFileSync(file, `所属行业,${labels}\n家电,${scores(92)}\n家电,${scores(70)}\n化工,${scores(92)}\n`);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ruleSet, '--group-by', '所属行业', file]);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toMatch(/组 家电（第 1–2 条，共 2 条记录）：保证级/);
    const notice =
      '注意：规则集 enterprise/quality-management-capability 没有对一组记录整体的要求，--group-by 给每组的等级是组内最低的记录等级（组内有无效记录则该组不分级），不是各等级的分布；要看每个“所属行业”下各等级的记录数，请用 --tally-by 所属行业';
    expect(zh.stderr.split('\n').filter((l) => l === notice)).toHaveLength(1);
    const en = await cli.run(['grade', '-r', ruleSet, '--group-by', '所属行业', '-f', 'ndjson', file]);
    expect(en.stderr).toContain(
      'Note: rule set enterprise/quality-management-capability has no requirements on a group as a whole, so --group-by gives each group the grade of its lowest record (not graded when one is invalid), not a distribution; for the number of records per grade for each "所属行业", use --tally-by 所属行业',
    );
  });

  it('a column name with a space is quoted for the shell; a lot-grading rule set says nothing', async () => {
    const file = join(temp(), 'spaced.csv');
    writeFileSync(file, `lot name,${HEAD}\nA,${row('A', 50)}\n`);
    const run = await cli.run([
      'grade',
      '-r',
      'building-materials/common-portland-cement',
      '--group-by',
      'lot name',
      '-f',
      'ndjson',
      file,
    ]);
    expect(run.stderr).toContain(`use --tally-by 'lot name'`);
    const lots = await cli.run(['grade', '-r', LOTS, '--group-by', 'lot', '-f', 'ndjson', SAMPLES]);
    expect(lots.stderr).not.toContain('no requirements on a group');
  });
});
