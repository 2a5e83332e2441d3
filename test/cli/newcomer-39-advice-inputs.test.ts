import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, resultSchemaErrors, useCli } from './cli-harness';

// newcomer-39 F5: the advice named a derived value no assessor fills in (`持续成功能力得分（研发按适用计） 71.5 → 100`,
// sustainMix = hasRnd ? (rdQuality·50 + improvement·50)/100 : improvement). The figures stay; the raise now says
// which inputs the value is computed from, in the branch the record's values take (the test, hasRnd, left out).
const cli = useCli();
const DIR = join(FIXTURES, 'newcomer-39');
const RULES = join(DIR, 'provincial-qmc.yaml');
const SHEET = join(DIR, 'enterprises-pct.xlsx');

async function explain(row: string) {
  const args = ['explain', '-r', RULES, SHEET, '--row', row];
  return { zh: await cli.run(['--lang', 'zh', ...args]), en: await cli.run(['--lang', 'en', ...args]) };
}

describe('advice on a derived score names what it is computed from (newcomer-39 F5)', () => {
  it('row 2 (own R&D): 71.5 → 100 computed from 研发质量保证 and 持续改进与创新; the other raises as before (zh, en)', async () => {
    const { zh, en } = await explain('2');
    expect([zh.code, en.code]).toEqual([0, 0]);
    // 8.358 short: 4.0 (passRate 60 → 100, 0.3·1/3·40) + 3.8 (sustainMix 71.5 → 100) + 0.558 (processControl), as checked by hand.
    expect(zh.stdout).toContain(
      '总分 71.642，差 8.358 分达到 ≥ 80（预防级）；没有哪一项单独提高能达到：至少需提高 3 项，如 产品一次交检合格率 94.8 → 98（得分 60 → 100）、' +
        '持续成功能力得分（研发按适用计） 71.5 → 100（由 研发质量保证、持续改进与创新 计算）、过程控制 80 → 83.73\n',
    );
    expect(en.stdout).toContain(
      'at least 3 items must rise, e.g. First-pass yield 94.8 → 98 (points 60 → 100), Sustained success score 71.5 → 100 ' +
        '(computed from R&D quality assurance, Improvement and innovation), Process control 80 → 83.73\n',
    );
  });

  it('row 21 (no own R&D): the branch taken reads 持续改进与创新 alone, not 研发质量保证 or 有自主研发', async () => {
    const { zh, en } = await explain('21');
    expect(zh.stdout).toContain('持续成功能力得分（研发按适用计） 58 → 58.07（由 持续改进与创新 计算）\n');
    expect(en.stdout).toContain(
      'Sustained success score 58 → 58.07 (computed from Improvement and innovation)\n',
    );
    expect(zh.stdout).not.toContain('由 研发质量保证');
    expect(zh.stdout).not.toContain('有自主研发、');
  });

  it('JSON: raise.inputs on the derived item only, in the formula’s order; results follow the schema', async () => {
    const { stdout } = await cli.run(['grade', '-r', RULES, SHEET, '-f', 'json']);
    const results = JSON.parse(stdout);
    const fewest = results[1].scores.shortfalls[0].together.fewest;
    expect(fewest.map((r: { indicator: string }) => r.indicator)).toEqual([
      'passRate',
      'sustainMix',
      'processControl',
    ]);
    expect(fewest[1].inputs).toEqual([
      { indicator: 'rdQuality', label: { zh: '研发质量保证', en: 'R&D quality assurance' } },
      { indicator: 'improvement', label: { zh: '持续改进与创新', en: 'Improvement and innovation' } },
    ]);
    expect(fewest[0].inputs).toBeUndefined();
    expect(fewest[2].inputs).toBeUndefined();
    for (const r of results) expect(resultSchemaErrors(r)).toEqual([]);
  });
});
