/**
 * A new indicator of B that no record gives (committee-25 F2): when B's requirement on it counts a missing
 * value as not met, compare says so and counts the records it moved (and those it alone moved), instead of
 * "the grades under B do not take it into account"; in the table (zh, en) and on stderr for the files.
 * A requirement skipped when the value is absent keeps the "not tested" notice (compare-diff-keys.test.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { editedRules } from './edited-rules';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';

/** B: a new optional 待机功率 with a 1级 requirement and no `when`; APF ≤ 4500 1级 5.00 → 5.20 when `tighten`. */
function draft(dir: string, name: string, tighten: boolean): string {
  const edits: [string, string][] = [
    [
      '\nindicators:\n',
      '\nindicators:\n  standbyPower:\n    type: number\n    unit: W\n    range: ">= 0"\n    required: false\n    label: { zh: 待机功率, en: Standby power }\n',
    ],
    [
      '\ncriteria:\n',
      '\ncriteria:\n  - id: standby-power\n    indicator: standbyPower\n    grade: "1"\n    require: "≤ 1.0 W"\n',
    ],
  ];
  if (tighten)
    edits.push(['- ["≤ 4500", 5.00, 4.50, 4.00, 3.50, 3.30]', '- ["≤ 4500", 5.20, 4.50, 4.00, 3.50, 3.30]']);
  return editedRules(dir, AC, edits, name);
}

function records(dir: string, name: string, apf: number[]): string {
  const file = join(dir, `${name}.ndjson`);
  const lines = apf.map((v, i) =>
    JSON.stringify({ model: `M${i + 1}`, unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: v }),
  );
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe.concurrent('qgrade compare: a new requirement on a value no record gives', () => {
  it('says the missing value counts as not met, and how many records it moved (zh, en, stderr)', async () => {
    const dir = temp();
    const b = draft(dir, 'tightened', true);
    // 5.3: 1级 → 2级 by 待机功率 alone; 5.1: by it and APF 1级 5.20; 4.6: 2级 under both.
    const data = records(dir, 'three', [5.3, 5.1, 4.6]);
    const zh = await cli.run(['--lang', 'zh', 'compare', AC, b, data]);
    expect(zh.stdout).toContain(
      'B 新增的指标 待机功率（standbyPower）在样品中没有列：这批样品没有该指标的数值，B 下需要它的等级按不满足计，2 条记录因此变化（其中 1 条只因此）',
    );
    expect(zh.stdout).not.toContain('B 下的等级未考虑它');
    const en = await cli.run(['--lang', 'en', 'compare', AC, b, data]);
    expect(en.stdout).toContain(
      "B's new indicator standbyPower (Standby power) has no column in the samples: these records give no value of it, so the grades under B that need it count it as not met: 2 records changed grade because of it (1 only because of it)",
    );
    expect(en.stdout).not.toContain('do not take it into account');
    const json = await cli.run(['--lang', 'en', 'compare', '-f', 'json', AC, b, data]);
    expect(json.stderr).toContain('2 records changed grade because of it (1 only because of it)');
  });

  it('says no record changed when none reached the grade that needs it', async () => {
    const dir = temp();
    const b = draft(dir, 'plain', false);
    const data = records(dir, 'low', [4.6, 4.1]);
    const zh = await cli.run(['--lang', 'zh', 'compare', AC, b, data]);
    expect(zh.stdout).toContain('B 下需要它的等级按不满足计，没有记录因此变化');
    const en = await cli.run(['--lang', 'en', 'compare', AC, b, data]);
    expect(en.stdout).toContain('count it as not met: no record changed grade because of it');
  });
});
