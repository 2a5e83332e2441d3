/**
 * newcomer-29 F4: after the tutorial's `cp -r node_modules/qgrade/examples/tutorial 教程`, the rule files' first
 * line `# yaml-language-server: $schema=../../../../schemas/…` pointed nowhere, the editor stopped completing and
 * checking, and nothing said so. `validate` now warns at that line, with the path to write.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const FILE = 'rules/home-appliances/tutorial-dishwasher.yaml';

describe.concurrent('a $schema line that points nowhere (newcomer-29 F4)', () => {
  it('a copied tutorial file: warned at line 1, with the path to the package schema; exit 0', async () => {
    const copy = join(temp(), '教程');
    cpSync(join(ROOT, 'examples/tutorial'), copy, { recursive: true });
    const fix = relative(
      join(copy, 'rules/home-appliances'),
      join(ROOT, 'schemas/ruleset.schema.zh-CN.json'),
    );
    const zh = await cli.run(['--lang', 'zh', 'validate', FILE], { cwd: copy });
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain(
      `${FILE}:1:33: 警告：第 1 行的 $schema 路径“../../../../schemas/ruleset.schema.zh-CN.json”不存在（文件复制到别处后，相对路径会失效），编辑器因此不再补全和检查这个文件；请把它改为“${fix}”`,
    );
    const en = await cli.run(['validate', FILE], { cwd: copy });
    expect(en.stderr).toContain(
      `warning: the $schema path "../../../../schemas/ruleset.schema.zh-CN.json" on line 1 does not exist`,
    );
    expect(en.stderr).toContain(`change it to "${fix}"`);
    // Written as told, the line points to the schema and nothing is said.
    const path = join(copy, FILE);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\$schema=\S+/, `$schema=${fix}`));
    const fixed = await cli.run(['validate', FILE], { cwd: copy });
    expect(fixed.stderr).not.toContain('$schema');
  });

  it('in place, or a URL: nothing said', async () => {
    const here = await cli.run(['validate', FILE], { cwd: join(ROOT, 'examples/tutorial') });
    expect(here.stderr).not.toContain('$schema');
    const url = join(temp(), 'url.yaml');
    const text = readFileSync(join(ROOT, 'examples/tutorial', FILE), 'utf8');
    writeFileSync(url, text.replace(/\$schema=\S+/, '$schema=https://example.org/ruleset.schema.json'));
    expect((await cli.run(['validate', url])).stderr).not.toContain('$schema');
  });
});
