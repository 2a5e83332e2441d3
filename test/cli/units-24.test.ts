import { describe, expect, it } from 'vitest';
import { unitKey } from '../../src/input/units';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const CEMENT = 'building-materials/common-portland-cement';
const AC = 'home-appliances/room-air-conditioner-energy';

const { csv } = inputFiles(temp);

const acHead = (cc: string) => `样品编号,机组类型,${cc},全年能源消耗效率 APF`;
// 7.2 (kW) read as W would be ≤ 4500 W: Grade 3; 7200 W is Grade 1.
const AC_ROW = 'S1,热泵型,7.2,4.3';
const cemHead = (final: string) =>
  `编号,水泥品种,强度等级,3 天抗压强度,28 天抗压强度,3 天抗折强度,28 天抗折强度,初凝时间,${final},氧化镁 MgO,三氧化硫 SO₃,氯离子 Cl⁻,安定性`;
// 60 (h) = 3600 min > 600: read as minutes it conforms (within the set's plausible [10, 1440], after initial 50).
const CEM_ROW = 'C1,P.O,42.5,22.0,48.5,4.5,8.0,50,60,2.1,2.6,0.02,合格';

describe('unitKey: case-folded units and the bracket that says it holds one', () => {
  it.each([
    ['KW', 'kW'],
    ['kw', 'kW'],
    ['Kw', 'kW'],
    ['KWH', 'kWh'],
    ['kn', 'kN'],
    ['KPa', 'kPa'],
    ['HOUR', 'h'],
    ['Hrs', 'h'],
    ['H', 'h'],
    ['时', 'h'],
    ['MIN', 'min'],
    ['mins', 'min'],
    ['单位：kW', 'kW'],
    ['千瓦/台', 'kW'],
    ['BTU/h', 'Btu/h'],
    // hostile-30 M6: the trade's shorthands for Btu/h and thousands of it.
    ['Btuh', 'Btu/h'],
    ['BTUH', 'Btu/h'],
    ['kBTU', 'kBtu/h'],
    ['h∶min', 'h:min'],
  ])('%s → %s', (text, key) => expect(unitKey(text)).toBe(key));

  it.each([
    ['mPa', 'mPa'],
    ['Mg', 'Mg'],
    ['Cd', 'Cd'],
    ['KV', 'KV'],
    ['S', 'S'],
    ['分', '分'],
  ])('%s stays %s (another unit or a symbol in another case)', (text, key) =>
    expect(unitKey(text)).toBe(key),
  );
});

describe.concurrent('W4/W5: a capacity header in a unit other than W is refused, with or without --map', () => {
  for (const header of [
    '额定制冷量 CC(KW)',
    '额定制冷量 CC（kw）',
    '额定制冷量 CC（匹）',
    '额定制冷量（匹）',
    '制冷量（匹）',
    '额定制冷量 CC（HP）',
    '额定制冷量 CC（kcal/h）',
    '额定制冷量 CC（Btu/h）',
    '额定制冷量 CC（MW）',
    '额定制冷量 CC（万瓦）',
    '额定制冷量 CC（千瓦特）',
    '额定制冷量 CC（千瓦/台）',
    '额定制冷量 CC（单位：kW）',
    '额定制冷量 CC_kW',
    '额定制冷量 CC【kW】',
    '额定制冷量（kW）CC',
    '额定制冷量 CC（P）',
    '额定制冷量 CC（mW）',
    '额定制冷量 CC（×10³W）',
    // hostile-30 M6: these got "close to … add --map", which read Btu/h as W.
    '额定制冷量 CC（Btuh）',
    '额定制冷量 CC/kBTU',
    '额定制冷量 CC（kBTU）',
  ]) {
    it(`${header}: never graded as W (exit 2 or a convert hint); mapped: exit 2, convert to W`, async () => {
      const file = csv(acHead(header), AC_ROW);
      const plain = await cli.run(['grade', '-r', AC, file, '--format', 'json']);
      expect(plain.stdout).not.toContain('"Grade 3"');
      expect(plain.stderr).not.toContain('add --map');
      expect(plain.stderr).toMatch(/convert (the|its) values to W/u);
      const mapped = await cli.run(['grade', '-r', AC, file, '--map', `${header}=ratedCoolingCapacity`]);
      expect(mapped.code).toBe(2);
      expect(mapped.stderr).toContain('is in W');
      expect(mapped.stderr).toContain('convert the values to W');
    });
  }

  for (const header of [
    '额定制冷量 CC（W）',
    '额定制冷量 CC【W】',
    '额定制冷量（W）CC',
    '额定制冷量 CC（瓦特）',
    '额定制冷量 CC/W',
  ])
    it(`${header}: read as W (Grade 1 for 7200)`, async () => {
      const run = await cli.run(['grade', '-r', AC, csv(acHead(header), 'S1,热泵型,7200,4.3')]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Grade 1');
    });
});

describe.concurrent('W6: a title or units row in KW, kw or 匹 is a unit', () => {
  for (const [title, unit] of [
    ['单位：KW', 'KW'],
    ['（单位：kw）', 'kw'],
  ] as const)
    it(`title ${title}: exit 2, nothing graded`, async () => {
      const run = await cli.run(['grade', '-r', AC, csv(title, acHead('额定制冷量 CC'), AC_ROW)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`states the unit ${unit}`);
    });
  for (const row of [',,KW,', '单位,,kw,', ',,匹,'])
    it(`units row ${row}: exit 2, no phantom record`, async () => {
      const run = await cli.run(['grade', '-r', AC, csv(acHead('额定制冷量 CC'), row, AC_ROW)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('(the units under the header)');
    });
});

describe.concurrent('W7: a setting time in hours is refused, never read as minutes', () => {
  for (const header of [
    '终凝时间(H)',
    '终凝时间（Hr）',
    '终凝时间(hrs)',
    '终凝时间(hour)',
    '终凝时间（HOUR）',
    '终凝时间（时）',
    '终凝时间（h:min）',
    '终凝时间（h∶min）',
    '终凝时间 H',
  ]) {
    it(`${header}: exit 2 with and without --map, convert to min`, async () => {
      const file = csv(cemHead(header), CEM_ROW);
      for (const extra of [[], ['--map', `${header}=finalSetting`]]) {
        const run = await cli.run(['grade', '-r', CEMENT, file, ...extra]);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('but the indicator finalSetting (Final setting time) is in min');
      }
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', CEMENT, file]);
      expect(zh.stderr).toContain('请把数值换算为 min');
    });
  }

  for (const header of ['终凝时间(MIN)', '终凝时间（Min）', '终凝时间（mins）'])
    it(`${header}: minutes, read (60 min conforms)`, async () => {
      const run = await cli.run(['grade', '-r', CEMENT, csv(cemHead(header), CEM_ROW)]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('conforming');
    });
});
