/**
 * Requirements no record can meet, found from the file alone (newcomer sweep 1.2):
 * a limit outside the indicator's declared range, two limits of one grade's ladder
 * that leave no value, a cutoff above the highest score. Each is a warning: the
 * rule set loads, `validate` exits 0, and the warning says which grades it costs.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { useCli, useTempDir } from '../cli/cli-harness';
import { ruleFileHeader } from '../rule-file-header';

const head = `${ruleFileHeader('test/never-met', { zh: '永不满足', en: 'Never met' })}`;

const stars = (criteria: string, noise = '"[20, 70]"') => `${head}indicators:
  noise: { type: number, unit: dB(A), range: ${noise}, label: { zh: 噪声, en: Noise } }
  setting: { type: number, unit: min, label: { zh: 初凝时间, en: Initial setting } }
grades:
  - { id: one, label: { zh: 一星, en: One star } }
  - { id: two, label: { zh: 二星, en: Two stars } }
  - { id: three, label: { zh: 三星, en: Three stars } }
criteria:
  - { id: noise-one, indicator: noise, require: "≤ 60" }
  - { id: setting-one, indicator: setting, require: "≥ 45", grade: one }
  - { id: noise-two, indicator: noise, require: "≤ 50", grade: two }
${criteria}`;

const warnings = (text: string) => {
  const { ruleSet, issues } = checkRuleSet(text, { filename: 'n.yaml' });
  expect(ruleSet, issues.map((i) => i.message).join('\n')).toBeDefined();
  // A required value read only under a `when` is warned about too; here the checks of this file are at issue
  // (test/resolve/required-beyond-when-43.test.ts has that warning's own).
  return issues
    .filter((i) => i.code !== 'required-beyond-when')
    .map((i) => ({
      code: i.code,
      severity: i.severity,
      line: i.line,
      en: i.text.en,
      zh: i.text.zh,
    }));
};

describe('a requirement outside the indicator’s declared range', () => {
  it('warns at the requirement, naming the range and the grades it costs', () => {
    const text = stars('  - { id: noise-three, indicator: noise, require: "≤ 15", grade: three }');
    expect(warnings(text)).toEqual([
      {
        code: 'unreachable-grade',
        severity: 'warning',
        line: 20,
        en: 'the requirement noise ≤ 15 can never be met: "noise" is declared in [20, 70]; grade "three" and every grade above it can never be the result',
        zh: '要求“noise ≤ 15”永远不会满足：“noise”声明的取值范围是 [20, 70]；等级“三星”及以上永远不会成为结果',
      },
    ]);
  });

  it.each([
    ['≥ 80', '"[20, 70]"'],
    ['< 20', '"[20, 70]"'],
    ['(70, 90)', '"[20, 70]"'],
    ['= 10', '"[20, 70]"'],
    ['≤ 20', '"(20, 70]"'],
  ])('%s against %s', (require, range) => {
    const text = stars(
      `  - { id: noise-three, indicator: noise, require: "${require}", grade: three }`,
      range,
    );
    expect(warnings(text).map((w) => w.en)).toEqual([
      expect.stringContaining(`can never be met: "noise" is declared in ${range.slice(1, -1)}`),
    ]);
  });

  it.each(['≤ 20', '≤ 45', '[10, 20]', '[50, 80]', '20 ± 5'])(
    'no warning for %s: a value in range meets it',
    (require) => {
      const text = stars(`  - { id: noise-three, indicator: noise, require: "${require}", grade: three }`);
      expect(warnings(text).filter((w) => w.code === 'unreachable-grade')).toEqual([]);
    },
  );

  it('a scope requirement never met: every record is outside the standard', () => {
    const text = stars('  - { id: noise-three, indicator: noise, require: "≤ 45", grade: three }').replace(
      'criteria:',
      'scope:\n  - { id: loud, indicator: noise, require: "≥ 75", reason: { zh: 测试, en: test } }\ncriteria:',
    );
    expect(warnings(text).map((w) => w.en)).toEqual([
      'the requirement noise ≥ 75 can never be met: "noise" is declared in [20, 70]; every record is outside the standard',
    ]);
  });

  it('a limit compared rounded is met by the rounded value: ≤ 20 at interval 1 is met by 20.2 in [20.2, 70]', () => {
    const text = stars(
      '  - { id: noise-three, indicator: noise, require: "≤ 20", grade: three, comparison: rounded, interval: 1 }',
      '"[20.2, 70]"',
    );
    expect(warnings(text).filter((w) => w.code === 'unreachable-grade')).toEqual([]);
    expect(warnings(text.replace('comparison: rounded, interval: 1', 'comparison: full'))).toEqual([
      expect.objectContaining({ code: 'unreachable-grade', severity: 'warning' }),
    ]);
  });
});

describe('a limit beyond the indicator’s plausible band (a record outside it is invalid)', () => {
  // hostile-26 F1, on the rule set as it now is: capacity turned to kW, scope ≤ 14, `plausible: "≥ 1000"` left as it was.
  const plausible = (
    band: string,
    extra = '  - { id: noise-three, indicator: noise, require: "≤ 35", grade: three }',
  ) =>
    stars(extra, `"[20, 70]", plausible: "${band}"`).replace(
      'criteria:',
      'scope:\n  - { id: quiet, indicator: noise, require: "≤ 40", reason: { zh: 测试, en: test } }\ncriteria:',
    );

  it('a scope item below it: every record is invalid or outside the standard, and the warning says why', () => {
    const found = warnings(plausible('≥ 45'));
    expect(found).toContainEqual(
      expect.objectContaining({
        code: 'unreachable-grade',
        en: 'the requirement noise ≤ 40 can never be met: "noise" is plausible in ≥ 45 only, and a record outside it is invalid; every record is outside the standard',
        zh: '要求“noise ≤ 40”永远不会满足：“noise”的合理范围（plausible）是 ≥ 45，超出即为无效记录；每条记录都在标准范围之外',
      }),
    );
  });

  it('at the edge: plausible ≥ 40 leaves 40 itself, > 40 leaves nothing; the range still names its own end', () => {
    const scopeWarnings = (band: string) =>
      warnings(plausible(band)).filter((w) => w.en.startsWith('the requirement noise ≤ 40'));
    expect(scopeWarnings('≥ 40')).toEqual([]);
    expect(scopeWarnings('> 40')).toHaveLength(1);
    const [high] = warnings(
      plausible('≥ 30', '  - { id: noise-three, indicator: noise, require: "≥ 75", grade: three }'),
    ).filter((w) => w.en.startsWith('the requirement noise ≥ 75'));
    expect(high!.en).toContain('can never be met: "noise" is declared in [20, 70]');
  });
});

describe('contradictory limits in one grade’s ladder', () => {
  it('warns at the later requirement, naming both, for the lowest grade: no record can be graded', () => {
    const text = stars(`  - { id: setting-max, indicator: setting, require: "≤ 40" }
  - { id: noise-three, indicator: noise, require: "≤ 40", grade: three }`);
    expect(warnings(text)).toEqual([
      {
        code: 'unreachable-grade',
        severity: 'warning',
        line: 20,
        en: 'the requirement setting ≤ 40 contradicts setting ≥ 45 ("setting-one", line 18): no value meets both, so no record can be graded',
        zh: '要求“setting ≤ 40”与第 18 行的“setting ≥ 45”（“setting-one”）互相矛盾，没有值能同时满足两者：没有记录能评上任何等级',
      },
    ]);
  });

  it('a higher grade contradicting a lower one: that grade and above can never be the result', () => {
    const text = stars('  - { id: noise-three, indicator: noise, require: "≥ 55", grade: three }');
    expect(warnings(text).map((w) => w.en)).toEqual([
      'the requirement noise ≥ 55 contradicts noise ≤ 50 ("noise-two", line 19): no value meets both, so grade "three" and every grade above it can never be the result',
    ]);
  });

  it('no warning where the limits leave a value, or under a when', () => {
    for (const extra of [
      '  - { id: noise-three, indicator: noise, require: "≥ 50", grade: three }',
      '  - { id: noise-three, indicator: noise, require: "≥ 55", grade: three, when: { setting: "> 100" } }',
    ])
      expect(warnings(stars(extra)).filter((w) => w.code === 'unreachable-grade')).toEqual([]);
  });
});

/** Noise limits from tables: a grade table by kind of unit, and a keyed table of setting times. */
const tabled = (wallThree: string, settingMin = '45', noise = '"[20, 70]"') => `${head}indicators:
  kind: { type: enum, values: [wall, floor], label: { zh: 类型, en: Kind } }
  noise: { type: number, unit: dB(A), range: ${noise}, label: { zh: 噪声, en: Noise } }
  setting: { type: number, unit: min, range: "[0, 600]", label: { zh: 初凝时间, en: Initial setting } }
grades:
  - { id: one, label: { zh: 一星, en: One star } }
  - { id: two, label: { zh: 二星, en: Two stars } }
  - { id: three, label: { zh: 三星, en: Three stars } }
tables:
  noiseMax:
    keys: [kind]
    columns: [kind, one, two, three]
    rows:
      - [floor, 60, 50, 45]
      - [wall, 60, ~, ${wallThree}]
  settingLimits:
    keys: [kind]
    columns: [kind, min]
    rows:
      - [floor, 45]
      - [wall, ${settingMin}]
criteria:
  - { id: noise, indicator: noise, require: "≤ noiseMax" }
  - { id: setting, indicator: setting, require: "≥ settingLimits.min" }
`;

describe('a limit from a table cell outside the indicator’s declared range', () => {
  it('warns at the cell, naming the table, the row and the grade it costs', () => {
    const text = tabled('15');
    expect(warnings(text)).toEqual([
      {
        code: 'unreachable-grade',
        severity: 'warning',
        line: 23,
        en: 'the requirement noise ≤ 15 in row 2 of table "noiseMax" can never be met: "noise" is declared in [20, 70]; a record this row applies to can never reach grade "three" or any grade above it',
        zh: '表“noiseMax”第 2 行的要求“noise ≤ 15”永远不会满足：“noise”声明的取值范围是 [20, 70]；此行适用的记录永远达不到等级“三星”及以上',
      },
    ]);
    const { issues } = checkRuleSet(text, { filename: 'n.yaml' });
    expect(issues[0]!.column).toBe(23);
  });

  it('a keyed table read by a requirement of the lowest grade: no record of that row can be graded', () => {
    expect(warnings(tabled('40', '700')).map((w) => [w.line, w.en, w.zh])).toEqual([
      [
        29,
        'the requirement setting ≥ 700 in row 2 of table "settingLimits" can never be met: "setting" is declared in [0, 600]; no record this row applies to can be graded',
        '表“settingLimits”第 2 行的要求“setting ≥ 700”永远不会满足：“setting”声明的取值范围是 [0, 600]；此行适用的记录都不能评上任何等级',
      ],
    ]);
  });

  it('a tolerance read from a table is checked row by row, as written with the cell', () => {
    const text = `${tabled('40')}  - { id: noise-tolerance, indicator: noise, require: "10 ± settingLimits.min" }\n`;
    expect(warnings(text.replace('[wall, 45]', '[wall, 5]')).map((w) => w.en)).toEqual([
      'the requirement noise 10 ± 5 in row 2 of table "settingLimits" can never be met: "noise" is declared in [20, 70]; no record this row applies to can be graded',
    ]);
    expect(warnings(text)).toEqual([]);
  });

  it('no warning for a row the requirement’s when rules out', () => {
    const text = tabled('40', '700').replace(
      'require: "≥ settingLimits.min" }',
      'require: "≥ settingLimits.min", when: { kind: floor } }',
    );
    expect(warnings(text)).toEqual([]);
  });

  it.each(['40', '20', 'n/a', '~'])(
    'no warning for a cell %s: a value in range meets it, or it asks nothing',
    (cell) => {
      expect(warnings(tabled(cell))).toEqual([]);
    },
  );
});

const scored = (cutoffs: string) => `${head}indicators:
  energy: { type: enum, values: ["1", "2"], label: { zh: 能效等级, en: Energy grade } }
  smart: { type: number, range: "[0, 100]", label: { zh: 智能, en: Smart } }
grades:
  - { id: one, label: { zh: 一星, en: One star } }
  - { id: two, label: { zh: 二星, en: Two stars } }
scoring:
  dimensions:
    - id: e
      label: { zh: 能效, en: Energy }
      weight: 40
      items: [{ indicator: energy, points: { "1": 100, "2": 80 } }]
    - id: s
      label: { zh: 智能, en: Smart }
      weight: 60
      items: [{ indicator: smart }]
  cutoffs: ${cutoffs}
`;

describe('a cutoff above the highest score', () => {
  it('warns at the cutoff, with the highest total', () => {
    const text = scored('{ one: 60, two: 105 }');
    expect(warnings(text)).toEqual([
      {
        code: 'unreachable-grade',
        severity: 'warning',
        line: 25,
        en: `the requirement totalScore ≥ 105 can never be met: the total score is at most 100 (its items' highest points, weighted); grade "two" and every grade above it can never be the result`,
        zh: '要求“totalScore ≥ 105”永远不会满足：总分最高为 100（各评分项的最高分加权）；等级“二星”及以上永远不会成为结果',
      },
    ]);
  });

  it('no warning for a cutoff of exactly the highest score, nor when a scored value has no range', () => {
    expect(warnings(scored('{ one: 60, two: 100 }'))).toEqual([]);
    expect(warnings(scored('{ one: 60, two: 105 }').replace('range: "[0, 100]", ', ''))).toEqual([]);
  });
});

describe('validate', () => {
  const dir = useTempDir();
  const cli = useCli();
  it('prints the warning and exits 0', async () => {
    const file = join(dir(), 'n.yaml');
    writeFileSync(file, stars('  - { id: noise-three, indicator: noise, require: "≤ 15", grade: three }'));
    const r = await cli.run(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.stderr + r.stdout).toContain('warning: the requirement noise ≤ 15 can never be met');
  });
});

describe('counts of specimens', () => {
  it('"at most 1 failing" a limit outside the range is not reported: one specimen meets it', () => {
    const text = stars('  - { id: noise-three, indicator: noise, require: "≤ 45", grade: three }')
      .replace(
        'setting: { type: number, unit: min,',
        'setting: { type: number, unit: min, range: "[0, 100]", specimens: 3,',
      )
      .replace(
        '{ id: setting-one, indicator: setting, require: "≥ 45", grade: one }',
        '{ id: setting-one, indicator: setting, require: "≥ 200", aggregate: { atMostFailing: 1 }, grade: one }',
      );
    expect(warnings(text)).toEqual([]);
  });
});
