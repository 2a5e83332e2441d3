/**
 * Under the rounded-value method (GB/T 1591's rule set names it), compare's single-value sentence says the values
 * as counted beside those as read, as explain and grade do: `single values 33.5, 33.5, 33.5 (rounded to 34, 34,
 * 34), A none below ≥ 34`, not three values below 34 called "none below" (committee-33 F2). The draft's 40 J is a
 * test's, not the standard's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';
import { editedRules } from './edited-rules';

const cli = useCli();
const temp = useTempDir();

const STEEL = 'steel/low-alloy-structural-steel';

describe.concurrent('qgrade compare: single values under the rounded-value method', () => {
  it('text (en, zh) and HTML give the rounded values; values rounding does not change get none', async () => {
    const dir = temp();
    const b = editedRules(dir, STEEL, [
      ['- [[Q355, Q390], 34, 34, 34, n/a]', '- [[Q355, Q390], 34, 34, 40, n/a]'],
    ]);
    const data = join(dir, 'singles.csv');
    writeFileSync(
      data,
      [
        '样品编号,牌号,质量等级,公称厚度(mm),上屈服强度 ReH(MPa),抗拉强度 Rm(MPa),冲击试验温度(°C),冲击吸收能量 KV2(J),碳 C(%),锰 Mn(%),磷 P(%),硫 S(%)',
        'R1,Q355,D,20,350,520,-20,33.5;33.5;33.5,0.14,1.3,0.025,0.025',
        'R2,Q355,D,20,350,520,-20,38;38;38,0.14,1.3,0.025,0.025',
        '',
      ].join('\n'),
    );
    const en = await cli.run(['compare', STEEL, b, data]);
    expect(en.stdout).toContain('single values 33.5, 33.5, 33.5 (rounded to 34, 34, 34), A none below ≥ 34');
    expect(en.stdout).toContain('single values 38, 38, 38, A none below ≥ 34');
    const zh = await cli.run(['--lang', 'zh', 'compare', STEEL, b, data]);
    expect(zh.stdout).toContain('单个值 33.5、33.5、33.5（修约值 34、34、34）');
    const html = join(dir, 'singles.html');
    await cli.run(['compare', '-f', 'html', '-o', html, STEEL, b, data]);
    expect(readFileSync(html, 'utf8')).toContain('single values 33.5, 33.5, 33.5 (rounded to 34, 34, 34), A');
  });

  it('the single-value floor (70 % of the limit) names the lowest specimen it read, with its rounded value (committee-33 F2)', async () => {
    const dir = temp();
    // A draft's floor of 28.0 J at grade D (a working group's figure, not the standard's 70 % of 34 J = 23.8 J).
    const b = editedRules(
      dir,
      STEEL,
      [['- [[Q355, Q390], 23.8, 23.8, 23.8, n/a]', '- [[Q355, Q390], 23.8, 23.8, 28.0, n/a]']],
      'floor',
    );
    const data = join(dir, 'floor.csv');
    writeFileSync(
      data,
      [
        'id,designation,thickness,yieldStrength,tensileStrength,impactTemperature,impactEnergy,carbon,manganese,phosphorus,sulfur',
        'F1,Q355,20,350,520,-20,46;27.94;46,0.14,1.3,0.020,0.010',
        '',
      ].join('\n'),
    );
    const en = await cli.run(['compare', STEEL, b, data]);
    expect(en.stdout).toContain(
      '(rounded-value method).): lowest single value 27.94 J (specimen 2), A (rounded 27.9) ≥ 23.8 J ✓ → B (rounded 27.9) ≥ 28.0 J ✗',
    );
    const zh = await cli.run(['--lang', 'zh', 'compare', STEEL, b, data]);
    expect(zh.stdout).toContain(
      '：最低单个值 27.94 J（第 2 个试样），A（修约值 27.9）≥ 23.8 J ✓ → B（修约值 27.9）≥ 28.0 J ✗',
    );
    const html = join(dir, 'floor.html');
    await cli.run(['compare', '-f', 'html', '-o', html, STEEL, b, data]);
    expect(readFileSync(html, 'utf8')).toContain(
      ': lowest single value 27.94 (specimen 2), A (rounded 27.9) ≥ 23.8 <span class="m ok">✓</span>',
    );
    const xlsx = join(dir, 'floor.xlsx');
    await cli.run(['compare', '-f', 'xlsx', '-o', xlsx, STEEL, b, data]);
    const cells = (await readBack(readFileSync(xlsx))).flatMap((sheet) => sheet.rows.flat());
    expect(cells).toContainEqual(
      expect.stringContaining('lowest single value 27.94 J (specimen 2), A (rounded 27.9) ≥ 23.8 J ✓'),
    );
  });
});
