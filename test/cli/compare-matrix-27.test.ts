/**
 * The migration matrix as a committee reads it (committee-27 M3, F1): the heat map's colours follow the
 * summary's counts (a grade id renamed at the same place of the ladder, and a record invalid under A and
 * out of scope under B, are not moves down), and each edition's records per grade are given side by side,
 * with row and column totals on the matrix, in text, HTML, xlsx and JSON.
 *
 * The sheet, by hand (A: C ≥ 40, S ≥ 50, kind a only; B: C ≥ 42, P ≥ 50 in S's place, kind b out of scope):
 * R1 55 and R2 52: S → P (neither up nor down); R3 45: C both; R4 35, R6 30: not graded both; R5 (kind b):
 * invalid under A, out of scope under B (unchanged); R7 41: C → not graded (down, 41 < 42).
 * Under A: S 2, C 2, not graded 2, invalid 1 (2/7 = 28.6 %, 1/7 = 14.3 %);
 * under B: P 2, C 1, not graded 4 (57.1 %), invalid 0.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { numberFormat, readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const A = `schemaVersion: 1
id: test/matrix-colours
version: 1.0.0
industry: test
subject: product
title: { zh: 矩阵测试, en: Matrix test }
references:
  - { code: TEST 27-2026, edition: "2026" }
provenance:
  level: illustrative
  note: { zh: 测试用, en: For tests only }
indicators:
  kind: { type: enum, values: [a], label: { zh: 类别, en: Kind } }
  strength: { type: number, label: { zh: 强度, en: Strength } }
grades:
  - { id: C, label: { zh: 合格品, en: Conforming } }
  - { id: S, label: { zh: 优等品, en: Superior } }
criteria:
  - { id: strength-c, indicator: strength, require: "≥ 40", grade: C }
  - { id: strength-top, indicator: strength, require: "≥ 50", grade: S }
`;

const B = `${A.replace('version: 1.0.0', 'version: 2.0.0')
  .replace('values: [a]', 'values: [a, b]')
  .replace('{ id: S, label: { zh: 优等品, en: Superior } }', '{ id: P, label: { zh: 特优品, en: Premium } }')
  .replace('"≥ 50", grade: S', '"≥ 50", grade: P')
  .replace('"≥ 40"', '"≥ 42"')}scope:
  - { id: not-b, indicator: kind, require: "≠ b", reason: { zh: 不适用, en: Out of scope } }
`;

const files: Record<string, string> = {};
beforeAll(() => {
  const dir = temp();
  for (const [name, text] of [
    ['a.yaml', A],
    ['b.yaml', B],
    ['r.csv', 'id,类别,强度\nR1,a,55\nR2,a,52\nR3,a,45\nR4,a,35\nR5,b,45\nR6,a,30\nR7,a,41\n'],
  ] as const) {
    files[name] = join(dir, name);
    writeFileSync(files[name], text);
  }
});
const args = () => [files['a.yaml']!, files['b.yaml']!, files['r.csv']!];

/** Each heat-map cell's class by its matrix cell (`from→to`): the rects and the table's cells are in the same order. */
function heatClasses(html: string): Map<string, string> {
  const rects = [...html.matchAll(/<rect class="([^"]+)" x=/gu)].map((m) => m[1]!);
  const cells = [...html.matchAll(/data-from="([^"]*)" data-to="([^"]*)">(\d+)</gu)].map(
    (m) => `${m[1]}→${m[2]}`,
  );
  expect(rects).toHaveLength(cells.length);
  return new Map(cells.map((c, i) => [c, rects[i]!]));
}

describe.concurrent('qgrade compare: the matrix as the summary counts it (committee-27 M3, F1)', () => {
  it('HTML: a renamed grade and invalid ↔ not graded are grey (neither), the move down orange, with a legend', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const out = join(temp(), `m-${lang}.html`);
      // Exit 1: some record changed grade.
      const run = await cli.run(['--lang', lang, 'compare', '-f', 'html', '-o', out, ...args()]);
      expect(run.code, run.stderr).toBe(1);
      const html = readFileSync(out, 'utf8');
      const cls = heatClasses(html);
      expect(cls.get('S→P')).toMatch(/^n[1-6]$/u); // 2 records, 无高低之分 in the cards
      expect(cls.get('(invalid)→(out-of-scope)')).toMatch(/^n[1-6]$/u); // 1 record, 等级不变 in the cards
      expect(cls.get('C→(nonconforming)')).toMatch(/^c[1-6]$/u); // 1 record, 等级降低 in the cards
      expect(cls.get('C→C')).toMatch(/^h[1-6] same$/u);
      // No orange cell holds more records than the cards count as moved down (1).
      const orange = [...cls].filter(([, c]) => /^c[1-6]$/u.test(c)).map(([k]) => k);
      expect(orange).toEqual(['C→(nonconforming)']);
      expect(html).toContain('data-legend-entry="neither"');
      expect(html).toContain(
        lang === 'zh' ? '无高低之分 / 一方无效' : 'Neither up nor down / invalid under one side',
      );
    }
  });

  it('text: totals on the matrix and each grade’s count and share under A and B (zh, en)', async () => {
    const zh = await cli.run(['--lang', 'zh', 'compare', ...args()]);
    expect(zh.stdout).toContain(
      [
        // Below the lowest grade and out of scope apart (committee-33 M8): B's 4 not graded are 3 and 1.
        'A ↓  B →      特优品  合格品  未达最低等级  超出适用范围  无效  合计',
        '优等品             2       0             0             0     0     2',
        '合格品             0       1             1             0     0     2',
        '未达最低等级       0       0             2             0     0     2',
        '无效               0       0             0             1     0     1',
        '合计               2       1             3             1     0     7',
      ].join('\n'),
    );
    expect(zh.stdout).toContain(
      [
        '各等级记录数（A 与 B 对照）：',
        '  等级          A 下记录数  A 下占比  B 下记录数  B 下占比',
        '  特优品                 0      0.0%           2     28.6%',
        '  优等品                 2     28.6%           0      0.0%',
        '  合格品                 2     28.6%           1     14.3%',
        '  未达最低等级           2     28.6%           3     42.9%',
        '  超出适用范围           0      0.0%           1     14.3%',
        '  无效                   1     14.3%           0      0.0%',
        '  合计                   7    100.0%           7    100.0%',
        // A: 28.6 × 3 + 14.3 = 100.1 (committee-33 F3).
        '  占比各自修约到 0.1%（GB/T 8170），其和可与 100.0% 相差零点几',
      ].join('\n'),
    );
    const en = await cli.run(['compare', ...args()]);
    expect(en.stdout).toMatch(/^Total +2 +1 +3 +1 +0 +7$/mu);
    expect(en.stdout).toMatch(
      /^A ↓ {2}B → +Premium +Conforming +Below the lowest grade +Out of scope +Invalid +Total$/mu,
    );
    expect(en.stdout).toContain('Records per grade, A beside B:');
    expect(en.stdout).toMatch(/^ {2}Below the lowest grade +2 +28\.6% +3 +42\.9%$/mu);
    expect(en.stdout).toMatch(/^ {2}Out of scope +0 +0\.0% +1 +14\.3%$/mu);
    expect(en.stdout).not.toMatch(/^ *Not graded /mu);
  });

  it('HTML and xlsx: the same totals and per-grade table', async () => {
    const html = join(temp(), 'd.html');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'html', '-o', html, ...args()]);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<td class="n" data-total-from="S">2</td>');
    expect(page).toContain('<td class="n" data-total-to="(nonconforming)">3</td>');
    expect(page).toContain('<td class="n" data-total-to="(out-of-scope)">1</td>');
    expect(page).toContain('<td class="n" data-total>7</td>');
    expect(page).toMatch(
      /<tr><th>未达最低等级<\/th><td class="n">2<\/td><td class="n">28\.6%<\/td><td class="n">3<\/td><td class="n">42\.9%<\/td><\/tr>/u,
    );
    expect(page).toContain(
      '<p class="meta">占比各自修约到 0.1%（GB/T 8170），其和可与 100.0% 相差零点几</p>',
    );
    const xlsx = join(temp(), 'd.xlsx');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'xlsx', '-o', xlsx, ...args()]);
    const [matrix] = await readBack(readFileSync(xlsx));
    expect(matrix!.rows.slice(0, 6)).toEqual([
      ['A ↓  B →', '特优品', '合格品', '未达最低等级', '超出适用范围', '无效', '合计'],
      ['优等品', 2, 0, 0, 0, 0, 2],
      ['合格品', 0, 1, 1, 0, 0, 2],
      ['未达最低等级', 0, 0, 2, 0, 0, 2],
      ['无效', 0, 0, 0, 1, 0, 1],
      ['合计', 2, 1, 3, 1, 0, 7],
    ]);
    const at = matrix!.rows.findIndex((r) => r[0] === '各等级记录数（A 与 B 对照）');
    // Shares are numbers shown as percentages (committee-33 F3: they were text, not to be summed or charted).
    expect(matrix!.rows.slice(at, at + 9)).toEqual([
      ['各等级记录数（A 与 B 对照）', 'A 下记录数', 'A 下占比', 'B 下记录数', 'B 下占比'],
      ['特优品', 0, 0, 2, 0.286],
      ['优等品', 2, 0.286, 0, 0],
      ['合格品', 2, 0.286, 1, 0.143],
      ['未达最低等级', 2, 0.286, 3, 0.429],
      ['超出适用范围', 0, 0, 1, 0.143],
      ['无效', 1, 0.143, 0, 0],
      ['合计', 7, 1, 7, 1],
      ['占比各自修约到 0.1%（GB/T 8170），其和可与 100.0% 相差零点几'],
    ]);
    expect(await numberFormat(readFileSync(xlsx), at + 3, 3)).toBe('0.0%');
  });

  it('JSON: a `distribution` field added, each side adding up to the records; nothing renamed', async () => {
    const run = await cli.run(['compare', '-f', 'json', ...args()]);
    const out = JSON.parse(run.stdout);
    expect(out.distribution).toEqual([
      { grade: 'P', a: 0, b: 2 },
      { grade: 'S', a: 2, b: 0 },
      { grade: 'C', a: 2, b: 1 },
      { grade: null, a: 2, b: 4 },
      { grade: null, invalid: true, a: 1, b: 0 },
    ]);
    expect(out).toMatchObject({ total: 7, changed: 3 });
    // The matrix keeps invalid records apart (committee-29 M3): R4 and R6 under "null", R5 invalid under A.
    expect(out.matrix.null.null).toBe(2);
    expect(out.matrix['(invalid)'].null).toBe(1);
    expect(out.matrix.S.P).toBe(2);
  });
});
