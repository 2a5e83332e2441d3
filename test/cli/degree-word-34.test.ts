/**
 * `度` as a header's unit (newcomer-34 F5): under an angle in °, `光学变形角（度）` is that angle's degree and is
 * read; under any other unit (°C, kWh/cycle) 度 may be an angle, °C or kWh, so the column is not read, and the hint
 * says why and what to write instead of offering a `--map` that would read it unseen; mapped, it is refused.
 * An angle in ° is printed against its number, `45°` (GB 3101), as `°C` keeps its space.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, useCli, useTempDir } from './cli-harness';

const cli = useCli();
// Illustrative limits (the fixture says so): at 5 mm, optical distortion ≥ 50° (ordinary), ≥ 55° (premium).
const GLASS = join(FIXTURES, 'float-glass-34.yaml');
const WASHER = join(FIXTURES, 'washing-machine-units.yaml');

function glassSheet(angle: string, values: readonly number[]): string {
  const rows = values.map((v, i) => `FG-${i + 1},5,0.1,1,${v},90`);
  return `${[`样品编号,公称厚度（mm）,厚度偏差（mm）,气泡（个/m²）,${angle},可见光透射比（%）`, ...rows].join('\n')}\n`;
}

async function grade(rules: string, input: string, extra: string[] = [], lang = 'en') {
  return cli.run(['--lang', lang, 'grade', '-r', rules, '-f', 'ndjson', ...extra, '-i', 'csv', '-'], {
    input,
  });
}

describe('度 after an angle in ° is read as ° (newcomer-34 F5)', () => {
  it.each(['光学变形角（度）', '光学变形角(度)', '光学变形角/度', '光学变形角（°）'])(
    '%s: graded at, below and above each limit',
    async (header) => {
      const run = await grade(GLASS, glassSheet(header, [55, 54.9, 50, 49.9]));
      expect(run.stderr).not.toContain('--map');
      expect(run.code).toBe(0);
      const grades = run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).grade);
      expect(grades).toEqual(['premium', 'ordinary', 'ordinary', null]);
    },
  );
});

describe('a units row', () => {
  it("度 under the angle is read as °: the row is the header's, the record graded", async () => {
    const input =
      '样品编号,公称厚度,厚度偏差,气泡,光学变形角,可见光透射比\n,mm,mm,个/m²,度,%\nFG-1,5,0.1,1,55,90\n';
    const run = await grade(GLASS, input);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).grade).toBe('premium');
  });
});

describe('度 after an indicator in another unit is not read, and says why (newcomer-34 F5)', () => {
  const energy = `样品编号,额定洗涤容量(kg),含水率(%),耗电量(度),用水量(L/cycle),洗涤噪声(dB(A))\nS1,8,47,0.9,64,53\n`;

  it('the hint names 度 as the reason and offers no --map, zh and en', async () => {
    const zh = await grade(WASHER, energy, [], 'zh');
    expect(zh.stderr).toContain(
      '“耗电量(度)”列似乎是指标 energy（耗电量），但表头中的单位“度”可以指角度、摄氏度或千瓦时，而该指标的单位是 kWh/cycle，因此没有按它读取；如果数值就是以 kWh/cycle 计，无需换算，只需把表头中的单位改为 kWh/cycle',
    );
    expect(zh.stderr).not.toContain('--map');
    const en = await grade(WASHER, energy);
    expect(en.stderr).toContain(
      'but the unit "度" in the header may be degrees of angle, °C or kWh, and the indicator is in kWh/cycle, so it is not read as it',
    );
    expect(en.stderr).not.toContain('--map');
  });

  it('mapped with --map, it is refused (exit 2), not read as kWh/cycle', async () => {
    const run = await grade(WASHER, energy, ['--map', '耗电量(度)=energy']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'column 4 ("耗电量(度)") is in 度, but the indicator energy (Energy consumption) is in kWh/cycle. "度" may be degrees of angle, °C or kWh, so nothing is graded',
    );
  });
});

describe('an angle in ° is printed against its number (newcomer-34 F6)', () => {
  const record =
    '{"nominalThickness":5,"thicknessDeviation":0.1,"bubbles":1,"distortionAngle":45,"transmittance":90}';

  it('explain: 45°, ≥ 50°, never 45 °; % keeps its space', async () => {
    const zh = await cli.run(['--lang', 'zh', 'explain', '-r', GLASS, '-'], { input: record });
    expect(zh.stdout).toContain('✗ 光学变形角：45°，不满足 ≥ 50°（普通级）');
    expect(zh.stdout).toContain('可见光透射比：90 %，满足 ≥ 86 %');
    expect(zh.stdout).not.toMatch(/\d °/u);
    // The gap under the blocker too (fix-lift7): 差 5°, not 差 5 °.
    expect(zh.stdout).toContain('\n    差 5°\n');
    const en = await cli.run(['--lang', 'en', 'explain', '-r', GLASS, '-'], { input: record });
    expect(en.stdout).toContain('Optical distortion angle: 45° does not meet ≥ 50° (Ordinary)');
  });

  it('grade: the csv explanation column writes 45° (≥ 50°)', async () => {
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', GLASS, '-f', 'csv', '-'], { input: record });
    expect(run.stdout).toContain('距普通级：光学变形角 45°（≥ 50°）');
  });
});

describe('a units row with 度 under an indicator in another unit (newcomer-34 Left)', () => {
  const temp = useTempDir();
  // An indicator in °C; the limit is illustrative, the file a fixture of this test only.
  const OVEN = [
    'schemaVersion: 1',
    'id: test/oven-temperature',
    'version: 1.0.0',
    'industry: test',
    'subject: product',
    'title: { zh: 烘箱温度（示例）, en: Oven temperature (illustrative) }',
    'references:',
    '  - { code: QB/T 9, edition: "2020", title: { zh: 示例, en: Example } }',
    'provenance: { level: illustrative, note: { zh: 示例数值, en: Illustrative figures } }',
    'indicators:',
    '  temperature: { type: number, unit: °C, label: { zh: 温度, en: Temperature } }',
    'grades:',
    '  - { id: ok, label: { zh: 合格, en: Conforming } }',
    'criteria:',
    '  - { id: t, indicator: temperature, require: "≤ 200" }',
    '',
  ].join('\n');

  it('is a units row all the same: nothing graded, and the 度 advice as for a header, en and zh', async () => {
    const rules = join(temp(), 'oven.yaml');
    writeFileSync(rules, OVEN);
    const input = '样品编号,温度\n,度\nS1,180\n';
    const en = await grade(rules, input);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain(
      'line 2 (the units under the header) gives column 2 ("温度") the unit 度, but the indicator temperature (Temperature) is in °C. "度" may be degrees of angle, °C or kWh, so nothing is graded: if the values are in °C, no conversion is needed: only the units row needs to change, to °C',
    );
    const zh = await grade(rules, input, [], 'zh');
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      '“度”可以指角度、摄氏度或千瓦时，因此不作判定：如果数值就是以 °C 计，无需换算',
    );
    // With the units row saying °C, the record is graded.
    expect((await grade(rules, '样品编号,温度\n,°C\nS1,180\n')).code).toBe(0);
  });
});
