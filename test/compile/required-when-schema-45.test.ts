/**
 * contracts-45 item 1: the published input schema and the grader agree on when a `requiredWhen` makes a field
 * required, for every operator a condition may use, nested in `all`/`any`/`not`, on a value with a default, on a
 * specimen list, with the condition's values present, absent, `null` or blank. On main the schema gave `notEqual` /
 * `notIn` `required: [fact]`, so `{}` passed it where the grader (json-rules-engine's operators: `≠` holds on a
 * missing value, as in a `when`) said "missing"; `null` under `lessThan` made the field required in the schema
 * alone; a comparison of two values made a schema ajv refuses to compile. Every schema here is compiled in ajv's
 * strict mode (union types allowed: a specimen indicator takes a number or a list).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGrader, parseRuleSet } from '../../src/index';

type Condition = Record<string, unknown>;

function ruleSet(requiredWhen: Condition): string {
  const when = JSON.stringify(requiredWhen);
  return `schemaVersion: 1
id: test/required-when-schema
version: 1.0.0
industry: test
subject: product
title: { zh: 条件必填, en: Required when }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  kind: { type: enum, values: [x, y, z], required: false, label: { zh: 类别, en: Kind } }
  t: { type: number, required: false, label: { zh: 厚度, en: Thickness } }
  s: { type: number, required: false, specimens: 3, label: { zh: 单值, en: Single values } }
  d: { type: boolean, default: true, label: { zh: 风冷, en: Air-cooled } }
  name: { type: string, required: false, label: { zh: 名称, en: Name } }
  f: { type: number, required: false, requiredWhen: ${when}, label: { zh: 冲击功, en: Impact } }
  note: { type: string, required: false, requiredWhen: ${when}, label: { zh: 备注, en: Note } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: f, indicator: f, require: "≥ 0", when: { f: "≥ 0" } }
`;
}

const leaf = (fact: string, operator: string, value: unknown): Condition => ({ fact, operator, value });
const numericOps = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'] as const;
const enumValue = fc.constantFrom('x', 'y', 'z');
const textValue = fc.constantFrom('abc', '中文');

/** One comparison, of each operator a condition may use on each kind of value. */
const comparison: fc.Arbitrary<Condition> = fc.oneof(
  fc.tuple(fc.constantFrom('equal', 'notEqual'), enumValue).map(([op, v]) => leaf('kind', op, v)),
  fc
    .tuple(fc.constantFrom('in', 'notIn'), fc.uniqueArray(enumValue, { minLength: 1, maxLength: 2 }))
    .map(([op, v]) => leaf('kind', op, v)),
  fc
    .tuple(fc.constantFrom('equal', 'notEqual', ...numericOps), fc.constantFrom(3, 5, 7))
    .map(([op, v]) => leaf('t', op, v)),
  fc.tuple(fc.constantFrom('in', 'notIn'), fc.constant([3, 5])).map(([op, v]) => leaf('t', op, v)),
  // A specimen indicator takes only `contains` / `doesNotContain` in a requiredWhen (contracts-46: the others are
  // refused at load, as json-rules-engine compares a list of specimens as its text).
  fc
    .tuple(fc.constantFrom('contains', 'doesNotContain'), fc.constantFrom(4, 5))
    .map(([op, v]) => leaf('s', op, v)),
  fc.tuple(fc.constantFrom('equal', 'notEqual'), fc.boolean()).map(([op, v]) => leaf('d', op, v)),
  fc.tuple(fc.constantFrom('equal', 'notEqual'), textValue).map(([op, v]) => leaf('name', op, v)),
  fc
    .tuple(fc.constantFrom('in', 'notIn'), fc.constant(['abc', '中文']))
    .map(([op, v]) => leaf('name', op, v)),
);

const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparison,
    tie('c').map((c) => ({ not: c })),
    fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
  ),
})).c;

// Each value a condition reads: left out, null, or given (blank text is read as left out too).
const absent = Symbol('absent');
const FACT_VALUES: Record<string, unknown[]> = {
  kind: [absent, null, 'x', 'y', 'z'],
  t: [absent, null, 3, 4.9, 5, 7],
  s: [absent, null, 4, [4], [5], [4, 6], [6, 4, 5]],
  d: [absent, null, true, false],
  name: [absent, null, 'abc', '中文', '', '  ', 'xyz'],
};
const TARGETS = {
  f: [absent, null, 12],
  note: [absent, null, '', ' ', 'measured'],
};

const pick = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);
const record: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    ...Object.fromEntries(Object.entries(FACT_VALUES).map(([k, v]) => [k, pick(v)])),
    f: pick(TARGETS.f),
    note: pick(TARGETS.note),
  })
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== absent)));

function agree(requiredWhen: Condition, records: readonly Record<string, unknown>[]): void {
  const grader = createGrader(parseRuleSet(ruleSet(requiredWhen), { filename: 'required-when.yaml' }));
  const valid = new Ajv2020({ strict: true, strictRequired: true, allowUnionTypes: true }).compile(
    grader.inputSchema,
  );
  for (const r of records) {
    const errors = grader.gradeSync(r).errors ?? [];
    const context = JSON.stringify({ requiredWhen, record: r, errors, schema: valid.errors });
    // The records are valid but for what requiredWhen asks: any error is a `missing` of f or note.
    expect(
      errors.every((e) => e.code === 'missing' && (e.field === 'f' || e.field === 'note')),
      context,
    ).toBe(true);
    expect(valid(r), context).toBe(errors.length === 0);
  }
}

describe('requiredWhen: the input schema and the grader agree', () => {
  it('on generated conditions and records', () => {
    fc.assert(fc.property(condition, fc.array(record, { minLength: 20, maxLength: 20 }), agree), {
      numRuns: 30,
      seed: 45,
    });
  });

  // The cases that differed on main, named, so a failure reads as what it is.
  it.each([
    ['≠ on a value left out: required (as a `when` holds)', leaf('kind', 'notEqual', 'x'), {}, false],
    ['≠ on null: required', leaf('kind', 'notEqual', 'x'), { kind: null }, false],
    ['≠ on the value named: not required', leaf('kind', 'notEqual', 'x'), { kind: 'x' }, true],
    ['not in, on a value left out: required', leaf('kind', 'notIn', ['x', 'y']), {}, false],
    ['not in, on a value in the list: not required', leaf('kind', 'notIn', ['x', 'y']), { kind: 'y' }, true],
    ['≠ on a text left blank: required', leaf('name', 'notEqual', 'abc'), { name: ' ' }, false],
    ['< on null: not required (null is left out)', leaf('t', 'lessThan', 5), { t: null }, true],
    ['< at the limit: not required', leaf('t', 'lessThan', 5), { t: 5 }, true],
    ['< just below the limit: required', leaf('t', 'lessThan', 5), { t: 4.9 }, false],
    ['≥ at the limit: required', leaf('t', 'greaterThanInclusive', 5), { t: 5 }, false],
    ['≥ just below: not required', leaf('t', 'greaterThanInclusive', 5), { t: 4.9 }, true],
    ['a default is not filled in: = true on d left out is not required', leaf('d', 'equal', true), {}, true],
    ['≠ true on d left out (default true) is required', leaf('d', 'notEqual', true), {}, false],
    ['contains on one value (not a list): not required', leaf('s', 'contains', 4), { s: 4 }, true],
    ['contains on a list that has it: required', leaf('s', 'contains', 4), { s: [6, 4] }, false],
    ['does not contain, on a value left out: not required', leaf('s', 'doesNotContain', 4), {}, true],
    ['not: = on a value left out: required', { not: leaf('kind', 'equal', 'x') }, {}, false],
    ['not: ≠ on a value left out: not required', { not: leaf('kind', 'notEqual', 'x') }, {}, true],
  ])('%s', (_, requiredWhen, given, valid) => {
    const grader = createGrader(parseRuleSet(ruleSet(requiredWhen), { filename: 'required-when.yaml' }));
    const validate = new Ajv2020({ strict: true, strictRequired: true, allowUnionTypes: true }).compile(
      grader.inputSchema,
    );
    const errors = grader.gradeSync(given).errors ?? [];
    expect(errors.length === 0, JSON.stringify(errors)).toBe(valid);
    expect(validate(given), JSON.stringify(validate.errors)).toBe(valid);
    if (!valid) expect(errors.map((e) => `${e.code} ${e.field}`)).toEqual(['missing f', 'missing note']);
  });

  it('a requiredWhen that compares two values is left out of the schema, and its description says so', () => {
    const grader = createGrader(
      parseRuleSet(
        ruleSet(leaf('t', 'lessThan', { fact: 'kind' })).replace(
          'kind: { type: enum, values: [x, y, z]',
          'kind: { type: number',
        ),
        {
          filename: 'required-when.yaml',
        },
      ),
    );
    // On main ajv refused the schema itself: `exclusiveMaximum` must be a number.
    const validate = new Ajv2020({ strict: true, strictRequired: true, allowUnionTypes: true }).compile(
      grader.inputSchema,
    );
    expect(grader.inputSchema.allOf).toBeUndefined();
    expect(grader.inputSchema.description).toContain(
      "When f, note are required is not stated here: their requiredWhen compares two of the record's values; grade the record to know.",
    );
    // The grader still asks for them; the schema, which cannot compare two fields, does not.
    expect(grader.gradeSync({ t: 3, kind: 5 }).errors?.map((e) => e.field)).toEqual(['f', 'note']);
    expect(validate({ t: 3, kind: 5 })).toBe(true);
  });
});

describe('blank text is a field left out, to the input schema as to the grader', () => {
  const grader = createGrader(
    parseRuleSet(
      `schemaVersion: 1
id: test/blank-text
version: 1.0.0
industry: test
subject: product
title: { zh: 空白文本, en: Blank text }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  name: { type: string, label: { zh: 名称, en: Name } }
  kind: { type: enum, values: [x, y], required: false, label: { zh: 类别, en: Kind } }
  t: { type: number, required: false, label: { zh: 厚度, en: Thickness } }
  f: { type: number, label: { zh: 冲击功, en: Impact } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: f, indicator: f, require: "≥ 0" }
`,
      { filename: 'blank-text.yaml' },
    ),
  );
  const validate = new Ajv2020({ strict: true, strictRequired: true, allowUnionTypes: true }).compile(
    grader.inputSchema,
  );

  it.each([
    // On main the schema passed a required text of spaces, which grading calls missing.
    ['a required text of spaces: missing', { name: '  ', f: 1 }, ['missing name']],
    ['a required text, empty: missing', { name: '', f: 1 }, ['missing name']],
    ['a required text given: valid', { name: ' a ', f: 1 }, []],
    // On main the schema refused an optional enum left blank, which grading reads as left out.
    ['an optional enum left blank: valid', { name: 'a', kind: '', f: 1 }, []],
    ['an optional number left blank: valid', { name: 'a', t: ' ', f: 1 }, []],
    ['an optional enum, null: valid', { name: 'a', kind: null, f: 1 }, []],
  ])('%s', (_, record, expected) => {
    const errors = (grader.gradeSync(record).errors ?? []).map((e) => `${e.code} ${e.field}`);
    expect(errors).toEqual(expected);
    expect(validate(record), JSON.stringify(validate.errors)).toBe(expected.length === 0);
  });
});
