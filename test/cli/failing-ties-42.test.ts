/**
 * fix-report40: requirements failed equally often were listed by id ("chloride-superior" before
 * "compressive-28d-superior", first class before superior), whatever the ladder says. They are now in the
 * ladder's order: the requirement of the higher grade first, then rule-file order; alike on one thread and on two
 * workers, in the text summary (zh, en), the workbook's summary sheet and the library's BatchSummary.
 *
 * Figures (building-materials/cement-quality-grade, illustrative margins): 28-day 45.0 MPa fails
 * compressive-28d-first-class (≥ 46.0) and compressive-28d-superior (≥ 48.0); chloride 0.05 % fails
 * chloride-superior (≤ 0.04 %) only. 100 records of each: three requirements failed 100 times each.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchSummary, createGrader, loadRuleSet } from '../../src/index';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';
import { sameOnTwoWorkers } from './same-on-workers';

const cli = useCli();
const temp = useTempDir();
const RULES = 'building-materials/cement-quality-grade';
const HEADER =
  'sample,cementType,strengthClass,compressive3d,compressive28d,flexural3d,flexural28d,initialSetting,finalSetting,magnesia,sulfurTrioxide,chloride,soundness';

function record(i: number, mpa28: number, chloride: number): string {
  return `T${String(i).padStart(4, '0')},P.O,42.5,25.3,${mpa28},5.3,8.4,182,238,2.1,2.6,${chloride},true`;
}

function ties(): string {
  const file = join(temp(), 'ties.csv');
  const rows = [HEADER];
  // Interleaved, so that neither requirement is met first in the input.
  for (let i = 0; i < 300; i++)
    rows.push(
      i % 3 === 0 ? record(i, 50.1, 0.028) : i % 3 === 1 ? record(i, 45.0, 0.028) : record(i, 50.1, 0.05),
    );
  writeFileSync(file, `${rows.join('\n')}\n`);
  return file;
}

const LADDER = ['compressive-28d-superior', 'chloride-superior', 'compressive-28d-first-class'];

describe('most frequent failing requirements: ties in ladder order (fix-report40)', () => {
  it('en: superior before first class, then rule-file order; the same on two workers', async () => {
    const one = await sameOnTwoWorkers(cli, ties(), { rules: RULES, formats: ['csv'] });
    expect(one.stderr).toContain(
      'most frequent failing criteria: compressive-28d-superior 100, chloride-superior 100, compressive-28d-first-class 100',
    );
  });

  it('zh: by name, in the same order', async () => {
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, '-f', 'csv', ties()]);
    const line = zh.stderr.split('\n').find((l) => l.startsWith('最常不满足的要求：'));
    expect(line).toBe(
      '最常不满足的要求：28 天抗压强度（优等品）100 次，氯离子 Cl⁻（优等品）100 次，28 天抗压强度（一等品）100 次',
    );
  });

  it('the workbook lists them in that order too', async () => {
    const out = join(temp(), 'ties.xlsx');
    const run = await cli.run(['grade', '-r', RULES, '-f', 'xlsx', '-o', out, '--workers', '2', ties()], {
      cores: 4,
    });
    expect(run.code).toBe(0);
    const summary = (await readBack(readFileSync(out))).find((s) => s.name === 'Summary')!;
    const ids = summary.rows.filter((r) => r[0] === 'Most frequent failing criteria').map((r) => r[3]);
    expect(ids).toEqual(LADDER.map((id) => `id ${id}`));
  });

  it('BatchSummary: ladder order with { ruleSet }, by id without (as before)', async () => {
    const ruleSet = await loadRuleSet(RULES);
    const grader = createGrader(ruleSet);
    const lines = readFileSync(ties(), 'utf8').trim().split('\n').slice(1);
    const ordered = new BatchSummary(ruleSet.grades, { ruleSet });
    const plain = new BatchSummary(ruleSet.grades);
    for (const line of lines) {
      const [, , , c3, c28, f3, f28, ini, fin, mg, so3, cl] = line.split(',');
      const result = grader.gradeSync({
        cementType: 'P.O',
        strengthClass: '42.5',
        compressive3d: Number(c3),
        compressive28d: Number(c28),
        flexural3d: Number(f3),
        flexural28d: Number(f28),
        initialSetting: Number(ini),
        finalSetting: Number(fin),
        magnesia: Number(mg),
        sulfurTrioxide: Number(so3),
        chloride: Number(cl),
        soundness: true,
      });
      ordered.add(result);
      plain.add(result);
    }
    expect(ordered.counts().failing).toEqual(LADDER.map((id) => ({ id, count: 100 })));
    expect(plain.counts().failing.map((f) => f.id)).toEqual([...LADDER].sort());
  });
});
