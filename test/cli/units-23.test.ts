import { describe, expect, it } from 'vitest';
import { titleUnit } from '../../src/input/title-line';
import { unitKey } from '../../src/input/units';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const STEEL = 'steel/hot-rolled-ribbed-bar';
const CEMENT = 'building-materials/common-portland-cement';
const AC = 'home-appliances/room-air-conditioner-energy';

const { csv, xlsx } = inputFiles(temp);

const grades = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { grade: string | null }).grade);

// A P·O 42.5 cement with its final setting time as the header `终凝时间` + what is given; 60 (h) = 3600 min > 600 (initial setting 50 min).
const cemHead = (final: string) =>
  `编号,水泥品种,强度等级,3 天抗压强度,28 天抗压强度,3 天抗折强度,28 天抗折强度,初凝时间,${final},氧化镁 MgO,三氧化硫 SO₃,氯离子 Cl⁻,安定性`;
const CEM_ROW = 'C1,P.O,42.5,22.0,48.5,4.5,8.0,50,60,2.1,2.6,0.02,合格';
const REBAR_HEAD =
  '样品编号,牌号,公称直径 d,下屈服强度 ReL,抗拉强度 Rm,断后伸长率 A,最大力总延伸率 Agt,碳 C,硅 Si,锰 Mn,磷 P,硫 S,重量偏差,弯曲试验';
const REBAR = 'B1,HRB400,20,455,600,22,11.0,0.21,0.45,1.35,0.025,0.020,-1.5,合格';
const MIN = 'minutes: convert the values to min';

describe.concurrent('W2: a mapped whole header is unit-checked as an unmapped one is', () => {
  for (const header of ['终凝时间，h', '终凝时间, h', '终凝时间(h)', '终凝时间（小时）'])
    it(`--map '${header}=finalSetting': exit 2 with the convert advice (zh and en)`, async () => {
      const file = csv(cemHead(`"${header}"`), CEM_ROW);
      const run = await cli.run(['grade', '-r', CEMENT, file, '--map', `${header}=finalSetting`]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`("${header}") is in ${header.endsWith('）') ? '小时' : 'h'}`);
      expect(run.stderr).toContain(MIN.split(': ')[1]);
      const zh = await cli.run([
        '--lang',
        'zh',
        'grade',
        '-r',
        CEMENT,
        file,
        '--map',
        `${header}=finalSetting`,
      ]);
      expect(zh.stderr).toContain('请把数值换算为 min');
    });

  it('without --map, `终凝时间，h` is the unit error too, not a hint proposing a --map', async () => {
    const run = await cli.run(['grade', '-r', CEMENT, csv(cemHead('终凝时间，h'), CEM_ROW)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is in h, but the indicator finalSetting');
    expect(run.stderr).not.toContain('add --map');
  });

  it("--map '额定制冷量 CC/kW=ratedCoolingCapacity' (7.2 kW): exit 2, not graded as 7.2 W", async () => {
    const file = csv('样品编号,机组类型,额定制冷量 CC/kW,全年能源消耗效率 APF', 'S1,热泵型,7.2,4.3');
    const run = await cli.run(['grade', '-r', AC, file, '--map', '额定制冷量 CC/kW=ratedCoolingCapacity']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is in kW, but the indicator ratedCoolingCapacity');
  });

  it('.xlsx: the same mapped header, the same error', async () => {
    const file = await xlsx(cemHead('终凝时间(h)').split(','), CEM_ROW.split(','));
    const run = await cli.run(['grade', '-r', CEMENT, file, '--map', '终凝时间(h)=finalSetting']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('("终凝时间(h)") is in h');
  });

  it('a mapped header in the indicator’s own unit, or ending in a symbol, still grades', async () => {
    const own = await cli.run([
      'grade',
      '-r',
      CEMENT,
      '-f',
      'ndjson',
      csv(cemHead('终凝时间，min'), CEM_ROW),
      '--map',
      '终凝时间，min=finalSetting',
    ]);
    expect(own.code).toBe(0);
    expect(grades(own.stdout)).toEqual(['conforming']);
    const symbol = await cli.run([
      'grade',
      '-r',
      STEEL,
      '-f',
      'ndjson',
      csv(`${REBAR_HEAD},氮(N)`, `${REBAR},0.015`),
      '--map',
      '氮(N)=nitrogen',
    ]);
    expect(symbol.code).toBe(0);
    expect(grades(symbol.stdout)).toEqual([null]);
  });
});

describe.concurrent('M2: `X，unit` / `X, unit` headers are read as `X(unit)` is', () => {
  it('初凝时间，min / 终凝时间, min / 3 天抗压强度，MPa / 烧失量，% read: 660 min fails, 230 conforms', async () => {
    const head = cemHead('"终凝时间, min"')
      .replace('初凝时间', '初凝时间，min')
      .replace('3 天抗压强度', '3 天抗压强度，MPa');
    const over = await cli.run([
      'grade',
      '-r',
      CEMENT,
      '-f',
      'ndjson',
      csv(`${head},烧失量，%`, `${CEM_ROW.replace(',60,', ',660,')},4.0`),
    ]);
    expect(over.code).toBe(0);
    expect(grades(over.stdout)).toEqual([null]);
    const ok = await cli.run([
      'grade',
      '-r',
      CEMENT,
      '-f',
      'ndjson',
      csv(`${head},烧失量，%`, `${CEM_ROW.replace(',60,', ',230,')},4.0`),
    ]);
    expect(grades(ok.stdout)).toEqual(['conforming']);
    const loi = await cli.run([
      'grade',
      '-r',
      CEMENT,
      '-f',
      'ndjson',
      csv(`${head},烧失量，%`, `${CEM_ROW.replace(',60,', ',230,')},6.0`),
    ]);
    expect(grades(loi.stdout)).toEqual([null]);
  });
});

describe.concurrent('M3: --map of the text before a unit finds the column and gives the unit error', () => {
  for (const header of ['终凝时间(h)', '终凝时间（h）', '终凝时间 h'])
    it(`--map 终凝时间=finalSetting on ${header}`, async () => {
      const run = await cli.run([
        'grade',
        '-r',
        CEMENT,
        csv(cemHead(header), CEM_ROW),
        '--map',
        '终凝时间=finalSetting',
      ]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`("${header}") is in h, but the indicator finalSetting`);
      expect(run.stderr).not.toContain('did you mean');
    });
});

describe('W10: units written as Chinese words are units', () => {
  it('unitKey: each word is its symbol; 分 alone is not minutes', () => {
    const words: [string, string][] = [
      ['瓦', 'W'],
      ['千瓦', 'kW'],
      ['牛', 'N'],
      ['千牛', 'kN'],
      ['兆帕', 'MPa'],
      ['帕', 'Pa'],
      ['公斤力/平方毫米', 'kgf/mm2'],
      ['千克力/平方毫米', 'kgf/mm2'],
      ['毫米', 'mm'],
      ['米', 'm'],
      ['分钟', 'min'],
      ['小时', 'h'],
      ['秒', 's'],
      ['克', 'g'],
      ['千克', 'kg'],
      ['公斤', 'kg'],
      ['摄氏度', '°C'],
      ['℃', '°C'],
      ['焦', 'J'],
      ['焦耳', 'J'],
    ];
    for (const [word, symbol] of words) expect(unitKey(word), word).toBe(symbol);
    expect(unitKey('分')).toBe('分');
  });

  it.concurrent('title 单位：千瓦 over an AC sheet in kW: exit 2 (was 7.2 graded as W)', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      csv('单位：千瓦', '样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF', 'S1,热泵型,7.2,4.3'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('states the unit 千瓦');
  });

  it.concurrent('title 单位：瓦 over an AC sheet in W: graded', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      csv('单位：瓦', '样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF', 'S1,热泵型,7200,4.3'),
    ]);
    expect(run.code).toBe(0);
  });

  for (const title of ['单位：千牛', '单位：公斤力/平方毫米', '单位：千克力'])
    it.concurrent(`rebar title ${title}: exit 2`, async () => {
      const run = await cli.run([
        'grade',
        '-r',
        STEEL,
        csv(title, '样品编号,牌号,公称直径 d,下屈服强度 ReL,抗拉强度 Rm', 'B1,HRB400,20,46.4,61.2'),
      ]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`states the unit ${title.slice(3)}`);
    });

  it.concurrent('units row 兆帕…小时 under a cement header: read as units, hours refused (CSV and .xlsx)', async () => {
    const units = ',,,兆帕,兆帕,兆帕,兆帕,小时,小时,%,%,%,';
    for (const file of [
      csv(cemHead('终凝时间'), units, CEM_ROW),
      await xlsx(cemHead('终凝时间').split(','), units.split(','), CEM_ROW.split(',')),
    ]) {
      const run = await cli.run(['grade', '-r', CEMENT, file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('the unit 小时, but the indicator finalSetting');
      expect(run.stderr).not.toContain('兆帕, but');
    }
  });

  it.concurrent('units row 兆帕…分钟: the units row, graded', async () => {
    const units = ',,,兆帕,兆帕,兆帕,兆帕,分钟,分钟,%,%,%,';
    const run = await cli.run([
      'grade',
      '-r',
      CEMENT,
      '-f',
      'ndjson',
      csv(cemHead('终凝时间'), units, CEM_ROW.replace(',60,', ',230,')),
    ]);
    expect(run.code).toBe(0);
    expect(grades(run.stdout)).toEqual(['conforming']);
  });

  it.concurrent('header 额定制冷量 CC（千瓦）: the unit error, not a --map hint', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      csv('样品编号,机组类型,额定制冷量 CC（千瓦）,全年能源消耗效率 APF', 'S1,热泵型,7.2,4.3'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is in 千瓦, but the indicator ratedCoolingCapacity');
  });
});

// Rebar mechanical columns under a title: values in kgf/mm² (46.4 kgf/mm² ≈ 455 MPa).
const MECH_HEAD = '样品编号,牌号,公称直径 d,下屈服强度 ReL,抗拉强度 Rm';
const MECH = 'B1,HRB400,20,46.4,61.2';

describe.concurrent('W4: a title’s unit in 【】, [ ] or after / is checked', () => {
  for (const title of [
    '力学性能【kgf/mm²】',
    '力学性能[kgf/mm²]',
    '力学性能［ksi］',
    '力学性能/kgf/mm²',
    '力学性能/kgf·mm⁻²',
  ])
    it(`${title}: exit 2`, async () => {
      const run = await cli.run(['grade', '-r', STEEL, csv(title, MECH_HEAD, MECH)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('line 1 (the title above the header) states the unit');
    });

  it('.xlsx title 力学性能【kgf/mm²】: exit 2', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      STEEL,
      await xlsx(['力学性能【kgf/mm²】'], MECH_HEAD.split(','), MECH.split(',')),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('states the unit kgf/mm');
  });

  it('a lone heading over ReL and Rm names those columns, not 公称直径 d before it (CSV and .xlsx)', async () => {
    const file = csv(',,,力学性能【kgf/mm²】,', MECH_HEAD, MECH);
    const run = await cli.run(['grade', '-r', STEEL, file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('column 4 ("下屈服强度 ReL") is in kgf/mm');
    expect(run.stderr).not.toContain('公称直径 d');
    const book = await xlsx(['', '', '', '力学性能【kgf/mm²】'], MECH_HEAD.split(','), MECH.split(','));
    const x = await cli.run(['grade', '-r', STEEL, book]);
    expect(x.code).toBe(2);
    expect(x.stderr).not.toContain('公称直径 d');
  });

  it('titleUnit: 【】, [ ] and a slash; a standard number or a title with nothing after is none', () => {
    expect(titleUnit(['力学性能【ksi】'])).toBe('ksi');
    expect(titleUnit(['力学性能［kgf/mm²］'])).toBe('kgf/mm2');
    expect(titleUnit(['力学性能/kgf/mm²'])).toBe('kgf/mm2');
    expect(titleUnit(['强度，kgf/mm²'])).toBe('kgf/mm2');
    expect(titleUnit(['力学性能（kgf/mm²）抽检'])).toBeUndefined();
  });
});

describe.concurrent('W7/M9: w and a symbol without brackets; unit names as written', () => {
  for (const [header, value, graded] of [
    ['wN/%', '0.015', null],
    ['wN/%', '0.010', 'conforming'],
    ['ωN，%', '0.015', null],
    ['氮N，%', '0.015', null],
    ['氮N，%', '0.010', 'conforming'],
  ] as const)
    it(`${header} = ${value}: ${graded ?? 'not graded'}`, async () => {
      const run = await cli.run([
        'grade',
        '-r',
        STEEL,
        '-f',
        'ndjson',
        csv(`${REBAR_HEAD},${header}`, `${REBAR},${value}`),
      ]);
      expect(run.code).toBe(0);
      expect(grades(run.stdout)).toEqual([graded]);
    });

  it('wIR/% = 1.5 on a P·I (≤ 0.75): not graded; wLOI/% read (.xlsx too)', async () => {
    const head = `${cemHead('终凝时间')},wIR/%`;
    const row = `${CEM_ROW.replace('P.O', 'P.I').replace(',60,', ',230,')},1.5`;
    for (const file of [csv(head, row), await xlsx(head.split(','), row.split(','))]) {
      const run = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', file]);
      expect(run.code).toBe(0);
      expect(grades(run.stdout)).toEqual([null]);
    }
    const loi = await cli.run([
      'grade',
      '-r',
      CEMENT,
      '-f',
      'ndjson',
      csv(`${cemHead('终凝时间')},wLOI/%`, `${CEM_ROW.replace(',60,', ',230,')},6.0`),
    ]);
    expect(grades(loi.stdout)).toEqual([null]);
  });

  it('w(N2)/% is close to nitrogen, with no unit said (its % is the indicator’s)', async () => {
    const run = await cli.run(['grade', '-r', STEEL, csv(`${REBAR_HEAD},w(N2)/%`, `${REBAR},0.015`)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '("w(N2)/%") looks like the indicator nitrogen (Nitrogen N) but is not read',
    );
    expect(run.stderr).not.toContain('convert');
  });

  for (const [header, unit] of [
    ['烧失量/g·kg⁻¹', 'g·kg⁻¹'],
    ['LOI/%%', '%%'],
  ])
    it(`${header}: named in ${unit}`, async () => {
      const run = await cli.run([
        'grade',
        '-r',
        CEMENT,
        csv(`${cemHead('终凝时间')},${header}`, `${CEM_ROW},30`),
      ]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`lossOnIgnition (Loss on ignition (LOI)) in ${unit}, not %`);
    });
});
