/**
 * A JSON record keyed by indicator labels (as a CSV header may be) is still
 * invalid, and its "missing" errors say the field is there under its label.
 */
import { describe, expect, it } from 'vitest';
import { compileGrader } from '../../src/grade/create-grader';
import { parseRuleSet } from '../../src/index';

const RULES = `schemaVersion: 1
id: test/labels
version: 1.0.0
industry: test
subject: product
title: { zh: 名称键, en: Label keys }
references: [{ code: TEST 1, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试, en: test } }
indicators:
  unitType: { type: enum, values: [heat-pump, cooling-only], label: { zh: 机组类型, en: Unit type } }
  apf: { type: number, label: { zh: 全年能源消耗效率 APF, en: Annual performance factor APF } }
grades:
  - { id: "1", label: { zh: 合格, en: Conforming } }
criteria:
  - { id: apf, indicator: apf, require: "≥ 4" }
`;

const split = compileGrader(parseRuleSet(RULES));
const grader = split.grader;

describe('a field given under its label', () => {
  it('zh label: missing, with where it is and how to name it', () => {
    const result = grader.gradeSync({ 机组类型: 'heat-pump', apf: 4.5 });
    expect(result.grade).toBeNull();
    expect(result.errors).toEqual([
      {
        field: 'unitType',
        code: 'missing',
        message: {
          zh: '缺少机组类型：记录中有键“机组类型”，即该指标的标签；JSON 记录以指标名（unitType）为键，或用 --map 机组类型=unitType 映射',
          en: 'unitType (Unit type) is missing: the record has it under its label "机组类型"; JSON records name fields by indicator name (unitType), or map the key with --map 机组类型=unitType',
        },
      },
    ]);
  });

  it('en label, and a label with a space is quoted in the --map hint', () => {
    const result = grader.gradeSync({ 'Unit type': 'heat-pump', '全年能源消耗效率 APF': 4.5 });
    expect(result.errors?.map((e) => e.message)).toEqual([
      {
        zh: "缺少机组类型：记录中有键“Unit type”，即该指标的标签；JSON 记录以指标名（unitType）为键，或用 --map 'Unit type=unitType' 映射",
        en: 'unitType (Unit type) is missing: the record has it under its label "Unit type"; JSON records name fields by indicator name (unitType), or map the key with --map \'Unit type=unitType\'',
      },
      {
        zh: "缺少全年能源消耗效率 APF：记录中有键“全年能源消耗效率 APF”，即该指标的标签；JSON 记录以指标名（apf）为键，或用 --map '全年能源消耗效率 APF=apf' 映射",
        en: 'apf (Annual performance factor APF) is missing: the record has it under its label "全年能源消耗效率 APF"; JSON records name fields by indicator name (apf), or map the key with --map \'全年能源消耗效率 APF=apf\'',
      },
    ]);
  });

  it('the plain message when no key is a label, and nothing changes for a valid record', () => {
    expect(grader.gradeSync({ kind: 'heat-pump', apf: 4.5 }).errors?.[0]?.message).toEqual({
      zh: '缺少机组类型',
      en: 'unitType (Unit type) is missing',
    });
    expect(grader.gradeSync({ unitType: 'heat-pump', 机组类型: 'x', apf: 4.5 }).grade).toBe('1');
  });

  it('the same through a snapshot taken on another thread', () => {
    const snapshot = structuredClone(split.snapshot({ 机组类型: 'heat-pump', apf: 4.5 }));
    expect(split.gradeFull({ snapshot }).errors?.[0]?.message.en).toContain('under its label "机组类型"');
  });
});

describe('a field the record holds but not as its own property', () => {
  class Unit {
    unitType = 'heat-pump';
    get apf() {
      return 4.62;
    }
  }

  it('a class instance’s getter: missing, saying where the value is and what to pass', () => {
    const result = grader.gradeSync(new Unit());
    expect(result.grade).toBeNull();
    expect(result.errors?.map((e) => [e.field, e.code])).toEqual([['apf', 'missing']]);
    expect(result.errors?.[0]?.message).toEqual({
      zh: '缺少全年能源消耗效率 APF：记录的“apf”不是它自身的属性，而来自原型（例如类实例的 getter、ORM 实体）；记录只从自身属性读取：请传入各值都是自身属性的普通对象（例如实体的 toJSON() 结果）',
      en: "apf (Annual performance factor APF) is missing: the record's \"apf\" is not its own property but comes from its prototype (a class instance's getter, an ORM entity); records are read from their own properties only: pass a plain object whose own properties hold the values (an entity's toJSON(), say)",
    });
    // The same values as own properties grade.
    expect(grader.gradeSync({ unitType: 'heat-pump', apf: new Unit().apf }).grade).toBe('1');
  });

  it('a value inherited through Object.create, and a Map', () => {
    const inherited = Object.create({ apf: 4.5 }) as Record<string, unknown>;
    inherited.unitType = 'heat-pump';
    expect(grader.gradeSync(inherited).errors?.[0]?.message.en).toContain('comes from its prototype');
    const map = new Map<string, unknown>([
      ['unitType', 'heat-pump'],
      ['apf', 4.5],
    ]);
    expect(grader.gradeSync(map).errors?.map((e) => e.message.en)).toEqual([
      'unitType (Unit type) is missing: the record is a Map that has "unitType"; records are read from an object\'s own properties only: pass Object.fromEntries(map)',
      'apf (Annual performance factor APF) is missing: the record is a Map that has "apf"; records are read from an object\'s own properties only: pass Object.fromEntries(map)',
    ]);
  });

  it('Object.prototype’s members are nobody’s values: the plain message', () => {
    const rules = RULES.replace('apf: { type: number', 'toString: { type: number').replace(
      'indicator: apf',
      'indicator: toString',
    );
    const g = compileGrader(parseRuleSet(rules)).grader;
    expect(g.gradeSync({ unitType: 'heat-pump' }).errors?.[0]?.message.en).toBe(
      'toString (Annual performance factor APF) is missing',
    );
  });

  it('the same through a snapshot taken on another thread', () => {
    const snapshot = structuredClone(split.snapshot(new Unit()));
    expect(split.gradeFull({ snapshot }).errors?.[0]?.message.en).toContain('comes from its prototype');
  });
});

describe('an enum code written in another case (hostile-22 M4)', () => {
  it('is refused, as codes are matched as written, with the code to write', () => {
    const result = grader.gradeSync({ unitType: 'Heat-Pump', apf: 4.5 });
    expect(result.grade).toBeNull();
    expect(result.errors?.[0]?.message.en).toMatch(/"Heat-Pump": write "heat-pump"$/);
    expect(result.errors?.[0]?.message.zh).toMatch(/"Heat-Pump"，应写作 "heat-pump"$/);
    expect(grader.gradeSync({ unitType: 'HEAT-PUMP', apf: 4.5 }).errors?.[0]?.message.en).toContain(
      'write "heat-pump"',
    );
  });

  it('no hint where two codes differ only in case, or none is close', () => {
    const two = compileGrader(parseRuleSet(RULES.replace('[heat-pump, cooling-only]', '[A, a]'))).grader;
    expect(two.gradeSync({ unitType: 'ａ', apf: 4.5 }).grade).toBeNull();
    expect(two.gradeSync({ unitType: 'b', apf: 4.5 }).errors?.[0]?.message.en).not.toContain('write');
    expect(grader.gradeSync({ unitType: 'heat', apf: 4.5 }).errors?.[0]?.message.en).not.toContain('write');
  });
});
