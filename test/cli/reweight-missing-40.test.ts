import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, resultSchemaErrors, useCli, useTempDir } from './cli-harness';

// fix-score40: items left 未评 under `missing: reweight`, through the CLI in-process. Figures worked by hand in
// test/grade/reweight-missing-40.test.ts; rows 1–3 of enterprises.csv sit at, below and above the 70 cutoff.
const cli = useCli();
const temp = useTempDir();
const DIR = join(FIXTURES, 'reweight-40');
const RULES = join(DIR, 'reweight.yaml');
const CSV = join(DIR, 'enterprises.csv');
const NOT_COUNTED_ZH = '实验室信息管理：未评，不计入（权重按比例分给其余项）';
const NOT_COUNTED_EN =
  'Laboratory information management: not assessed, not counted (its weight shared out among the other items)';

describe('missing: reweight through the CLI (fix-score40)', () => {
  it('grade: 未评 and — read as left out; grades at, below and above the cutoff; JSON valid, notCounted on lims', async () => {
    const { code, stdout, stderr } = await cli.run(['grade', '-r', RULES, CSV, '-f', 'json']);
    expect(code).toBe(0);
    const results = JSON.parse(stdout);
    expect(results.map((r: { grade: string }) => r.grade)).toEqual([
      'assurance',
      'inspection',
      'assurance',
      'inspection',
      'experience',
      'assurance',
    ]);
    expect(results.map((r: { scores: { total: number | null } }) => r.scores.total)).toEqual([
      70,
      69.75,
      70.25,
      63,
      null,
      80,
    ]);
    const lims = (r: { scores: { dimensions: { items: { indicator: string; notCounted?: true }[] }[] } }) =>
      r.scores.dimensions[0]!.items.find((i) => i.indicator === 'lims')!.notCounted;
    expect(results.map(lims)).toEqual([true, true, true, undefined, true, true]);
    for (const r of results) expect(resultSchemaErrors(r)).toEqual([]);
    // Only the record with every 人员与文化 item left out rests on a missing value.
    expect(stderr).toContain('6 records: 6 graded, 0 not graded, 0 invalid');
    expect(stderr).toContain('(row 5;');
  });

  it('explain, zh and en: the item not counted, the weights over those counted, the advice naming a counted item', async () => {
    const zh = await cli.run(['--lang', 'zh', 'explain', '-r', RULES, CSV, '--row', '2']);
    const en = await cli.run(['--lang', 'en', 'explain', '-r', RULES, CSV, '--row', '2']);
    expect([zh.code, en.code]).toEqual([0, 0]);
    expect(zh.stdout).toContain(
      `总分：69.75\n  质量检验：69.5 × 50/100 → 34.75\n    在线检测：80 × 40/80\n    数字化检测：59 × 40/80  ← 最低\n    ${NOT_COUNTED_ZH}\n  人员与文化：70 × 50/100 → 35\n`,
    );
    expect(zh.stdout).toContain('总分 69.75，差 0.25 分达到 ≥ 70（保证级）；例如 数字化检测 59 → 60');
    expect(en.stdout).toContain(`    ${NOT_COUNTED_EN}\n`);
    expect(en.stdout).toContain(
      'Total score 69.75, 0.25 points short of ≥ 70 (Assurance); e.g. Digital inspection 59 → 60',
    );
    // A record at the top grade still shows the item not counted, under its dimension.
    const top = await cli.run(['--lang', 'en', 'explain', '-r', RULES, CSV, '--row', '6']);
    expect(top.stdout).toContain(
      '  People and culture: 90 × 50/100 → 45\n    Staff training: 90 × 1/1\n    Quality culture: not assessed, not counted (its weight shared out among the other items)\n',
    );
    // lims given as 0 is counted: no such line.
    const given = await cli.run(['--lang', 'zh', 'explain', '-r', RULES, CSV, '--row', '4']);
    expect(given.stdout).toContain('  质量检验：56 × 50/100 → 28\n');
    expect(given.stdout).not.toContain('不计入');
  });

  it('HTML: the record view says it', async () => {
    const out = join(temp(), 'r.html');
    const { code } = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, CSV, '-f', 'html', '-o', out]);
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('未评，不计入（权重按比例分给其余项）');
  });
});
