import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleSetDiff } from '../../src/diff/rule-set-diff';
import { validateDiff } from '../diff/diff-schema';
import { ROOT, useCli, useTempDir } from './cli-harness';
import { editedRules } from './edited-rules';

const cli = useCli();
const temp = useTempDir();

const A = 'home-appliances/room-air-conditioner-energy';
const B = 'examples/room-air-conditioner-energy-draft.yaml';

describe.concurrent('qgrade diff', () => {
  it('prints the changed limit of the draft revision as JSON that follows its schema, and exits 0', async () => {
    const { code, stdout, stderr } = await cli.run(['diff', '-f', 'json', A, B]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const diff = JSON.parse(stdout) as RuleSetDiff;
    expect(validateDiff(diff), JSON.stringify(validateDiff.errors)).toBe(true);
    expect(diff.entries.map((e) => [e.key, e.before, e.after, e.direction ?? null])).toEqual([
      ['version', versionOf(A), versionOf(B), null],
      ['provenance', 'secondary', 'illustrative', null],
      ['provenance:note', expect.any(String), expect.any(String), null],
      ['cell:apfLimits[≤ 4500][2]', '4.50', '4.70', 'stricter'],
    ]);
    expect(diff.entries[3]!.a).toMatchObject({
      file: 'rules/home-appliances/room-air-conditioner-energy.yaml',
    });
  });

  it('writes HTML to a file with -o, and says so on stderr', async () => {
    const file = join(temp(), 'diff.html');
    const { code, stdout, stderr } = await cli.run(['--lang', 'zh', 'diff', '-f', 'html', '-o', file, A, B]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(`已写入 ${file}`);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('列“2级”：4.50 → 4.70，更严（影响 apf@2）');
  });

  it('refuses -o naming one of its rule files (also through a link), and leaves that file as it was', async () => {
    const dir = mkdtempSync(join(temp(), 'in-'));
    const b = join(dir, 'draft.yaml');
    const original = readFileSync(join(ROOT, B));
    writeFileSync(b, original);
    const link = join(dir, 'link.yaml');
    symlinkSync(b, link);
    for (const output of [b, link]) {
      const run = await cli.run(['diff', '-o', output, A, b]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `-o ${output} is the input ${b}: the report would replace it; name another file`,
      );
    }
    const zh = await cli.run(['--lang', 'zh', 'diff', '-f', 'json', '-o', b, b, A]);
    expect(zh.stderr).toContain(`-o ${b} 是输入文件 ${b}：报告会覆盖它，请换一个文件名`);
    expect(readFileSync(b)).toEqual(original);
  });

  it('checks -o before reading the rule sets and replaces the file only when done', async () => {
    const dir = mkdtempSync(join(temp(), 'out-'));
    const out = join(dir, 'diff.txt');
    writeFileSync(out, 'last run\n');
    // A rule set that does not load: the last report stays, and no temporary file is left beside it.
    expect((await cli.run(['diff', '-o', out, A, 'no/such-file.yaml'])).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('last run\n');
    expect(readdirSync(dir)).toEqual(['diff.txt']);
    const folder = await cli.run(['diff', '-o', dir, A, B]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`cannot write ${dir}: it is a folder`);
    expect((await cli.run(['diff', '-o', '', A, B])).stderr).toContain(
      '-o/--output needs a value: the file name given is empty',
    );
    expect((await cli.run(['diff', '-o', out, A, B])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('apf@2');
    expect(readdirSync(dir)).toEqual(['diff.txt']);
  });

  it('reports a value label renamed and an alias dropped, in text (zh, en), JSON that follows its schema, and HTML', async () => {
    const b = editedRules(
      temp(),
      A,
      [
        ['heat-pump: { zh: 热泵型,', 'heat-pump: { zh: 热泵机组,'],
        [
          'ducted: { zh: 风管送风式, en: Ducted, aliases: [风管式] }',
          'ducted: { zh: 风管送风式, en: Ducted }',
        ],
      ],
      'labels',
    );
    const zh = await cli.run(['--lang', 'zh', 'diff', A, b]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain(
      '指标“机组类型”（unitType）的取值标签：heat-pump：热泵型 / Heat pump（别名：热泵、热泵式、冷暖型、冷暖、冷暖式） → 热泵机组 / Heat pump（别名：热泵、热泵式、冷暖型、冷暖、冷暖式），有变化',
    );
    expect(zh.stdout).toContain(
      '指标“结构形式”（unitConfiguration）的取值标签：ducted：风管送风式 / Ducted（别名：风管式） → 风管送风式 / Ducted，更严',
    );
    const en = await cli.run(['--lang', 'en', 'diff', A, b]);
    expect(en.stdout).toContain(
      'indicator Unit type (unitType), value labels: heat-pump: 热泵型 / Heat pump (aliases: 热泵, 热泵式, 冷暖型, 冷暖, 冷暖式) → 热泵机组 / Heat pump (aliases: 热泵, 热泵式, 冷暖型, 冷暖, 冷暖式), changed',
    );
    expect(en.stdout).toContain(
      '2 differences: 1 stricter, 0 looser, 1 changed either way, 0 without a direction',
    );
    const json = await cli.run(['diff', '-f', 'json', A, b]);
    const diff = JSON.parse(json.stdout) as RuleSetDiff;
    expect(validateDiff(diff), JSON.stringify(validateDiff.errors)).toBe(true);
    expect(diff.entries.map((e) => [e.key, e.aspect, e.value, e.direction])).toEqual([
      ['indicator:unitType:valueLabels[heat-pump]', 'valueLabels', 'heat-pump', 'changed'],
      ['indicator:unitConfiguration:valueLabels[ducted]', 'valueLabels', 'ducted', 'stricter'],
    ]);
    const html = await cli.run(['--lang', 'zh', 'diff', '-f', 'html', A, b]);
    expect(html.stdout).toContain('<code>indicator:unitType:valueLabels[heat-pump]</code>');
    expect(html.stdout).toContain(
      '<code>热泵机组 / Heat pump; aliases: 热泵, 热泵式, 冷暖型, 冷暖, 冷暖式</code>',
    );
  });

  it('exits 2 for a usage error', async () => {
    expect((await cli.run(['diff', A])).code).toBe(2);
    expect((await cli.run(['diff', '-f', 'yaml', A, B])).code).toBe(2);
  });

  it('exits 2 for a rule set that does not load', async () => {
    const missing = await cli.run(['diff', A, 'no/such-file.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const broken = join(temp(), 'broken.yaml');
    writeFileSync(
      broken,
      readFileSync(join(ROOT, B), 'utf8').replace('keys: [ratedCoolingCapacity]', 'keys: [capacity]'),
    );
    const bad = await cli.run(['diff', A, broken]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('broken.yaml:');
  });

  it('explains in its help why it exits 0 whatever it finds, in English and Chinese', async () => {
    const en = await cli.run(['diff', '--help']);
    expect(en.stdout).toMatch(/Exit codes: 0 the diff ran, whatever it found/);
    const zh = await cli.run(['--lang', 'zh', 'diff', '--help']);
    expect(zh.stdout).toContain('退出码：0 比较已完成，无论有无差异');
  });
});

/** The `version:` a rule file (or bundled rule set) gives. */
function versionOf(pathOrId: string): string {
  const file = pathOrId.endsWith('.yaml') ? join(ROOT, pathOrId) : join(ROOT, 'rules', `${pathOrId}.yaml`);
  return /^version: (.*)$/m.exec(readFileSync(file, 'utf8'))![1]!.trim();
}
