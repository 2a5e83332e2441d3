import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from '../cli/cli-harness';

// hostile-44's left item: a file that shares nothing with a rule set (a CI workflow, `a: 1` given to `diff`) was told
// ten "missing" keys and each key it has; it is now one problem saying it is not a rule set. A rule file with slips
// keeps its problems key by key.
const cli = useCli();
const temp = useTempDir();

function file(name: string, text: string): string {
  const path = join(temp(), name);
  writeFileSync(path, text);
  return path;
}

describe.concurrent('a file that is not a rule set', () => {
  it('a CI workflow is one problem, naming its keys, in both languages', async () => {
    const path = file('workflow-44.yaml', 'name: build\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n');
    const en = await cli.run(['validate', path]);
    expect(en.code).toBe(1);
    const lines = en.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(
      '1:1: this file is not a qgrade rule set: none of its keys ("name", "on", "jobs") is a rule set\'s',
    );
    const zh = await cli.run(['--lang', 'zh', 'validate', path]);
    expect(zh.stdout).toContain('此文件不是 qgrade 规则集：它的键（“name”、“on”、“jobs”）都不是规则集的键');
  });

  it('diff says so of `a: 1`, exit 2', async () => {
    const path = file('a-44.yaml', 'a: 1\n');
    const run = await cli.run(['diff', path, 'home-appliances/room-air-conditioner-energy']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('this file is not a qgrade rule set');
    expect(run.stderr).not.toContain('is missing "schemaVersion"');
  });

  it('keys a case, a typo or a Chinese word away from a rule set are told key by key', async () => {
    for (const [name, text, told] of [
      ['case-44.yaml', 'Indicators: {}\nGrades: []\n', 'did you mean "indicators"'],
      ['typo-44.yaml', 'indicatros: {}\n', 'did you mean "indicators"'],
      ['zh-44.yaml', '指标: {}\n', '"indicators"'],
    ] as const) {
      const run = await cli.run(['validate', file(name, text)]);
      expect(run.stdout).not.toContain('not a qgrade rule set');
      expect(run.stdout).toContain(told);
    }
  });
});
