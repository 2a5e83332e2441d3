/**
 * Requirement text typed on a Chinese keyboard, or with an operator typo.
 * A limit is a standard's figure and is shown as written, so full-width
 * digits, signs and units (`≥９７`, `≥ 97.0 ％`, `≥ 97。0`) and look-alike
 * operators (`≦`, `＜＝`) are not read as ASCII: they are refused, naming
 * each character and its code point and saying what to write. They said
 * `"purity" is a number; "９７" can never match it`, `a comma-separated
 * sequence is not allowed in a formula` and `does not start with an
 * operator`; `=< 14000` and `> = 97` said `Unexpected "<"` and
 * `Unexpected "="`. Each message is located at the character at fault.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, parseRuleSet } from '../../src/index';
import { parseRequirement } from '../../src/syntax/parse-requirement';
import { graderPair } from '../helpers';

/** A rule set whose limit for `purity` (in %) is `require`, and whose scope asks `capacity` (in W) `scope`. */
function ruleText(require: string, scope = '≤ 14000 W'): string {
  return `schemaVersion: 1
id: test/requirement-characters
version: 1.0.0
industry: test
subject: product
title: { zh: 要求中的字符, en: Characters in requirements }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  purity: { type: number, unit: "%", range: "[0, 100]", label: { zh: 纯度, en: Purity } }
  capacity: { type: number, unit: W, range: "> 0", label: { zh: 制冷量, en: Capacity } }
grades:
  - { id: pass, label: { zh: 合格, en: Pass } }
scope:
  - { id: in-scope, indicator: capacity, require: "${scope}", reason: { zh: 超出范围, en: Out of scope } }
criteria:
  - { id: purity, indicator: purity, require: "${require}" }
`;
}

/** The issues of a rule set, with where each is. */
const issuesOf = (text: string) =>
  checkRuleSet(text, { filename: 't.yaml' }).issues.map((i) => ({
    line: i.line,
    column: i.column,
    en: i.text.en,
    zh: i.text.zh,
  }));

/** Line and column (1-based) of `mark` inside the requirement `written` in `text`. */
function placeOf(text: string, written: string, mark: string): { line: number; column: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(`require: "${written}"`));
  return { line: line + 1, column: lines[line]!.indexOf(`"${written}"`) + 2 + written.indexOf(mark) };
}

describe('full-width characters in a limit are named, with the ASCII to write', () => {
  it.each([
    [
      '≥ 97.0 ％',
      '％',
      '"≥ 97.0 ％" has the full-width character "％" (U+FF05): write ASCII "97.0 %"',
      '“≥ 97.0 ％”含全角字符“％”（U+FF05）：请写半角的“97.0 %”',
    ],
    [
      '≥９７',
      '９',
      '"≥９７" has the full-width characters "９" (U+FF19), "７" (U+FF17): write ASCII "97"',
      '“≥９７”含全角字符“９”（U+FF19）、“７”（U+FF17）：请写半角的“97”',
    ],
    [
      '≥ 97。0',
      '。',
      '"≥ 97。0" has the full-width character "。" (U+3002): write ASCII "97.0"',
      '“≥ 97。0”含全角字符“。”（U+3002）：请写半角的“97.0”',
    ],
    [
      '97.0 ± ０.５',
      '０',
      '"97.0 ± ０.５" has the full-width characters "０" (U+FF10), "５" (U+FF15): write ASCII "0.5"',
      '“97.0 ± ０.５”含全角字符“０”（U+FF10）、“５”（U+FF15）：请写半角的“0.5”',
    ],
    // A unit in full-width brackets, as a standard's table prints it: the advice is the limit with its unit, not
    // "97(%)", which then failed as a formula missing an operator (studio-19 F21).
    [
      '≥ 97（%）',
      '（',
      '"97（%）" has the full-width characters "（" (U+FF08), "）" (U+FF09): write ASCII "97 %"',
      '“97（%）”含全角字符“（”（U+FF08）、“）”（U+FF09）：请写半角的“97 %”',
    ],
  ])('%s', (require, mark, en, zh) => {
    const text = ruleText(require);
    expect(issuesOf(text)).toEqual([{ ...placeOf(text, require, mark), en, zh }]);
  });

  it('in a scope item: "≤１４０００"', () => {
    const scope = '≤１４０００';
    const text = ruleText('≥ 97.0', scope);
    expect(issuesOf(text)).toEqual([
      {
        ...placeOf(text, scope, '１'),
        en: '"≤１４０００" has the full-width characters "１" (U+FF11), "４" (U+FF14), "０" (U+FF10): write ASCII "14000"',
        zh: '“≤１４０００”含全角字符“１”（U+FF11）、“４”（U+FF14）、“０”（U+FF10）：请写半角的“14000”',
      },
    ]);
  });
});

describe('full-width characters in a formula, a range or a table key are named the same way', () => {
  it.each([
    // Said: unknown table "０"; to compare with the text ０.７, quote it.
    [
      '≥ ０.７ * capacity',
      '０',
      '"０.７ * capacity" has the full-width characters "０" (U+FF10), "７" (U+FF17): write ASCII "0.7 * capacity"',
      '“０.７ * capacity”含全角字符“０”（U+FF10）、“７”（U+FF17）：请写半角的“0.7 * capacity”',
    ],
    // Said: a comma-separated sequence is not allowed in a formula.
    [
      '≥ 0.7 ＊ capacity',
      '＊',
      '"0.7 ＊ capacity" has the full-width character "＊" (U+FF0A): write ASCII "0.7 * capacity"',
      '“0.7 ＊ capacity”含全角字符“＊”（U+FF0A）：请写半角的“0.7 * capacity”',
    ],
    // Said: "purity" is a number; "0.7＊capacity" can never match it.
    [
      '≥ 0.7＊capacity',
      '＊',
      '"0.7＊capacity" has the full-width character "＊" (U+FF0A): write ASCII "0.7*capacity"',
      '“0.7＊capacity”含全角字符“＊”（U+FF0A）：请写半角的“0.7*capacity”',
    ],
    // Said: "[９７, 100]" is not a range.
    [
      '[９７, 100]',
      '９',
      '"[９７, 100]" has the full-width characters "９" (U+FF19), "７" (U+FF17): write ASCII "[97, 100]"',
      '“[９７, 100]”含全角字符“９”（U+FF19）、“７”（U+FF17）：请写半角的“[97, 100]”',
    ],
    // Said: does not start with an operator.
    [
      '［97, 100］',
      '［',
      '"［97, 100］" has the full-width characters "［" (U+FF3B), "］" (U+FF3D): write ASCII "[97, 100]"',
      '“［97, 100］”含全角字符“［”（U+FF3B）、“］”（U+FF3D）：请写半角的“[97, 100]”',
    ],
  ])('%s', (require, mark, en, zh) => {
    const text = ruleText(require);
    expect(issuesOf(text)).toEqual([{ ...placeOf(text, require, mark), en, zh }]);
  });

  it('a full-width comma in a range is still read, as before: [97，100]', () => {
    expect(issuesOf(ruleText('[97，100]'))).toEqual([]);
  });

  it('full-width text inside quotes in a formula is not named', () => {
    const text = ruleText('≥ capacity == "ＡＢ" ? 1 : 2');
    expect(issuesOf(text).map((i) => i.en)).not.toContainEqual(expect.stringContaining('full-width'));
  });
});

describe('a number in a form a limit does not take says what it is and what to write', () => {
  it.each([
    // Said: the limit is written in x61, but "purity" is measured in %.
    [
      '≥ 0x61',
      '"≥ 0x61" is written in hexadecimal; a limit is a decimal number: write "97"',
      '“≥ 0x61”是十六进制写法；限值须写成十进制数：请写“97”',
    ],
    // Said: a comma-separated sequence is not allowed in a formula.
    [
      '≥ 1,000',
      '"≥ 1,000" has "," as a digit-group separator; a limit is written without one: write "1000"',
      '“≥ 1,000”用“,”作千位分隔符；限值不写分隔符：请写“1000”',
    ],
    [
      '≤ 1 000',
      '"≤ 1 000" has a space as a digit-group separator; a limit is written without one: write "1000"',
      '“≤ 1 000”用空格作千位分隔符；限值不写分隔符：请写“1000”',
    ],
  ])('%s', (require, en, zh) => {
    const text = ruleText(require);
    expect(issuesOf(text)).toEqual([{ ...placeOf(text, require, require.slice(2)), en, zh }]);
  });
});

describe('an operator in look-alike characters says which operator to write', () => {
  it.each([
    [
      '≦ 14000',
      '≦',
      '"≦" (U+2266) is not an operator: write "≤" or "<="',
      '“≦”（U+2266）不是运算符：请写“≤”或“<=”',
    ],
    [
      '⩾ 97',
      '⩾',
      '"⩾" (U+2A7E) is not an operator: write "≥" or ">="',
      '“⩾”（U+2A7E）不是运算符：请写“≥”或“>=”',
    ],
    [
      '＜＝ 14000',
      '＜',
      '"＜＝" is not an operator: "＜" (U+FF1C), "＝" (U+FF1D) are full-width characters; write "<=" or "≤"',
      '“＜＝”不是运算符：其中“＜”（U+FF1C）、“＝”（U+FF1D）是全角字符；请写“<=”或“≤”',
    ],
    [
      '＞ 0',
      '＞',
      '"＞" is not an operator: "＞" (U+FF1E) is a full-width character; write ">"',
      '“＞”不是运算符：其中“＞”（U+FF1E）是全角字符；请写“>”',
    ],
  ])('in a scope item: %s', (scope, mark, en, zh) => {
    const text = ruleText('≥ 97.0', scope);
    expect(issuesOf(text)).toEqual([{ ...placeOf(text, scope, mark), en, zh }]);
  });

  it('in a "when": located inside the text too', () => {
    const text = ruleText('≥ 97.0').replace(
      'require: "≥ 97.0" }',
      'require: "≥ 97.0", when: { capacity: "≤ ７１００" } }',
    );
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"≤ ７１００"'));
    expect(issuesOf(text)).toEqual([
      {
        line: line + 1,
        column: lines[line]!.indexOf('"≤ ７１００"') + 4,
        en: '"≤ ７１００" has the full-width characters "７" (U+FF17), "１" (U+FF11), "０" (U+FF10): write ASCII "7100"',
        zh: '“≤ ７１００”含全角字符“７”（U+FF17）、“１”（U+FF11）、“０”（U+FF10）：请写半角的“7100”',
      },
    ]);
  });
});

describe('an operator with its characters swapped or spaced says which operator to write', () => {
  it.each([
    ['=< 14000', '=<', '"=<" is not an operator: write "<=" or "≤"', '“=<”不是运算符：请写“<=”或“≤”'],
    ['=> 0', '=>', '"=>" is not an operator: write ">=" or "≥"', '“=>”不是运算符：请写“>=”或“≥”'],
    ['<> 0', '<>', '"<>" is not an operator: write "!=" or "≠"', '“<>”不是运算符：请写“!=”或“≠”'],
    ['≤= 14000', '≤=', '"≤=" is not an operator: write "<=" or "≤"', '“≤=”不是运算符：请写“<=”或“≤”'],
    [
      '< = 14000',
      '< =',
      '"< =" is not an operator: write "<=" or "≤" without a space',
      '“< =”不是运算符：请写“<=”或“≤”，中间不留空格',
    ],
  ])('in a scope item: %s', (scope, mark, en, zh) => {
    const text = ruleText('≥ 97.0', scope);
    expect(issuesOf(text)).toEqual([{ ...placeOf(text, scope, mark), en, zh }]);
  });

  it('in a criterion: "> = 97"', () => {
    const require = '> = 97';
    const text = ruleText(require);
    expect(issuesOf(text)).toEqual([
      {
        ...placeOf(text, require, '>'),
        en: '"> =" is not an operator: write ">=" or "≥" without a space',
        zh: '“> =”不是运算符：请写“>=”或“≥”，中间不留空格',
      },
    ]);
  });

  it('in a "when": "=< 7100"', () => {
    const text = ruleText('≥ 97.0').replace(
      'require: "≥ 97.0" }',
      'require: "≥ 97.0", when: { capacity: "=< 7100" } }',
    );
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"=< 7100"'));
    expect(issuesOf(text)).toEqual([
      {
        line: line + 1,
        column: lines[line]!.indexOf('"=< 7100"') + 2,
        en: '"=<" is not an operator: write "<=" or "≤"',
        zh: '“=<”不是运算符：请写“<=”或“≤”',
      },
    ]);
  });

  // 200,000 spaces: a quadratic reading would run past the test's timeout; nothing here times itself.
  it('a long run of spaces inside the operator is read to its message', () => {
    const spaces = ' '.repeat(200_000);
    const spaced = parseRequirement(`>${spaces}= 97`);
    expect('error' in spaced && spaced.error.en).toBe(
      '"> =" is not an operator: write ">=" or "≥" without a space',
    );
  });
});

describe('the correct forms still read and grade the same', () => {
  it.each([
    ['≥ 97.0 %', '≤ 14000 W'],
    ['≥97', '≤14000'],
    ['>= 97.0', '<= 14000'],
    ['≥ 97.0', '≤ 14000'],
    ['== 97.0', '< 14000.5'],
  ])('%s, scope %s', async (require, scope) => {
    const text = ruleText(require, scope);
    expect(issuesOf(text)).toEqual([]);
    const pair = graderPair(parseRuleSet(text));
    const equality = require.startsWith('==');
    expect((await pair.grade({ purity: 97, capacity: 14000 })).grade).toBe('pass');
    expect((await pair.grade({ purity: 96.9, capacity: 14000 })).grade).toBeNull();
    expect((await pair.grade({ purity: equality ? 97 : 99, capacity: 14000.5 })).notGradedReason?.code).toBe(
      'out-of-scope',
    );
  });

  it('parseRequirement reads the ASCII and symbol spellings alike', () => {
    const outline = (text: string) => {
      const r = parseRequirement(text);
      return 'error' in r
        ? r.error.en
        : r.kind === 'compare'
          ? `${r.operator} ${JSON.stringify(r.operand)}`
          : r.kind;
    };
    expect(outline('≥ 97.0 %')).toBe(outline('>= 97.0 %'));
    expect(outline('≤ 14000')).toBe(outline('<=14000'));
    expect(outline('≠ 3')).toBe(outline('!= 3'));
    expect(outline('== 3')).toBe(outline('= 3'));
    expect(outline('≥ 97.0 %')).toBe(
      '>= {"kind":"literal","literal":{"value":97,"text":"97.0","decimals":1},"unit":"%"}',
    );
  });

  it('a long run of spaces beside full-width characters is read to its message', () => {
    const spaces = ' '.repeat(200_000);
    const operator = parseRequirement(`＞${spaces}＝ 97`);
    const digits = parseRequirement(`≥ ９７${spaces}`);
    expect('error' in operator && operator.error.en).toBe(
      '"＞ ＝" is not an operator: "＞" (U+FF1E), "＝" (U+FF1D) are full-width characters; write ">=" or "≥"',
    );
    expect('error' in digits && digits.error.en).toContain('write ASCII "97"');
  });
});

describe("a standard's words for an operator are answered with the symbol to write", () => {
  it.each([
    ['不大于 0.3 %', '不大于', '≤ 0.3 %'],
    ['不小于 97', '不小于', '≥ 97'],
    ['不超过 99.5', '不超过', '≤ 99.5'],
    ['大于等于 95', '大于等于', '≥ 95'],
    ['小于 99', '小于', '< 99'],
    ['not less than 95', 'not less than', '≥ 95'],
    ['Max 99.5 %', 'Max', '≤ 99.5 %'],
  ])('%s → %s', (written, word, shown) => {
    const text = ruleText(written);
    const [issue, ...rest] = issuesOf(text);
    expect(rest).toEqual([]);
    expect(issue).toEqual({
      ...placeOf(text, written, word),
      en: `"${written}" opens with the words "${word}": a rule file writes the operator; write "${shown}"`,
      zh: `“${written}”以文字“${word}”开头：规则文件中用运算符，请写 "${shown}"`,
    });
    // What the message says to write is read as the requirement.
    expect(issuesOf(ruleText(shown))).toEqual([]);
  });

  it('leaves a word that only starts like one (minimum, maxLimit) to the general message', () => {
    for (const written of ['minimum 95', 'maxLimit']) {
      const [issue] = issuesOf(ruleText(written));
      expect(issue!.en).toContain('does not start with an operator');
    }
  });
});
