/**
 * The unread-value check lets an id column be (hostile-23 M1): a column
 * headed 编号, 试样, 序号… holds which specimen a row is, so `T2` there is no
 * climate type T2 — kept as the sample id or not, so `--no-keep` (leaner
 * output) grades as the default does. A header whose cells may say a value
 * (代号, 型号) is still looked at: cement `代号` = `P·I` stays caught.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const LOT = 'building-materials/cement-lot-grade';

function file(name: string, rows: readonly (readonly string[])[]): string {
  const path = join(temp(), name);
  writeFileSync(path, `${rows.map((r) => r.join(',')).join('\n')}\n`);
  return path;
}

/** Each record's grade, `!` for an invalid one, and the fields its errors name. */
function grades(stdout: string): string[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as GradeResult)
    .map((r) => `${r.row}:${r.grade ?? '-'}${r.errors ? `!${r.errors.map((e) => e.field).join('+')}` : ''}`);
}

const AC_HEAD = ['机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'];
const AC_ROW = ['热泵型', '3500', '5.1'];

describe.concurrent('an id column is not read for values, kept or not (M1)', () => {
  it('编号 = T1..T3: graded alike with the column kept as the sample id and with --no-keep', async () => {
    const csv = file('u2.csv', [['编号', ...AC_HEAD], ...['T1', 'T2', 'T3'].map((t) => [t, ...AC_ROW])]);
    const kept = await cli.run(['grade', '-r', AC, '-f', 'ndjson', csv]);
    const lean = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--no-keep', csv]);
    expect(grades(kept.stdout)).toEqual(['1:1', '2:1', '3:1']);
    expect(grades(lean.stdout)).toEqual(grades(kept.stdout));
    expect([kept.code, lean.code]).toEqual([0, 0]);
    expect(lean.stdout).not.toContain('kept');
  });

  it('试样 = T2, t3 beside a kept 序号: graded, by default and with --no-keep', async () => {
    const csv = file('u3.csv', [
      ['序号', '试样', ...AC_HEAD],
      ['1', 'T2', ...AC_ROW],
      ['2', 't3', ...AC_ROW],
    ]);
    for (const args of [[], ['--no-keep'], ['--keep', '序号']]) {
      const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', ...args, csv]);
      expect(grades(run.stdout), args.join(' ')).toEqual(['1:1', '2:1']);
      expect(run.code).toBe(0);
    }
  });

  it('NDJSON: a 编号 or sample id key holding T2 is let be, with --no-keep too', async () => {
    const ndjson = join(temp(), 'ids.ndjson');
    const base = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 5.1 };
    writeFileSync(
      ndjson,
      [{ 编号: 'T2' }, { 'sample id': 'T3' }, { 编号: 'A1', 备注: 'T2' }]
        .map((r) => JSON.stringify({ ...r, ...base }))
        .join('\n'),
    );
    for (const args of [[], ['--no-keep']]) {
      const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', ...args, ndjson]);
      // A 备注 (not an id) saying T2 is still climate type T2 (the -22 check).
      expect(grades(run.stdout), args.join(' ')).toEqual(['1:1', '2:1', '3:-!climateType']);
    }
  });

  it('a column that is not an id is still looked at: 备注 = T2 and 型号 = T2 make the record invalid', async () => {
    const csv = file('notid.csv', [
      ['样品编号', '型号', ...AC_HEAD, '备注'],
      ['S1', 'T2', ...AC_ROW, '正常'],
      ['S2', 'KFR-35GW', ...AC_ROW, 'T3'],
      ['S3', 'KFR-26GW', ...AC_ROW, '正常'],
    ]);
    for (const args of [[], ['--no-keep']]) {
      const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', ...args, csv]);
      expect(grades(run.stdout), args.join(' ')).toEqual(['1:-!climateType', '2:-!climateType', '3:1']);
      expect(run.stdout).toContain('column \\"型号\\" holds \\"T2\\", which is climateType = T2');
    }
  });

  it('cement 代号 = P·I is still caught beside an id column 编号, with and without --no-keep (W12)', async () => {
    const csv = file('lot-code.csv', [
      ['编号', '试样', '代号', '强度等级', '3 天抗压强度', '28 天抗压强度', '初凝时间', '终凝时间'],
      ['C1', 'P·I', 'P·I', '42.5', '24.0', '48.0', '150', '240'],
      ['C2', 'P·O', 'P·O', '42.5', '24.0', '48.0', '150', '240'],
    ]);
    for (const args of [[], ['--no-keep']]) {
      const run = await cli.run(['grade', '-r', LOT, '-f', 'ndjson', ...args, csv]);
      expect(grades(run.stdout), args.join(' ')).toEqual(['1:-!cementType', '2:superior']);
      // The 代号 column is named, not the id column 试样 with the same cell.
      expect(run.stdout).toContain('column \\"代号\\" holds \\"P·I\\"');
      expect(run.stdout).not.toContain('column \\"试样\\"');
    }
  });
});
