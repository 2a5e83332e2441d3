/**
 * The comparison workbook's sheet of changed records lists, beside each record's causes, what the draft changed
 * for it that did not move it — as the table and the HTML report list under the record. It had columns for
 * "limit changed, same outcome" and "added in B, met", but none for a requirement whose outcome changed at a grade
 * the record reached under neither (a draft's new top grade, failed by a record it moved down a grade), nor for
 * one of a record out of scope: a committee reading the workbook saw the new grade's requirements a record met
 * ("B 新增、已满足") and never the ones it failed (committee-44 M1).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const STARS = 'home-appliances/appliance-quality-grading';
const HEAD =
  'model,safetyTest,cccCertified,energyGrade,noise,failureRate,reliabilityScore,intelligenceScore,userExperienceScore,afterSalesScore';
/*
 * A draft (illustrative figures, not a standard's): 2 stars at 78 (was 75), and a new 4 stars at 94 that also asks
 * 安全可靠 ≥ 90 and 用户体验 ≥ 88. By hand (weights 30/25/20/25):
 *   DOWN  安全可靠 (100 + 60)/2 = 80, 节能环保 (2·90 + 85)/3 = 88.33, 智能化 60, 用户体验 70:
 *         total 75.58: 2 stars under A, 1 star under B (below 78); it fails all three 4-star requirements, which
 *         A does not have: their outcome changed, at a grade reached under neither.
 *   UP    安全可靠 97.5, 节能环保 100, 智能化 95, 用户体验 95: total 97, 3 stars → 4 stars; 2 stars' 78 only moved.
 */
const ROWS = ['DOWN,true,true,2,42,0.4,60,60,70,70', 'UP,true,true,1,38,0.4,95,95,95,95'];

let stars: string[];
let bars: string[];
beforeAll(() => {
  const dir = temp();
  let text = readFileSync(join(ROOT, `rules/${STARS}.yaml`), 'utf8');
  for (const [from, to] of [
    [
      '  - id: 3-star\n    label: { zh: 三星级, en: 3 stars }\n',
      '  - id: 3-star\n    label: { zh: 三星级, en: 3 stars }\n  - id: 4-star\n    label: { zh: 四星级, en: 4 stars }\n',
    ],
    [
      'cutoffs: { 1-star: 60, 2-star: 75, 3-star: 88 }',
      'cutoffs: { 1-star: 60, 2-star: 78, 3-star: 88, 4-star: 94 }',
    ],
    [
      '    3-star: { safetyReliability: 85, userExperience: 80 }',
      '    3-star: { safetyReliability: 85, userExperience: 80 }\n    4-star: { safetyReliability: 90, userExperience: 88 }',
    ],
  ] as const) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  writeFileSync(join(dir, 'stars-draft.yaml'), text);
  writeFileSync(join(dir, 'appliances.csv'), `${[HEAD, ...ROWS].join('\n')}\n`);
  stars = ['--keep', 'model', STARS, join(dir, 'stars-draft.yaml'), join(dir, 'appliances.csv')];

  // committee-29's rebar draft: HRB600 out of scope, and +5.5 % (was +6.0 %) for 6–14 mm. S4, an HRB600 bar of
  // +5.78 %, is out of scope under B, where it also fails the tighter deviation, which B does not judge it by.
  let rebar = readFileSync(join(ROOT, 'rules/steel/hot-rolled-ribbed-bar.yaml'), 'utf8');
  for (const [from, to] of [
    ['      - ["[6, 14)", -6.0, 6.0]', '      - ["[6, 14)", -6.0, 5.5]'],
    [
      'scope:\n  - id: diameter-in-scope',
      'scope:\n  - id: no-hrb600\n    indicator: designation\n    require: "in [HRB400, HRBF400, HRB400E, HRBF400E, HRB500, HRBF500, HRB500E, HRBF500E]"\n    reason: { zh: 草案不含 HRB600。, en: The draft does not cover HRB600. }\n  - id: diameter-in-scope',
    ],
  ] as const) {
    expect(rebar).toContain(from);
    rebar = rebar.replace(from, to);
  }
  writeFileSync(join(dir, 'rebar-draft.yaml'), rebar);
  writeFileSync(
    join(dir, 'bars.csv'),
    [
      '样品编号,牌号,公称直径 d,下屈服强度 ReL,抗拉强度 Rm,断后伸长率 A,最大力总延伸率 Agt,碳 C,硅 Si,锰 Mn,磷 P,硫 S,重量偏差,弯曲试验',
      'S3,HRB400,10,455,600,22,11.0,0.21,0.45,1.35,0.025,0.020,5.78,合格',
      'S4,HRB600,10,650,800,17,10.0,0.21,0.45,1.35,0.025,0.020,5.78,合格',
    ].join('\n'),
  );
  bars = [
    '--keep',
    '样品编号',
    'steel/hot-rolled-ribbed-bar',
    join(dir, 'rebar-draft.yaml'),
    join(dir, 'bars.csv'),
  ];
});

async function changedSheet(lang: 'zh' | 'en', args: readonly string[], name: string) {
  // A file of its own: the tests run at once, in one folder.
  const out = join(temp(), `${name}-${lang}.xlsx`);
  const run = await cli.run(['--lang', lang, 'compare', '-f', 'xlsx', '-o', out, ...args]);
  expect(run.code).toBe(0);
  const sheets = await readBack(readFileSync(out));
  const sheet = sheets.find((s) => s.name === (lang === 'zh' ? '等级变化的记录' : 'Changed records'))!;
  const header = sheet.rows[0]!;
  const row = (id: string) => sheet.rows.find((r) => r[0] === id)!;
  return { header, row };
}

describe.concurrent('qgrade compare -f xlsx: what changed for a record without moving it (committee-44 M1)', () => {
  it('a new top grade’s requirements a record moved down fails: a column, as the table lists them (zh)', async () => {
    const text = await cli.run(['--lang', 'zh', 'compare', ...stars]);
    expect(text.stdout).toContain('第 1 条（DOWN）：二星级 → 一星级  总分（二星级）');
    expect(text.stdout).toContain(
      '    结果变了、但属于两边都未达到的等级（未引起变化）：总分（四星级）、安全可靠（四星级）、用户体验（四星级）',
    );
    const { header, row } = await changedSheet('zh', stars, 'stars');
    const col = header.indexOf('结果变了、但属于两边都未达到的等级（未引起变化）');
    expect(col).toBeGreaterThan(header.indexOf('限值变了、结果未变'));
    expect(row('DOWN')[col]).toBe('总分（四星级）；安全可靠（四星级）；用户体验（四星级）');
    expect(row('DOWN')[header.indexOf('引起变化的要求')]).toBe('总分（二星级）');
    // UP met them: they moved it, its causes; only 2 stars' cutoff moved without changing its outcome.
    expect(row('UP')[col] ?? null).toBeNull();
    expect(row('UP')[header.indexOf('限值变了、结果未变')]).toBe('总分（二星级）');
    expect(header).not.toContain('结果变了、但记录超出适用范围，不按此项判定（未引起变化）');
  });

  it('the same in English', async () => {
    const { header, row } = await changedSheet('en', stars, 'stars');
    const col = header.indexOf('Outcome changed, of a grade reached under neither (did not move it)');
    expect(col).toBeGreaterThan(header.indexOf('Limit changed, same outcome'));
    expect(row('DOWN')[col]).toBe(
      'Total score (4 stars); Safety and reliability (4 stars); User experience (4 stars)',
    );
  });

  it('a record out of scope under B: its grade requirement whose outcome changed, in a column of its own', async () => {
    const { header, row } = await changedSheet('zh', bars, 'bars');
    const col = header.indexOf('结果变了、但记录超出适用范围，不按此项判定（未引起变化）');
    expect(col).toBeGreaterThan(header.indexOf('限值变了、结果未变'));
    expect(row('S4')[header.indexOf('引起变化的要求')]).toBe('牌号');
    expect(row('S4')[col]).toBe('重量正偏差');
    // S3 stays in scope and is moved by that deviation: a cause, in neither column.
    expect(row('S3')[header.indexOf('引起变化的要求')]).toBe('重量正偏差');
    expect(row('S3')[col] ?? null).toBeNull();
    expect(header).not.toContain('结果变了、但属于两边都未达到的等级（未引起变化）');
    const en = await changedSheet('en', bars, 'bars');
    expect(
      en.row('S4')[
        en.header.indexOf(
          'Outcome changed, but the record is out of scope and not judged by it (did not move it)',
        )
      ],
    ).toBe('Mass deviation: upper limit');
  });
});
