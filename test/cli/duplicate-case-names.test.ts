/**
 * Hostile-39 M4: two cases of one name were run without a word, and the JUnit report held two identical
 * `<testcase name="dup" …/>`, which CI viewers key on class and name and show as one — the failing one hidden
 * behind the passing one. `qgrade test` now warns (zh, en), and in JUnit each such case says its line.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir';
import { useCli } from './cli-harness';
import { xmlProblems } from './xml';

const cli = useCli();

/** A suite of the bundled AC rule set: "dup" twice (APF 5.00 is grade 1, 4.00 is grade 3 at 3500 W), "ok" once. */
function suite(): string {
  const dir = tempDir('dup-cases');
  copyFileSync('rules/home-appliances/room-air-conditioner-energy.yaml', join(dir, 'ac.yaml'));
  const file = join(dir, 'ac.test.yaml');
  writeFileSync(
    file,
    [
      'ruleSet: ./ac.yaml',
      'cases:',
      '  - name: dup',
      '    input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 5.00 }',
      '    grade: "1"',
      '  - name: ok',
      '    input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 4.00 }',
      '    grade: "3"',
      '  - name: dup',
      '    input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 4.00 }',
      '    grade: "1"',
      '',
    ].join('\n'),
  );
  return file;
}

describe('qgrade test: a case name used twice (hostile-39 M4)', () => {
  it('warns with the lines, in en and zh; the cases still run', async () => {
    const file = suite();
    const en = await cli.run(['test', file]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(
      // It said JUnit shows such cases as one, which qgrade's own report does not: it names each by its line (hostile-46).
      'the case name "dup" is used 2 times (lines 3, 9): results and CI test reports (JUnit) tell them apart only by line ("dup (line 3)"), which moves as the file is edited; give each case a name of its own',
    );
    expect(en.stdout).toContain(':9: dup');
    expect(en.stdout).toContain('2 passed, 1 failed');
    const zh = await cli.run(['--lang', 'zh', 'test', file]);
    expect(zh.stderr).toContain(
      '用例名“dup”用了 2 次（第 3、9 行）：结果和 CI 的测试报告（JUnit）只能按行号区分它们（“dup (第 3 行)”），而行号随文件的修改而变',
    );
  });

  it('JUnit: each case of the name says its line, so the failing one is not hidden', async () => {
    const { stdout } = await cli.run(['test', '--format', 'junit', suite()]);
    expect(stdout).toContain('<testcase name="dup (line 3)"');
    expect(stdout).toMatch(/<testcase name="dup \(line 9\)"[^>]*>\s*<failure/);
    expect(stdout).toContain('<testcase name="ok"');
    expect(xmlProblems(stdout)).toEqual([]);
  });
});
