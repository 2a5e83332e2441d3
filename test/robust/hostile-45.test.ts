import { existsSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, parseRuleSet } from '../../src/index';
import { convertCell } from '../../src/input/convert-value';
import { useCli, useTempDir } from '../cli/cli-harness';
import {
  errorsOf as cellErrorsOf,
  exceljsWorkbook,
  indicator,
  readItems,
} from '../input/xlsx/workbook-fixtures';
import { ruleFileHeader } from '../rule-file-header';
import { DIAMETER } from './diameter-indicator';
import { loadErrors, threeLengths } from './three-lengths';

// Hostile inputs left by hostile-44: a comma list of diameters in one cell, a formula written without spaces that
// names no value, and a limit too large for a number written with a typeset minus. The limits are illustrative.

const errorsOf = (text: string) => loadErrors(text);

const ruleFile = (require: string) => threeLengths('test/hostile-45', require);

const only = (require: string) => {
  const errors = errorsOf(ruleFile(require));
  expect(errors, require).toHaveLength(1);
  return errors[0]!;
};

describe.concurrent('several diameters in one cell, separated by commas', () => {
  const NUMBER = DIAMETER;

  // `Φ12, Φ14` said `without it, "12, Φ14" contains the character "Φ"`: it named the second sign and not the count.
  it.each([
    ['Φ12, Φ14', '12;14'],
    ['Φ12,Φ14', '12;14'],
    ['Φ12，Φ14', '12;14'],
    ['φ12、φ14', '12;14'],
    ['Φ12 Φ14', '12;14'],
    ['Φ12 mm, Φ14 mm, Φ16 mm', '12;14;16'],
  ])('"%s" under one value is told it holds its values (%s) where one is read', (cell, values) => {
    const count = values.split(';').length;
    expect(convertCell(cell, NUMBER)?.error?.message).toEqual({
      zh: `直径应为数值："${cell}" 各数值前有直径符号“${cell[0]}”，它不是数值的一部分；且有 ${count} 个数值（${values}），而此处只读一个：请只写一个数值（规则集为该指标写了“specimens”时才读多个试样值）`,
      en: `d (Diameter) must be a number: "${cell}" has the diameter sign "${cell[0]}" before each value, which is no part of it, and holds ${count} values (${values}) where one is read: write one number (several specimen values are read only where the rule set gives the indicator "specimens")`,
    });
  });

  it('under specimens the same cell is told the values to write, which are then read', () => {
    const specimens = { ...NUMBER, specimens: 2 };
    expect(convertCell('Φ12, Φ14', specimens)?.error?.message).toEqual({
      zh: '直径应为数值："Φ12, Φ14" 数值前有直径符号“Φ”：只写数值 12;14',
      en: 'd (Diameter) must be a number: "Φ12, Φ14" has the diameter sign "Φ" before its values: write the numbers alone, 12;14',
    });
    expect(convertCell('12;14', specimens)).toEqual({ value: [12, 14] });
  });

  it('one sign before a decimal comma is no list: Φ12,5 keeps the decimal-comma advice', () => {
    expect(convertCell('Φ12,5', NUMBER)?.error?.message.en).toContain(
      '"12,5" has a digit-group separator or a decimal comma',
    );
  });
});

describe.concurrent('a formula written without spaces that names a value the rule set lacks', () => {
  // `≤ b-c` with no value c said `"b-c" can never match it`, as if it were text; `≤ b - c` named c.
  it.each([
    ['≤ b-c', 'c', 'bc'],
    ['≤ c-b', 'c', 'bc'],
    ['≤ b-cc', 'cc', 'bc'],
    ['≥ 2*b-c', 'c', 'bc'],
  ])('"%s" is told there is no value named %s, and offered %s', (require, unknown, close) => {
    const e = only(require);
    expect(e.en).toBe(`limit of "a": unknown name "${unknown}"; did you mean "${close}"?`);
    expect(e.zh).toBe(`“a”的限值：未知的名称“${unknown}”，是否要写“${close}”？`);
    // The same as with spaces.
    expect(only(require.replace('-', ' - '))).toEqual(e);
  });

  it('with no close name, the unknown name and the names there are (newcomer-45), as with spaces', () => {
    const e = only('≤ b-xyz');
    expect(e).toEqual({
      en: 'limit of "a": unknown name "xyz"; a formula writes the names of indicators, derived values or tables (not a standard\'s symbols), and this rule set\'s are a, b, bc',
      zh: '“a”的限值：未知的名称“xyz”；公式写指标、派生值或表的名称（不是标准中的符号），本规则集有“a”、“b”、“bc”',
    });
    expect(only('≤ b - xyz')).toEqual(e);
  });

  it('a hyphenated word naming no value stays text: = heat-pump on a number never matches', () => {
    expect(only('= heat-pump').en).toBe('"a" is a number; "heat-pump" can never match it');
  });

  it('the name corrected, ≤ bc-b is graded at the limit and just above', () => {
    const grader = createGrader(parseRuleSet(ruleFile('≤ bc-b')));
    expect(grader.gradeSync({ a: 2, b: 3, bc: 5 }).grade).toBe('ok');
    expect(grader.gradeSync({ a: 2.1, b: 3, bc: 5 }).grade).toBeNull();
  });
});

describe.concurrent('a number no computer holds, written with a typeset minus', () => {
  // `≥ −1e999` was quoted as `-1e999`, which the rule file does not hold.
  it.each([
    ['≥ −1e999', '−1e999', 'is too large to be a number'],
    ['≥ –1e999', '–1e999', 'is too large to be a number'],
    ['≤ −1e-400', '−1e-400', 'is too small: it would be read as 0'],
  ])('"%s" quotes %s as written', (require, written, why) => {
    const e = only(require);
    expect(e.en).toContain(`${written} ${why}`);
    expect(e.zh).toContain(`“${written}”`);
  });

  it('a numeral of more than 15 significant digits is quoted as written too', () => {
    const e = only('≥ −1.00000000000000001');
    expect(e.en).toContain('"−1.00000000000000001" has more than 15 significant digits');
    expect(e.zh).toContain('“−1.00000000000000001”的有效数字多于 15 位');
  });

  it('with the ASCII minus the ASCII is quoted', () => {
    expect(only('≥ -1e999').en).toBe('-1e999 is too large to be a number (numbers go up to about ±1.8e308)');
  });
});

// Found attacking `validate`, `init` and .xlsx input (hostile-45).

const tableRuleFile = (cells: readonly string[]) => `${ruleFileHeader('test/hostile-45')}indicators:
  kind: { type: enum, values: [a], label: { zh: 类, en: Kind } }
  x: { type: number, label: { zh: 值, en: Value } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
tables:
  limits:
    keys: [kind]
    columns: [kind, min]
    rows:
${cells.map((c) => `      - [a, ${c}]`).join('\n')}
criteria:
  - { id: x-min, indicator: x, require: "≥ limits.min", grade: ok }
`;

describe.concurrent('a limit taken from a table column of text', () => {
  // It was told `"x" is a number, but its limit is text; a number in quotes ("5.00") is text: write it without
  // them`, at the criterion, naming neither the column nor a cell the file holds.
  it('a column of words: the column, its first cell and its line', () => {
    expect(errorsOf(tableRuleFile(['abc']))).toEqual([
      {
        en: '"x" is a number, but column "min" of table "limits" holds text: line 19 has "abc"; a limit cell holds the number alone, e.g. 5.00',
        zh: '“x”是数值，但表“limits”的列“min”是文本：第 19 行是“abc”；限值单元格只写数值，如 5.00',
      },
    ]);
  });

  it('a column of quoted numbers: the quotes to remove and the number to write', () => {
    expect(errorsOf(tableRuleFile(['"7"']))).toEqual([
      {
        en: '"x" is a number, but column "min" of table "limits" holds text: line 19 has "7", which is text in quotes: remove the quotes and write 7',
        zh: '“x”是数值，但表“limits”的列“min”是文本：第 19 行的“7”是加了引号的文本：请去掉引号，写作 7',
      },
    ]);
  });

  it('a column of numbers is read, and graded at the limit and just below', () => {
    const grader = createGrader(parseRuleSet(tableRuleFile(['7'])));
    expect(grader.gradeSync({ kind: 'a', x: 7 }).grade).toBe('ok');
    expect(grader.gradeSync({ kind: 'a', x: 6.9 }).grade).toBeNull();
  });
});

describe.concurrent('an .xlsx cell holding an error value', () => {
  // `cell D2 holds the error value #DIV/0!` said what was wrong and not what to do.
  it('is told it comes from a formula that failed, and what to do, in both languages', async () => {
    const bytes = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(['apf']);
      ws.addRow([{ formula: '1/0', result: { error: '#DIV/0!' } }]);
    });
    const items = await readItems(bytes, { indicators: [indicator('apf', 'number')], formulas: 'saved' });
    expect(cellErrorsOf(items[0])).toEqual([
      'apf (apf indicator) must be a number: cell A2 holds the error value #DIV/0!, from a formula that failed: correct the formula (or the cells it reads) in the workbook and save it again, or type the value itself; leave the cell empty if there is none',
    ]);
    const item = items[0]!;
    const zh = 'conversionErrors' in item ? item.conversionErrors?.[0]?.message.zh : undefined;
    expect(zh).toBe(
      'apf指标应为数值：单元格 A2 是错误值 #DIV/0!，即公式出错的结果：请在工作簿中改正该公式（或它引用的单元格）后重新保存，或直接填写值；没有值时请将单元格留空',
    );
  });
});

describe.concurrent('qgrade init with an id a file system refuses or that names the file', () => {
  const cli = useCli();
  const temp = useTempDir();

  it.each([
    ['steel/con', 'con', 'steel/con-1'],
    ['aux/bar', 'aux', 'aux-1/bar'],
    ['steel/lpt1', 'lpt1', 'steel/lpt1-1'],
  ])('%s is refused: "%s" is a device name on Windows; nothing is written', async (id, part, write) => {
    const dir = mkdtempSync(join(temp(), 'device-'));
    const en = await cli.run(['--lang', 'en', 'init', id], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      `"${part}" is a device name on Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9): a file or folder so named cannot be created or checked out there; choose another name, e.g. ${write}`,
    );
    const zh = await cli.run(['--lang', 'zh', 'init', id], { cwd: dir });
    expect(zh.stderr).toContain(`“${part}”是 Windows 的设备名`);
    expect(existsSync(join(dir, 'rules'))).toBe(false);
  });

  it('a name that holds a device name is written: steel/console', async () => {
    const dir = mkdtempSync(join(temp(), 'console-'));
    expect((await cli.run(['init', 'steel/console'], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, 'rules/steel/console.yaml'))).toBe(true);
  });

  it('steel/x.yaml is asked "did you mean steel/x?", not steel/x-yaml', async () => {
    const dir = mkdtempSync(join(temp(), 'yaml-'));
    const run = await cli.run(['--lang', 'en', 'init', 'steel/x.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('got "steel/x.yaml"; did you mean steel/x?');
    const zh = await cli.run(['--lang', 'zh', 'init', 'steel/X.yml'], { cwd: dir });
    expect(zh.stderr).toContain('是否要写 steel/x？');
  });
});

describe.concurrent('a JSON record that is a list, read by the command line', () => {
  const cli = useCli();
  const AC = 'home-appliances/room-air-conditioner-energy';
  const valid = '{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.62}';

  // It was told "to grade several records, pass the array to gradeMany", a library call no CLI user can make.
  it('a JSON array item or an NDJSON line that is a list: what to write, with the code not-an-object', async () => {
    for (const [format, input] of [
      ['json', `[[1, 2], ${valid}]`],
      ['ndjson', `[1, 2]\n${valid}\n`],
    ] as const) {
      const run = await cli.run(['grade', '-r', AC, '-i', format, '-f', 'json', '-'], { input });
      const [list, record] = JSON.parse(run.stdout) as { grade: string | null; errors?: unknown[] }[];
      expect(list!.errors, format).toEqual([
        {
          field: '',
          code: 'not-an-object',
          message: {
            zh: '记录必须是键值对象，收到的是数组：每条记录写成一个对象 {"字段": 值, …}；多条记录写成由这样的对象组成的 JSON 数组，或写成 NDJSON，每行一个',
            en: 'a record must be an object of field values, got an array: write each record as an object, {"field": value, …}; several records are a JSON array of such objects, or NDJSON, one per line',
          },
        },
      ]);
      // The record after it is graded as ever.
      expect(record!.grade).toBe('2');
    }
  });

  it('explain --record given a list of records: to give the object alone', async () => {
    const run = await cli.run(['--lang', 'en', 'explain', '-r', AC, '--record', `[${valid}]`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'a record must be an object of field values, got an array: --record takes one record: give the object alone, {…}; put several in a file, graded with qgrade grade, or chosen with --row',
    );
    expect(run.stdout).not.toContain('gradeMany');
    const zh = await cli.run(['--lang', 'zh', 'explain', '-r', AC, '--record', `[${valid}]`]);
    expect(zh.stdout).toContain('--record 只取一条记录：请只写其中的对象 {…}');
  });
});

describe.concurrent('a repeated row in a table of two keys', () => {
  const twoKeys = (rows: readonly string[]) => `${ruleFileHeader('test/hostile-45')}indicators:
  kind: { type: enum, values: [a], label: { zh: 类, en: Kind } }
  size: { type: number, label: { zh: 尺寸, en: Size } }
  x: { type: number, label: { zh: 值, en: Value } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
tables:
  limits:
    keys: [kind, size]
    columns: [kind, size, min]
    rows:
${rows.map((r) => `      - ${r}`).join('\n')}
criteria:
  - { id: x-min, indicator: x, require: "≥ limits.min", grade: ok }
`;

  // Each repeat was told twice, each time half the story: "kind = a appears in two rows (the other at line 20)",
  // though a kind takes one row per size band, and "size bands [0, 1) and [0, 1) overlap".
  it('is told once per repeat, naming the first row and every key', () => {
    const row = '[a, "[0, 1)", 5]';
    expect(errorsOf(twoKeys([row, row, row, '[a, "[1, 2)", 6]']))).toEqual(
      // Rows at lines 21 and 22 repeat the one at line 20.
      Array(2).fill({
        en: 'in table "limits", this row gives the same keys (kind, size) as the row at line 20: a record would match both; delete one, or correct its keys',
        zh: '表“limits”中，这一行的键（kind、size）与第 20 行完全相同：一条记录会同时匹配两行；请删去其中一行，或改正它的键',
      }),
    );
  });

  it('rows of one kind in other bands are no repeat, and are graded', () => {
    const text = twoKeys(['[a, "[0, 1)", 5]', '[a, "[1, 2)", 6]']);
    expect(errorsOf(text)).toEqual([]);
    const grader = createGrader(parseRuleSet(text));
    expect(grader.gradeSync({ kind: 'a', size: 1, x: 6 }).grade).toBe('ok');
    expect(grader.gradeSync({ kind: 'a', size: 1, x: 5.9 }).grade).toBeNull();
  });

  it('an overlap that is no repeat keeps its own advice', () => {
    expect(errorsOf(twoKeys(['[a, "[0, 2)", 5]', '[a, "[1, 3)", 6]']))[0]!.en).toContain(
      'size bands [0, 2) and [1, 3) overlap',
    );
  });
});
