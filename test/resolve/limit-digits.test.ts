/**
 * A limit that is not a multiple of the rounding interval it is compared at.
 * Under `comparison: rounded` with `interval: 0.1`, `≥ 4.625` validated clean,
 * yet values are rounded to 0.1 first, so 4.625 itself fails and the limit
 * acts as ≥ 4.7. It is now a warning (the rule set still loads), at the limit.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { useCli, useTempDir } from '../cli/cli-harness';

function ruleText(require: string, interval = '0.1', extra = ''): string {
  return `schemaVersion: 1
id: test/limit-digits
version: 1.0.0
industry: test
subject: product
title: { zh: 限值位数, en: Limit digits }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
comparison: rounded
indicators:
  x: { type: number, unit: MPa, range: "≥ 0", label: { zh: 强度, en: Strength } }
  y: { type: number, unit: MPa, range: "≥ 0", label: { zh: 硬度, en: Hardness } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
  - { id: good, label: { zh: 良好, en: Good } }
${extra}criteria:
  - { id: c, indicator: x, require: "${require}", interval: ${interval} }
  - { id: g, indicator: y, require: "≥ 9", grade: good }
`;
}

const warningsOf = (text: string) => {
  const { ruleSet, issues } = checkRuleSet(text, { filename: 't.yaml' });
  expect(ruleSet).toBeDefined();
  return issues.map((i) => ({
    code: i.code,
    severity: i.severity,
    line: i.line,
    column: i.column,
    en: i.text.en,
    zh: i.text.zh,
  }));
};

/** The column (1-based) of `mark` in the line holding the requirement `require`. */
function columnOf(text: string, require: string, mark: string): { line: number; column: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(`require: "${require}"`));
  return { line: line + 1, column: lines[line]!.indexOf(`"${require}"`) + 2 + require.indexOf(mark) };
}

describe('a limit finer than its rounding interval is a warning saying what it acts as', () => {
  it.each([
    ['≥ 4.625', '0.1', '4.625', '"≥ 4.625" acts as "≥ 4.7"', '“≥ 4.625”实际相当于“≥ 4.7”'],
    ['> 4.625', '0.1', '4.625', '"> 4.625" acts as "≥ 4.7"', '“> 4.625”实际相当于“≥ 4.7”'],
    ['≤ 4.625', '0.1', '4.625', '"≤ 4.625" acts as "≤ 4.6"', '“≤ 4.625”实际相当于“≤ 4.6”'],
    ['≥ 4.6', '0.5', '4.6', '"≥ 4.6" acts as "≥ 5.0"', '“≥ 4.6”实际相当于“≥ 5.0”'],
    ['≥ -4.625', '0.1', '-4.625', '"≥ -4.625" acts as "≥ -4.6"', '“≥ -4.625”实际相当于“≥ -4.6”'],
    [
      '= 4.625',
      '0.1',
      '4.625',
      '"= 4.625" acts as a requirement no value meets',
      '“= 4.625”实际相当于永远不满足的要求',
    ],
    [
      '[4.625, 9.99]',
      '0.1',
      '4.625',
      '"[4.625, 9.99]" acts as "[4.7, 9.9]"',
      '“[4.625, 9.99]”实际相当于“[4.7, 9.9]”',
    ],
    [
      '(4.6, 9.99)',
      '0.1',
      '9.99',
      '"(4.6, 9.99)" acts as "(4.6, 9.9]"',
      '“(4.6, 9.99)”实际相当于“(4.6, 9.9]”',
    ],
  ])('%s at interval %s', (require, interval, limit, en, zh) => {
    const text = ruleText(require, interval);
    expect(warningsOf(text)).toEqual([
      {
        code: 'limit-finer-than-interval',
        severity: 'warning',
        ...columnOf(text, require, limit),
        en: `the limit ${limit} is not a multiple of the rounding interval ${interval}: the value is rounded to a multiple of ${interval} before it is compared, so ${en}`,
        zh: `限值 ${limit} 不是修约间隔 ${interval} 的整数倍：取值先修约到 ${interval} 的整数倍再比较，因此${zh}`,
      },
    ]);
  });

  it.each([
    ['≥ 4.6', '0.1'],
    ['≥ 4.60', '0.1'],
    ['≥ 4.5', '0.5'],
    ['≥ 5', '0.1'],
    ['[4.6, 9.9]', '0.1'],
  ])('no warning for %s at interval %s: a multiple', (require, interval) => {
    expect(warningsOf(ruleText(require, interval))).toEqual([]);
  });

  it('no warning without an interval: the value is rounded to the limit as written', () => {
    expect(warningsOf(ruleText('≥ 4.625').replace(', interval: 0.1', ''))).toEqual([]);
  });

  it('a grade-table cell: once, at the cell', () => {
    const table = `tables:
  t:
    keys: [x]
    columns: [x, ok, good]
    rows:
      - ["≥ 0", 4.625, 9]
`;
    const text = ruleText('≥ t', '0.1', table).replace(/ {2}- \{ id: g,.*\n/, '');
    const issues = warningsOf(text);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'limit-finer-than-interval',
        severity: 'warning',
        line: text.split('\n').findIndex((l) => l.includes('4.625')) + 1,
        en: expect.stringContaining('so "≥ 4.625" acts as "≥ 4.7"'),
      }),
    ]);
  });
});

describe('qgrade validate', () => {
  const cli = useCli();
  const dir = useTempDir();

  it('prints the warning and exits 0', async () => {
    const file = join(dir(), 'digits.yaml');
    writeFileSync(file, ruleText('≥ 4.625'));
    const r = await cli.run(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).toContain(
      'warning: the limit 4.625 is not a multiple of the rounding interval 0.1',
    );
  });
});
