/**
 * newcomer-43: two rule sets written from the docs alone (test/fixtures/newcomer-43/, illustrative flat-glass
 * figures; Q355 impact figures as the domain reference quotes them, unverified), and the two warnings that
 * misled their author.
 *
 * F1: 对角线差 measured for 优质加工级 only (the docs' own example): `unmet-when-absent` offered
 * `when: { diagonalDiff: "≥ 0" }` as its first fix, the one the docs say not to follow, since it lets an
 * unmeasured record reach 优质加工级. Above the lowest grade the warning now says first that this is what such a
 * standard means, and what the `when` would do.
 *
 * F2: F's 27 J in a grade table where B–E ask 34 J: the `non-monotonic` warning advised "key the limit by that
 * condition", which is what the docs call "not enough" — the newcomer keyed it by the test temperature
 * (`≥ (testTemperature <= -60 ? 27 : 34)`), and a Q355N tested at −60 °C with E's sulfur and 30 J was graded E,
 * where E asks 34 J (the bundled rule set leaves it not graded). It now says to write the test apart, given by a
 * `when`, and that a record falling to a lower grade still meets the stricter limit there.
 *
 * F3: `--coverage` took a formula limit with `?:` (`≥ 0.7 * (testTemperature <= -60 ? 27 : 34)`) as one that can
 * compute any limit, and asked for a case "at" it, which no whole number of joules can be (23.8 J, 18.9 J): the
 * suite had to waive it. Its limits are now listed from both branches, as `0.7 * impact.energy`'s are.
 *
 * F4: P maxima by grade alone, written as a grade table with no `keys` (nothing picks a row): "“tables”的“pMax”缺少
 * “keys”", then with `keys: []` "“keys”不能为空", and no word of what to write. Both now say: no table, a criterion
 * per grade.
 *
 * F5: test temperatures copied from the standard's table with its minus sign (`−20`, U+2212): YAML reads them as
 * text, and the errors said "“−20”是加了引号的文本：请去掉引号" (no quotes were written) for one column, and, for the
 * columns with `n/a` beside them, "“testTemperature”是数值，但它的限值是文本；加了引号的数…请去掉引号" at the criterion.
 * Each such cell is now named with the character and what to write. The same sign elsewhere: `require: "≤ −60"` was
 * told "单位应写在数值之后，如 ≤ 60 −" (a limit of +60), `range: "[−100, 50]"` only "不是区间", and `when:
 * { testTemperature: "≤ −60" }` "“≤ −60”指的是别的东西"; each now names U+2212 and gives the ASCII to write.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { ROOT, useCli } from '../cli/cli-harness';

const DIR = join(ROOT, 'test/fixtures/newcomer-43');
const GLASS = join(DIR, 'flat-glass-newcomer.yaml');
const Q355 = join(DIR, 'q355-impact-newcomer.yaml');
const cli = useCli();

function issuesOf(text: string, code: string) {
  const { ruleSet, issues } = checkRuleSet(text, { filename: 'newcomer.yaml' });
  expect(ruleSet, issues.map((i) => i.message).join('\n')).toBeDefined();
  return issues.filter((i) => i.code === code);
}

describe('newcomer-43 F1: an indicator measured only for the higher grade', () => {
  const glass = readFileSync(GLASS, 'utf8');

  it('the warning says first that holding an unmeasured record below 优质加工级 is meant, zh and en', () => {
    const [w, ...more] = issuesOf(glass, 'unmet-when-absent');
    expect(more).toEqual([]);
    expect(w!.text.zh).toBe(
      '可选指标“对角线差”（“diagonalDiff”）没有默认值，而要求“diagonal”总是检验它：未给出“diagonalDiff”的记录都达不到“优质加工级”。' +
        '若标准只对“优质加工级”要求检测它，这正是标准的意思：未检测的记录停在下一等级，不必改动（没有关闭这条警告的键）。' +
        '若未检测时不判定，请给这条要求加“when: { diagonalDiff: "≥ 0" }”（那样未检测的记录也能达到“优质加工级”）；若必须检测，请设为必填（“required: true”）',
    );
    expect(w!.message).toBe(
      'the optional indicator "Diagonal difference" (diagonalDiff) has no default, yet requirement "diagonal" tests it: ' +
        'a record that does not give diagonalDiff never reaches grade "premium". If the standard asks for it only at grade ' +
        '"premium", that is what it means: a record not measured stays at the grade below; change nothing (no key silences ' +
        'this warning). If it is not judged when not measured, give the requirement when: { diagonalDiff: "≥ 0" } (then a ' +
        'record not measured reaches "premium" too); if it must be measured, make it required ("required: true")',
    );
  });

  it('what the warning describes is what grading does: without 对角线差 the record stays 普通级', async () => {
    const { ruleSet } = checkRuleSet(glass, { filename: 'glass.yaml' });
    const grader = createGrader(ruleSet!);
    const record = { thickness: 5, transmittance: 95, bow: 0 };
    expect((await grader.grade(record)).grade).toBe('ordinary');
    expect((await grader.grade({ ...record, diagonalDiff: 3.0 })).grade).toBe('premium');
    expect((await grader.grade({ ...record, diagonalDiff: 3.1 })).grade).toBe('ordinary');
  });

  it('at the lowest grade (every record is held back) the warning has no such sentence', () => {
    const lowest = glass.replace('    grade: premium\n    require: "≤ 3.0"', '    require: "≤ 3.0"');
    expect(lowest).not.toBe(glass);
    const [w] = issuesOf(lowest, 'unmet-when-absent');
    expect(w!.text.zh).toContain('都不分级（达不到最低的“普通级”）。若未检测时不判定');
    expect(w!.text.zh).not.toContain('这正是标准的意思');
    expect(w!.message).not.toContain('that is what it means');
  });
});

describe('newcomer-43 F2: a higher grade that asks less because its test is harder', () => {
  const q355 = readFileSync(Q355, 'utf8');
  // The newcomer's first draft: F's 27 J as the F column of a grade table of KV2 means.
  const withTable = q355
    .replace(
      '  sMax:\n',
      '  kv2:\n    keys: [delivery]\n    columns: [delivery, B, C, D, E, F]\n    rows:\n      - [[AR, N, M], 34, 34, 34, 34, 27]\n  sMax:\n',
    )
    .replace(
      'aggregate: mean\n    require: "≥ (testTemperature <= -60 ? 27 : 34)"',
      'aggregate: mean\n    require: "≥ kv2"',
    );

  it('the warning at the 27 J cell no longer advises keying the limit by the test condition, zh and en', () => {
    expect(withTable).toContain('require: "≥ kv2"');
    const [w, ...more] = issuesOf(withTable, 'non-monotonic');
    expect(more).toEqual([]);
    expect(w!.message).not.toContain('key the limit by that condition, not by grade');
    expect(w!.message).toContain(
      'write that test as a requirement of its own, given by a "when" to the records tested so that also meet "F"\'s other ' +
        'requirements; do not key the limit by the test condition alone: a record missing "F"\'s other requirements falls ' +
        'to a lower grade, which still asks ≥ 34 (see "Grades are cumulative" in docs/rule-format.md)',
    );
    expect(w!.text.zh).not.toContain('请按该条件而不是按等级查表取限值');
    expect(w!.text.zh).toContain(
      '若标准因试验条件不同（如更低的试验温度）对“F级”要求较低，请把该试验写成单独的要求，用“when”交给在该条件下试验、且满足“F级”其他要求的记录；' +
        '不要只按试验条件取限值：不满足“F级”其他要求的记录退到较低等级，那里仍要求 ≥ 34（见 docs/rule-format.zh-CN.md“等级是累进的”一段）',
    );
  });

  it('why: keyed by the test temperature, a −60 °C sample with E’s sulfur and 30 J is E; the bundled rule set does not grade it', async () => {
    const { ruleSet } = checkRuleSet(q355, { filename: 'q355.yaml' });
    const sample = { testTemperature: -60, impactEnergy: [30, 30, 30], phosphorus: 0.01, sulfur: 0.02 };
    expect((await createGrader(ruleSet!).grade({ delivery: 'N', ...sample })).grade).toBe('E');
    const bundled = await cli.run(['grade', '-r', 'steel/low-alloy-structural-steel', '-f', 'ndjson', '-'], {
      input: `${JSON.stringify({
        designation: 'Q355N',
        thickness: 20,
        yieldStrength: 400,
        tensileStrength: 540,
        carbon: 0.15,
        manganese: 1.2,
        impactTemperature: sample.testTemperature,
        impactEnergy: sample.impactEnergy,
        phosphorus: sample.phosphorus,
        sulfur: sample.sulfur,
      })}\n`,
    });
    const [result] = bundled.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(result.grade).toBeNull();
    expect(result.notGradedReason.code).toBe('below-lowest-grade');
  });
});

describe('newcomer-43: the two rule sets and their suites', () => {
  for (const name of ['flat-glass-newcomer', 'q355-impact-newcomer']) {
    it(`${name}: every case passes and every threshold is covered`, async () => {
      const r = await cli.run(['test', '--coverage', join(DIR, `${name}.test.yaml`)]);
      expect(r.stdout + r.stderr).toMatch(/: (\d+) of \1 thresholds have a deciding case/);
      expect(r.stdout + r.stderr).toMatch(/: (\d+)\/\1 passed/);
      expect(r.code).toBe(0);
    });
  }
});

describe('newcomer-43 F3: a formula limit with `?:` has the limits of both branches', () => {
  it('the 70 % floor, 23.8 or 18.9 J, has no "at" side when values round to 1 J: the suite needs no waiver', async () => {
    const suite = join(DIR, 'q355-impact-newcomer.test.yaml');
    expect(readFileSync(suite, 'utf8')).not.toContain('uncovered:');
    const r = await cli.run(['test', '--coverage', suite]);
    expect(r.stdout + r.stderr).toContain(
      // Each of the three formulas' two limits is a threshold (coverage-44): 18 + 6.
      '24 of 24 thresholds have a deciding case at, just below and just above them',
    );
    expect(r.stdout + r.stderr).not.toContain('impact-floor');
    expect(r.code).toBe(0);
  });
});

describe('newcomer-43 F4: a grade table with no keys', () => {
  const q355 = readFileSync(Q355, 'utf8');
  const keyed =
    '  pMax:\n    keys: [delivery]\n    columns: [delivery, B, C, D, E, F]\n    rows:\n      - [[AR, N, M], 0.035';
  const unkeyed = (keys: string) =>
    q355.replace(keyed, `  pMax:\n${keys}    columns: [B, C, D, E, F]\n    rows:\n      - [0.035`);

  function schemaIssue(text: string) {
    expect(text).not.toBe(q355);
    const { ruleSet, issues } = checkRuleSet(text, { filename: 'q355.yaml' });
    expect(ruleSet).toBeUndefined();
    const found = issues.filter((i) => i.code === 'schema');
    expect(found).toHaveLength(1);
    return found[0]!;
  }

  it('no `keys`: the error says a limit the same for every record is a criterion per grade, zh and en, at the table', () => {
    const text = unkeyed('');
    const e = schemaIssue(text);
    expect(e.line).toBe(text.split('\n').indexOf('  pMax:') + 1);
    expect(e.text.zh).toContain(
      '缺少“keys”：表按“keys”所列指标的取值选行，每个表至少要有一个键。限值对所有记录都相同时（如各等级的磷含量上限），不用表：' +
        '为每个等级写一条判定项，如 - { id: phosphorus-c, indicator: phosphorus, grade: C, require: "≤ 0.030" }（不写 grade 的属于最低等级）',
    );
    expect(e.message).toContain(
      'is missing "keys": a table picks its row by the values of the indicators "keys" lists, so it needs at least one.',
    );
    expect(e.message).toContain('write no table but one criterion per grade');
  });

  it('`keys: []`: the same advice, at the keys', () => {
    const text = unkeyed('    keys: []\n');
    const e = schemaIssue(text);
    expect(e.line).toBe(text.split('\n').indexOf('    keys: []') + 1);
    expect(e.text.zh).toContain('不能为空：表按“keys”所列指标的取值选行');
    expect(e.message).toContain('must not be empty: a table picks its row');
  });

  it('written as the errors say, the rule set loads and grades phosphorus by grade as the table did', async () => {
    const criteria = [
      ['B', '0.035'],
      ['C', '0.030'],
      ['D', '0.025'],
      ['E', '0.020'],
    ]
      .map(
        ([g, l]) =>
          `  - { id: phosphorus-${g!.toLowerCase()}, indicator: phosphorus, grade: ${g}, require: "≤ ${l}" }\n`,
      )
      .join('');
    const text = q355
      .replace(/ {2}pMax:\n(?: {4}.*\n)+/, '')
      .replace('  - { id: phosphorus, indicator: phosphorus, require: "≤ pMax" }\n', criteria);
    const { ruleSet, issues } = checkRuleSet(text, { filename: 'q355.yaml' });
    expect(ruleSet, issues.map((i) => i.message).join('\n')).toBeDefined();
    const grader = createGrader(ruleSet!);
    const sample = { delivery: 'N', testTemperature: -60, impactEnergy: [40, 40, 40], sulfur: 0.005 };
    expect((await grader.grade({ ...sample, phosphorus: 0.026 })).grade).toBe('C');
    expect((await grader.grade({ ...sample, phosphorus: 0.025 })).grade).toBe('D');
    expect((await grader.grade({ ...sample, phosphorus: 0.02 })).grade).toBe('F');
  });
});

describe('newcomer-43 F5: a table cell with the typeset minus sign', () => {
  const q355 = readFileSync(Q355, 'utf8');
  const text = q355.replace(
    '      - [[N, M], 20, 0, -20, -40, -60]',
    '      - [[N, M], 20, 0, \u221220, \u221240, \u221260]',
  );

  it('each cell is refused at itself, naming U+2212 and the number to write; nothing about quotes', () => {
    expect(text).not.toBe(q355);
    const { ruleSet, issues } = checkRuleSet(text, { filename: 'q355.yaml' });
    expect(ruleSet).toBeUndefined();
    const row = text.split('\n').findIndex((l) => l.includes('\u221220')) + 1;
    expect(issues.map((i) => [i.line, i.code])).toEqual([
      [row, 'invalid-requirement'],
      [row, 'invalid-requirement'],
      [row, 'invalid-requirement'],
    ]);
    expect(issues.map((i) => i.text.zh)).toEqual(
      [20, 40, 60].map(
        (n) =>
          `“\u2212${n}”的负号是排版用的减号“−”（U+2212），YAML 把它读作文本：限值的负号请写半角的“-”，写作 -${n}`,
      ),
    );
    expect(issues[2]!.message).toBe(
      '"\u221260" begins with the typeset minus "−" (U+2212), which YAML reads as text: write a limit\'s minus as ASCII "-": -60',
    );
    expect(issues.some((i) => i.message.includes('quotes'))).toBe(false);
  });
});

describe('newcomer-43 F5: the typeset minus in a limit, a range and a condition', () => {
  const q355 = readFileSync(Q355, 'utf8');
  const M = '\u2212';

  function only(text: string) {
    const { ruleSet, issues } = checkRuleSet(text, { filename: 'q355.yaml' });
    expect(ruleSet).toBeUndefined();
    expect(issues).toHaveLength(1);
    return issues[0]!;
  }

  it('require: "≤ −60" is not a unit before 60: it says to write ≤ -60', () => {
    const text = q355.replace('require: "≤ tempMax" }', `require: "≤ ${M}60" }`);
    expect(text).not.toBe(q355);
    const e = only(text);
    expect(e.text.zh).toBe('“≤ −60”中的“−”（U+2212）是排版用的减号：请写半角的“-”，写作 ≤ -60');
    expect(e.message).toBe('"≤ −60" has the typeset minus "−" (U+2212): write ASCII "-", as ≤ -60');
  });

  it('range: "[−100, 50]" names the sign and the band to write, zh and en', () => {
    const text = q355.replace('range: "[-100, 50]"', `range: "[${M}100, 50]"`);
    expect(text).not.toBe(q355);
    const e = only(text);
    expect(e.text.zh).toContain(
      '“[−100, 50]”中的“−”（U+2212）是排版用的减号：请写半角的“-”，写作 [-100, 50]',
    );
    expect(e.message).toContain(
      '"[−100, 50]" has the typeset minus "−" (U+2212): write ASCII "-", as [-100, 50]',
    );
  });

  it('when: { testTemperature: "≤ −60" } names the sign and the condition to write, zh and en', () => {
    const text = q355.replace(
      '  - { id: phosphorus, indicator: phosphorus, require: "≤ pMax" }\n',
      `  - { id: phosphorus, indicator: phosphorus, require: "≤ pMax" }\n  - { id: cold, indicator: sulfur, grade: F, require: "≤ 0.010", when: { testTemperature: "≤ ${M}60" } }\n`,
    );
    expect(text).not.toBe(q355);
    const e = only(text);
    expect(e.text.zh).toBe('“≤ −60”中的“−”（U+2212）是排版用的减号：请写半角的“-”，写作 ≤ -60');
    expect(e.message).toBe('"≤ −60" has the typeset minus "−" (U+2212): write ASCII "-", as ≤ -60');
    // As the message says: it loads.
    const fixed = text.replace(`"≤ ${M}60"`, '"≤ -60"');
    expect(checkRuleSet(fixed, { filename: 'q355.yaml' }).ruleSet).toBeDefined();
  });
});
