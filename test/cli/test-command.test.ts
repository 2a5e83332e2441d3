import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';
import { xmlProblems } from './xml';

const cli = useCli();
const temp = useTempDir();

const AC_SUITE = 'rules/home-appliances/room-air-conditioner-energy.test.yaml';

/** A copy of the bundled rule set and its suite, with the suite changed by `edit`. */
function copySuite(name: string, edit: (suite: string) => string): string {
  const dir = join(temp(), name);
  mkdirSync(dir, { recursive: true });
  cpSync(
    join(ROOT, 'rules/home-appliances/room-air-conditioner-energy.yaml'),
    join(dir, 'room-air-conditioner-energy.yaml'),
  );
  const suite = readFileSync(join(ROOT, AC_SUITE), 'utf8');
  const file = join(dir, 'room-air-conditioner-energy.test.yaml');
  writeFileSync(file, edit(suite));
  return file;
}

describe.concurrent('qgrade test with no path (hostile-20 W10)', () => {
  it('inside one’s own rules folder (no ./rules): runs the suites there, and says so, not the bundled ones', async () => {
    // rules/ of a project, run from inside it: its industry folder holds a suite with a failing case.
    const failing = copySuite('own-rules/home-appliances', (text) =>
      text.replace(/grade: "1"/, 'grade: "5"'),
    );
    const rulesDir = join(temp(), 'own-rules');
    for (const [cwd, lang] of [
      [rulesDir, 'en'],
      [join(rulesDir, 'home-appliances'), 'zh'],
    ] as const) {
      const run = await cli.run(['--lang', lang, 'test'], { cwd });
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain(
        lang === 'zh'
          ? '这里没有 ./rules 文件夹：运行本文件夹中的测试套件'
          : 'no ./rules folder here: running the test suites in this folder',
      );
      expect(run.stdout + run.stderr).toContain('room-air-conditioner-energy.test.yaml');
      expect(run.stdout + run.stderr).not.toContain('node_modules');
      expect(failing).toContain(rulesDir);
    }
  });

  it('suites two folders down (standards/<industry>/) are run, not the bundled ones; node_modules and hidden folders are passed by at every level (hostile-21 W4)', async () => {
    copySuite('deep/standards/home-appliances', (text) => text.replace(/grade: "1"/, 'grade: "5"'));
    const deep = join(temp(), 'deep');
    const run = await cli.run(['test'], { cwd: deep });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('no ./rules folder here: running the test suites in this folder');
    expect(run.stdout + run.stderr).toContain(
      'standards/home-appliances/room-air-conditioner-energy.test.yaml',
    );
    // A subfolder with a suite of its own and a failing copy under its node_modules (and a hidden folder).
    copySuite('nm/suite', (text) => text);
    copySuite('nm/suite/node_modules/pkg', (text) => text.replace(/grade: "1"/, 'grade: "5"'));
    copySuite('nm/suite/.cache', (text) => text.replace(/grade: "1"/, 'grade: "5"'));
    copySuite('nm/node_modules/other', (text) => text.replace(/grade: "1"/, 'grade: "5"'));
    const nm = await cli.run(['test'], { cwd: join(temp(), 'nm') });
    expect(nm.code, nm.stderr).toBe(0);
    expect(nm.stdout + nm.stderr).not.toContain('node_modules');
    expect(nm.stdout + nm.stderr).not.toContain('.cache');
    // Suites only under packages and hidden folders: none of the project's, so the bundled ones, as before.
    copySuite('pk/node_modules/pkg', (text) => text);
    copySuite('pk/.git/x', (text) => text);
    const only = await cli.run(['test'], { cwd: join(temp(), 'pk') });
    expect(only.stderr).toContain('running the bundled rule sets’ suites');
  });

  it('ruleSet: empty, or a wrong case or no extension: said so, with the file meant (hostile-21 M11)', async () => {
    const suite = copySuite('rs', (text) => text);
    const dir = join(temp(), 'rs');
    const withRuleSet = (name: string, value: string) => {
      const path = join(dir, name);
      writeFileSync(path, readFileSync(suite, 'utf8').replace(/^ruleSet:.*$/m, `ruleSet: ${value}`));
      return path;
    };
    const empty = await cli.run(['test', withRuleSet('e.test.yaml', "''")]);
    expect(empty.code).toBe(2);
    expect(empty.stdout + empty.stderr).toContain('ruleSet is empty');
    expect(empty.stdout + empty.stderr).not.toContain('it is a folder');
    const zh = await cli.run(['--lang', 'zh', 'test', withRuleSet('e2.test.yaml', '"  "')]);
    expect(zh.stdout + zh.stderr).toContain('ruleSet 是空的');
    for (const [name, value] of [
      ['c.test.yaml', './Room-Air-Conditioner-Energy.yaml'],
      ['x.test.yaml', './room-air-conditioner-energy'],
    ] as const) {
      const run = await cli.run(['test', withRuleSet(name, value)]);
      expect(run.code).toBe(2);
      expect(run.stdout + run.stderr).toContain('did you mean "./room-air-conditioner-energy.yaml"?');
    }
  });

  it('a folder with no ./rules and no suite runs the bundled suites, and says so', async () => {
    const empty = join(temp(), 'empty-project');
    mkdirSync(join(empty, 'docs'), { recursive: true });
    const run = await cli.run(['test'], { cwd: empty });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      'no ./rules folder here and no test suite in this folder: running the bundled rule sets’ suites',
    );
    expect(run.stderr).toMatch(/room-air-conditioner-energy\.test\.yaml: \d+\/\d+ passed/);
  });

  it('with ./rules: runs those, with no word', async () => {
    const project = join(temp(), 'project');
    copySuite('project/rules/home-appliances', (text) => text);
    const run = await cli.run(['test'], { cwd: project });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('no ./rules folder');
    expect(run.stderr).toMatch(
      /^rules\/home-appliances\/room-air-conditioner-energy\.test\.yaml: \d+\/\d+ passed/m,
    );
  });
});

describe.concurrent('qgrade test', () => {
  it('shows the warnings of the rule set under test on stderr, once for two suites of it', async () => {
    const dir = join(temp(), 'warned');
    mkdirSync(dir, { recursive: true });
    cpSync(join(ROOT, 'test/fixtures/valid/cement-when-optional.yaml'), join(dir, 'cement.yaml'));
    const suite = (name: string) =>
      `ruleSet: ./cement.yaml\ncases:\n  - { name: ${name}, input: { cementType: P·O, mgo: 4.0, loi: 2.0, autoclavePassed: false }, grade: conforming }\n`;
    writeFileSync(join(dir, 'a.test.yaml'), suite('a'));
    writeFileSync(join(dir, 'b.test.yaml'), suite('b'));
    const en = await cli.run(['test', dir]);
    expect(en.code).toBe(0);
    expect(
      en.stderr.match(
        /cement\.yaml:49:38: warning: a record that does not give "Autoclave soundness passed"/g,
      ),
    ).toHaveLength(1);
    const zh = await cli.run(['--lang', 'zh', 'test', join(dir, 'a.test.yaml')]);
    expect(zh.stderr).toContain('cement.yaml:49:38: 警告：未给出“压蒸安定性合格”');
  });

  it('names a suite outside the working folder as it was given, in its summary line as in its problems', async () => {
    // The suite lives in a temporary folder, the CLI runs in the repository: relative, it read ../../tmp/….
    const file = copySuite('outside', (text) => text);
    const en = await cli.run(['test', file]);
    expect(en.code).toBe(0);
    expect(en.stderr).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+/\\d+ passed`, 'm'),
    );
    expect(en.stderr).not.toContain('../');
    const inRepo = await cli.run(['test', join(ROOT, AC_SUITE)]);
    expect(inRepo.stderr).toMatch(
      /^rules\/home-appliances\/room-air-conditioner-energy\.test\.yaml: \d+\/\d+ passed/m,
    );
  });

  it('exits 2 when no suite is found under the paths given, in both languages', async () => {
    const dir = join(temp(), 'no-suites');
    mkdirSync(dir, { recursive: true });
    cpSync(join(ROOT, 'rules/home-appliances/room-air-conditioner-energy.yaml'), join(dir, 'rules.yaml'));
    const en = await cli.run(['test', dir]);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^no test suites \(\*\.test\.yaml\) found under \S*no-suites$/m);
    const zh = await cli.run(['--lang', 'zh', 'test', dir]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/^在 \S*no-suites 下没有找到测试套件（\*\.test\.yaml）$/m);
  });

  it('a rule file in the folder with no suite is named, and under --min its thresholds count as uncovered', async () => {
    const suite = copySuite('untested', (text) => text);
    const dir = join(suite, '..');
    // The same rule set again under another name, with no suite, and a YAML file that is no rule set.
    cpSync(join(ROOT, 'rules/home-appliances/room-air-conditioner-energy.yaml'), join(dir, 'draft.yaml'));
    writeFileSync(join(dir, 'notes.yaml'), 'title: not a rule set\n');
    const plain = await cli.run(['test', dir]);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toMatch(/^1 rule file has no test suite: \S*untested\/draft\.yaml$/m);
    expect(plain.stderr).not.toContain('notes.yaml');
    const alone = await cli.run(['test', '--min', '90', suite]);
    expect(alone.code).toBe(0);
    const gated = await cli.run(['test', '--min', '90', dir]);
    const line = /draft\.yaml: no test suite, so its (\d+) thresholds count as uncovered/.exec(gated.stdout);
    expect(line).not.toBeNull();
    const coverage = (out: string) => Number(/threshold coverage ([\d.]+)%/.exec(out)![1]);
    // The suite covers its rule set fully; the untested copy's thresholds halve the share.
    expect(coverage(alone.stdout)).toBe(100);
    expect(coverage(gated.stdout)).toBeCloseTo(100 / 2, 0);
    expect(gated.code).toBe(1);
    const zh = await cli.run(['--lang', 'zh', 'test', dir]);
    expect(zh.stderr).toMatch(/^1 个规则文件没有测试套件：\S*draft\.yaml$/m);
  });

  it('says which line of a suite names a rule set that does not load, or that it names none', async () => {
    const dir = join(temp(), 'rule-set-refs');
    mkdirSync(dir, { recursive: true });
    const cases = 'cases:\n  - { name: one, input: { apf: 1 }, grade: null }\n';
    writeFileSync(join(dir, 'named.test.yaml'), `ruleSet: ./nothere.yaml\n${cases}`);
    writeFileSync(join(dir, 'unnamed.test.yaml'), cases);
    const named = await cli.run(['test', join(dir, 'named.test.yaml')]);
    expect(named.code).toBe(2);
    // Issues print sorted by file, so the reason may come first (it did, for a-named suites): the message names its file.
    expect(named.stdout).toMatch(
      /named\.test\.yaml:1:10: this suite's ruleSet "\.\/nothere\.yaml" does not load; why: see the message for \S*rule-set-refs\/nothere\.yaml\n/,
    );
    expect(named.stdout).toMatch(/nothere\.yaml: cannot be read: no such file/);
    writeFileSync(join(dir, 'z.test.yaml'), `ruleSet: ./a-missing.yaml\n${cases}`);
    const before = await cli.run(['test', join(dir, 'z.test.yaml')]);
    expect(before.stdout).not.toContain('next line');
    expect(before.stdout).toMatch(/does not load; why: see the message for \S*a-missing\.yaml/);
    const unnamed = await cli.run(['--lang', 'zh', 'test', join(dir, 'unnamed.test.yaml')]);
    expect(unnamed.code).toBe(2);
    expect(unnamed.stdout).toContain(
      `unnamed.test.yaml:1:1: 本套件没有写 ruleSet，所以测试旁边的 ./unnamed.yaml，但它无法载入（原因见 ${join(dir, 'unnamed.yaml')} 的那条消息）；请用 ruleSet: 写出要测试的规则集`,
    );
  });

  it('a ruleSet path with a space at an end, or written with backslashes, says so (hostile-20 M13)', async () => {
    const dir = join(temp(), 'path-slips');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    cpSync(join(ROOT, 'rules/home-appliances/room-air-conditioner-energy.yaml'), join(dir, 'sub', 'ac.yaml'));
    const cases = 'cases:\n  - { name: one, input: { apf: 1 }, grade: null }\n';
    writeFileSync(join(dir, 'space.test.yaml'), `ruleSet: "./sub/ac.yaml "\n${cases}`);
    writeFileSync(join(dir, 'windows.test.yaml'), `ruleSet: ".\\\\sub\\\\ac.yaml"\n${cases}`);
    const space = await cli.run(['test', join(dir, 'space.test.yaml')]);
    expect(space.code).toBe(2);
    expect(space.stdout).toContain('; the path begins or ends with a space: remove it');
    const windows = await cli.run(['--lang', 'zh', 'test', join(dir, 'windows.test.yaml')]);
    expect(windows.code).toBe(2);
    expect(windows.stdout).toContain('；路径用了反斜杠“\\”，请用“/”分隔文件夹：./sub/ac.yaml');
    // Written as the hint says, the suite loads (its one case then runs).
    writeFileSync(join(dir, 'fixed.test.yaml'), `ruleSet: ./sub/ac.yaml\n${cases}`);
    expect((await cli.run(['test', join(dir, 'fixed.test.yaml')])).stdout).not.toContain('does not load');
  });

  it('a rule file given as a suite is one issue saying so, not twenty unknown keys', async () => {
    const { code, stdout } = await cli.run([
      'test',
      'rules/home-appliances/room-air-conditioner-energy.yaml',
    ]);
    expect(code).toBe(2);
    const issues = stdout.split('\n').filter((l) => l.startsWith('rules/'));
    expect(issues).toEqual([
      expect.stringMatching(
        /^rules\/home-appliances\/room-air-conditioner-energy\.yaml:\d+:1: .* is a rule file, not a test suite; a suite is a \*\.test\.yaml beside it whose ruleSet names this file$/,
      ),
    ]);
  });

  it('a suite whose ruleSet names a test suite (itself, or a cycle) is one issue saying so, in both languages', async () => {
    const dir = join(temp(), 'suite-as-rules');
    mkdirSync(dir, { recursive: true });
    const cases = 'cases:\n  - { name: x, input: { a: 1 }, grade: null }\n';
    writeFileSync(join(dir, 'self.test.yaml'), `ruleSet: ./self.test.yaml\n${cases}`);
    writeFileSync(join(dir, 't5.test.yaml'), `ruleSet: ./t6.test.yaml\n${cases}`);
    writeFileSync(join(dir, 't6.test.yaml'), `ruleSet: ./t5.test.yaml\n${cases}`);
    const self = await cli.run(['test', join(dir, 'self.test.yaml')]);
    expect(self.code).toBe(2);
    const issues = self.stdout.split('\n').filter((l) => l.includes('.test.yaml:'));
    expect(issues).toEqual([
      expect.stringMatching(
        /self\.test\.yaml:2:1: \S*self\.test\.yaml is a test suite, not a rule file; a suite's ruleSet names the rule file it tests \(a \*\.yaml, not a \*\.test\.yaml\)$/,
      ),
    ]);
    expect(self.stdout).not.toContain('missing');
    const cycle = await cli.run(['--lang', 'zh', 'test', join(dir, 't5.test.yaml')]);
    expect(cycle.code).toBe(2);
    expect(cycle.stdout).toMatch(
      /t6\.test\.yaml:2:1: \S*t6\.test\.yaml 是测试套件，不是规则文件；测试套件的 ruleSet 应指向它要测试的规则文件（\*\.yaml，而不是 \*\.test\.yaml）\n/,
    );
    expect(cycle.stdout).not.toContain('缺少');
  });

  it('ends with "N passed, N failed" and exits 0 when every case passes', async () => {
    const { code, stdout } = await cli.run(['test', AC_SUITE]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });

  it('reports a failing case with its line, and exits 1', async () => {
    const file = copySuite('failing', (s) =>
      s.replace(
        'input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 5.00 }\n    grade: "1"',
        'input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 5.00 }\n    grade: "2"',
      ),
    );
    const { code, stdout } = await cli.run(['test', file]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /FAIL .*room-air-conditioner-energy\.test\.yaml:\d+: heat-pump 3500 W ≤ 4500: APF 5\.00, at grade 1/,
    );
    expect(stdout).toContain('grade: expected "2", got "1"');
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ passed, 1 failed$/);
  });

  it('exits 2 for a suite that does not load', async () => {
    // A problem outside every case (here a key the format does not have) keeps the whole suite from loading.
    const file = copySuite('broken', (s) => s.replace('cases:', 'nonsense: true\ncases:'));
    const { code, stdout } = await cli.run(['test', file]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/room-air-conditioner-energy\.test\.yaml:\d+:\d+: /);
    // The totals do not end the report as if nothing had failed: the last line says nothing ran.
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '1 test suite did not load, so none of its cases ran (see the problems above)',
    );
    const zh = await cli.run(['--lang', 'zh', 'test', file]);
    expect(zh.stdout.trimEnd().split('\n').at(-1)).toBe(
      '1 个测试套件未能加载，其中的用例都没有运行（见上方的问题）',
    );
  });

  it('a grade, failing id or input key the rule set does not have is a suite error with a hint (exit 2)', async () => {
    const file = copySuite('names', (s) =>
      s
        .replace(
          'input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 5.00 }\n    grade: "1"',
          'input: { unitType: heat-pump, ratedCoolingCapacty: 3500, apf: 5.00 }\n    grade: "11"',
        )
        .replace('failing: [apf@1]', 'failing: [apff@1]'),
    );
    const { code, stdout } = await cli.run(['test', file]);
    expect(code).toBe(2);
    expect(stdout).toMatch(
      /test\.yaml:8:35: indicator "ratedCoolingCapacty" is not in home-appliances\/room-air-conditioner-energy; did you mean "ratedCoolingCapacity"\?/,
    );
    expect(stdout).toMatch(/test\.yaml:9:\d+: grade "11" is not in .*; did you mean "1"\?/);
    expect(stdout).toMatch(/test\.yaml:\d+:\d+: requirement "apff@1" is not in .*; did you mean "apf@1"\?/);
    expect(stdout).not.toMatch(/FAIL/);
  });

  it('a grade written as a number says to quote it; a grade label names its id (exit 2)', async () => {
    const number = copySuite('grade-number', (s) =>
      s.replace(
        'input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 5.00 }\n    grade: "1"',
        'input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 5.00 }\n    grade: 1',
      ),
    );
    const en = await cli.run(['test', number]);
    expect(en.code).toBe(2);
    expect(en.stdout).toContain(
      'test.yaml:9:12: "grade" must be text or null, got the number 1: write "1" (in quotes)',
    );
    const zh = await cli.run(['--lang', 'zh', 'test', number]);
    expect(zh.stdout).toContain('test.yaml:9:12: “grade”必须是文本或 null，实际是数值 1，应加引号写作 "1"');
    const label = copySuite('grade-label', (s) =>
      s.replace(
        'input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 5.00 }\n    grade: "1"',
        'input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 5.00 }\n    grade: "Grade 1"',
      ),
    );
    expect((await cli.run(['test', label])).stdout).toContain(
      'test.yaml:9:12: grade "Grade 1" is not in home-appliances/room-air-conditioner-energy; did you mean "1"?',
    );
    expect((await cli.run(['--lang', 'zh', 'test', label])).stdout).toContain(
      'test.yaml:9:12: home-appliances/room-air-conditioner-energy 中没有等级“Grade 1”，是否要写“1”？',
    );
  });

  it('a case that expects nothing, an invalid field that is no indicator, or groups without a group section are suite errors', async () => {
    const file = copySuite('nothing', (s) =>
      s
        .replace(
          'input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 5.00 }\n    grade: "1"\n    failing: []',
          'input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 5.00 }',
        )
        .replace(
          'cases:\n',
          'cases:\n  - name: bad field\n    input: { unitType: heat-pump, apf: x }\n    errors: [apff, apf, ""]\n',
        )
        .concat('groups:\n  - name: a lot\n    records: [{ apf: 5 }]\n    grade: "1"\n'),
    );
    const { code, stdout } = await cli.run(['test', file]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/test\.yaml:9:\d+: indicator "apff" is not in .*; did you mean "apf"\?/);
    expect(stdout).not.toMatch(/indicator "apf" is not|indicator "" is not/);
    expect(stdout).toMatch(
      /test\.yaml:10:\d+: case "heat-pump 3500 W ≤ 4500: APF 5\.00, at grade 1 \(5\.00\)" expects nothing, so it passes whatever the rule set does: give grade, failing, notGradedReason or errors/,
    );
    expect(stdout).toMatch(/has no group section \(statistics over a lot\)/);
    const zh = await cli.run(['--lang', 'zh', 'test', file]);
    expect(zh.stdout).toContain('没有写任何预期，无论规则集如何判定都会通过');
    expect(zh.stdout).toContain('没有 group 部分');
  });

  it('--coverage counts the thresholds of a bundled rule set probed at, just below and just above', async () => {
    const { code, stdout } = await cli.run(['test', '--coverage', AC_SUITE]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^coverage of rules\/home-appliances\/room-air-conditioner-energy\.yaml: \d+ of \d+ thresholds have a deciding case at, just below and just above them$/m,
    );
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });

  it('--coverage lists each threshold without a case at, just below or just above it, with its table row', async () => {
    const { code, stdout } = await cli.run(['test', '--coverage', 'test/cli/fixtures/coverage.test.yaml']);
    expect(code).toBe(0);
    const report = stdout.slice(stdout.indexOf('coverage of'), stdout.lastIndexOf('\n', stdout.length - 2));
    expect(report.split('\n').map((l) => l.replace(/line \d+/, 'line N'))).toEqual([
      'coverage of test/cli/fixtures/coverage.yaml: 3 of 10 thresholds have a deciding case at, just below and just above them',
      '  uncovered:',
      '    strength@C ≥ 400 (strengthLimits row 1: (0, 25], line N): no case just above (a value within 1 of 400)',
      '    strength@C ≥ 400 (strengthLimits row 2: (25, 50], line N): no case just below, just above (a value within 1 of 400)',
      '    strength@C reads strengthLimits, whose key size changes rows at 25 ((0, 25] | (25, 50], line N): no case at, just below, just above (a value within 1 of 25)',
      '    strength@B ≥ 450 (strengthLimits row 1: (0, 25], line N): no case at, just below, just above (a value within 1 of 450)',
      '    strength@B ≥ 430 (strengthLimits row 2: (25, 50], line N): no case at, just below, just above (a value within 1 of 430)',
      '    ratio [1.25, 1.30] upper end (line N): no case at, just below, just above (a value within 0.01 of 1.30)',
      "    strength-max ≤ 520 (the formula's only limit; line N): no case just below, just above (a value within 1 of 520)",
    ]);
  });

  it('--min gates on coverage: exit 1 below the percent, 0 at it; sides no record can reach and marked ones are no gaps', async () => {
    const fixture = 'test/cli/fixtures/coverage.test.yaml'; // 3 of 10 thresholds covered: 30 %
    const below = await cli.run(['test', '--min', '31', fixture]);
    expect(below.code).toBe(1);
    expect(below.stdout).toContain('threshold coverage 30.0%, below the minimum of 31%');
    expect(below.stdout.trimEnd().split('\n').at(-1)).toBe('14 passed, 0 failed');
    const at = await cli.run(['test', '--min', '30', fixture]);
    expect(at.code).toBe(0);
    expect(at.stdout).toContain('threshold coverage 30.0%, at or above the minimum of 30%');
    const reachable = await cli.run([
      'test',
      '--min',
      '100',
      'test/cli/fixtures/coverage-reachable.test.yaml',
    ]);
    expect(reachable.code).toBe(0);
    expect(reachable.stdout).toContain(
      '    noise ≤ 45 (line 28): at, just below, just above — the noise limit is checked by the type test',
    );
    const zh = await cli.run(['--lang', 'zh', 'test', '--min', '50%', fixture]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('阈值覆盖率 30.0%，低于最低要求 50%');
    for (const bad of ['abc', '101', '-1']) {
      const usage = await cli.run(['test', '--min', bad, fixture]);
      expect(usage.code, bad).toBe(2);
      expect(usage.stderr).toContain('--min must be a percent from 0 to 100');
    }
  });

  it('a mark for a requirement the rule set lacks is a suite error', async () => {
    const file = copySuite('mark', (s) => `${s}uncovered:\n  - { criterion: apff@1, reason: none }\n`);
    const { code, stdout } = await cli.run(['test', '--coverage', file]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/requirement "apff@1" is not in .*; did you mean "apf@1"\?/);
  });

  it('--format junit writes well-formed JUnit XML: a testsuite per file, a testcase per case', async () => {
    const failing = copySuite('junit', (s) =>
      s.replace(
        'APF 5.00, at grade 1 (5.00)"\n    input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 5.00 }\n    grade: "1"',
        'APF 5.00, at grade 1 <&>"\n    input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 5.00 }\n    grade: "2"',
      ),
    );
    const { code, stdout, stderr } = await cli.run(['test', '--format', 'junit', AC_SUITE, failing]);
    expect(code).toBe(1);
    expect(xmlProblems(stdout)).toEqual([]);
    expect(stdout.match(/<testsuite /g)).toHaveLength(2);
    expect(stdout).toMatch(/<testsuites name="qgrade test" tests="(\d+)" failures="1" errors="0">/);
    expect(stdout).toContain('APF 5.00, at grade 1 &lt;&amp;&gt;"');
    expect(stdout).toContain('<failure message="grade: expected &quot;2&quot;, got &quot;1&quot;');
    expect(stderr.trimEnd().split('\n').at(-1)).toMatch(/^\d+ passed, 1 failed$/);
  });
});

describe.concurrent('qgrade validate', () => {
  it('prints problems as file:line:column: message and exits 1', async () => {
    const { code, stdout } = await cli.run([
      'validate',
      'test/fixtures/invalid/unknown-grade.yaml',
      'rules/',
    ]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^test\/fixtures\/invalid\/unknown-grade\.yaml:\d+:\d+: .+/m);
  });

  it('--format junit writes well-formed JUnit XML, a testcase per file', async () => {
    const { code, stdout } = await cli.run([
      'validate',
      '--format',
      'junit',
      'rules/home-appliances/room-air-conditioner-energy.yaml',
      'test/fixtures/invalid/yaml-syntax.yaml',
      'test/fixtures/invalid/bad-formula.yaml',
    ]);
    expect(code).toBe(1);
    expect(xmlProblems(stdout)).toEqual([]);
    expect(stdout).toMatch(/<testsuites name="qgrade validate" tests="3" failures="2" errors="0">/);
    expect(stdout).toContain(
      '<testcase name="rules/home-appliances/room-air-conditioner-energy.yaml" classname="qgrade.validate"/>',
    );
    expect(stdout).toMatch(
      /<testcase name="test\/fixtures\/invalid\/bad-formula\.yaml"[^>]*>\s*<failure message="/,
    );
  });

  it('exits 0 for valid files', async () => {
    const { code, stdout, stderr } = await cli.run([
      'validate',
      'rules/home-appliances/',
      '--format',
      'junit',
    ]);
    expect(code).toBe(0);
    expect(xmlProblems(stdout)).toEqual([]);
    expect(stderr).toContain('0 problems');
  });
});

describe('xmlProblems (the test helper)', () => {
  it('tells well-formed XML from broken XML', () => {
    expect(xmlProblems('<a x="1"><b/>t &amp; u</a>')).toEqual([]);
    expect(xmlProblems('<a><b></a>')).not.toEqual([]);
    expect(xmlProblems('<a>&nope;</a>')).not.toEqual([]);
    expect(xmlProblems('<a x="<">')).not.toEqual([]);
    expect(xmlProblems('<a/><b/>')).not.toEqual([]);
  });
});
