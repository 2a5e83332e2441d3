import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';

// The air-conditioner rule set with its APF table's first row edited, as a newcomer might write it.
const AC = readFileSync('rules/home-appliances/room-air-conditioner-energy.yaml', 'utf8');
const ROW = /- \["≤ 4500", 5\.00, 4\.50, 4\.00, 3\.50, 3\.30\]/;

function issuesWithRow(row: string) {
  expect(AC).toMatch(ROW);
  const text = AC.replace(ROW, row);
  const line = text.split('\n').findIndex((l) => l.includes(row)) + 1;
  const { issues } = checkRuleSet(text, { filename: 'ac.yaml' });
  return { issues, line, column: text.split('\n')[line - 1]!.indexOf(row) + 1 };
}

describe('a table cell that is text where its column holds numbers', () => {
  it.each([
    ['"≥5.00"', '≥5.00'],
    ['"5.00 W/W"', '5.00 W/W'],
  ])('%s is reported at that cell, saying what it is, in both languages', (cell, text) => {
    const row = `- ["≤ 4500", ${cell}, 4.50, 4.00, 3.50, 3.30]`;
    const { issues, line, column } = issuesWithRow(row);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'table-shape',
        line,
        column: column + row.indexOf(cell),
        text: {
          en: `column "1" mixes text and number values: row 1 has the text "${text}"; a limit cell holds the number alone, e.g. 5.00`,
          zh: `列“1”混有文本和数值两类值：第 1 行的“${text}”是文本；限值单元格只写数值，如 5.00`,
        },
      }),
    ]);
  });

  it.each([
    [
      '"５.００"',
      '"５.００" has the full-width characters "５" (U+FF15), "０" (U+FF10): write ASCII "5.00"',
      '“５.００”含全角字符“５”（U+FF15）、“０”（U+FF10）：请写半角的“5.00”',
    ],
    [
      '５.００',
      '"５.００" has the full-width characters "５" (U+FF15), "０" (U+FF10): write ASCII "5.00"',
      '“５.００”含全角字符“５”（U+FF15）、“０”（U+FF10）：请写半角的“5.00”',
    ],
    [
      '"1,000"',
      '"1,000" has "," as a digit-group separator; a limit is written without one: write "1000"',
      '“1,000”用“,”作千位分隔符；限值不写分隔符：请写“1000”',
    ],
    // newcomer-27 M35: a decimal comma; "1,700" stays a digit group (above).
    [
      '"5,00"',
      '"5,00" has "," as the decimal mark; a limit is written with ".": write "5.00"',
      '“5,00”用“,”作小数点；限值的小数点写作“.”：请写“5.00”',
    ],
    [
      '"0x61"',
      '"0x61" is written in hexadecimal; a limit is a decimal number: write "97"',
      '“0x61”是十六进制写法；限值须写成十进制数：请写“97”',
    ],
  ])('%s, a number written wrong, is named at that cell with what to write', (cell, en, zh) => {
    const row = `- ["≤ 4500", ${cell}, 4.50, 4.00, 3.50, 3.30]`;
    const { issues, line, column } = issuesWithRow(row);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'invalid-requirement',
        line,
        column: column + row.indexOf(cell),
        text: { en, zh },
      }),
    ]);
  });

  // newcomer-27 M53: the quotes are what to remove, as a suite case's input is told.
  it('a number in quotes among numbers is told to lose its quotes, at that cell, in both languages', () => {
    const row = '- ["≤ 4500", "5.00", 4.50, 4.00, 3.50, 3.30]';
    const { issues, line, column } = issuesWithRow(row);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'table-shape',
        line,
        column: column + row.indexOf('"5.00"'),
        text: {
          en: 'column "1" mixes text and number values: row 1 has "5.00", which is text in quotes: remove the quotes and write 5.00',
          zh: '列“1”混有文本和数值两类值：第 1 行的“5.00”是加了引号的文本：请去掉引号，写作 5.00',
        },
      }),
    ]);
    // Unquoted, the row is valid.
    expect(issuesWithRow('- ["≤ 4500", 5.00, 4.50, 4.00, 3.50, 3.30]').issues).toEqual([]);
  });

  it('every cell of a column quoted: the criterion says a number in quotes is text', () => {
    const text = AC.replace(
      /(- \["[^"]+"), ([\d.]+), ([\d.]+), ([\d.]+), ([\d.]+), ([\d.]+)\]/g,
      '$1, "$2", $3, $4, $5, $6]',
    );
    const issues = checkRuleSet(text, { filename: 'ac.yaml' }).issues.filter(
      (i) => i.code === 'type-mismatch',
    );
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.text).toEqual({
      en: '"apf" is a number, but its limit is text; a number in quotes ("5.00") is text: write it without them',
      zh: '“apf”是数值，但它的限值是文本；加了引号的数（如 "5.00"）是文本，请去掉引号',
    });
  });
});
