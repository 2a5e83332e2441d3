/**
 * Parquet in and out through DuckDB (`@duckdb/node-api`, an optional peer
 * dependency, installed here as a devDependency): `grade` reads a .parquet
 * file as it reads CSV, and `-f parquet -o` writes one flat row per result.
 * Test files are written by DuckDB itself, from SQL.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGrader, type GradeResult, loadRuleSet } from '../../src/index';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const RULES = 'home-appliances/room-air-conditioner-energy';

let db: DuckDBInstance;
let sql: Awaited<ReturnType<DuckDBInstance['connect']>>;
beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
  sql = await db.connect();
});
afterAll(() => {
  sql.closeSync();
  db.closeSync();
});

/** Writes the rows of a SELECT to a Parquet file, and returns its path. */
async function parquet(name: string, select: string): Promise<string> {
  const file = join(temp(), name);
  await sql.run(`COPY (${select}) TO '${file}' (FORMAT parquet)`);
  return file;
}

async function rows(file: string, select = '*'): Promise<Record<string, unknown>[]> {
  const reader = await sql.runAndReadAll(`SELECT ${select} FROM read_parquet('${file}') ORDER BY "row"`);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

function results(ndjson: string): GradeResult[] {
  return ndjson
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as GradeResult);
}

describe('qgrade grade reads Parquet', () => {
  it('examples/room-air-conditioners.parquet grades exactly as the JSON it was made from', async () => {
    const fromJson = await cli.run([
      'grade',
      '-r',
      RULES,
      '-f',
      'ndjson',
      'examples/room-air-conditioners.json',
    ]);
    const fromParquet = await cli.run([
      'grade',
      '-r',
      RULES,
      '-f',
      'ndjson',
      'examples/room-air-conditioners.parquet',
    ]);
    expect(fromParquet.code, fromParquet.stderr).toBe(1);
    expect(fromParquet.stdout).toBe(fromJson.stdout);
    expect(fromParquet.stderr).toContain('keeping column "model" as the sample id');
  });

  it('types as columns give them: BIGINT, FLOAT at a limit, text converted by the indicator type, NULL as missing, labels and --map as for CSV', async () => {
    // Heat pumps of 3500 W: APF ≥ 3.30 is grade 5 (the lowest). 3.3 stored as FLOAT is 3.2999999523 in double precision.
    const file = await parquet(
      'types.parquet',
      `SELECT * FROM (VALUES
        ('float-at-limit', 'heat-pump', 3500::BIGINT, 3.3::FLOAT, '型号-1'),
        ('float-below', 'heat-pump', 3500::BIGINT, 3.29::FLOAT, '型号-2'),
        ('null-apf', 'heat-pump', 3500::BIGINT, NULL::FLOAT, '型号-3')
      ) t(sample, unitType, 额定制冷量, apf, note)`,
    );
    const run = await cli.run([
      'grade',
      '-r',
      RULES,
      '-f',
      'ndjson',
      '--map',
      '额定制冷量=ratedCoolingCapacity',
      '--keep',
      'sample',
      file,
    ]);
    expect(run.code, run.stderr).toBe(1);
    const [atLimit, below, missing] = results(run.stdout);
    expect([atLimit!.row, atLimit!.kept, atLimit!.grade]).toEqual([1, { sample: 'float-at-limit' }, '5']);
    expect(atLimit!.criteria.find((c) => c.id === 'apf@5')?.value).toBe(3.3);
    expect([below!.row, below!.grade, below!.notGradedReason?.code]).toEqual([2, null, 'below-lowest-grade']);
    expect([missing!.row, missing!.errors?.map((e) => [e.field, e.code])]).toEqual([3, [['apf', 'missing']]]);

    // Text columns, as from a CSV export: "3,500" is not a number, and says so in the error row.
    const text = await parquet(
      'text.parquet',
      `SELECT * FROM (VALUES ('heat-pump', '3500', ' 4.62 '), ('heat-pump', '3 500', '4.62')) t(unitType, ratedCoolingCapacity, apf)`,
    );
    const textRun = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', '--no-keep', text]);
    const [ok, bad] = results(textRun.stdout);
    expect(ok!.grade).toBe('2');
    expect(bad!.grade).toBeNull();
    expect(bad!.errors?.[0]?.field).toBe('ratedCoolingCapacity');
  });

  it('a glob of Parquet files reads as one input, rows numbered across the files', async () => {
    await parquet(
      'part-1.parquet',
      `SELECT 'heat-pump' AS unitType, 3500 AS ratedCoolingCapacity, 4.5 AS apf`,
    );
    await parquet(
      'part-2.parquet',
      `SELECT 'heat-pump' AS unitType, 3500 AS ratedCoolingCapacity, 4.49 AS apf UNION ALL SELECT 'heat-pump', 3500, 4.0`,
    );
    const run = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', join(temp(), 'part-*.parquet')]);
    expect(run.code, run.stderr).toBe(0);
    expect(results(run.stdout).map((r) => [r.row, r.grade])).toEqual([
      [1, '2'],
      [2, '3'],
      [3, '3'],
    ]);
  });

  it('DECIMAL and BIGINT values a double does not hold are refused as CSV refuses their numerals; a DATE in a number column names the date', async () => {
    // Heat pumps of 3500 W: APF ≥ 5.00 is grade 1, ≥ 4.50 grade 2. 4.99999999999999999999 as a double is 5.
    const file = await parquet(
      'precise.parquet',
      `SELECT * FROM (VALUES
        ('heat-pump', 3500::BIGINT, 4.99999999999999999999::DECIMAL(38,20)),
        ('heat-pump', 3500::BIGINT, 4.62::DECIMAL(38,20)),
        ('heat-pump', 9007199254740993::BIGINT, 4.62::DECIMAL(38,20)),
        ('heat-pump', 3500::BIGINT, 4.9999999999999999::DECIMAL(38,20))
      ) t(unitType, ratedCoolingCapacity, apf)`,
    );
    const csv = join(temp(), 'precise.csv');
    writeFileSync(
      csv,
      'unitType,ratedCoolingCapacity,apf\nheat-pump,3500,4.99999999999999999999\nheat-pump,3500,4.62\nheat-pump,9007199254740993,4.62\nheat-pump,3500,4.9999999999999999\n',
    );
    const run = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', '--no-keep', file]);
    const fromCsv = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', '--no-keep', csv]);
    expect(run.code, run.stderr).toBe(1);
    // The last is 4.99999999999999990000 at the column's scale: named as written, without the zeros.
    const [tooPrecise, exact, tooLarge, scaled] = results(run.stdout);
    expect([tooPrecise!.grade, tooPrecise!.errors?.map((e) => [e.field, e.code])]).toEqual([
      null,
      [['apf', 'wrong-type']],
    ]);
    expect(tooPrecise!.errors?.[0]?.message.en).toContain(
      '"4.99999999999999999999" has more than 15 significant digits, which qgrade does not read (at 15 digits it is 5',
    );
    expect(exact!.grade).toBe('2');
    expect(tooLarge!.errors?.[0]?.message.en).toContain(
      '"9007199254740993" has more than 15 significant digits',
    );
    expect(scaled!.errors?.[0]?.message.en).toContain(
      '"4.9999999999999999" has more than 15 significant digits',
    );
    // The same results, messages and all, as the CSV of the same numerals, but for the CSV's place in its file.
    expect(run.stdout).toBe(fromCsv.stdout.replace(/（第 \d+ 行第 \d+ 列）| \(line \d+, column \d+\)/g, ''));
    expect(fromCsv.stdout).toContain('(line 5, column 3)');

    const dated = await parquet(
      'dated.parquet',
      `SELECT 'heat-pump' AS unitType, 3500 AS ratedCoolingCapacity, DATE '2024-01-01' AS apf`,
    );
    const dateRun = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', '--no-keep', dated]);
    expect(dateRun.code).toBe(1);
    const [date] = results(dateRun.stdout);
    expect(date!.errors?.map((e) => [e.field, e.code])).toEqual([['apf', 'wrong-type']]);
    expect(date!.errors?.[0]?.message.en).toContain('"2024-01-01" is a date (a DATE or TIMESTAMP value)');
    expect(date!.errors?.[0]?.message.zh).toContain('"2024-01-01" 是日期（DATE 或 TIMESTAMP 类型的值）');
  });

  // scale-out-check-42: strings a legacy writer (Hive, Impala, old Spark) stored as BINARY read as BLOB; they were left out,
  // so every indicator of the file was "missing" and the model unkept.
  it('a BLOB holding UTF-8 text (a string stored as BINARY) is read as that text; other bytes are refused, named', async () => {
    // Heat pumps of 3500 W: APF ≥ 4.50 is grade 2, ≥ 4.00 grade 3.
    const file = await parquet(
      'binary-strings.parquet',
      `SELECT * FROM (VALUES
        ('A-1'::BLOB, 'heat-pump'::BLOB, '3500'::BLOB, '4.50'::BLOB),
        (encode('型号-2'), encode('热泵型'), '3500'::BLOB, '4.49'::BLOB),
        ('A-3'::BLOB, 'heat-pump'::BLOB, '3500'::BLOB, '\\xFF\\xFE'::BLOB)
      ) t(model, unitType, ratedCoolingCapacity, apf)`,
    );
    const run = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', '--keep', 'model', file]);
    expect(run.code, run.stderr).toBe(1);
    const [atLimit, below, notText] = results(run.stdout);
    expect([atLimit!.kept, atLimit!.grade]).toEqual([{ model: 'A-1' }, '2']);
    expect([below!.kept, below!.grade]).toEqual([{ model: '型号-2' }, '3']);
    // Bytes that are no text are refused as binary, as a date is, not read as a missing APF (the column named nothing).
    expect([notText!.kept, notText!.grade, notText!.errors?.map((e) => [e.field, e.code])]).toEqual([
      { model: 'A-3' },
      null,
      [['apf', 'wrong-type']],
    ]);
    expect(notText!.errors?.[0]?.message.en).toContain(
      'must be a number: "0xFFFE" is binary data (a BLOB that is not UTF-8 text)',
    );
    expect(notText!.errors?.[0]?.message.zh).toContain('是二进制数据（BLOB 类型，且不是 UTF-8 文本）');
  });

  it('a DOUBLE is read to 15 significant digits, as the library reads a number a program passes (docs/scale-out.md)', async () => {
    // HRB400E, Agt ≥ 9.0 compared rounded to 0.5: a script's 8.749999999999998 is 8.75 at 15 digits, 9.0 rounded:
    // conforming, as gradeSync gives for the number (the CSV numeral is refused: its digits are all a CSV says).
    // 8.74999999999999 (15 digits) rounds to 8.5: not graded.
    const bar = {
      designation: 'HRB400E',
      diameter: 20,
      yieldStrength: 450,
      tensileStrength: 600,
      elongation: 20,
      carbon: 0.2,
      silicon: 0.5,
      manganese: 1.0,
      phosphorus: 0.03,
      sulfur: 0.03,
      massDeviation: -1,
      bendTest: true,
    };
    const columns = Object.entries(bar)
      .map(([k, v]) => (typeof v === 'string' ? `'${v}' AS ${k}` : `${v}::DOUBLE AS ${k}`))
      .join(', ');
    const agts = [8.749999999999998, 8.74999999999999];
    const file = await parquet(
      'doubles.parquet',
      agts.map((agt) => `SELECT ${columns}, ${agt}::DOUBLE AS maxForceElongation`).join(' UNION ALL '),
    );
    const run = await cli.run([
      'grade',
      '-r',
      'steel/hot-rolled-ribbed-bar',
      '-f',
      'ndjson',
      '--no-keep',
      file,
    ]);
    const grader = createGrader(await loadRuleSet('steel/hot-rolled-ribbed-bar'));
    const library = agts.map((agt) => grader.gradeSync({ ...bar, maxForceElongation: agt }).grade);
    expect(results(run.stdout).map((r) => r.grade)).toEqual(['conforming', null]);
    expect(library).toEqual(['conforming', null]);
  });

  it('a file that is not Parquet, a missing file and stdin are usage errors (exit 2)', async () => {
    const notParquet = await cli.run([
      'grade',
      '-r',
      RULES,
      '-i',
      'parquet',
      'examples/room-air-conditioners.json',
    ]);
    expect(notParquet.code).toBe(2);
    expect(notParquet.stderr).toMatch(/cannot read examples\/room-air-conditioners\.json as Parquet/);
    const missing = await cli.run(['grade', '-r', RULES, 'no-such.parquet']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read input file no-such.parquet: no such file');
    const stdin = await cli.run(['grade', '-r', RULES, '-i', 'parquet', '-'], { input: 'x' });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('Parquet cannot be read from stdin');
  });
});

describe('qgrade grade -f parquet -o writes Parquet', () => {
  it('one flat row per result: row, kept, grade, label, conforming, notGradedReason, failing, errors, and the result as -f ndjson writes it', async () => {
    const out = join(temp(), 'graded.parquet');
    const run = await cli.run([
      'grade',
      '-r',
      RULES,
      'examples/room-air-conditioners.json',
      '-f',
      'parquet',
      '-o',
      out,
    ]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('8 records: 5 graded, 2 not graded, 1 invalid');
    const columns = (await sql.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${out}')`))
      .getRows()
      .map((r) => `${r[0]} ${r[1]}`);
    expect(columns).toEqual([
      'row BIGINT',
      'model VARCHAR',
      'grade VARCHAR',
      'label VARCHAR',
      'conforming BOOLEAN',
      'notGradedReason VARCHAR',
      'failing VARCHAR[]',
      'errors VARCHAR[]',
      'result VARCHAR',
    ]);
    const graded = await rows(out);
    expect(graded.map((r) => [r.row, r.model, r.grade, r.notGradedReason])).toEqual([
      [1n, 'KFR-26GW/A1', '1', null],
      [2n, 'KFR-35GW/B3', '2', null],
      [3n, 'KFR-50LW/C2', '3', null],
      [4n, 'KFR-72LW/D1', '5', null],
      [5n, 'KF-26GW/E5', '2', null],
      [6n, 'KF-120LW/F2', null, 'below-lowest-grade'],
      [7n, 'RF-160W/G1', null, 'out-of-scope'],
      [8n, 'KFR-35GW/H0', null, 'invalid-record'],
    ]);
    expect(graded[1]).toMatchObject({ label: 'Grade 2', conforming: true, failing: ['apf@1'], errors: null });
    expect(graded[6]!.failing).toEqual(['capacity-in-scope']);
    // With why its requiredWhen asks for it (newcomer-35 M5).
    expect(graded[7]!.errors).toEqual([
      expect.stringMatching(
        /^apf \(Annual performance factor \(APF\)\) is missing: it is required for this record by its condition, as unitType \(Unit type\) is Heat pump and ratedCoolingCapacity \(Rated cooling capacity \(CC\)\) is \d+$/,
      ),
    ]);

    const ndjson = await cli.run([
      'grade',
      '-r',
      RULES,
      '-f',
      'ndjson',
      'examples/room-air-conditioners.json',
    ]);
    expect(graded.map((r) => r.result)).toEqual(ndjson.stdout.trim().split('\n'));
  });

  it('--lang zh writes labels and errors in Chinese; a kept column named like a result column is kept_<name>', async () => {
    const input = await parquet(
      'clash.parquet',
      `SELECT 'S-1' AS grade, 'heat-pump' AS unitType, 3500 AS ratedCoolingCapacity, 4.62 AS apf`,
    );
    const out = join(temp(), 'clash-graded.parquet');
    const run = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      RULES,
      '--keep',
      'grade',
      input,
      '-f',
      'parquet',
      '-o',
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(await rows(out, 'row, kept_grade, grade, label')).toEqual([
      { row: 1n, kept_grade: 'S-1', grade: '2', label: '2级' },
    ]);
  });

  it('a kept value holding a lone surrogate is written with U+FFFD, as -f xlsx writes it; the other rows are kept (hostile-33 F0b)', async () => {
    // Valid JSON (a string cut in the middle of an emoji by its producer); DuckDB's JSON reader refuses the escape.
    const input = join(temp(), 'surrogates.ndjson');
    writeFileSync(
      input,
      [
        '{"id":"ok","unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.62}',
        '{"id":"\\ud800","unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":5,"备注":"a\\udfffb"}',
        // A backslash, then "ud800": text, not a surrogate; it stays as written.
        '{"id":"\\\\ud800","unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":5,"备注":"\\ud83d\\ude00"}',
      ].join('\n'),
    );
    const out = join(temp(), 'surrogates.parquet');
    const run = await cli.run([
      'grade',
      '-r',
      RULES,
      '--keep',
      'id',
      '--keep',
      '备注',
      input,
      '-f',
      'parquet',
      '-o',
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/qgrade-parquet|Malformed JSON/);
    expect(
      await rows(
        out,
        `row, id, 备注, grade, result::JSON ->> '$.kept.id' AS resultId, json_valid(result) AS valid`,
      ),
    ).toEqual([
      { row: 1n, id: 'ok', 备注: null, grade: '2', resultId: 'ok', valid: true },
      { row: 2n, id: '\uFFFD', 备注: 'a\uFFFDb', grade: '1', resultId: '\uFFFD', valid: true },
      { row: 3n, id: '\\ud800', 备注: '😀', grade: '1', resultId: '\\ud800', valid: true },
    ]);
  });

  it('kept columns whose names would be one Parquet column (its names ignore case) are a usage error before grading; one given twice is one column', async () => {
    const dir = temp();
    const csv = join(dir, 'case.csv');
    writeFileSync(
      csv,
      'model,Model,Grade,kept_grade,unitType,ratedCoolingCapacity,apf\nA,B,G,K,heat-pump,3500,4.62\n',
    );
    const out = join(dir, 'kept.parquet');
    const grade = (...keep: string[]) =>
      cli.run(['grade', '-r', RULES, ...keep.flatMap((k) => ['--keep', k]), csv, '-f', 'parquet', '-o', out]);

    const byCase = await grade('model', 'Model');
    expect(byCase.code).toBe(2);
    expect(byCase.stderr).toContain(
      'qgrade: -f parquet: the kept columns "model" and "Model" would be one column of the Parquet file (its column names ignore case): keep only one of them (--keep)',
    );
    // Found before any row is graded: no summary, no file.
    expect(byCase.stderr).not.toMatch(/1 record/);
    expect(existsSync(out)).toBe(false);

    const renamed = await grade('Grade', 'kept_grade');
    expect(renamed.code).toBe(2);
    expect(renamed.stderr).toContain(
      'the kept columns "Grade" (written as kept_Grade) and "kept_grade" would be one column',
    );
    expect(existsSync(out)).toBe(false);

    const twice = await grade('model', 'model', 'Grade');
    expect(twice.code, twice.stderr).toBe(0);
    expect(await rows(out, 'row, model, kept_Grade, grade')).toEqual([
      { row: 1n, model: 'A', kept_Grade: 'G', grade: '2' },
    ]);
    const columns = await sql.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${out}')`);
    expect(columns.getRowObjectsJS().map((c) => c.column_name)).toEqual([
      'row',
      'model',
      'kept_Grade',
      'grade',
      'label',
      'conforming',
      'notGradedReason',
      'failing',
      'errors',
      'result',
    ]);
  });

  it('Parquet in, Parquet out: the pipeline of docs/scale-out.md', async () => {
    const out = join(temp(), 'round-trip.parquet');
    const run = await cli.run([
      'grade',
      '-r',
      RULES,
      'examples/room-air-conditioners.parquet',
      '-f',
      'parquet',
      '-o',
      out,
    ]);
    expect(run.code, run.stderr).toBe(1);
    const counts = await sql.runAndReadAll(
      `SELECT grade, count(*)::INTEGER AS n FROM read_parquet('${out}') GROUP BY 1 ORDER BY 1 NULLS LAST`,
    );
    expect(counts.getRows()).toEqual([
      ['1', 1],
      ['2', 2],
      ['3', 1],
      ['5', 1],
      [null, 3],
    ]);
  });

  it("docs/scale-out.md's SQL samples run on the file -f parquet writes, and give its figures", async () => {
    const out = join(temp(), 'graded.parquet');
    const run = await cli.run([
      'grade',
      '-r',
      RULES,
      'examples/room-air-conditioners.parquet',
      '--keep',
      'model',
      '-f',
      'parquet',
      '-o',
      out,
    ]);
    expect(run.code, run.stderr).toBe(1);
    const page = readFileSync(join(ROOT, 'docs/scale-out.md'), 'utf8');
    const block = /```sql\n([\s\S]*?)```/.exec(page)?.[1] ?? '';
    const samples = block
      .split(';')
      .map((q) => q.trim())
      .filter((q) => q !== '');
    expect(samples).toHaveLength(3);
    const answers: unknown[][][] = [];
    for (const sample of samples) {
      const reader = await sql.runAndReadAll(sample.replaceAll("'graded.parquet'", `'${out}'`));
      answers.push(reader.getRowsJS().map((r) => r.map((v) => (typeof v === 'bigint' ? Number(v) : v))));
    }
    const [grades, failing, next] = answers as [unknown[][], [string, number][], string[][]];
    expect(grades).toEqual([
      ['1', 1],
      ['2', 2],
      ['3', 1],
      ['5', 1],
      [null, 3],
    ]);
    // Ties come in any order: the counts, and that they are in descending order.
    expect(Object.fromEntries(failing)).toEqual({
      'apf@1': 3,
      'apf@2': 2,
      'seer@1': 2,
      'apf@3': 1,
      'apf@4': 1,
      'seer@2': 1,
      'seer@3': 1,
      'seer@4': 1,
      'seer@5': 1,
      'capacity-in-scope': 1,
    });
    expect(failing.map(([, n]) => n)).toEqual([3, 2, 2, 1, 1, 1, 1, 1, 1, 1]);
    expect(next.sort()).toEqual([
      ['KF-26GW/E5', '1'],
      ['KFR-35GW/B3', '1'],
    ]);
  });

  it('-f parquet needs -o name.parquet; -o with a text format is refused (exit 2)', async () => {
    const noOutput = await cli.run([
      'grade',
      '-r',
      RULES,
      'examples/room-air-conditioners.json',
      '-f',
      'parquet',
    ]);
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toContain('-f parquet writes a file: give one with -o, e.g. -o report.parquet');
    const wrongName = await cli.run([
      'grade',
      '-r',
      RULES,
      'examples/room-air-conditioners.json',
      '-f',
      'parquet',
      '-o',
      join(temp(), 'graded.csv'),
    ]);
    expect(wrongName.code).toBe(2);
    expect(wrongName.stderr).toContain('-f parquet writes a .parquet file: name it .parquet');
    const textWithO = await cli.run([
      'grade',
      '-r',
      RULES,
      'examples/room-air-conditioners.json',
      '-f',
      'csv',
      '-o',
      join(temp(), 'x.parquet'),
    ]);
    expect(textWithO.code).toBe(2);
    expect(textWithO.stderr).toContain('-o is for -f xlsx or html or parquet');
  });
});

describe('the example file', () => {
  it('examples/room-air-conditioners.parquet holds the rows of examples/room-air-conditioners.json', async () => {
    const json = JSON.parse(
      readFileSync(join(ROOT, 'examples/room-air-conditioners.json'), 'utf8'),
    ) as unknown[];
    const reader = await sql.runAndReadAll(
      `SELECT count(*)::INTEGER FROM '${join(ROOT, 'examples/room-air-conditioners.parquet')}'`,
    );
    expect(reader.getRows()).toEqual([[json.length]]);
  });
});

describe('--sheet with a Parquet input', () => {
  it('is a usage error, as with CSV, not ignored', async () => {
    const file = await parquet(
      'sheet.parquet',
      "SELECT 'heat-pump' AS unitType, 3500 AS ratedCoolingCapacity, 4.62 AS apf",
    );
    const en = await cli.run(['grade', '-r', RULES, '--sheet', '1', file]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(
      `qgrade: --sheet is for .xlsx workbooks, and ${file} is a Parquet file, which has no sheets: leave --sheet out\n`,
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, '--sheet', '1', file]);
    expect(zh.stderr).toContain(
      `--sheet 只用于 .xlsx 工作簿，而 ${file} 是 Parquet 文件，没有工作表：请去掉 --sheet`,
    );
  });
});

describe('a yes/no column stored as numbers (hostile-20 M11)', () => {
  it('INTEGER and DOUBLE 1 and 0 read as the CSV cells 1 and 0; 2 is refused as CSV refuses it', async () => {
    for (const type of ['INTEGER', 'DOUBLE']) {
      const file = await parquet(
        `bool-${type}.parquet`,
        `SELECT 'heat-pump' AS unitType, 3500 AS ratedCoolingCapacity, 5.0 AS apf, v::${type} AS airCooled FROM (VALUES (1), (0), (2)) t(v)`,
      );
      const run = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', file]);
      const [one, zero, two] = results(run.stdout);
      const cooled = (r: GradeResult | undefined) => r?.criteria.find((c) => c.id === 'air-cooled')?.value;
      expect([cooled(one), cooled(zero)]).toEqual([true, false]);
      expect(two!.errors?.find((e) => e.field === 'airCooled')?.message.en).toContain(
        'must be a boolean: "2" is not one of true/false, 1/0',
      );
    }
  });
});
