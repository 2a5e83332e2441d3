/**
 * when-required-44: `required-beyond-when`'s advice, followed literally, must leave `validate` clean and mean what the
 * `when`s mean. For `when`s on two values it said `required: false`, which drew `unmet-when-absent` (a thick plate
 * without impact energy was then never graded); it now writes the exact `requiredWhen` (`any:` in json-rules-engine's
 * syntax, `not:` the values left out for a value with a default), and `unmet-when-absent` sees through `any`. A Chinese value
 * in the YAML to paste is quoted; beside `band-gap` on the same `when`s, the message says they are the same records.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const IMPACT =
  '  impactEnergy: { type: number, unit: J, range: "≥ 0", label: { zh: 冲击吸收能量, en: Impact energy } }';

const plate = (criteria: string, quality = '', impact = IMPACT) =>
  `${ruleFileHeader('steel/plate', { zh: '钢板', en: 'Steel plate' })}indicators:
  thickness: { type: number, unit: mm, range: "> 0", label: { zh: 厚度, en: Thickness } }
  quality: { type: enum, values: [B, C, D]${quality}, label: { zh: 质量等级, en: Quality grade } }
${impact}
grades:
  - { id: conforming, label: { zh: 合格, en: Conforming } }
criteria:
${criteria}
`;

const issuesOf = (text: string) => checkRuleSet(text, { filename: 'p.yaml' }).issues;

/** The file with the warning's advice pasted in as it says: `requiredWhen: <text>` on the indicator. */
function followed(text: string): string {
  const [issue, ...rest] = issuesOf(text).filter((i) => i.code === 'required-beyond-when');
  expect(rest).toEqual([]);
  const advice = /write "requiredWhen: (.*)" on it/.exec(issue!.text.en)?.[1];
  expect(advice).toBeDefined();
  expect(issue!.text.zh).toContain(`请给它写“requiredWhen: ${advice}”`);
  return text.replace(IMPACT, IMPACT.replace('range: "≥ 0",', `range: "≥ 0", requiredWhen: ${advice},`));
}

/** Which of `records` (without impact energy) the rule set refuses as missing it. */
async function refused(text: string, records: Record<string, unknown>[]): Promise<boolean[]> {
  const grader = createGrader(checkRuleSet(text).ruleSet!);
  const results = await Promise.all(records.map((r) => grader.grade(r)));
  return results.map((r) => r.errors?.some((e) => e.field === 'impactEnergy') === true);
}

const TWO_FACTS = [
  '  - { id: impact, indicator: impactEnergy, when: { thickness: "≥ 8" }, require: "≥ 34" }',
  '  - { id: impact-d, indicator: impactEnergy, when: { quality: D }, require: "≥ 27" }',
].join('\n');

describe('required-beyond-when: the advice followed literally', () => {
  it('`when`s on two values: an exact `any:`, and the file it makes is clean', async () => {
    const text = plate(TWO_FACTS);
    const [issue] = issuesOf(text);
    expect(issue!.text.en).toContain(
      'If only the records that meet one of them are measured for it, write "requiredWhen: { any: [{ fact: thickness, operator: greaterThanInclusive, value: 8 }, { fact: quality, operator: equal, value: D }] }" on it (and no "required: true")',
    );
    const advised = followed(text);
    // The old advice, `required: false`, drew unmet-when-absent: a 10 mm plate without impact energy never graded.
    expect(issuesOf(advised)).toEqual([]);
    const records = [
      { thickness: 6, quality: 'B' },
      { thickness: 6, quality: 'D' },
      { thickness: 8, quality: 'B' },
      { thickness: 7.99, quality: 'C' },
    ];
    expect(await refused(advised, records)).toEqual([false, true, true, false]);
  });

  it('a requiredWhen written with `any:` by hand counts as meant by unmet-when-absent, a band within a branch too', () => {
    const any =
      'requiredWhen: { any: [{ fact: thickness, operator: greaterThanInclusive, value: 6 }, { fact: quality, operator: in, value: [C, D] }] }';
    const impact = IMPACT.replace('range: "≥ 0",', `range: "≥ 0", ${any},`);
    expect(issuesOf(plate(TWO_FACTS, '', impact))).toEqual([]);
    // A `when` that holds outside every branch (thickness ≥ 4) is still warned about.
    const wide = TWO_FACTS.replace('"≥ 8"', '"≥ 4"');
    expect(issuesOf(plate(wide, '', impact)).map((i) => [i.code, i.line])).toEqual([
      ['unmet-when-absent', 16],
    ]);
  });

  it('a `when` on a value with a default: `not:` the values it leaves out, which holds where the value is left out', async () => {
    const text = plate(
      '  - { id: impact, indicator: impactEnergy, when: { quality: [B, C] }, require: "≥ 34" }',
      ', default: B',
    );
    const [issue] = issuesOf(text);
    expect(issue!.text.en).toContain(
      'write "requiredWhen: { not: { fact: quality, operator: equal, value: D } }" on it',
    );
    const advised = followed(text);
    expect(issuesOf(advised)).toEqual([]);
    // Left out, quality is B (the default), and B is tested: the record must give impact energy, as before.
    const records = [{ thickness: 10 }, { thickness: 10, quality: 'C' }, { thickness: 10, quality: 'D' }];
    expect(await refused(advised, records)).toEqual([true, true, false]);
    expect(await refused(text, records)).toEqual([true, true, true]);
  });

  it('a default the `when` does not meet leaves the comparison as it is', () => {
    const text = plate(
      [
        '  - { id: impact, indicator: impactEnergy, when: { quality: D }, require: "≥ 34" }',
        '  - { id: impact-thick, indicator: impactEnergy, when: { thickness: "≥ 40" }, require: "≥ 27" }',
      ].join('\n'),
      ', default: B',
    );
    const [issue] = issuesOf(text);
    expect(issue!.text.en).toContain(
      'write "requiredWhen: { any: [{ fact: quality, operator: equal, value: D }, { fact: thickness, operator: greaterThanInclusive, value: 40 }] }" on it',
    );
    expect(issuesOf(followed(text))).toEqual([]);
    // One `when` that its default does not meet: the advice is the `when` as written.
    const one = plate(
      '  - { id: impact, indicator: impactEnergy, when: { quality: D }, require: "≥ 34" }',
      ', default: B',
    );
    expect(issuesOf(one)[0]!.text.en).toContain('write "requiredWhen: { quality: D }" on it');
  });

  it('bands of one number and values of one enum join, each as one branch', () => {
    const text = plate(
      [
        '  - { id: impact, indicator: impactEnergy, when: { thickness: "≥ 8" }, require: "≥ 34" }',
        '  - { id: impact-c, indicator: impactEnergy, when: { quality: C }, require: "≥ 27" }',
        '  - { id: impact-thick, indicator: impactEnergy, when: { thickness: "[16, 40)" }, require: "≥ 40" }',
        '  - { id: impact-d, indicator: impactEnergy, when: { quality: D }, require: "≥ 27" }',
      ].join('\n'),
    );
    const [issue] = issuesOf(text);
    expect(issue!.text.en).toContain(
      'write "requiredWhen: { any: [{ fact: thickness, operator: greaterThanInclusive, value: 8 }, { fact: quality, operator: in, value: [C, D] }] }" on it',
    );
    expect(issuesOf(followed(text))).toEqual([]);
  });
});

describe('required-beyond-when: Chinese values quoted, band-gap named', () => {
  const tile = (extra = '') =>
    `${ruleFileHeader('ceramics/tile', { zh: '瓷砖', en: 'Tile' })}indicators:
  category: { type: enum, values: [瓷质砖, 炻瓷砖, 陶质砖], label: { zh: 类别, en: Category } }
  waterAbsorption: { type: number, unit: "%", range: "≥ 0"${extra}, label: { zh: 吸水率, en: Water absorption } }
grades:
  - { id: conforming, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: wa-1, indicator: waterAbsorption, when: { category: 瓷质砖 }, require: "≤ 0.5" }
  - { id: wa-2, indicator: waterAbsorption, when: { category: 炻瓷砖 }, require: "≤ 3" }
`;

  it('a value in Chinese is quoted in the YAML to paste, and pasted it reads the same', async () => {
    const issues = issuesOf(tile());
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['required-beyond-when', 11, 3],
      ['band-gap', 15, 51],
    ]);
    const [beyond] = issues;
    expect(beyond!.text.en).toBe(
      'indicator "Water absorption" (waterAbsorption) is required, but every requirement reading it applies only under a "when" (requirement wa-1: when: { category: "瓷质砖" }; requirement wa-2: when: { category: "炻瓷砖" }): a record that meets none of them is not tested on it, yet is invalid without it. These are the records the band-gap warning at 15:51 is about: if the standard sets a limit for them too, a requirement for them clears both warnings. If only the records that meet one of them are measured for it, write "requiredWhen: { category: ["瓷质砖", "炻瓷砖"] }" on it (and no "required: true")',
    );
    expect(beyond!.text.zh).toBe(
      '指标“吸水率”（“waterAbsorption”）必须给出，而读取它的要求都只在“when”成立时适用（要求“wa-1”：“when: { category: "瓷质砖" }”；要求“wa-2”：“when: { category: "炻瓷砖" }”）：不满足这些条件的记录不检验它，缺少它却会无效。这些记录也就是第 15 行第 51 列“band-gap”警告所说的记录：若标准对它们也有限值，为它们加上要求即可同时消除两条警告。若只有满足条件的记录才检测它，请给它写“requiredWhen: { category: ["瓷质砖", "炻瓷砖"] }”（不写“required: true”）',
    );
    const pasted = tile(', requiredWhen: { category: ["瓷质砖", "炻瓷砖"] }');
    expect(issuesOf(pasted)).toEqual([]);
    const records = ['瓷质砖', '炻瓷砖', '陶质砖'].map((category) => ({ category }));
    const refused = async (text: string) => {
      const grader = createGrader(checkRuleSet(text).ruleSet!);
      return (await Promise.all(records.map((r) => grader.grade(r)))).map((r) => r.errors?.[0]?.field);
    };
    expect(await refused(pasted)).toEqual(['waterAbsorption', 'waterAbsorption', undefined]);
  });

  it('a requirement for the value left out clears both warnings', () => {
    const both = `${tile()}  - { id: wa-3, indicator: waterAbsorption, when: { category: 陶质砖 }, require: "> 10" }\n`;
    expect(issuesOf(both)).toEqual([]);
  });
});

describe('required-beyond-when: `when`s on other kinds of value', () => {
  const bench = (criteria: string) =>
    `${ruleFileHeader('steel/bench')}indicators:
  thickness: { type: number, unit: mm, range: "> 0", label: { zh: 厚度, en: Thickness } }
  width: { type: number, unit: mm, range: "> 0", label: { zh: 宽度, en: Width } }
  maker: { type: string, label: { zh: 厂家, en: Maker } }
  hardness: { type: number, specimens: 3, range: "≥ 0", label: { zh: 硬度, en: Hardness } }
${IMPACT}
derived:
  ratio: { formula: width / thickness, label: { zh: 宽厚比, en: Width to thickness } }
grades:
  - { id: conforming, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: hardness, indicator: hardness, require: "≥ 100" }
${criteria}
`;

  it('a text: every other text is left out, so it is warned, and the advice written is clean', async () => {
    const text = bench(
      '  - { id: impact, indicator: impactEnergy, when: { maker: [ACME, 鞍钢] }, require: "≥ 34" }',
    );
    const [issue, ...rest] = issuesOf(text);
    expect(rest).toEqual([]);
    expect([issue!.code, issue!.line]).toEqual(['required-beyond-when', 14]);
    expect(issue!.text.en).toContain('write "requiredWhen: { maker: [ACME, "鞍钢"] }" on it');
    const advised = followed(text);
    expect(issuesOf(advised)).toEqual([]);
    const base = { thickness: 10, width: 100, hardness: 120 };
    const records = [{ ...base, maker: 'ACME' }, { ...base, maker: '宝钢' }, base];
    expect(await refused(advised, records)).toEqual([true, false, false]);
    // A `when` for the other texts as well covers every record.
    const both = `  - { id: impact, indicator: impactEnergy, when: { maker: ACME }, require: "≥ 34" }
  - { id: impact-other, indicator: impactEnergy, when: { fact: maker, operator: notEqual, value: ACME }, require: "≥ 27" }`;
    expect(issuesOf(bench(both))).toEqual([]);
  });

  it('a derived value, a value per specimen, two values compared: not judged, and nothing is said', () => {
    for (const when of [
      '{ ratio: "≥ 8" }',
      '{ fact: hardness, operator: contains, value: 200 }',
      '{ fact: width, operator: greaterThan, value: { fact: thickness } }',
    ])
      expect(
        issuesOf(bench(`  - { id: impact, indicator: impactEnergy, when: ${when}, require: "≥ 34" }`)),
      ).toEqual([]);
  });
});

describe('unmet-when-absent under a `when`: its advice does not draw required-beyond-when', () => {
  const optional = IMPACT.replace('range: "≥ 0",', 'range: "≥ 0", required: false,');
  const thick = '  - { id: impact, indicator: impactEnergy, when: { thickness: "≥ 8" }, require: "≥ 34" }';

  it('advises the `when` with the value added and the requiredWhen where it is tested; each, written, is clean', () => {
    const text = plate(thick, '', optional);
    const [issue, ...rest] = issuesOf(text);
    expect(rest).toEqual([]);
    expect(issue!.code).toBe('unmet-when-absent');
    expect(issue!.text.en).toContain(
      'If it is not judged when not measured, make the requirement\'s when: { thickness: "≥ 8", impactEnergy: "≥ 0" }; if it must be measured, give it "requiredWhen: { thickness: "≥ 8" }"',
    );
    expect(issue!.text.zh).toContain(
      '若未检测时不判定，请把这条要求的“when”改为“when: { thickness: "≥ 8", impactEnergy: "≥ 0" }”；若必须检测，请给它写“requiredWhen: { thickness: "≥ 8" }”',
    );
    // "required: true", the old advice, draws required-beyond-when.
    const required = plate(thick, '', IMPACT.replace('range: "≥ 0",', 'range: "≥ 0", required: true,'));
    expect(issuesOf(required).map((i) => i.code)).toEqual(['required-beyond-when']);
    const judged = plate(thick.replace('"≥ 8" }', '"≥ 8", impactEnergy: "≥ 0" }'), '', optional);
    expect(issuesOf(judged)).toEqual([]);
    const measured = plate(
      thick,
      '',
      optional.replace('required: false,', 'required: false, requiredWhen: { thickness: "≥ 8" },'),
    );
    expect(issuesOf(measured)).toEqual([]);
  });
});
