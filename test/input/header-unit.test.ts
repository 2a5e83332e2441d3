/**
 * How a header names an indicator with a unit (IndicatorHeaders.withUnit):
 * the forms, the equivalent spellings, and what is not a unit.
 */
import { describe, expect, it } from 'vitest';
import { loadRuleSet, parseRuleSet } from '../../src/index';
import { IndicatorHeaders } from '../../src/input/header-unit';
import type { IndicatorInfo } from '../../src/resolve/rule-set';

describe('IndicatorHeaders', async () => {
  const steel = new IndicatorHeaders((await loadRuleSet('steel/hot-rolled-ribbed-bar')).indicators);
  const appliance = new IndicatorHeaders(
    (await loadRuleSet('home-appliances/appliance-quality-grading')).indicators,
  );
  const read = (headers: IndicatorHeaders, header: string) => {
    const unit = headers.withUnit(header);
    return unit && [unit.indicator.name, unit.written, unit.same];
  };

  it.each([
    ['下屈服强度 ReL/MPa', ['yieldStrength', 'MPa', true]],
    ['下屈服强度 ReL／MPa', ['yieldStrength', 'MPa', true]],
    ['抗拉强度 Rm/N/mm²', ['tensileStrength', 'N/mm2', true]],
    ['抗拉强度　Rm（ＭＰａ）', ['tensileStrength', 'MPa', true]],
    ['抗拉强度 Rm [MPa]', ['tensileStrength', 'MPa', true]],
    ['最大力总延伸率 Agt %', ['maxForceElongation', '%', true]],
    ['最大力总延伸率 Agt%', ['maxForceElongation', '%', true]],
    ['氮 N/%', ['nitrogen', '%', true]],
    ['公称直径 d (mm)', ['diameter', 'mm', true]],
    ['抗拉强度 Rm/kN', ['tensileStrength', 'kN', false]],
    ['抗拉强度 Rm (mPa)', ['tensileStrength', 'mPa', false]],
    ['公称直径 d/cm', ['diameter', 'cm', false]],
  ])('%s', (header, expected) => {
    expect(read(steel, header)).toEqual(expected);
    expect(steel.field(header)).toBe(expected[2] ? expected[0] : undefined);
  });

  it.each([
    'SEER/APF',
    '强屈比 Rm°/ReL°/1',
    '断后伸长率 A',
    'elongation A',
    'nitrogen (N)',
    'vanadium/V',
    '抗拉强度 Rm/备注',
    '屈服强度/MPa',
    '/MPa',
  ])('%s names no indicator with a unit', (header) => {
    expect(steel.withUnit(header)).toBeUndefined();
  });

  it('a label that is a header as written is read as before', () => {
    expect(steel.field('重量偏差')).toBe('massDeviation');
    expect(steel.field('断后伸长率 A')).toBe('elongation');
  });

  it('a unit with brackets in it: 噪声 (dB(A)), 噪声/dB(A)', () => {
    expect(appliance.field('噪声 (dB(A))')).toBe('noise');
    expect(appliance.field('噪声/dB（A）')).toBe('noise');
    expect(read(appliance, '噪声 (dB)')).toEqual(['noise', 'dB', false]);
  });

  it('a unit only the rule set declares (W/(m·K), in no table of units) is read as its indicator’s own', () => {
    const ruleSet = parseRuleSet(
      `schemaVersion: 1
id: test/declared-unit
version: 1.0.0
industry: test
subject: product
title: { zh: 声明的单位, en: Declared unit }
references: [{ code: T-3, edition: "2020" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests } }
indicators:
  conductivity: { type: number, unit: "W/(m·K)", label: { zh: 导热系数, en: Thermal conductivity } }
grades:
  - { id: C, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: conductivity, indicator: conductivity, require: "≤ 0.04" }
`,
      { filename: 'declared-unit.yaml' },
    );
    const headers = new IndicatorHeaders(ruleSet.indicators);
    expect(headers.field('导热系数/W/(m·K)')).toBe('conductivity');
    expect(headers.field('导热系数 (W/(m·K))')).toBe('conductivity');
    expect(read(headers, 'Thermal conductivity [W/(m·K)]')).toEqual(['conductivity', 'W/(m·K)', true]);
  });
});

describe('IndicatorHeaders: a header that names two indicators names neither', () => {
  const indicator = (name: string, zh: string, en: string, unit?: string): IndicatorInfo => ({
    name,
    type: 'number',
    label: { zh, en },
    required: false,
    specimens: 0,
    ...(unit ? { unit } : {}),
  });
  const strength = indicator('strength', '抗拉强度', 'Tensile', 'MPa');
  const yieldOf = (zh: string, en: string) => indicator('yield', zh, en, 'MPa');

  it("one indicator's name and another's label", () => {
    const headers = new IndicatorHeaders([strength, yieldOf('屈服强度', 'strength')]);
    expect(headers.clash('strength')?.map((i) => i.name)).toEqual(['strength', 'yield']);
    expect(headers.clash(' strength ')?.map((i) => i.name)).toEqual(['strength', 'yield']);
    expect(headers.label('strength')).toBeUndefined();
    expect(headers.field('strength')).toBeUndefined();
    // The other texts still name one indicator each.
    expect(headers.clash('Tensile')).toBeUndefined();
    expect(headers.label('Tensile')).toBe('strength');
    expect(headers.label('屈服强度')).toBe('yield');
    expect(headers.label('yield')).toBe('yield');
  });

  it('a label two indicators share, and with a unit after it', () => {
    const headers = new IndicatorHeaders([strength, yieldOf('抗拉强度', 'Yield')]);
    expect(headers.clash('抗拉强度')?.map((i) => i.name)).toEqual(['strength', 'yield']);
    const unit = headers.withUnit('抗拉强度/MPa');
    expect(unit?.clash?.map((i) => i.name)).toEqual(['strength', 'yield']);
    expect(unit?.text).toBe('抗拉强度');
    expect(headers.field('抗拉强度/MPa')).toBeUndefined();
    expect(headers.withUnit('Yield/MPa')?.clash).toBeUndefined();
    expect(headers.field('Yield/MPa')).toBe('yield');
  });

  it("an indicator's name that is its own label is no clash", () => {
    const headers = new IndicatorHeaders([indicator('apf', 'APF', 'apf')]);
    expect(headers.clash('apf')).toBeUndefined();
    expect(headers.label('apf')).toBe('apf');
    expect(headers.label('APF')).toBe('apf');
  });
});

describe('IndicatorHeaders: a label read loosely (white space aside, without its symbol), as GB test reports head columns', async () => {
  const steel = new IndicatorHeaders((await loadRuleSet('steel/hot-rolled-ribbed-bar')).indicators);
  const cement = new IndicatorHeaders(
    (await loadRuleSet('building-materials/cement-quality-grade')).indicators,
  );

  // committee-18 F4: the headers of samples-2025.xlsx and rebar-probes.xlsx.
  it.each([
    [cement, '3天抗压强度(MPa)', 'compressive3d'],
    [cement, '28天抗压强度(MPa)', 'compressive28d'],
    [cement, '3天抗折强度（MPa）', 'flexural3d'],
    [cement, '28天抗折强度/MPa', 'flexural28d'],
    [cement, '3天抗压强度', 'compressive3d'],
    [cement, '28　天抗压强度', 'compressive28d'],
    [cement, '氧化镁(%)', 'magnesia'],
    [cement, '三氧化硫(%)', 'sulfurTrioxide'],
    [cement, '三氧化硫SO₃(%)', 'sulfurTrioxide'],
    [cement, '氯离子(%)', 'chloride'],
    [cement, '氯离子', 'chloride'],
    [cement, '氯离子Cl⁻', 'chloride'],
    [steel, '公称直径(mm)', 'diameter'],
    [steel, '公称直径', 'diameter'],
    [steel, '下屈服强度(MPa)', 'yieldStrength'],
    [steel, '下屈服强度 MPa', 'yieldStrength'],
    [steel, '抗拉强度(MPa)', 'tensileStrength'],
    [steel, '断后伸长率A(%)', 'elongation'],
    [steel, '最大力总延伸率Agt(%)', 'maxForceElongation'],
    [steel, '碳C(%)', 'carbon'],
    [steel, '碳C', 'carbon'],
    [steel, '硅Si(%)', 'silicon'],
    [steel, 'Lower yield strength (MPa)', 'yieldStrength'],
    [steel, 'Nominal diameter', 'diameter'],
  ])('%#: %s', (headers, header, field) => {
    expect(headers.field(header)).toBe(field);
    expect(headers.clash(header)).toBeUndefined();
  });

  it('in another unit it names the indicator, with the unit not its own (the unit-mismatch error)', () => {
    expect(read(steel, '下屈服强度(kN)')).toEqual(['yieldStrength', 'kN', false]);
    expect(read(steel, '公称直径(cm)')).toEqual(['diameter', 'cm', false]);
    expect(read(cement, '3天抗压强度(kPa)')).toEqual(['compressive3d', 'kPa', false]);
    expect(steel.field('下屈服强度(kN)')).toBeUndefined();
  });

  it('a unit glued to the Chinese (氮ppm, 抗拉强度kN) is a unit; a symbol glued on is not (hostile-19 F9)', () => {
    expect(read(steel, '氮ppm')).toEqual(['nitrogen', 'ppm', false]);
    expect(read(steel, '抗拉强度kN')).toEqual(['tensileStrength', 'kN', false]);
    expect(read(steel, '抗拉强度MPa')).toEqual(['tensileStrength', 'MPa', true]);
    expect(steel.field('抗拉强度MPa')).toBe('tensileStrength');
    expect(read(cement, '初凝时间min')).toEqual(['initialSetting', 'min', true]);
    expect(read(cement, '初凝时间小时')).toBeUndefined();
    // A symbol, or a single letter that is no unit of the indicator's (A, amperes; N, newtons), names no unit.
    for (const header of ['碳C', '断后伸长率A', '氮N', '下屈服强度ReL', '抗拉强度Rm'])
      expect(steel.withUnit(header), header).toBeUndefined();
  });

  it('not: another case, a bracketed note left out, an English word left out, the name with spaces', () => {
    expect(steel.field('公称直径 D')).toBeUndefined();
    expect(steel.field('碳c(%)')).toBeUndefined();
    expect(cement.field('安定性')).toBeUndefined();
    expect(cement.field('Cement')).toBeUndefined();
    expect(cement.field('Strength')).toBeUndefined();
    expect(steel.field('yield Strength')).toBeUndefined();
  });

  it('studio-23 N2: a charge written with a keyboard minus (Cl-, as GBK and Excel write ⁻) is the label', () => {
    expect(cement.field('氯离子 Cl-')).toBe('chloride');
    expect(cement.field('氯离子Cl-')).toBe('chloride');
    expect(cement.field('氯离子 Cl−')).toBe('chloride');
    expect(read(cement, '氯离子 Cl-(%)')).toEqual(['chloride', '%', true]);
    expect(read(cement, '氯离子 Cl-/ppm')).toEqual(['chloride', 'ppm', false]);
  });

  function read(headers: IndicatorHeaders, header: string) {
    const unit = headers.withUnit(header);
    return unit && [unit.indicator.name, unit.written, unit.same];
  }
});

describe('IndicatorHeaders: a header two labels give loosely names neither', () => {
  const indicator = (name: string, zh: string, en: string): IndicatorInfo => ({
    name,
    type: 'number',
    label: { zh, en },
    required: false,
    specimens: 0,
    unit: 'MPa',
  });
  const lower = indicator('lowerYield', '屈服强度 ReL', 'Lower yield ReL');
  const upper = indicator('upperYield', '屈服强度 ReH', 'Upper yield ReH');

  it('two labels that differ only by their symbol: with a unit, without, and spaced', () => {
    const headers = new IndicatorHeaders([lower, upper]);
    for (const header of ['屈服强度', '屈服 强度', '屈服强度(MPa)', '屈服强度/MPa']) {
      expect(headers.field(header), header).toBeUndefined();
      expect(headers.label(header), header).toBeUndefined();
    }
    expect(headers.clash('屈服强度')?.map((i) => i.name)).toEqual(['lowerYield', 'upperYield']);
    const unit = headers.withUnit('屈服强度(MPa)');
    expect(unit?.clash?.map((i) => i.name)).toEqual(['lowerYield', 'upperYield']);
    expect(unit?.text).toBe('屈服强度');
    // With its symbol each is one indicator's.
    expect(headers.field('屈服强度ReL(MPa)')).toBe('lowerYield');
    expect(headers.field('屈服强度 ReH')).toBe('upperYield');
  });

  it("one indicator's label exactly and another's loosely: a clash, in the rule set's order", () => {
    const plain = indicator('yieldStrength', '屈服强度', 'Yield strength');
    const headers = new IndicatorHeaders([lower, plain]);
    expect(headers.clash('屈服强度')?.map((i) => i.name)).toEqual(['lowerYield', 'yieldStrength']);
    expect(headers.field('屈服强度')).toBeUndefined();
    expect(headers.withUnit('屈服强度/MPa')?.clash?.map((i) => i.name)).toEqual([
      'lowerYield',
      'yieldStrength',
    ]);
    // Their other texts name one each.
    expect(headers.field('Yield strength')).toBe('yieldStrength');
    expect(headers.field('屈服强度 ReL')).toBe('lowerYield');
  });
});

describe('IndicatorHeaders.symbol: the forms a lab writes a symbol in (hostile-21 W1, M3, M4)', async () => {
  const steel = new IndicatorHeaders((await loadRuleSet('steel/hot-rolled-ribbed-bar')).indicators);
  const cement = new IndicatorHeaders(
    (await loadRuleSet('building-materials/cement-quality-grade')).indicators,
  );
  const read = (headers: IndicatorHeaders, header: string) => {
    const found = headers.symbol(header);
    return found && [found.indicator.name, found.written, found.same];
  };

  it.each([
    ['w(N)/%', ['nitrogen', '%', true]],
    ['w(N)', ['nitrogen', undefined, true]],
    ['w(N)/ppm', ['nitrogen', 'ppm', false]],
    ['N_%', ['nitrogen', '%', true]],
    ['ｗ（Ｎ）/％', ['nitrogen', '%', true]],
    ['w(Mn)/%', ['manganese', '%', true]],
  ])('%s (GB house style, a LIMS underscore)', (header, expected) => {
    expect(read(steel, header)).toEqual(expected);
  });

  it.each([
    ['So3', 'sulfurTrioxide'],
    ['so3', 'sulfurTrioxide'],
    ['Cl-', 'chloride'],
    ['Cl', 'chloride'],
    ['w(MgO)/%', 'magnesia'],
  ])('%s: as a keyboard writes the symbol, where no other is written so', (header, name) => {
    expect(read(cement, header)?.[0]).toBe(name);
  });

  it('a single letter keeps its case, and a bare number is no unit', () => {
    expect(read(steel, 'n')).toBeUndefined();
    expect(read(steel, 'D')).toBeUndefined();
    expect(read(steel, 'N_2')).toBeUndefined();
    expect(read(steel, 'w(N)2')).toBeUndefined();
  });
});
