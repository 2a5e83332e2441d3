/**
 * A boolean cell is read only where it cannot be read the wrong way round:
 * a verdict (合格/不合格) only where `true` meets the requirements, 有/无 only
 * where the label is not a negation. Every reader goes through one rule:
 * CSV, a workbook, Parquet text and gradeSample; JSON keeps its own booleans.
 */
import { describe, expect, it } from 'vitest';
import { gradeSample } from '../../src/browser';
import { createGrader, type IndicatorInfo, loadRuleSet, parseRuleSet } from '../../src/index';
import { booleanCell } from '../../src/input/boolean-cell';
import { convertCell } from '../../src/input/convert-value';
import { type DuckDBColumn, duckdbRecord } from '../../src/input/parquet/duckdb-values';
import { exceljsWorkbook } from './xlsx/workbook-fixtures';

const enterprise = await loadRuleSet('enterprise/quality-management-capability');
const cement = await loadRuleSet('building-materials/common-portland-cement');
const aircon = await loadRuleSet('home-appliances/room-air-conditioner-energy');

function info(ruleSet: typeof enterprise, name: string): IndicatorInfo {
  return ruleSet.indicators.find((i) => i.name === name)!;
}

const INCIDENT = info(enterprise, 'majorQualityIncident');
const SOUNDNESS = info(cement, 'soundness');

function ruleSetWith(indicator: string, criteria: string) {
  return parseRuleSet(
    `schemaVersion: 1
id: test/booleans
version: 1.0.0
industry: test
subject: product
title: { zh: 是否, en: Booleans }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  b: { type: boolean, label: ${indicator} }
  x: { type: number, label: { zh: 甲, en: X } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: x-min, indicator: x, require: "≥ 1" }
${criteria}`,
    { filename: 'booleans.yaml' },
  );
}

describe("IndicatorInfo.meets: the value that meets a boolean indicator's requirements", () => {
  it('is false for 近三年发生重大质量事故 (= false), true for 安定性 (= true) and for 压蒸安定性合格 (label, no requirement)', () => {
    expect(INCIDENT.meets).toBe(false);
    expect(SOUNDNESS.meets).toBe(true);
    expect(info(cement, 'autoclaveSoundness').meets).toBe(true);
    // 风冷式: a scope check asking true.
    expect(info(aircon, 'airCooled').meets).toBe(true);
    // Not a boolean: no such field.
    expect(Object.hasOwn(info(enterprise, 'processControl'), 'meets')).toBe(false);
  });

  it('reads ≠ and a list; is unknown when requirements disagree or there are none and the label does not name a pass', () => {
    const label = '{ zh: 标志, en: Flag }';
    expect(info(ruleSetWith(label, '  - { id: b1, indicator: b, require: "≠ true" }\n'), 'b').meets).toBe(
      false,
    );
    expect(info(ruleSetWith(label, '  - { id: b1, indicator: b, require: "≠ false" }\n'), 'b').meets).toBe(
      true,
    );
    const both =
      '  - { id: b1, indicator: b, require: "= true" }\n  - { id: b2, indicator: b, require: "= false" }\n';
    expect(info(ruleSetWith(label, both), 'b').meets).toBeUndefined();
    expect(info(ruleSetWith(label, ''), 'b').meets).toBeUndefined();
    expect(info(ruleSetWith('{ zh: 耐压试验通过, en: Withstand test passed }', ''), 'b').meets).toBe(true);
    expect(
      info(ruleSetWith('{ zh: 耐压试验不通过, en: Withstand test failed }', ''), 'b').meets,
    ).toBeUndefined();
  });
});

describe('booleanCell', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['有', true],
    ['无', false],
    ['发生', true],
    ['未发生', false],
    ['TRUE', true],
    ['０', false],
  ])('reads %j as %s on 近三年发生重大质量事故', (text, value) => {
    expect(booleanCell(text, INCIDENT)).toBe(value);
  });

  it.each([
    ['合格', true],
    ['不合格', false],
    ['通过', true],
    ['未通过', false],
    ['Pass', true],
    ['FAIL', false],
  ])('reads the verdict %j as %s where true meets the requirement (安定性)', (text, value) => {
    expect(booleanCell(text, SOUNDNESS)).toBe(value);
  });

  it('refuses a verdict where the requirement asks for false, saying to write 是/否 (有/无)', () => {
    for (const text of ['合格', '不合格', '通过', 'pass']) {
      const why = booleanCell(text, INCIDENT);
      expect(typeof why, text).toBe('object');
      expect(why).toEqual({
        zh: '是检验结论（合格/不合格），而本指标的要求为“否”（“是”表示近三年发生重大质量事故），按结论读会把含义读反：请写 是/否（有/无）',
        en: 'is a pass/fail verdict, but this indicator\'s requirement asks for false (true means "Major quality incident in the last three years"), so a verdict would be read the wrong way round: write yes/no (是/否, 有/无)',
      });
    }
  });

  it('refuses a verdict where nothing says which value is a pass', () => {
    const flag = info(ruleSetWith('{ zh: 标志, en: Flag }', ''), 'b');
    const why = booleanCell('合格', flag) as { zh: string; en: string };
    expect(why.zh).toContain('规则集没有说明本指标取哪个值为合格');
    expect(why.en).toContain('does not say which value of this indicator is a pass');
    expect(booleanCell('是', flag)).toBe(true);
  });

  // newcomer-39 F7: Y/N, any case and full-width, are yes/no as yes/no are; read on a negated label too, as 是/否 are.
  it.each([
    ['Y', true],
    ['y', true],
    ['Ｙ', true],
    ['N', false],
    ['n', false],
  ])('reads %j as %s, as yes/no', (text, value) => {
    expect(booleanCell(text, INCIDENT)).toBe(value);
    expect(
      booleanCell(text, info(ruleSetWith('{ zh: 无重大质量事故, en: No major incident }', ''), 'b')),
    ).toBe(value);
  });

  it('refuses YN and Yes/No as before', () => {
    expect(typeof booleanCell('YN', INCIDENT)).toBe('object');
    expect(typeof booleanCell('Y/N', INCIDENT)).toBe('object');
  });

  it('refuses 有/无 on a label that is a negation, reads 是/否 there', () => {
    const negated = info(ruleSetWith('{ zh: 无重大质量事故, en: No major incident }', ''), 'b');
    const why = booleanCell('无', negated) as { zh: string; en: string };
    expect(why.zh).toBe(
      '对标签为否定说法的指标（“无重大质量事故”）含义不明，可能被读反：请写 是 或 否（“是”表示无重大质量事故）',
    );
    expect(why.en).toContain('write yes or no');
    expect(typeof booleanCell('未发生', negated)).toBe('object');
    expect(booleanCell('是', negated)).toBe(true);
    expect(booleanCell('否', negated)).toBe(false);
  });

  it('a negation later in the label is one too (hostile-20 W7): 有/无 refused on 有害物质未检出, read on 有无…', () => {
    for (const label of ['有害物质未检出', '近三年无重大质量事故', '零缺陷', '杜绝事故', '禁用物质未检出']) {
      const negated = info(ruleSetWith(`{ zh: ${label}, en: Flag }`, ''), 'b');
      // 有 read as yes would say "harmful substances not detected" where the sheet says they are there.
      expect(typeof booleanCell('有', negated), label).toBe('object');
      expect(typeof booleanCell('无', negated), label).toBe('object');
      expect(booleanCell('是', negated)).toBe(true);
    }
    // "Whether there was a major incident": 有 is yes.
    const asks = info(ruleSetWith('{ zh: 有无重大质量事故, en: Major incident }', ''), 'b');
    expect(booleanCell('有', asks)).toBe(true);
    expect(booleanCell('无', asks)).toBe(false);
  });

  it('leaves "/" to the not-tested advice, and lists 合格/不合格 among the words only where they are read', () => {
    expect((booleanCell('/', INCIDENT) as { en: string }).en).toContain('means not tested');
    expect((booleanCell('maybe', INCIDENT) as { zh: string }).zh).toBe(
      '不是 是/否、有/无、true/false、1/0、yes/no、Y/N 之一',
    );
    expect((booleanCell('maybe', SOUNDNESS) as { zh: string }).zh).toBe(
      '不是 是/否、有/无、合格/不合格、true/false、1/0、yes/no、Y/N 之一',
    );
    expect((booleanCell('√', SOUNDNESS) as { en: string }).en).toContain('U+221A');
  });

  it('hostile-22 M6: a Chinese word is not named by its code points; the label is told to be 是', () => {
    // A yes/no indicator without value labels (hermeticCompressor has had them since 1.1.8; a copy of its info
    // has no spellings, so it reads only the yes/no words).
    const hermetic: IndicatorInfo = { ...info(aircon, 'hermeticCompressor'), valueLabels: undefined };
    const said = booleanCell('全封闭型压缩机', hermetic) as { zh: string; en: string };
    expect(said.zh).toBe(
      '不是 是/否、有/无、合格/不合格、true/false、1/0、yes/no、Y/N 之一；“全封闭型压缩机”即“全封闭型压缩机”，请写 是',
    );
    expect(said.en).not.toContain('U+');
    expect((booleanCell('半封闭', hermetic) as { zh: string }).zh).toBe(
      '不是 是/否、有/无、合格/不合格、true/false、1/0、yes/no、Y/N 之一',
    );
    // One character, or a symbol, is still named: it may be a slip of the keyboard or the encoding.
    expect((booleanCell('风', hermetic) as { en: string }).en).toContain('U+98CE');
  });

  it("session 23: a boolean's value labels and aliases read as their value, as written or folded; any other word lists them", () => {
    const cooled = info(aircon, 'airCooled');
    expect(booleanCell('水冷', cooled)).toBe(false);
    expect(booleanCell('水冷式', cooled)).toBe(false);
    expect(booleanCell('ＷＡＴＥＲ-cooled', cooled)).toBe(false);
    expect(booleanCell('风冷', cooled)).toBe(true);
    expect(booleanCell('Air-Cooled', cooled)).toBe(true);
    expect(booleanCell('否', cooled)).toBe(false);
    const refused = booleanCell('水冷却', cooled) as { zh: string; en: string };
    expect(refused.zh).toBe(
      '不是 是/否、有/无、合格/不合格、true/false、1/0、yes/no、Y/N、风冷式/非风冷式（Air-cooled/Not air-cooled）之一',
    );
    expect(refused.en).toBe(
      'is not one of true/false, 1/0, yes/no, Y/N, 是/否, 有/无, 合格/不合格, Air-cooled/Not air-cooled (风冷式/非风冷式)',
    );
    expect(convertCell(' 水冷 ', cooled)).toEqual({ value: false });
  });

  it('is what convertCell gives, naming the field', () => {
    expect(convertCell(' 无 ', INCIDENT)).toEqual({ value: false });
    expect(convertCell('合格', INCIDENT)?.error).toMatchObject({
      field: 'majorQualityIncident',
      code: 'wrong-type',
    });
    expect(convertCell('合格', INCIDENT)?.error?.message.zh).toMatch(
      /^近三年发生重大质量事故应为是\/否："合格" 是检验结论/,
    );
  });
});

describe('every reader reads a boolean cell alike (enterprise rule set)', () => {
  const grader = createGrader(enterprise);
  const scores = enterprise.indicators.filter((i) => i.type === 'number');
  const header = [...scores.map((i) => i.label.zh), '近三年发生重大质量事故'];
  const cells = ['合格', '不合格', '无', '有', '未发生', '否', ''];
  // 合格/不合格: refused; 无/未发生/否/blank: no incident (卓越级 at 92); 有: capped at 检验级.
  const expected = [null, null, 'excellence', 'inspection', 'excellence', 'excellence', 'excellence'];

  it('CSV text through gradeSample', async () => {
    const text = [header.join(','), ...cells.map((c) => [...scores.map(() => 92), c].join(','))].join('\n');
    const graded = await gradeSample(grader, text);
    expect(graded.map((g) => g.result.grade)).toEqual(expected);
    expect(graded[0]!.result.errors?.[0]?.message.en).toContain('is a pass/fail verdict');
  });

  it('a workbook through gradeSample', async () => {
    const bytes = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('企业');
      ws.addRow(header);
      for (const c of cells) ws.addRow([...scores.map(() => 92), c === '' ? null : c]);
    });
    const graded = await gradeSample(grader, bytes);
    expect(graded.map((g) => g.result.grade)).toEqual(expected);
  });

  it('Parquet text (a DuckDB row) as the CSV cell', () => {
    const column: DuckDBColumn = {
      field: INCIDENT.name,
      indicator: INCIDENT,
      float32: false,
      gathered: false,
    };
    expect(duckdbRecord([column], ['无'])).toEqual({ record: { majorQualityIncident: false } });
    expect(duckdbRecord([column], ['合格']).conversionErrors).toEqual([convertCell('合格', INCIDENT)!.error]);
    expect(duckdbRecord([column], [true])).toEqual({ record: { majorQualityIncident: true } });
  });

  it('NDJSON keeps JSON booleans; a quoted word is told to be written true/false, not "not tested"', async () => {
    const record = (v: unknown) =>
      JSON.stringify({ ...Object.fromEntries(scores.map((i) => [i.name, 92])), majorQualityIncident: v });
    const graded = await gradeSample(grader, [record(false), record('无'), record('合格')].join('\n'), {
      format: 'ndjson',
    });
    expect(graded.map((g) => g.result.grade)).toEqual(['excellence', null, null]);
    for (const g of graded.slice(1)) {
      expect(g.result.errors?.[0]?.message.zh).toContain(
        '是文本：JSON 记录或测试用例的 input 中请写 true 或 false（不加引号）',
      );
      expect(g.result.errors?.[0]?.message.en).not.toContain('not tested');
    }
  });
});

describe('session 24: 否（X）/是（X） and the negated label read; words get no code point (hostile-24 M1)', () => {
  it('否（水冷式）, 是（风冷式）, 否（风冷）, no (Water-cooled) read; 是（水冷式） says two things and is refused', () => {
    const cooled = info(aircon, 'airCooled');
    expect(booleanCell('否（水冷式）', cooled)).toBe(false);
    expect(booleanCell('否(水冷式)', cooled)).toBe(false);
    expect(booleanCell('否（风冷式）', cooled)).toBe(false);
    expect(booleanCell('否（风冷）', cooled)).toBe(false);
    expect(booleanCell('是（风冷式）', cooled)).toBe(true);
    expect(booleanCell('no (Water-cooled)', cooled)).toBe(false);
    expect(booleanCell('yes (Air-cooled)', cooled)).toBe(true);
    expect(typeof booleanCell('是（水冷式）', cooled)).toBe('object');
    expect(typeof booleanCell('否（蒸发冷）', cooled)).toBe('object');
  });

  it('非风冷式, 不是风冷式, not air cooled, non-air-cooled read as no; not under a label that is a negation', () => {
    const cooled = info(aircon, 'airCooled');
    for (const cell of ['非风冷式', '非风冷', '不是风冷式', 'not air cooled', 'Non-air-cooled'])
      expect(booleanCell(cell, cooled), cell).toBe(false);
    const hermetic = info(aircon, 'hermeticCompressor');
    expect(booleanCell('非全封闭型压缩机', hermetic)).toBe(false);
    expect(booleanCell('否（全封闭型压缩机）', hermetic)).toBe(false);
    const none: IndicatorInfo = { ...hermetic, label: { zh: '无重大事故', en: 'No major incident' } };
    expect(typeof booleanCell('非无重大事故', none)).toBe('object');
  });

  it('fix-labels-25: hermeticCompressor reads its labels and aliases, with a product word after them, and a negated label of true', () => {
    const hermetic = info(aircon, 'hermeticCompressor');
    for (const cell of ['全封闭型', '全封闭', ' 全封闭式 ', '全封闭型压缩机', '全封闭式压缩机'])
      expect(booleanCell(cell, hermetic), cell).toBe(true);
    for (const cell of [
      '非全封闭型',
      '半封闭',
      '半封闭式',
      '半封闭型',
      '开启式',
      '开启型',
      'semi-hermetic',
      '开启式压缩机',
      '半封闭型压缩机',
      '半封闭压缩机',
      '否（全封闭型压缩机）',
      '否（全封闭型）',
      '非全封闭',
      '不是全封闭式',
      '非全封闭型压缩机',
    ])
      expect(booleanCell(cell, hermetic), cell).toBe(false);
    // Not words of this rule set, or unclear: refused, the refusal listing the labels.
    for (const cell of ['开启', '非开启式', '是（开启式）', '压缩机', '开启式空调器', '全封闭型压缩机组']) {
      const said = booleanCell(cell, hermetic);
      expect(typeof said, cell).toBe('object');
      expect((said as { zh: string }).zh, cell).toContain('全封闭型/非全封闭型（Hermetic/Not hermetic）');
    }
    // airCooled: a label with a product word reads too (as the check of unread columns reads it).
    const cooled = info(aircon, 'airCooled');
    expect(booleanCell('水冷式机组', cooled)).toBe(false);
    expect(booleanCell('风冷式空调', cooled)).toBe(true);
  });

  it('words round punctuation get no code point; a symbol still does', () => {
    const cooled = info(aircon, 'airCooled');
    for (const cell of ['风冷/水冷', '否（蒸发冷）', '是（水冷式）'])
      expect((booleanCell(cell, cooled) as { en: string }).en, cell).not.toContain('U+');
    expect((booleanCell('√', cooled) as { en: string }).en).toContain('U+221A');
  });
});
