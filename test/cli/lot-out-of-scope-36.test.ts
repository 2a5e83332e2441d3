/**
 * A lot whose records are all out of scope has a reason code of its own, `out-of-scope`, and every place that names
 * a lot's reason says "all records out of scope" / 记录均超出适用范围, where it said "a record not graded" (fix-left5b-35
 * M7): grade's JSON, HTML and workbook, and compare's group lines. A lot with one record in scope is
 * `record-not-graded`, as before. Five P·I samples under a P·O lot grading (cement-lot-grade's scope).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GroupResult } from '../../src/index';
import { readBack } from '../report/xlsx/read-back';
import { FIXTURES, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const LOT = 'building-materials/cement-lot-grade';
const DRAFT = join(FIXTURES, 'committee-34/cement-lot-grade-draft.yaml');

function lots(): string {
  const file = join(temp(), 'lots.csv');
  const row = (id: string, lot: string, type: string, mpa: number) =>
    `${id},${lot},${type},52.5,30,${mpa},180,240`;
  writeFileSync(
    file,
    [
      '编号,lot,cementType,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting',
      row('S1', 'L1', 'P.I', 59.6),
      row('S2', 'L1', 'P.I', 58.9),
      row('S3', 'L2', 'P.O', 59.6),
      row('S4', 'L2', 'P.I', 58.4),
      row('S5', 'L3', 'P.O', 59.6),
      row('S6', 'L3', 'P.O', 58.4),
    ].join('\n'),
  );
  return file;
}

describe('a lot whose records are all out of scope (fix-left5b-35 M7)', () => {
  it('JSON: code out-of-scope; a lot with one record in scope stays record-not-graded', async () => {
    const run = await cli.run(['grade', '--group-by', 'lot', '-r', LOT, '-f', 'json', lots()]);
    const groups = JSON.parse(run.stdout) as GroupResult[];
    expect(groups.map((g) => [g.group, g.notGradedReason?.code ?? g.grade])).toEqual([
      ['L1', 'out-of-scope'],
      ['L2', 'record-not-graded'],
      ['L3', 'superior'],
    ]);
  });

  it('HTML and the workbook name the reason, zh and en', async () => {
    const file = lots();
    for (const [lang, said, other] of [
      ['en', 'all records out of scope', 'records not graded'],
      ['zh', '记录均超出适用范围', '含不分级的记录'],
    ] as const) {
      const html = join(temp(), `lots.${lang}.html`);
      await cli.run([
        '--lang',
        lang,
        'grade',
        '--group-by',
        'lot',
        '-r',
        LOT,
        '-f',
        'html',
        '-o',
        html,
        file,
      ]);
      const page = readFileSync(html, 'utf8');
      expect(page).toContain(said);
      expect(page).toContain(other);
      const book = join(temp(), `lots.${lang}.xlsx`);
      await cli.run([
        '--lang',
        lang,
        'grade',
        '--group-by',
        'lot',
        '-r',
        LOT,
        '-f',
        'xlsx',
        '-o',
        book,
        file,
      ]);
      const cells = (await readBack(readFileSync(book))).flatMap((s) => s.rows.flat());
      expect(cells).toContain(said);
      expect(cells).toContain(other);
    }
  });

  it('compare --group-by names it on each side, zh and en', async () => {
    const file = lots();
    const en = await cli.run(['--lang', 'en', 'compare', '--group-by', 'lot', LOT, DRAFT, file]);
    expect(en.stdout).toContain(
      'Under A: 1 graded, 2 not graded (1 out of scope, 1 with a record not graded): L1 (all records out of scope), L2 (a record not graded)',
    );
    const zh = await cli.run(['--lang', 'zh', 'compare', '--group-by', 'lot', LOT, DRAFT, file]);
    expect(zh.stdout).toContain(
      'A 下：已分级 1 组，不分级 2 组（超出适用范围 1 组，有记录不分级 1 组）：L1（记录均超出适用范围）、L2（有记录不分级）',
    );
  });
});
