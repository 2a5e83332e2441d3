/**
 * A boolean's value labels (session 23): the AC rule set (1.1.6) labels airCooled's values 风冷式 / 水冷式
 * (aliases 风冷, 风冷型 / 水冷, 水冷型). A 风冷式 column saying 水冷 is read as false (out of scope), not
 * refused; a column read as nothing (冷却方式) saying 水冷 makes the record invalid with the `--map` advice,
 * where before the default (air-cooled) stood in and a water-cooled unit was graded. CSV, .xlsx, NDJSON and
 * `gradeSync` alike; explanations show the label, the result's value stays the boolean.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, type GradeResult, loadRuleSet } from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

function file(name: string, text: string): string {
  const path = join(temp(), name);
  writeFileSync(path, text);
  return path;
}

function parse(stdout: string): GradeResult[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as GradeResult);
}

const rows = (column: string, cells: string[]) =>
  [
    `型号,unitType,ratedCoolingCapacity,apf,${column}`,
    ...cells.map((c, i) => `A${i + 1},heat-pump,3500,5.1,${c}`),
  ]
    .join('\n')
    .concat('\n');

/** A result as the tests compare it: grade, why not graded, failing scope items, error fields. */
const outcome = (r: GradeResult) => ({
  grade: r.grade,
  reason: r.notGradedReason?.code,
  failing: r.criteria?.filter((c) => c.passed === false).map((c) => c.id),
  errors: r.errors?.map((e) => e.field),
});

const WATER = { grade: null, reason: 'out-of-scope', failing: ['air-cooled'], errors: undefined };
const GRADED = { grade: '1', reason: undefined, failing: [], errors: undefined };

const unreadEn = (row: number, cell: string, place: string) =>
  `record ${row}${place}: column "冷却方式" holds "${cell}", which is airCooled = no (Not air-cooled), but the column is not read as it: the record would be graded with its default true. If the column is airCooled, read it with --map 冷却方式=airCooled; if it says something else, keep it with --keep 冷却方式`;

describe('airCooled labelled 风冷式 / 水冷式', () => {
  it('CSV: a 风冷式 column of 水冷 (and 水冷型, Water-cooled) is out of scope, of 风冷 graded; 水冷却 is refused listing the labels', async () => {
    const csv = file('read.csv', rows('风冷式', ['水冷', '风冷', '水冷型', ' Water-cooled ', '水冷却']));
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', csv]);
    const results = parse(run.stdout);
    expect(results.slice(0, 4).map(outcome)).toEqual([WATER, GRADED, WATER, WATER]);
    expect(results[4]!.errors).toEqual([
      {
        field: 'airCooled',
        code: 'wrong-type',
        message: {
          zh: '风冷式应为是/否："水冷却" 不是 是/否、有/无、合格/不合格、true/false、1/0、yes/no、Y/N、风冷式/非风冷式（Air-cooled/Not air-cooled）之一（第 6 行第 5 列）',
          en: 'airCooled (Air-cooled) must be a boolean: "水冷却" is not one of true/false, 1/0, yes/no, Y/N, 是/否, 有/无, 合格/不合格, Air-cooled/Not air-cooled (风冷式/非风冷式) (line 6, column 5)',
        },
      },
    ]);
  });

  it('CSV: an unread 冷却方式 column of 水冷 makes the record invalid, naming the column and --map; 风冷 (the default) is graded', async () => {
    const csv = file('unread.csv', rows('冷却方式', ['水冷', '风冷']));
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', csv]);
    expect(run.code).toBe(1);
    const [water, air] = parse(run.stdout);
    expect(water!.grade).toBeNull();
    expect(water!.notGradedReason?.code).toBe('invalid-record');
    expect(water!.errors).toEqual([
      {
        field: 'airCooled',
        code: 'missing',
        message: {
          en: unreadEn(1, '水冷', ' (line 2)'),
          zh: '第 1 条记录（第 2 行）的“冷却方式”列是“水冷”，即 airCooled = 否（非风冷式），但该列没有作为它读取：该记录会按其默认值 是 评级。如果该列就是 airCooled，请用 --map 冷却方式=airCooled 读取它；如果它说的是别的，请用 --keep 冷却方式 保留它',
        },
      },
    ]);
    expect(outcome(air!)).toEqual(GRADED);
    // The --map the message gives reads the column: out of scope, not invalid.
    const mapped = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--map', '冷却方式=airCooled', csv]);
    expect(parse(mapped.stdout).map(outcome)).toEqual([WATER, GRADED]);
  });

  it('.xlsx: the same, read and unread', async () => {
    const path = join(temp(), 'ac.xlsx');
    writeFileSync(
      path,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('机组');
        ws.addRow(['型号', 'unitType', 'ratedCoolingCapacity', 'apf', '风冷式', '冷却方式']);
        ws.addRow(['A1', 'heat-pump', 3500, 5.1, '水冷', null]);
        ws.addRow(['A2', 'heat-pump', 3500, 5.1, '风冷', null]);
      }),
    );
    const read = await cli.run(['grade', '-r', AC, '-f', 'ndjson', path]);
    expect(parse(read.stdout).map(outcome)).toEqual([WATER, GRADED]);
    const unreadPath = join(temp(), 'unread.xlsx');
    writeFileSync(
      unreadPath,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('机组');
        ws.addRow(['型号', 'unitType', 'ratedCoolingCapacity', 'apf', '冷却方式']);
        ws.addRow(['A1', 'heat-pump', 3500, 5.1, '水冷']);
        ws.addRow(['A2', 'heat-pump', 3500, 5.1, '风冷']);
      }),
    );
    const unread = parse((await cli.run(['grade', '-r', AC, '-f', 'ndjson', unreadPath])).stdout);
    expect(unread[0]!.errors?.[0]?.message.en).toBe(unreadEn(1, '水冷', ' (sheet row 2)'));
    expect(outcome(unread[1]!)).toEqual(GRADED);
  });

  it('NDJSON: airCooled "水冷" is false, "风冷" true; an unread key 冷却方式 "水冷" invalid, "风冷" graded', async () => {
    const base = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 5.1 };
    const lines = [
      { 型号: 'A1', ...base, airCooled: '水冷' },
      { 型号: 'A2', ...base, airCooled: '风冷' },
      { 型号: 'A3', ...base, 冷却方式: '水冷' },
      { 型号: 'A4', ...base, 冷却方式: '风冷' },
    ];
    const ndjson = file('ac.ndjson', `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const results = parse((await cli.run(['grade', '-r', AC, '-f', 'ndjson', ndjson])).stdout);
    expect([results[0], results[1], results[3]].map((r) => outcome(r!))).toEqual([WATER, GRADED, GRADED]);
    expect(results[2]!.errors?.[0]).toMatchObject({ field: 'airCooled', code: 'missing' });
    expect(results[2]!.errors?.[0]?.message.en).toBe(unreadEn(3, '水冷', ''));
  });

  it('explain: the label in zh and en, the JSON value and limit stay booleans', async () => {
    const record = JSON.stringify({
      unitType: 'heat-pump',
      ratedCoolingCapacity: 3500,
      apf: 5.1,
      airCooled: '水冷',
    });
    const zh = await cli.run(['explain', '-r', AC, '--record', record, '--lang', 'zh']);
    expect(zh.stdout).toContain(
      '✗ 风冷式：非风冷式，不满足 = 风冷式（适用范围）。非风冷式（如水冷式）机组，不在 GB 21455-2019 的适用范围内',
    );
    const en = await cli.run(['explain', '-r', AC, '--record', record, '--lang', 'en']);
    expect(en.stdout).toContain('✗ Air-cooled: Not air-cooled does not meet = Air-cooled (scope).');
    const json = await cli.run(['explain', '-r', AC, '--record', record, '-f', 'json']);
    const result = JSON.parse(json.stdout) as GradeResult;
    const scope = result.criteria.find((c) => c.id === 'air-cooled')!;
    expect(scope.value).toBe(false);
    expect(scope.limit).toMatchObject({ value: true });
    const table = await cli.run(['grade', '-r', AC, file('t.csv', rows('风冷式', ['水冷'])), '--lang', 'zh']);
    expect(table.stdout).toContain('超出适用范围：风冷式 非风冷式（= 风冷式）');
  });
});

describe('gradeSync', () => {
  it('reads a label or alias given as text; other text is wrong-type listing the labels', async () => {
    const grader = createGrader(await loadRuleSet(AC));
    const base = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 5.1 };
    expect(outcome(grader.gradeSync({ ...base, airCooled: '水冷式' }))).toEqual(WATER);
    expect(outcome(grader.gradeSync({ ...base, airCooled: ' ＷＡＴＥＲ-COOLED ' }))).toEqual(WATER);
    expect(outcome(grader.gradeSync({ ...base, airCooled: '风冷' }))).toEqual(GRADED);
    expect(outcome(grader.gradeSync({ ...base, airCooled: false }))).toEqual(WATER);
    const bad = grader.gradeSync({ ...base, airCooled: '水冷却' });
    expect(bad.errors).toEqual([
      {
        field: 'airCooled',
        code: 'wrong-type',
        message: {
          zh: '风冷式应为是或否（true/false），或 风冷式/非风冷式（Air-cooled/Not air-cooled），实际为 "水冷却"',
          en: 'airCooled (Air-cooled) must be true or false, or Air-cooled/Not air-cooled (风冷式/非风冷式), got "水冷却"',
        },
      },
    ]);
  });
});
