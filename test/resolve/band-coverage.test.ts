/**
 * A table's numeric key left uncovered (docs-tutorial-28 W1, W2): built-in dishwashers with only the `(8, 16]` band,
 * or no scope above the last band `(8, 16]`, matched no row and graded superior on any energy, and `validate` was
 * silent. It now warns (`band-gap`) at the table's rows; values the scope, `range` or `when`s rule out are not missing.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const FULL = `      - [独立式, "≤ 8", 0.110, 0.090]
      - [独立式, "(8, 16]", 0.095, 0.075]
      - [嵌入式, "≤ 8", 0.105, 0.085]
      - [嵌入式, "(8, 16]", 0.090, 0.070]`;

const IN_SCOPE = (require: string) =>
  `scope:\n  - { id: in-scope, indicator: placeSettings, require: "${require}", reason: { zh: 不适用, en: not covered } }\n`;

/** Dishwashers graded on energy per place setting from a table keyed by installation and place settings. */
const dishwasher = ({
  rows = FULL,
  scope = IN_SCOPE('≤ 16'),
  range = '> 0',
  type = 'integer',
  when = '',
  keys = '[installation, placeSettings]',
} = {}) => `${ruleFileHeader('test/band-coverage', { zh: '洗碗机', en: 'Dishwashers' })}indicators:
  installation: { type: enum, values: [独立式, 嵌入式], label: { zh: 安装方式, en: Installation } }
  placeSettings: { type: ${type}, range: "${range}", label: { zh: 额定洗涤套数, en: Place settings } }
  energyPerSetting: { type: number, range: "> 0", label: { zh: 每套耗电量, en: Energy per setting } }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
  - { id: superior, label: { zh: 优等品, en: Superior } }
${scope}tables:
  energyLimits:
    keys: ${keys}
    columns: ${keys.replace(']', ', qualified, superior]')}
    rows:
${rows}
criteria:
  - id: energy
    indicator: energyPerSetting
    require: "≤ energyLimits"${when}
`;

/** The same table keyed by place settings alone. */
const byCount = (rows: string, options: Parameters<typeof dishwasher>[0] = {}) =>
  dishwasher({ ...options, keys: '[placeSettings]', rows });

const check = (text: string) => {
  const { ruleSet, issues } = checkRuleSet(text, { filename: 'd.yaml' });
  expect(ruleSet, issues.map((i) => i.message).join('\n')).toBeDefined();
  // A required value read only under a `when` is warned about too; here the checks of this file are at issue
  // (test/resolve/required-beyond-when-43.test.ts has that warning's own).
  return issues.filter((i) => i.code !== 'required-beyond-when');
};
const messages = (text: string) => check(text).map((i) => i.text.en);

describe('a combination of enum values whose bands cover less of the numeric key than other rows', () => {
  const noBuiltInSmall = FULL.replace('      - [嵌入式, "≤ 8", 0.105, 0.085]\n', '');

  it('warns at the rows, naming the combination and the band left out, in both languages', async () => {
    const text = dishwasher({ rows: noBuiltInSmall });
    const issues = check(text);
    const line = text.split('\n').findIndex((l) => l.trim() === 'rows:') + 1;
    expect(issues.map((i) => ({ code: i.code, severity: i.severity, line: i.line }))).toEqual([
      { code: 'band-gap', severity: 'warning', line },
    ]);
    expect(issues[0]!.text.en).toBe(
      `table "energyLimits" has no row for installation 嵌入式 with placeSettings ≤ 8, which other rows' bands hold: a record with that combination matches no row, so the table's requirements are not applicable to it and never hold its grade back; add a row for it (n/a in the columns of grades it cannot have), or keep such records out with "scope" or the "when" of the requirements reading the table`,
    );
    expect(issues[0]!.text.zh).toBe(
      '表“energyLimits”没有“installation”为“嵌入式”且“placeSettings ≤ 8”的行，而其他行的区间有这样的值：这样的记录不匹配任何行，此表的要求对它判为不适用，从不限制它的等级；请为它加一行（没有的等级写 n/a），或用“scope”或读取此表的要求的“when”把这样的记录排除',
    );
    // What the warning is about: 6 built-in settings at 0.5 kWh each grade superior.
    const grader = createGrader(checkRuleSet(text).ruleSet!);
    const result = await grader.grade({ installation: '嵌入式', placeSettings: 6, energyPerSetting: 0.5 });
    expect(result.grade).toBe('superior');
  });

  it('names each part left out, and each combination short of one, in one warning', () => {
    // Built-in has (8, 12] only: ≤ 8 and (12, 16] are left out; free-standing has everything.
    const rows = noBuiltInSmall.replace('[嵌入式, "(8, 16]"', '[嵌入式, "(8, 12]"');
    expect(messages(dishwasher({ rows }))).toEqual([
      expect.stringContaining(
        'has no row for installation 嵌入式 with placeSettings ≤ 8 or placeSettings (12, 16], which other rows',
      ),
    ]);
    const zh = check(dishwasher({ rows }))[0]!.text.zh;
    expect(zh).toContain(
      '没有“installation”为“嵌入式”且“placeSettings ≤ 8”或“placeSettings”在 (12, 16] 内的行',
    );
    // Each installation short of the other's band.
    const crossed = FULL.replace('      - [独立式, "(8, 16]", 0.095, 0.075]\n', '').replace(
      '      - [嵌入式, "≤ 8", 0.105, 0.085]\n',
      '',
    );
    expect(messages(dishwasher({ rows: crossed }))).toEqual([
      expect.stringContaining(
        'has no row for installation 独立式 with placeSettings (8, 16], installation 嵌入式 with placeSettings ≤ 8, which other rows',
      ),
    ]);
  });

  it('no warning when the scope or every requirement reading the table rules the combination out', () => {
    const rows = noBuiltInSmall;
    // Built-in units out of the standard.
    const scope = `${IN_SCOPE('≤ 16')}  - { id: free-standing, indicator: installation, require: '≠ "嵌入式"', reason: { zh: 不适用, en: not covered } }\n`;
    expect(check(dishwasher({ rows, scope }))).toEqual([]);
    // The table read for free-standing units only, or for more than 8 settings only.
    expect(check(dishwasher({ rows, when: '\n    when: { installation: 独立式 }' }))).toEqual([]);
    expect(messages(dishwasher({ rows, when: '\n    when: { placeSettings: "> 8" }' }))).toEqual([]);
    // A scope that starts above the band left out.
    expect(check(dishwasher({ rows, scope: IN_SCOPE('(8, 16]') }))).toEqual([
      expect.objectContaining({ code: 'unreachable-band' }),
    ]);
  });

  it('no warning when every combination has the same bands, or the enum values come as a list', () => {
    expect(check(dishwasher())).toEqual([]);
    expect(
      check(
        dishwasher({
          rows: '      - [[独立式, 嵌入式], "≤ 8", 0.110, 0.090]\n      - [[独立式, 嵌入式], "(8, 16]", 0.095, 0.075]',
        }),
      ),
    ).toEqual([]);
  });

  it('a combination with no row at all is warned about once, as before', () => {
    const rows = FULL.split('\n')
      .filter((r) => r.includes('独立式'))
      .join('\n');
    expect(messages(dishwasher({ rows }))).toEqual([
      expect.stringContaining('has no row for installation 嵌入式: a record with that value matches no row'),
    ]);
  });
});

describe('values a graded record can have beyond every band of the numeric key', () => {
  it('warns when range "> 0" and no scope reach past the last band, naming the part and saying nothing keeps it out', async () => {
    const text = dishwasher({ scope: '' });
    const issues = check(text);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['band-gap', 'warning']]);
    expect(issues[0]!.text.en).toBe(
      `table "energyLimits" has no row for placeSettings > 16, which a graded record can have (nothing in "range", "plausible" or "scope" keeps it out): such a record matches no row, so the table's requirements are not applicable to it and never hold its grade back; add a row for it (n/a in the columns of grades it cannot have), or keep such records out with "scope" ("range" for values the indicator cannot take), e.g. under "scope:" - { id: placeSettings-in-table, indicator: placeSettings, require: "≤ 16", reason: { zh: …, en: … } }`,
    );
    expect(issues[0]!.text.zh).toBe(
      '表“energyLimits”没有“placeSettings > 16”的行，而可分级的记录可以取这样的值（“range”“plausible”和“scope”都没有把它排除）：这样的记录不匹配任何行，此表的要求对它判为不适用，从不限制它的等级；请加一行（没有的等级写 n/a），或用“scope”把这样的记录排除在标准之外（指标不可能取的值用“range”排除），如在“scope:”下写 - { id: placeSettings-in-table, indicator: placeSettings, require: "≤ 16", reason: { zh: …, en: … } }',
    );
    // fix-texts3: the scope item the warning gives, with its reason written, leaves no warning.
    const scoped = text.replace(
      'criteria:',
      'scope:\n  - { id: placeSettings-in-table, indicator: placeSettings, require: "≤ 16", reason: { zh: 超出范围, en: Out of range } }\ncriteria:',
    );
    expect(scoped).not.toBe(text);
    expect(check(scoped)).toEqual([]);
    // What the warning is about: 17 settings at 3 kWh each grade superior.
    const grader = createGrader(checkRuleSet(text).ruleSet!);
    const result = await grader.grade({ installation: '独立式', placeSettings: 17, energyPerSetting: 3 });
    expect(result.grade).toBe('superior');
  });

  it('a last band ending at the scope limit: no warning; one unit short, or its end left out: a warning', () => {
    const rows = (last: string) => `      - ["≤ 8", 0.110, 0.090]\n      - ["${last}", 0.095, 0.075]`;
    expect(check(byCount(rows('(8, 16]')))).toEqual([]);
    // Above the scope's limit is out of scope, not missing.
    expect(check(byCount(rows('> 8')))).toEqual([]);
    expect(messages(byCount(rows('(8, 15]')))).toEqual([
      expect.stringContaining('has no row for placeSettings (15, 16], which a graded record can have: such'),
    ]);
    expect(messages(byCount(rows('(8, 16)')))).toEqual([
      expect.stringContaining('has no row for placeSettings = 16, which a graded record can have: such'),
    ]);
    // Open and closed ends that meet: a scope "< 16" leaves 16 out as the band "(8, 16)" does.
    expect(check(byCount(rows('(8, 16)'), { type: 'number', scope: IN_SCOPE('< 16') }))).toEqual([]);
    expect(messages(byCount(rows('(8, 16)'), { type: 'number' }))).toEqual([
      expect.stringContaining('has no row for placeSettings = 16,'),
    ]);
  });

  it('the lower end: the range holds the first band, or leaves a value below it', () => {
    const rows = (first: string) => `      - ["${first}", 0.110, 0.090]\n      - ["(8, 16]", 0.095, 0.075]`;
    expect(check(byCount(rows('(0, 8]')))).toEqual([]);
    expect(messages(byCount(rows('(0, 8]'), { range: '≥ 0' }))).toEqual([
      expect.stringContaining('has no row for placeSettings = 0, which a graded record can have: such'),
    ]);
    // An integer key has no value between 0 and 1; a number has.
    expect(check(byCount(rows('[1, 8]')))).toEqual([]);
    expect(messages(byCount(rows('[1, 8]'), { type: 'number' }))).toEqual([
      expect.stringContaining('has no row for placeSettings (0, 1), which a graded record can have: such'),
    ]);
    // No range at all: both ends are open.
    expect(messages(byCount(rows('[1, 8]'), { range: '', scope: '' }).replace(', range: ""', ''))).toEqual([
      expect.stringContaining(
        'has no row for placeSettings < 1 or placeSettings > 16, which a graded record can have (nothing in "range", "plausible" or "scope" keeps it out)',
      ),
    ]);
  });

  it('no warning where no requirement reading the table applies', () => {
    expect(check(dishwasher({ scope: '', when: '\n    when: { placeSettings: "≤ 16" }' }))).toEqual([]);
  });

  it('no numeric key: nothing about bands', () => {
    const enumOnly = dishwasher({
      keys: '[installation]',
      rows: '      - [独立式, 0.110, 0.090]\n      - [嵌入式, 0.105, 0.085]',
      scope: '',
    });
    expect(check(enumOnly)).toEqual([]);
  });
});
