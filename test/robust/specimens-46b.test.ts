/**
 * specimens-46b: what contracts-46 and newcomer-46 left on indicators with `specimens`.
 * 1. A criterion's or scope item's `when`, and a `condition`, comparing such an indicator as one value followed
 *    json-rules-engine's text comparison: `when: { s: "< 5" }` skipped criterion f on `{ s: [4, 3], f: -1 }` and
 *    graded the record `ok`. Refused at load, as a `requiredWhen` is (type-mismatch, at the comparison, zh and en);
 *    `contains` / `doesNotContain` stay. A derived value computed per specimen and `value: { fact: s }` alike.
 * 2. The one-line reason of a requirement on the least or greatest specimen (`aggregate: min|max`, `each` against
 *    `≥` / `≤`) read as one value (`下屈服强度 ReL #2 340 MPa`); it says 最小值 / 最大值 (minimum, maximum), as a
 *    mean's says 平均值 / mean, unless the name says it already. Limits are illustrative, not a standard's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader, parseRuleSet } from '../../src/index';
import { tempFiles, useCli, useTempDir } from '../cli/cli-harness';
import { ruleFileHeader } from '../rule-file-header';

const cli = useCli();
const dir = useTempDir();
const write = tempFiles(dir, 'specimens-46b');

/** s takes up to 3 specimens, d is computed per specimen; `items` follow line 16 (`scope:` or `criteria:` first). */
function ruleSet(items: string): string {
  return `${ruleFileHeader('test/specimens-46b')}indicators:
  s: { type: number, required: false, specimens: 3, label: { zh: 单值, en: Single values } }
  t: { type: number, required: false, label: { zh: 厚度, en: Thickness } }
  f: { type: number, required: false, label: { zh: 冲击功, en: Impact } }
derived:
  d: { formula: s * 2, label: { zh: 双倍单值, en: Doubled values } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
${items}`;
}

const criterion = (line: string) => `criteria:\n  - ${line}\n`;

interface Refusal {
  code: string;
  line: number;
  column: number;
  en: string;
  zh: string;
}

function errorsOf(text: string): Refusal[] {
  return checkRuleSet(text, { filename: 'specimens-46b.yaml' })
    .issues.filter((i) => i.severity === 'error')
    .map((i) => ({ code: i.code, line: i.line, column: i.column, en: i.text.en, zh: i.text.zh }));
}

/** Where `at` starts on line `line` of `text` (1-based, as issues count). */
function columnOf(text: string, line: number, at: string): number {
  const l = text.split('\n')[line - 1]!;
  expect(l).toContain(at);
  return l.indexOf(at) + 1;
}

const en = (name: string, compared: string, decides: string, instead: string) =>
  `"${name}" takes several specimens, and "${compared}" compares one value: json-rules-engine compares a list of specimens as text ([4] as 4, [4, 3] never), so ${decides} would turn on how a record writes them; use "contains" or "doesNotContain" to test whether the list holds a value, ${instead}`;
const ONE_VALUE = 'or a condition on an indicator that takes one value';
const REQUIRE = 'or "indicator" with "require" (and "aggregate") to judge the specimens';

describe.concurrent('1. a when, condition or scope item comparing specimens as one value is refused at load', () => {
  it('the silent grade: when { s: "< 5" } skipped f on [4, 3]; now a type-mismatch at the value; contains stays', () => {
    const text = ruleSet(criterion('{ id: f, indicator: f, require: "≥ 0", when: { s: "< 5" } }'));
    expect(errorsOf(text)).toEqual([
      {
        code: 'type-mismatch',
        line: 18,
        column: columnOf(text, 18, '"< 5"'),
        en: en('s', 's: < 5', 'whether the item applies', ONE_VALUE),
        zh: '“s”取多个单值，而“s: < 5”只比较一个值：json-rules-engine 把单值列表当作文本比较（[4] 当作 4，[4, 3] 永远不满足），该项是否适用就取决于记录怎样写这些单值；请用“contains”或“doesNotContain”判断列表中是否有某个值，或以只取一个值的指标为条件',
      },
    ]);
    expect(() => parseRuleSet(text, { filename: 'specimens-46b.yaml' })).toThrow();
    // contains and doesNotContain test the list's values: they load, and decide by the values.
    const g = (op: string) =>
      createGrader(
        parseRuleSet(
          ruleSet(
            criterion(
              `{ id: f, indicator: f, require: "≥ 0", when: { fact: s, operator: ${op}, value: 4 } }`,
            ),
          ),
          { filename: 'specimens-46b.yaml' },
        ),
      );
    const contains = g('contains');
    expect(contains.gradeSync({ s: [4, 3], f: -1 }).grade).toBeNull();
    expect(contains.gradeSync({ s: [6, 5], f: -1 }).grade).toBe('ok');
    expect(g('doesNotContain').gradeSync({ s: [3, 4], f: -1 }).grade).toBe('ok');
    expect(g('doesNotContain').gradeSync({ s: [3, 5], f: -1 }).grade).toBeNull();
    // A condition check with contains too.
    const check = ruleSet(criterion('{ id: g, condition: { fact: s, operator: doesNotContain, value: 0 } }'));
    expect(errorsOf(check)).toEqual([]);
  });

  it.each([
    ['{ s: 4 }', 's: 4', '4 }'],
    ['{ s: [4, 5] }', 's: [4,5]', '[4, 5]'],
    ['{ s: "≥ 3", t: "< 5" }', 's: ≥ 3', '"≥ 3"'],
    ['{ fact: s, operator: lessThan, value: 5 }', 'lessThan', 'lessThan'],
    ['{ fact: s, operator: equal, value: 4 }', 'equal', 'equal'],
    [
      '{ any: [{ fact: t, operator: lessThan, value: 5 }, { not: { fact: s, operator: in, value: [4] } }] }',
      'in',
      'in,',
    ],
  ])('criterion when %s: refused at the comparison', (when, shown, at) => {
    const text = ruleSet(criterion(`{ id: f, indicator: f, require: "≥ 0", when: ${when} }`));
    const errors = errorsOf(text);
    expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([
      ['type-mismatch', 18, columnOf(text, 18, at)],
    ]);
    expect(errors[0]!.en).toBe(en('s', shown, 'whether the item applies', ONE_VALUE));
  });

  it('a derived value computed per specimen, in a when: refused as its specimens are', () => {
    const text = ruleSet(criterion('{ id: f, indicator: f, require: "≥ 0", when: { d: "< 10" } }'));
    expect(errorsOf(text).map((e) => e.en)).toEqual([
      en('d', 'd: < 10', 'whether the item applies', ONE_VALUE),
    ]);
  });

  it('a condition check: refused at its operator, or at value.fact naming specimens; says to use require instead', () => {
    const gt = ruleSet(criterion('{ id: g, condition: { fact: s, operator: greaterThan, value: 3 } }'));
    expect(errorsOf(gt)).toEqual([
      expect.objectContaining({
        code: 'type-mismatch',
        line: 18,
        column: columnOf(gt, 18, 'greaterThan'),
        en: en('s', 'greaterThan', 'whether the condition holds', REQUIRE),
      }),
    ]);
    expect(errorsOf(gt)[0]!.zh).toContain(
      '该条件是否成立就取决于记录怎样写这些单值；请用“contains”或“doesNotContain”判断列表中是否有某个值，或用“indicator”和“require”（及“aggregate”）对各单值判定',
    );
    const ref = ruleSet(
      criterion('{ id: g, condition: { fact: f, operator: lessThan, value: { fact: s } } }'),
    );
    expect(errorsOf(ref)).toEqual([
      expect.objectContaining({
        line: 18,
        column: columnOf(ref, 18, 's } }'),
        en: en('s', 'f lessThan s', 'whether the condition holds', REQUIRE),
      }),
    ]);
  });

  it('a scope item: its when and its condition', () => {
    const f = 'criteria:\n  - { id: f, indicator: f, require: "≥ 0" }\n';
    const when = ruleSet(
      `scope:\n  - { id: thin, indicator: t, require: "≤ 5", when: { s: "≥ 3" }, reason: { zh: 薄, en: Thin } }\n${f}`,
    );
    expect(errorsOf(when).map((e) => [e.line, e.column, e.en])).toEqual([
      [18, columnOf(when, 18, '"≥ 3"'), en('s', 's: ≥ 3', 'whether the item applies', ONE_VALUE)],
    ]);
    const cond = ruleSet(
      `scope:\n  - { id: few, condition: { fact: s, operator: lessThan, value: 5 }, reason: { zh: 少, en: Few } }\n${f}`,
    );
    expect(errorsOf(cond).map((e) => [e.line, e.column, e.en])).toEqual([
      [18, columnOf(cond, 18, 'lessThan'), en('s', 'lessThan', 'whether the condition holds', REQUIRE)],
    ]);
  });

  it('a requiredWhen comparing another value with the specimens (value: { fact: s }) is refused too', () => {
    const text = ruleSet(criterion('{ id: f, indicator: f, require: "≥ 0" }')).replace(
      'f: { type: number, required: false, label: { zh: 冲击功, en: Impact } }',
      'f: { type: number, required: false, requiredWhen: { fact: t, operator: lessThan, value: { fact: s } }, label: { zh: 冲击功, en: Impact } }',
    );
    expect(errorsOf(text).map((e) => [e.code, e.line, e.en])).toEqual([
      ['type-mismatch', 12, en('s', 't lessThan s', 'whether the indicator is required', ONE_VALUE)],
    ]);
  });
});

describe.concurrent('2. the one-line reason of a min or max of specimens says minimum or maximum', () => {
  // Illustrative limits for Top: each ReL ≥ 355 MPa, each Rm ≤ 600 MPa, every KV2 ≥ 27 J, hardness in [100, 200];
  // OK asks a mean ReL ≥ 300 MPa, which every row meets, so a row short of Top is graded OK and Top's blockers shown.
  const rules = (extra = '') => `${ruleFileHeader('steel/specimens-46b')}indicators:
  rel: { type: number, unit: MPa, specimens: { exactly: 3 }, label: { zh: 下屈服强度 ReL, en: Lower yield strength ReL } }
  rm: { type: number, unit: MPa, specimens: { exactly: 3 }, label: { zh: 抗拉强度 Rm, en: Tensile strength Rm } }
  kv: { type: number, unit: J, specimens: { min: 1, max: 3 }, label: { zh: 冲击吸收能量 KV2, en: Impact energy KV2 } }
  band: { type: number, specimens: { exactly: 2 }, label: { zh: 硬度, en: Hardness } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
  - { id: top, label: { zh: 优等, en: Top } }
criteria:
  - { id: rel-floor, indicator: rel, aggregate: mean, require: "≥ 300", grade: ok }
  - { id: yield, indicator: rel, aggregate: min, require: "≥ 355", grade: top${extra} }
  - { id: tensile, indicator: rm, aggregate: max, require: "≤ 600", grade: top }
  - { id: impact, indicator: kv, aggregate: each, require: "≥ 27", grade: top }
  - { id: hardness, indicator: band, aggregate: each, require: "[100, 200]", grade: top }
`;
  const HEAD = '编号,下屈服强度 ReL,抗拉强度 Rm,冲击吸收能量 KV2,硬度\n';
  // Row A: ReL #2 340, Rm #2 650 (and #3 610), KV2 #2 20, hardness #2 250. Row B meets every limit of Top.
  const csv = `${HEAD}A,360;340;350,500;650;610,30;20;28,150;250\nB,360;356;355,600;590;580,27,150;160\n`;

  it('CSV (zh, en) and table: 最小值/最大值 before the specimen; each on ≥ is the least; each on a range says neither', async () => {
    const r = write('yaml', rules());
    const data = write('csv', csv);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', r, '-f', 'csv', data]);
    expect(zh.stdout).toContain(
      '距优等：下屈服强度 ReL 最小值 #2 340 MPa（≥ 355 MPa）、抗拉强度 Rm 最大值 #2 650 MPa（≤ 600 MPa）、冲击吸收能量 KV2 最小值 #2 20 J（≥ 27 J）、硬度 #2 250（[100, 200]）',
    );
    const en = await cli.run(['--lang', 'en', 'grade', '-r', r, '-f', 'csv', data]);
    expect(en.stdout).toContain(
      'To reach Top: Lower yield strength ReL minimum #2 340 MPa (≥ 355 MPa), Tensile strength Rm maximum #2 650 MPa (≤ 600 MPa), Impact energy KV2 minimum #2 20 J (≥ 27 J), Hardness #2 250 ([100, 200])',
    );
    // The terminal table names requirements by id.
    const table = await cli.run(['--lang', 'en', 'grade', '-r', r, data]);
    expect(table.stdout).toContain('To reach Top: yield minimum #2 340 MPa (≥ 355 MPa)');
  });

  it('HTML too; one value given (not a list) is no minimum; a name that says it is not followed by it again', async () => {
    const data = write('csv', `${HEAD}A,360;340;350,500;550;580,20,150;160\n`);
    const html = join(dir(), 'specimens-46b.html');
    const args = ['--lang', 'en', 'grade', '-r', write('yaml', rules()), '-f', 'html', '-o', html, data];
    expect((await cli.run(args)).stderr).not.toContain('qgrade:');
    expect(readFileSync(html, 'utf8')).toContain(
      'To reach Top: Lower yield strength ReL minimum #2 340 MPa (≥ 355 MPa), Impact energy KV2 20 J (≥ 27 J)',
    );
    const named = write('yaml', rules(', label: { zh: 下屈服强度最小值, en: "Lower yield strength, min" }'));
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', named, '-f', 'csv', data]);
    expect(zh.stdout).toContain(
      '距优等：下屈服强度最小值 #2 340 MPa（≥ 355 MPa）、冲击吸收能量 KV2 20 J（≥ 27 J）',
    );
    const en = await cli.run(['--lang', 'en', 'grade', '-r', named, '-f', 'csv', data]);
    expect(en.stdout).toContain('To reach Top: Lower yield strength, min #2 340 MPa (≥ 355 MPa)');
  });
});
