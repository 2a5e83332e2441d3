import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RuleSetDiff } from '../../src/diff/rule-set-diff';
import type { RuleSetComparison } from '../../src/index';
import { validateDiff } from '../diff/diff-schema';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

// The committee's case 4: the draft renames compressive28d to strength28d and keeps its label, 28 天抗压强度.
const TEXT = readFileSync(join(ROOT, 'rules/building-materials/cement-quality-grade.yaml'), 'utf8');
const RENAMED = TEXT.replace(/^version: .*$/m, 'version: 2.0.0-draft')
  .replace('  compressive28d:\n', '  strength28d:\n')
  .replaceAll('indicator: compressive28d,', 'indicator: strength28d,');

const HEADER =
  '样品编号,水泥品种,强度等级,3 天抗压强度,28 天抗压强度,3 天抗折强度,28 天抗折强度,初凝时间,终凝时间,氧化镁 MgO,三氧化硫 SO₃,氯离子 Cl⁻,安定性（沸煮法）';
// L1 superior (28 d 49.2 ≥ 48.0), L2 first class (47.0 ≥ 46.0, < 48.0): under both, the limits being the same.
const LABELS = [
  HEADER,
  'L1,P.O,42.5,23.1,49.2,5.2,8.1,180,240,3.2,2.6,0.02,合格',
  'L2,P.O,42.5,21.0,47.0,5.0,7.9,170,230,3.0,2.9,0.03,合格',
].join('\n');

describe.concurrent('qgrade compare and diff: an indicator renamed with the same label', () => {
  let a = '';
  let b = '';
  let labels = '';
  let own = '';
  beforeAll(() => {
    const dir = temp();
    [a, b, labels, own] = ['a.yaml', 'b.yaml', 'labels.csv', 'own.csv'].map((f) => join(dir, f)) as [
      string,
      string,
      string,
      string,
    ];
    expect(RENAMED.match(/strength28d/g)).toHaveLength(4);
    writeFileSync(a, TEXT);
    writeFileSync(b, RENAMED);
    writeFileSync(labels, LABELS);
    // A header of its own for 28 d: only --map can say what it is.
    writeFileSync(own, LABELS.replace('28 天抗压强度,', '28d,'));
  });

  it('reads the column headed with the shared label as each rule set’s own indicator', async () => {
    const run = await cli.run(['--lang', 'zh', 'compare', '-f', 'json', a, b, labels]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as RuleSetComparison;
    expect(json).toMatchObject({ total: 2, changed: 0, invalid: [] });
    expect(json.matrix.superior!.superior).toBe(1);
    expect(json.matrix['first-class']!['first-class']).toBe(1);
    expect(run.stderr).toContain(
      'A 的指标 compressive28d 与 B 的指标 strength28d 视为同一数值（标签同为“28 天抗压强度”）',
    );
  });

  it('gives one value under both names the other way round too, and the table says no record moved', async () => {
    const run = await cli.run(['--lang', 'en', 'compare', b, a, labels]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 records: 2 unchanged, none changed grade');
    expect(run.stdout).not.toMatch(/invalid/);
  });

  it('takes --map col=a --map col=b, one field of each rule set, as one column giving both', async () => {
    const maps = ['--map', '28d=compressive28d', '--map', '28d=strength28d'];
    const run = await cli.run(['--lang', 'en', 'compare', '-f', 'json', ...maps, a, b, own]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 2, changed: 0, invalid: [] });
    expect(run.stderr).toContain(
      `A's indicator compressive28d and B's strength28d are read as one value (--map maps the column "28d" to both)`,
    );
    // Two fields of the same rule set for one column stay a usage error.
    const twice = await cli.run([
      'compare',
      '--map',
      '28d=compressive28d',
      '--map',
      '28d=compressive3d',
      a,
      b,
      own,
    ]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/map the same column "28d" to different fields/);
  });

  it('diff notes the removed and the added indicator as a possible rename, in zh and en', async () => {
    const run = await cli.run(['diff', '-f', 'json', a, b]);
    expect(run.code).toBe(0);
    const diff = JSON.parse(run.stdout) as RuleSetDiff;
    expect(validateDiff(diff), JSON.stringify(validateDiff.errors)).toBe(true);
    const notes = diff.entries.filter((e) => e.note).map((e) => [e.key, e.direction, e.note]);
    expect(notes).toEqual([
      [
        'indicator:compressive28d',
        'looser',
        {
          zh: '可能是改名：B 新增的指标 strength28d 标签、类型和单位都相同',
          en: 'possibly renamed: B adds the indicator strength28d with the same label, type and unit',
        },
      ],
      [
        'indicator:strength28d',
        'stricter',
        {
          zh: '可能是改名：A 删除的指标 compressive28d 标签、类型和单位都相同',
          en: "possibly renamed: A's indicator compressive28d, removed, has the same label, type and unit",
        },
      ],
    ]);
    const text = await cli.run(['--lang', 'zh', 'diff', a, b]);
    expect(text.stdout).toMatch(
      /删除指标“28 天抗压强度”（compressive28d）：必填，更宽（可能是改名：B 新增的指标 strength28d 标签、类型和单位都相同）/,
    );
  });

  it('pairs no indicators whose labels differ', async () => {
    const dir = temp();
    const other = join(dir, 'other.yaml');
    const relabelled = RENAMED.replace(
      /(strength28d:\n(?:\s+\w+: .*\n)*?\s+label: )\{ zh: 28 天抗压强度, en: 28-day compressive strength \}/,
      '$1{ zh: 28 天强度, en: 28-day strength }',
    );
    expect(relabelled).toContain('{ zh: 28 天强度, en: 28-day strength }');
    writeFileSync(other, relabelled);
    const diff = JSON.parse((await cli.run(['diff', '-f', 'json', a, other])).stdout) as RuleSetDiff;
    expect(diff.entries.filter((e) => e.note)).toEqual([]);
    const run = await cli.run(['compare', '-f', 'json', a, other, labels]);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as RuleSetComparison).invalid.map((r) => r.under)).toEqual(['b', 'b']);
  });
});
