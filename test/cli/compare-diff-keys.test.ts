/**
 * compare names, for each changed record, only the rule-set changes that moved
 * it (committee-24 F3, F13): JSON `changes[].diff` lists the entries of the
 * requirements among its causes (not a limit whose outcome did not change),
 * and of a table only the row the record is looked up in (a Q355 record is not
 * credited with the `[Q355N, Q390N]` row of kv2Min), in JSON and in the text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { editedRules } from './edited-rules';

const cli = useCli();
const temp = useTempDir();

const STEEL = 'steel/low-alloy-structural-steel';
const CEMENT = 'building-materials/cement-quality-grade';

describe.concurrent('qgrade compare: the diff entries that moved a record', () => {
  it('a table row the record is not looked up in is not among its causes (F13)', async () => {
    const dir = temp();
    const b = editedRules(dir, STEEL, [
      ['- [[Q355, Q390], 34, 34, 34, n/a]', '- [[Q355, Q390], 34, 34, 40, n/a]'],
      ['- [[Q355N, Q390N], 34, 34, 34, 34]', '- [[Q355N, Q390N], 34, 34, 40, 34]'],
    ]);
    const data = join(dir, 'steel.csv');
    writeFileSync(
      data,
      [
        '样品编号,牌号,质量等级,公称厚度(mm),上屈服强度 ReH(MPa),抗拉强度 Rm(MPa),冲击试验温度(°C),冲击吸收能量 KV2(J),碳 C(%),锰 Mn(%),磷 P(%),硫 S(%),铬 Cr(%),钼 Mo(%),钒 V(%),镍 Ni(%),铜 Cu(%)',
        'GB006,Q355,D,20,345,470,-20,34;34;34,0.18,1.4,0.025,0.025,0,0,0,0,0',
        'GB073,Q355N,D,88,322,493,-20,36;67;33,0.15,1.47,0.019,0.006,0.05,0.01,0.05,0.07,0.1',
        '',
      ].join('\n'),
    );
    const json = await cli.run(['compare', '-f', 'json', STEEL, b, data]);
    const changes = JSON.parse(json.stdout).changes as { row: number; diff: string[] }[];
    const diffOf = (row: number) => changes.find((c) => c.row === row)?.diff ?? [];
    expect(diffOf(1).length).toBeGreaterThan(0);
    expect(diffOf(1).every((k) => !k.includes('Q355N'))).toBe(true);
    expect(diffOf(1)).toEqual(['cell:kv2Min[[Q355, Q390]][D]']);
    expect(diffOf(2)).toEqual(['cell:kv2Min[[Q355N, Q390N]][D]']);
    const zh = await cli.run(['--lang', 'zh', 'compare', STEEL, b, data]);
    const block = (id: string) => zh.stdout.split('\n第 ').find((l) => l.includes(`（${id}）`)) ?? '';
    expect(block('GB006')).toContain('行“[Q355, Q390]”');
    expect(block('GB006')).not.toContain('[Q355N, Q390N]');
    expect(block('GB073')).toContain('行“[Q355N, Q390N]”');
    expect(block('GB073')).not.toContain('行“[Q355, Q390]”');
  });

  it('JSON diff lists only the entries of the requirements that moved the record (F3)', async () => {
    const dir = temp();
    const b = editedRules(dir, CEMENT, [
      ['comparison: full', 'comparison: rounded'],
      ['require: "≥ 46.0 MPa", grade: first-class', 'require: "≥ 47.0 MPa", grade: first-class'],
      ['require: "≤ 0.04 %", grade: superior', 'require: "≤ 0.035 %", grade: superior'],
    ]);
    const data = join(dir, 'cement.csv');
    writeFileSync(
      data,
      [
        '样品编号,水泥品种,强度等级,3天抗压强度,28天抗压强度,3天抗折强度,28天抗折强度,初凝时间,终凝时间,氧化镁,三氧化硫,氯离子,安定性',
        ',,,MPa,MPa,MPa,MPa,min,min,%,%,%,',
        'SN2025-004,P·O,42.5,22.8,47.1,4.2,7.2,155,332,3.1,3.06,0.061,合格',
        '',
      ].join('\n'),
    );
    const json = await cli.run(['compare', '-f', 'json', CEMENT, b, data]);
    const [change] = JSON.parse(json.stdout).changes as { causes: string[]; diff: string[] }[];
    expect(change!.causes).toEqual(['gb175-chloride']);
    expect(change!.diff).toEqual(['criterion:gb175-chloride:comparison']);
    // The value B compared, rounded, beside B's limit (committee-24 F2).
    const html = join(dir, 'f2.html');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'html', '-o', html, CEMENT, b, data]);
    expect(readFileSync(html, 'utf8')).toMatch(
      /0\.061，A ≤ 0\.06 %? ?<span class="m no">✗<\/span> → B（修约值 0\.06）≤ 0\.06/,
    );
  });
});

describe.concurrent('qgrade compare: a new indicator of B no column gives', () => {
  it('is said untested in the text, on stderr and in the HTML report, zh and en (committee-24 F5)', async () => {
    const dir = temp();
    const b = editedRules(
      dir,
      CEMENT,
      [
        [
          '  - { id: chloride-superior,',
          '  - { id: specific-surface-superior, indicator: specificSurface, when: { specificSurface: "≥ 0" }, require: "≥ 350 m²/kg", grade: superior }\n  - { id: chloride-superior,',
        ],
        [
          'indicators:\n',
          'indicators:\n  specificSurface:\n    type: number\n    unit: m²/kg\n    range: "≥ 0"\n    required: false\n    label: { zh: 比表面积, en: Specific surface area }\n',
        ],
      ],
      'f5',
    );
    const data = join(dir, 'f5.csv');
    writeFileSync(
      data,
      '样品编号,水泥品种,强度等级,3天抗压强度,28天抗压强度,3天抗折强度,28天抗折强度,初凝时间,终凝时间,氧化镁,三氧化硫,氯离子,安定性\nS1,P·O,42.5,22.8,47.1,4.2,7.2,155,332,3.1,3.06,0.02,合格\n',
    );
    const zh = await cli.run(['--lang', 'zh', 'compare', CEMENT, b, data]);
    expect(zh.stdout).toContain(
      'B 新增的指标 比表面积（specificSurface）在样品中没有列：新要求 specific-surface-superior 对这批样品未经检验',
    );
    const html = join(dir, 'f5.html');
    const en = await cli.run(['--lang', 'en', 'compare', '-f', 'html', '-o', html, CEMENT, b, data]);
    const said =
      "B's new indicator specificSurface (Specific surface area) has no column in the samples: the new requirement specific-surface-superior was not tested on these records";
    expect(en.stderr).toContain(said);
    expect(readFileSync(html, 'utf8')).toContain('specific-surface-superior was not tested');
    const given = join(dir, 'f5b.csv');
    writeFileSync(
      given,
      `${readFileSync(data, 'utf8').replace('安定性\n', '安定性,比表面积\n').replace('合格\n', '合格,360\n')}`,
    );
    const withColumn = await cli.run(['--lang', 'en', 'compare', CEMENT, b, given]);
    expect(withColumn.stdout + withColumn.stderr).not.toContain('has no column in the samples');
  });
});
