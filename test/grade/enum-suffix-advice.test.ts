/**
 * What the error on an enum value says to write when the text is a listed value with something after it
 * (committee-24 F8, F17), or a listed value spelled another way in a JSON record (F15, F16):
 * - `Q355ND`, `Q355B`: the steel's quality grade written into the designation; the letter is a grade id of the
 *   rule set, which grading gives: drop it;
 * - `42.5R` (or `42.5(R)`, `42.5（早强）`: hostile-25 M5) where only 42.5 and 52.5 are listed: R is no unit, and
 *   "write 42.5" would grade a rapid-hardening cement on another class's limits: no such advice; `5mm` for a
 *   nominal size 5 still gets it;
 * - JSON `"P·Ⅱ"`, `"PO"`, `"42.50"`: used as written (refused), the message saying the listed value.
 */
import { describe, expect, it } from 'vitest';
import { createGrader, parseRuleSet } from '../../src/index';
import { bundled } from '../helpers';

const STEEL_VALUES = 'Q355, Q390, Q355N, Q390N, Q355M, Q390M';

describe('a grade letter after a designation (committee-24 F8)', async () => {
  const steel = await bundled('steel/low-alloy-structural-steel');
  const error = async (designation: string) =>
    (await steel.grade({ designation })).errors?.find((e) => e.field === 'designation');

  it.each([
    ['Q355ND', 'D', 'Q355N', 'D级：冲击试验温度 −20 °C', 'Grade D: Impact tested at −20 °C'],
    ['Q355B', 'B', 'Q355', 'B级：冲击试验温度 +20 °C', 'Grade B: Impact tested at +20 °C'],
    [
      'Q390NE',
      'E',
      'Q390N',
      'E级：冲击试验温度 −40 °C（仅正火交货）',
      'Grade E: Impact tested at −40 °C (normalized delivery only)',
    ],
    ['Q355MC', 'C', 'Q355M', 'C级：冲击试验温度 0 °C', 'Grade C: Impact tested at 0 °C'],
  ])(
    '%s: says the trailing %s is a grade and to write %s, zh and en',
    async (text, letter, value, zh, en) => {
      expect((await error(text))?.message).toEqual({
        zh: `牌号（交货状态）应为 Q355、Q390、Q355N、Q390N、Q355M、Q390M 之一，实际为 "${text}"，末尾的“${letter}”是本规则集评定的等级（${zh}），由评定得出，不作输入：请去掉它，写作 ${value}`,
        en: `designation (Designation (delivery condition)) must be one of ${STEEL_VALUES}, got "${text}", the trailing "${letter}" is a grade this rule set gives (${en}), not an input: remove it and write ${value}`,
      });
    },
  );

  it.each([
    'Q355A', // A is no grade of this rule set
    'Q355Nd', // a grade id in another case
    'Q355 D', // a space before it
    'Q355DD',
    'Q420D', // Q420 is not listed
    'DQ355',
  ])('%s: no grade advice, the allowed values only', async (text) => {
    expect((await error(text))?.message.en).toBe(
      `designation (Designation (delivery condition)) must be one of ${STEEL_VALUES}, got "${text}"`,
    );
  });
});

// Nominal sizes with a unit, strength classes without R: the unit advice is for units, not class marks.
const RULES = `schemaVersion: 1
id: building-materials/classes
version: 1.0.0
industry: building-materials
subject: product
title: { zh: 等级, en: Classes }
references:
  - { code: GB 175, edition: "2007", title: { zh: 通用硅酸盐水泥, en: Common Portland cement } }
provenance: { level: illustrative, note: { zh: 示例, en: Example } }
grades:
  - { id: ordinary, label: { zh: 普通级, en: Ordinary } }
indicators:
  strengthClass:
    type: enum
    values: ["42.5", "52.5"]
    label: { zh: 强度等级, en: Strength class }
  size:
    type: enum
    values: [5, 6, 8]
    unit: mm
    required: false
    label: { zh: 公称尺寸, en: Nominal size }
  rebar:
    type: enum
    values: [HRB400, HRB400E]
    required: false
    label: { zh: 牌号, en: Grade name }
criteria:
  - { id: class, indicator: strengthClass, require: 'in ["42.5", "52.5"]', grade: ordinary }
`;

describe('a letter after a listed number (committee-24 F17)', async () => {
  const grader = createGrader(await parseRuleSet(RULES, { filename: 't.yaml' }));
  const message = (record: Record<string, unknown>) =>
    grader.gradeSync({ strengthClass: '42.5', ...record }).errors?.[0]?.message;

  // The message with no advice after it, zh and en.
  const plain = (text: string) => ({
    zh: `强度等级应为 42.5、52.5 之一，实际为 "${text}"`,
    en: `strengthClass (Strength class) must be one of 42.5, 52.5, got "${text}"`,
  });

  it.each(['42.5R', '52.5R', '42.5N', '42.5r', '42.5E', '42.5 R'])(
    '%s: no "unit after the number" advice (a class mark, not a unit)',
    (text) => {
      expect(message({ strengthClass: text })).toEqual(plain(text));
    },
  );

  // Followed, "write 42.5" would grade a rapid-hardening cement on 42.5's limits (hostile-25 M5; how these
  // spellings read where 42.5R is listed: enum-rapid-mark-25.test.ts).
  it.each(['42.5(R)', '42.5（R）', '42.5 R型', '42.5（早强）', '42.5(r)'])(
    '%s where only 42.5 and 52.5 are listed: no "write 42.5", zh and en',
    (text) => {
      expect(message({ strengthClass: text })).toEqual(plain(text));
    },
  );

  it('letters the rule set’s values carry after a number (E of HRB400E) are no unit, in any case', () => {
    expect(message({ strengthClass: '42.5 e' })?.en).toBe(
      'strengthClass (Strength class) must be one of 42.5, 52.5, got "42.5 e"',
    );
  });

  it.each([
    ['42.5 MPa', '42.5', ''],
    // A class word after the value: the rule-side fix too, an alias (newcomer-36 M7).
    ['42.5级', '42.5', 'valueLabels: { "42.5": { aliases: ["42.5级"] } }'],
    ['42.5 ER', '42.5', ''], // two letters no value carries: a word, not a class mark
  ])('%s: still told to write %s alone', (text, n, alias) => {
    expect(message({ strengthClass: text })).toEqual({
      zh: `强度等级应为 42.5、52.5 之一，实际为 "${text}"，数值后带了单位：请只写数值 ${n}${alias ? `；如这是同一取值的另一种写法，也可在规则文件中把它列为别名：${alias}` : ''}`,
      en: `strengthClass (Strength class) must be one of 42.5, 52.5, got "${text}", a number with a unit after it: write the number alone, ${n}${alias ? `; if it is another spelling of the same value, the rule file can list it as an alias: ${alias}` : ''}`,
    });
  });

  it.each(['5mm', '5 mm', '6毫米'])(
    '%s: a nominal size with its unit is still told to write the number',
    (text) => {
      expect(message({ size: text })?.en).toBe(
        `size (Nominal size) must be one of 5, 6, 8, got "${text}", a number with a unit after it: write the number alone, ${Number.parseInt(text, 10)}`,
      );
    },
  );
});

describe('a JSON value spelled as a CSV cell would be read (committee-24 F15, F16)', async () => {
  const cement = await bundled('building-materials/cement-quality-grade');
  const error = async (record: Record<string, unknown>) =>
    (await cement.grade({ cementType: 'P.O', strengthClass: '42.5', ...record })).errors?.[0]?.message;

  it.each([
    [{ cementType: 'P·Ⅱ' }, 'P.II'],
    [{ cementType: 'PO' }, 'P.O'],
    [{ strengthClass: '42.50' }, '42.5'],
  ])('%j is refused, saying to write %s', async (record, value) => {
    const got = await error(record);
    expect(got?.en).toMatch(new RegExp(`[:;] write "${value.replace('.', '\\.')}"$`));
    expect(got?.zh).toMatch(new RegExp(`[，；]应写作 "${value.replace('.', '\\.')}"$`));
  });

  it('P·Ⅱ says which characters differ from P.II: the dot and the Roman numeral (fix-texts3)', async () => {
    const got = await error({ cementType: 'P·Ⅱ' });
    expect(got?.en).toBe(
      'cementType (Cement type) must be one of P.I, P.II, P.O, P.S.A, P.S.B, P.P, P.F, P.C, got "P·Ⅱ": the value "P.II" has "." and the letters "II" where this has "·" (U+00B7) and the Roman numeral "Ⅱ" (U+2161); write "P.II"',
    );
    expect(got?.zh).toBe(
      '水泥品种应为 P.I、P.II、P.O、P.S.A、P.S.B、P.P、P.F、P.C 之一，实际为 "P·Ⅱ"：取值“P.II”中是“.”、字母“II”，这里写的是“·”（U+00B7）、罗马数字“Ⅱ”（U+2161）；应写作 "P.II"',
    );
  });
});
