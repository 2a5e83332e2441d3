/**
 * newcomer-35 M7: an unquoted `>` inside braces (`requiredWhen: { employees: > 300 }`) was told only "quote a value
 * that starts with a special character" (en: the parser's "plain value cannot start with block scalar indicator");
 * it now names the key and the quoted form, at the `>`, as the block-style case does, zh and en.
 */
import { describe, expect, it } from 'vitest';
import { SourceDocument } from '../../src/load/source-document';

describe('an unquoted > in a flow mapping (newcomer-35 M7)', () => {
  it('requiredWhen: { employees: > 300 }: the key and employees: "> 300", at the >', () => {
    const doc = SourceDocument.parse(
      'indicators:\n  s:\n    type: number\n    requiredWhen: { employees: > 300 }\n',
      'x.yaml',
    );
    expect(doc.issues.map((i) => [i.line, i.column, i.text])).toEqual([
      [
        4,
        32,
        {
          en: 'YAML syntax error: a value that starts with > or | is read by YAML as a block of text: quote it, employees: "> 300"',
          zh: 'YAML 语法错误：以 > 或 | 开头的值会被 YAML 当作多行文本：请给这个值加引号，写作 employees: "> 300"',
        },
      ],
    ]);
  });

  it('a second pair after a comma is told by its key; quoted, nothing', () => {
    const two = SourceDocument.parse('a:\n  w: { unit: kg, mass: >= 5 }\n', 'x.yaml');
    expect(two.issues.map((i) => i.text.en)).toEqual([expect.stringMatching(/: quote it, mass: ">= 5"$/)]);
    const quoted = SourceDocument.parse('a:\n  w: { mass: ">= 5" }\n', 'x.yaml');
    expect(quoted.issues).toEqual([]);
  });
});
