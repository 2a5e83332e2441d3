/**
 * `plausible` (standards-26 F2): the rule author's band a real value lies in, not a standard's limit. Read where an
 * indicator's `range` is, refused where `range` would be; a value outside it makes the record invalid
 * (`implausible`), for one value and for each specimen, and the input schema states it.
 */
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader, diffRuleSets, parseRuleSet } from '../../src/index';

function ruleText(x: string): string {
  return `schemaVersion: 1
id: test/plausible
version: 1.0.0
industry: test
subject: product
title: { zh: 核对范围, en: Plausible }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  x: ${x}
  k: { type: enum, values: [a, b], label: { zh: 类别, en: Kind } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: x-ok, indicator: x, require: "≥ 1" }
`;
}

const issuesOf = (x: string) =>
  checkRuleSet(ruleText(x), { filename: 'p.yaml' }).issues.map((i) => ({
    code: i.code,
    line: i.line,
    en: i.text.en,
  }));

describe('plausible in a rule file', () => {
  it('is read on a number, beside range, with no issue', () => {
    expect(
      issuesOf('{ type: number, unit: W, range: "> 0", plausible: "≥ 1000", label: { zh: 甲, en: X } }'),
    ).toEqual([]);
  });

  it('is refused on a boolean, as range is, at its line', () => {
    // (The criterion's "≥ 1" on a boolean is refused too.)
    expect(issuesOf('{ type: boolean, plausible: "≥ 1", label: { zh: 甲, en: X } }')).toContainEqual({
      code: 'type-mismatch',
      line: 10,
      en: '"plausible" applies to numbers; "x" is boolean',
    });
  });

  it.each(['at least 1000', '[5, 1]'])('%s is not a band: invalid-band', (band) => {
    expect(issuesOf(`{ type: number, plausible: "${band}", label: { zh: 甲, en: X } }`)).toEqual([
      expect.objectContaining({ code: 'invalid-band', line: 10 }),
    ]);
  });
});

describe('plausible that would make every record invalid (hostile-27 M1)', () => {
  it.each(['1000', '= 1000'])('%s holds one value: an error saying to write a bound', (band) => {
    expect(
      issuesOf(`{ type: number, unit: W, range: "> 0", plausible: "${band}", label: { zh: 甲, en: X } }`),
    ).toEqual([
      {
        code: 'invalid-band',
        line: 10,
        en: `"plausible" "${band}" holds the one value 1000: a record with any other "x" would be invalid; write a bound, e.g. "≥ 1000", or an interval, e.g. "[1000, …]"`,
      },
    ]);
  });

  it.each([
    ['≤ 0', '> 0'],
    ['< 0', '[0, 100]'],
    ['> 100', '[0, 100]'],
  ])('%s against range %s shares no value: an error, and no never-met warning naming the range', (p, r) => {
    expect(issuesOf(`{ type: number, range: "${r}", plausible: "${p}", label: { zh: 甲, en: X } }`)).toEqual([
      {
        code: 'invalid-band',
        line: 10,
        en: `"plausible" "${p}" shares no value with "range" "${r}": every value of "x" is outside one or the other, so every record would be invalid; plausible goes inside the range`,
      },
    ]);
  });

  it.each([
    ['[1, 100]', '≤ 1'],
    ['[100, 200]', '[0, 100]'],
    ['≥ 1000', '> 0'],
  ])('%s against range %s shares a value: no issue', (p, r) => {
    expect(issuesOf(`{ type: number, range: "${r}", plausible: "${p}", label: { zh: 甲, en: X } }`)).toEqual(
      [],
    );
  });
});

describe('plausible when grading', () => {
  const grader = createGrader(
    parseRuleSet(
      ruleText(
        '{ type: number, unit: mm, range: "> 0", plausible: "[5, 50]", specimens: 3, label: { zh: 直径, en: Diameter } }',
      ),
      { filename: 'p.yaml' },
    ),
  );

  it.each([[5], [50], [[5, 20, 50]]])('%j: inside the band (ends included), graded', (x) => {
    expect(grader.gradeSync({ x, k: 'a' }).grade).toBe('ok');
  });

  it('above the band: invalid, no unit guessed for a near miss', () => {
    const [e] = grader.gradeSync({ x: 50.5, k: 'a' }).errors ?? [];
    expect(e).toEqual({
      field: 'x',
      code: 'implausible',
      message: {
        zh: '直径 50.5 mm 高于核对范围 ≤ 50 mm（规则作者给出的核对范围，不是标准的限值）：请核对单位或数值',
        en: "x (Diameter) 50.5 mm is above the check range ≤ 50 mm (the rule author's plausibility check, not a standard's limit): check the unit or the figure",
      },
    });
  });

  it('each specimen is checked, and named; 0.012 (metres) is asked about as m', () => {
    const errors = grader.gradeSync({ x: [12, 0.012, 4.9], k: 'a' }).errors ?? [];
    expect(errors.map((e) => e.message.zh)).toEqual([
      '直径第 2 个试样 0.012 mm 低于核对范围 ≥ 5 mm（规则作者给出的核对范围，不是标准的限值）：请核对单位（是否为 m？）或数值',
      '直径第 3 个试样 4.9 mm 低于核对范围 ≥ 5 mm（规则作者给出的核对范围，不是标准的限值）：请核对单位或数值',
    ]);
    expect(errors[0]?.message.en).toContain(
      'x (Diameter) specimen 2 0.012 mm is below the check range ≥ 5 mm',
    );
  });

  it('a share written under % (0.91 for 91 %) is asked about as the percentage; 0.3 under 50–100 % is not (newcomer-30 M3)', () => {
    const percent = createGrader(
      parseRuleSet(
        ruleText(
          '{ type: number, unit: "%", range: "[0, 100]", plausible: "[50, 100]", label: { zh: 透射比, en: Transmittance } }',
        ),
        { filename: 'p.yaml' },
      ),
    );
    expect(percent.gradeSync({ x: 0.91, k: 'a' }).errors?.[0]?.message).toEqual({
      zh: '透射比 0.91 % 低于核对范围 ≥ 50 %（规则作者给出的核对范围，不是标准的限值）：是否把 91% 写成了 0.91？单位为 % 时请写 91',
      en: "x (Transmittance) 0.91 % is below the check range ≥ 50 % (the rule author's plausibility check, not a standard's limit): is it 91 % written as the fraction 0.91? Under % write 91",
    });
    // 0.57 × 100 is 56.99999999999999 in binary: said as 57. 0.3 × 100 is below the band too: no guess.
    expect(percent.gradeSync({ x: 0.57, k: 'a' }).errors?.[0]?.message.zh).toContain(
      '是否把 57% 写成了 0.57？',
    );
    expect(percent.gradeSync({ x: 0.3, k: 'a' }).errors?.[0]?.message.zh).toContain('：请核对单位或数值');
    expect(percent.gradeSync({ x: 49, k: 'a' }).errors?.[0]?.message.zh).toContain('：请核对单位或数值');
  });

  it('the rule set lists it as written, beside range', () => {
    expect(grader.ruleSet.indicators.find((i) => i.name === 'x')).toMatchObject({
      range: '> 0',
      plausible: '[5, 50]',
    });
  });

  it('the input schema refuses what the grader refuses', () => {
    const valid = new Ajv2020({ strict: false }).compile(grader.inputSchema);
    expect(valid({ x: 4.9, k: 'a' })).toBe(false);
    expect(valid({ x: [12, 60], k: 'a' })).toBe(false);
    expect(valid({ x: 5, k: 'a' })).toBe(true);
    expect(valid({ x: [5, 50], k: 'a' })).toBe(true);
  });
});

/** A rule file with two setting times and a derived value over them; `extra` is the derived value's other keys. */
function derivedText(extra: string, formula = 'final - initial', specimens = ''): string {
  return `schemaVersion: 1
id: test/plausible-derived
version: 1.0.0
industry: test
subject: product
title: { zh: 核对范围, en: Plausible }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  initial: { type: number, unit: min, range: "≥ 0",${specimens} label: { zh: 初凝时间, en: Initial setting } }
  final: { type: number, unit: min, range: "≥ 0", label: { zh: 终凝时间, en: Final setting } }
derived:
  gap:
    label: { zh: 终凝与初凝之差, en: Setting interval }
    unit: min
    formula: ${formula}
${extra}
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: final-max, indicator: final, require: "≤ 600 min" }
`;
}

describe('plausible on a derived value (standards-31 F2: final setting before initial setting)', () => {
  const derivedIssues = (extra: string, formula?: string) =>
    checkRuleSet(derivedText(extra, formula), { filename: 'd.yaml' }).issues.map((i) => ({
      code: i.code,
      line: i.line,
      en: i.text.en,
    }));

  it('is read on a formula giving a number, with no issue', () => {
    expect(derivedIssues('    plausible: "> 0"')).toEqual([]);
  });

  it('is refused on a formula giving true/false, at its line', () => {
    expect(derivedIssues('    plausible: "> 0"', 'final > initial')).toEqual([
      { code: 'type-mismatch', line: 17, en: '"plausible" applies to numbers; "gap" is boolean' },
    ]);
  });

  it.each(['positive', '[5, 1]'])('%s is not a band: invalid-band at its line', (band) => {
    expect(derivedIssues(`    plausible: "${band}"`)).toEqual([
      expect.objectContaining({ code: 'invalid-band', line: 17 }),
    ]);
  });

  const grader = createGrader(parseRuleSet(derivedText('    plausible: "> 0"'), { filename: 'd.yaml' }));

  it('a difference of 0 or below (the two columns swapped): invalid, naming the values the formula read', () => {
    const swapped = grader.gradeSync({ initial: 300, final: 100 });
    expect(swapped.grade).toBeNull();
    expect(swapped.errors).toEqual([
      {
        field: 'gap',
        code: 'implausible',
        message: {
          zh: '终凝与初凝之差 -200 min 低于核对范围 > 0 min（规则作者给出的核对范围，不是标准的限值），由 终凝时间 = 100 min，初凝时间 = 300 min 计算：请核对这些值（是否填错了列？）',
          en: "gap (Setting interval) -200 min is below the check range > 0 min (the rule author's plausibility check, not a standard's limit), computed from Final setting = 100 min, Initial setting = 300 min: check those values (are two columns swapped?)",
        },
      },
    ]);
    // At the bound, which "> 0" leaves out, and just above it.
    expect(grader.gradeSync({ initial: 160, final: 160 }).errors?.[0]?.code).toBe('implausible');
    const after = grader.gradeSync({ initial: 160, final: 160.5 });
    expect([after.errors, after.grade]).toEqual([undefined, 'ok']);
  });

  it('an upper bound is said as above; a value inside a closed band at its ends is graded', () => {
    const banded = createGrader(
      parseRuleSet(derivedText('    plausible: "[10, 600]"'), { filename: 'd.yaml' }),
    );
    expect(banded.gradeSync({ initial: 100, final: 110 }).grade).toBe('ok');
    expect(banded.gradeSync({ initial: 0, final: 600 }).grade).toBe('ok');
    expect(banded.gradeSync({ initial: 0, final: 601 }).errors?.[0]?.message.en).toContain(
      'gap (Setting interval) 601 min is above the check range ≤ 600 min',
    );
    expect(banded.gradeSync({ initial: 100, final: 109 }).errors?.[0]?.message.zh).toContain(
      '终凝与初凝之差 9 min 低于核对范围 ≥ 10 min',
    );
  });

  it('computed per specimen: the specimen outside is named, with its own values', () => {
    const perSpecimen = createGrader(
      parseRuleSet(derivedText('    plausible: "> 0"', 'final - initial', ' specimens: 3,'), {
        filename: 'd.yaml',
      }),
    );
    expect(perSpecimen.gradeSync({ initial: [100, 150, 120], final: 200 }).grade).toBe('ok');
    const [e] = perSpecimen.gradeSync({ initial: [100, 250, 120], final: 200 }).errors ?? [];
    expect(e?.message.zh).toBe(
      '第 2 个试样的终凝与初凝之差 -50 min 低于核对范围 > 0 min（规则作者给出的核对范围，不是标准的限值），由 终凝时间 = 200 min，初凝时间 = 250 min 计算：请核对这些值（是否填错了列？）',
    );
    expect(e?.message.en).toContain('gap (Setting interval) for specimen 2 -50 min is below');
  });

  it('diff says a changed band, narrower as stricter, at both lines', () => {
    const a = parseRuleSet(derivedText('    plausible: "> 0"'), { filename: 'a.yaml' });
    const b = parseRuleSet(derivedText('    plausible: "≥ 5"'), { filename: 'b.yaml' });
    const none = parseRuleSet(derivedText(''), { filename: 'n.yaml' });
    expect(diffRuleSets(a, b).entries).toEqual([
      expect.objectContaining({
        key: 'derived:gap:plausible',
        kind: 'derived-changed',
        aspect: 'plausible',
        direction: 'stricter',
        before: '> 0',
        after: '≥ 5',
        a: expect.objectContaining({ line: 17 }),
        b: expect.objectContaining({ line: 17 }),
      }),
    ]);
    expect(diffRuleSets(none, a).entries).toEqual([
      expect.objectContaining({ key: 'derived:gap:plausible', direction: 'stricter', before: null }),
    ]);
  });
});
