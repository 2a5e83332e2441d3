import { describe, expect, it } from 'vitest';
import { useCli } from './cli-harness';

const cli = useCli();
const FILE = 'test/fixtures/invalid/schema-and-unknown-indicator.yaml';

describe('qgrade validate', () => {
  it('reports a schema error and an unknown indicator of one file in one round, each at its place', async () => {
    const run = await cli.run(['validate', FILE]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      `${FILE}:20:14: "require" must be text that starts with an operator, in quotes, got the number 5: say how to compare, e.g. "≤ 5" (at most) or "≥ 5" (at least); ± and others work too`,
      `${FILE}:23:16: unknown indicator or derived value "yy"; did you mean "y"?`,
    ]);
    expect(run.stderr).toContain('1 file checked, 2 problems');
  });

  it('in Chinese too', async () => {
    const run = await cli.run(['--lang', 'zh', 'validate', FILE]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${FILE}:23:16: 未知的指标或派生值“yy”，是否要写“y”？`);
    expect(run.stderr).toContain('检查了 1 个文件，发现 2 个问题');
  });

  it('Chinese words for a key and a value: each told once, at its place, naming the English one (fix-authoring-27)', async () => {
    const file = 'test/fixtures/invalid/chinese-words.yaml';
    const zh = await cli.run(['--lang', 'zh', 'validate', file]);
    expect(zh.code).toBe(1);
    expect(zh.stdout.trim().split('\n')).toEqual([
      `${file}:36:11: “type”必须是 "number"、"integer"、"boolean"、"enum"、"string" 之一，实际是文本 "数值"，是否要写“number”？`,
      `${file}:54:1: 未知的键“等级”；键名须用英文：是否要写“grades”？`,
    ]);
    expect(zh.stderr).toContain('检查了 1 个文件，发现 2 个问题');
    const en = await cli.run(['validate', file]);
    expect(en.stdout).toContain(
      `${file}:54:1: unknown key "等级"; keys are English words: did you mean "grades"?`,
    );
  });

  it('a file that passes with warnings says how many, beside "ok" and in the closing count (exit 0)', async () => {
    const warned = 'test/fixtures/valid/cement-when-optional.yaml';
    const clean = 'test/fixtures/valid/widget.yaml';
    const en = await cli.run(['validate', warned, clean]);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain(
      `${warned}: ok (1 warning)\n${clean}: ok\n2 files checked, 0 problems, 1 warning\n`,
    );
    const zh = await cli.run(['--lang', 'zh', 'validate', warned]);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain(
      `${warned}：通过（1 个警告）\n检查了 1 个文件，发现 0 个问题，另有 1 个警告\n`,
    );
  });

  it('a file that is not there is a usage error (exit 2), named once; the other files are still checked', async () => {
    const run = await cli.run(['validate', 'no/such.yaml', FILE]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('no/such.yaml: cannot be read: no such file\n');
    expect(run.stdout).toContain(`${FILE}:23:16: unknown indicator`);
    const zh = await cli.run(['--lang', 'zh', 'validate', 'no/such.yaml']);
    expect(zh.code).toBe(2);
    expect(zh.stdout).toBe('no/such.yaml: 无法读取：文件不存在\n');
    const id = await cli.run(['validate', 'steel/no-such-bar']);
    expect(id.code).toBe(2);
    // The industry's bundled rule sets named, nothing nearer being found (rule-set-names-42).
    expect(id.stdout).toBe(
      'steel/no-such-bar: neither a file nor a bundled rule set (see `qgrade list`); did you mean the bundled rule set steel/hot-rolled-ribbed-bar or steel/low-alloy-structural-steel?\n',
    );
    // A valid file alone still exits 0.
    expect((await cli.run(['validate', 'steel/hot-rolled-ribbed-bar'])).code).toBe(0);
  });

  it('- is not stdin for rule files, and says so (validate, grade -r, compare)', async () => {
    const run = await cli.run(['validate', '-'], { input: 'schemaVersion: 1\n' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('-: rule files are not read from stdin: give a file path or a bundled id\n');
    const grade = await cli.run(['grade', '-r', '-', 'examples/room-air-conditioners.json']);
    expect(grade.code).toBe(2);
    expect(grade.stderr).toContain('-: rule files are not read from stdin: give a file path or a bundled id');
    const zh = await cli.run(['--lang', 'zh', 'compare', '-', 'steel/hot-rolled-ribbed-bar', 'x.csv']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('-: 规则文件不从标准输入读取：请给出文件路径或内置规则集 id');
  });

  it('a folder given as a rule set says so, naming it once', async () => {
    const run = await cli.run(['grade', '-r', 'examples', 'examples/room-air-conditioners.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('examples: it is a folder, not a rule file');
    expect(run.stderr).not.toContain('examples: examples');
  });
});
