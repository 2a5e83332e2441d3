import { describe, expect, it } from 'vitest';
import * as browser from '../../src/browser';
import { UsageError } from '../../src/errors/usage-error';
import * as api from '../../src/index';
import {
  BatchSummary,
  checkRuleSet,
  checkRuleSetFile,
  createCompareReport,
  createComparison,
  createGrader,
  createGroupComparison,
  diffEntriesForChange,
  diffRuleSets,
  formatIssue,
  type GradeChange,
  loadRuleSet,
  parseRoundingInterval,
  parseRuleSet,
  QgradeError,
  type RuleSetIssue,
  thresholdCoverage,
} from '../../src/index';

// Every exported function and method, given null, undefined, a number, a string or a wrong object where it
// takes something else, fails with a QgradeError of code 'usage' naming the call and the argument — never
// a TypeError from inside ("Cannot read properties of null", "entry.failing is not iterable").
const AC = 'home-appliances/room-air-conditioner-energy';
const good = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 };
const rs = await loadRuleSet(AC);
const grader = createGrader(rs);
const result = grader.gradeSync(good);
const group = grader.gradeGroup([good]);
const issue: RuleSetIssue = checkRuleSet('id: x\n').issues[0]!;
const change: GradeChange = { row: 1, from: '2', to: '1', criteria: [], causes: [] };
const any = (v: unknown) => v as never;
const BAD: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['42', 42],
  ['"x"', 'x'],
  ['{}', {}],
];

/** Runs a call to its first failure: a throw, a rejection, or the first step of an async iterator. */
async function failure(call: () => unknown): Promise<unknown> {
  try {
    const out = call();
    if (out && typeof (out as AsyncIterator<unknown>).next === 'function')
      await (out as AsyncIterator<unknown>).next();
    else await out;
  } catch (error) {
    return error;
  }
  return undefined;
}

/** For an argument that may be left out: every bad value but undefined. */
const OPTIONAL = BAD.filter(([label]) => label !== 'undefined');
/** For an options argument: not an object (an empty one is no options). */
const OPTIONS: [string, unknown][] = [...OPTIONAL.filter(([label]) => label !== '{}'), ['[]', []]];
/** For an argument that may be a number or a string. */
const NOT_NUMBER_OR_STRING: [string, unknown][] = [
  ...BAD.filter(([, v]) => typeof v !== 'number' && typeof v !== 'string'),
  ['[]', []],
];
/** For an argument that may be a string. */
const NOT_STRING = BAD.filter(([, v]) => typeof v !== 'string');
/** How the messages show each bad value, after "got" / 收到. */
const SHOWN: Record<string, [string, string]> = {
  null: ['null', 'null'],
  undefined: ['undefined', 'undefined'],
  '42': ['the number 42', '数值 42'],
  '"x"': ['the string "x"', '字符串 "x"'],
  '{}': ['an empty object', '空对象'],
  '[]': ['an array', '数组'],
};

const sampleGrader = browser.createGrader(await browser.loadBundledRuleSet(AC));
const diff = diffRuleSets(rs, rs);

const cases: [string, (bad: unknown) => unknown, string, string, [string, unknown][]][] = [
  // [call, the call with the bad value, the message's en up to "got", its zh up to 收到(的是), the bad values]
  [
    'formatIssue(bad)',
    (bad) => formatIssue(any(bad)),
    'formatIssue takes a rule-set issue (a RuleSetIssue from checkRuleSet or RuleSetError.issues), got',
    'formatIssue 需要规则集问题（checkRuleSet 或 RuleSetError.issues 给出的 RuleSetIssue），收到的是',
    BAD,
  ],
  [
    'diffEntriesForChange(bad, diff)',
    (bad) => diffEntriesForChange(any(bad), diff),
    "diffEntriesForChange's change must be a grade change (a GradeChange from comparison.add), got",
    'diffEntriesForChange 的 change 应为等级变化（comparison.add 给出的 GradeChange），收到',
    BAD,
  ],
  [
    'diffEntriesForChange(change, bad)',
    (bad) => diffEntriesForChange(change, any(bad)),
    "diffEntriesForChange's diff must be a rule-set diff from diffRuleSets(), got",
    'diffEntriesForChange 的 diff 应为 diffRuleSets() 给出的差异，收到',
    BAD,
  ],
  [
    'diffEntriesForChange(change, diff, bad)',
    (bad) => diffEntriesForChange(change, diff, any(bad)),
    "diffEntriesForChange's results must be an object such as { a: resultA, b: resultB }, got",
    'diffEntriesForChange 的 results 应为对象，例如 { a: resultA, b: resultB }，收到',
    OPTIONS,
  ],
  [
    'diffEntriesForChange(change, diff, { b: bad })',
    (bad) => diffEntriesForChange(change, diff, { b: any(bad) }),
    'diffEntriesForChange (results.b) takes a grading result (a GradeResult from grade, gradeSync or gradeMany), got',
    'diffEntriesForChange (results.b) 需要评级结果（grade、gradeSync 或 gradeMany 给出的 GradeResult），收到的是',
    OPTIONAL,
  ],
  [
    'parseRoundingInterval(bad)',
    (bad) => parseRoundingInterval(any(bad)),
    'parseRoundingInterval\'s interval must be a number or a string such as 0.1 or "0.5", got',
    'parseRoundingInterval 的 interval 应为数值或字符串（如 0.1、"0.5"），收到',
    NOT_NUMBER_OR_STRING,
  ],
  [
    'summary.addEntry(bad)',
    (bad) => new BatchSummary(rs.grades).addEntry(any(bad)),
    'BatchSummary.addEntry takes a summary entry (a SummaryEntry from BatchSummary.entry(result)), got',
    'BatchSummary.addEntry 需要汇总条目（BatchSummary.entry(result) 给出的 SummaryEntry），收到的是',
    BAD,
  ],
  [
    'summary.addTally(bad)',
    (bad) => new BatchSummary(rs.grades).addTally(any(bad)),
    "BatchSummary.addTally takes another summary's counts (a SummaryTally from summary.tally()), got",
    'BatchSummary.addTally 需要另一份汇总的计数（summary.tally() 给出的 SummaryTally），收到的是',
    BAD,
  ],
  [
    'BatchSummary.entry(bad)',
    (bad) => BatchSummary.entry(any(bad)),
    'BatchSummary.entry takes a grading result (a GradeResult from grade, gradeSync or gradeMany), got',
    'BatchSummary.entry 需要评级结果（grade、gradeSync 或 gradeMany 给出的 GradeResult），收到的是',
    BAD,
  ],
  [
    'summary.format(bad)',
    (bad) => new BatchSummary(rs.grades).format(any(bad)),
    'BatchSummary.format\'s lang must be "zh" or "en", got',
    'BatchSummary.format 的 lang 应为“zh”或“en”，收到',
    BAD,
  ],
  [
    'summary.formatGroups(bad, column)',
    (bad) => new BatchSummary(rs.grades).formatGroups(any(bad), '生产企业'),
    'BatchSummary.formatGroups\'s lang must be "zh" or "en", got',
    'BatchSummary.formatGroups 的 lang 应为“zh”或“en”，收到',
    BAD,
  ],
  [
    'summary.formatGroups("zh", bad)',
    (bad) => new BatchSummary(rs.grades).formatGroups('zh', any(bad)),
    "BatchSummary.formatGroups's column must be a column's name (text), got",
    'BatchSummary.formatGroups 的 column 应为列名（文字），收到',
    NOT_STRING,
  ],
  [
    'summary.format("zh", bad)',
    (bad) => new BatchSummary(rs.grades).format('zh', any(bad)),
    "BatchSummary.format's names must be a Map of requirement id to name, got",
    'BatchSummary.format 的 names 应为“要求 id → 名称”的 Map，收到',
    OPTIONAL,
  ],
  [
    'checkRuleSet(text, bad)',
    (bad) => checkRuleSet('id: x\n', any(bad)),
    'checkRuleSet\'s options must be an object such as { filename: "draft.yaml" }, got',
    'checkRuleSet 的 options 应为对象，例如 { filename: "draft.yaml" }，收到',
    OPTIONS,
  ],
  [
    'parseRuleSet(text, bad)',
    (bad) => parseRuleSet('id: x\n', any(bad)),
    'parseRuleSet\'s options must be an object such as { filename: "draft.yaml" }, got',
    'parseRuleSet 的 options 应为对象，例如 { filename: "draft.yaml" }，收到',
    OPTIONS,
  ],
  [
    'checkRuleSetFile(id, bad)',
    (bad) => checkRuleSetFile(AC, any(bad)),
    "checkRuleSetFile's options must be an object such as { limits: { maxBytes: 1048576 } }, got",
    'checkRuleSetFile 的 options 应为对象，例如 { limits: { maxBytes: 1048576 } }，收到',
    OPTIONS,
  ],
  [
    'loadRuleSet(id, bad)',
    (bad) => loadRuleSet(AC, any(bad)),
    "loadRuleSet's options must be an object such as { limits: { maxBytes: 1048576 } }, got",
    'loadRuleSet 的 options 应为对象，例如 { limits: { maxBytes: 1048576 } }，收到',
    OPTIONS,
  ],
  [
    'createCompareReport(a, b, bad)',
    (bad) => createCompareReport(rs, rs, any(bad)),
    'createCompareReport\'s options must be an object such as { lang: "zh" }, got',
    'createCompareReport 的 options 应为对象，例如 { lang: "zh" }，收到',
    OPTIONS,
  ],
  [
    'compareReport.add(bad, result)',
    (bad) => createCompareReport(rs, rs).add(any(bad), result),
    'compareReport.add takes a grading result (a GradeResult from grade, gradeSync or gradeMany), got',
    'compareReport.add 需要评级结果（grade、gradeSync 或 gradeMany 给出的 GradeResult），收到的是',
    BAD,
  ],
  [
    'compareReport.add(result, bad)',
    (bad) => createCompareReport(rs, rs).add(result, any(bad)),
    'compareReport.add takes a grading result (a GradeResult from grade, gradeSync or gradeMany), got',
    'compareReport.add 需要评级结果（grade、gradeSync 或 gradeMany 给出的 GradeResult），收到的是',
    BAD,
  ],
  [
    'compareReport.addGroup(bad, group, 0)',
    (bad) => createCompareReport(rs, rs).addGroup(any(bad), group, 0),
    "compareReport.addGroup takes a group's result (a GroupResult from gradeGroup), got",
    'compareReport.addGroup 需要分组评级结果（gradeGroup 给出的 GroupResult），收到的是',
    BAD,
  ],
  [
    'groupComparison.add(group, bad, 0)',
    (bad) => createGroupComparison(rs, rs, 'lot').add(group, any(bad), 0),
    "groupComparison.add takes a group's result (a GroupResult from gradeGroup), got",
    'groupComparison.add 需要分组评级结果（gradeGroup 给出的 GroupResult），收到的是',
    BAD,
  ],
  [
    'thresholdCoverage(rs, [], bad)',
    (bad) => thresholdCoverage(rs, [], any(bad)),
    "thresholdCoverage's marks must be an array of thresholds left uncovered on purpose (a suite's uncovered), got",
    'thresholdCoverage 的 marks 应为有意不覆盖的阈值的数组（测试套件的 uncovered），收到',
    OPTIONAL,
  ],
  [
    'gradeSample(bad, text)',
    (bad) => browser.gradeSample(any(bad), 'apf\n4.6\n'),
    'gradeSample takes a grader from createGrader() as its first argument, got',
    'gradeSample 的第一个参数应为 createGrader() 创建的评级器，收到的是',
    BAD,
  ],
  [
    'gradeSample(grader, bad)',
    (bad) => browser.gradeSample(sampleGrader, any(bad)),
    "gradeSample's input must be the sample's text (a string) or its bytes (a Uint8Array), got",
    'gradeSample 的 input 应为样品的文本（字符串）或字节（Uint8Array），收到',
    NOT_STRING,
  ],
  [
    'gradeSample(grader, text, bad)',
    (bad) => browser.gradeSample(sampleGrader, 'apf\n4.6\n', any(bad)),
    'gradeSample\'s options must be an object such as { format: "csv" }, got',
    'gradeSample 的 options 应为对象，例如 { format: "csv" }，收到',
    OPTIONS,
  ],
];

describe('an argument of the wrong kind is a usage error that names the call and the argument', () => {
  it.each(
    cases.flatMap(([name, call, en, zh, bads]) =>
      bads.map(([label, bad]) => [name.replace('bad', label), call, bad, en, zh, SHOWN[label]!] as const),
    ),
  )('%s', async (_, call, bad, en, zh, [gotEn, gotZh]) => {
    const error = await failure(() => call(bad));
    expect(error, String((error as Error | undefined)?.stack)).toBeInstanceOf(QgradeError);
    expect((error as QgradeError).code).toBe('usage');
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toContain(`${en} ${gotEn}`);
    expect((error as UsageError).text.zh).toContain(zh);
    expect((error as UsageError).text.zh).toContain(gotZh);
  });

  it('the right kinds still work', async () => {
    expect(formatIssue(issue, 'zh')).toMatch(/^<rule set>:\d+:\d+: /);
    expect(diffEntriesForChange(change, diff, { a: result, b: result })).toEqual([]);
    expect(parseRoundingInterval(' 0.5 ')).toEqual({ unit: 5, exponent: -1, decimals: 1, text: '0.5' });
    expect(parseRoundingInterval(0.3)).toBeUndefined();
    const summary = new BatchSummary(rs.grades);
    summary.addEntry(BatchSummary.entry(result));
    const whole = new BatchSummary(rs.grades);
    whole.addTally(summary.tally());
    expect(whole.counts().graded[result.grade!]).toBe(1);
    expect(whole.format('zh', new Map())).toMatch(/^共 1 条记录/);
    const report = createCompareReport(rs, rs);
    report.add(result, result);
    report.addGroup(group, group, 0);
    expect(report.totals()).toMatchObject({ total: 1 });
    expect(createGroupComparison(rs, rs, 'lot').add(group, group, 0)).toBeUndefined();
    expect(thresholdCoverage(rs, [], []).uncovered.length).toBeGreaterThan(0);
    const [graded] = await browser.gradeSample(
      sampleGrader,
      new TextEncoder().encode('unitType,ratedCoolingCapacity,apf\nheat-pump,3500,4.62\n'),
      { format: 'csv' },
    );
    expect(graded!.result.grade).toBe('2');
    // An ArrayBuffer, which was read as text before the check, is read as the bytes it holds.
    const buffer = new TextEncoder().encode(
      'unitType,ratedCoolingCapacity,apf\nheat-pump,3500,4.62\n',
    ).buffer;
    expect((await browser.gradeSample(sampleGrader, any(buffer)))[0]!.result.grade).toBe('2');
    expect(checkRuleSet('id: x\n', { filename: 'a.yaml' }).issues[0]!.file).toBe('a.yaml');
    expect(createComparison(rs, rs).add(result, result, 1)).toBeUndefined();
  });
});

// The sweep that found the cases above, kept so that a new export cannot bring the raw TypeError back: each
// function and method, its right arguments given, and one at a time replaced by each bad value.
const SWEEP: [string, unknown][] = [...BAD, ['[]', []], ['true', true], ['a function', () => 1]];
const suite = { file: 's.test.yaml', ruleSet: AC, cases: [] };
/** Right arguments for each exported function (a new export needs its line here). */
const RIGHT: Record<string, unknown[]> = {
  BatchSummary: [rs.grades],
  bundledRuleSetIds: [],
  bundledRuleSetText: [AC],
  checkRuleSet: ['id: x\n', {}],
  checkRuleSetFile: [AC, {}],
  compareRuleSets: [rs, rs, [good], {}],
  createCompareReport: [rs, rs, {}],
  createComparison: [rs, rs],
  createGradeReport: [rs, {}],
  createGrader: [rs, {}],
  createGroupComparison: [rs, rs, 'lot'],
  diffEntriesForChange: [change, diff, {}],
  diffRuleSets: [rs, rs],
  formatIssue: [issue, 'zh'],
  gradeFile: [grader, 'no-such-file.csv', {}],
  gradeSample: [sampleGrader, 'apf\n4.6\n', {}],
  listRuleSets: [],
  loadBundledRuleSet: [AC],
  loadRuleSet: [AC, {}],
  movedCriteria: [result, result],
  parseRoundingInterval: ['0.5'],
  parseRuleSet: ['id: x\n', {}],
  parseTestSuite: ['cases: []\n', 's.test.yaml'],
  registerGradeFunctions: [{ registerScalarFunction() {} }, grader, {}],
  resultAtDetail: [result, 'failing'],
  isGraded: [result],
  isNotGraded: [result],
  isInvalid: [result],
  createNdjsonEncoder: [],
  roundGbt8170: ['1.05', '0.1'],
  runSuite: [suite, rs],
  runTestSuite: ['no-such-suite.test.yaml'],
  thresholdCoverage: [rs, [], []],
};
/** Exports left out, and why. */
const NOT_SWEPT: Record<string, string> = {
  createGraderPool: 'starts worker threads; its arguments are checked in test/grade/argument-checks.test.ts',
  QgradeError: 'an error class qgrade throws, not a call',
  RuleSetError: 'an error class qgrade throws, not a call',
  RoundingError: 'an error class qgrade throws, not a call',
};

/** The bad values in each argument place of a call that fail with anything but a QgradeError. */
async function rawFailures(name: string, call: (...args: unknown[]) => unknown, right: unknown[]) {
  const found: string[] = [];
  for (let place = 0; place < Math.max(right.length, 1); place++)
    for (const [label, bad] of SWEEP) {
      const args = [...right];
      args[place] = bad;
      const error = await failure(() => call(...args));
      // GB/T 8170 rounding of a value or interval of the right kind but out of range is a documented RangeError.
      const documented = name === 'roundGbt8170' && error instanceof RangeError;
      if (error !== undefined && !(error instanceof QgradeError) && !documented)
        found.push(`${name} argument ${place + 1} ${label}: ${String(error)}`);
    }
  return found;
}

describe('no export fails with a raw TypeError on an argument of the wrong kind', () => {
  it.each([
    ['qgrade', api],
    ['qgrade/browser', browser],
  ] as const)(
    '%s',
    async (_, entry) => {
      const found: string[] = [];
      const create = entry.createGrader as typeof createGrader;
      const ruleSet = 'loadBundledRuleSet' in entry ? await entry.loadBundledRuleSet(AC) : rs;
      for (const [name, value] of Object.entries(entry)) {
        if (typeof value !== 'function' || name in NOT_SWEPT) continue;
        expect(RIGHT, `right arguments for ${name}`).toHaveProperty(name);
        const right = RIGHT[name]!.map((arg) =>
          arg === rs ? ruleSet : arg === grader ? create(ruleSet) : arg,
        );
        const call = name === 'BatchSummary' ? (...args: unknown[]) => new BatchSummary(any(args[0])) : value;
        found.push(...(await rawFailures(name, call as (...args: unknown[]) => unknown, right)));
      }
      const g = create(ruleSet);
      const [r, gr] = [g.gradeSync(good), g.gradeGroup([good])];
      const methods: [string, object, Record<string, unknown[]>][] = [
        [
          'grader',
          g,
          {
            grade: [good],
            gradeSync: [good],
            gradeOnly: [good],
            gradeMany: [[good]],
            gradeGroup: [[good], 'k'],
          },
        ],
        [
          'summary',
          new entry.BatchSummary(ruleSet.grades),
          {
            add: [r],
            addEntry: [BatchSummary.entry(r)],
            addTally: [new BatchSummary(rs.grades).tally()],
            format: ['zh', new Map()],
          },
        ],
        ['comparison', entry.createComparison(ruleSet, ruleSet), { add: [r, r, 1] }],
        ['groupComparison', entry.createGroupComparison(ruleSet, ruleSet, 'lot'), { add: [gr, gr, 0] }],
        ['gradeReport', entry.createGradeReport(ruleSet), { add: [r] }],
        [
          'compareReport',
          entry.createCompareReport(ruleSet, ruleSet),
          { add: [r, r, 1], addGroup: [gr, gr, 0] },
        ],
      ];
      for (const [owner, object, rights] of methods)
        for (const [name, right] of Object.entries(rights)) {
          const method = (object as Record<string, (...args: unknown[]) => unknown>)[name]!;
          found.push(...(await rawFailures(`${owner}.${name}`, method.bind(object), right)));
        }
      found.push(...(await rawFailures('BatchSummary.entry', any(entry.BatchSummary.entry), [r])));
      expect(found).toEqual([]);
    },
    60_000,
  );
});
