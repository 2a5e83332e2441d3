/**
 * `criteria: []` with the items written below it (newcomer-22 finding 1: the studio's completion once
 * inserted `criteria: []`, and the author wrote the criteria under it). The parser's errors were three
 * at the line below ("块结构不能用作键" …), none naming the `[]`. Now one error at the bracket says to
 * remove it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locatedIssues } from '../helpers';

const DIR = join(import.meta.dirname, '../fixtures/invalid/yaml-slips');
const VALID = readFileSync(join(DIR, 'fullwidth-colon.yaml'), 'utf8').replace('loi：', 'loi:');
const issuesOf = (text: string) => locatedIssues(text, 'rule.yaml');

/** VALID with `from` (which it must hold) replaced by `to`. */
const changed = (from: string, to: string) => {
  expect(VALID).toContain(from);
  return VALID.replace(from, to);
};

describe('an empty [] or {} with its items written below it', () => {
  it('the file written right is valid', () => {
    expect(issuesOf(VALID)).toEqual([]);
  });

  it('`criteria: []` above block items: one error at the [ saying to remove it', () => {
    expect(issuesOf(changed('criteria:\n', 'criteria: []\n'))).toEqual([
      {
        code: 'yaml-syntax',
        line: 47,
        column: 11,
        zh: 'YAML 语法错误：“criteria: []”已经写了一个空列表，下面各行的项就不属于任何键；请删去“[]”，只写“criteria:”，各项写在它下面，每项以“- ”开头',
        en: 'YAML syntax error: "criteria: []" is already an empty list, so the items on the lines below belong to no key; remove the "[]" and write "criteria:" alone, with the items below it, each starting with "- "',
      },
    ]);
  });

  it('the same with a space in it and a comment after it, and under a nested key', () => {
    const commented = issuesOf(changed('criteria:\n', 'criteria: [ ]  # 各项\n'));
    expect(commented.map((i) => [i.line, i.column, i.en.slice(0, 59)])).toEqual([
      [47, 11, 'YAML syntax error: "criteria: [ ]" is already an empty list'],
    ]);
    const nested = issuesOf(changed('    rows:\n', '    rows: []\n'));
    expect(nested.map((i) => [i.line, i.column, i.en.slice(0, 54)])).toEqual([
      [43, 11, 'YAML syntax error: "rows: []" is already an empty list'],
    ]);
  });

  it('`{}` above indented keys: an empty mapping', () => {
    const issues = issuesOf(changed('tables:\n', 'tables: {}\n'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 38, column: 9 });
    expect(issues[0]!.zh).toBe(
      'YAML 语法错误：“tables: {}”已经写了一个空映射，下面各行的键就不属于任何键；请删去“{}”，只写“tables:”，把键缩进写在它下面',
    );
  });

  it('`key: []` followed by a sibling key is an empty list, as meant: no slip', () => {
    const issues = issuesOf(changed('grades:\n', 'references2: []\ngrades:\n'));
    expect(issues.map((i) => i.code)).not.toContain('yaml-syntax');
  });
});
