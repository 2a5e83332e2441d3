/**
 * Requirement texts whose message named the wrong cause (hostile-17 F6, F10,
 * F11): Chinese quotation marks around a requirement, `1_000` read as the unit
 * "_000", `≥ 500 且 ≤ 600` told as a formula missing an operator, `是` compared
 * with a boolean; and the second error each gave, "grade … has no requirement
 * of its own", though the author wrote one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locatedIssues } from '../helpers';

const BASE = readFileSync(
  join(import.meta.dirname, '../fixtures/invalid/requirement-slips/base.yaml'),
  'utf8',
);
const HIGH = 'require: "≥ 500" }';

/** The base rule set with the high grade's only requirement written as `tail` (after `require: `). */
const withHigh = (tail: string) => {
  expect(BASE).toContain(HIGH);
  return BASE.replace(HIGH, `require: ${tail}`);
};

const issuesOf = (text: string) => locatedIssues(text, 'rule.yaml');

describe('a requirement written wrong in the only requirement of a grade', () => {
  it('the base rule set is valid', () => {
    expect(issuesOf(BASE)).toEqual([]);
  });

  it('Chinese quotation marks: names U+201C/U+201D and says to use ASCII quotes; one error only', () => {
    expect(issuesOf(withHigh('“≥ 500” }'))).toEqual([
      {
        code: 'invalid-requirement',
        line: 20,
        column: 62,
        zh: '要求两端用了中文引号 “ ”（U+201C、U+201D），YAML 把它们读作要求的一部分：请改用半角双引号 "，如 require: "≥ 500"',
        en: '"“≥ 500”" is in Chinese quotation marks "“" (U+201C), "”" (U+201D), which YAML reads as part of the requirement: quote it with ASCII double quotes ("), e.g. require: "≥ 500"',
      },
    ]);
  });

  it('"1_000": a digit-group separator, as in data, not the unit "_000"', () => {
    expect(issuesOf(withHigh('"≥ 1_000" }'))).toMatchObject([
      {
        code: 'invalid-requirement',
        line: 20,
        zh: '“≥ 1_000”用“_”作千位分隔符；限值不写分隔符：请写“1000”',
        en: '"≥ 1_000" has "_" as a digit-group separator; a limit is written without one: write "1000"',
      },
    ]);
  });

  // hostile-33 F7: the unit was refused first, with "remove "MPa" and write ≥ 1,000", which gave the separator error next.
  it.each([
    [
      '≥ 1,000 MPa',
      '“≥ 1,000 MPa”用“,”作千位分隔符；限值不写分隔符：请写“1000 MPa”',
      '"≥ 1,000 MPa" has "," as a digit-group separator; a limit is written without one: write "1000 MPa"',
    ],
    [
      '≥ 1 000 MPa',
      '“≥ 1 000 MPa”用空格作千位分隔符；限值不写分隔符：请写“1000 MPa”',
      '"≥ 1 000 MPa" has a space as a digit-group separator; a limit is written without one: write "1000 MPa"',
    ],
    [
      '≥ 1_000 MPa',
      '“≥ 1_000 MPa”用“_”作千位分隔符；限值不写分隔符：请写“1000 MPa”',
      '"≥ 1_000 MPa" has "_" as a digit-group separator; a limit is written without one: write "1000 MPa"',
    ],
    [
      '≥ 0x1F4 MPa',
      '“≥ 0x1F4 MPa”是十六进制写法；限值须写成十进制数：请写“500 MPa”',
      '"≥ 0x1F4 MPa" is written in hexadecimal; a limit is a decimal number: write "500 MPa"',
    ],
    [
      '≥ 0,70MPa',
      '“≥ 0,70MPa”用“,”作小数点；限值的小数点写作“.”：请写“0.70MPa”',
      '"≥ 0,70MPa" has "," as the decimal mark; a limit is written with ".": write "0.70MPa"',
    ],
  ])('%s: the separator or base is named first, and the text to write keeps the unit', (req, zh, en) => {
    expect(issuesOf(withHigh(`"${req}" }`))).toEqual([
      { code: 'invalid-requirement', line: 20, column: 65, zh, en },
    ]);
    // What the advice says to write is valid.
    const write = /write "([^"]+)"$/.exec(en)![1]!;
    expect(issuesOf(withHigh(`"≥ ${write}" }`)).filter((i) => i.code !== 'non-monotonic')).toEqual([]);
  });

  // newcomer-27 M35: it was "a comma-separated sequence is not allowed in a formula".
  it('"0,70": a decimal comma, with the number to write', () => {
    expect(issuesOf(withHigh('"≥ 0,70" }'))).toMatchObject([
      {
        code: 'invalid-requirement',
        line: 20,
        zh: '“≥ 0,70”用“,”作小数点；限值的小数点写作“.”：请写“0.70”',
        en: '"≥ 0,70" has "," as the decimal mark; a limit is written with ".": write "0.70"',
      },
    ]);
    // Three digits after the comma are a digit group, as before.
    expect(issuesOf(withHigh('"≥ 1,000" }'))[0]!.en).toContain('as a digit-group separator');
  });

  it('two limits joined by 且: the range to write, at the join word', () => {
    expect(issuesOf(withHigh('"≥ 500 且 ≤ 600" }'))).toEqual([
      {
        code: 'invalid-requirement',
        line: 20,
        column: 69,
        zh: '“≥ 500 且 ≤ 600”用“且”连接了两个限值；一条要求只写一个：上下限都有的请写成区间“[500, 600]”',
        en: '"≥ 500 且 ≤ 600" joins two limits with "且"; a requirement holds one: write a lower and an upper limit as the range "[500, 600]"',
      },
    ]);
    // Open ends and the upper limit first give the same range's brackets.
    expect(issuesOf(withHigh('"< 600 and > 500" }'))[0]!.en).toContain(
      'write a lower and an upper limit as the range "(500, 600)"',
    );
    // Two lower limits are no range: told as before.
    expect(issuesOf(withHigh('"≥ 500 且 ≥ 600" }'))[0]!.en).not.toContain('range');
  });

  it('是 or "true" compared with a boolean: says to write true, unquoted; anything else: true or false', () => {
    const shi = withHigh('"≥ 500", when: { bend: 是 } }');
    expect(issuesOf(shi)).toEqual([
      {
        code: 'type-mismatch',
        line: 20,
        column: 85,
        zh: '“bend”是 true 或 false；“是”永远不会与它相符：请写 true（不加引号）',
        en: '"bend" is true or false; "是" can never match it: write true (unquoted)',
      },
    ]);
    expect(issuesOf(withHigh('"≥ 500", when: { bend: "false" } }'))[0]!.en).toBe(
      '"bend" is true or false; "false" can never match it: write false (unquoted)',
    );
    expect(issuesOf(withHigh('"≥ 500", when: { bend: maybe } }'))[0]!.zh).toBe(
      '“bend”是 true 或 false；“maybe”永远不会与它相符：请写 true 或 false（不加引号）',
    );
  });

  it('full-width brackets: one error, not also "has no requirement of its own"', () => {
    expect(issuesOf(withHigh('"［500, 600］" }')).map((i) => i.code)).toEqual(['invalid-requirement']);
  });

  it('a grade with no requirement written at all is still unreachable', () => {
    const none = BASE.replace(/\n\s*- \{ id: s-high[^\n]*/, '');
    expect(issuesOf(none).map((i) => i.code)).toEqual(['unreachable-grade']);
  });
});

describe('newcomer-30 F2, F3: ± in words or as +-, and a range written 2~12', () => {
  const only = (tail: string) => {
    const issues = issuesOf(withHigh(tail));
    expect(issues).toHaveLength(1);
    return issues[0]!;
  };

  it('`正负 5`, `+- 5`, `500 +- 5`: write ±, the requirement as it should read', () => {
    expect(only('"正负 5" }')).toMatchObject({
      code: 'invalid-requirement',
      line: 20,
      zh: '“正负”请写成 ±："± 5"',
      en: 'write "正负" as ±: "± 5"',
    });
    expect(only('"+- 5" }')).toMatchObject({ zh: '“+-”请写成 ±："± 5"', en: 'write "+-" as ±: "± 5"' });
    expect(only('"500 +- 5" }')).toMatchObject({ en: 'write "+-" as ±: "500 ± 5"' });
  });

  it('`2~12` (and full-width ～): write the range [2, 12]', () => {
    expect(only('"490~510" }')).toMatchObject({
      code: 'invalid-requirement',
      line: 20,
      zh: '“490~510”要写成区间："[490, 510]"（方括号含端点，圆括号不含）',
      en: '"490~510" is written as a range: "[490, 510]" (square brackets take the end in, round ones leave it out)',
    });
    expect(only('"490～510" }').en).toContain('"[490, 510]"');
  });

  // newcomer-34 F3: `2~25 mm` as a standard's scope prints it was "does not start with an operator".
  it.each(['"490~510 MPa" }', '"490～510MPa" }', '"490 MPa ~ 510 MPa" }'])(
    '%s: write the range [490, 510], without the unit',
    (tail) => {
      expect(only(tail)).toMatchObject({
        code: 'invalid-requirement',
        line: 20,
        zh: expect.stringMatching(
          /^“.+”要写成区间，区间不写单位："\[490, 510\]"（方括号含端点，圆括号不含）$/u,
        ),
        en: expect.stringMatching(
          /^".+" is written as a range, without the unit: "\[490, 510\]" \(square brackets/u,
        ),
      });
    },
  );
});
