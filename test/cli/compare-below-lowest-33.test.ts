/**
 * A changed record that falls below the lowest grade of a ladder of several grades is named on its line as the
 * migration matrix names its column, `Below the lowest grade` / `未达最低等级`, in the text, HTML and workbook (and
 * the studio, through the same `changeSideText`), where the line said `→ Not graded` / `→ 不分级` beside a matrix
 * that counted it under "Below the lowest grade" (fix-left4b item 3). A veto is "Veto item failed", as the
 * matrix's row and column call it (fix-data7-37; it was "Not graded" on both). The draft's 350 MPa for (16, 40] mm is a test's figure, not the standard's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NONCONFORMING_KEY, OUT_OF_SCOPE_KEY } from '../../src/compare/migration-matrix';
import { changeSideText, compareGradeText } from '../../src/report/compare-summary';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';
import { editedRules } from './edited-rules';

const cli = useCli();
const temp = useTempDir();
const STEEL = 'steel/low-alloy-structural-steel';
const LADDER = ['B', 'C', 'D'].map((id) => ({ id, label: { zh: `${id}级`, en: `Grade ${id}` } }));
const ONE = [{ id: 'conforming', label: { zh: '合格', en: 'Conforming' } }];

describe('a changed record below the lowest grade, named as the matrix names it', () => {
  it('changeSideText: the matrix column of each reason not graded, under any ladder', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(changeSideText(null, 'below-lowest-grade', LADDER, lang)).toBe(
        compareGradeText(NONCONFORMING_KEY, LADDER, lang),
      );
      expect(changeSideText(null, 'out-of-scope', LADDER, lang)).toBe(
        compareGradeText(OUT_OF_SCOPE_KEY, LADDER, lang),
      );
    }
    expect(changeSideText(null, 'below-lowest-grade', LADDER, 'zh')).toBe('未达最低等级');
    expect(changeSideText(null, 'below-lowest-grade', LADDER, 'en')).toBe('Below the lowest grade');
    expect(changeSideText(null, 'out-of-scope', LADDER, 'zh')).toBe('超出适用范围');
    // A veto: the matrix's "veto item failed", as `grade`'s summary names the reason.
    expect(changeSideText(null, 'gate-failed', LADDER, 'zh')).toBe('否决项不合格');
    expect(changeSideText(null, 'gate-failed', LADDER, 'en')).toBe('Veto item failed');
    // A conformity standard's one grade: 不合格, as before (committee-29 M3).
    expect(changeSideText(null, 'below-lowest-grade', ONE, 'zh')).toBe('不合格');
    expect(changeSideText('D', undefined, LADDER, 'en')).toBe('Grade D');
  });

  it('text (en, zh), HTML and the workbook say Below the lowest grade, as their matrices do', async () => {
    const dir = temp();
    const b = editedRules(dir, STEEL, [
      ['- [[Q355, Q355N], "(16, 40]", 345]', '- [[Q355, Q355N], "(16, 40]", 350]'],
    ]);
    const data = join(dir, 'below.csv');
    writeFileSync(
      data,
      [
        'id,designation,thickness,yieldStrength,tensileStrength,impactTemperature,impactEnergy,carbon,manganese,phosphorus,sulfur',
        'R1,Q355,20,347,520,-20,46;46;46,0.14,1.3,0.020,0.010',
        'R2,Q355,20,360,520,-20,46;46;46,0.14,1.3,0.020,0.010',
        '',
      ].join('\n'),
    );
    const en = await cli.run(['compare', STEEL, b, data]);
    expect(en.stdout).toMatch(/^A ↓ {2}B → .* Below the lowest grade /m);
    expect(en.stdout).toContain(
      '\nrow 1 (R1): Grade D → Below the lowest grade  Upper yield strength ReH (Grade B)',
    );
    expect(en.stdout).not.toContain('→ Not graded');
    const zh = await cli.run(['--lang', 'zh', 'compare', STEEL, b, data]);
    expect(zh.stdout).toContain('\n第 1 条（R1）：D级 → 未达最低等级  上屈服强度 ReH（B级）');
    const html = join(dir, 'below.html');
    await cli.run(['compare', '-f', 'html', '-o', html, STEEL, b, data]);
    const row = /<tr data-row="1">(.*?)<\/tr>/.exec(readFileSync(html, 'utf8'))![1]!;
    expect(row).toContain('<span class="g ng">Below the lowest grade</span>');
    const xlsx = join(dir, 'below.xlsx');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'xlsx', '-o', xlsx, STEEL, b, data]);
    const rows = (await readBack(readFileSync(xlsx))).flatMap((sheet) => sheet.rows);
    const changed = rows.find((r) => r.includes('R1') && r.includes('D级'));
    expect(changed).toContain('未达最低等级');
    expect(changed).not.toContain('不分级');
  });
});
