/**
 * A group statistic with `decimals` reads with those decimals in every text
 * output — its explanation lines, the table and the CSV column — and with one
 * figure for the group: a CV of 3.0 is "3.0", not "3" (sweep-tables finding
 * 13b); a CV of 3.04 against ≤ 3.0 reads 3.04 on every line and in the
 * column, not 3.0 on some. JSON keeps the number.
 */
import { describe, expect, it } from 'vitest';
import type { GroupResult } from '../../src/index';
import { useCli } from './cli-harness';

const cli = useCli();
const LOTS = 'building-materials/cement-lot-grade';
const CSV = [
  'lot,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting',
  'A,42.5,23,48.5,100,300',
  'A,42.5,23,50,100,300',
  'A,42.5,23,51.5,100,300',
  'B,42.5,23,48.48,100,300',
  'B,42.5,23,50,100,300',
  'B,42.5,23,51.52,100,300',
].join('\n');

const grade = (format: string, lang = 'en') =>
  cli.run(
    ['--lang', lang, 'grade', '-r', LOTS, '-g', 'lot', '-f', format, '--no-summary', '-i', 'csv', '-'],
    {
      input: `${CSV}\n`,
    },
  );

describe('a group statistic’s figure', () => {
  it('CSV: the CV column reads 3.0 for a CV of 3.0 (decimals: 1) and 3.04 for one of 3.04', async () => {
    const { stdout } = await grade('csv');
    const rows = stdout.trim().split('\n');
    expect(rows[0]!.endsWith(',samples,mean28d,cv28d')).toBe(true);
    expect(rows[1]!.endsWith(',3,50.00,3.0')).toBe(true);
    expect(rows[2]!.endsWith(',3,50.00,3.04')).toBe(true);
  });

  it('JSON keeps the numbers', async () => {
    const { stdout } = await grade('json');
    const [a, b] = JSON.parse(stdout) as GroupResult[];
    expect(a!.statistics.find((s) => s.id === 'cv28d')!.value).toBe(3);
    expect(b!.statistics.find((s) => s.id === 'cv28d')!.value).toBeCloseTo(3.04, 12);
  });

  it.each([
    [
      'en',
      'CV of 28-day compressive strength 3.04 %, required ≤ 4.0: met',
      'CV of 28-day compressive strength: 3.04 %',
    ],
    ['zh', '28 天抗压强度变异系数 3.04 %，要求 ≤ 4.0：满足', '28 天抗压强度变异系数：3.04 %'],
  ])('%s: a CV of 3.04 reads 3.04 beside ≤ 4.0 and ≤ 3.0 and in its own line', async (lang, met, own) => {
    const { stdout } = await grade('table', lang);
    const b = stdout.slice(stdout.indexOf(lang === 'zh' ? '组 B' : 'group B'));
    expect(b).toContain(met);
    expect(b).toContain(own);
    expect(b).not.toMatch(/3\.0 %/);
    const a = stdout.slice(0, stdout.indexOf(lang === 'zh' ? '组 B' : 'group B'));
    expect(a).toContain(
      lang === 'zh' ? '28 天抗压强度变异系数：3.0 %' : 'CV of 28-day compressive strength: 3.0 %',
    );
  });

  it.each([
    ['en', 'Mean of 28-day compressive strength: 50.00 MPa', 'mean 50.00 MPa, s 1.5 MPa'],
    ['zh', '28 天抗压强度平均值：50.00 MPa', '平均值 50.00 MPa，标准差 1.5 MPa'],
  ])(
    '%s: the CV line names the lot mean as the mean statistic reads it (50.00), not at the CV decimals',
    async (lang, own, inCv) => {
      const { stdout } = await grade('table', lang);
      expect(stdout).toContain(own);
      expect(stdout).toContain(inCv);
      expect(stdout).not.toMatch(/(mean|平均值) 50\.0 MPa/);
    },
  );

  it.each([
    ['en', "    Note: Illustrative figure (JC/T 452's figures were not found)"],
    ['zh', '    注：示例数值（JC/T 452 的数值未找到）'],
  ])(
    '%s: a group requirement’s note from the rule file under each line it belongs to, the superior CV that holds a lot down too (standards-24 W3)',
    async (lang, note) => {
      const { stdout } = await grade('table', lang);
      const blocks = stdout.trim().split('\n\n');
      expect(blocks).toHaveLength(2);
      for (const block of blocks) {
        const lines = block.split('\n');
        const above = lines.flatMap((l, i) => (l === note ? [lines[i - 1]!] : []));
        // The two CV limits (first class, superior) are both illustrative: each line has the note under it.
        expect(above).toHaveLength(2);
        expect(above[0]).toMatch(lang === 'zh' ? /^ {2}[✓✗] 【一等品】/ : /^ {2}[✓✗] \[first\] /);
        expect(above[1]).toMatch(lang === 'zh' ? /^ {2}[✓✗] 【优等品】/ : /^ {2}[✓✗] \[superior\] /);
      }
    },
  );
});
