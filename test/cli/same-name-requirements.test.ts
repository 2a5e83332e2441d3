/**
 * committee-24 F7: two requirements of one label and grade whose limits come
 * from a table (steel's phosphorus for Q355/Q355N and for Q390/Q390N) printed
 * the same name, `磷 P（D级）`, in the text summary, the HTML report and the
 * workbook: each now carries its `when` (`磷 P（Q390、Q390N）（D级）`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { criterionNames } from '../../src/model/criterion-names';
import { modelOf } from '../../src/resolve/rule-set';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const STEEL = 'steel/low-alloy-structural-steel';

// P 0.030 fails D's ≤ 0.025 for both designations; everything else meets D (tested at −20 °C).
const SHEET = `id,designation,thickness,yieldStrength,tensileStrength,impactTemperature,impactEnergy,carbon,manganese,phosphorus,sulfur
S1,Q355,20,400,540,-20,40;41;42,0.15,1.2,0.030,0.005
S2,Q390,20,420,560,-20,40;41;42,0.15,1.2,0.030,0.005
`;

function sheet(): string {
  const file = join(temp(), 'steel.csv');
  writeFileSync(file, SHEET);
  return file;
}

describe('requirements that would print the same name are told apart (committee-24 F7)', () => {
  it('criterionNames: every name of the steel rule set is its own, zh and en', async () => {
    const names = criterionNames(modelOf(await loadRuleSet(STEEL)));
    expect(names.get('phosphorus@D')).toEqual({
      zh: '磷 P（Q355、Q355N）（D级）',
      en: 'Phosphorus P (Q355, Q355N) (Grade D)',
    });
    expect(names.get('phosphorus-q390@D')?.zh).toBe('磷 P（Q390、Q390N）（D级）');
    expect(names.get('sulfur-q390@F')?.en).toBe('Sulfur S (Q390, Q390N) (Grade F)');
    // Two limits from one table, one each side: by the side.
    expect(names.get('tensile-strength-min')?.zh).toBe('抗拉强度 Rm（下限）（B级）');
    expect(names.get('tensile-strength-max')?.en).toBe('Tensile strength Rm (maximum) (Grade B)');
    for (const lang of ['zh', 'en'] as const) {
      const all = [...names.values()].map((n) => n[lang]);
      expect(new Set(all).size).toBe(all.length);
    }
  });

  it('the text summary, the HTML report and the workbook name the two phosphorus requirements apart', async () => {
    const file = sheet();
    const text = await cli.run(['--lang', 'zh', 'grade', '-r', STEEL, file]);
    // Both graded C: P 0.030 meets C's ≤ 0.030 and fails D's ≤ 0.025.
    expect(text.stderr).toMatch(/最常不满足的要求：.*磷 P（Q355、Q355N）（D级）1 次/);
    expect(text.stderr).toMatch(/最常不满足的要求：.*磷 P（Q390、Q390N）（D级）1 次/);
    expect(text.stderr).not.toMatch(/磷 P（[B-F]级）/);

    const html = join(temp(), 'r.html');
    await cli.run(['--lang', 'zh', 'grade', '-r', STEEL, '-f', 'html', '-o', html, file]);
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/<tr data-criterion="phosphorus@D"><td>磷 P（Q355、Q355N）（D级）<\/td>/);
    expect(page).toMatch(/<tr data-criterion="phosphorus-q390@D"><td>磷 P（Q390、Q390N）（D级）<\/td>/);

    const xlsx = join(temp(), 'r.xlsx');
    await cli.run(['--lang', 'zh', 'grade', '-r', STEEL, '-f', 'xlsx', '-o', xlsx, file]);
    const summary = (await readBack(readFileSync(xlsx))).find((s) => s.name === '汇总')!;
    const failing = summary.rows.filter((r) => r[0] === '最常不满足的要求').map((r) => r[1]);
    expect(failing).toContain('磷 P（Q355、Q355N）（D级）');
    expect(failing).toContain('磷 P（Q390、Q390N）（D级）');
  });
});
