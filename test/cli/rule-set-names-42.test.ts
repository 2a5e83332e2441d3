import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { useCli, useTempDir } from './cli-harness';

// A newcomer who read "cement-lot-grade" in the docs types it without its industry, or mistypes an id: the run
// said only "cannot be read: no such file" / "neither a file nor a bundled rule set", naming no bundled rule set.
const cli = useCli();
const temp = useTempDir();
const SAMPLES = 'examples/cement-lot-samples.csv';

describe.concurrent('a rule set not found names the bundled ones meant', () => {
  it('an id without its industry: exit 2, the bundled id named (en, zh)', async () => {
    const en = await cli.run(['grade', '-r', 'cement-lot-grade', SAMPLES]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      'cement-lot-grade: cannot be read: no such file; did you mean the bundled rule set building-materials/cement-lot-grade',
    );
    const zh = await cli.run(['grade', '--lang', 'zh', '-r', 'hot-rolled-ribbed-bar', SAMPLES]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('无法读取：文件不存在；是否要用内置规则集 steel/hot-rolled-ribbed-bar？');
  });

  it('an id a typo away (validate and grade), and several as near named with "or" / "或"', async () => {
    const typo = await cli.run(['validate', 'building-materials/cement-lot-grad']);
    expect(typo.code).not.toBe(0);
    expect(typo.stdout + typo.stderr).toContain(
      'did you mean the bundled rule set building-materials/cement-lot-grade',
    );
    const steel = await cli.run(['grade', '--lang', 'zh', '-r', 'steel/no-such-rule-set', SAMPLES]);
    expect(steel.stderr).toContain(
      '是否要用内置规则集 steel/hot-rolled-ribbed-bar或steel/low-alloy-structural-steel？',
    );
  });

  it('a name written as a path, or near no bundled id, gets no suggestion', async () => {
    for (const name of [
      './cement-lot-grade.yaml',
      'cement-lot-grade.yaml',
      join(temp(), 'cement-lot-grade'),
      'nosuch',
    ]) {
      const run = await cli.run(['grade', '-r', name, SAMPLES]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('cannot be read: no such file');
      expect(run.stderr).not.toContain('did you mean');
    }
  });

  it('a file of that name is read as the file, not suggested away', async () => {
    // A rule file named as a bundled id's name (no extension): it is there, so it is read and valid.
    const file = join(temp(), 'hot-rolled-ribbed-bar');
    writeFileSync(file, readFileSync('rules/steel/hot-rolled-ribbed-bar.yaml'));
    const run = await cli.run(['validate', file]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toContain('did you mean the bundled rule set');
  });

  it('loadRuleSet in the library says the same', async () => {
    await expect(loadRuleSet('cement-quality-grade')).rejects.toThrow(
      'did you mean the bundled rule set building-materials/cement-quality-grade',
    );
  });
});
