/**
 * studio-author-43: impact energy tested only `when: { thickness: "≥ 8" }` and left required (the default) made
 * every thin plate without an impact test an invalid record ("impactEnergy … is missing"), and `validate` said
 * nothing. It now warns at the indicator (`required-beyond-when`), naming the `when`s and the `requiredWhen` to write.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const IMPACT =
  '  impactEnergy: { type: number, unit: J, range: "≥ 0", label: { zh: 冲击吸收能量, en: Impact energy } }';
const THIN_ONLY = '  - { id: impact, indicator: impactEnergy, when: { thickness: "≥ 8" }, require: "≥ 34" }';

const plate = (impact = IMPACT, criteria = THIN_ONLY, extra = '') =>
  `${ruleFileHeader('steel/plate', { zh: '钢板', en: 'Steel plate' })}indicators:
  thickness: { type: number, unit: mm, range: "> 0", label: { zh: 厚度, en: Thickness } }
  yieldStrength: { type: number, unit: MPa, range: "> 0", label: { zh: 上屈服强度, en: Upper yield strength } }
${impact}
${extra}grades:
  - { id: conforming, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: yield, indicator: yieldStrength, require: "≥ 355" }
${criteria}
`;

const issuesOf = (text: string) => checkRuleSet(text, { filename: 'p.yaml' }).issues;
const beyond = (text: string) => issuesOf(text).filter((i) => i.code === 'required-beyond-when');

describe('a required indicator read only under a `when` that leaves records out', () => {
  it('warns at the indicator, naming the `when` and the requiredWhen to write, zh and en', () => {
    const issues = issuesOf(plate());
    expect(issues.map((i) => [i.code, i.severity, i.line, i.column])).toEqual([
      ['required-beyond-when', 'warning', 12, 3],
    ]);
    expect(issues[0]!.text.zh).toBe(
      '指标“冲击吸收能量”（“impactEnergy”）必须给出，而读取它的要求都只在“when”成立时适用（要求“impact”：“when: { thickness: "≥ 8" }”）：不满足这些条件的记录不检验它，缺少它却会无效。若只有满足条件的记录才检测它，请给它写“requiredWhen: { thickness: "≥ 8" }”（不写“required: true”）',
    );
    expect(issues[0]!.text.en).toBe(
      'indicator "Impact energy" (impactEnergy) is required, but every requirement reading it applies only under a "when" (requirement impact: when: { thickness: "≥ 8" }): a record that meets none of them is not tested on it, yet is invalid without it. If only the records that meet it are measured for it, write "requiredWhen: { thickness: "≥ 8" }" on it (and no "required: true")',
    );
  });

  it('the advice written, the file is clean: a 6 mm plate without impact energy is graded, a 10 mm one invalid', async () => {
    const advised = IMPACT.replace('range: "≥ 0",', 'range: "≥ 0", requiredWhen: { thickness: "≥ 8" },');
    const { ruleSet, issues } = checkRuleSet(plate(advised));
    expect(issues).toEqual([]);
    const grader = createGrader(ruleSet!);
    const thin = await grader.grade({ thickness: 6, yieldStrength: 400 });
    expect([thin.grade, thin.errors]).toEqual(['conforming', undefined]);
    const thick = await grader.grade({ thickness: 10, yieldStrength: 400 });
    expect(thick.grade).toBeNull();
    expect(thick.errors?.map((e) => [e.code, e.field])).toEqual([['missing', 'impactEnergy']]);
    // The old file refused the thin plate: what the warning is about.
    const old = await createGrader(checkRuleSet(plate()).ruleSet!).grade({
      thickness: 6,
      yieldStrength: 400,
    });
    expect(old.errors?.map((e) => e.field)).toEqual(['impactEnergy']);
  });

  it('no warning with requiredWhen, required: false, a default, or a requirement without a `when` too', () => {
    const opt = (words: string) => IMPACT.replace('range: "≥ 0",', `range: "≥ 0", ${words},`);
    expect(beyond(plate(opt('requiredWhen: { thickness: "≥ 8" }')))).toEqual([]);
    expect(beyond(plate(opt('required: false')))).toEqual([]);
    expect(beyond(plate(opt('default: 0')))).toEqual([]);
    const always = `${THIN_ONLY}\n  - { id: impact-any, indicator: impactEnergy, require: "≥ 27" }`;
    expect(issuesOf(plate(IMPACT, always))).toEqual([]);
  });

  it('no warning when the `when`s cover every record: bands that meet, each value of an enum', () => {
    const bands = `${THIN_ONLY}\n  - { id: impact-thin, indicator: impactEnergy, when: { thickness: "< 8" }, require: "≥ 27" }`;
    expect(issuesOf(plate(IMPACT, bands))).toEqual([]);
    // Just short of meeting (< 7.9): a 7.95 mm plate meets neither.
    expect(beyond(plate(IMPACT, bands.replace('"< 8"', '"< 7.9"')))).toHaveLength(1);
    const grade =
      '  quality: { type: enum, values: [B, C, D], label: { zh: 质量等级, en: Quality grade } }\n';
    const byGrade = ['B', 'C', 'D']
      .map(
        (g) => `  - { id: impact-${g}, indicator: impactEnergy, when: { quality: ${g} }, require: "≥ 34" }`,
      )
      .join('\n');
    expect(issuesOf(plate(IMPACT, byGrade, grade))).toEqual([]);
    // One value left out: its records are invalid without impact energy; the advice lists the values read.
    const two = byGrade.split('\n').slice(0, 2).join('\n');
    const [issue, ...rest] = beyond(plate(IMPACT, two, grade));
    expect(rest).toEqual([]);
    expect(issue!.text.en).toContain('write "requiredWhen: { quality: [B, C] }" on it');
  });

  it('a scope item that keeps the thin plates out: no warning', () => {
    const scope =
      'scope:\n  - { id: thick-only, indicator: thickness, require: "≥ 8", reason: { zh: 仅厚板, en: Thick plates only } }\n';
    expect(issuesOf(plate(IMPACT, THIN_ONLY, scope))).toEqual([]);
    // Kept out below 6 mm only: a 7 mm plate is in scope and not tested.
    expect(beyond(plate(IMPACT, THIN_ONLY, scope.replace('"≥ 8"', '"≥ 6"')))).toHaveLength(1);
  });

  it('bands of one number that join are advised as one; written, the file is clean', () => {
    const two = `${THIN_ONLY}\n  - { id: impact-thick, indicator: impactEnergy, when: { thickness: "≥ 16" }, require: "≥ 40" }`;
    const [issue] = beyond(plate(IMPACT, two));
    expect(issue!.text.en).toContain(
      '(requirement impact: when: { thickness: "≥ 8" }; requirement impact-thick: when: { thickness: "≥ 16" })',
    );
    expect(issue!.text.en).toContain('write "requiredWhen: { thickness: "≥ 8" }" on it');
    const advised = IMPACT.replace('range: "≥ 0",', 'range: "≥ 0", requiredWhen: { thickness: "≥ 8" },');
    expect(issuesOf(plate(advised, two))).toEqual([]);
  });

  it('`when`s on two values that make no one condition: advises an `any:` of them (when-required-44; was required: false)', () => {
    const grade =
      '  quality: { type: enum, values: [B, C, D], label: { zh: 质量等级, en: Quality grade } }\n';
    const two = `${THIN_ONLY}\n  - { id: impact-d, indicator: impactEnergy, when: { quality: D }, require: "≥ 27" }`;
    const [issue] = beyond(plate(IMPACT, two, grade));
    expect(issue!.text.zh).toContain(
      '请给它写“requiredWhen: { any: [{ fact: thickness, operator: greaterThanInclusive, value: 8 }, { fact: quality, operator: equal, value: D }] }”',
    );
    expect(issue!.text.en).toContain(
      'write "requiredWhen: { any: [{ fact: thickness, operator: greaterThanInclusive, value: 8 }, { fact: quality, operator: equal, value: D }] }" on it',
    );
  });

  it('not said beside a schema error in the requirement that reads it always (left out, it reads nothing)', () => {
    const broken = `${THIN_ONLY}\n  - { id: impact-any, indicator: impactEnergy, requir: "≥ 27" }`;
    const issues = issuesOf(plate(IMPACT, broken));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.filter((i) => i.code === 'required-beyond-when')).toEqual([]);
  });
});
