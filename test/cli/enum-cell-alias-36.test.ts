/**
 * newcomer-36 M7: an enumeration's cell a lab wrote `1级` or `一级` (values 1, 2, 3) was refused without its cell,
 * which every other refusal names, and without the rule-side fix that took 13 of 50 rows back (a `valueLabels`
 * alias); a yes/no column's `√` / `×` likewise. Rule set: test/fixtures/newcomer-36/water-heater.yaml (no aliases;
 * illustrative figures); lab50.xlsx and odd-cells.xlsx are the newcomer's sheets.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const DIR = join(ROOT, 'test/fixtures/newcomer-36');
const RULES = join(DIR, 'water-heater.yaml');

function errors(stdout: string, field: string): { zh: string; en: string }[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GradeResult)
    .flatMap((r) => (r.errors ?? []).filter((e) => e.field === field).map((e) => e.message));
}

describe('an enumeration cell off the list names its cell and the alias to add (newcomer-36 M7)', () => {
  it('lab50.xlsx: 1级 and 一级 name their cells, with the valueLabels line, zh and en', async () => {
    const run = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', join(DIR, 'lab50.xlsx')]);
    const messages = errors(run.stdout, 'energyClass');
    expect(messages.length).toBe(12);
    expect(messages).toContainEqual({
      zh: '能效等级应为 1、2、3 之一，实际为 "1级"，数值后带了单位：请只写数值 1；如这是同一取值的另一种写法，也可在规则文件中把它列为别名：valueLabels: { "1": { aliases: ["1级"] } }（单元格 I7）',
      en: 'energyClass (Energy efficiency class) must be one of 1, 2, 3, got "1级", a number with a unit after it: write the number alone, 1; if it is another spelling of the same value, the rule file can list it as an alias: valueLabels: { "1": { aliases: ["1级"] } } (cell I7)',
    });
    expect(messages).toContainEqual({
      zh: '能效等级应为 1、2、3 之一，实际为 "一级"；如这是同一取值的另一种写法，也可在规则文件中把它列为别名：valueLabels: { "1": { aliases: [一级] } }（单元格 I9）',
      en: 'energyClass (Energy efficiency class) must be one of 1, 2, 3, got "一级"; if it is another spelling of the same value, the rule file can list it as an alias: valueLabels: { "1": { aliases: [一级] } } (cell I9)',
    });
    // With the aliases the newcomer added, those rows grade: no energyClass error is left.
    const fixed = await cli.run([
      'grade',
      '-r',
      join(DIR, 'v2-aliases.yaml'),
      '-f',
      'ndjson',
      join(DIR, 'lab50.xlsx'),
    ]);
    expect(errors(fixed.stdout, 'energyClass')).toEqual([]);
  });

  it('CSV: the line and column; a code with no plain meaning (四级, 4 not listed) gets no alias line', async () => {
    const path = join(temp(), 'e.csv');
    const head =
      '型号,额定容量,热水输出量,24h固有能耗系数,噪声,漏电保护,能效等级,绝缘电阻,泄漏电流,输入功率偏差';
    writeFileSync(path, `${head}\nA,60,40,0.5,38,有,二级,50,0.5,-2\nB,60,40,0.5,38,有,四级,50,0.5,-2\n`);
    const run = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', path]);
    const [two, four] = errors(run.stdout, 'energyClass');
    expect(two!.zh).toBe(
      '能效等级应为 1、2、3 之一，实际为 "二级"；如这是同一取值的另一种写法，也可在规则文件中把它列为别名：valueLabels: { "2": { aliases: [二级] } }（第 2 行第 7 列）',
    );
    expect(four!.zh).toBe('能效等级应为 1、2、3 之一，实际为 "四级"（第 3 行第 7 列）');
    expect(four!.en).toBe(
      'energyClass (Energy efficiency class) must be one of 1, 2, 3, got "四级" (line 3, column 7)',
    );
  });

  it('odd-cells.xlsx: √ and × in the yes/no column offer the alias of yes and of no; Y gets none', async () => {
    const run = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', join(DIR, 'odd-cells.xlsx')]);
    const [tick, cross, y] = errors(run.stdout, 'leakageProtection');
    expect(tick!.zh).toContain(
      '；如这是同一取值的另一种写法，也可在规则文件中把它列为别名：valueLabels: { true: { aliases: ["√"] } }（单元格 F6）',
    );
    expect(cross!.en).toContain(
      '; if it is another spelling of the same value, the rule file can list it as an alias: valueLabels: { false: { aliases: ["×"] } } (cell F7)',
    );
    expect(y!.zh).not.toContain('valueLabels');
  });
});
