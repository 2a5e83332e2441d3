import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { readMappingBox } from '../../src/studio/page/sample-mapping';

const { indicators } = await loadRuleSet('home-appliances/room-air-conditioner-energy');

// The box's messages name its line and 列映射 (the page's control), never --map or a CLI command (studio-19 F13).
describe("the studio's column-mapping box, read as --map", () => {
  it('reads column=field lines, skipping blank ones', () => {
    expect(readMappingBox('额定制冷量 = ratedCoolingCapacity\n\n能效=apf\n', indicators)).toEqual({
      map: { 额定制冷量: 'ratedCoolingCapacity', 能效: 'apf' },
    });
  });

  it('a field that names no indicator gets the closest one and the indicators, at its line, no CLI words', () => {
    const box = readMappingBox('能效=apf\n额定制冷量=ratedCoolingCapacit', indicators);
    expect('problems' in box && box.problems.map((p) => p.zh)).toEqual([
      '第 2 行：额定制冷量=ratedCoolingCapacit：规则集没有名为“ratedCoolingCapacit”的指标，是否要写“ratedCoolingCapacity”？（规则集的指标：“unitType”、“ratedCoolingCapacity”、“airCooled”、“hermeticCompressor”、“climateType”、“unitConfiguration”、“apf”、“seer”）',
    ]);
    expect('problems' in box && box.problems.map((p) => p.en)).toEqual([
      'line 2: 额定制冷量=ratedCoolingCapacit: the rule set has no indicator "ratedCoolingCapacit"; did you mean "ratedCoolingCapacity"? (the rule set\'s indicators: unitType, ratedCoolingCapacity, airCooled, hermeticCompressor, climateType, unitConfiguration, apf, seer)',
    ]);
  });

  it('a full-width ＝ is not read as = (as --map does not), and the message says what to write', () => {
    const box = readMappingBox('额定制冷量＝ratedCoolingCapacity', indicators);
    expect('problems' in box && box.problems.map((p) => p.en)).toEqual([
      'line 1: "额定制冷量＝ratedCoolingCapacity" has a full-width "＝" (U+FF1D); the column mapping takes only "=": write 额定制冷量=ratedCoolingCapacity',
    ]);
    expect('problems' in box && box.problems[0]!.zh).toBe(
      '第 1 行：“额定制冷量＝ratedCoolingCapacity”中的“＝”是全角等号（U+FF1D），列映射只认半角“=”；请写 额定制冷量=ratedCoolingCapacity',
    );
  });

  it('a line without = (or with nothing on one side) says how a line of the box is written', () => {
    const box = readMappingBox('额定制冷量 ratedCoolingCapacity\n=apf\n能效=', indicators);
    expect('problems' in box && box.problems[0]!.en).toBe(
      'line 1: the column mapping takes column=field a line, e.g. 屈服强度=yieldStrength; got "额定制冷量 ratedCoolingCapacity"',
    );
    expect('problems' in box && box.problems.map((p) => p.zh)).toEqual([
      '第 1 行：列映射每行写 列=字段，如 屈服强度=yieldStrength；收到“额定制冷量 ratedCoolingCapacity”',
      '第 2 行：列映射每行写 列=字段，如 屈服强度=yieldStrength；收到“=apf”',
      '第 3 行：列映射每行写 列=字段，如 屈服强度=yieldStrength；收到“能效=”',
    ]);
  });
});
