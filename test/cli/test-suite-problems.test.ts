import { describe, expect, it } from 'vitest';
import { useCli } from './cli-harness';
import { xmlProblems } from './xml';

const cli = useCli();
const DIR = 'test/cli/fixtures/author-sweep';
const PROBLEMS = `${DIR}/cement-problems.test.yaml`;

describe.concurrent('qgrade test: every problem of a suite in one run', () => {
  it('names each problem, runs the other cases, and exits 2', async () => {
    const { code, stdout, stderr } = await cli.run(['test', PROBLEMS]);
    expect(code).toBe(2);
    // Both names the rule set lacks, each at its place.
    expect(stdout).toContain(
      `${PROBLEMS}:4:76: grade "合格" is not in building-materials/gb175-chemistry; did you mean "conforming"?`,
    );
    expect(stdout).toContain(
      `${PROBLEMS}:8:91: requirement "MgO" is not in building-materials/gb175-chemistry; did you mean "mgo"?`,
    );
    // The cases without such a name ran: two fail on text inputs, with what to write instead.
    expect(stdout).toContain(`FAIL ${PROBLEMS}:5: 输入值带百分号`);
    expect(stdout).toContain(
      'got "5.0%", which is text in quotes with the unit: remove the quotes and the unit (%) and write 5.0)',
    );
    expect(stdout).toContain(`FAIL ${PROBLEMS}:6: 输入值为字符串数字`);
    expect(stdout).toContain('got "5.0", which is text in quotes: remove the quotes and write 5.0)');
    expect(stdout).not.toContain(':4: 用中文等级名');
    expect(stderr).toContain(`${PROBLEMS}: 1/3 passed; 2 cases not run (lines 4, 8)`);
    expect(stdout.trimEnd().split('\n').slice(-2)).toEqual([
      '1 passed, 2 failed',
      '1 test suite has problems (see above): 2 of its cases did not run, the others did',
    ]);
  });

  it('says the same in Chinese', async () => {
    const { code, stdout, stderr } = await cli.run(['--lang', 'zh', 'test', PROBLEMS]);
    expect(code).toBe(2);
    expect(stdout).toContain(
      `${PROBLEMS}:4:76: building-materials/gb175-chemistry 中没有等级“合格”，是否要写“conforming”？`,
    );
    expect(stdout).toContain('实际为 "5.0"，是加了引号的文本：请去掉引号，写作 5.0）');
    expect(stdout).toContain('实际为 "5.0%"，是加了引号并带单位的文本：请去掉引号和单位（%），写作 5.0）');
    expect(stderr).toContain(`${PROBLEMS}：通过 1/3；2 个用例没有运行（第 4、8 行）`);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '1 个测试套件有问题（见上方），其中 2 个用例没有运行，其余用例已运行',
    );
  });

  it('in JUnit, the suite’s problems are one errored case before the cases that ran', async () => {
    const { code, stdout } = await cli.run(['test', '--format', 'junit', PROBLEMS]);
    expect(code).toBe(2);
    expect(stdout).toMatch(
      /<testsuite name="[^"]*cement-problems\.test\.yaml" tests="4" failures="2" errors="1"/,
    );
    expect(stdout).toContain('<testcase name="load"');
    expect(stdout).toContain('<testcase name="写对了"');
    expect(xmlProblems(stdout)).toEqual([]);
  });

  it('a problem of the format inside a case leaves that case out, and the others run', async () => {
    const file = `${DIR}/cement-schema-problems.test.yaml`;
    const { code, stdout, stderr } = await cli.run(['test', file]);
    expect(code).toBe(2);
    // In file order: a grade written as a number, a label for a grade, a misspelt key, a figure no double holds.
    expect(stdout.split('\n').filter((l) => l.startsWith(file))).toEqual([
      // The rule set has no grade "1": its grades, not "write \"1\" (in quotes)" (hostile-46).
      `${file}:4:76: "grade" must be a grade id, got the number 1; building-materials/gb175-chemistry has no grade "1": its grades are "conforming"`,
      `${file}:5:76: grade "合格" is not in building-materials/gb175-chemistry; did you mean "conforming"?`,
      `${file}:6:67: unknown key "grad"; did you mean "grade"?`,
      `${file}:8:51: 5.00000000000000001 has more than 15 significant digits, which qgrade does not read (at 15 digits it is 5; rounded by all its digits it may give another result, and another grade): write the value as the test report gives it (at most 15 significant digits), not a long number a program computed`,
    ]);
    expect(stderr).toContain(`${file}: 2/2 passed; 4 cases not run (lines 4, 5, 6, 8)`);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '1 test suite has problems (see above): 4 of its cases did not run, the others did',
    );
  });
});
