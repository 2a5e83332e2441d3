/**
 * A number in a rule file must be one a computer can hold: `1e309` (read as
 * infinity), `.nan`, `.inf` and `1e999` from YAML, and a non-zero number
 * like `1e-400` that would silently be read as 0 are refused where they are
 * written, in a requirement, a range, a list, a tolerance, a formula, a
 * `when`, a json-rules-engine `value`, a table cell and a band. They all
 * passed `validate` before: `≥ 1e309` failed every record, `≥ 1e-400`
 * graded against 0.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';

/** A rule set whose first requirement is `require`, with extra lines for `x` and the criteria. */
function ruleText(parts: { require?: string; extra?: string; range?: string; cell?: string }): string {
  return `schemaVersion: 1
id: test/finite-numbers
version: 1.0.0
industry: test
subject: product
title: { zh: 数值, en: Numbers }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  x: { type: number, label: { zh: 甲, en: X }${parts.range ? `, range: "${parts.range}"` : ''} }
  y: { type: number, label: { zh: 乙, en: Y } }
tables:
  t: { keys: [y], columns: [y, v], rows: [["[0, 10]", ${parts.cell ?? '1'}]] }
grades:
  - { id: low, label: { zh: 低, en: Low } }
  - { id: high, label: { zh: 高, en: High } }
criteria:
  - { id: x-low, indicator: x, require: "${parts.require ?? '≥ 1'}" }
  - { id: x-high, indicator: x, grade: high, require: "≥ 20" }
${parts.extra ?? ''}`;
}

const issuesOf = (parts: Parameters<typeof ruleText>[0]) =>
  checkRuleSet(ruleText(parts), { filename: 'numbers.yaml' })
    .issues.filter((i) => i.severity !== 'warning')
    .map((i) => ({ code: i.code, line: i.line, en: i.text.en, zh: i.text.zh }));

const tooLarge = (n: string) => `${n} is too large to be a number (numbers go up to about ±1.8e308)`;
const tooSmall = (n: string) =>
  `${n} is too small: it would be read as 0 (a non-zero number is at least about 5e-324); write 0 if you mean it, or use a larger unit`;

describe('numbers written in requirement text', () => {
  // [text with N in it, place]: each place a number is read from requirement text.
  const places: [string, string][] = [
    ['≥ N', 'a limit'],
    ['[0, N]', 'a range end'],
    ['in [1, N]', 'a list item'],
    ['10 ± N', 'a tolerance'],
    ['N ± 1', 'a nominal'],
    ['≥ y + N', 'a formula'],
  ];
  const refused: [string, typeof tooLarge][] = [
    ['1.8e308', tooLarge],
    ['1e309', tooLarge],
    ['-1e309', tooLarge],
    ['1e-400', tooSmall],
    ['2e-324', tooSmall],
  ];
  const accepted = ['1.79e308', '1e308', '5e-324', '3e-324', '0e-400', '0'];

  for (const [pattern, place] of places) {
    it.each(refused)(`${place}: %s is refused`, (n, message) => {
      const issues = issuesOf({ require: pattern.replace('N', n) });
      // In a formula the minus is an operator, and the number is what follows it.
      const en = message(place === 'a formula' ? n.replace(/^-/, '') : n);
      expect(issues).toContainEqual(expect.objectContaining({ line: 18, en: expect.stringContaining(en) }));
      expect(issues[0]!.code).toMatch(/^invalid-(requirement|formula)$/);
    });
    it.each(accepted)(`${place}: %s is accepted`, (n) => {
      const issues = issuesOf({ require: pattern.replace('N', n) });
      expect(issues.filter((i) => /too (large|small)|not a number/.test(i.en))).toEqual([]);
    });
  }

  it('says so in Chinese too', () => {
    expect(issuesOf({ require: '≥ 1e309' })[0]).toMatchObject({
      code: 'invalid-requirement',
      zh: '“1e309”太大，不能作为数值（数值的绝对值最大约为 1.8×10³⁰⁸）',
    });
    expect(issuesOf({ require: '≥ 1e-400' })[0]).toMatchObject({
      zh: '“1e-400”太小，会被读作 0（不为 0 的数绝对值至少约为 5×10⁻³²⁴）；若要写 0 请直接写 0，否则请换用更大的单位',
    });
  });
});

describe('numbers YAML reads', () => {
  const jre = (v: string) =>
    `  - id: j\n    grade: high\n    condition: { fact: x, operator: greaterThan, value: ${v} }\n`;
  it.each([
    ['.nan', '".nan" is not a number (NaN); write a number'],
    ['.NaN', '".NaN" is not a number (NaN); write a number'],
    ['.inf', tooLarge('.inf')],
    ['-.inf', tooLarge('-.inf')],
    ['1e999', tooLarge('1e999')],
    ['1e-400', tooSmall('1e-400')],
  ])('a json-rules-engine value %s is refused', (v, en) => {
    expect(issuesOf({ extra: jre(v) })).toEqual([
      expect.objectContaining({ code: 'invalid-requirement', line: 22, en }),
    ]);
  });

  it.each(['1e308', '0', '0e-400', '5e-324'])('a json-rules-engine value %s is accepted', (v) => {
    expect(issuesOf({ extra: jre(v) })).toEqual([]);
  });

  it('a when value and a when list item', () => {
    const when = (v: string) =>
      `  - { id: w, indicator: x, grade: high, require: "≥ 30", when: { y: ${v} } }\n`;
    expect(issuesOf({ extra: when('.inf') })).toEqual([
      expect.objectContaining({ code: 'invalid-requirement', line: 20, en: tooLarge('.inf') }),
    ]);
    expect(issuesOf({ extra: when('[1, 1e-999]') })).toEqual([
      expect.objectContaining({ code: 'invalid-requirement', line: 20, en: tooSmall('1e-999') }),
    ]);
    expect(issuesOf({ extra: when('"≥ 1e309"') })).toEqual([
      expect.objectContaining({ code: 'invalid-requirement', line: 20, en: tooLarge('1e309') }),
    ]);
    expect(issuesOf({ extra: when('[1, 1e308]') })).toEqual([]);
  });

  it('a table cell', () => {
    // The schema takes no infinity for a number; it says so in the same words.
    expect(issuesOf({ cell: '1e999', require: '≥ t.v' })).toEqual([
      expect.objectContaining({ code: 'schema', line: 13, en: tooLarge('1e999') }),
    ]);
    expect(issuesOf({ cell: '1e-400', require: '≥ t.v' })).toEqual([
      expect.objectContaining({ code: 'invalid-requirement', line: 13, en: tooSmall('1e-400') }),
    ]);
    expect(issuesOf({ cell: '1e308', require: '≥ t.v' })).toEqual([]);
  });

  it("an indicator's range", () => {
    expect(issuesOf({ range: '[0, 1e309]' })).toEqual([
      expect.objectContaining({ code: 'invalid-band', line: 10, en: tooLarge('1e309') }),
    ]);
    expect(issuesOf({ range: '> 1e-400' })).toEqual([
      expect.objectContaining({ code: 'invalid-band', line: 10, en: tooSmall('1e-400') }),
    ]);
    expect(issuesOf({ range: '[0, 1e308]' })).toEqual([]);
    expect(issuesOf({ range: '[0, ∞)' })).toEqual([]);
  });
});

describe('limits a double does not hold as written (hostile-33 F1, F2)', () => {
  const located = (parts: Parameters<typeof ruleText>[0]) =>
    checkRuleSet(ruleText(parts), { filename: 'numbers.yaml' })
      .issues.filter((i) => i.severity !== 'warning')
      .map((i) => ({ code: i.code, line: i.line, column: i.column, en: i.text.en, zh: i.text.zh }));
  const long = (n: string, read: string) =>
    `"${n}" has more than 15 significant digits, which qgrade does not read (at 15 digits it is ${read}; compared by all its digits it may give another result): write the limit as the standard gives it (at most 15 significant digits)`;

  it('a limit in requirement text: refused at the numeral, as a data cell of those digits is', () => {
    // Read as 4.62, it was said to meet "= 4.62000000000000000001".
    expect(located({ require: '= 4.62000000000000000001' })).toEqual([
      expect.objectContaining({
        code: 'invalid-requirement',
        line: 18,
        column: 44,
        en: long('4.62000000000000000001', '4.62'),
        zh: '“4.62000000000000000001”的有效数字多于 15 位，qgrade 不读（按 15 位有效数字是 4.62，按全部数字比较可能得出另一结果）：请按标准写出限值（最多 15 位有效数字）',
      }),
    ]);
    expect(located({ require: '≥ 500.00000000000000000001 MPa' })[0]).toMatchObject({
      en: long('500.00000000000000000001', '500'),
    });
  });

  it('a table cell, a 30-digit integer, a range end and a formula', () => {
    // 500 was graded as meeting ≥ 500.00000000000000000001.
    expect(located({ cell: '500.00000000000000000001', require: '≥ t.v' })).toEqual([
      expect.objectContaining({
        code: 'invalid-requirement',
        line: 13,
        column: 55,
        en: long('500.00000000000000000001', '500'),
      }),
    ]);
    expect(located({ cell: '123456789012345678901234567890', require: '≥ t.v' })[0]).toMatchObject({
      line: 13,
      en: long('123456789012345678901234567890', '1.23456789012346e+29'),
    });
    // The largest double's 17 digits: at 15 they round past it, and are shown so, not as Infinity.
    expect(located({ require: '≥ 1.7976931348623157e308' })[0]).toMatchObject({
      en: long('1.7976931348623157e308', '1.79769313486232e+308'),
    });
    expect(located({ range: '[0, 4.99999999999999999]' })[0]).toMatchObject({
      code: 'invalid-band',
      en: long('4.99999999999999999', '5'),
    });
    expect(located({ require: '≥ y + 0.30000000000000004' })[0]).toMatchObject({
      en: expect.stringContaining(long('0.30000000000000004', '0.3')),
    });
  });

  it.each([
    '4.6200000000000000',
    '3.14159265358979',
    '100000000000000000000',
    '1e30',
    '0.000000000000000000462',
  ])('%s has at most 15 significant digits and is read', (n) => {
    const digits = (issues: ReturnType<typeof located>) => issues.filter((i) => /significant/.test(i.en));
    expect(digits(located({ require: `≥ ${n}` }))).toEqual([]);
    expect(digits(located({ cell: n, require: '≥ t.v' }))).toEqual([]);
  });

  it.each([
    ['0x190', 'hexadecimal', '400', '十六进制'],
    ['0o764', 'octal', '500', '八进制'],
    ['0b1', 'binary', '1', '二进制'],
  ])(
    'a table cell %s (YAML reads 0x and 0o as numbers) is refused: write the decimal',
    (n, name, write, zhName) => {
      expect(located({ cell: n, require: '≥ t.v' })).toEqual([
        expect.objectContaining({
          code: 'invalid-requirement',
          line: 13,
          column: 55,
          en: `"${n}" is written in ${name}; a limit is a decimal number: write "${write}"`,
          zh: `“${n}”是${zhName}写法；限值须写成十进制数：请写“${write}”`,
        }),
      ]);
    },
  );
});
