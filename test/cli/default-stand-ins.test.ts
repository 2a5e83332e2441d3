/**
 * A default (or an optional indicator left out) stood in for a value the
 * input gives, silently (hostile-20 W1, W2, W3, W8, W9): a column headed
 * with the element's symbol alone (`N`, `N(%)`, `[N]`) was neither read nor
 * refused, so nitrogen 0.015 % graded conforming at the default 0; `是否风冷`
 * or `压蒸安定性` left airCooled / autoclaveSoundness at their default; a
 * second reading (`下屈服强度 ReL 2`, `碳 C复验`) beside the exact column was
 * dropped; and `非风冷式` was offered a `--map` that reads it inverted.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const STEEL = 'steel/hot-rolled-ribbed-bar';
const AC = 'home-appliances/room-air-conditioner-energy';
const CEMENT = 'building-materials/common-portland-cement';

// HRB400 bar conforming in everything but nitrogen when it is 0.015 % (GB/T 1499.2: N ≤ 0.012 %).
const BAR_HEADER = [
  '批号',
  '牌号',
  '公称直径 d',
  '下屈服强度 ReL',
  '抗拉强度 Rm',
  '断后伸长率 A',
  '最大力总延伸率 Agt',
  '碳 C',
  '硅 Si',
  '锰 Mn',
  '磷 P',
  '硫 S',
  '弯曲试验',
  '重量偏差',
];
const BAR = ['N-1', 'HRB400', 20, 445, 612, 24.5, 11.8, 0.22, 0.45, 1.38, 0.026, 0.018, 'true', -2.3];

let files = 0;

/** A CSV of one header and one row, its name made unique: the tests run at once. */
function csv(name: string, header: readonly string[], row: readonly (string | number)[]): string {
  const path = join(temp(), `${++files}-${name}`);
  writeFileSync(path, `${header.join(',')}\n${row.join(',')}\n`);
  return path;
}

/** The criteria of the one record graded as JSON. */
async function graded(
  args: string[],
): Promise<{ grade: string | null; criteria: Record<string, unknown>[] }> {
  const run = await cli.run(['grade', '-f', 'json', ...args]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout)[0];
}

describe.concurrent('W3: a column headed with the symbol its label ends in', () => {
  for (const header of ['N', 'N(%)', 'N（%）', 'N/%', 'N%', '[N]', '【N】', 'Ｎ']) {
    it(`${header}: read as nitrogen, 0.015 % fails N ≤ 0.012 %`, async () => {
      const path = csv('n.csv', [...BAR_HEADER, header], [...BAR, '0.015']);
      const result = await graded(['-r', STEEL, path]);
      expect(result.grade).toBeNull();
      expect(result.criteria.filter((c) => c.status === 'failed')).toMatchObject([
        { indicator: 'nitrogen', value: 0.015 },
      ]);
    });
  }

  it('N at the limit, 0.012 %: conforming (the column read, not the default)', async () => {
    const path = csv('edge.csv', [...BAR_HEADER, 'N'], [...BAR, '0.012']);
    const result = await graded(['-r', STEEL, path]);
    expect(result.grade).toBe('conforming');
    expect(result.criteria.find((c) => c.indicator === 'nitrogen')).toMatchObject({ value: 0.012 });
  });

  it('N(ppm): in another unit, the unit error (exit 2)', async () => {
    const path = csv('ppm.csv', [...BAR_HEADER, 'N(ppm)'], [...BAR, '150']);
    const run = await cli.run(['grade', '-r', STEEL, path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ppm.csv: column 15 ("N(ppm)") is in ppm, but the indicator nitrogen');
  });

  it('V, Cr: read, so the carbon equivalent counts them and fails (as 钒, 铬 do)', async () => {
    const header = [...BAR_HEADER, 'V', 'Cr'];
    const row = BAR.map((v, i) => (i === 7 ? 0.25 : i === 9 ? 1.4 : v));
    const result = await graded(['-r', STEEL, csv('ceq.csv', header, [...row, 0.15, 0.3])]);
    expect(result.grade).toBeNull();
    expect(result.criteria.find((c) => c.id === 'carbon-equivalent')).toMatchObject({ status: 'failed' });
  });

  it('C, Si, Mn, P, S: the required elements headed by symbols are read', async () => {
    const header = BAR_HEADER.map((h) => (/^[碳硅锰磷硫] /u.test(h) ? h.slice(2) : h));
    expect(header.slice(7, 12)).toEqual(['C', 'Si', 'Mn', 'P', 'S']);
    const result = await graded(['-r', STEEL, csv('symbols.csv', header, BAR)]);
    expect(result.grade).toBe('conforming');
    expect(result.criteria.find((c) => c.indicator === 'carbon')).toMatchObject({ value: 0.22 });
  });

  it('N beside 氮 N: both look like nitrogen, exit 2', async () => {
    const path = csv('twice.csv', [...BAR_HEADER, '氮 N', 'N'], [...BAR, '0.010', '0.015']);
    const run = await cli.run(['grade', '-r', STEEL, path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('columns 15 ("氮 N") and 16 ("N") both look like the indicator nitrogen');
  });

  // `氮N，%` is read as `氮N(%)` is since hostile-23 M2 (`X，unit` headers): see test/cli/units-23.test.ts.
  // `氮含量(%)`, `钒含量`: the label and 含量 (content) is the indicator, read (fix-headunits-25); see headunits-25.
  for (const header of ['含氮量/%', '氮Nppm']) {
    it(`${header}: close to a defaulted element, exit 2 (zh and en)`, async () => {
      const path = csv('close.csv', [...BAR_HEADER, header], [...BAR, '0.015']);
      const en = await cli.run(['grade', '-r', STEEL, path]);
      expect(en.code).toBe(2);
      expect(en.stderr).toMatch(/column 15 \(".+"\) looks like the indicator (nitrogen|vanadium)/u);
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', STEEL, path]);
      expect(zh.code).toBe(2);
      expect(zh.stderr).toMatch(/第 15 列“.+”看起来是指标 (nitrogen|vanadium)/u);
    });
  }

  it('an .xlsx sheet headed N: read as nitrogen as in CSV', async () => {
    const path = join(temp(), `${++files}-n.xlsx`);
    writeFileSync(
      path,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('数据');
        ws.addRow([...BAR_HEADER, 'N']);
        ws.addRow([...BAR, 0.015]);
      }),
    );
    const result = await graded(['-r', STEEL, path]);
    expect(result.criteria.find((c) => c.indicator === 'nitrogen')).toMatchObject({
      value: 0.015,
      status: 'failed',
    });
  });
});

describe.concurrent('W8: a second reading beside the exact column is refused, not dropped', () => {
  const YIELD = [
    '下屈服强度 ReL 2',
    '下屈服强度2',
    '下屈服强度 ReL #2',
    '下屈服强度 ReL-2',
    '下屈服强度 ReL_2',
    'ReL2',
  ];
  for (const header of YIELD) {
    it(`${header} beside 下屈服强度 ReL (specimens): exit 2, both look like yieldStrength`, async () => {
      const path = csv('second.csv', [...BAR_HEADER, header], [...BAR, 380]);
      const run = await cli.run(['grade', '-r', STEEL, path]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `columns 4 ("下屈服强度 ReL") and 15 ("${header}") both look like the indicator yieldStrength`,
      );
    });
  }

  for (const header of ['碳 C复验', '碳 C 2', '成品碳 C', '碳C成品分析']) {
    it(`${header} beside 碳 C (one value): exit 2, zh and en`, async () => {
      const path = csv('carbon.csv', [...BAR_HEADER, header], [...BAR, 0.3]);
      const en = await cli.run(['grade', '-r', STEEL, path]);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain(
        `columns 8 ("碳 C") and 15 ("${header}") both look like the indicator carbon`,
      );
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', STEEL, path]);
      expect(zh.stderr).toContain(`第 8 列（“碳 C”）和第 15 列（“${header}”）看起来都是指标 carbon`);
    });
  }

  it('the same in .xlsx', async () => {
    const path = join(temp(), `${++files}-second.xlsx`);
    writeFileSync(
      path,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('数据');
        ws.addRow([...BAR_HEADER, '下屈服强度 ReL 2']);
        ws.addRow([...BAR, 380]);
      }),
    );
    const run = await cli.run(['grade', '-r', STEEL, path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('both look like the indicator yieldStrength');
  });

  it('a repeated exact header is still read as two specimens (the failing one fails)', async () => {
    // ReL and Rm each twice: specimen i's Rm with specimen i's ReL (pairSpecimens, hot-rolled-ribbed-bar 2.0.4).
    const path = csv('same.csv', [...BAR_HEADER, '下屈服强度 ReL', '抗拉强度 Rm'], [...BAR, 380, 600]);
    const run = await cli.run(['grade', '-r', STEEL, '-f', 'json', path]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)[0].grade).toBeNull();
  });
});

describe.concurrent('W1, W9: yes/no headers close to a defaulted indicator', () => {
  const UNIT = ['型号', '机组类型', '额定制冷量', '全年能源消耗效率 APF'];
  for (const header of ['是否风冷', '风冷', '风冷型', '【风冷式】', '风冷式 是/否', '冷凝器风冷式']) {
    it(`${header} = 否: exit 2 naming airCooled, not Grade 1 at the default (zh and en)`, async () => {
      const path = csv('ac.csv', [...UNIT, header], ['W-1', 'heat-pump', 3500, 5.2, '否']);
      const en = await cli.run(['grade', '-r', AC, path]);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain(
        `column 5 ("${header}") looks like the indicator airCooled (Air-cooled) but is not read as it`,
      );
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, path]);
      expect(zh.stderr).toContain(`第 5 列“${header}”看起来是指标 airCooled（风冷式）`);
    });
  }

  it('是否风冷 in .xlsx: the same', async () => {
    const path = join(temp(), `${++files}-ac.xlsx`);
    writeFileSync(
      path,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('数据');
        ws.addRow([...UNIT, '是否风冷']);
        ws.addRow(['W-1', 'heat-pump', 3500, 5.2, '否']);
      }),
    );
    const run = await cli.run(['grade', '-r', AC, path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('looks like the indicator airCooled');
  });

  it('压蒸安定性 (GB 175’s own name) for autoclaveSoundness (label 压蒸安定性合格): exit 2', async () => {
    const header =
      '水泥品种,强度等级,3 天抗压强度,28 天抗压强度,3 天抗折强度,28 天抗折强度,初凝时间,终凝时间,氧化镁 MgO,三氧化硫 SO₃,氯离子 Cl⁻,安定性（沸煮法）,压蒸安定性';
    const path = csv(
      'cement.csv',
      header.split(','),
      'P.O,42.5,24,49,4.5,7.0,150,230,5.5,2.8,0.04,合格,合格'.split(','),
    );
    const run = await cli.run(['grade', '-r', CEMENT, path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('column 13 ("压蒸安定性") looks like the indicator autoclaveSoundness');
  });
});

describe.concurrent('W2: a header that negates the label is not offered as a --map', () => {
  it('非风冷式: says its values are the opposite, to turn them round first; no --map (zh and en)', async () => {
    const UNIT = '型号,机组类型,额定制冷量,全年能源消耗效率 APF,非风冷式'.split(',');
    const path = csv('non.csv', UNIT, ['W-1', 'heat-pump', 3500, 5.2, '是']);
    const en = await cli.run(['grade', '-r', AC, path]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      '-non.csv: column 5 ("非风冷式") looks like the opposite of the indicator airCooled (Air-cooled) but is not read as it, and no other column gives airCooled: every record would be graded with its default true, whatever the column says. Its yes/no values say the opposite of airCooled: if it is that indicator, turn each value round first (yes ↔ no) and name the column airCooled; do not map the column as it is, or every value is read inverted. So nothing is graded',
    );
    expect(en.stderr).not.toContain('--map');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, path]);
    expect(zh.stderr).toContain(
      '-non.csv：第 5 列“非风冷式”看起来是指标 airCooled（风冷式）的反面，但没有作为它读取，也没有别的列给出 airCooled：每条记录都会按其默认值 是 评级，无论该列写的是什么。该列的是/否与 airCooled 相反：如果就是它，请先把每个值反过来（是 ↔ 否），并把列名改为“风冷式”；不要直接映射该列，否则每个值都会读反。因此不作判定',
    );
    expect(zh.stderr).not.toContain('--map');
  });
});

describe.concurrent('M1: harmless columns are not refused as close', () => {
  const UNIT = ['型号', '机组类型', '额定制冷量', '全年能源消耗效率 APF'];
  for (const header of ['类型', '气候类型说明', '结构形式备注', '全封闭型压缩机说明']) {
    it(`${header}: graded (exit 0), the column passed through`, async () => {
      const path = csv('harmless.csv', [...UNIT, header], ['K1', 'heat-pump', 3500, 5.0, '挂壁式']);
      const run = await cli.run(['grade', '-r', AC, '-f', 'json', path]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).not.toContain('looks like the indicator');
      expect(JSON.parse(run.stdout)[0].grade).toBe('1');
    });
  }

  it('气候类别 (not a note, a likely other name) is still refused', async () => {
    const path = csv('climate.csv', [...UNIT, '气候类别'], ['K1', 'heat-pump', 3500, 5.0, 'T3']);
    const run = await cli.run(['grade', '-r', AC, path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('column 5 ("气候类别") looks like the indicator climateType');
  });
});

describe.concurrent('M10: 安定性（压蒸法） is the autoclave test, not a second soundness', () => {
  const HEADER =
    '水泥品种,强度等级,3 天抗压强度,28 天抗压强度,3 天抗折强度,28 天抗折强度,初凝时间,终凝时间,氧化镁 MgO,三氧化硫 SO₃,氯离子 Cl⁻,安定性（沸煮法）,安定性（压蒸法）'.split(
      ',',
    );
  const ROW = 'P.O,42.5,24,49,4.5,7.0,150,230,5.5,2.8,0.04,合格,合格'.split(',');

  it('exit 2 naming autoclaveSoundness and its --map (zh and en); with the --map, MgO 5.5 conforms (≤ 6.0)', async () => {
    const path = csv('m10.csv', HEADER, ROW);
    const en = await cli.run(['grade', '-r', CEMENT, path]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      'column 13 ("安定性（压蒸法）") looks like the indicator autoclaveSoundness (Autoclave soundness passed)',
    );
    expect(en.stderr).toContain('read it with --map 安定性（压蒸法）=autoclaveSoundness');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', CEMENT, path]);
    expect(zh.stderr).toContain(
      '第 13 列“安定性（压蒸法）”看起来是指标 autoclaveSoundness（压蒸安定性合格）',
    );
    const mapped = await graded(['-r', CEMENT, '--map', '安定性（压蒸法）=autoclaveSoundness', path]);
    expect(mapped.grade).toBe('conforming');
  });
});

describe.concurrent('W4: a unit in signs and digits after the label', () => {
  it('氮 N ×10-6, a unit qgrade knows (ppm as a power of ten): exit 2, the unit error, saying to convert', async () => {
    const path = csv('known.csv', [...BAR_HEADER, '氮 N ×10-6'], [...BAR, '150']);
    const en = await cli.run(['grade', '-r', STEEL, path]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      'column 15 ("氮 N ×10-6") is in ×10-6, but the indicator nitrogen (Nitrogen N) is in %. Values in another unit would be graded wrongly, so nothing is graded: convert the values to %',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', STEEL, path]);
    expect(zh.stderr).toContain('第 15 列“氮 N ×10-6”的单位是 ×10-6，而指标 nitrogen（氮 N）的单位是 %');
  });

  for (const [header, unit] of [
    ['氮 N 10^-6', '10^-6'],
    ['氮 N ‱', '‱'],
    ['氮 N %%', '%%'],
  ] as const) {
    it(`${header}: exit 2, saying to convert from ${unit} to % first (zh and en)`, async () => {
      const path = csv('signs.csv', [...BAR_HEADER, header], [...BAR, '150']);
      const en = await cli.run(['grade', '-r', STEEL, path]);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain(
        `column 15 ("${header}") looks like the indicator nitrogen (Nitrogen N) in ${unit}, not %, but is not read as it`,
      );
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', STEEL, path]);
      expect(zh.stderr).toContain(`单位是 ${unit} 而不是 %`);
    });
  }
});
