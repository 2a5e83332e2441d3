/**
 * contracts-46: what contracts-45 left.
 * 1. A value a `requiredWhen` asks for because the record left out another (`≠` / `not in` hold on a value left
 *    out) was told "missing: it is required for this record by its condition (Kind not in x, y)", nothing given to
 *    show why. The message now names the value left out and says the condition needs it (zh, en).
 * 2. A `requiredWhen` comparing an indicator with `specimens` as one value followed json-rules-engine's text
 *    comparison (`[4]` is 4, `[4, 3]` never holds): refused at load, located at the comparison.
 * 3. docs/cli's other JSON excerpts, checked against the output as contracts-45 checks `groups` and `tally`: the
 *    error row (`grade`), `compare -f json` and `diff -f json`. On main the compare excerpt showed a reason cut
 *    unmarked, 4 of 7 distribution entries (one with another grade's figures), no `kept`, no `"(invalid)"` and an
 *    empty `ruleSetDiff`; the error row an old version and no `kept`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet, parseRuleSet, RuleSetError } from '../../src/index';
import { ROOT, tempFiles, useCli, useTempDir } from '../cli/cli-harness';
import { differences, wholeExcerpt } from './doc-excerpts';

const cli = useCli();
const write = tempFiles(useTempDir(), 'contracts-46');

function ruleSet(requiredWhen: string): string {
  return `schemaVersion: 1
id: test/contracts-46
version: 1.0.0
industry: test
subject: product
title: { zh: 条件必填, en: Required when }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  kind: { type: enum, values: [x, y, z], required: false, label: { zh: 类别, en: Kind } }
  t: { type: number, required: false, label: { zh: 厚度, en: Thickness } }
  d: { type: boolean, default: true, label: { zh: 风冷, en: Air-cooled } }
  s: { type: number, required: false, specimens: 3, label: { zh: 单值, en: Single values } }
  f: { type: number, required: false, requiredWhen: ${requiredWhen}, label: { zh: 冲击功, en: Impact } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: f, indicator: f, require: "≥ 0", when: { f: "≥ 0" } }
`;
}

const grader = (requiredWhen: string) =>
  createGrader(parseRuleSet(ruleSet(requiredWhen), { filename: 'contracts-46.yaml' }));

/** The message of the one error, `missing f`, in both languages. */
function missingF(requiredWhen: string, record: Record<string, unknown>): { zh: string; en: string } {
  const errors = grader(requiredWhen).gradeSync(record).errors ?? [];
  expect(errors.map((e) => `${e.code} ${e.field}`)).toEqual(['missing f']);
  return errors[0]!.message;
}

describe.concurrent('1. a requiredWhen that holds on a value left out says which value', () => {
  const notIn = '{ fact: kind, operator: notIn, value: [x, y] }';

  it('not in, on a record that gives nothing: the value left out, and that the condition needs it', () => {
    expect(missingF(notIn, {})).toEqual({
      zh: '缺少冲击功：这条记录未给出类别（判断是否必填需要它），满足其必填条件（类别不为 x、y），该指标为必填项',
      en: 'f (Impact) is missing: it is required for this record by its condition (Kind not in x, y), as kind (Kind) is not given (the condition needs it to tell whether f is required)',
    });
    // null is a value left out, as the condition reads it.
    expect(missingF(notIn, { kind: null })).toEqual(missingF(notIn, {}));
  });

  it('≠ beside a value given: both, the given first', () => {
    const rw =
      '{ all: [{ fact: t, operator: lessThan, value: 5 }, { fact: kind, operator: notEqual, value: x }] }';
    expect(missingF(rw, { t: 4 })).toEqual({
      zh: '缺少冲击功：这条记录的厚度为 4，未给出类别（判断是否必填需要它），满足其必填条件（厚度 < 5 且 类别 ≠ x），该指标为必填项',
      en: 'f (Impact) is missing: it is required for this record by its condition (Thickness < 5 and Kind ≠ x), as t (Thickness) is 4, and kind (Kind) is not given (the condition needs it to tell whether f is required)',
    });
  });

  it('under not: = on a value left out holds, and is named; two left out are named together', () => {
    const rw =
      '{ all: [{ not: { fact: kind, operator: equal, value: x } }, { not: { fact: t, operator: greaterThan, value: 3 } }] }';
    const m = missingF(rw, {});
    expect(m.en).toContain(
      'as kind (Kind) and t (Thickness) are not given (the condition needs them to tell whether f is required)',
    );
    expect(m.zh).toContain('这条记录未给出类别、厚度（判断是否必填需要这些值）');
  });

  it('a value left out whose comparison does not hold there is not named (< on t, in an any)', () => {
    const rw =
      '{ any: [{ fact: t, operator: lessThan, value: 5 }, { fact: kind, operator: notEqual, value: x }] }';
    const m = missingF(rw, {});
    expect(m.en).toMatch(/as kind \(Kind\) is not given/);
    expect(m.en).not.toContain('t (Thickness)');
  });

  it('a default read as the value left out is not named; one read otherwise is', () => {
    // d defaults to true: `not: d = false` holds on true and on d left out, as the rule set means.
    const same =
      '{ all: [{ fact: t, operator: lessThan, value: 5 }, { not: { fact: d, operator: equal, value: false } }] }';
    expect(missingF(same, { t: 4 }).en).toBe(
      'f (Impact) is missing: it is required for this record by its condition (Thickness < 5 and not (Air-cooled = no)), as t (Thickness) is 4',
    );
    // `d ≠ true` holds on d left out, but not on its default: the record should say.
    expect(missingF('{ fact: d, operator: notEqual, value: true }', {}).en).toContain(
      'as d (Air-cooled) is not given (the condition needs it',
    );
  });

  it('a condition met by values given reads as before', () => {
    expect(missingF('{ fact: t, operator: lessThan, value: 5 }', { t: 4.9 })).toEqual({
      zh: '缺少冲击功：这条记录的厚度为 4.9，满足其必填条件（厚度 < 5），该指标为必填项',
      en: 'f (Impact) is missing: it is required for this record by its condition (Thickness < 5), as t (Thickness) is 4.9',
    });
    // The value named: not required.
    expect(grader(notIn).gradeSync({ kind: 'y' }).errors).toBeUndefined();
  });
});

describe.concurrent('2. a requiredWhen comparing specimens as one value is refused at load', () => {
  function refusal(requiredWhen: string): { line: number; column: number; zh: string; en: string } {
    try {
      grader(requiredWhen);
    } catch (e) {
      expect(e).toBeInstanceOf(RuleSetError);
      const issues = (e as RuleSetError).issues;
      expect(issues).toHaveLength(1);
      const i = issues[0]!;
      expect(i.code).toBe('type-mismatch');
      return { line: i.line, column: i.column, zh: i.text.zh, en: i.text.en };
    }
    throw new Error(`${requiredWhen} was accepted`);
  }
  // The rule file's line 14 is `  f: { …, requiredWhen: <here>`; column 53 is where requiredWhen's value opens. The
  // error points at the compared value (short form) or the operator.
  const at = 53;

  it.each([
    ['{ s: "< 5" }', 'lessThan, short form', at + 5, 's: < 5'],
    ['{ s: 4 }', 'one value, short form', at + 5, 's: 4'],
    ['{ s: [4, 5] }', 'a list of values, short form', at + 5, 's: [4,5]'],
    ['{ fact: s, operator: lessThan, value: 5 }', 'lessThan', at + 21, 'lessThan'],
    ['{ fact: s, operator: equal, value: 4 }', 'equal', at + 21, 'equal'],
    ['{ not: { fact: s, operator: in, value: [4] } }', 'in under not', at + 28, 'in'],
  ])('%s (%s)', (rw, _, column, shown) => {
    const r = refusal(rw);
    expect(r.line).toBe(14);
    expect(r.column).toBe(column);
    expect(r.en).toBe(
      `"s" takes several specimens, and "${shown}" compares one value: json-rules-engine compares a list of specimens as text ([4] as 4, [4, 3] never), so whether the indicator is required would turn on how a record writes them; use "contains" or "doesNotContain" to test whether the list holds a value, or a condition on an indicator that takes one value`,
    );
    expect(r.zh).toMatch(/^“s”取多个单值，而“.+”只比较一个值：json-rules-engine 把单值列表当作文本比较/);
  });

  it('contains and doesNotContain test the list, and stay', () => {
    const g = grader('{ fact: s, operator: contains, value: 4 }');
    expect(g.gradeSync({ s: [6, 4] }).errors?.map((e) => e.field)).toEqual(['f']);
    expect(g.gradeSync({ s: [6, 5] }).errors).toBeUndefined();
    expect(
      grader('{ fact: s, operator: doesNotContain, value: 4 }').gradeSync({ s: [4] }).errors,
    ).toBeUndefined();
  });

  it('a when (not a requiredWhen) on specimens is refused too (specimens-46b)', () => {
    expect(() =>
      createGrader(
        parseRuleSet(
          ruleSet('{ fact: t, operator: lessThan, value: 5 }').replace(
            'when: { f: "≥ 0" }',
            'when: { s: "< 5" }',
          ),
          {
            filename: 'contracts-46.yaml',
          },
        ),
      ),
    ).toThrow(/"s" takes several specimens, and "s: < 5" compares one value/);
  });
});

describe.concurrent("3. docs/cli's JSON excerpts of grade's error row, compare and diff are the output", () => {
  const AC = 'home-appliances/room-air-conditioner-energy';
  const DRAFT = 'examples/room-air-conditioner-energy-draft.yaml';
  const compareRun = cli.run(['compare', '-f', 'json', AC, DRAFT, 'examples/room-air-conditioners.json']);
  const diffRun = cli.run(['diff', '-f', 'json', AC, DRAFT]);
  // The docs' error row: line 8 of the example CSV's first rows opens a quote it never closes.
  const head = readFileSync(join(ROOT, 'examples/air-conditioners-zh.csv'), 'utf8').split('\n').slice(0, 7);
  const csv = () => write('csv', `${[...head, 'KFR-50LW/X1,heat-pump,"5000,4.1,'].join('\n')}\n`);

  it.each(['cli.md', 'cli.zh-CN.md'])('%s: grade, the error row', async (doc) => {
    const r = await cli.run(['grade', '-r', AC, '-f', 'json', csv()]);
    const rows = JSON.parse(r.stdout) as { row: number }[];
    expect(differences(wholeExcerpt(doc, 'row'), rows.at(-1), 'row')).toEqual([]);
  });

  it.each(['cli.md', 'cli.zh-CN.md'])('%s: compare -f json', async (doc) => {
    const output = JSON.parse((await compareRun).stdout);
    expect(differences(wholeExcerpt(doc, 'total'), output, 'compare')).toEqual([]);
  });

  it.each(['cli.md', 'cli.zh-CN.md'])('%s: diff -f json', async (doc) => {
    const output = JSON.parse((await diffRun).stdout);
    expect(differences(wholeExcerpt(doc, 'a'), output, 'diff')).toEqual([]);
  });

  it('the check takes "…" as any value, "text…" as text that starts so, and nothing else', () => {
    expect(differences({ a: '…' }, { a: { b: 1 } }, 'x')).toEqual([]);
    expect(differences({ a: '缺少…' }, { a: '缺少 APF' }, 'x')).toEqual([]);
    expect(differences({ a: '缺少…' }, { a: '多了 APF' }, 'x')).toEqual([
      'x.a: "缺少…" shown, "多了 APF" given',
    ]);
    expect(differences({ a: {} }, { a: { b: 1 } }, 'x')).toEqual(['x.a.b: left out, not marked "…"']);
  });
});

describe.concurrent('4. the library from outside', () => {
  it("a list inside gradeMany's list is not told to pass the array to gradeMany", async () => {
    const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
    const good = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 };
    const results = [];
    for await (const r of grader.gradeMany([[good, good], good])) results.push(r);
    expect(results.map((r) => r.grade)).toEqual([null, '2']);
    expect(results[0]!.errors?.map((e) => e.message)).toEqual([
      {
        zh: '记录必须是键值对象，收到的是数组：要分级多条记录，请把它们放在一个数组中交给 gradeMany，每项是一条记录对象（数组中的数组不是记录）',
        en: 'a record must be an object of field values, got an array: to grade several records, pass gradeMany a list of them, each item one record object (a list inside that list is not a record)',
      },
    ]);
  });
});
