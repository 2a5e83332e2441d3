import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GroupComparison } from '../../src/compare/compare-groups';
import { compareRuleSets, loadRuleSet, type RuleSetComparison } from '../../src/index';
import { readBack } from '../report/xlsx/read-back';
import { FIXTURES, useCli, useTempDir } from './cli-harness';

/*
 * committee-34 M1, M2: a lot that changes grade because its samples did named no cause, and a tightened lot CV
 * that newly fails lots held down by their samples was counted nowhere.
 *
 * The draft (the committee's, made with init --from from cement-lot-grade 1.5.0) raises the 3-day strengths by
 * 1 MPa (42.5 conforming 17.0 → 18.0) and tightens the first-class CV of the 28-day strength from ≤ 4.0 to ≤ 3.5.
 *   L1: sample 1's 3-day 17.5 meets ≥ 17.0 (A: conforming), fails ≥ 18.0 (B: not graded), so the lot goes
 *       conforming → not graded by that sample; its CV (48.7, 51.3 → s 1.838, 3.68 %) meets ≤ 4.0 and fails ≤ 3.5,
 *       which did not move it (its sample holds it lower).
 *   L2: the same CV, every sample meeting every limit: first class → conforming by the CV alone.
 *   L3: 49.4, 50.6 → CV 1.70 %: superior under both.
 */
const DRAFT = join(FIXTURES, 'committee-34/cement-lot-grade-draft.yaml');
const LOTS = 'building-materials/cement-lot-grade';
const CSV = [
  'lot,sample,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting',
  'L1,S1,42.5,17.5,48.7,150,240',
  'L1,S2,42.5,24,51.3,150,240',
  'L2,S3,42.5,24,48.7,150,240',
  'L2,S4,42.5,24,51.3,150,240',
  'L3,S5,42.5,24,49.4,150,240',
  'L3,S6,42.5,24,50.6,150,240',
].join('\n');
type Grouped = RuleSetComparison & { groups: GroupComparison };

const cli = useCli();
const temp = useTempDir();

function lotsFile(): string {
  const file = join(temp(), `lots-${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(file, CSV);
  return file;
}

describe.concurrent('compare --group-by: why a lot moved by its records (committee-34 M1, M2)', () => {
  it('json: the lot names the sample that holds it, its cause and the diff entry; the CV it now fails is counted', async () => {
    const { stdout } = await cli.run(['compare', '-f', 'json', '-g', 'lot', LOTS, DRAFT, lotsFile()]);
    const json = JSON.parse(stdout) as Grouped;
    expect(json.groups.changes).toEqual([
      {
        group: 'L1',
        rows: { first: 1, last: 2, places: { first: { line: 2 }, last: { line: 3 } } },
        from: 'conforming',
        to: null,
        direction: 'down',
        criteria: [],
        records: 1,
        heldBy: [
          {
            row: 1,
            kept: { sample: 'S1' },
            from: 'conforming',
            to: null,
            causes: ['compressive-3d@conforming'],
            diff: ['cell:strength3d[42.5][conforming]'],
            notGradedReasons: { b: 'below-lowest-grade' },
          },
        ],
        alsoChanged: ['cv-28d-first'],
        // Where the lot matrix counts it (fix-lots8 §2): its line names below the lowest grade, not "not graded".
        shownAs: { from: 'conforming', to: '(nonconforming)' },
        diff: ['cell:strength3d[42.5][conforming]'],
      },
      {
        group: 'L2',
        rows: { first: 3, last: 4, places: { first: { line: 4 }, last: { line: 5 } } },
        from: 'first',
        to: 'conforming',
        direction: 'down',
        criteria: ['cv-28d-first'],
        records: 0,
        diff: ['criterion:cv-28d-first:limit'],
      },
    ]);
    // Two lots meet CV ≤ 4.0 and fail ≤ 3.5; it moved one of them (L2). L3's CV meets both.
    expect(json.groups.criterionCounts).toEqual([
      { id: 'cv-28d-first', failedUnderB: 2, metUnderB: 0, moved: 1 },
    ]);
  });

  it('table (en, zh): the lot line names its records’ cause, then the sample, its move and the table cell', async () => {
    const en = await cli.run(['compare', '-g', 'lot', LOTS, DRAFT, lotsFile()]);
    const lines = en.stdout.split('\n');
    expect(lines[1]).toBe(
      '  group L1: Conforming → Below the lowest grade  by its records: 3-day compressive strength (Conforming)',
    );
    const at = lines.indexOf(
      'group L1 (rows 1–2): Conforming → Below the lowest grade  by its records: 3-day compressive strength (Conforming)',
    );
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 5)).toEqual([
      '    Held down under B by its records that changed grade:',
      '      row 1 (S1): Conforming → Below the lowest grade  3-day compressive strength (Conforming)',
      '        ← table "Minimum 3-day compressive strength (MPa)" (strength3d), row 42.5, column Conforming: 17.0 MPa → 18.0 MPa, stricter (read by compressive-3d@conforming)',
      '    Group requirements whose outcome changed but did not move the group (its records hold it lower, or the grade is reached under neither):',
    ]);
    expect(lines[at + 5]).toBe('      CV of 28-day compressive strength (First class)');
    expect(lines[at + 7]).toMatch(
      /^ {8}B: CV of 28-day compressive strength 3\.7 %, required ≤ 3\.5: not met/,
    );
    expect(lines).toContain(
      '  CV of 28-day compressive strength (First class): 2 groups meeting it under A fail it under B; it moved 1 of them',
    );
    const perChange = lines.indexOf('Groups moved per rule-set change:');
    expect(
      lines.slice(perChange + 2, perChange + 4).map((l) =>
        l
          .trim()
          .split(/\s{2,}/)
          .slice(0, 2),
      ),
    ).toEqual([
      ['1', '1'],
      ['1', '1'],
    ]);
    const zh = await cli.run(['--lang', 'zh', 'compare', '-g', 'lot', LOTS, DRAFT, lotsFile()]);
    expect(zh.stdout).toContain(
      '组 L1（第 1–2 条）：合格品 → 未达最低等级  由组内记录：3 天抗压强度（合格品）',
    );
    expect(zh.stdout).toContain(
      '    B 下把该组压低的记录（等级有变化）：\n      第 1 条（S1）：合格品 → 未达最低等级  3 天抗压强度（合格品）',
    );
    expect(zh.stdout).toContain(
      '28 天抗压强度变异系数（一等品）：A 下满足、B 下不满足 2 组；其中因此等级变化 1 组',
    );
    expect(zh.stdout).toContain('各处规则集变更引起等级变化的组数：');
  });

  it('xlsx: the changed lot’s cause columns are filled; the figures and a per-change sheet count the lots', async () => {
    const out = join(temp(), 'lots.xlsx');
    await cli.run(['compare', '-f', 'xlsx', '-o', out, '-g', 'lot', LOTS, DRAFT, lotsFile()]);
    const sheets = await readBack(readFileSync(out));
    const changes = sheets.find((s) => s.name === 'Changed groups')!;
    const l1 = changes.rows.find((r) => r[0] === 'L1')!;
    expect(l1.slice(5, 8)).toEqual([
      'by its records: 3-day compressive strength (Conforming)',
      'compressive-3d@conforming (row 1)',
      1,
    ]);
    expect(String(l1[8])).toContain('row 1 (S1): Conforming → Below the lowest grade');
    expect(String(l1[8])).toContain('17.0 MPa → 18.0 MPa');
    const matrix = sheets.find((s) => s.name === 'Group migration')!;
    expect(matrix.rows).toContainEqual([
      'CV of 28-day compressive strength (First class)',
      'cv-28d-first',
      2,
      0,
      1,
    ]);
    const byChange = sheets.find((s) => s.name === 'Groups moved per change')!;
    expect(byChange.rows.slice(1, 3).map((r) => r.slice(1))).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('html: the lot lists the sample that holds it; the counts and the per-change table are in the groups section', async () => {
    const out = join(temp(), 'lots.html');
    await cli.run(['compare', '-f', 'html', '-o', out, '-g', 'lot', LOTS, DRAFT, lotsFile()]);
    const html = readFileSync(out, 'utf8');
    const row = html.slice(html.indexOf('<tr data-group="L1">'));
    expect(row.slice(0, row.indexOf('</tr>'))).toContain(
      'row 1 (S1): Conforming → Below the lowest grade  3-day compressive strength (Conforming)',
    );
    expect(html).toMatch(
      /<tr data-criterion="cv-28d-first"><td>[^<]+<\/td><td class="n">2<\/td><td class="n">0<\/td><td class="n">1<\/td>/,
    );
    expect(html).toContain('<tr data-change="criterion:cv-28d-first:limit">');
  });

  it('compareRuleSets: the same holding records, without diff keys', async () => {
    const a = await loadRuleSet(LOTS);
    const b = await loadRuleSet(DRAFT);
    const records = CSV.split('\n')
      .slice(1)
      .map((line) => {
        const [lot, , strengthClass, c3, c28, i, f] = line.split(',');
        return {
          lot,
          strengthClass,
          compressive3d: Number(c3),
          compressive28d: Number(c28),
          initialSetting: Number(i),
          finalSetting: Number(f),
        };
      });
    const { groups } = await compareRuleSets(a, b, records, { groupBy: 'lot' });
    expect(groups!.changes[0]!.heldBy).toEqual([
      {
        row: 1,
        from: 'conforming',
        to: null,
        causes: ['compressive-3d@conforming'],
        notGradedReasons: { b: 'below-lowest-grade' },
      },
    ]);
    expect(groups!.changes[0]!.alsoChanged).toEqual(['cv-28d-first']);
    expect(groups!.changes[1]!.heldBy).toBeUndefined();
    expect(groups!.criterionCounts).toEqual([
      { id: 'cv-28d-first', failedUnderB: 2, metUnderB: 0, moved: 1 },
    ]);
  });
});
