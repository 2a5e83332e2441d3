import { describe, expect, it } from 'vitest';
import { SourceDocument } from '../../src/load/source-document';

// studio-44 authoring: after `    grade: superior` the editor keeps the keys' indentation, so a newcomer's next
// `- id: strength` lands in the keys' column. The parser said three things, none of them that the `- ` is too deep.
const told = (text: string) =>
  SourceDocument.parse(text, 'x.yaml').issues.map((i) => `${i.line}:${i.column} ${i.text.zh} | ${i.text.en}`);

const WATER =
  'criteria:\n  - id: water\n    indicator: waterAbsorption\n    require: "≤ 0.5"\n    grade: superior\n';

describe.concurrent('a new list item typed at the keys’ column of the item above', () => {
  it('is told once, at its "-", with the column to start in and the spaces to remove from its lines', () => {
    expect(told(`${WATER}    - id: strength\n      indicator: breakingStrength\n`)).toEqual([
      '6:5 YAML 语法错误：第 6 行的“- ”是列表的新一项，却与上一项（第 2 行“- id: water”）的键对齐，YAML 会把它读作上一项的内容：新的一项要与上一项的“- ”对齐，请从第 3 列开始写“- ”（删去这一项各行行首的 2 个空格） | YAML syntax error: the "- " on line 6 starts a new list item, but it lines up with the keys of the item above (line 2, "- id: water"), so YAML reads it as part of that item: a new item lines up with the "- " of the one above; start it in column 3 (remove 2 spaces at the start of each of its lines)',
    ]);
  });

  it('after a blank line, and as the last line, too', () => {
    expect(told(`${WATER}\n    - id: strength\n`)).toHaveLength(1);
    expect(told(`${WATER}\n    - id: strength\n`)[0]).toMatch(/^7:5 .*第 7 行的“- ”是列表的新一项/);
  });

  it('at the item’s own column it is the next item; a list that is a key’s value may sit at the key’s column', () => {
    expect(told(`${WATER}  - id: strength\n    indicator: breakingStrength\n`)).toEqual([]);
    expect(told('a:\n  - id: w\n    values:\n    - x\n    - y\n')).toEqual([]);
  });
});
