import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yieldMeanRuleSet } from '../yield-mean-rule-set';
import { ROOT, useCli, useTempDir } from './cli-harness';
import { editedCopy, editedRules } from './edited-rules';

// Left by hostile-46: diff of two editions under one id and version gives no notice to raise it; diff's cap line names
// a grade by its id; the terminal table of grade cut an invalid record's reason before its counts. Every figure in
// these rule sets is illustrative.

const cli = useCli();
const temp = useTempDir();

const LED = 'examples/custom/led-panel-purchasing.yaml';
const LED_TEXT = readFileSync(join(ROOT, LED), 'utf8');
const APPLIANCES = 'home-appliances/appliance-quality-grading';
const led = (name: string, edits: readonly (readonly [string, string])[]) =>
  editedCopy(temp(), LED_TEXT, `led-${name}`, edits);
const STRICTER_PREFERRED = [['require: "≥ 110 lm/W"', 'require: "≥ 115 lm/W"']] as const;

describe.concurrent('qgrade diff: one id and one version for two editions that grade otherwise', () => {
  const EN =
    'note: A and B are both home-appliances/led-panel-purchasing 1.0.0, but 1 of the differences changes how a record is graded: ' +
    "raise B's version (to 1.1.0, for instance). Otherwise results graded under one cannot be told from results graded " +
    'under the other: a result names its rule set only by id and version (home-appliances/led-panel-purchasing 1.0.0)';
  const ZH =
    '注意：A 和 B 都是 home-appliances/led-panel-purchasing 1.0.0，但有 1 处差异会改变记录的等级：请提高 B 的版本号（version，如改为 1.1.0）。' +
    '否则按其中一版判定的结果与按另一版判定的结果无法区分：结果只以规则集标识和版本号（home-appliances/led-panel-purchasing 1.0.0）注明所用的规则集';

  it('a limit raised under 1.0.0: stderr says to raise B’s version and why, zh and en; stdout as before', async () => {
    const b = led('limit', STRICTER_PREFERRED);
    const en = await cli.run(['--lang', 'en', 'diff', LED, b]);
    expect(en.code).toBe(0);
    expect(en.stderr.split('\n')).toContain(EN);
    expect(en.stdout).not.toContain('raise');
    expect(en.stdout).toContain('limit: ≥ 110 lm/W → ≥ 115 lm/W, stricter');
    const zh = await cli.run(['--lang', 'zh', 'diff', LED, b]);
    expect(zh.stderr.split('\n')).toContain(ZH);
    expect(zh.stdout).not.toContain('版本号');
    // JSON on stdout stays a diff; the notice is on stderr.
    const json = await cli.run(['--lang', 'en', 'diff', '-f', 'json', LED, b]);
    expect(JSON.parse(json.stdout).counts.stricter).toBe(1);
    expect(json.stderr.split('\n')).toContain(EN);
  });

  it('a bundled rule set against its edited copy: the count and the next minor version', async () => {
    const b = editedRules(temp(), APPLIANCES, [
      ['cap: 2-star', 'cap: 1-star'],
      ['2-star: 75', '2-star: 78'],
    ]);
    const r = await cli.run(['--lang', 'en', 'diff', APPLIANCES, b]);
    expect(r.stderr).toContain(
      'note: A and B are both home-appliances/appliance-quality-grading 1.0.3, but 2 of the differences change how a record is graded: ' +
        "raise B's version (to 1.1.0, for instance).",
    );
  });

  it('no notice when B’s version is raised, or when only its title changed', async () => {
    const raised = led('raised', [...STRICTER_PREFERRED, ['version: 1.0.0', 'version: 1.0.1']]);
    const r = await cli.run(['--lang', 'en', 'diff', LED, raised]);
    expect(r.stdout).toContain('rule-set version: 1.0.0 → 1.0.1');
    expect(r.stderr).not.toContain("raise B's version");
    const retitled = led('title', [['LED panel purchasing grades (example)', 'LED panel grades']]);
    const t = await cli.run(['--lang', 'zh', 'diff', LED, retitled]);
    expect(t.stdout).toContain('规则集名称');
    expect(t.stderr).not.toContain('版本号');
  });

  it('a pre-release version: raise it, with no number guessed', async () => {
    const a = led('draft-a', [['version: 1.0.0', 'version: 1.1.0-draft']]);
    const b = led('draft-b', [['version: 1.0.0', 'version: 1.1.0-draft'], ...STRICTER_PREFERRED]);
    const r = await cli.run(['--lang', 'en', 'diff', a, b]);
    expect(r.stderr).toContain(
      "both home-appliances/led-panel-purchasing 1.1.0-draft, but 1 of the differences changes how a record is graded: raise B's version. Otherwise",
    );
    const zh = await cli.run(['--lang', 'zh', 'diff', a, b]);
    expect(zh.stderr).toContain('请提高 B 的版本号（version）。否则');
  });
});

describe.concurrent('qgrade diff names a cap’s grade by its label, as the lines around it do', () => {
  it('cap at accepted → veto: 封顶于“可采购” / cap at Accepted; JSON keeps the effect as written', async () => {
    const b = led('gate', [["cap: accepted # without three years' warranty, never preferred", 'gate: true']]);
    const zh = await cli.run(['--lang', 'zh', 'diff', LED, b]);
    expect(zh.stdout).toContain('（warranty）的作用：封顶于“可采购” → 否决项，更严\n');
    expect(zh.stdout).not.toContain('“accepted”');
    const en = await cli.run(['--lang', 'en', 'diff', LED, b]);
    expect(en.stdout).toContain('(warranty), effect: cap at Accepted → veto (gate), stricter\n');
    const json = JSON.parse((await cli.run(['diff', '-f', 'json', LED, b])).stdout);
    const effect = json.entries.find((e: { key: string }) => e.key === 'criterion:warranty:effect');
    expect([effect.before, effect.after]).toEqual(['cap', 'gate']);
  });

  it('the grade a cap holds to, and a requirement’s grade, by their labels; JSON keeps the ids', async () => {
    const b = editedRules(temp(), APPLIANCES, [['cap: 2-star', 'cap: 1-star']], 'cap');
    const zh = await cli.run(['--lang', 'zh', 'diff', APPLIANCES, b]);
    expect(zh.stdout).toContain('的封顶等级：二星级 → 一星级，更严\n');
    const en = await cli.run(['--lang', 'en', 'diff', APPLIANCES, b]);
    expect(en.stdout).toContain('grade capped at: 2 stars → 1 star, stricter\n');
    const json = JSON.parse((await cli.run(['diff', '-f', 'json', APPLIANCES, b])).stdout);
    const cap = json.entries.find((e: { aspect?: string }) => e.aspect === 'cap');
    expect([cap.before, cap.after]).toEqual(['2-star', '1-star']);

    const lowered = led('grade', [['require: "≥ 110 lm/W"\n    grade: preferred', 'require: "≥ 110 lm/W"']]);
    const g = await cli.run(['--lang', 'zh', 'diff', LED, lowered]);
    expect(g.stdout).toContain('的所属等级：优先采购 → 可采购，更严\n');
    const ge = await cli.run(['--lang', 'en', 'diff', LED, lowered]);
    expect(ge.stdout).toContain('grade: Preferred → Accepted, stricter\n');
  });
});

describe.concurrent('qgrade grade: the table keeps an invalid record’s counts', () => {
  const RULES = yieldMeanRuleSet('diff-46b', '{ exactly: 3 }');

  it('2 of 3 ReL values: en says how many were given and needed (the label gives way), zh as it was', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'yield-46b.yaml'), RULES);
    writeFileSync(join(dir, 'lab-46b.csv'), '样品编号,下屈服强度 ReL\nA,350;340\nB,355;355;355\n');
    const args = ['grade', '-r', 'yield-46b.yaml', 'lab-46b.csv'];
    const en = await cli.run(['--lang', 'en', ...args], { cwd: dir });
    expect(en.code).toBe(1);
    expect(en.stdout).toMatch(/ invalid +lowerYield needs 3 specimen values, got 2\n/);
    const zh = await cli.run(['--lang', 'zh', ...args], { cwd: dir });
    expect(zh.stdout).toMatch(/ 无效 +下屈服强度 ReL 需要 3 个试样值，实际 2 个（第 2 行第 2 列）\n/);
    // The CSV, read in a spreadsheet, keeps the whole sentence.
    const csv = await cli.run(['--lang', 'en', ...args, '-f', 'csv'], { cwd: dir });
    expect(csv.stdout).toContain('lowerYield (Lower yield strength ReL) needs 3 specimen values, got 2');
  });
});
