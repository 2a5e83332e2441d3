import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { readMappingBox } from '../../src/studio/page/sample-mapping';

const { indicators } = await loadRuleSet('home-appliances/room-air-conditioner-energy');

describe("the studio's column-mapping box, read as --map", () => {
  it('reads column=field lines, skipping blank ones', () => {
    expect(readMappingBox('额定制冷量 = ratedCoolingCapacity\n\n能效=apf\n', indicators)).toEqual({
      map: { 额定制冷量: 'ratedCoolingCapacity', 能效: 'apf' },
    });
  });

  it('a field that names no indicator gets the --map message with the closest one, at its line', () => {
    const box = readMappingBox('能效=apf\n额定制冷量=ratedCoolingCapacit', indicators);
    expect('problems' in box && box.problems.map((p) => p.zh)).toEqual([
      '第 2 行：--map 额定制冷量=ratedCoolingCapacit：规则集没有名为“ratedCoolingCapacit”的指标，是否要写“ratedCoolingCapacity”？（规则集的指标：“unitType”、“ratedCoolingCapacity”、“airCooled”、“hermeticCompressor”、“climateType”、“unitConfiguration”、“apf”、“seer”；类型和单位见 qgrade schema input --rules <规则集>）',
    ]);
  });

  it('a full-width ＝ is not read as = (as --map does not), and the message says what to write', () => {
    const box = readMappingBox('额定制冷量＝ratedCoolingCapacity', indicators);
    expect('problems' in box && box.problems.map((p) => p.en)).toEqual([
      'line 1: "额定制冷量＝ratedCoolingCapacity" has a full-width "＝" (U+FF1D); --map takes only "=": write 额定制冷量=ratedCoolingCapacity',
    ]);
  });

  it('a line without = is the --map usage message', () => {
    const box = readMappingBox('额定制冷量 ratedCoolingCapacity', indicators);
    expect('problems' in box && box.problems[0]!.en).toBe(
      'line 1: --map takes column=field, e.g. --map 屈服强度=yieldStrength; got "额定制冷量 ratedCoolingCapacity"',
    );
  });
});
