/**
 * compare's figures for what only one rule set refuses (hostile-23 M6, M8):
 * a lot not graded under B only because one of its records is invalid under
 * B counts as "invalid under B only", not as a lot moved down; and a record B
 * refuses because a column it does not read names a value of a defaulted
 * indicator only B has (机型 = 移动式) is summed up by that reason, not as
 * "missing unitConfiguration, an indicator only B has".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';
const acText = () => readFileSync(join(ROOT, 'rules', `${AC}.yaml`), 'utf8');

/** B without the alias 热泵 of heat-pump: a record writing it is invalid under B only. */
function lots(): string[] {
  const dir = temp();
  const from = 'heat-pump: { zh: 热泵型, en: Heat pump, aliases: [热泵, 热泵式, 冷暖型, 冷暖, 冷暖式] }';
  const text = acText();
  expect(text).toContain(from);
  const b = join(dir, 'b.yaml');
  writeFileSync(
    b,
    text.replace(from, 'heat-pump: { zh: 热泵型, en: Heat pump, aliases: [热泵式, 冷暖型, 冷暖, 冷暖式] }'),
  );
  const csv = join(dir, 'lots.csv');
  writeFileSync(
    csv,
    [
      '批次,样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF',
      'L1,K1,热泵型,3500,5.1',
      'L1,K2,热泵型,3500,4.6',
      'L2,K3,热泵型,3500,4.6',
      'L2,K4,热泵,3500,4.1',
      '',
    ].join('\n'),
  );
  return [AC, b, csv];
}

/** A as before unitConfiguration was added (no such indicator, no requirement on it); B the bundled rule set. */
function older(): string[] {
  const dir = temp();
  const lines = acText().split('\n');
  const out: string[] = [];
  let skip: 'indicator' | 'scope' | undefined;
  for (const line of lines) {
    if (skip === 'indicator' && /^ {2}\S/.test(line)) skip = undefined;
    if (skip === 'scope' && /^\S/.test(line)) skip = undefined;
    if (line === '  unitConfiguration:') skip = 'indicator';
    if (line === '  - id: not-mobile') skip = 'scope';
    if (skip || line.includes('fact: unitConfiguration')) continue;
    out.push(line);
  }
  const a = join(dir, 'old.yaml');
  writeFileSync(a, out.join('\n'));
  const csv = join(dir, 'm1.csv');
  writeFileSync(
    csv,
    '样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,机型\nS1,热泵型,3500,5.1,移动式\nS2,热泵型,3500,5.1,分体式\nS3,热泵型,3500,5.1,移动式\n',
  );
  return [a, AC, csv];
}

describe.concurrent('qgrade compare: what only one rule set refuses', () => {
  it('--group-by: a lot not graded under B for an invalid record only is counted so, not as down', async () => {
    const args = lots();
    const json = await cli.run(['compare', '-f', 'json', '--group-by', '批次', ...args]);
    expect(json.code).toBe(1);
    const groups = JSON.parse(json.stdout).groups;
    expect(groups).toMatchObject({
      total: 2,
      changed: 1,
      up: 0,
      down: 0,
      sideways: 0,
      invalidA: 0,
      invalidB: 1,
    });
    expect(groups.changes).toEqual([
      expect.objectContaining({ group: 'L2', from: '3', to: null, invalidUnder: 'b', records: 1 }),
    ]);
    const en = await cli.run(['--lang', 'en', 'compare', '--group-by', '批次', ...args]);
    expect(en.stdout).toContain('2 groups, 1 changed grade (0 up, 0 down, 1 invalid under B only)');
    expect(en.stdout).toContain(
      'group L2 (rows 3–4): Grade 3 → Invalid  (a record invalid under B: grades not compared)',
    );
    expect(en.stderr).toContain('2 groups, 1 changed grade (0 up, 0 down, 1 invalid under B only)');
    const zh = await cli.run(['--lang', 'zh', 'compare', '--group-by', '批次', ...args]);
    expect(zh.stdout).toContain('共 2 组，等级变化 1 组（升高 0 组，降低 0 组，只在 B 下无效 1 组）');
  });

  it('a record refused for an unread column: the summary gives the reason grade gives, once for all such records, zh and en', async () => {
    const args = older();
    const en = await cli.run(['--lang', 'en', 'compare', ...args]);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '2 records invalid under B only, grades not compared: Column "机型" holds "移动式", which is unitConfiguration = mobile, but the column is not read as it: the record would be graded with its default "split". If the column is unitConfiguration, read it with --map 机型=unitConfiguration; if it says something else, keep it with --keep 机型 (2)',
    );
    expect(en.stdout).not.toContain('an indicator only B has');
    const zh = await cli.run(['--lang', 'zh', 'compare', ...args]);
    expect(zh.stdout).toContain(
      '只在 B 下无效的 2 条记录未比较等级：“机型”列是“移动式”，即 unitConfiguration = mobile（移动式），但该列没有作为它读取',
    );
    expect(zh.stdout).not.toContain('独有的指标');
  });
});
