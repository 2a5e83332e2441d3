/**
 * A flat-glass sheet's bubble column under an indicator in 个/m² (newcomer-34 F1): a count per m², however it is
 * spelt (`个/平方米`, `点/㎡`), is read; a count per sheet (`个/片`) or a bare count (`个`, `pcs`) is another unit,
 * refused with the advice to divide by each sample's area, mapped with `--map` or not. Before, such a header was
 * offered to `--map`, and following the hint graded 8 bubbles on a 7.9 m² sheet as 8 per m².
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, useCli } from './cli-harness';

const cli = useCli();
// Illustrative limits (the fixture says so): at 5 mm, bubbles ≤ 3 /m² (ordinary), ≤ 1 /m² (premium).
const RULES = join(FIXTURES, 'float-glass-34.yaml');

function sheet(bubbles: string, values: readonly number[]): string {
  const rows = values.map((v, i) => `FG-${i + 1},5,0.1,${v},60,90`);
  return `${[`样品编号,公称厚度（mm）,厚度偏差（mm）,${bubbles},光学变形角（°）,可见光透射比（%）`, ...rows].join('\n')}\n`;
}

async function grade(input: string, extra: string[] = [], lang = 'en') {
  return cli.run(['--lang', lang, 'grade', '-r', RULES, '-f', 'ndjson', ...extra, '-i', 'csv', '-'], {
    input,
  });
}

function grades(stdout: string): (string | null)[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).grade);
}

describe('a count per m² is read however it is spelt (newcomer-34 F1)', () => {
  it.each(['气泡（个/m²）', '气泡（个/平方米）', '气泡(点/㎡)', '气泡/个/m2'])(
    '%s: graded at, above and beyond each limit',
    async (header) => {
      const run = await grade(sheet(header, [1, 2, 3, 4]));
      expect(run.stderr).not.toContain('--map');
      expect(run.code).toBe(0);
      expect(grades(run.stdout)).toEqual(['premium', 'ordinary', 'ordinary', null]);
    },
  );
});

describe('a count per sheet or a bare count under 个/m² stops the run (newcomer-34 F1)', () => {
  it.each([
    ['气泡（个/片）', '个/片'],
    ['气泡（个）', '个'],
    ['气泡（pcs）', 'pcs'],
  ])('%s: exit 2, names %s and says to divide by the area; no --map offered', async (header, unit) => {
    const en = await grade(sheet(header, [8]));
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain(
      `("${header}") is in ${unit}, but the indicator bubbles (Bubbles) is in 个/m²`,
    );
    expect(en.stderr).toContain(
      "个/m² is a count per m², so divide each sample's count by its area in m² and write 个/m² in the header",
    );
    expect(en.stderr).not.toContain('--map');
    const zh = await grade(sheet(header, [8]), [], 'zh');
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`“${header}”的单位是 ${unit}，而指标 bubbles（气泡）的单位是 个/m²`);
    expect(zh.stderr).toContain('请把每个样品的个数除以它的面积（以 m² 计），并把表头中的单位改为 个/m²');
  });

  it.each(['气泡（个/片）', '气泡（个）'])(
    '--map %s=bubbles: exit 2, not graded as per m²',
    async (header) => {
      const run = await grade(sheet(header, [8]), ['--map', `${header}=bubbles`]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('divide each sample');
    },
  );

  it('a close header in a count per sheet: the hint says to divide, offers no --map, and --map is refused', async () => {
    const header = 'bubble（pcs/sheet）';
    const hinted = await grade(sheet(header, [8]), [], 'zh');
    expect(hinted.code).toBe(1);
    expect(hinted.stderr).toContain(
      '“bubble（pcs/sheet）”列似乎是指标 bubbles（气泡），但单位是 pcs/sheet，而该指标的单位是 个/m²，因此没有作为它读取；如果就是它，个/m² 是每 m² 的个数，请把每个样品的个数除以它的面积',
    );
    expect(hinted.stderr).not.toContain('--map');
    const mapped = await grade(sheet(header, [8]), ['--map', `${header}=bubbles`]);
    expect(mapped.code).toBe(2);
    expect(mapped.stderr).toContain('is in pcs/sheet');
  });
});

describe('a count with no unit in its header under 个/m² (newcomer-34 Left)', () => {
  it.each(['气泡个数', '气泡数'])(
    '%s: not read, and the hint asks per sheet or per m², in en and zh',
    async (header) => {
      const en = await grade(sheet(header, [2]));
      expect(en.code).toBe(1);
      expect(en.stderr).toContain(
        `the column "${header}" seems to be the indicator bubbles (Bubbles) as a count, but its header names no unit, while the indicator is in 个/m², so it is not read as it: are the counts per sample (per sheet) or per m²? If per m², head the column "气泡（个/m²）"; if per sample, 个/m² is a count per m², so divide each sample's count by its area in m² and write 个/m² in the header (or, once divided, add --map ${header}=bubbles)`,
      );
      const zh = await grade(sheet(header, [2]), [], 'zh');
      expect(zh.stderr).toContain(
        `“${header}”列似乎是指标 bubbles（气泡）的个数，但表头没有写单位，而该指标的单位是 个/m²，因此没有作为它读取：这些个数是每个样品（每片）的，还是每 m² 的？如果是每 m² 的，请把表头写成“气泡（个/m²）”`,
      );
    },
  );

  it('a header that is no count of it gets no such hint', async () => {
    const run = await grade(sheet('气泡等级', [2]));
    expect(run.stderr).not.toContain('as a count');
  });
});
