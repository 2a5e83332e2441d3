import { describe, expect, it } from 'vitest';
import { issueSpanEnd } from '../../src/studio/page/issue-span';

/** The text the editor underlines for an issue at `column` (1-based) of `line`. */
const underlined = (line: string, column: number) => line.slice(column - 1, issueSpanEnd(line, column - 1));

describe('the text an issue underlines', () => {
  const rw = '  f: { type: number, requiredWhen: { s: "< 5" }, label: { zh: 冲击功, en: Impact } }';
  it.each([
    ['a double-quoted value whole (it was `"<`)', rw, rw.indexOf('"< 5"') + 1, '"< 5"'],
    ['an escaped quote inside', 'a: "x \\" y" # c', 4, '"x \\" y"'],
    ["a single-quoted value, '' inside", "a: 'it''s' z", 4, "'it''s'"],
    ['a flow list to its bracket (it was the rest of the line)', '  a: { s: [4, 5] }, b: 1', 11, '[4, 5]'],
    [
      'a flow mapping holding brackets and a quoted }',
      '  - { x: [1, { y: "}" }], z: 2 } # c',
      5,
      '{ x: [1, { y: "}" }], z: 2 }',
    ],
    ['a name', '    indicator: apff', 16, 'apff'],
    ['an operator', '{ fact: s, operator: lessThan, value: 5 }', 22, 'lessThan'],
  ])('%s', (_, line, column, text) => {
    expect(underlined(line, column)).toBe(text);
  });

  it.each([
    ['a quote left open', 'a: "x y', 4],
    ['a bracket closed on a later line', 'a: [1, 2,', 4],
    ['a bracket whose close is in a comment', 'a: [1, 2 # ]', 4],
    ['a space', 'a:   ', 3],
  ])('the rest of the line at %s', (_, line, column) => {
    expect(issueSpanEnd(line, column - 1)).toBe(line.length);
  });
});
