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

/** The premium grade's group requirement beside its record one: a lot's CV ≤ 2.0 % (illustrative). */
const PREMIUM_LOT: [string, string][] = [
  ...PREMIUM,
  [
    '      grade: superior\n      require: "≤ 3.0"\n',
    '      grade: superior\n      require: "≤ 3.0"\n    - id: cv-28d-premium\n      statistic: cv28d\n      grade: premium\n      require: "≤ 2.0"\n',
  ],
];

describe.concurrent('qgrade compare --group-by: lots lifted into a grade only B has (fix-left4b item 4)', () => {
  // L1 meets premium's final setting and CV; L2 has a record too slow for premium, so it stays superior.
  const LOT_ROWS = [
    `lot,${HEAD}`,
    'L1,A1,42.5,24.1,48.6,150,230',
    'L1,A2,42.5,24.1,48.7,150,232',
    'L2,B1,42.5,24.1,48.6,150,230',
    'L2,B2,42.5,24.1,48.6,150,300',
  ];
  function lotFiles(): { b: string; data: string } {
    const dir = temp();
    const data = join(dir, 'lots.csv');
    writeFileSync(data, LOT_ROWS.join('\n'));
    return { b: editedRules(dir, LOTS, PREMIUM_LOT, 'premium-lot'), data };
  }
  interface GroupsOut {
    groups: { changes: { group: string; from: string; to: string; criteria: string[]; records: number }[] };
  }

  it('json and text: the lot lifted to premium is credited to premium’s group requirement it meets, and back', async () => {
    const { b, data } = lotFiles();
    const up = JSON.parse(
      (await cli.run(['compare', '-f', 'json', '-g', 'lot', LOTS, b, data])).stdout,
    ) as GroupsOut;
    expect(up.groups.changes).toEqual([
      expect.objectContaining({
        group: 'L1',
        from: 'superior',
        to: 'premium',
        criteria: ['cv-28d-premium'],
        records: 2,
      }),
    ]);
    const down = JSON.parse(
      (await cli.run(['compare', '-f', 'json', '-g', 'lot', b, LOTS, data])).stdout,
    ) as GroupsOut;
    expect(down.groups.changes).toEqual([
      expect.objectContaining({ group: 'L1', from: 'premium', to: 'superior', criteria: ['cv-28d-premium'] }),
    ]);
    const en = await cli.run(['compare', '-g', 'lot', LOTS, b, data]);
    expect(en.stdout).toContain(
      'group L1 (rows 1–2): Superior → Premium  CV of 28-day compressive strength (Premium)\n    A: not required\n',
    );
    const zh = await cli.run(['--lang', 'zh', 'compare', '-g', 'lot', LOTS, b, data]);
    expect(zh.stdout).toMatch(/组 L1（第 1–2 条）：优等品 → 特优品 {2}28 天抗压强度变异系数（特优品）\n/u);
  });

  it('a lot whose CV misses premium’s limit is not lifted: no group change', async () => {
    const dir = temp();
    const data = join(dir, 'wide.csv');
    // CV of 48.6 and 51.0: 3.4 %, above premium's 2.0 (and superior's 3.0): first class under both.
    writeFileSync(
      data,
      [`lot,${HEAD}`, 'L1,A1,42.5,24.1,48.6,150,230', 'L1,A2,42.5,24.1,51.0,150,232'].join('\n'),
    );
    const b = editedRules(dir, LOTS, PREMIUM_LOT, 'premium-wide');
    const out = JSON.parse(
      (await cli.run(['compare', '-f', 'json', '-g', 'lot', LOTS, b, data])).stdout,
    ) as GroupsOut;
    expect(out.groups.changes).toEqual([]);
  });
});
