/**
 * A dash copied from a standard's table into a limit cell (newcomer-19 M2):
 * the standard's "—" means either "no such grade" (`n/a`) or "no requirement
 * here" (`~`), and the message says so at the cell, where it used to say
 * "a limit cell holds the number alone: write 5.00".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { useCli } from '../cli/cli-harness';
import { ruleFileHeader } from '../rule-file-header';

const cli = useCli();
const DASH_FIXTURE = 'test/fixtures/author-sweep/q355-dash-cell.yaml';
const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

const dashText = (column: string, row: number, dash: string, gradeZh: string, gradeEn: string) => ({
  zh: `列“${column}”第 ${row} 行的“${dash}”不是限值：标准表格中的“${dash}”，若表示此行的产品没有${gradeZh}，请写 n/a；若表示标准在此行没有要求，请写 ~`,
  en: `column "${column}", row ${row}: "${dash}" is not a limit: where the standard's table has "${dash}", write n/a if this row's product has no ${gradeEn}, or ~ if the standard sets no requirement in this row`,
});

describe('the newcomer\'s Q355 file with "—" for the grades hot-rolled Q355 does not have', () => {
  it('one issue per column, at the dash, naming the grade, in both languages', () => {
    const { ruleSet, issues } = checkRuleSet(read(DASH_FIXTURE), { filename: 'q355.yaml' });
    expect(ruleSet).toBeUndefined();
    expect(issues.map((i) => [i.code, i.severity, i.line, i.column, i.text])).toEqual([
      ['table-shape', 'error', 62, 28, dashText('E', 1, '—', '“E级”', 'grade "E"')],
      ['table-shape', 'error', 62, 31, dashText('F', 1, '—', '“F级”', 'grade "F"')],
    ]);
  });

  it('validate --lang zh prints them at line:column', async () => {
    const run = await cli.run(['--lang', 'zh', 'validate', DASH_FIXTURE]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      `${DASH_FIXTURE}:62:28: ${dashText('E', 1, '—', '“E级”', 'grade "E"').zh}`,
      `${DASH_FIXTURE}:62:31: ${dashText('F', 1, '—', '“F级”', 'grade "F"').zh}`,
    ]);
  });

  it('with n/a written instead, the file loads', () => {
    const fixed = read(DASH_FIXTURE).replace('- [Q355, 20, 0, -20, —, —]', '- [Q355, 20, 0, -20, n/a, n/a]');
    expect(checkRuleSet(fixed).issues).toEqual([]);
  });
});

// The air-conditioner rule set with its APF table's first row edited: grade columns "1" … "5".
const AC = read('rules/home-appliances/room-air-conditioner-energy.yaml');
const ROW = '- ["≤ 4500", 5.00, 4.50, 4.00, 3.50, 3.30]';

describe('every way a standard writes "no figure"', () => {
  it.each([
    ['—', '—'],
    ['–', '–'],
    ['"-"', '-'],
    ['－', '－'],
    ['——', '——'],
    ['/', '/'],
    ['／', '／'],
    ['" — "', '—'],
  ])('%s in grade column "1" is told as n/a or ~ at that cell', (cell, shown) => {
    expect(AC).toContain(ROW);
    const row = `- ["≤ 4500", ${cell}, 4.50, 4.00, 3.50, 3.30]`;
    const text = AC.replace(ROW, row);
    const line = text.split('\n').findIndex((l) => l.includes(row)) + 1;
    const column = text.split('\n')[line - 1]!.indexOf(row) + row.indexOf(cell) + 1;
    const { issues } = checkRuleSet(text, { filename: 'ac.yaml' });
    expect(issues.map((i) => [i.code, i.line, i.column, i.text])).toEqual([
      ['table-shape', line, column, dashText('1', 1, shown, '“1级”', 'grade "1"')],
    ]);
  });

  it('other text among numbers keeps its own message', () => {
    const row = '- ["≤ 4500", "5.00—", 4.50, 4.00, 3.50, 3.30]';
    const { issues } = checkRuleSet(AC.replace(ROW, row), { filename: 'ac.yaml' });
    expect(issues.map((i) => i.text)).toEqual([
      {
        en: 'column "1" mixes text and number values: row 1 has the text "5.00—"; a limit cell holds the number alone: write 5.00',
        zh: '列“1”混有文本和数值两类值：第 1 行的“5.00—”是文本；限值单元格只写数值：请写 5.00',
      },
    ]);
  });
});

const IMPACT = `${ruleFileHeader('steel/dash-test')}indicators:
  temperature: { type: number, unit: °C, label: { zh: 试验温度, en: Test temperature } }
  energy: { type: number, unit: J, label: { zh: 冲击吸收能量, en: Impact energy } }
  finish: { type: enum, values: [black, "-"], label: { zh: 表面, en: Finish } }
grades:
  - { id: B, label: { zh: B级, en: Grade B } }
tables:
  impact:
    keys: [temperature]
    columns: [temperature, energy]
    rows:
      - ["≤ -60", 27]
      - ["> -60", 34]
  finishes:
    keys: [temperature]
    columns: [temperature, wanted]
    rows:
      - ["≤ -60", black]
      - ["> -60", "-"]
criteria:
  - { id: impact, indicator: energy, require: "≥ impact.energy" }
  - { id: finish, indicator: finish, require: "= finishes.wanted" }
`;

describe('a dash in a table that is not a grade table', () => {
  it('in a column of numbers: n/a or ~ without a grade named, in the row written', () => {
    const text = IMPACT.replace('["> -60", 34]', '["> -60", —]');
    const line = text.split('\n').findIndex((l) => l.includes('["> -60", —]')) + 1;
    const { issues } = checkRuleSet(text, { filename: 'impact.yaml' });
    expect(issues.map((i) => [i.code, i.line, i.column, i.text])).toEqual([
      ['table-shape', line, 19, dashText('energy', 2, '—', '这个等级', 'such grade')],
    ]);
  });

  it('in a column of dashes only: said once, at the first, and nothing on the limit reading it', () => {
    const text = IMPACT.replace('["≤ -60", 27]', '["≤ -60", —]').replace('["> -60", 34]', '["> -60", —]');
    const line = text.split('\n').findIndex((l) => l.includes('["≤ -60", —]')) + 1;
    const { issues } = checkRuleSet(text, { filename: 'impact.yaml' });
    expect(issues.map((i) => [i.code, i.line, i.column, i.text])).toEqual([
      ['table-shape', line, 19, dashText('energy', 1, '—', '这个等级', 'such grade')],
    ]);
  });

  it('in a column of text, "-" is one of the texts: the file loads', () => {
    const { ruleSet, issues } = checkRuleSet(IMPACT);
    expect(issues).toEqual([]);
    expect(ruleSet).toBeDefined();
  });
});
