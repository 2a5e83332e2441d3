/**
 * A table the file defines but that is left out for an error reported in it
 * (its key names an indicator whose key was refused) is not "unknown" to
 * what reads it (newcomer-19 M3): the limits reading it used to get "unknown
 * table "impact"; to compare with the text impact.energy, quote it", which
 * sent the author after a table that is in the file, with wrong advice.
 * docs/cli.md (validate): what follows from a broken part is not reported again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { useCli } from '../cli/cli-harness';

const cli = useCli();
const CHINESE_KEY = 'test/fixtures/author-sweep/q355-chinese-key.yaml';
const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const issuesOf = (text: string) =>
  checkRuleSet(text, { filename: 'q355.yaml' }).issues.map((i) => [i.code, i.line, i.column, i.text.en]);

describe('an indicator key in Chinese, and the table keyed by its English name', () => {
  it('the refused key, the table key and the criterion naming it; nothing on the limits reading the table', () => {
    expect(issuesOf(read(CHINESE_KEY))).toEqual([
      [
        'schema',
        38,
        3,
        '"冲击温度" cannot be a name: names are ASCII letters, digits and "_", starting with a letter; the Chinese goes in "label", e.g. moisture: { label: { zh: 水分, en: Moisture } }',
      ],
      ['unknown-indicator', 78, 12, 'unknown indicator "impactTemperature"'],
      ['unknown-indicator', 85, 16, 'unknown indicator or derived value "impactTemperature"'],
    ]);
  });

  it('validate --lang zh prints three lines, none about an unknown table', async () => {
    const run = await cli.run(['--lang', 'zh', 'validate', CHINESE_KEY]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      `${CHINESE_KEY}:38:3: “冲击温度”不能用作名称：名称只能用英文字母、数字和 "_"，以英文字母开头（汉字不算字母）；中文名称写在“label”中，如 moisture: { label: { zh: 水分, en: Moisture } }`,
      `${CHINESE_KEY}:78:12: 未知指标“impactTemperature”`,
      `${CHINESE_KEY}:85:16: 未知的指标或派生值“impactTemperature”`,
    ]);
    expect(run.stderr).toContain('检查了 1 个文件，发现 3 个问题');
  });
});

// The same file with the indicator named right: each table is broken on its own below.
const SOUND = read(CHINESE_KEY).replace('  冲击温度:\n', '  impactTemperature:\n');

describe('a table left out for its own error', () => {
  it('the sound file loads', () => {
    expect(checkRuleSet(SOUND).issues).toEqual([]);
  });

  it('a grade table read as a whole limit ("≤ testTemperature"): only the table\'s error', () => {
    const text = SOUND.replace(
      'keys: [designation]\n    columns: [designation, B, C, D, E, F]\n    rows:\n      - [Q355, 20',
      'keys: [designaton]\n    columns: [designation, B, C, D, E, F]\n    rows:\n      - [Q355, 20',
    );
    expect(text).not.toBe(SOUND);
    expect(issuesOf(text)).toEqual([
      ['unknown-indicator', 59, 12, 'unknown indicator "designaton"; did you mean "designation"?'],
    ]);
  });

  it("a table read by a derived value's formula and by limits: only the table's error", () => {
    const text = SOUND.replace('keys: [impactTemperature]', 'keys: [impactTemp]')
      .replace('    require: "≥ 0.7 * impact.energy"', '    require: "≥ floor"')
      .replace(
        '\ntables:',
        '\nderived:\n  floor:\n    formula: 0.7 * impact.energy\n    unit: J\n    label: { zh: 单个值下限, en: Single floor }\ntables:',
      );
    expect(issuesOf(text)).toEqual([
      ['unknown-indicator', 83, 12, 'unknown indicator "impactTemp"; did you mean "impactTemperature"?'],
    ]);
  });

  it('a table read as a value in a formula ("0.7 * impact"): only the table\'s error', () => {
    const text = SOUND.replace('keys: [impactTemperature]', 'keys: [impactTemp]').replace(
      '"≥ 0.7 * impact.energy"',
      '"≥ 0.7 * impact"',
    );
    expect(issuesOf(text)).toEqual([
      ['unknown-indicator', 78, 12, 'unknown indicator "impactTemp"; did you mean "impactTemperature"?'],
    ]);
  });

  it('a table not in the file is still unknown, with the hint on quoting', () => {
    const text = SOUND.replace('"≥ 0.7 * impact.energy"', '"≥ 0.7 * impcat.energy"');
    expect(issuesOf(text)).toEqual([
      [
        'invalid-requirement',
        107,
        23,
        'limit of "impactEnergy": unknown table "impcat"; to compare with the text impcat.energy, quote it: "impcat.energy"',
      ],
    ]);
  });
});
