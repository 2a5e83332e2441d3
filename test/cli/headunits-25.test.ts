import { describe, expect, it } from 'vitest';
import { unitKey } from '../../src/input/units';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const CEMENT = 'building-materials/common-portland-cement';
const AC = 'home-appliances/room-air-conditioner-energy';

const { csv, ndjson, xlsx } = inputFiles(temp);

const acHead = (cc: string) => `样品编号,机组类型,${cc},全年能源消耗效率 APF`;
// 7.2 (kW) read as W would be ≤ 4500 W: Grade 3; 7200 W is Grade 1.
const AC_ROW = 'S1,热泵型,7.2,4.3';
const cemHead = (final: string) =>
  `编号,水泥品种,强度等级,3 天抗压强度,28 天抗压强度,3 天抗折强度,28 天抗折强度,初凝时间,${final},氧化镁 MgO,三氧化硫 SO₃,氯离子 Cl⁻,安定性`;
// 60 (h) = 3600 min > 600: read as minutes it conforms (within the set's plausible [10, 1440], after initial 50).
const CEM_ROW = 'C1,P.O,42.5,22.0,48.5,4.5,8.0,50,60,2.1,2.6,0.02,合格';

describe('unitKey: the spellings hostile-25 W6 found', () => {
  it.each([
    ['KW/台', 'kW'],
    ['单位 kW', 'kW'],
    ['千W', 'kW'],
    ['万W', '万瓦'],
    ['RT', 'RT'],
    ['USRT', 'RT'],
    ['TR', 'RT'],
    ['冷吨', 'RT'],
    ['千卡/时', 'kcal/h'],
    ['大卡', 'kcal'],
    ['BTU', 'Btu'],
    ['钟头', 'h'],
    ['时:分', 'h:min'],
    ['H:M', 'h:min'],
    ['h:mm', 'h:min'],
    ['W/台', 'W'],
  ])('%s → %s', (text, key) => expect(unitKey(text)).toBe(key));
});

describe.concurrent('W6: a capacity header in another unit or scale is refused, with or without --map', () => {
  for (const header of [
    '额定制冷量(KW/台)',
    '额定制冷量 CC-KW',
    '额定制冷量 CC:kW',
    '额定制冷量 CC（单位 kW）',
    '额定制冷量 CC（千W）',
    '额定制冷量 CC/万W',
    '额定制冷量 CC〔kW〕',
    '额定制冷量 CC｛kW｝',
    '额定制冷量 CC<kW>',
    '额定制冷量 CC《kW》',
    '额定制冷量 CC（KW）实测',
    '额定制冷量（RT）',
    '额定制冷量（冷吨）',
    '额定制冷量（TR）',
    '额定制冷量（USRT）',
    '额定制冷量（千卡/时）',
    '额定制冷量（大卡）',
    '额定制冷量（BTU）',
  ]) {
    it(`${header}: exit 2 plain and mapped, never Grade 3`, async () => {
      const file = csv(acHead(header), AC_ROW);
      for (const extra of [[], ['--map', `${header}=ratedCoolingCapacity`]]) {
        const run = await cli.run(['grade', '-r', AC, file, ...extra]);
        expect(run.code).toBe(2);
        expect(run.stdout).not.toContain('Grade 3');
        expect(run.stderr).not.toContain('add --map');
        expect(run.stderr).toContain('but the indicator ratedCoolingCapacity');
      }
    });
  }

  it('zh: the unit error names the unit', async () => {
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, csv(acHead('额定制冷量（冷吨）'), AC_ROW)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('的单位是 冷吨');
  });

  it('.xlsx: 额定制冷量〔kW〕 is the unit error too', async () => {
    const file = await xlsx(acHead('额定制冷量 CC〔kW〕').split(','), ['S1', '热泵型', 7.2, 4.3]);
    const run = await cli.run(['grade', '-r', AC, file]);
    expect(run.code).toBe(2);
  });

  for (const header of [
    '额定制冷量 CC（W/台）',
    '额定制冷量 CC〔W〕',
    '额定制冷量 CC-W',
    '额定制冷量 CC《W》',
  ])
    it(`${header}: W, read (7200 is Grade 1)`, async () => {
      const run = await cli.run(['grade', '-r', AC, csv(acHead(header), 'S1,热泵型,7200,4.3')]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Grade 1');
    });
});

describe.concurrent('standards-26 F2: kW figures under a header without a unit are invalid, never Grade 3', () => {
  for (const header of ['额定制冷量', '额定制冷量 CC'])
    it(`${header}: 7.2 is invalid (exit 1), the message asks whether it is kW`, async () => {
      const file = csv(acHead(header), AC_ROW);
      const [en, zh] = await Promise.all([
        cli.run(['grade', '-r', AC, '-f', 'ndjson', file]),
        cli.run(['--lang', 'zh', 'grade', '-r', AC, file]),
      ]);
      expect(en.code).toBe(1);
      const [result] = en.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(result.grade).toBeNull();
      expect(result.errors).toEqual([
        expect.objectContaining({ field: 'ratedCoolingCapacity', code: 'implausible' }),
      ]);
      expect(result.errors[0].message.en).toContain('7.2 W is below the check range ≥ 1000 W');
      expect(zh.code).toBe(1);
      expect(zh.stdout).not.toContain('3级');
      expect(zh.stdout).toContain('无效    额定制冷量 CC 7.2 W 低于核对范围');
    });

  it('7200 under the same header is graded (Grade 1)', async () => {
    const run = await cli.run(['grade', '-r', AC, csv(acHead('额定制冷量'), 'S1,热泵型,7200,4.3')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Grade 1');
  });
});

describe.concurrent('W6: a setting time in hours is refused, never read as minutes', () => {
  for (const header of [
    '终凝时间（时:分）',
    '终凝时间（h:mm）',
    '终凝时间（H:M）',
    '终凝时间（钟头）',
    '终凝时间（小时数）',
    '终凝时间-h',
    '终凝时间:h',
    '终凝时间〔h〕',
    '终凝时间《h》',
    '终凝时间（h）实测',
  ])
    it(`${header}: exit 2 with and without --map`, async () => {
      const file = csv(cemHead(header), CEM_ROW);
      for (const extra of [[], ['--map', `${header}=finalSetting`]]) {
        const run = await cli.run(['grade', '-r', CEMENT, file, ...extra]);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('but the indicator finalSetting (Final setting time) is in min');
      }
    });

  for (const header of ['终凝时间（min）实测', '终凝时间-min', '终凝时间〔分钟〕'])
    it(`${header}: minutes, read (60 min conforms)`, async () => {
      const run = await cli.run(['grade', '-r', CEMENT, csv(cemHead(header), CEM_ROW)]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('conforming');
    });
});

describe.concurrent('W9: a units row or units line in mid-table is checked as one', () => {
  for (const line of [
    '单位,,kW,',
    '(单位),,千瓦,',
    ',,RT,',
    ',,冷吨,',
    ',,×1000W,',
    '单位：kW,,,',
    ',,,单位：kW',
  ])
    it(`${line} between the sections: exit 2, nothing graded in W`, async () => {
      const file = csv(acHead('额定制冷量 CC'), 'S1,热泵型,7200,4.3', line, AC_ROW);
      const run = await cli.run(['grade', '-r', AC, file]);
      expect(run.code).toBe(2);
      expect(run.stdout).not.toContain('Grade 3');
      expect(run.stderr).toContain('but the indicator ratedCoolingCapacity');
    });

  // hostile-26: a scaled unit stated on its own line was skipped as a note, and the rows under it graded in W.
  for (const line of ['单位：×1000W,,,', '单位：×10³W', 'Unit: x10^3 W,,,', ',,,（单位：×1000W）'])
    it(`${line} between the sections: exit 2 naming the line and the unit as a power`, async () => {
      const file = csv(acHead('额定制冷量 CC'), 'S1,热泵型,7200,4.3', line, AC_ROW);
      const run = await cli.run(['grade', '-r', AC, file]);
      expect(run.code).toBe(2);
      expect(run.stdout).not.toContain('Grade 3');
      expect(run.stderr).toMatch(
        /line 3 \(a units line in the table\) states the unit (×1000W|×10\^3W|x10\^3 W)/u,
      );
      expect(run.stderr).toContain('but the indicator ratedCoolingCapacity');
    });

  for (const title of ['单位：×1000W', '（单位：×10³W）', 'Unit: x10^3 W'])
    it(`title ${title} above the header: exit 2, nothing graded in W`, async () => {
      const run = await cli.run(['grade', '-r', AC, csv(title, acHead('额定制冷量 CC'), AC_ROW)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('line 1 (the title above the header) states the unit');
      expect(run.stderr).toContain('but the indicator ratedCoolingCapacity');
    });

  it('zh: a scaled unit line names itself and its unit', async () => {
    const file = csv(acHead('额定制冷量 CC'), 'S1,热泵型,7200,4.3', '单位：×10³W,,,', AC_ROW);
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('第 3 行（表中的单位行）写明单位是 ×10^3W');
  });

  it('.xlsx: 单位：×1000W in mid-table and as the title is exit 2', async () => {
    for (const rows of [
      [
        acHead('额定制冷量 CC').split(','),
        ['S1', '热泵型', 7200, 4.3],
        ['单位：×1000W'],
        ['S2', '热泵型', 7.2, 4.3],
      ],
      [['单位：×1000W'], acHead('额定制冷量 CC').split(','), ['S2', '热泵型', 7.2, 4.3]],
    ]) {
      const run = await cli.run(['grade', '-r', AC, await xlsx(...rows)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('states the unit ×1000W');
    }
  });

  it('zh: a units line in the table names itself', async () => {
    const file = csv(acHead('额定制冷量 CC'), 'S1,热泵型,7200,4.3', '单位：kW,,,', AC_ROW);
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('（表中的单位行）写明单位是 kW');
  });

  for (const line of ['单位,,W,', '单位：W,,,'])
    it(`${line} (the header's own unit): skipped, both records graded`, async () => {
      const file = csv(acHead('额定制冷量 CC'), 'S1,热泵型,7200,4.3', line, 'S2,热泵型,7200,4.3');
      const run = await cli.run(['grade', '-r', AC, file, '--format', 'json']);
      expect(run.code).toBe(0);
      expect(run.stdout.match(/"Grade 1"/gu)?.length).toBe(2);
      expect(run.stdout).not.toContain('单位');
    });

  it('.xlsx: 单位：kW in mid-table is exit 2', async () => {
    const file = await xlsx(
      acHead('额定制冷量 CC').split(','),
      ['S1', '热泵型', 7200, 4.3],
      ['单位：kW'],
      ['S2', '热泵型', 7.2, 4.3],
    );
    const run = await cli.run(['grade', '-r', AC, file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('states the unit kW');
  });
});

const loiHead = (header: string) =>
  `编号,水泥品种,强度等级,3 天抗压强度,28 天抗压强度,3 天抗折强度,28 天抗折强度,初凝时间,终凝时间,氧化镁 MgO,三氧化硫 SO₃,氯离子 Cl⁻,安定性,${header}`;
// LOI 6.0 on a P·O (≤ 5.0): not conforming when read.
const LOI_ROW = 'C1,P.O,42.5,22.0,48.5,4.5,8.0,150,300,2.1,2.6,0.02,合格,6.0';

describe.concurrent('W5 + M1: loss on ignition / insoluble residue headers are read, or refused as close', () => {
  for (const header of [
    '烧失量 实测值',
    '烧失量检测值',
    '烧失量结果',
    '烧失量测定值',
    '烧失量(%)实测',
    '烧失率',
    '灼减率',
    'L.O.I.(%)',
    '烧失量（LOI）',
    'Loss on Ignition',
    'LOSS ON IGNITION (%)',
    'loss-on-ignition',
    '烧失量 w/%',
    '烧失量 实测值/%',
  ])
    it(`${header} = 6.0 on a P·O: read, not graded`, async () => {
      const run = await cli.run(['grade', '-r', CEMENT, csv(loiHead(header), LOI_ROW), '--format', 'json']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('"lossOnIgnition"');
      expect(run.stdout).toMatch(/"conforming": false/u);
    });

  for (const header of [
    '不溶物 实测值',
    '不溶物检测值',
    '不溶残渣',
    '不溶物（IR）',
    'Insoluble Residue (%)',
    '不溶物含量',
  ])
    it(`${header} = 6.0 on a P·O: read as insolubleResidue`, async () => {
      const run = await cli.run(['grade', '-r', CEMENT, csv(loiHead(header), LOI_ROW), '--format', 'json']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('"insolubleResidue"');
    });

  for (const header of ['烧损量', '烧损', '灼烧损失', 'Loss'])
    it(`${header}: refused as close to lossOnIgnition (exit 2), never graded in silence`, async () => {
      const file = csv(loiHead(header), LOI_ROW);
      const run = await cli.run(['grade', '-r', CEMENT, file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('looks like the indicator lossOnIgnition');
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', CEMENT, file]);
      expect(zh.code).toBe(2);
      expect(zh.stderr).toContain('lossOnIgnition');
    });

  it('.xlsx: 烧失量 实测值 read', async () => {
    const file = await xlsx(loiHead('烧失量 实测值').split(','), LOI_ROW.split(','));
    const run = await cli.run(['grade', '-r', CEMENT, file, '--format', 'json']);
    expect(run.stdout).toContain('"lossOnIgnition"');
    expect(run.stdout).toMatch(/"conforming": false/u);
  });

  it('boundary: 烧失量 实测值 = 4.0 conforms', async () => {
    const row = LOI_ROW.replace(/6\.0$/u, '4.0');
    const run = await cli.run([
      'grade',
      '-r',
      CEMENT,
      csv(loiHead('烧失量 实测值'), row),
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/"conforming": true/u);
  });
});

describe.concurrent('W11: a JSON key that is an optional indicator label is refused, as the CSV header is read', () => {
  const base = {
    编号: 'C1',
    cementType: 'P.O',
    strengthClass: '42.5',
    compressive3d: 22.0,
    compressive28d: 48.5,
    flexural3d: 4.5,
    flexural28d: 8.0,
    initialSetting: 150,
    finalSetting: 300,
    magnesia: 2.1,
    sulfurTrioxide: 2.6,
    chloride: 0.02,
    soundness: true,
  };
  for (const key of ['烧失量', '烧失量 实测值', '烧失率', 'L.O.I.(%)', 'Loss on ignition (LOI)', '不溶物'])
    it(`"${key}": 6.0 → the record is invalid, in zh and en, never conforming`, async () => {
      const file = ndjson({ ...base, [key]: 6.0 });
      const run = await cli.run(['grade', '-r', CEMENT, file, '--format', 'json']);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('"invalid-record"');
      expect(run.stdout).toContain('would be taken as not given and its requirements left unjudged');
      expect(run.stdout).toContain('会当作未给出，其要求不作判定');
      expect(run.stdout).not.toMatch(/"conforming": true/u);
    });

  it('boundary: lossOnIgnition by name is read (6.0 not graded), an unrelated key (备注) changes nothing', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      CEMENT,
      ndjson({ ...base, lossOnIgnition: 6.0, 备注: '复检' }),
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/"conforming": false/u);
    expect(run.stdout).not.toContain('"invalid-record"');
  });
});
