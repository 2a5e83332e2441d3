/**
 * `qgrade validate` on a test suite (newcomer-17 finding 4) checked it as a
 * rule set: 12 errors ("missing schemaVersion" … "unknown key cases"). It now
 * gives one error at the suite's `cases:`, saying to run it with `qgrade test`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const dir = useTempDir();
const SUITE = 'rules/home-appliances/room-air-conditioner-energy.test.yaml';

describe('qgrade validate on a test suite', () => {
  it('says it is a suite, to be run with qgrade test, at its cases: key, exit 1', async () => {
    const run = await cli.run(['validate', SUITE]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      `${SUITE}:6:1: this is a test suite, not a rule set: run it with qgrade test ${SUITE}; to check the rule set it tests, run qgrade validate rules/home-appliances/room-air-conditioner-energy.yaml`,
    ]);
    expect(run.stderr).toContain('1 file checked, 1 problem');
  });

  it('in Chinese too, and as one failed case in JUnit', async () => {
    const zh = await cli.run(['--lang', 'zh', 'validate', SUITE]);
    expect(zh.code).toBe(1);
    expect(zh.stdout.trim()).toBe(
      `${SUITE}:6:1: 这是测试套件，不是规则集：请用 qgrade test ${SUITE} 运行它；要检查它所测的规则集，请运行 qgrade validate rules/home-appliances/room-air-conditioner-energy.yaml`,
    );
    const junit = await cli.run(['validate', '--format', 'junit', SUITE]);
    expect(junit.code).toBe(1);
    expect(junit.stdout).toContain('this is a test suite, not a rule set');
    expect(junit.stdout).not.toContain('schemaVersion');
  });

  it('a suite under another name is known by its ruleSet: and cases: keys; a bundled id is named as written', async () => {
    const file = join(dir(), 'my-cases.yaml');
    writeFileSync(
      file,
      '# cases\nruleSet: home-appliances/room-air-conditioner-energy\ngroups:\n  - name: x\n    cases: []\n',
    );
    const run = await cli.run(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim()).toBe(
      `${file}:3:1: this is a test suite, not a rule set: run it with qgrade test ${file}; to check the rule set it tests, run qgrade validate home-appliances/room-air-conditioner-energy`,
    );
  });

  it('a rule file is still checked as one, and a folder still skips its suites', async () => {
    const ruleFile = 'rules/home-appliances/room-air-conditioner-energy.yaml';
    const file = await cli.run(['validate', ruleFile]);
    expect(file.code).toBe(0);
    expect(file.stderr).toContain(`${ruleFile}: ok`);
    const folder = await cli.run(['validate', 'rules/home-appliances']);
    expect(folder.code).toBe(0);
    expect(folder.stderr).not.toContain('test suite');
  });
});
