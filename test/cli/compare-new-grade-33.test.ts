/**
 * A draft that adds a grade above the old top one (特优品 / premium, with its own final-setting limit): the records
 * it lifts from superior were credited to no requirement — their only new requirement, met, was listed as "limit
 * changed, same outcome", as a met requirement only one rule set applies is (committee-33 M7). The grade is only
 * the draft's, so meeting its requirement is what lifted them: they are the causes, counted in "criteria that moved
 * records most often", and the diff entries of the requirement and the grade are under the record.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { editedRules } from './edited-rules';

const cli = useCli();
const temp = useTempDir();
const LOTS = 'building-materials/cement-lot-grade';

/** A premium grade above superior whose own requirement is a final setting time ≤ 235 min (illustrative). */
const PREMIUM: [string, string][] = [
  [
    '  - id: superior\n    label: { zh: 优等品, en: Superior }\n',
    '  - id: superior\n    label: { zh: 优等品, en: Superior }\n  - id: premium\n    label: { zh: 特优品, en: Premium }\n',
  ],
  [
    '    require: "≤ 390 min"\n    note: { zh: 示例数值, en: Illustrative figure }\n',
    '    require: "≤ 390 min"\n    note: { zh: 示例数值, en: Illustrative figure }\n  - id: final-setting-premium\n    indicator: finalSetting\n    grade: premium\n    require: "≤ 235 min"\n',
  ],
];

const HEAD = '编号,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting';
/** Superior under A (3-day ≥ 22, final ≤ 390); LIFTED meets 235 min, AT the limit too, SLOW does not. */
const ROWS = ['LIFTED,42.5,24.1,48.6,150,230', 'AT,42.5,24.1,48.6,150,235', 'SLOW,42.5,24.1,48.6,150,236'];

function files(): { b: string; data: string } {
  const dir = temp();
  const data = join(dir, 'samples.csv');
  writeFileSync(data, [HEAD, ...ROWS].join('\n'));
  return { b: editedRules(dir, LOTS, PREMIUM, 'premium'), data };
}

describe.concurrent('qgrade compare: records lifted into a grade only B has (committee-33 M7)', () => {
  it('json: the new grade’s requirement they meet is their cause, counted, with its diff entries', async () => {
    const { b, data } = files();
    const { stdout } = await cli.run(['compare', '-f', 'json', LOTS, b, data]);
    const out = JSON.parse(stdout) as {
      changes: {
        row: number;
        from: string;
        to: string;
        criteria: string[];
        causes: string[];
        diff: string[];
      }[];
      causeCounts: { id: string; records: number; alone: number }[];
    };
    expect(out.changes.map((c) => [c.row, c.from, c.to, c.causes, c.diff])).toEqual([
      [
        1,
        'superior',
        'premium',
        ['final-setting-premium'],
        ['grade:premium', 'criterion:final-setting-premium'],
      ],
      [
        2,
        'superior',
        'premium',
        ['final-setting-premium'],
        ['grade:premium', 'criterion:final-setting-premium'],
      ],
    ]);
    expect(out.causeCounts).toEqual([{ id: 'final-setting-premium', records: 2, alone: 2 }]);
  });

  it('table (en, zh): the cause is named on the record’s line, not as "limit changed, same outcome"', async () => {
    const { b, data } = files();
    const en = await cli.run(['compare', LOTS, b, data]);
    expect(en.stdout).toContain('row 1 (LIFTED): Superior → Premium  Final setting time (Premium)\n');
    expect(en.stdout).toContain('  Final setting time (Premium)  final-setting-premium              2');
    expect(en.stdout).not.toContain('limit changed, same outcome');
    const zh = await cli.run(['--lang', 'zh', 'compare', LOTS, b, data]);
    expect(zh.stdout).toContain('第 1 条（LIFTED）：优等品 → 特优品  终凝时间（特优品）\n');
    expect(zh.stdout).not.toContain('限值变了、结果未变');
  });

  it('the mirror, B to A: records that lose the grade only A has are credited to its requirement they met', async () => {
    const { b, data } = files();
    const { stdout } = await cli.run(['compare', '-f', 'json', b, LOTS, data]);
    const out = JSON.parse(stdout) as {
      changes: { row: number; from: string; to: string; causes: string[] }[];
    };
    expect(out.changes.map((c) => [c.row, c.from, c.to, c.causes])).toEqual([
      [1, 'premium', 'superior', ['final-setting-premium']],
      [2, 'premium', 'superior', ['final-setting-premium']],
    ]);
  });
});
