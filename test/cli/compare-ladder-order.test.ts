/**
 * Two editions that rank their grades in another order (superior below
 * first-class in B, the table's columns swapped with it): `diff` lists the
 * ladder's change, and `compare`, which counts up and down on B's ladder,
 * says the two ladders disagree (hostile-33 F6). Before, `diff` listed only
 * two threshold cells and `compare` said "1 up, 1 down" unqualified.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const DIR = 'test/cli/fixtures/ladder-order';
const [A, B, DATA] = ['base.yaml', 'swapped.yaml', 'ts2.csv'].map((f) => join(DIR, f)) as [
  string,
  string,
  string,
];

describe('a ladder reordered between two editions', () => {
  it('diff lists it under Grades, in both languages', async () => {
    const en = await cli.run(['diff', A, B]);
    expect(en.stdout).toContain(
      'Grades (1)\n  - the order of grades changed (lowest first): A ranks Qualified (qualified) < First class (first-class) < Superior (superior), B ranks Qualified (qualified) < Superior (superior) < First class (first-class);',
    );
    expect(en.stdout).toContain(`grades:order  A ${A}:30  B ${B}:30`);
    const zh = await cli.run(['--lang', 'zh', 'diff', A, B]);
    expect(zh.stdout).toContain(
      '等级顺序改变（由低到高）：A 为 合格品 < 一等品 < 优等品，B 为 合格品 < 优等品 < 一等品；“更高的等级”所指不同，两版的等级不能按高低对照',
    );
  });

  it('compare says up and down follow B’s ladder, beside the matrix (text, html)', async () => {
    const en = await cli.run(['compare', A, B, DATA]);
    // T2 460: first class under A (≥ 450), superior under B (superior 450, first-class 500): "down" on B's ladder.
    expect(en.stdout).toContain(
      "\nthe two rule sets rank the grades in another order (lowest first): A Qualified < First class < Superior, B Qualified < Superior < First class; up and down are counted on B's ladder, and A's would say the opposite (qgrade diff lists the change)\n",
    );
    expect(en.stdout).toContain('4 records: 2 unchanged, 2 changed grade (1 up, 1 down)');
    const zh = await cli.run(['--lang', 'zh', 'compare', A, B, DATA]);
    expect(zh.stdout).toContain(
      '两个规则集的等级顺序不同（由低到高）：A 为 合格品 < 一等品 < 优等品，B 为 合格品 < 优等品 < 一等品；“升高”“降低”按 B 的等级顺序计，按 A 的顺序则相反（qgrade diff 列出此变化）',
    );
    const html = join(temp(), 'compare.html');
    expect((await cli.run(['compare', A, B, DATA, '-f', 'html', '-o', html])).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain(
      '<p class="meta" data-note="ladder-order">the two rule sets rank',
    );
  });

  it('compare -f xlsx has the note under the rule sets, as a grade renamed', async () => {
    const out = join(temp(), 'compare.xlsx');
    expect((await cli.run(['--lang', 'zh', 'compare', A, B, DATA, '-f', 'xlsx', '-o', out])).code).toBe(0);
    const [matrix] = await readBack(readFileSync(out));
    const b = matrix!.rows.findIndex((r) => r[0] === 'B');
    expect(matrix!.rows[b + 1]![0]).toMatch(
      /^两个规则集的等级顺序不同（由低到高）：A 为 合格品 < 一等品 < 优等品/,
    );
  });

  it('says nothing of the kind when the ladders agree', async () => {
    const same = await cli.run(['compare', A, A, DATA]);
    expect(same.stdout).not.toContain('another order');
    expect((await cli.run(['diff', A, A])).stdout).not.toContain('order of grades');
  });
});
