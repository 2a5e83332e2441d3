import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelLooseForms } from '../../src/text/loose-label';
import { useCli, useTempDir } from './cli-harness';

/*
 * committee-34 M4: Chinese cement test reports head the strengths `3d抗压强度(MPa)`, `28d抗折强度(MPa)` for
 * 3 天 / 28 天; every row was invalid without four --map. GB 175-2007 P·O 42.5 (unverified, as the rule set):
 * 3-day compressive ≥ 17.0, 28-day ≥ 42.5, 3-day flexural ≥ 3.5, 28-day ≥ 6.5 MPa.
 */
const cli = useCli();
const temp = useTempDir();

describe.concurrent('headers with d for 天 (committee-34 M4)', () => {
  it('3d抗压强度(MPa) … 28d抗折强度(MPa) are read as the 3- and 28-day strengths', async () => {
    const file = join(temp(), 'lab.csv');
    writeFileSync(
      file,
      [
        '样品编号,水泥品种,强度等级,3d抗压强度(MPa),28d抗压强度(MPa),3d抗折强度(MPa),28d抗折强度(MPa),初凝时间(min),终凝时间(min),安定性,氧化镁(%),三氧化硫(%),氯离子(%)',
        'C1,P.O,42.5,17.0,42.5,3.5,6.5,150,300,合格,3.0,2.8,0.03',
        'C2,P.O,42.5,16.9,42.5,3.5,6.5,150,300,合格,3.0,2.8,0.03',
      ].join('\n'),
    );
    const { stdout, stderr } = await cli.run([
      'grade',
      '-f',
      'ndjson',
      '-r',
      'building-materials/common-portland-cement',
      file,
    ]);
    expect(stderr).not.toContain('is close to');
    const results = stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            grade: string | null;
            failing?: string[];
            criteria: { id: string; passed: boolean }[];
          },
      );
    expect(results.map((r) => r.grade)).toEqual(['conforming', null]);
    const c3 = (r: (typeof results)[number]) => r.criteria.find((c) => c.id === 'compressive-3d')?.passed;
    // 17.0 meets ≥ 17.0, 16.9 does not: the column was read as the 3-day compressive strength.
    expect(results.map(c3)).toEqual([true, false]);
  });

  it('only a number of days followed by Chinese text: 3 天抗压强度 gains 3d抗压强度, other labels nothing', () => {
    expect(labelLooseForms('3 天抗压强度')).toEqual(new Set(['3天抗压强度', '3d抗压强度']));
    expect(labelLooseForms('28 天抗折强度')).toEqual(new Set(['28天抗折强度', '28d抗折强度']));
    expect(labelLooseForms('养护 3 天')).toEqual(new Set(['养护3天']));
    expect(labelLooseForms('初凝时间')).toEqual(new Set(['初凝时间']));
  });
});
