import { describe, expect, it } from 'vitest';
import { headerHints } from '../../src/input/header-hints';
import type { IndicatorInfo } from '../../src/resolve/rule-set';

/** The hints but the one naming required indicators no column gives (tested below): these tests are of the others. */
const nearHints = (input: Parameters<typeof headerHints>[0]) =>
  headerHints(input).filter((h) => !/^[^:：]+(?:: no column gives |：没有列给出 )/u.test(h.en));

const indicator = (name: string, zh: string, en: string): IndicatorInfo => ({
  name,
  type: 'number',
  label: { zh, en },
  required: true,
  specimens: 0,
});
const INDICATORS = [
  indicator('ccc', '强制性产品认证（CCC）', 'CCC certification'),
  indicator('nitrogen', '氮 N', 'Nitrogen N'),
];
const hints = (headers: string[], excluded: string[] = [], fields = headers) =>
  nearHints({
    name: 'in.csv',
    headers,
    fields,
    indicators: INDICATORS,
    excluded: new Set(excluded),
    format: 'csv',
  }).map((h) => h.en);

describe('headerHints', () => {
  it('points at a label without its bracketed note or symbol, and at a likely typo', () => {
    expect(hints(['型号', '强制性产品认证', 'Nitrogn'])).toEqual([
      'in.csv: the column "强制性产品认证" is close to the indicator ccc (CCC certification) but is not read as it; if it is that indicator, add --map 强制性产品认证=ccc',
      'in.csv: the column "Nitrogn" is close to the indicator nitrogen (Nitrogen N) but is not read as it; if it is that indicator, add --map Nitrogn=nitrogen',
    ]);
  });

  it('points at a label with its unit after a slash or in brackets, as test reports head columns', () => {
    expect(hints(['氮 N/%', '强制性产品认证 (件)'])).toEqual([
      'in.csv: the column "强制性产品认证 (件)" is close to the indicator ccc (CCC certification) but is not read as it; if it is that indicator, add --map \'强制性产品认证 (件)=ccc\'',
      'in.csv: the column "氮 N/%" is close to the indicator nitrogen (Nitrogen N) but is not read as it; if it is that indicator, add --map \'氮 N/%=nitrogen\'',
    ]);
    expect(hints(['氮／％'])).toHaveLength(1);
  });

  it('points at a likely typo of a label with its unit after it: the unit does not count as edits (newcomer-26 F3)', () => {
    const glass = [indicator('transmittance', '可见光透射比', 'Visible light transmittance')];
    const of = (headers: string[]) =>
      nearHints({
        name: 'b.csv',
        headers,
        fields: headers.map(() => ''),
        indicators: glass,
        excluded: new Set(),
      }).map((h) => h.zh);
    // Two characters from the label (透过率 for 透射比), then the unit: named, with the --map to write.
    for (const header of ['可见光透过率/%', '可见光透过率（%）', '可见光透过率'])
      expect(of(['样品编号', header]), header).toEqual([
        `b.csv：“${header}”列与指标 transmittance（可见光透射比）相近，但没有作为它读取；如果就是它，请加上 --map ${header}=transmittance`,
      ]);
    // The unit changes nothing: a header is held to the same tolerance with and without it (two edits in six).
    expect(of(['可见光反射率/%'])).toHaveLength(of(['可见光反射率']).length);
    // Three characters off is no typo, whatever the unit.
    expect(of(['太阳光反射率/%'])).toEqual([]);
    expect(of(['光透过率/%'])).toEqual([]);
  });

  it('says nothing for excluded columns, short unrelated names, or when every indicator is found', () => {
    expect(hints(['强制性产品认证', 'Nitrogn'], ['强制性产品认证', 'Nitrogn'])).toEqual([]);
    expect(hints(['型号', 'Ni', 'NaCl', 'Mn'])).toEqual([]);
    expect(hints(['ccc', 'nitrogen', '强制性产品认证'])).toEqual([]);
  });

  it('points at a symbol with a number after it: a second reading, or the only one (hostile-21 W5)', () => {
    expect(hints(['型号', 'N2'])).toEqual([
      'in.csv: the column "N2" is close to the indicator nitrogen (Nitrogen N) but is not read as it; if it is that indicator, add --map N2=nitrogen',
    ]);
  });
});

describe('headerHints: a unit in brackets after the column name', () => {
  it('points at a column that is an indicator name or label but for its unit', () => {
    expect(hints(['型号', '氮 N（质量分数 %）'])).toEqual([
      `in.csv: the column "氮 N（质量分数 %）" is close to the indicator nitrogen (Nitrogen N) but is not read as it; if it is that indicator, add --map '氮 N（质量分数 %）=nitrogen'`,
    ]);
  });
});

describe('headerHints: the headers of committee-18 F4, when a column is not read', async () => {
  const { loadRuleSet } = await import('../../src/index');
  const cement = (await loadRuleSet('building-materials/cement-quality-grade')).indicators;
  const steel = (await loadRuleSet('steel/hot-rolled-ribbed-bar')).indicators;
  /** The indicator each hint points the header at, with the header passed as not read. */
  const pointed = (indicators: readonly IndicatorInfo[], header: string) =>
    nearHints({
      name: 'in.csv',
      headers: ['样品编号', header],
      fields: ['样品编号', ''],
      indicators,
      excluded: new Set(),
      format: 'csv',
    }).map((h) => /indicator (\w+) /.exec(h.en)?.[1]);

  // Hinted before, and still: 氧化镁(%), 三氧化硫(%), 碳C(%), 公称直径, 氯离子 Cl-. No hint before: 氯离子(%), 氯离子, 公称直径(mm) (labels ending in Cl⁻ and d).
  it.each([
    [cement, '氧化镁(%)', 'magnesia'],
    [cement, '三氧化硫(%)', 'sulfurTrioxide'],
    [steel, '碳C(%)', 'carbon'],
    [steel, '公称直径', 'diameter'],
    [cement, '氯离子 Cl-', 'chloride'],
    [cement, '氯离子(%)', 'chloride'],
    [cement, '氯离子', 'chloride'],
    [steel, '公称直径(mm)', 'diameter'],
    [cement, '安定性', 'soundness'],
    // The committee's h2.csv: the label's qualifier (公称) left out.
    [steel, '直径(mm)', 'diameter'],
    [steel, 'Diameter', 'diameter'],
  ])('%#: %s', (indicators, header, indicator) => {
    expect(pointed(indicators, header)).toEqual([indicator]);
  });

  it('a short word at the end of a label, or an unrelated column, gets none', () => {
    expect(pointed(steel, '径')).toEqual([]);
    expect(pointed(steel, 'meter')).toEqual([]);
    expect(pointed(steel, '生产企业')).toEqual([]);
    expect(pointed(cement, '备注')).toEqual([]);
  });

  it('the hint names the --map to write', () => {
    const [hint] = nearHints({
      name: 'in.csv',
      headers: ['氯离子(%)'],
      fields: [''],
      indicators: cement,
      excluded: new Set(),
    });
    expect(hint?.zh).toBe(
      "in.csv：“氯离子(%)”列与指标 chloride（氯离子 Cl⁻）相近，但没有作为它读取；如果就是它，请加上 --map '氯离子(%)=chloride'",
    );
  });
});

describe('headerHints for a column in a unit qgrade does not know (hostile-19 F3)', () => {
  const yieldStrength: IndicatorInfo = {
    name: 'yieldStrength',
    type: 'number',
    label: { zh: '下屈服强度 ReL', en: 'Lower yield strength ReL' },
    unit: 'MPa',
    required: true,
    specimens: 0,
  };
  const point = (header: string) =>
    nearHints({
      name: 'in.csv',
      headers: ['批号', header],
      fields: ['批号', header],
      indicators: [yieldStrength],
      excluded: new Set(),
      format: 'csv',
    });

  it('a bracketed text like a unit, not the indicator’s: says to convert, not to map', () => {
    const [hint] = point('下屈服强度ReL(kN/mm²)');
    expect(hint?.en).toBe(
      'in.csv: the column "下屈服强度ReL(kN/mm²)" seems to be the indicator yieldStrength (Lower yield strength ReL) in kN/mm², while the indicator is in MPa, so it is not read as it; if it is that indicator, convert its values to MPa and write MPa in the header',
    );
    expect(hint?.zh).toBe(
      'in.csv：“下屈服强度ReL(kN/mm²)”列似乎是指标 yieldStrength（下屈服强度 ReL），但单位是 kN/mm²，而该指标的单位是 MPa，因此没有作为它读取；如果就是它，请把数值换算为 MPa，并把表头中的单位改为 MPa',
    );
    for (const header of ['下屈服强度(kgf/mm²)', '下屈服强度（kgf/mm2）', '下屈服强度 ReL (μN/μm²)'])
      expect(point(header)[0]?.en, header).toContain('convert its values to MPa');
  });

  it('a bracketed text that is no unit (a symbol, Y/N, Chinese) keeps the --map hint', () => {
    for (const header of ['下屈服强度(ReL)', '下屈服强度（Y/N）', '下屈服强度（实测）', '下屈服强度(Mg)'])
      expect(point(header)[0]?.en, header).toContain(`add --map`);
  });
});

describe('headerHints on a washing machine’s columns (newcomer-27 W1, M6, F1)', () => {
  const unit = (name: string, zh: string, en: string, u: string): IndicatorInfo => ({
    ...indicator(name, zh, en),
    unit: u,
  });
  const WASHER = [
    unit('ratedCapacity', '额定洗涤容量', 'Rated washing capacity', 'kg'),
    unit('energy', '耗电量', 'Energy consumption', 'kWh/cycle'),
    unit('water', '用水量', 'Water consumption', 'L/cycle'),
    unit('noise', '洗涤噪声', 'Washing noise', 'dB(A)'),
  ];
  const washer = (headers: string[]) =>
    nearHints({
      name: 'in.csv',
      headers,
      fields: headers,
      indicators: WASHER,
      excluded: new Set(),
      format: 'csv',
    });

  // 噪声 leaves out 洗涤 (washing, not spin-drying noise): named as not read (session 41); its --map only "if it is"
  // (newcomer-46).
  it('噪声 dB(A) and 噪声(dB(A)): dB(A) is the unit, the indicator’s own: a hint, not "in A"', () => {
    for (const header of ['噪声 dB(A)', '噪声(dB(A))']) {
      const [hint] = washer([header]);
      expect(hint?.en).toContain(
        `the column "${header}" is not read: it shares only part of the label of the indicator noise`,
      );
      expect(hint?.en).toContain(`only if it is "洗涤噪声", add --map '${header}=noise'`);
      expect(hint?.zh).toContain(`只有它确实是“洗涤噪声”时，才加上 --map '${header}=noise'`);
      expect(hint?.en).not.toContain(' in A,');
    }
  });

  it('额定容量(kg) for 额定洗涤容量 in kg: a shared end and the same unit is a hint, with no --map (洗涤 left out); in g, none', () => {
    expect(washer(['额定容量(kg)'])[0]?.en).toContain(
      'the column "额定容量(kg)" is not read: it shares only part',
    );
    expect(washer(['额定容量(公斤)'])[0]?.en).toContain(
      'the column "额定容量(公斤)" is not read: it shares only part',
    );
    // 洗涤 left out of the middle: another capacity as likely as not, so no --map even "if it is" (newcomer-46).
    expect(washer(['额定容量(kg)'])[0]?.en).not.toContain('--map');
    expect(washer(['额定容量(g)'])).toEqual([]);
    // Nothing in common at either end: no hint.
    expect(washer(['洗涤容积(kg)'])).toEqual([]);
  });

  it('a column in another unit per something is never offered to --map: convert it', () => {
    for (const [header, written] of [
      ['用水量(加仑/次)', '加仑/次'],
      ['用水量(m3/h)', 'm3/h'],
      ['用水量(升/年)', '升/年'],
      ['耗电量(kWh/年)', 'kWh/年'],
    ] as const) {
      const [hint] = washer([header]);
      expect(hint?.en).not.toContain('--map');
      expect(hint?.en).toContain(`in ${written}, while the indicator is in`);
      expect(hint?.zh).toContain('请把数值换算为');
    }
  });

  it('单次耗电量(kWh) for an indicator in kWh/cycle: only the header needs to change if the values are per cycle', () => {
    const [hint] = washer(['单次耗电量(kWh)']);
    expect(hint?.en).toContain('differs only in "per cycle" (/cycle)');
    expect(hint?.en).toContain('no conversion is needed: only the header needs to change, to kWh/cycle');
    expect(hint?.zh).toContain('无需换算，只需把表头中的单位改为 kWh/cycle');
    expect(hint?.en).not.toContain('--map');
  });
});

describe('headerHints: numbered specimen columns, the usual lab layout (newcomer-32 M5)', () => {
  const mor: IndicatorInfo = { ...indicator('mor', '断裂模数', 'Modulus of rupture'), specimens: 5 };
  const numbered = (n: number, specimens = 5) =>
    nearHints({
      name: 'in.csv',
      headers: ['编号', ...Array.from({ length: n }, (_, i) => `断裂模数${i + 1}`)],
      fields: ['编号', ...Array.from({ length: n }, (_, i) => `断裂模数${i + 1}`)],
      indicators: [{ ...mor, specimens }],
      excluded: new Set(),
      format: 'csv',
    });

  it('at the count (5 columns, 5 specimens): one hint with every --map, zh and en', () => {
    const [hint, ...more] = numbered(5);
    expect(more).toEqual([]);
    const maps = [1, 2, 3, 4, 5].map((i) => `--map 断裂模数${i}=mor`).join(' ');
    expect(hint!.en).toBe(
      `in.csv: the 5 columns "断裂模数1"…"断裂模数5" look like the specimens of the indicator mor (Modulus of rupture) but are not read as it; if they are, add ${maps} (or head each of them "断裂模数")`,
    );
    expect(hint!.zh).toBe(
      `in.csv：“断裂模数1”…“断裂模数5”这 5 列像是指标 mor（断裂模数）的各个试样，但没有作为它读取；如果就是它，请加上 ${maps}（或把这些列的表头都写成“断裂模数”）`,
    );
  });

  it('below the count (3 of 5): the three maps', () => {
    expect(numbered(3)[0]!.en).toContain('add --map 断裂模数1=mor --map 断裂模数2=mor --map 断裂模数3=mor (');
  });

  it('above the count (5 columns, 3 specimens): no maps that would be refused, the count instead', () => {
    expect(numbered(5, 3)[0]!.en).toContain('it takes at most 3 specimens: map its specimen columns only');
    expect(numbered(5, 3)[0]!.zh).toContain('它最多取 3 个试样：请只映射它的试样列');
  });

  it('one numbered column: the single --map, as before', () => {
    expect(numbered(1)[0]!.en).toContain('if it is that indicator, add --map 断裂模数1=mor');
  });
});

// A header with no column for a required indicator said nothing but "X is missing" on every row (developer-36 M2).
describe('headerHints: required indicators no column gives', () => {
  const required = (name: string, zh: string, en: string, must = true): IndicatorInfo => ({
    name,
    type: 'number',
    label: { zh, en },
    required: must,
    specimens: 0,
  });
  const indicators = [
    required('capacity', '额定制冷量', 'Rated cooling capacity'),
    required('apf', '全年能源消耗效率', 'Annual performance factor'),
    required('noise', '噪声', 'Noise', false),
  ];
  const of = (headers: string[], fields: string[], naming?: 'api') =>
    headerHints({ name: 'up.csv', headers, fields, indicators, excluded: new Set(), format: 'csv', naming });

  it('names them once, first, in zh and en, and says how to give them', () => {
    const [first, ...others] = of(['a', 'b'], ['a', 'b']);
    expect(others).toEqual([]);
    expect(first?.en).toBe(
      "up.csv: no column gives capacity (Rated cooling capacity), apf (Annual performance factor), which every record must give: every record will be invalid for want of them; add a column headed with the indicator's name or label, or name the column that gives it with --map <column>=<indicator>",
    );
    expect(first?.zh).toBe(
      'up.csv：没有列给出 capacity（额定制冷量）、apf（全年能源消耗效率），而每条记录都必须给出它们：每条记录都将因缺少它们而无效；请加上以指标名称或标签为表头的列，或用 --map <列>=<指标> 指明给出它的列',
    );
  });

  it('points to the near-miss hint that follows it, and names options.map for the library', () => {
    const hints = of(['额定制冷量', 'APF值'], ['capacity', 'APF值'], 'api').map((h) => h.en);
    expect(hints).toEqual([
      'up.csv: no column gives apf (Annual performance factor), which every record must give: every record will be invalid for want of it; add a column headed with the indicator\'s name or label, or name the column that gives it with options.map { "<column>": "<indicator>" } (a column close to apf is named in a hint below)',
      expect.stringContaining('the column "APF值" is close to the indicator apf'),
    ]);
  });

  it('says nothing when every required indicator has a column, an optional one missing', () => {
    expect(of(['额定制冷量', 'apf'], ['capacity', 'apf'])).toEqual([]);
  });
});

describe('a header that ends two labels (committee-38 F7)', () => {
  const ind = (name: string, zh: string, extra: Partial<IndicatorInfo> = {}): IndicatorInfo => ({
    name,
    type: 'enum',
    values: ['a', 'b'],
    label: { zh, en: name },
    required: true,
    specimens: 0,
    ...extra,
  });
  const unitType = ind('unitType', '机组类型');
  const climateType = ind('climateType', '气候类型', { required: false, default: 'a' });
  const of = (indicators: IndicatorInfo[], headers = ['样品编号', '类型']) =>
    nearHints({
      name: 'in.csv',
      headers,
      fields: headers.map(() => ''),
      indicators,
      excluded: new Set(),
    }).map((h) => h.en);

  it('类型 is close to the one every record must give when the other takes a default', () => {
    // A ready --map: 类型 asks which kind of an enum whose cells are held to its values, so what 机组 says is
    // checked cell by cell (session 42; session 41 had named it without one). A value of 气候类型 is refused.
    const hint =
      'in.csv: the column "类型" is close to the indicator unitType (unitType) but is not read as it; if it is that indicator, add --map 类型=unitType';
    expect(of([unitType, climateType])).toEqual([hint]);
    expect(of([climateType, unitType])).toEqual([hint]);
  });

  it('close to neither when both must be given, or both take a default: which one is a guess', () => {
    expect(of([unitType, { ...climateType, required: true, default: undefined }])).toEqual([]);
    expect(of([{ ...unitType, required: false, default: 'a' }, climateType])).toEqual([]);
  });
});
