import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors/usage-error';
import { createGrader, type GradeResult, loadRuleSet, registerGradeFunctions } from '../../src/index';
import { ROOT } from '../cli/cli-harness';

const SAMPLES = join(ROOT, 'examples/room-air-conditioners.parquet');

let db: DuckDBInstance;
let sql: Awaited<ReturnType<DuckDBInstance['connect']>>;
beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
  sql = await db.connect();
  const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
  expect(await registerGradeFunctions(sql, grader)).toEqual({
    grade: 'qgrade_grade',
    result: 'qgrade_result',
  });
  await registerGradeFunctions(sql, grader, { prefix: 'ac', map: { 制冷量: 'ratedCoolingCapacity' } });
});
afterAll(() => {
  sql.closeSync();
  db.closeSync();
});

async function query(text: string): Promise<unknown[][]> {
  return (await sql.runAndReadAll(text)).getRowsJS() as unknown[][];
}

describe('registerGradeFunctions: a grader as DuckDB scalar functions', () => {
  it("SELECT qgrade_grade(t), count(*) FROM '*.parquet' t GROUP BY 1: the counts qgrade grade gives the same file", async () => {
    const rows = await query(
      `SELECT qgrade_grade(t) AS grade, count(*)::INTEGER FROM '${join(ROOT, 'examples/*.parquet')}' t GROUP BY 1 ORDER BY 1 NULLS LAST`,
    );
    // 8 records: grades 1, 2, 3, 5, 2; two not graded and one invalid (examples/room-air-conditioners.json).
    expect(rows).toEqual([
      ['1', 1],
      ['2', 2],
      ['3', 1],
      ['5', 1],
      [null, 3],
    ]);
  });

  it('qgrade_result gives the result as JSON, the same as the grader gives', async () => {
    const rows = await query(
      `SELECT model, qgrade_result(t) FROM '${SAMPLES}' t WHERE model IN ('KFR-35GW/B3', 'KFR-35GW/H0') ORDER BY model`,
    );
    const [graded, invalid] = rows.map((r) => JSON.parse(r[1] as string) as GradeResult);
    expect([graded!.grade, graded!.nextGrade?.grade]).toEqual(['2', '1']);
    expect(invalid!.notGradedReason?.code).toBe('invalid-record');
    const json = await query(
      `SELECT qgrade_result(t)::JSON ->> '$.notGradedReason.code' AS why, count(*)::INTEGER FROM '${SAMPLES}' t GROUP BY 1 ORDER BY 1 NULLS FIRST`,
    );
    expect(json).toEqual([
      [null, 5],
      ['below-lowest-grade', 1],
      ['invalid-record', 1],
      ['out-of-scope', 1],
    ]);
  });

  it('a struct literal, text converted by the indicator type, FLOAT at a limit, NULL fields missing, a NULL row NULL', async () => {
    // Heat pumps of 3500 W: APF ≥ 4.50 grade 2, ≥ 3.30 grade 5; 3.3 as FLOAT is 3.2999999523 in double precision.
    const rows = await query(`SELECT
      qgrade_grade({'unitType': 'heat-pump', 'ratedCoolingCapacity': 3500, 'apf': 4.5}),
      qgrade_grade({'unitType': 'heat-pump', 'ratedCoolingCapacity': 3500, 'apf': 4.49}),
      qgrade_grade({'unitType': 'heat-pump', 'ratedCoolingCapacity': '3500', 'apf': '4.50'}),
      qgrade_grade({'unitType': 'heat-pump', 'ratedCoolingCapacity': 3500, 'apf': 3.3::FLOAT}),
      qgrade_grade({'unitType': 'heat-pump', 'ratedCoolingCapacity': 3500, 'apf': NULL::DOUBLE}),
      qgrade_grade(NULL::STRUCT(apf DOUBLE)),
      qgrade_result({'unitType': 'heat-pump', 'ratedCoolingCapacity': 3500, 'apf': NULL::DOUBLE})::JSON ->> '$.errors[0].code'`);
    expect(rows).toEqual([['2', '3', '2', '5', null, null, 'missing']]);
  });

  it('a BLOB field holding UTF-8 text is read as that text, as a Parquet column is (scale-out-check-42)', async () => {
    const rows = await query(`SELECT
      qgrade_grade({'unitType': 'heat-pump'::BLOB, 'ratedCoolingCapacity': 3500, 'apf': '4.50'::BLOB}),
      qgrade_grade({'unitType': 'heat-pump', 'ratedCoolingCapacity': 3500, 'apf': '4.49'::BLOB}),
      qgrade_result({'unitType': 'heat-pump', 'ratedCoolingCapacity': 3500, 'apf': '\\xFF'::BLOB})::JSON ->> '$.errors[0].code'`);
    // Bytes that are no text: refused as binary (as a Parquet column's are), not read as a missing APF.
    expect(rows).toEqual([['2', '3', 'wrong-type']]);
  });

  it('a MAP in an indicator’s field is told as a map, not as a list; a MAP in another field is no matter', async () => {
    const rows = await query(`SELECT
      qgrade_result({'unitType': 'heat-pump', 'ratedCoolingCapacity': 3500, 'apf': MAP {'a': 4.5}})::JSON ->> '$.errors[0].message.en',
      qgrade_result({'unitType': 'heat-pump', 'ratedCoolingCapacity': 3500, 'apf': MAP {'a': 4.5}})::JSON ->> '$.errors[0].message.zh',
      qgrade_grade({'unitType': 'heat-pump', 'ratedCoolingCapacity': 3500, 'apf': 4.5, 'note': MAP {'a': 1}})`);
    expect(rows).toEqual([
      [
        'apf (Annual performance factor (APF)) must be a number, got a map',
        '全年能源消耗效率 APF 应为数值，实际为映射（Map）',
        '2',
      ],
    ]);
  });

  it('JSON text of a record, and DECIMAL fields', async () => {
    const rows = await query(`SELECT
      qgrade_grade('{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.62}'),
      qgrade_grade({'unitType': 'heat-pump', 'ratedCoolingCapacity': 3500::DECIMAL(6,0), 'apf': 4.62::DECIMAL(4,2)})`);
    expect(rows).toEqual([['2', '2']]);
  });

  it('options.map and the prefix: ac_grade reads the column 制冷量 as ratedCoolingCapacity', async () => {
    const rows = await query(
      `SELECT ac_grade({'unitType': 'heat-pump', '制冷量': 3500, 'apf': 4.62}), qgrade_grade({'unitType': 'heat-pump', '制冷量': 3500, 'apf': 4.62})`,
    );
    expect(rows).toEqual([['2', null]]);
  });

  it('a DECIMAL, BIGINT or JSON numeral a double does not hold is refused as CSV refuses it: NULL, and the error result', async () => {
    // APF ≥ 5.00 is grade 1: 4.99999999999999999999 as a double is 5.
    const rows = await query(`SELECT
      qgrade_grade({'unitType': 'heat-pump', 'ratedCoolingCapacity': 3500, 'apf': 4.99999999999999999999::DECIMAL(38,20)}),
      qgrade_grade({'unitType': 'heat-pump', 'ratedCoolingCapacity': 3500, 'apf': 4.62::DECIMAL(38,20)}),
      qgrade_grade({'unitType': 'heat-pump', 'ratedCoolingCapacity': 9007199254740993::BIGINT, 'apf': 4.62}),
      qgrade_grade('{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.99999999999999999}'),
      qgrade_result({'unitType': 'heat-pump', 'ratedCoolingCapacity': 3500, 'apf': 4.99999999999999999999::DECIMAL(38,20)}),
      qgrade_result('{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.99999999999999999}')`);
    const [decimal, exact, bigint, json, decimalResult, jsonResult] = rows[0]!;
    expect([decimal, exact, bigint, json]).toEqual([null, '2', null, null]);
    for (const [text, numeral] of [
      [decimalResult, '4.99999999999999999999'],
      [jsonResult, '4.99999999999999999'],
    ] as const) {
      const result = JSON.parse(text as string) as GradeResult;
      expect(result.row).toBeUndefined();
      expect([result.grade, result.notGradedReason?.code]).toEqual([null, 'invalid-record']);
      expect(result.errors?.map((e) => [e.field, e.code])).toEqual([['apf', 'wrong-type']]);
      expect(result.errors?.[0]?.message.en).toContain(
        `"${numeral}" has more than 15 significant digits, which qgrade does not read (at 15 digits it is 5`,
      );
    }
  });

  it('one row that cannot be read does not stop the query: NULL from qgrade_grade, an unreadable error result from qgrade_result', async () => {
    const good = '{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.62}';
    const rows = await query(`SELECT qgrade_grade(x), qgrade_result(x) FROM (VALUES
      ('not json'),
      ('${good}'),
      ('{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":5.5,"apf":3.0}')
    ) t(x)`);
    expect(rows.map((r) => r[0])).toEqual([null, '2', null]);
    const [notJson, graded, repeated] = rows.map((r) => JSON.parse(r[1] as string) as GradeResult);
    expect(graded!.grade).toBe('2');
    for (const result of [notJson!, repeated!]) {
      expect([result.grade, result.notGradedReason?.code]).toEqual([null, 'invalid-record']);
      expect(result.errors?.map((e) => [e.field, e.code])).toEqual([['', 'unreadable']]);
    }
    expect(notJson!.errors?.[0]?.message).toEqual({
      zh: 'JSON 文本不是有效的 JSON：第 1 行第 2 列出现了意外的字符“o”',
      en: 'the JSON text is not valid JSON: line 1, column 2: unexpected "o"',
    });
    expect(repeated!.errors?.[0]?.message.en).toContain('The JSON text gives the key "apf" more than once');

    // A bare NULL has type NULL, which DuckDB's Node API cannot read: the row is unreadable, and says how to write it.
    const nulls = await query(`SELECT
      qgrade_grade({'unitType': NULL, 'ratedCoolingCapacity': 3500, 'apf': 4.62}),
      qgrade_result({'unitType': NULL, 'ratedCoolingCapacity': 3500, 'apf': 4.62})`);
    expect(nulls[0]![0]).toBeNull();
    const unreadable = JSON.parse(nulls[0]![1] as string) as GradeResult;
    expect(unreadable.errors?.map((e) => [e.field, e.code])).toEqual([['', 'unreadable']]);
    expect(unreadable.errors?.[0]?.message.en).toContain('give its type, e.g. NULL::DOUBLE');
    expect(unreadable.errors?.[0]?.message.zh).toContain('NULL::DOUBLE');
  });

  it('a prefix that is not a plain SQL identifier is a usage error', async () => {
    const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
    for (const prefix of ['bad name; drop', '1st', '', 'a-b', '"q"']) {
      await expect(registerGradeFunctions(sql, grader, { prefix }), prefix).rejects.toMatchObject({
        code: 'usage',
        message: expect.stringContaining('is not a plain SQL identifier'),
      });
    }
    expect(await registerGradeFunctions(sql, grader, { prefix: '_Q2' })).toEqual({
      grade: '_Q2_grade',
      result: '_Q2_result',
    });
  });

  it('a map target that names no indicator is the usage error gradeFile gives, with the closest name; no function is registered', async () => {
    const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
    const error = await registerGradeFunctions(sql, grader, {
      prefix: 'typo',
      map: { cap: 'ratedCoolingCapactiy' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).text).toEqual({
      en: 'options.map { "cap": "ratedCoolingCapactiy" }: the rule set has no indicator "ratedCoolingCapactiy"; did you mean "ratedCoolingCapacity"? (the rule set\'s indicators: unitType, ratedCoolingCapacity, airCooled, hermeticCompressor, climateType, unitConfiguration, apf, seer)',
      zh: 'options.map { "cap": "ratedCoolingCapactiy" }：规则集没有名为“ratedCoolingCapactiy”的指标，是否要写“ratedCoolingCapacity”？（规则集的指标：“unitType”、“ratedCoolingCapacity”、“airCooled”、“hermeticCompressor”、“climateType”、“unitConfiguration”、“apf”、“seer”）',
    });
    await expect(sql.runAndReadAll(`SELECT typo_grade({'cap': 3500})`)).rejects.toThrow(/typo_grade/);
    // The map's shape is checked as gradeFile checks it, and a column name is trimmed as a header is.
    await expect(registerGradeFunctions(sql, grader, { map: { cap: 5 } as never })).rejects.toThrow(
      'options.map maps "cap" to something other than an indicator name, got 5',
    );
    await registerGradeFunctions(sql, grader, {
      prefix: 'trim',
      map: { ' 制冷量 ': 'ratedCoolingCapacity' },
    });
    expect(await query(`SELECT trim_grade({'unitType': 'heat-pump', '制冷量': 3500, 'apf': 4.62})`)).toEqual([
      ['2'],
    ]);
  });

  it('a json-rules-engine grader is refused when registering, as gradeOnly refuses it, not at every query', async () => {
    const ruleSet = await loadRuleSet('home-appliances/room-air-conditioner-energy');
    const grader = createGrader(ruleSet, { engine: 'json-rules-engine' });
    const error = await registerGradeFunctions(sql, grader, { prefix: 'jre' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).text).toEqual({
      en: 'registerGradeFunctions needs the compiled engine, and this grader uses json-rules-engine: create a grader without engine',
      zh: 'registerGradeFunctions 需要 compiled 引擎，而这个评级器用的是 json-rules-engine：请不指定 engine 另建评级器',
    });
    // The words gradeOnly uses, with its own advice.
    expect(() => grader.gradeOnly({})).toThrow(
      'gradeOnly needs the compiled engine, and this grader uses json-rules-engine: use grade(), or create a grader without engine',
    );
    await expect(sql.runAndReadAll(`SELECT jre_grade({'apf': 4.62})`)).rejects.toThrow(/jre_grade/);
  });

  it('an argument that is not a row is an error that says what to pass', async () => {
    await expect(sql.runAndReadAll('SELECT qgrade_grade(42)')).rejects.toThrow(
      /pass a row or a struct, e\.g\. qgrade_grade\(t\)/,
    );
  });
});
