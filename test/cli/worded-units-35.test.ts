/**
 * hostile-35 W4: a count per sheet said in words (`气泡（每片）`, `气泡数/片`, `每片气泡数`, `气泡 per sheet`) under
 * an indicator in 个/m², and °F (`(°F)`, `(℉)`, `(华氏度)`) or a bare degree sign `(°)` under °C, were graded in
 * the indicator's unit once `--map` named them (4 per sheet as 4 per m², 100 °F = 37.8 °C as 100 °C passing ≥ 60 °C).
 * Mapped: exit 2 naming the unit; not mapped: the column is not read as the indicator (no `--map` hint), as
 * `(K)` under °C. Rule file: made-up figures.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleFileHeader } from '../rule-file-header';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const GLASS = `${ruleFileHeader('building-materials/glass-test')}indicators:
  bubbles: { type: number, unit: 个/m², range: "≥ 0", label: { zh: 气泡, en: Bubbles } }
  temp: { type: number, unit: °C, range: "[-50, 200]", label: { zh: 软化温度, en: Softening temperature } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: bubbles, indicator: bubbles, require: "≤ 5 个/m²" }
  - { id: temp, indicator: temp, require: "≥ 60 °C" }
`;

let files = 0;
function file(ext: string, text: string): string {
  const path = join(temp(), `${++files}.${ext}`);
  writeFileSync(path, text);
  return path;
}

describe.concurrent('units said in words are not read as the indicator’s (hostile-35 W4)', () => {
  for (const [head, unit] of [
    ['气泡（每片）', '个/片'],
    ['气泡（个每片）', '个/片'],
    ['气泡数/片', '个/片'],
    ['每片气泡数', '个/片'],
    ['气泡 per sheet', 'pcs/sheet'],
  ])
    it(`${head} under 个/m²: mapped, exit 2 naming ${unit}; not mapped, not read and no --map hint`, async () => {
      const rules = file('yaml', GLASS);
      const path = file('csv', `id,${head},软化温度\nx,4,70\n`);
      const mapped = await cli.run(['grade', '-r', rules, '--map', `${head}=bubbles`, path]);
      expect(mapped.code).toBe(2);
      expect(mapped.stderr).toContain(`is in ${unit}, but the indicator bubbles (Bubbles) is in 个/m²`);
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', rules, '--map', `${head}=bubbles`, path]);
      expect(zh.code).toBe(2);
      expect(zh.stderr).toContain(unit);
      const plain = await cli.run(['grade', '-r', rules, '-f', 'ndjson', path]);
      expect(plain.code).toBe(1);
      expect(plain.stderr).not.toContain('--map');
      expect(JSON.parse(plain.stdout.trim()).grade).toBeNull();
    });

  for (const [head, unit] of [
    ['软化温度(°F)', '°F'],
    ['软化温度(℉)', '℉'], // said as the header writes it (fix-bound40)
    ['软化温度(华氏度)', '°F'],
    ['软化温度(°)', '°'],
  ])
    it(`${head} under °C: mapped, exit 2 naming ${unit}; not mapped, not read and no --map hint`, async () => {
      const rules = file('yaml', GLASS);
      const path = file('csv', `id,气泡(个/m²),${head}\nx,4,100\n`);
      const mapped = await cli.run(['grade', '-r', rules, '--map', `${head}=temp`, path]);
      expect(mapped.code).toBe(2);
      expect(mapped.stderr).toContain(
        `is in ${unit}, but the indicator temp (Softening temperature) is in °C`,
      );
      const plain = await cli.run(['grade', '-r', rules, '-f', 'ndjson', path]);
      expect(plain.code).toBe(1);
      expect(plain.stderr).not.toContain('--map');
      expect(plain.stderr).toContain(`in ${unit}, while the indicator is in °C`);
    });

  it('个/m² and °C said so are read: 气泡(个/㎡), 软化温度(℃)', async () => {
    const rules = file('yaml', GLASS);
    const run = await cli.run([
      'grade',
      '-r',
      rules,
      '-f',
      'ndjson',
      file('csv', 'id,气泡(个/㎡),软化温度(℃)\nx,4,70\n'),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim()).grade).toBe('ok');
  });

  for (const head of ['气泡（个/平米）', '气泡/m²', '气泡/m2'])
    it(`${head} is 个/m² (平米 is 平方米; a count's label with what it counts per): read (hostile-35 M2)`, async () => {
      const rules = file('yaml', GLASS);
      const run = await cli.run([
        'grade',
        '-r',
        rules,
        '-f',
        'ndjson',
        file('csv', `id,${head},软化温度\nx,6,70\n`),
      ]);
      expect(run.code, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout.trim());
      expect(out.grade).toBeNull();
      expect(out.criteria[0]).toMatchObject({ indicator: 'bubbles', value: 6, passed: false });
    });
});
