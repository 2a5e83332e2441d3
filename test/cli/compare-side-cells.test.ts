import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSamplePair } from '../../src/grade/grade-sample-pair';
import {
  compareRuleSets,
  createGrader,
  type GradeResult,
  type InvalidRecord,
  loadRuleSet,
} from '../../src/index';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

/** A rule set of strength and one more indicator (`extra`) the other rule set does not know, with a veto item on it. */
const ruleSet = (version: string, extra: string, gate: string) => `schemaVersion: 1
id: test/side-cells
version: ${version}
industry: test
subject: product
title: { zh: 单侧列测试, en: Side column test }
references:
  - { code: TEST 5-2026, edition: "2026" }
provenance:
  level: illustrative
  note: { zh: 测试用, en: For tests only }
indicators:
  strength: { type: number, unit: MPa, range: "[0, 2000]", label: { zh: 强度, en: Strength } }
${extra}grades:
  - { id: C, label: { zh: 合格, en: Conforming } }
  - { id: S, label: { zh: 优等, en: Superior } }
criteria:
  - { id: strength-c, indicator: strength, require: "≥ 400", grade: C }
  - { id: strength-s, indicator: strength, require: "≥ 500", grade: S }
${gate}`;

// A reads density (a veto item), B dropped it and added hardness (a veto item): the committee's draft and its mirror.
const A = ruleSet(
  '1.0.0',
  '  density: { type: number, label: { zh: 密度, en: Density } }\n',
  '  - { id: density-gate, indicator: density, require: "≤ 9", gate: true }\n',
);
const B = ruleSet(
  '2.0.0',
  '  hardness: { type: number, label: { zh: 硬度, en: Hardness } }\n',
  '  - { id: hardness-gate, indicator: hardness, require: "≤ 10", gate: true }\n',
);

const CSV = [
  'sample,strength,density,hardness',
  'S-1,550,7.8,未检', // a cell only B reads cannot be converted: invalid under B only, superior under A
  'S-2,550,未检,3', // a cell only A reads cannot be converted: invalid under A only, superior under B
  'S-3,550,7.8,', // B's hardness missing: invalid under B only
  'S-4,550,7.8,3', // valid and superior under both
  'S-5,450,/,/', // both cells unconvertible: invalid under both
  'S-6,abc,7.8,3', // a cell both read: invalid under both
].join('\n');

/** The counts `grade -f json` gives: rows by grade (`null` for none) and the invalid rows. */
async function gradeCounts(rules: string, data: string) {
  const { stdout } = await cli.run(['grade', '-f', 'json', '--keep', 'sample', '-r', rules, data]);
  const results = JSON.parse(stdout) as GradeResult[];
  const byGrade: Record<string, number> = {};
  for (const r of results) byGrade[String(r.grade)] = (byGrade[String(r.grade)] ?? 0) + 1;
  return { byGrade, invalid: results.filter((r) => r.errors !== undefined).map((r) => r.row) };
}

describe.concurrent('qgrade compare: each side carries only the cells it reads', () => {
  let files: string[];
  beforeAll(() => {
    const dir = temp();
    files = ['a.yaml', 'b.yaml', 'data.csv'].map((f) => join(dir, f));
    writeFileSync(files[0]!, A);
    writeFileSync(files[1]!, B);
    writeFileSync(files[2]!, CSV);
  });

  it('json: a cell only the other side reads does not make the record invalid', async () => {
    const { stdout } = await cli.run(['compare', '-f', 'json', '--keep', 'sample', ...files]);
    const json = JSON.parse(stdout) as {
      changed: number;
      invalid: InvalidRecord[];
      matrix: Record<string, Record<string, number>>;
      changes: { row: number; from: string | null; to: string | null }[];
    };
    expect(json.invalid.map((r) => [r.kept?.sample, r.under])).toEqual([
      ['S-1', 'b'],
      ['S-2', 'a'],
      ['S-3', 'b'],
      ['S-5', 'both'],
      ['S-6', 'both'],
    ]);
    expect(json.invalid[0]!.reason.en).toMatch(/hardness/i);
    expect(json.invalid[1]!.reason.en).toMatch(/density/i);
    expect(json.changes.map((c) => [c.row, c.from, c.to])).toEqual([
      [1, 'S', null],
      [2, null, 'S'],
      [3, 'S', null],
    ]);
    expect(json.changed).toBe(3);
    // Invalid records in an "(invalid)" row and column of their own (committee-29 M3).
    expect(json.matrix.S).toEqual({ C: 0, S: 1, null: 0, '(invalid)': 2 });
    expect(json.matrix.null).toEqual({ C: 0, S: 0, null: 0, '(invalid)': 0 });
    expect(json.matrix['(invalid)']).toEqual({ C: 0, S: 1, null: 0, '(invalid)': 2 });
  });

  it("compare's per-side counts equal grade's on the same file, under A and under B", async () => {
    const [a, b, data] = files as [string, string, string];
    const { stdout } = await cli.run(['compare', '-f', 'json', '--keep', 'sample', ...files]);
    const json = JSON.parse(stdout) as {
      invalid: InvalidRecord[];
      matrix: Record<string, Record<string, number>>;
    };
    const rows = Object.keys(json.matrix);
    const underA = Object.fromEntries(
      rows.map((g) => [g, Object.values(json.matrix[g]!).reduce((s, n) => s + n, 0)]),
    );
    const underB: Record<string, number> = {};
    for (const g of rows)
      for (const [to, n] of Object.entries(json.matrix[g]!)) underB[to] = (underB[to] ?? 0) + n;
    const gradeA = await gradeCounts(a, data);
    const gradeB = await gradeCounts(b, data);
    // grade's JSON has `grade: null` for an invalid record; the matrix counts it under "(invalid)".
    const nonZero = (o: Record<string, number>) =>
      Object.fromEntries(
        Object.entries(o)
          .filter(([, n]) => n > 0)
          .map(([k, n]) => [k === '(invalid)' ? 'null' : k, n]),
      );
    expect(nonZero(underA)).toEqual(gradeA.byGrade);
    expect(nonZero(underB)).toEqual(gradeB.byGrade);
    const invalidUnder = (side: 'a' | 'b') =>
      json.invalid.filter((r) => r.under === side || r.under === 'both').map((r) => r.row);
    expect(invalidUnder('a')).toEqual(gradeA.invalid);
    expect(invalidUnder('b')).toEqual(gradeB.invalid);
    expect(gradeA.invalid).toEqual([2, 5, 6]);
    expect(gradeB.invalid).toEqual([1, 3, 5, 6]);
  });

  it('table (zh and en): the per-side lines and the changed count', async () => {
    const zh = await cli.run(['--lang', 'zh', 'compare', '--keep', 'sample', ...files]);
    expect(zh.stdout).toContain(
      '共 6 条记录：等级不变 3 条（含记录无效 2 条），等级变化 3 条（升高 0 条，降低 0 条，只在 A 下无效 1 条，只在 B 下无效 2 条）',
    );
    expect(zh.stdout).toMatch(/^A 下：已分级 3 条，不分级 0 条，无效 3 条$/m);
    expect(zh.stdout).toMatch(/^B 下：已分级 2 条，不分级 0 条，无效 4 条$/m);
    expect(zh.stdout).toContain('第 1 条（S-1）：B 下无效：硬度应为数值');
    expect(zh.stdout).toContain('第 2 条（S-2）：A 下无效：密度应为数值');
    const en = await cli.run(['compare', '--keep', 'sample', ...files]);
    expect(en.stdout).toContain(
      '6 records: 3 unchanged (2 of them invalid), 3 changed grade (0 up, 0 down, 1 invalid under A only, 2 invalid under B only)',
    );
    expect(en.stdout).toMatch(/^Under A: 3 graded, 0 not graded, 3 invalid$/m);
  });

  it('--tally-by lists a record invalid under B only among the changes, with its column value', async () => {
    const { stdout } = await cli.run(['--lang', 'zh', 'compare', '--tally-by', 'sample', ...files]);
    expect(stdout).toContain('第 1 条（S-1）：优等 → 不分级  （B 下无效）');
    expect(stdout).toContain('第 2 条（S-2）：不分级 → 优等  （A 下无效）');
    const json = await cli.run(['compare', '-f', 'json', '--tally-by', 'sample', ...files]);
    const tally = JSON.parse(json.stdout).tally as {
      groups: { key: string; invalid: number; unchanged: number }[];
    };
    expect(tally.groups.map((g) => [g.key, g.unchanged, g.invalid])).toEqual([
      ['S-1', 0, 1],
      ['S-2', 0, 1],
      ['S-3', 0, 1],
      ['S-4', 1, 0],
      ['S-5', 0, 1],
      ['S-6', 0, 1],
    ]);
  });

  it('html and xlsx: the same sides', async () => {
    const dir = temp();
    const html = join(dir, 'c.html');
    const xlsx = join(dir, 'c.xlsx');
    await cli.run(['compare', '-f', 'html', '-o', html, '--keep', 'sample', ...files]);
    const rows = [
      ...readFileSync(html, 'utf8').matchAll(/<tr data-invalid-row="(\d+)" data-under="(\w+)">/g),
    ];
    expect(rows.map((m) => [m[1], m[2]])).toEqual([
      ['1', 'b'],
      ['2', 'a'],
      ['3', 'b'],
      ['5', 'both'],
      ['6', 'both'],
    ]);
    await cli.run(['--lang', 'zh', 'compare', '-f', 'xlsx', '-o', xlsx, '--keep', 'sample', ...files]);
    const sheets = await readBack(readFileSync(xlsx));
    const invalid = sheets.find((s) => s.name === '无效记录')!;
    expect(invalid.rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['S-1', 1, 'B 下无效'],
      ['S-2', 2, 'A 下无效'],
      ['S-3', 3, 'B 下无效'],
      ['S-5', 5, 'A、B 下均无效'],
      ['S-6', 6, 'A、B 下均无效'],
    ]);
  });

  it('library: gradeSamplePair (the studio) and compareRuleSets grade each side by its own fields', async () => {
    const [a, b] = await Promise.all([files[0]!, files[1]!].map((f) => loadRuleSet(f)));
    const pairs = await gradeSamplePair(createGrader(a!), createGrader(b!), CSV);
    expect(pairs.map(([x, y]) => [x.result.grade, y.result.grade])).toEqual([
      ['S', null],
      [null, 'S'],
      ['S', null],
      ['S', 'S'],
      [null, null],
      [null, null],
    ]);
    expect(pairs[0]![1].result.errors?.map((e) => e.field)).toEqual(['hardness']);
    expect(pairs[1]![0].result.errors?.map((e) => e.field)).toEqual(['density']);
    const records = [
      { strength: 550, density: 7.8, hardness: '未检' },
      { strength: 550, density: '未检', hardness: 3 },
    ];
    const comparison = await compareRuleSets(a!, b!, records);
    expect(comparison.invalid.map((r) => [r.row, r.under])).toEqual([
      [1, 'b'],
      [2, 'a'],
    ]);
  });

  it('--group-by: the records of a group carry only their side’s cells too', async () => {
    const { stdout } = await cli.run(['compare', '-f', 'json', '--group-by', 'sample', ...files]);
    const json = JSON.parse(stdout) as { invalid: InvalidRecord[] };
    expect(json.invalid.map((r) => [r.row, r.under])).toEqual([
      [1, 'b'],
      [2, 'a'],
      [3, 'b'],
      [5, 'both'],
      [6, 'both'],
    ]);
  });
});
