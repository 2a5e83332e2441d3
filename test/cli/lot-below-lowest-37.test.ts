/**
 * committee-37 M3: a lot held below the lowest grade by a specimen (28-day 53.4 MPa under a draft's 53.5 MPa) is a
 * failing lot. `compare --group-by`'s lot matrix counts it under 未达最低等级 / Below the lowest grade, apart from
 * lots out of scope, lots with an invalid record and lots not of one product, as the records' matrix splits them;
 * its reason names the specimen, its value and the limit, where it read 有记录不分级 / "a record not graded".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { writeCementLotDraft } from './cement-lot-draft';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const LOT = 'building-materials/cement-lot-grade';

/** The bundled rule set with class 52.5's 28-day limit raised to 53.5 MPa (an illustrative committee draft). */
const draft = () => writeCementLotDraft(temp());

/**
 * L1: S1 at 53.4 MPa (below B's 53.5, above A's 52.5); L2: S4 at 53.5, exactly B's limit (graded under both); L3: an
 * invalid 28-day value; L4: P.I cement (out of scope); L5: classes 42.5 and 52.5 mixed.
 */
function lots(): string {
  const file = join(temp(), 'lots.csv');
  const row = (id: string, lot: string, type: string, cls: string, mpa: number | string) =>
    `${id},${lot},${type},${cls},30,${mpa},180,240`;
  writeFileSync(
    file,
    [
      '编号,lot,cementType,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting',
      row('S1', 'L1', 'P.O', '52.5', 53.4),
      row('S2', 'L1', 'P.O', '52.5', 54.0),
      row('S3', 'L1', 'P.O', '52.5', 54.4),
      row('S4', 'L2', 'P.O', '52.5', 53.5),
      row('S5', 'L2', 'P.O', '52.5', 54.0),
      row('S6', 'L3', 'P.O', '52.5', 'x'),
      row('S7', 'L3', 'P.O', '52.5', 54.0),
      row('S8', 'L4', 'P.I', '52.5', 54.0),
      row('S9', 'L4', 'P.I', '52.5', 54.2),
      row('S10', 'L5', 'P.O', '42.5', 54.0),
      row('S11', 'L5', 'P.O', '52.5', 54.2),
    ].join('\n'),
  );
  return file;
}

describe('a lot with a specimen below the lowest grade (committee-37 M3)', () => {
  it('zh table: the lot matrix splits below the lowest grade, out of scope, not one product and invalid', async () => {
    const run = await cli.run(['--lang', 'zh', 'compare', '--group-by', 'lot', LOT, draft(), lots()]);
    expect(run.stderr).toContain('共 5 组，等级变化 1 组');
    const at = run.stdout.indexOf('按“lot”分组比较：');
    const table = run.stdout.slice(at).split('\n').slice(2, 10);
    expect(table).toEqual([
      'A ↓  B →      优等品  一等品  合格品  未达最低等级  超出适用范围  不是同一产品  无效  合计',
      '优等品             1       0       0             1             0             0     0     2',
      '一等品             0       0       0             0             0             0     0     0',
      '合格品             0       0       0             0             0             0     0     0',
      '未达最低等级       0       0       0             0             0             0     0     0',
      '超出适用范围       0       0       0             0             1             0     0     1',
      '不是同一产品       0       0       0             0             0             1     0     1',
      '无效               0       0       0             0             0             0     1     1',
    ]);
    expect(run.stdout).toContain(
      'L1（组内有样品未达合格品（1 条），本组未达最低等级：第 1 条（S1）：28 天抗压强度：53.4 MPa，不满足 ≥ 53.5 MPa（合格品））',
    );
    expect(run.stdout).not.toContain('有记录不分级');
  });

  it('en table and JSON: the reason as a failure; JSON keeps its matrix (not graded under "null") and adds `failed`', async () => {
    const file = lots();
    const b = draft();
    const en = await cli.run(['--lang', 'en', 'compare', '--group-by', 'lot', LOT, b, file]);
    expect(en.stdout).toContain(
      'L1 (1 record of the group fails Conforming, so the group is below the lowest grade: row 1 (S1): 28-day compressive strength: 53.4 MPa does not meet ≥ 53.5 MPa (Conforming))',
    );
    expect(en.stdout).toMatch(
      /Below the lowest grade {2}Out of scope {2}Not one product {2}Invalid {2}Total/,
    );
    const json = JSON.parse(
      (await cli.run(['compare', '--group-by', 'lot', '-f', 'json', LOT, b, file])).stdout,
    );
    expect(json.groups.shown).toBeUndefined();
    expect(json.groups.matrix.superior.null).toBe(1);
    expect(json.groups.b.ungraded.find((u: { group: string }) => u.group === 'L1')).toMatchObject({
      reason: 'record-not-graded',
      failed: { en: expect.stringContaining('53.4 MPa does not meet ≥ 53.5 MPa') },
    });
    // Exactly at B's limit, L2 is graded under both.
    expect(json.groups.b.ungraded.map((u: { group: string }) => u.group)).toEqual(['L1', 'L3', 'L4', 'L5']);
  });

  it('compare xlsx: the groups’ matrix sheet has the split columns', async () => {
    const book = join(temp(), 'cmp.xlsx');
    await cli.run([
      '--lang',
      'zh',
      'compare',
      '--group-by',
      'lot',
      '-f',
      'xlsx',
      '-o',
      book,
      LOT,
      draft(),
      lots(),
    ]);
    const sheet = (await readBack(readFileSync(book))).find((s) => s.name === '组的等级迁移')!;
    expect(sheet.rows[0]).toEqual([
      'A ↓  B →',
      '优等品',
      '一等品',
      '合格品',
      '未达最低等级',
      '超出适用范围',
      '不是同一产品',
      '无效',
      '合计',
    ]);
  });

  it('grade --group-by under the draft: the lot workbook and HTML say below the lowest grade, not records not graded', async () => {
    const file = lots();
    const b = draft();
    for (const [lang, said, old] of [
      ['zh', '未达最低等级', '含不分级的记录'],
      ['en', 'below the lowest grade', 'records not graded'],
    ] as const) {
      const html = join(temp(), `lots.${lang}.html`);
      await cli.run(['--lang', lang, 'grade', '--group-by', 'lot', '-r', b, '-f', 'html', '-o', html, file]);
      const page = readFileSync(html, 'utf8');
      expect(page).toContain(said);
      expect(page).not.toContain(old);
      const book = join(temp(), `lots.${lang}.xlsx`);
      await cli.run(['--lang', lang, 'grade', '--group-by', 'lot', '-r', b, '-f', 'xlsx', '-o', book, file]);
      const cells = (await readBack(readFileSync(book))).flatMap((s) => s.rows.flat());
      expect(cells).toContain(said);
      expect(cells).not.toContain(old);
    }
  });
});
