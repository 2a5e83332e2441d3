import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { FIXTURES, ROOT, resultSchemaErrors, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';
const EXAMPLES = 'examples/room-air-conditioners.json';
const ZH_CSV = join(ROOT, 'examples/air-conditioners-zh.csv');
const MAP = ['--map', '额定制冷量=ratedCoolingCapacity'];
/** The sample ids (model) of the examples, found and kept by default. */
const MODELS: string[] = JSON.parse(readFileSync(join(ROOT, EXAMPLES), 'utf8')).map(
  (r: { model: string }) => r.model,
);
/** Grades of the rows of air-conditioners-zh.csv (null: not graded). */
const ZH_CSV_GRADES = ['1', '2', '3', '2', null, null, null, null, '4'];

function ndjson(text: string): GradeResult[] {
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as GradeResult);
}

function expectValidRows(results: GradeResult[]): void {
  results.forEach((r, i) => {
    expect(r.row, 'rows numbered in input order').toBe(i + 1);
    expect(resultSchemaErrors(r), `row ${i + 1} follows grade-result.schema.json`).toEqual([]);
  });
}

describe.concurrent('qgrade grade: output formats', () => {
  it('json: an array of GradeResult in input order, each with its row', async () => {
    const { code, stdout, stderr } = await cli.run(['grade', '--rules', AC, '--format', 'json', EXAMPLES]);
    expect(code).toBe(1); // record 8 has no APF
    const results = JSON.parse(stdout) as GradeResult[];
    const input = JSON.parse(readFileSync(join(ROOT, EXAMPLES), 'utf8')) as unknown[];
    expect(results).toHaveLength(input.length);
    expectValidRows(results);
    expect(results.map((r) => r.grade)).toEqual(['1', '2', '3', '5', '2', null, null, null]);
    expect(results[7]!.errors?.[0]?.field).toBe('apf');
    expect(stderr).toContain('8 records: 5 graded, 2 not graded, 1 invalid');
  });

  it('ndjson: one GradeResult per line', async () => {
    const { code, stdout } = await cli.run(['grade', '-r', AC, '-f', 'ndjson', EXAMPLES]);
    expect(code).toBe(1);
    const results = ndjson(stdout);
    expect(results).toHaveLength(8);
    expectValidRows(results);
  });

  it('json, ndjson, --detail failing: ruleSet names the provenance level (secondary, illustrative)', async () => {
    // A stored grade must tell a standard's figures from invented ones (standards-26 F1).
    const ac = await cli.run(['grade', '-r', AC, '-f', 'json', EXAMPLES]);
    const acResults = JSON.parse(ac.stdout) as GradeResult[];
    expect(acResults[0]!.ruleSet).toEqual({ id: AC, version: expect.any(String), provenance: 'secondary' });
    expectValidRows(acResults);
    const enterprise = 'enterprise/quality-management-capability';
    for (const detail of ['full', 'failing']) {
      const run = await cli.run([
        'grade',
        '-r',
        enterprise,
        '-f',
        'ndjson',
        '--detail',
        detail,
        'examples/enterprises.json',
      ]);
      const results = ndjson(run.stdout);
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) expect(r.ruleSet.provenance, detail).toBe('illustrative');
      expectValidRows(results);
    }
    // --detail grade carries no ruleSet at all, as before.
    const bare = await cli.run([
      'grade',
      '-r',
      enterprise,
      '-f',
      'ndjson',
      '--detail',
      'grade',
      'examples/enterprises.json',
    ]);
    expect(ndjson(bare.stdout)[0]).not.toHaveProperty('ruleSet');
  });

  it('csv: a header and one row per record', async () => {
    const { stdout } = await cli.run(['grade', '-r', AC, '-f', 'csv', EXAMPLES]);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'row,model,grade,label,conforming,nextGrade,blockers,notGradedReason,failing,invalidFields,explanation',
    );
    expect(lines).toHaveLength(9);
    expect(lines[2]).toBe(
      `2,${MODELS[1]},2,Grade 2,true,1,apf@1,,apf@1,,To reach Grade 1: Annual performance factor (APF) 4.62 (≥ 5.00)`,
    );
    expect(lines[8]).toMatch(new RegExp(`^8,${MODELS[7]},,,false,,,invalid-record,,apf,`));
  });

  it('markdown: a table with a row per record', async () => {
    const { stdout } = await cli.run(['grade', '-r', AC, '-f', 'markdown', EXAMPLES]);
    const all = stdout.trimEnd().split('\n');
    const lines = all.slice(0, 10);
    expect(lines[0]).toBe('| row | model | grade | label | what holds it down |');
    expect(lines[1]).toMatch(/^\| -+:? \|/);
    expect(lines.slice(2)).toHaveLength(8);
    expect(lines[3]).toBe(
      `| 2 | ${MODELS[1]} | 2 | Grade 2 | To reach Grade 1: Annual performance factor (APF) 4.62 (≥ 5.00) |`,
    );
    for (const line of lines) expect(line.split(/(?<!\\)\|/).length).toBe(7);
    // After the table, a blank line and the rule set's provenance (secondary), quoted.
    expect(all.slice(10)).toHaveLength(2);
    expect(all[10]).toBe('');
    expect(all[11]).toMatch(
      /^> Provenance: from a secondary source citing the standard\. Thresholds and scope /,
    );
  });

  it('table (default): the grade, the label and what holds each record down, without colour off a terminal', async () => {
    const { stdout } = await cli.run(['grade', '-r', AC, EXAMPLES], { env: { NO_COLOR: '' } });
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^row\s+model\s+grade\s+label\s+what holds it down$/);
    expect(lines).toHaveLength(9);
    expect(lines[2]).toMatch(/^2\s+KFR-35GW\/B3\s+2\s+Grade 2\s+To reach Grade 1: apf@1 4\.62 \(≥ 5\.00\)$/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('speaks Chinese with --lang zh', async () => {
    const { stdout, stderr } = await cli.run(['--lang', 'zh', 'grade', '-r', AC, EXAMPLES]);
    // The grade by its label under 等级 (no column of ids: those are --ids').
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^序号\s+model\s+等级\s+未达下一级的原因$/);
    expect(lines[2]).toMatch(/^2\s+KFR-35GW\/B3\s+2级\s+距 1级：全年能源消耗效率 APF 4\.62（≥ 5\.00）$/);
    // Requirements by their Chinese names; ids with --ids.
    expect(stdout).toContain('距 1级：全年能源消耗效率 APF 4.62（≥ 5.00）');
    expect(stderr).toContain('最常不满足的要求：全年能源消耗效率 APF（1级）3 次');
    const ids = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '--ids', '-f', 'markdown', EXAMPLES]);
    expect(ids.stdout).toContain('| 距 1级：apf@1 4.62（≥ 5.00） |');
    expect(ids.stdout.split('\n')[0]).toBe('| 序号 | model | 等级 | 名称 | 未达下一级的原因 |');
    expect(ids.stdout).toContain('| 2 | KFR-35GW/B3 | 2 | 2级 | 距 1级：apf@1 4.62（≥ 5.00） |');
    const markdown = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'markdown', EXAMPLES]);
    expect(markdown.stdout.split('\n').slice(0, 2)).toEqual([
      '| 序号 | model | 等级 | 未达下一级的原因 |',
      '| ---: | --- | :---: | --- |',
    ]);
    expect(markdown.stdout).toContain(
      '| 2 | KFR-35GW/B3 | 2级 | 距 1级：全年能源消耗效率 APF 4.62（≥ 5.00） |',
    );
    const idsTable = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '--ids', EXAMPLES]);
    expect(idsTable.stdout.split('\n')[0]).toMatch(/^序号\s+model\s+等级\s+名称\s+未达下一级的原因$/);
    expect(idsTable.stdout.split('\n')[2]).toMatch(/^2\s+KFR-35GW\/B3\s+2\s+2级\s+距 1级：apf@1 4\.62/);
    expect(ids.stderr).toContain('最常不满足的要求：apf@1 3');
    expect(stderr).toContain('共 8 条记录：已分级 5，不分级 2，无效 1');
  });

  it('takes the language from the locale', async () => {
    const { stderr } = await cli.run(['grade', '-r', AC, EXAMPLES], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(stderr).toContain('共 8 条记录');
  });
});

describe.concurrent('qgrade grade: inputs', () => {
  it('reads CSV with Chinese headers: labels map themselves, --map the rest; values are converted', async () => {
    const { code, stdout, stderr } = await cli.run(['grade', '-r', AC, ...MAP, '-f', 'ndjson', ZH_CSV]);
    expect(code).toBe(1);
    const results = ndjson(stdout);
    expect(results).toHaveLength(ZH_CSV_GRADES.length);
    expectValidRows(results);
    expect(results.map((r) => r.grade)).toEqual(ZH_CSV_GRADES);
    // Full-width digits are read: 3.95 at 5000 W is grade 3.
    expect(results[2]!.criteria.find((c) => c.id === 'apf@3')?.value).toBe(3.95);
    // "7,200": the conversion says what is wrong with the text.
    expect(results[4]!.errors).toEqual([
      expect.objectContaining({
        field: 'ratedCoolingCapacity',
        code: 'wrong-type',
        message: expect.objectContaining({ en: expect.stringContaining('digit-group separator') }),
      }),
    ]);
    expect(results[5]!.errors?.[0]).toMatchObject({ field: 'apf', code: 'missing' });
    // An unclosed quote and a row with too many cells are error rows in their place; reading goes on.
    for (const [i, line] of [
      [6, 8],
      [7, 9],
    ] as const) {
      expect(results[i]).toMatchObject({
        grade: null,
        conforming: false,
        criteria: [],
        nextGrade: null,
        notGradedReason: { code: 'invalid-record' },
        errors: [{ field: '', code: 'unreadable' }],
      });
      expect(results[i]!.errors![0]!.message.en).toContain(`line ${line}`);
    }
    expect(stderr).toContain('9 records: 5 graded, 0 not graded, 4 invalid');
    // The sample id column (型号) is found and carried through; a row whose quote never closes has none.
    expect(stderr).toContain('keeping column "型号" as the sample id');
    expect(results[0]!.kept).toEqual({ 型号: 'KFR-26GW/A1' });
    expect(results[6]!.kept).toBeUndefined();
    // A row with too many cells still has its id cell: the error row carries it.
    expect(results[7]!.kept).toEqual({ 型号: 'KF-120LW/F2' });
    expect(stderr).toMatch(/invalid +4 +\(rows 5 KFR-72LW\/D1, 6 KFR-35GW\/H0, 7, 8 KF-120LW\/F2\)/);
  });

  it('takes the mapping from a YAML or JSON file as well', async () => {
    const byOption = await cli.run(['grade', '-r', AC, ...MAP, '-f', 'ndjson', ZH_CSV]);
    for (const file of ['mapping.yaml', 'mapping.json']) {
      const byFile = await cli.run([
        'grade',
        '-r',
        AC,
        '--map-file',
        join(FIXTURES, file),
        '-f',
        'ndjson',
        ZH_CSV,
      ]);
      expect(byFile.stdout).toBe(byOption.stdout);
    }
  });

  it('without the mapping, 额定制冷量 is read as the label 额定制冷量 CC without its symbol: the same results', async () => {
    const plain = await cli.run(['grade', '-r', AC, '-f', 'ndjson', ZH_CSV]);
    const mapped = await cli.run(['grade', '-r', AC, ...MAP, '-f', 'ndjson', ZH_CSV]);
    expect(plain.code).toBe(mapped.code);
    expect(ndjson(plain.stdout).map((r) => r.grade)).toEqual(ZH_CSV_GRADES);
    expect(plain.stdout).toBe(mapped.stdout);
  });

  it('converts booleans, integers, numeric enumerations and specimens (one column each, or 455;460)', async () => {
    const { code, stdout } = await cli.run([
      'grade',
      '-r',
      join(FIXTURES, 'conversions.yaml'),
      '--map',
      '强度1=strength',
      '--map',
      '强度2=strength',
      '-f',
      'ndjson',
      join(FIXTURES, 'conversions.csv'),
    ]);
    expect(code).toBe(1);
    const results = ndjson(stdout);
    expectValidRows(results);
    expect(results.map((r) => r.grade)).toEqual([
      'B',
      'B',
      null,
      'C',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(results[2]!.notGradedReason?.code).toBe('gate-failed');
    expect(results[11]!.notGradedReason?.code).toBe('below-lowest-grade');
    const error = (row: number) =>
      `${results[row - 1]!.errors?.[0]?.field}: ${results[row - 1]!.errors?.[0]?.message.en}`;
    expect(error(5)).toMatch(/^passed: .*"maybe" is not one of true\/false/);
    expect(error(6)).toMatch(/^count: .*must be an integer/);
    expect(error(7)).toMatch(/^size: .*must be one of 10, 20, 30/);
    expect(error(8)).toMatch(/^strength: .*"0x1F" is not decimal/);
    expect(error(9)).toMatch(/^strength: .*empty specimen value/);
    expect(error(10)).toMatch(/^strength: .*"NaN" is not a finite number/);
    expect(error(11)).toMatch(/^strength: .*"1e999" is beyond the range of numbers/);
    // Three specimens from two columns, the second holding "460;470": the weakest decides.
    expect(results[0]!.criteria.find((c) => c.id === 'strength')).toMatchObject({ value: 455, specimen: 1 });
  });

  it('says specimen values are separated by ";" when a cell lists them with commas or spaces, and that "455 °C" is another quantity', async () => {
    const file = join(temp(), 'specimen-lists.csv');
    writeFileSync(
      file,
      '型式检验,件数,规格,等别,强度,备注\n1,2,20,甲,"40,38,45",\n1,2,20,甲,40，38，45,\n1,2,20,甲,455 460 470,\n1,2,20,甲,455 °C,\n',
    );
    const args = [
      'grade',
      '-r',
      join(FIXTURES, 'conversions.yaml'),
      '--map',
      '强度=strength',
      '-f',
      'ndjson',
      file,
    ];
    const en = ndjson((await cli.run(args)).stdout).map((r) => r.errors?.[0]?.message.en);
    expect(en).toEqual([
      'strength (Strength) must be a number: "40,38,45" is not a decimal number; if these are specimen values, separate them with ";" (or "；"): 40;38;45 (line 2, column 5)',
      'strength (Strength) must be a number: "40，38，45" is not a decimal number; if these are specimen values, separate them with ";" (or "；"): 40;38;45 (line 3, column 5)',
      'strength (Strength) must be a number: "455 460 470" has a digit-group separator or a decimal comma: write e.g. 1234.5; if these are specimen values, separate them with ";" (or "；"): 455;460;470 (line 4, column 5)',
      'strength (Strength) must be a number: "455 °C" is in °C, but the indicator is in MPa, another quantity: check that the value is in the right column (line 5, column 5)',
    ]);
    const zh = ndjson((await cli.run(['--lang', 'zh', ...args])).stdout).map(
      (r) => r.errors?.[0]?.message.zh,
    );
    expect(zh).toEqual([
      '强度应为数值："40,38,45" 不是十进制数；如为多个试样值，应以“;”或“；”分隔，写作 40;38;45（第 2 行第 5 列）',
      '强度应为数值："40，38，45" 不是十进制数；如为多个试样值，应以“;”或“；”分隔，写作 40;38;45（第 3 行第 5 列）',
      '强度应为数值："455 460 470" 含千位分隔符或小数逗号，应写如 1234.5；如为多个试样值，应以“;”或“；”分隔，写作 455;460;470（第 4 行第 5 列）',
      '强度应为数值："455 °C" 带有单位“°C”，而该指标的单位是 MPa：这不是该指标的量，请核对这一格是否填在了正确的列（第 5 行第 5 列）',
    ]);
  });

  it('reads NDJSON line by line: a malformed line is an error row, blank lines are skipped', async () => {
    const { code, stdout } = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      join(FIXTURES, 'records.ndjson'),
    ]);
    expect(code).toBe(1);
    const results = ndjson(stdout);
    expect(results.map((r) => r.grade)).toEqual(['1', '2', null, null, '2']);
    expectValidRows(results);
    expect(results[2]!.errors?.[0]).toMatchObject({ field: '', code: 'unreadable' });
    expect(results[2]!.errors?.[0]?.message.en).toMatch(/^line 3 is not valid JSON/);
    expect(results[3]!.errors?.[0]?.code).toBe('not-an-object');
  });

  it.each([[[]], [['--workers', '2']]])(
    'NDJSON on stdin (%j): a blank line is an error row in its place, row = the stdin line, counted as invalid',
    async (workers) => {
      const input = readFileSync(join(FIXTURES, 'records.ndjson'), 'utf8').replace('\n\n', '\n\n \u3000\t\n');
      const args = ['grade', '-r', AC, '-f', 'ndjson', '-i', 'ndjson', '--no-keep', ...workers, '-'];
      const piped = await cli.run(args, { input });
      expect(piped.code).toBe(1);
      const results = ndjson(piped.stdout);
      // Lines 4 (empty) and 5 (white space only) are answered too: one result per stdin line.
      expect(results.map((r) => [r.row, r.grade, r.errors?.[0]?.code])).toEqual([
        [1, '1', undefined],
        [2, '2', undefined],
        [3, null, 'unreadable'],
        [4, null, 'unreadable'],
        [5, null, 'unreadable'],
        [6, null, 'not-an-object'],
        [7, '2', undefined],
      ]);
      expectValidRows(results);
      expect(results[3]!.errors?.[0]?.message).toEqual({
        zh: '第 4 行是空行，没有记录',
        en: 'line 4 is blank: no record',
      });
      expect(results[4]!.errors?.[0]?.message.en).toBe('line 5 is blank: no record');
      expect(piped.stderr).toContain('7 records: 3 graded, 0 not graded, 4 invalid');
      // The same lines in a file: the blank ones are not records, as documented.
      const file = join(temp(), 'blank-lines.ndjson');
      writeFileSync(file, input);
      const read = await cli.run([...args.slice(0, -1), file]);
      expect(ndjson(read.stdout).map((r) => [r.row, r.grade])).toEqual([
        [1, '1'],
        [2, '2'],
        [3, null],
        [4, null],
        [5, '2'],
      ]);
      expect(read.stderr).toContain('5 records: 3 graded, 0 not graded, 2 invalid');
    },
  );

  it('refuses numerals a double would round and keys given twice, in NDJSON and CSV, rather than grade them', async () => {
    const input = [
      '{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.99999999999999999}',
      '{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":5.5,"apf":3.0}',
      '{"unitType":"heat-pump","ratedCoolingCapacity":1e400,"apf":5.5}',
      '{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.99999999999999}',
    ].join('\n');
    const lines = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-'], { input });
    expect(lines.code).toBe(1);
    const results = ndjson(lines.stdout);
    expect(results.map((r) => r.grade)).toEqual([null, null, null, '2']);
    expect(results[0]!.errors?.[0]?.message.en).toContain(
      '"4.99999999999999999" has more than 15 significant digits',
    );
    expect(results[1]!.errors?.[0]?.message.en).toContain('line 2 gives the key "apf" more than once');
    expect(results[2]!.errors?.[0]?.message.en).toContain('"1e400" is beyond the range of numbers');
    const csv = 'unitType,ratedCoolingCapacity,apf\nheat-pump,3500,4.99999999999999999\n';
    const cells = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-'], { input: csv });
    expect(ndjson(cells.stdout)[0]!.errors?.[0]?.message.zh).toContain('按 15 位有效数字是 5');
  });

  it('refuses a numeral of 16 or 17 significant digits, so grade, explain and round never disagree (standards-30 W1)', async () => {
    // Agt 8.749999999999998 at 0.5: 8.5 by its digits (qgrade round), 9.0 by its 15-digit reading 8.75.
    const header =
      'id,designation,diameter,yieldStrength,tensileStrength,elongation,maxForceElongation,carbon,silicon,manganese,phosphorus,sulfur,massDeviation,bendTest';
    const csv = [
      header,
      'agt16,HRB400E,20,450,600,20,8.749999999999998,0.2,0.5,1.0,0.03,0.03,-1,true',
      'agt15,HRB400E,20,450,600,20,8.74999999999999,0.2,0.5,1.0,0.03,0.03,-1,true',
      'c16,HRB600,20,650,800,20,10,0.2850000000000001,0.5,1.0,0.03,0.03,-1,true',
      'c14,HRB600,20,650,800,20,10,0.28500000000001,0.5,1.0,0.03,0.03,-1,true',
      'ok,HRB400E,20,450,600,20,8.7500000000000000,0.2,0.5,1.0,0.03,0.03,-1,true',
    ].join('\n');
    const file = join(temp(), 'digits.csv');
    writeFileSync(file, `${csv}\n`);
    const run = await cli.run(['grade', '-r', 'steel/hot-rolled-ribbed-bar', '-f', 'ndjson', file]);
    const results = ndjson(run.stdout);
    expect(results.map((r) => [r.grade, r.notGradedReason?.code ?? null])).toEqual([
      [null, 'invalid-record'],
      [null, 'below-lowest-grade'],
      [null, 'invalid-record'],
      [null, 'below-lowest-grade'],
      ['conforming', null],
    ]);
    expect(results[0]!.errors?.map((e) => [e.field, e.code])).toEqual([['maxForceElongation', 'wrong-type']]);
    expect(results[0]!.errors?.[0]?.message.en).toContain(
      '"8.749999999999998" has more than 15 significant digits, which qgrade does not read (at 15 digits it is 8.75;',
    );
    expect(results[2]!.errors?.[0]?.message.zh).toContain('请写检测报告上的数值');
    // The same numeral as JSON, and explain, say the same; round rounds its digits and says grade does not read it.
    const json = `{"designation":"HRB600","diameter":20,"yieldStrength":650,"tensileStrength":800,"elongation":20,"maxForceElongation":10,"carbon":0.28500000000000003,"silicon":0.5,"manganese":1.0,"phosphorus":0.03,"sulfur":0.03,"massDeviation":-1,"bendTest":true}`;
    const fromJson = await cli.run(['grade', '-r', 'steel/hot-rolled-ribbed-bar', '-f', 'ndjson', '-'], {
      input: json,
    });
    expect(ndjson(fromJson.stdout)[0]!.errors?.[0]?.message.en).toContain(
      '"0.28500000000000003" has more than 15 significant digits',
    );
    const explained = await cli.run([
      'explain',
      '-r',
      'steel/hot-rolled-ribbed-bar',
      file,
      '--row',
      '1',
      '--lang',
      'en',
    ]);
    expect(explained.stdout).toContain('"8.749999999999998" has more than 15 significant digits');
    expect(explained.stdout).not.toContain('rounded to 9.0');
  });

  it('reads stdin with -, telling JSON, NDJSON and CSV apart by their first character', async () => {
    const json = readFileSync(join(ROOT, EXAMPLES), 'utf8');
    const ndjsonText = readFileSync(join(FIXTURES, 'records.ndjson'), 'utf8');
    const csv = readFileSync(ZH_CSV, 'utf8');
    const fromJson = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-'], { input: json });
    expect(ndjson(fromJson.stdout).map((r) => r.grade)).toEqual(['1', '2', '3', '5', '2', null, null, null]);
    const fromNdjson = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-'], { input: ndjsonText });
    // Its blank line 4 is answered too, on stdin.
    expect(ndjson(fromNdjson.stdout)).toHaveLength(6);
    const fromCsv = await cli.run(['grade', '-r', AC, ...MAP, '-f', 'ndjson', '-'], { input: csv });
    expect(ndjson(fromCsv.stdout).map((r) => r.grade)).toEqual(ZH_CSV_GRADES);
    const oneObject = await cli.run(['grade', '-r', AC, '-f', 'json', '-'], {
      input: '{\n  "unitType": "heat-pump",\n  "ratedCoolingCapacity": 3500,\n  "apf": 4.62\n}\n',
    });
    expect(oneObject.code).toBe(0);
    expect((JSON.parse(oneObject.stdout) as GradeResult[]).map((r) => r.grade)).toEqual(['2']);
  });

  it('reads CSV saved as GB18030 with --encoding, and says so when it is missing', async () => {
    const file = join(temp(), 'gbk.csv');
    writeFileSync(
      file,
      Buffer.from(
        'd0cdbac52cbbfad7e9c0e0d0cd2cb6eeb6a8d6c6c0e4c1bf2cc8abc4eac4dcd4b4cffbbac4d0a7c2ca204150460a4b46522d333547572f42332c686561742d70756d702c333530302c342e36320a',
        'hex',
      ),
    );
    const wrong = await cli.run(['grade', '-r', AC, ...MAP, file]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/not UTF-8.*--encoding gb18030/);
    const right = await cli.run(['grade', '-r', AC, ...MAP, '--encoding', 'gb18030', '-f', 'ndjson', file]);
    expect(right.code).toBe(0);
    expect(ndjson(right.stdout).map((r) => r.grade)).toEqual(['2']);
  });
});

describe.concurrent('qgrade grade: exit codes', () => {
  it('0 when every record is valid, even if some are not graded', async () => {
    const file = join(temp(), 'valid.json');
    const records = JSON.parse(readFileSync(join(ROOT, EXAMPLES), 'utf8')) as unknown[];
    writeFileSync(file, JSON.stringify(records.slice(0, 7)));
    const { code, stderr } = await cli.run(['grade', '-r', AC, file]);
    expect(code).toBe(0);
    expect(stderr).toContain('7 records: 5 graded, 2 not graded, 0 invalid');
  });

  it('2 for an empty input (hostile-37 M1: it was 0 records, exit 0)', async () => {
    const { code, stderr } = await cli.run(['grade', '-r', AC, '-f', 'json', '-i', 'ndjson', '-'], {
      input: '',
    });
    expect(code).toBe(2);
    expect(stderr).toContain('stdin is empty (0 bytes)');
  });

  it('2 for a rule set that does not load, a missing input, unreadable JSON, a bad option value', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['grade', '-r', 'steel/no-such-rule-set', EXAMPLES],
        /steel\/no-such-rule-set: neither a file nor a bundled rule set/,
      ],
      [
        ['grade', '-r', join(ROOT, 'test/fixtures/invalid/bad-formula.yaml'), EXAMPLES],
        /bad-formula\.yaml:\d+:\d+: /,
      ],
      [['grade', '-r', AC, 'no-such-file.csv'], /cannot read input file no-such-file\.csv/],
      [['grade', '-r', AC, '-i', 'json', join(FIXTURES, 'records.ndjson')], /is not valid JSON/],
      [['grade', '-r', AC, '--map', 'no-equals-sign', EXAMPLES], /--map takes column=field/],
      [
        ['grade', '-r', AC, '--map', '型号=apf', ZH_CSV],
        /columns 1 \("型号"\) and 4 \("全年能源消耗效率 APF"\) both give the field "apf"/,
      ],
      [['grade', '-r', AC, '--encoding', 'klingon', EXAMPLES], /unknown --encoding/],
      [['--lang', 'fr', 'grade', '-r', AC, EXAMPLES], /--lang must be zh or en/],
      [['grade', EXAMPLES], /required option '-r, --rules <id\|path>'/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr, stdout } = await cli.run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toMatch(message);
      expect(stderr, 'no stack trace').not.toMatch(/\n\s+at /);
      expect(stdout, 'nothing on stdout').toBe('');
    }
  });

  it('prints a stack trace for --debug only', async () => {
    const { code, stderr } = await cli.run(['--debug', 'grade', '-r', AC, 'no-such-file.csv']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/\n\s+at /);
  });
});

describe.concurrent('qgrade explain', () => {
  it('explains one record given as --record', async () => {
    const { code, stdout } = await cli.run([
      'explain',
      '-r',
      AC,
      '--record',
      '{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.62}',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Grade: 2 (Grade 2)');
    expect(stdout).toContain('✗ Annual performance factor (APF): 4.62 does not meet ≥ 5.00 (Grade 1)');
    expect(stdout).toContain('To reach Grade 1:');
    expect(stdout).not.toContain('SEER');
  });

  it('a --record that is not JSON is exit 2, where it breaks in the chosen language, as in a JSON file', async () => {
    const zh = await cli.run(['--lang', 'zh', 'explain', '-r', AC, '--record', 'nope']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('--record 不是有效的 JSON：第 1 行第 2 列出现了意外的字符“o”');
    expect(zh.stderr).not.toContain('Unexpected');
    const en = await cli.run(['explain', '-r', AC, '--record', '{"apf": 4.6']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      '--record is not valid JSON: line 1, column 12: the text ends too early (a bracket or quote may be missing)',
    );
    // A trailing comma: V8 says "position 12", counted from 0; the column counts from 1.
    const comma = await cli.run(['explain', '-r', AC, '--record', '{"apf": 4.2,}']);
    expect([comma.code, comma.stderr]).toEqual([
      2,
      'qgrade: --record is not valid JSON: line 1, column 13: unexpected "}"\n',
    ]);
  });

  it('a --record gets the checks an NDJSON line gets: a numeral a double would round, a key given twice (en, zh)', async () => {
    const rounded = '{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.99999999999999999}';
    const en = await cli.run(['explain', '-r', AC, '--record', rounded]);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      'apf (Annual performance factor (APF)) must be a number: "4.99999999999999999" has more than 15 significant digits, which qgrade does not read (at 15 digits it is 5; rounded by all its digits it may give another result, and another grade)',
    );
    expect(en.stdout).not.toContain('Grade: 1');
    const twice = '{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":5.5,"apf":3.0}';
    const repeated = await cli.run(['explain', '-r', AC, '-f', 'json', '--record', twice]);
    expect(repeated.code).toBe(1);
    const result = JSON.parse(repeated.stdout) as GradeResult;
    expect(result.grade).toBeNull();
    expect(result.errors?.[0]?.message.en).toBe(
      '--record gives the key "apf" more than once, and which value counts would be a guess (JSON parsers keep the last): give each key once',
    );
    expect(result.errors?.[0]?.message.zh).toBe(
      '--record 两次给出键 "apf"，无法确定取哪个值（JSON 解析只保留最后一个）：每个键只写一次',
    );
  });

  it('a record keyed by an indicator label: "missing" says the field is there under its label (en, zh, on workers)', async () => {
    const record = '{"机组类型":"heat-pump","ratedCoolingCapacity":3500,"apf":4.62}';
    const en = await cli.run(['explain', '-r', AC, '--record', record]);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '✗ unitType: unitType (Unit type) is missing: the record has it under its label "机组类型"; JSON records name fields by indicator name (unitType), or map the key with --map 机组类型=unitType\n',
    );
    const zh = await cli.run(['--lang', 'zh', 'explain', '-r', AC, '--record', record]);
    expect(zh.stdout).toContain(
      // Chinese names the field by its label only (enterprise-19 F6): the sentence names it.
      '  ✗ 缺少机组类型：记录中有键“机组类型”，即该指标的标签；JSON 记录以指标名（unitType）为键，或用 --map 机组类型=unitType 映射\n',
    );
    // Still refused; --map reads it.
    const mapped = await cli.run(['explain', '-r', AC, '--map', '机组类型=unitType', '--record', record]);
    expect(mapped.code).toBe(0);
    // Graded on worker threads, the snapshot carries the label across.
    const onWorkers = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-w', '2', '-'], {
      input: `[${record}]`,
    });
    expect(ndjson(onWorkers.stdout)[0]!.errors?.[0]?.message.en).toBe(
      'unitType (Unit type) is missing: the record has it under its label "机组类型"; JSON records name fields by indicator name (unitType), or map the key with --map 机组类型=unitType',
    );
  });

  it('explains a row of a batch file, in Chinese, with the requirements that do not apply', async () => {
    const { code, stdout } = await cli.run([
      '--lang',
      'zh',
      'explain',
      '-r',
      AC,
      ...MAP,
      '--row',
      '3',
      '--all',
      ZH_CSV,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('等级：3级');
    expect(stdout).toContain('– 制冷季节能源消耗效率 SEER');
    // Full-width punctuation, a space only between Chinese and a digit (docs/cli.md's rule).
    expect(stdout).toMatch(/\n距 2级：\n/);
    expect(stdout).not.toMatch(/[\u4e00-\u9fff]: /);
  });

  it('without --all, counts the requirements that do not apply in one line instead of leaving them out unsaid', async () => {
    const run = (lang: string, ...all: string[]) =>
      cli.run(['--lang', lang, 'explain', '-r', AC, ...MAP, '--row', '3', ...all, ZH_CSV]);
    const withAll = (await run('zh', '--all')).stdout;
    const hidden = withAll.split('\n').filter((l) => l.startsWith('  – ')).length;
    expect(hidden).toBeGreaterThan(0);
    const zh = (await run('zh')).stdout;
    expect(zh).not.toContain('– 制冷季节能源消耗效率 SEER');
    expect(zh).toContain(`  – 另有 ${hidden} 项要求不适用于此记录（--all 列出）\n`);
    expect(withAll).not.toContain('– 另有');
    const en = (await run('en')).stdout;
    expect(en).toMatch(
      new RegExp(
        `  – ${hidden} more requirements? do(es)? not apply to this record \\(--all lists (it|them)\\)\n`,
      ),
    );
  });

  it('prints the result as JSON, and exits 1 for an invalid record', async () => {
    const { code, stdout } = await cli.run(['explain', '-r', AC, '-f', 'json', '--row', '8', EXAMPLES]);
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as GradeResult;
    expect(resultSchemaErrors(result)).toEqual([]);
    expect(result).toMatchObject({ row: 8, grade: null, errors: [{ field: 'apf', code: 'missing' }] });
  });

  it('reads one JSON record from stdin', async () => {
    const { code, stdout } = await cli.run(['explain', '-r', AC, '-'], {
      input: '{\n  "unitType": "cooling-only",\n  "ratedCoolingCapacity": 5000,\n  "seer": 4.1\n}\n',
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Grade: 4 (Grade 4)');
  });

  it('asks for --row when the input holds several records, and exits 2 for a row that is not there', async () => {
    const several = await cli.run(['explain', '-r', AC, EXAMPLES]);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('holds several records; choose one with --row <n>');
    const missing = await cli.run(['explain', '-r', AC, '--row', '99', EXAMPLES]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`qgrade: ${EXAMPLES} has no row 99: it holds 8 records\n`);
    const zh = await cli.run(['--lang', 'zh', 'explain', '-r', AC, '--row', '9', EXAMPLES]);
    expect(zh.stderr).toBe(`qgrade: ${EXAMPLES} 中没有第 9 条记录：它只有 8 条\n`);
    const one = await cli.run(['explain', '-r', AC, '--row', '2', '-'], { input: '{"apf": 4}\n' });
    expect(one.stderr).toBe('qgrade: stdin has no row 2: it holds 1 record\n');
  });

  it.each([
    ['42', 'the number 42', '数值 42'],
    ['null', 'null', ' null'],
    ['false', 'the boolean false', '布尔值 false'],
  ])('says stdin holding %s is not a record, not that it holds none', async (text, en, zh) => {
    const run = await cli.run(['explain', '-r', AC, '-'], { input: `${text}\n` });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `qgrade: stdin is not a record: it holds ${en}, and a record is an object of field values: {"field": value, …}\n`,
    );
    const inZh = await cli.run(['--lang', 'zh', 'explain', '-r', AC, '-'], { input: `${text}\n` });
    expect(inZh.stderr).toBe(
      `qgrade: stdin 不是一条记录：其中是${zh}，而记录应是字段值的对象：{"字段": 值, …}\n`,
    );
    // A header with no rows under it is still "no record".
    const header = await cli.run(['explain', '-r', AC, '-'], { input: 'model,apf\n' });
    expect(header.stderr).toBe('qgrade: stdin holds no record\n');
  });
});
