/**
 * A scoring number read otherwise than written is refused at its line:column, as a limit is since hostile-33
 * F1/F2: more than 15 significant digits, or YAML's hexadecimal and octal integers. Weights (dimension, item),
 * points (a map's values, a band list's scores), cutoffs and minimums; they all passed `validate` before, and
 * `100.00000000000000000001` was then shown as written.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';

function ruleText(n: Partial<Record<'dim' | 'item' | 'yes' | 'band' | 'cutoff' | 'min', string>>): string {
  return `schemaVersion: 1
id: enterprise/scoring-numbers
version: 0.1.0
industry: enterprise
subject: enterprise
title: { zh: 评分数值, en: Scoring numbers }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  a: { type: number, range: "[0, 100]", label: { zh: 数据采集率, en: Data collection } }
  c: { type: boolean, label: { zh: 认证, en: Certified } }
  r: { type: number, range: "[0, 100]", label: { zh: 合格率, en: Pass rate } }
grades:
  - { id: l1, label: { zh: 一级, en: L1 } }
  - { id: l2, label: { zh: 二级, en: L2 } }
scoring:
  dimensions:
    - id: dimD
      label: { zh: 数字化, en: Digital }
      weight: ${n.dim ?? '100'}
      items:
        - { indicator: a, weight: ${n.item ?? '50'} }
        - { indicator: c, weight: 25, points: { true: ${n.yes ?? '100'}, false: 0 } }
        - indicator: r
          weight: 25
          points:
            - ["≥ 99", ${n.band ?? '100'}]
            - ["< 99", 50]
  cutoffs: { l2: ${n.cutoff ?? '60'} }
  minimums: { l2: { dimD: ${n.min ?? '50'} } }
`;
}

const problems = (n: Parameters<typeof ruleText>[0]) =>
  checkRuleSet(ruleText(n), { filename: 'scoring.yaml' })
    .issues.filter((i) => i.severity !== 'warning')
    .map((i) => ({ code: i.code, line: i.line, column: i.column, en: i.text.en, zh: i.text.zh }));

const long = (n: string, read: string, noun: string) =>
  `"${n}" has more than 15 significant digits, which qgrade does not read (at 15 digits it is ${read}; compared by all its digits it may give another result): write the ${noun} as the standard gives it (at most 15 significant digits)`;

describe('scoring numbers a double does not hold as written', () => {
  it('the rule set as written is valid', () => {
    expect(problems({})).toEqual([]);
  });

  it.each([
    ['dim', 20, 15, 'weight'],
    ['item', 22, 35, 'weight'],
    ['yes', 23, 55, 'score'],
    ['band', 27, 24, 'score'],
    ['cutoff', 29, 18, 'cutoff'],
    ['min', 30, 27, 'minimum'],
  ] as const)(
    '%s: 16+ significant digits refused at line:column, as invalid-scoring',
    (where, line, column, noun) => {
      const n = '60.0000000000000000001';
      expect(problems({ [where]: n })).toEqual([
        {
          code: 'invalid-scoring',
          line,
          column,
          en: long(n, '60', noun),
          zh: expect.stringContaining('的有效数字多于 15 位'),
        },
      ]);
    },
  );

  it('hexadecimal and octal: refused with the decimal to write, zh and en', () => {
    expect(problems({ item: '0x32' })).toEqual([
      {
        code: 'invalid-scoring',
        line: 22,
        column: 35,
        en: '"0x32" is written in hexadecimal; a weight is a decimal number: write "50"',
        zh: '“0x32”是十六进制写法；权重须写成十进制数：请写“50”',
      },
    ]);
    expect(problems({ band: '0o144' })[0]).toMatchObject({
      en: '"0o144" is written in octal; a score is a decimal number: write "100"',
      zh: '“0o144”是八进制写法；分数须写成十进制数：请写“100”',
    });
    expect(problems({ dim: '100.00000000000000000001' })[0]?.zh).toBe(
      '“100.00000000000000000001”的有效数字多于 15 位，qgrade 不读（按 15 位有效数字是 100，按全部数字比较可能得出另一结果）：请按标准写出权重（最多 15 位有效数字）',
    );
  });

  it('15 digits and zeros at the end are read', () => {
    expect(
      problems({ item: '50.0000000000000000000', cutoff: '60.0000000000001', yes: '99.9999999999999' }),
    ).toEqual([]);
  });
});
