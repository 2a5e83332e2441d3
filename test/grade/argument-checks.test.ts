import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors/usage-error';
import {
  BatchSummary,
  compareRuleSets,
  createCompareReport,
  createComparison,
  createGradeReport,
  createGrader,
  createGraderPool,
  createGroupComparison,
  diffRuleSets,
  type GradeFileOptions,
  type GradeResult,
  type GraderOptions,
  gradeFile,
  loadRuleSet,
  movedCriteria,
  parseTestSuite,
  QgradeError,
  registerGradeFunctions,
  roundGbt8170,
  runSuite,
  thresholdCoverage,
} from '../../src/index';

// Each exported function given an argument of the wrong kind throws (or rejects, or fails on its first
// next()) a QgradeError with code 'usage' whose message names the argument and what came — never a
// TypeError from inside ("Cannot read properties of null", "field.trim is not a function").
const AC = 'home-appliances/room-air-conditioner-energy';
const good = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 };
const rs = await loadRuleSet(AC);
const grader = createGrader(rs);
const result = grader.gradeSync(good);
const pool = await createGraderPool({ pathOrId: AC }, { workers: 1 });
afterAll(() => pool.close());

const any = (v: unknown) => v as never;

/** Runs a call to its first failure: a throw, a rejection, or the first step of a generator. */
async function failure(call: () => unknown): Promise<unknown> {
  try {
    const out = call();
    if (out && typeof (out as AsyncIterator<unknown>).next === 'function') {
      await (out as AsyncIterator<unknown>).next();
    } else await out;
  } catch (error) {
    return error;
  }
  return undefined;
}

const cases: [string, () => unknown, string, string][] = [
  // [call, the call, en text the message holds, zh text the message holds]
  [
    'compareRuleSets(rs, rs, null)',
    () => compareRuleSets(rs, rs, any(null)),
    'compareRuleSets takes an array or (async) iterable of records, got null',
    'compareRuleSets 需要记录的数组',
  ],
  [
    'compareRuleSets(rs, null, [])',
    () => compareRuleSets(rs, any(null), []),
    'compareRuleSets takes a rule set from loadRuleSet() or parseRuleSet(), got null',
    'compareRuleSets 需要 loadRuleSet()',
  ],
  [
    'compareRuleSets(rs, rs, [], null)',
    () => compareRuleSets(rs, rs, [], any(null)),
    'compareRuleSets\'s options must be an object such as { groupBy: "lot" }, got null',
    'compareRuleSets 的 options 应为对象',
  ],
  [
    'gradeFile(null, path)',
    () => gradeFile(any(null), 'x.csv'),
    'gradeFile takes a grader from createGrader() as its first argument, got null',
    'gradeFile 的第一个参数应为 createGrader() 创建的评级器',
  ],
  [
    'gradeFile({ ruleSet: {} }, path)',
    () => gradeFile(any({ ruleSet: {} }), 'x.csv'),
    'gradeFile takes a rule set from loadRuleSet() or parseRuleSet(), got an object',
    'gradeFile 需要 loadRuleSet()',
  ],
  [
    'gradeFile(g, null)',
    () => gradeFile(grader, any(null)),
    'gradeFile\'s path must be a file path (a string), or "-" for stdin, got null',
    'gradeFile 的 path 应为文件路径',
  ],
  [
    'gradeFile(g, 5)',
    () => gradeFile(grader, any(5)),
    'gradeFile\'s path must be a file path (a string), or "-" for stdin, got the number 5',
    '收到的是数值 5',
  ],
  [
    'gradeFile(g, path, null)',
    () => gradeFile(grader, 'x.csv', any(null)),
    'gradeFile\'s options must be an object such as { format: "csv" }, got null',
    'gradeFile 的 options 应为对象',
  ],
  [
    'gradeFile(g, path, { map: { apf: 5 } })',
    () => gradeFile(grader, 'x.csv', { map: any({ apf: 5 }) } as GradeFileOptions),
    'options.map maps "apf" to something other than an indicator name, got 5',
    'options.map 把“apf”映射到了非文本的值',
  ],
  [
    'gradeFile(g, path, { map: "x" })',
    () => gradeFile(grader, 'x.csv', { map: any('x') }),
    'options.map must be an object of column → indicator name',
    'options.map 应为“列名 → 指标名”的对象',
  ],
  [
    'createGrader(rs, null)',
    () => createGrader(rs, any(null) as GraderOptions),
    'createGrader\'s options must be an object such as { engine: "compiled" }, got null',
    'createGrader 的 options 应为对象',
  ],
  [
    'roundGbt8170(null, 1)',
    () => roundGbt8170(any(null), 1),
    "roundGbt8170's value must be a number or a decimal numeral as a string",
    'roundGbt8170 的 value 应为数值或十进制数的字符串',
  ],
  [
    'roundGbt8170({}, 1)',
    () => roundGbt8170(any({}), 1),
    'roundGbt8170\'s value must be a number or a decimal numeral as a string such as "1.050", got an empty object',
    '收到 空对象',
  ],
  [
    'roundGbt8170(5n, 1)',
    () => roundGbt8170(any(5n), 1),
    'roundGbt8170\'s value must be a number or a decimal numeral as a string such as "1.050", got a BigInt',
    '大整数（BigInt）',
  ],
  [
    'roundGbt8170(1.05, null)',
    () => roundGbt8170(1.05, any(null)),
    'roundGbt8170\'s interval must be a number or a string such as 0.1 or "0.5", got null',
    'roundGbt8170 的 interval 应为数值或字符串',
  ],
  [
    'loadRuleSet(null)',
    () => loadRuleSet(any(null)),
    "loadRuleSet takes a rule file's path or a bundled rule set's id (a string), got null",
    'loadRuleSet 需要规则文件的路径或内置规则集的 id',
  ],
  [
    'thresholdCoverage(rs, null)',
    () => thresholdCoverage(rs, any(null)),
    'thresholdCoverage takes an array of graded cases (the cases runTestSuite gives), got null',
    'thresholdCoverage 需要已评级用例的数组',
  ],
  [
    'movedCriteria(null, null)',
    () => movedCriteria(any(null), any(null)),
    'movedCriteria takes a grading result (a GradeResult from grade, gradeSync or gradeMany), got null',
    'movedCriteria 需要评级结果',
  ],
  [
    'parseTestSuite(null, "f")',
    () => parseTestSuite(any(null), 'f'),
    "parseTestSuite's text must be a string (the suite's text, then its file name), got null",
    'parseTestSuite 的 text 应为字符串',
  ],
  [
    'parseTestSuite("cases: []", 5)',
    () => parseTestSuite('cases: []', any(5)),
    "parseTestSuite's file must be a string (the suite's text, then its file name), got the number 5",
    'parseTestSuite 的 file 应为字符串',
  ],
  [
    'new BatchSummary(null)',
    () => new BatchSummary(any(null)),
    "new BatchSummary takes a rule set's grades (ruleSet.grades), got null",
    'new BatchSummary 需要规则集的等级列表',
  ],
  [
    'new BatchSummary(ruleSet)',
    () => new BatchSummary(any(rs)),
    ': pass ruleSet.grades',
    '：请传入 ruleSet.grades',
  ],
  [
    'summary.add({})',
    () => new BatchSummary(rs.grades).add(any({})),
    'BatchSummary.add takes a grading result (a GradeResult from grade, gradeSync or gradeMany), got an empty object',
    'BatchSummary.add 需要评级结果',
  ],
  [
    'createGradeReport(null)',
    () => createGradeReport(any(null)),
    'createGradeReport takes a rule set from loadRuleSet() or parseRuleSet(), got null',
    'createGradeReport 需要 loadRuleSet()',
  ],
  [
    'createGradeReport(rs, null)',
    () => createGradeReport(rs, any(null)),
    'createGradeReport\'s options must be an object such as { lang: "zh" }, got null',
    'createGradeReport 的 options 应为对象',
  ],
  [
    'diffRuleSets(rs, {})',
    () => diffRuleSets(rs, any({})),
    'diffRuleSets takes a rule set from loadRuleSet() or parseRuleSet(), got an object',
    'diffRuleSets 需要 loadRuleSet()',
  ],
  [
    'createGradeReport(rs).add(null)',
    () => createGradeReport(rs).add(any(null)),
    'report.add takes a grading result (a GradeResult from grade, gradeSync or gradeMany), got null',
    'report.add 需要评级结果',
  ],
  [
    'createCompareReport(null, rs)',
    () => createCompareReport(any(null), rs),
    'createCompareReport takes a rule set from loadRuleSet() or parseRuleSet(), got null',
    'createCompareReport 需要 loadRuleSet()',
  ],
  [
    'createComparison(rs, null)',
    () => createComparison(rs, any(null)),
    'createComparison takes a rule set from loadRuleSet() or parseRuleSet(), got null',
    'createComparison 需要 loadRuleSet()',
  ],
  [
    'createComparison(rs, rs).add(null, null, 1)',
    () => createComparison(rs, rs).add(any(null), any(null), 1),
    'comparison.add takes a grading result (a GradeResult from grade, gradeSync or gradeMany), got null',
    'comparison.add 需要评级结果',
  ],
  [
    'createComparison(rs, rs).add(result, {}, 1)',
    () => createComparison(rs, rs).add(result as GradeResult, any({}), 1),
    'comparison.add takes a grading result',
    '收到的是空对象',
  ],
  ...[-5, 0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 'x', null, 2 ** 60].map(
    (firstRow): [string, () => unknown, string, string] => [
      `pool.gradeManyToNdjson(records, { firstRow: ${String(firstRow)} })`,
      () => pool.gradeManyToNdjson([good], { firstRow: any(firstRow) }),
      `firstRow must be a whole number from 1 to ${Number.MAX_SAFE_INTEGER}, got ${
        typeof firstRow === 'string'
          ? `the string "${firstRow}"`
          : typeof firstRow === 'number'
            ? `the number ${firstRow}`
            : 'null'
      }`,
      'firstRow 应为 1 到',
    ],
  ),
  [
    'pool.gradeManyToNdjson(records, null)',
    () => pool.gradeManyToNdjson([good], any(null)),
    "gradeManyToNdjson's options must be an object such as { firstRow: 1 }, got null",
    'gradeManyToNdjson 的 options 应为对象',
  ],
  [
    'createGroupComparison(null, rs, "lot")',
    () => createGroupComparison(any(null), rs, 'lot'),
    "createGroupComparison's a must be a rule set (with grades), got null",
    'createGroupComparison 的 a 应为规则集',
  ],
  [
    'registerGradeFunctions(null, grader)',
    () => registerGradeFunctions(any(null), grader),
    'registerGradeFunctions takes a DuckDB connection (await instance.connect()) as its first argument, got null',
    'registerGradeFunctions 的第一个参数应为 DuckDB 连接',
  ],
  [
    'registerGradeFunctions(connection, null)',
    () => registerGradeFunctions(any({ registerScalarFunction() {} }), any(null)),
    'registerGradeFunctions takes a grader from createGrader() as its second argument, got null',
    'registerGradeFunctions 的第二个参数应为 createGrader() 创建的评级器',
  ],
  [
    'runSuite(null, rs)',
    () => runSuite(any(null), rs),
    'runSuite takes a suite from parseTestSuite() as its first argument, got null',
    'runSuite 的第一个参数应为 parseTestSuite() 读出的测试套件',
  ],
  [
    'runSuite(suite, null)',
    () => runSuite({ file: 's.test.yaml', ruleSet: AC, cases: [] }, any(null)),
    'runSuite takes a rule set from loadRuleSet() or parseRuleSet(), got null',
    'runSuite',
  ],
];

describe('an argument of the wrong kind is a usage error that names it', () => {
  it.each(cases)('%s', async (_, call, en, zh) => {
    const error = await failure(call);
    expect(error).toBeInstanceOf(QgradeError);
    expect((error as QgradeError).code).toBe('usage');
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toContain(en);
    expect((error as UsageError).text.zh).toContain(zh);
  });

  it('a whole firstRow of 1 or more numbers the rows from it', async () => {
    let text = '';
    for await (const chunk of pool.gradeManyToNdjson([good, good], { firstRow: 7 }))
      text += Buffer.from(chunk).toString();
    expect(
      text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).row),
    ).toEqual([7, 8]);
  });

  it('right kinds still work: rounding, a summary, a comparison, moved criteria', async () => {
    expect(roundGbt8170('1.050', { unit: 1, exponent: -1, decimals: 1, text: '0.1' })).toBe('1.0');
    const summary = new BatchSummary(rs.grades);
    summary.add(result);
    expect(summary.counts().total).toBe(1);
    expect(movedCriteria(result, result)).toEqual([]);
    expect((await compareRuleSets(rs, rs, [good])).total).toBe(1);
  });
});
