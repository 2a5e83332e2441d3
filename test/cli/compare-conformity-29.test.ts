/**
 * compare under a rule set of one grade, a conformity standard (committee-29 M3, M2): a bar failing it is
 * 不合格 / Nonconforming, as `grade` shows it, not 不分级 ("not assessed"), and one the draft puts out of scope
 * is 超出适用范围 / Out of scope, each in a row and column of its own; JSON's `matrix` keeps invalid records apart.
 * A record out of scope under B is moved by the scope item alone, not by a grade requirement B does not judge
 * it by (docs/cli.md: of a record out of scope, only the scope items that put it out count).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const HEAD =
  '样品编号,牌号,公称直径 d,下屈服强度 ReL,抗拉强度 Rm,断后伸长率 A,最大力总延伸率 Agt,碳 C,硅 Si,锰 Mn,磷 P,硫 S,重量偏差,弯曲试验';
// By hand, A = GB/T 1499.2-2018 as bundled, B = the same with HRB600 out of scope and +5.5 % for 6–12 mm:
const BARS = [
  'S1,HRB400,20,455,600,22,11.0,0.21,0.45,1.35,0.025,0.020,-1.5,合格', // conforming under both
  'S2,HRB400,20,390,600,22,11.0,0.21,0.45,1.35,0.025,0.020,-1.5,合格', // ReL 390 < 400: nonconforming under both
  'S3,HRB400,10,455,600,22,11.0,0.21,0.45,1.35,0.025,0.020,5.78,合格', // 5.8 ≤ 6.0 under A, > 5.5 under B
  'S4,HRB600,10,650,800,17,10.0,0.21,0.45,1.35,0.025,0.020,5.78,合格', // conforming under A, out of scope under B
  'S5,HRB600,20,590,800,17,10.0,0.21,0.45,1.35,0.025,0.020,-1.5,合格', // ReL 590 < 600 under A, out of scope under B
  'S6,HRB400,55,455,600,22,11.0,0.21,0.45,1.35,0.025,0.020,-1.5,合格', // 55 mm: out of scope under both
  'S7,HRB400,20,约560,600,22,11.0,0.21,0.45,1.35,0.025,0.020,-1.5,合格', // invalid under both
];

let args: string[];
beforeAll(() => {
  const dir = temp();
  let text = readFileSync(join(ROOT, 'rules/steel/hot-rolled-ribbed-bar.yaml'), 'utf8');
  const band = '      - ["[6, 14)", -6.0, 6.0]';
  const scope = 'scope:\n  - id: diameter-in-scope';
  expect(text).toContain(band);
  expect(text).toContain(scope);
  text = text
    .replace(band, '      - ["[6, 14)", -6.0, 5.5]')
    .replace(
      scope,
      [
        'scope:',
        '  - id: no-hrb600',
        '    indicator: designation',
        '    require: "in [HRB400, HRBF400, HRB400E, HRBF400E, HRB500, HRBF500, HRB500E, HRBF500E]"',
        '    reason: { zh: 草案不含 HRB600。, en: The draft does not cover HRB600. }',
        '  - id: diameter-in-scope',
      ].join('\n'),
    );
  const b = join(dir, 'draft.yaml');
  writeFileSync(b, text);
  const csv = join(dir, 'bars.csv');
  writeFileSync(csv, `${[HEAD, ...BARS].join('\n')}\n`);
  args = ['--keep', '样品编号', 'steel/hot-rolled-ribbed-bar', b, csv];
});

describe.concurrent('qgrade compare under a one-grade rule set (committee-29 M3, M2)', () => {
  it('table: 不合格 and 超出适用范围 as rows and columns of their own; the changed records say so (zh, en)', async () => {
    const zh = await cli.run(['--lang', 'zh', 'compare', ...args]);
    expect(zh.stdout).toContain(
      [
        'A ↓  B →      合格  不合格  超出适用范围  无效  合计',
        '合格             1       1             1     0     3',
        '不合格           0       1             1     0     2',
        '超出适用范围     0       0             1     0     1',
        '无效             0       0             0     1     1',
        '合计             1       2             3     1     7',
      ].join('\n'),
    );
    expect(zh.stdout).toContain('  不合格                 2     28.6%           2     28.6%');
    expect(zh.stdout).toContain('  超出适用范围           1     14.3%           3     42.9%');
    expect(zh.stdout).toContain('第 3 条（S3）：合格 → 不合格  重量正偏差');
    expect(zh.stdout).toContain('第 4 条（S4）：合格 → 超出适用范围  牌号');
    expect(zh.stdout).not.toMatch(/→ 不分级|^ *不分级 /m);
    // The per-side lines name the records below the one grade as the matrix does (committee-29, session 30), and
    // count them apart from those not graded: 合格, 不合格, then out of scope (committee-39 M4).
    expect(zh.stdout).toContain('A 下：合格 3 条，不合格 2 条，超出适用范围 1 条，无效 1 条');
    expect(zh.stdout).toContain('B 下：合格 1 条，不合格 2 条，超出适用范围 3 条，无效 1 条');
    expect(zh.stdout).not.toMatch(/[AB] 下：.*不分级/);
    expect(zh.stdout).not.toContain('未达最低等级');
    const en = await cli.run(['--lang', 'en', 'compare', ...args]);
    expect(en.stdout).toMatch(/^A ↓ {2}B → +Conforming +Nonconforming +Out of scope +Invalid +Total$/m);
    expect(en.stdout).toMatch(/^Nonconforming +0 +1 +1 +0 +2$/m);
    expect(en.stdout).toContain('row 3 (S3): Conforming → Nonconforming');
    expect(en.stdout).toContain('row 4 (S4): Conforming → Out of scope');
    expect(en.stdout).toContain('Under A: 3 conforming, 2 nonconforming, 1 out of scope, 1 invalid');
    expect(en.stdout).toContain('Under B: 1 conforming, 2 nonconforming, 3 out of scope, 1 invalid');
    expect(en.stdout).not.toMatch(/^Under [AB]: .*not graded/m);
    expect(en.stdout).not.toContain('below the lowest grade');
  });

  it('M2: a record B puts out of scope is moved by the scope item alone; its mass deviation is no cause', async () => {
    const json = JSON.parse((await cli.run(['compare', '-f', 'json', ...args])).stdout);
    const s4 = json.changes.find((c: { row: number }) => c.row === 4);
    expect(s4).toMatchObject({ from: 'conforming', to: null, causes: ['no-hrb600'] });
    expect(s4.notGradedReasons).toEqual({ b: 'out-of-scope' });
    expect(json.changes.find((c: { row: number }) => c.row === 3).notGradedReasons).toEqual({
      b: 'below-lowest-grade',
    });
    // mass-deviation-upper moved S3 only; no-hrb600 moved S4, by it alone.
    expect(json.causeCounts).toEqual([
      { id: 'mass-deviation-upper', records: 1, alone: 1 },
      { id: 'no-hrb600', records: 1, alone: 1 },
    ]);
    const zh = await cli.run(['--lang', 'zh', 'compare', ...args]);
    expect(zh.stdout).toContain('  牌号        no-hrb600                            1             1');
    // The [6, 14) upper limit's change moved one record (S3), not S4 too.
    expect(zh.stdout).toMatch(
      /^ +1 +1 +表“重量允许偏差（按公称直径）”（massTolerance）行“\[6, 14\)”列“upper”/m,
    );
    expect(zh.stdout).toContain('结果变了、但记录超出适用范围，不按此项判定（未引起变化）：重量正偏差');
  });

  it('json: `matrix` keeps invalid records in an "(invalid)" row and column; "null" holds the rest not graded', async () => {
    const json = JSON.parse((await cli.run(['compare', '-f', 'json', ...args])).stdout);
    expect(json.matrix).toEqual({
      conforming: { conforming: 1, null: 2, '(invalid)': 0 },
      null: { conforming: 0, null: 3, '(invalid)': 0 },
      '(invalid)': { conforming: 0, null: 0, '(invalid)': 1 },
    });
    expect(json).not.toHaveProperty('shown');
  });

  it('html and xlsx: the same rows and columns, and the changed records named so', async () => {
    const dir = temp();
    const html = join(dir, 'c.html');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'html', '-o', html, ...args]);
    const page = readFileSync(html, 'utf8');
    const table = /<table class="matrix">(.*?)<\/table>/.exec(page)![1]!;
    expect([...table.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]).slice(0, 6)).toEqual([
      'A 下 ↓ B 下 →',
      '合格',
      '不合格',
      '超出适用范围',
      '无效',
      '合计',
    ]);
    expect(table).toContain('data-from="(nonconforming)" data-to="(out-of-scope)">1<');
    expect(page).not.toContain('— 不分级');
    const xlsx = join(dir, 'c.xlsx');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'xlsx', '-o', xlsx, ...args]);
    const [matrix, changes] = await readBack(readFileSync(xlsx));
    expect(matrix!.rows.slice(0, 6)).toEqual([
      ['A ↓  B →', '合格', '不合格', '超出适用范围', '无效', '合计'],
      ['合格', 1, 1, 1, 0, 3],
      ['不合格', 0, 1, 1, 0, 2],
      ['超出适用范围', 0, 0, 1, 0, 1],
      ['无效', 0, 0, 0, 1, 1],
      ['合计', 1, 2, 3, 1, 7],
    ]);
    expect(changes!.rows.slice(1).map((r) => r.slice(2, 4))).toEqual([
      ['合格', '不合格'],
      ['合格', '超出适用范围'],
    ]);
  });
});
