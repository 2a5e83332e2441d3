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

/** `cell` as the first limit of row 1 gives one issue, `code`, at that cell, with `text`. */
function expectIssueAt(cell: string, code: string, text: { en: string; zh: string }) {
  const row = `- ["≤ 4500", ${cell}, 4.50, 4.00, 3.50, 3.30]`;
  const { issues, line, column } = issuesWithRow(row);
  expect(issues).toEqual([expect.objectContaining({ code, line, column: column + row.indexOf(cell), text })]);
}

/** Text among numbers: the issue at that cell, with what to write. */
function expectTextAmongNumbers(cell: string, text: string, write: { en: string; zh: string }) {
  expectIssueAt(cell, 'table-shape', {
    en: `column "1" mixes text and number values: row 1 has the text "${text}"; a limit cell holds the number alone: ${write.en}`,
    zh: `列“1”混有文本和数值两类值：第 1 行的“${text}”是文本；限值单元格只写数值：${write.zh}`,
  });
}

describe('a table cell that is text where its column holds numbers', () => {
  it.each([
    ['"≥5.00"', '≥5.00', '5.00'],
    ['"5.00 W/W"', '5.00 W/W', '5.00'],
    // fix-texts3: a share copied with its sign (flat glass, 86%) was told "e.g. 5.00", not the number to write.
    ['86%', '86%', '86'],
  ])(
    '%s is reported at that cell, saying what it is and the number to write, in both languages',
    (cell, text, number) =>
      expectTextAmongNumbers(cell, text, { en: `write ${number}`, zh: `请写 ${number}` }),
  );

  // hostile-37 M2: `1:20` was told "write 1", a guess (YAML 1.1 read it as 80; a ratio would be 0.05).
  it.each([
    ['1:20', '1:20'],
    ['"5.00/4.50"', '5.00/4.50'],
    ['"4.5~5.0"', '4.5~5.0'],
    ['"≥ 4.5, 5.0"', '≥ 4.5, 5.0'],
  ])(
    '%s, two numbers in one cell, names neither: the number the standard gives, in both languages',
    (cell, text) =>
      expectTextAmongNumbers(cell, text, {
        en: 'write the number the standard gives for this cell',
        zh: '请写标准为这一格给出的那个数值',
      }),
  );

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
  ])('%s, a number written wrong, is named at that cell with what to write', (cell, en, zh) =>
    expectIssueAt(cell, 'invalid-requirement', { en, zh }),
  );

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

  it('every cell of a column quoted: the criterion names the column and its first quoted cell (hostile-45)', () => {
    const text = AC.replace(
      /(- \["[^"]+"), ([\d.]+), ([\d.]+), ([\d.]+), ([\d.]+), ([\d.]+)\]/g,
      '$1, "$2", $3, $4, $5, $6]',
    );
    const issues = checkRuleSet(text, { filename: 'ac.yaml' }).issues.filter(
      (i) => i.code === 'type-mismatch',
    );
    expect(issues.length).toBeGreaterThan(0);
    // The row's line is the bundled file's: only its place in the message is asserted.
    expect(issues[0]!.text.en).toMatch(
      /^"apf" is a number, but column "1" of table "apfLimits" holds text: line \d+ has "5\.00", which is text in quotes: remove the quotes and write 5\.00$/,
    );
    expect(issues[0]!.text.zh).toMatch(
      /^“apf”是数值，但表“apfLimits”的列“1”是文本：第 \d+ 行的“5\.00”是加了引号的文本：请去掉引号，写作 5\.00$/,
    );
  });
});

// hostile-29 M4: `4OO` read as text made the criterion's limit text, told at the criterion as "a number in quotes".
describe('a limit cell typed with the letter O for a zero', () => {
  it.each([
    ['5.OO', '5.00'],
    ['4O', '40'],
  ])('%s is told at its cell, "did you mean %s", and nothing else', (cell, meant) => {
    const row = `- ["≤ 4500", ${cell}, 4.50, 4.00, 3.50, 3.30]`;
    const { issues, line, column } = issuesWithRow(row);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([
      expect.objectContaining({
        line,
        column: column + row.indexOf(cell),
        text: {
          en: `"${cell}" has the letter O where a 0 seems meant: did you mean ${meant}? Write ${meant}`,
          zh: `“${cell}”中的 O 是字母，不是数字 0：是否应为 ${meant}？请写 ${meant}`,
        },
      }),
    ]);
  });

  it.each(['"O"', '"5 Ohm"', '"5.0 O"'])('%s is text, told as before (no "did you mean")', (cell) => {
    const { issues } = issuesWithRow(`- ["≤ 4500", ${cell}, 4.50, 4.00, 3.50, 3.30]`);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.map((i) => i.text.en).join('\n')).not.toContain('did you mean');
  });
});

// hostile-27 M6, newcomer-27 M35: in [ ] a comma with no space after it separates cells, so `5,00` is two cells.
describe('a number a comma split into cells of a row in brackets', () => {
  const told = (row: string) => {
    const { issues, line, column } = issuesWithRow(row);
    return issues.map((i) => ({ line: i.line - line, column: i.column - column, code: i.code, ...i.text }));
  };

  it('a decimal comma (two digits after it) is told at its first cell, with the decimal to write', () => {
    const row = '- ["≤ 4500", 5,00, 4.50, 4.00, 3.50, 3.30]';
    expect(told(row)).toEqual([
      {
        line: 0,
        column: row.indexOf('5,00'),
        code: 'table-shape',
        en: 'row 1: "5,00" is read as the two cells 5 and 00, as a comma separates the cells in [ ] (the row has 7 cells; the table has 6 columns): if it is one number with a decimal comma, write 5.00 (a decimal point)',
        zh: '第 1 行：方括号 [ ] 中的逗号分隔单元格，“5,00”被读作 5、00 两个单元格（该行有 7 个单元格，表有 6 列）；若它是一个用“,”作小数点的数，请写 5.00（小数点写作“.”）',
      },
    ]);
  });

  it('three digits after the comma: both readings, the decimal and the thousands', () => {
    const row = '- ["≤ 4500", 5.00, 4.50, 4.00, 3,500, 3.30]';
    expect(told(row)).toEqual([
      expect.objectContaining({
        column: row.indexOf('3,500'),
        en: 'row 1: "3,500" is read as the two cells 3 and 500, as a comma separates the cells in [ ] (the row has 7 cells; the table has 6 columns): if it is one number, write 3.500 if "," is its decimal mark, or 3500 if "," separates thousands (a number is written without one)',
        zh: '第 1 行：方括号 [ ] 中的逗号分隔单元格，“3,500”被读作 3、500 两个单元格（该行有 7 个单元格，表有 6 列）；若它是一个数：“,”是小数点时请写 3.500，是千位分隔符时请写 3500（数值不写分隔符）',
      }),
    ]);
  });

  it('one and four digits after the comma, or four before it: a decimal comma only', () => {
    expect(told('- ["≤ 4500", 5.00, 4.50, 4.00, 3,5, 3.30]')[0]!.en).toMatch(
      /"3,5" .* write 3\.5 \(a decimal point\)$/,
    );
    expect(told('- ["≤ 4500", 5.00, 4.50, 4.00, 3,5000, 3.30]')[0]!.en).toMatch(
      /write 3\.5000 \(a decimal point\)$/,
    );
    expect(told('- ["≤ 4500", 5.00, 4.50, 4.00, 3500,000, 3.30]')[0]!.en).toMatch(
      /write 3500\.000 \(a decimal point\)$/,
    );
  });

  it('two such numbers in one row: each told at its own cell', () => {
    const row = '- ["≤ 4500", 5,00, 4,50, 4.00, 3.50, 3.30]';
    expect(told(row).map((i) => [i.column, i.en.slice(0, 22)])).toEqual([
      [row.indexOf('5,00'), 'row 1: "5,00" is read '],
      [row.indexOf('4,50'), 'row 1: "4,50" is read '],
    ]);
  });

  it('thousands separators twice: one number of three cells, its digits to write', () => {
    const row = '- ["≤ 4500", 5.00, 4.50, 4.00, 3.50, 3,300,000]';
    expect(told(row)).toEqual([
      expect.objectContaining({
        column: row.indexOf('3,300,000'),
        en: 'row 1: "3,300,000" is read as the 3 cells 3, 300 and 000, as a comma separates the cells in [ ] (the row has 8 cells; the table has 6 columns): if it is one number with thousands separators, write 3300000 (a number is written without them)',
      }),
    ]);
  });

  it.each([
    ['a space after the comma: two cells were written', '- ["≤ 4500", 5.00, 4.50, 4.00, 3, 50, 3.30]', 7],
    ['commas that cannot all be one number', '- ["≤ 4500", 5.00, 4.50, 4.00, 3.50, 3,30,0]', 8],
    ['more joined cells than cells too many', '- ["≤ 4500",5,4,4,3,3,3]', 7],
  ])('%s: the row length alone, not a guess', (_, row, cells) => {
    expect(told(row).map((i) => [i.column, i.en])).toEqual([
      [2, `row 1 has ${cells} cells; the table has 6 columns (ratedCoolingCapacity, 1, 2, 3, 4, 5)`],
    ]);
  });

  it('decimal commas in a row that is a cell short too: each told, and the cell missing said (hostile-29 M2)', () => {
    const row = '- ["≤ 4500", 5,00, 4,50, 4,00, 3,50]';
    const issues = told(row);
    expect(issues.map((i) => i.column)).toEqual(['5,00', '4,50', '4,00', '3,50'].map((n) => row.indexOf(n)));
    expect(issues.at(-1)).toMatchObject({
      en: 'row 1: "3,50" is read as the two cells 3 and 50, as a comma separates the cells in [ ] (the row has 9 cells; the table has 6 columns): if it is one number with a decimal comma, write 3.50 (a decimal point); so corrected, the row has 5 cells and the table 6 columns: 1 missing',
      zh: '第 1 行：方括号 [ ] 中的逗号分隔单元格，“3,50”被读作 3、50 两个单元格（该行有 9 个单元格，表有 6 列）；若它是一个用“,”作小数点的数，请写 3.50（小数点写作“.”）；这样改正后该行有 5 个单元格，表有 6 列：还缺 1 个',
    });
    expect(issues[0]!.en).not.toContain('missing');
  });

  it.each([
    // Every comma bare: which commas are decimal ones cannot be told.
    ['- ["≤ 4500",5,00,4,50,4,00,3,50]', 9],
    // A run of three parts (thousands or a typo) among them: not a guess either.
    ['- ["≤ 4500", 4.00, 3,300,000, 1, 2]', 7],
  ])('%s: more split than too many, and no clear decimal comma: the row length alone', (row, cells) => {
    expect(told(row).map((i) => i.en)).toEqual([
      `row 1 has ${cells} cells; the table has 6 columns (ratedCoolingCapacity, 1, 2, 3, 4, 5)`,
    ]);
  });

  it('the right number of cells written without spaces is a valid row', () => {
    expect(told('- ["≤ 4500",5,4,4,3,3]')).toEqual([]);
  });
});
