/**
 * A numeric enum (nominal sizes) given with its unit after the number (`5mm`)
 * is refused, as for a number indicator, and the message says to write the
 * number alone: the newcomer sweep's flat glass got only "应为 2, 3, … 之一".
 */
import { describe, expect, it } from 'vitest';
import { createGrader, parseRuleSet } from '../../src/index';

const RULES = `schemaVersion: 1
id: building-materials/nominal-sizes
version: 1.0.0
industry: building-materials
subject: product
title: { zh: 公称厚度, en: Nominal thickness }
references:
  - { code: GB 11614, edition: "2022", title: { zh: 平板玻璃, en: Flat glass } }
provenance: { level: illustrative, note: { zh: 示例, en: Example } }
grades:
  - { id: ordinary, label: { zh: 普通级, en: Ordinary } }
indicators:
  thickness:
    type: enum
    values: [2, 3, 4, 5, 6, 8, 10, 12]
    unit: mm
    label: { zh: 公称厚度, en: Nominal thickness }
criteria:
  - { id: thin, indicator: thickness, require: "in [2, 3, 4, 5, 6]", grade: ordinary }
`;

describe('a nominal size written with its unit', async () => {
  const grader = createGrader(await parseRuleSet(RULES, { filename: 't.yaml' }));
  const message = (thickness: unknown) => grader.gradeSync({ thickness }).errors?.[0]?.message;

  it.each(['5mm', '5 mm', '12毫米'])('%s: says to write the number alone', (value) => {
    const n = Number.parseInt(value, 10);
    expect(message(value)).toEqual({
      zh: `公称厚度应为 2、3、4、5、6、8、10、12 之一，实际为 "${value}"，数值后带了单位：请只写数值 ${n}`,
      en: `thickness (Nominal thickness) must be one of 2, 3, 4, 5, 6, 8, 10, 12, got "${value}", a number with a unit after it: write the number alone, ${n}`,
    });
  });

  it.each(['5(+)', '5（－）', '5 (−)'])('%s: a rounding mark, not a unit (hostile-35 M2)', (value) => {
    const mark = value.slice(1).trim();
    expect(message(value)).toEqual({
      zh: `公称厚度应为 2、3、4、5、6、8、10、12 之一，实际为 "${value}"，“${mark}”是修约标记，只用于测得的数值；枚举值是名称，不带修约标记：请写作 5`,
      en: `thickness (Nominal thickness) must be one of 2, 3, 4, 5, 6, 8, 10, 12, got "${value}", "${mark}" is a rounding mark, which only a measured number takes; an enum value is a name and takes none: write 5`,
    });
  });

  it('a size not in the list, with or without a unit, gets no such advice', () => {
    expect(message('7mm')?.en).toBe(
      'thickness (Nominal thickness) must be one of 2, 3, 4, 5, 6, 8, 10, 12, got "7mm"',
    );
    expect(message(7)?.en).toBe(
      'thickness (Nominal thickness) must be one of 2, 3, 4, 5, 6, 8, 10, 12, got 7',
    );
  });

  it('the size itself is graded', () => {
    expect(grader.gradeSync({ thickness: 5 }).grade).toBe('ordinary');
  });
});

describe('a nominal size in quotes (newcomer-26 M4)', async () => {
  const grader = createGrader(await parseRuleSet(RULES, { filename: 't.yaml' }));
  const message = (thickness: unknown) => grader.gradeSync({ thickness }).errors?.[0]?.message;

  it('"4" for the listed number 4: says the quotes made it text, as a number indicator does', () => {
    expect(message('4')).toEqual({
      zh: '公称厚度应为 2、3、4、5、6、8、10、12 之一，实际为 "4"，是加了引号的文本：请去掉引号，写作 4',
      en: 'thickness (Nominal thickness) must be one of 2, 3, 4, 5, 6, 8, 10, 12, got "4", which is text in quotes: remove the quotes and write 4',
    });
    expect(message(' 12 ')?.zh).toMatch(/是加了引号的文本：请去掉引号，写作 12$/u);
  });

  it('a quoted number not in the list gets no such advice (writing it bare would still be refused)', () => {
    expect(message('7')?.en).toBe(
      'thickness (Nominal thickness) must be one of 2, 3, 4, 5, 6, 8, 10, 12, got "7"',
    );
  });
});
