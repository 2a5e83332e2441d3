/**
 * committee-37 (minor note, fix-lots8 §2): a lot that moved to "not graded" under B named its new side `不分级` /
 * `Not graded` on its own line in every format, where the lot matrix of the same output counted it under
 * 未达最低等级 / Below the lowest grade (a specimen at 53.4 MPa under a draft's 53.5 MPa for class 52.5), out of
 * scope or not one product. Its line now names the matrix's row and column, as a record's line does; so does the
 * line of the specimen that holds it.
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
 * L1: S1 at 53.4 MPa, below B's 53.5 and above A's 52.5 (superior under A, below the lowest grade under B); L2: S4
 * at 53.5, exactly B's limit (superior under both); L3: class 42.5 under A, one specimen at 42.4 MPa, below A's
 * 42.5 (below the lowest under both: unchanged).
 */
function lots(): string {
  const file = join(temp(), 'lots.csv');
  const row = (id: string, lot: string, cls: string, mpa: number) =>
    `${id},${lot},P.O,${cls},30,${mpa},180,240`;
  writeFileSync(
    file,
    [
      '编号,lot,cementType,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting',
      row('S1', 'L1', '52.5', 53.4),
      row('S2', 'L1', '52.5', 54.0),
      row('S3', 'L1', '52.5', 54.4),
      row('S4', 'L2', '52.5', 53.5),
      row('S5', 'L2', '52.5', 54.0),
      row('S6', 'L3', '42.5', 42.4),
      row('S7', 'L3', '42.5', 44.0),
    ].join('\n'),
  );
  return file;
}

describe("a changed lot's own line names the matrix's side (fix-lots8 §2)", () => {
  it('zh and en text: the headline, the lot line and its holding specimen say below the lowest grade', async () => {
    const file = lots();
    const b = draft();
    const zh = await cli.run(['--lang', 'zh', 'compare', '--group-by', 'lot', LOT, b, file]);
    expect(zh.stdout).toContain('  组 L1：优等品 → 未达最低等级');
    expect(zh.stdout).toContain('组 L1（第 1–3 条）：优等品 → 未达最低等级');
    expect(zh.stdout).toContain('      第 1 条（S1）：优等品 → 未达最低等级');
    expect(zh.stdout).not.toMatch(/→ 不分级/);
    const en = await cli.run(['--lang', 'en', 'compare', '--group-by', 'lot', LOT, b, file]);
    expect(en.stdout).toContain('group L1 (rows 1–3): Superior → Below the lowest grade');
    expect(en.stdout).not.toMatch(/→ Not graded/);
  });

  it('JSON: the change carries shownAs beside its null, only for a lot not graded on a side', async () => {
    const json = JSON.parse(
      (await cli.run(['compare', '--group-by', 'lot', '-f', 'json', LOT, draft(), lots()])).stdout,
    );
    expect(json.groups.changes).toHaveLength(1);
    expect(json.groups.changes[0]).toMatchObject({
      group: 'L1',
      from: 'superior',
      to: null,
      shownAs: { from: 'superior', to: '(nonconforming)' },
    });
    expect(json.groups.changes[0].heldBy[0]).toMatchObject({
      row: 1,
      notGradedReasons: { b: 'below-lowest-grade' },
    });
  });

  it('HTML and xlsx: the lot row reads 未达最低等级 / Below the lowest grade', async () => {
    const file = lots();
    const b = draft();
    for (const [lang, said, old] of [
      ['zh', '未达最低等级', '不分级'],
      ['en', 'Below the lowest grade', 'Not graded'],
    ] as const) {
      const html = join(temp(), `cmp.${lang}.html`);
      await cli.run(['--lang', lang, 'compare', '--group-by', 'lot', '-f', 'html', '-o', html, LOT, b, file]);
      const row = /<tr data-group="L1">.*?<\/tr>/s.exec(readFileSync(html, 'utf8'))?.[0] ?? '';
      expect(row).toContain(`<td>${said}</td>`);
      expect(row).not.toContain(`<td>${old}</td>`);
      const book = join(temp(), `cmp.${lang}.xlsx`);
      await cli.run(['--lang', lang, 'compare', '--group-by', 'lot', '-f', 'xlsx', '-o', book, LOT, b, file]);
      const sheets = await readBack(readFileSync(book));
      const lotRow = sheets.flatMap((s) => s.rows).find((r) => r[0] === 'L1' && r.includes(said));
      expect(lotRow).toBeDefined();
      expect(lotRow).not.toContain(old);
    }
  });
});
