import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { matrixWithInvalid } from '../../src/compare/matrix-with-invalid';
import { diffRuleSets } from '../../src/diff/diff-rule-sets';
import type { RuleSetDiff } from '../../src/diff/rule-set-diff';
import {
  compareRuleSets,
  createComparison,
  createGrader,
  loadRuleSet,
  movedCriteria,
  type RuleSetComparison,
} from '../../src/index';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const BUNDLED = join(ROOT, 'rules/home-appliances/room-air-conditioner-energy.yaml');

interface AcRecord {
  unitType: 'heat-pump' | 'cooling-only';
  ratedCoolingCapacity: number;
  apf?: number;
  seer?: number;
  model: string;
}

/**
 * Records spread over every band and grade, with the capacities and APF
 * values at and around the changed threshold; APF in hundredths so the
 * expectation below is exact.
 */
function records(): AcRecord[] {
  const out: AcRecord[] = [];
  let seed = 7;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const capacities = [2600, 4500, 4501, 5000, 7100, 7101, 12000, 14000, 15000];
  for (let i = 0; i < 3000; i++) {
    const capacity = i % 3 === 0 ? capacities[i % capacities.length]! : Math.round(1000 + random() * 15000);
    const hundredths =
      i % 5 === 0 ? [349, 350, 351, 359, 360, 361][i % 6]! : Math.round(300 + random() * 250);
    if (i % 7 === 0) {
      out.push({
        unitType: 'cooling-only',
        ratedCoolingCapacity: capacity,
        seer: hundredths / 100,
        model: `KF-${i}`,
      });
    } else {
      out.push({
        unitType: 'heat-pump',
        ratedCoolingCapacity: capacity,
        apf: hundredths / 100,
        model: `KFR-${i}`,
      });
    }
  }
  // An invalid record (no APF) stays not graded under both.
  out.push({ unitType: 'heat-pump', ratedCoolingCapacity: 5000, model: 'no-apf' });
  return out;
}

/**
 * The records whose grade the change moves, worked out from the standard's
 * table directly: heat pumps of (4500, 7100] W with APF in [3.50, 3.60) held
 * grade 3 (≥ 3.50) and drop to grade 4 (≥ 3.30) when grade 3 asks ≥ 3.60.
 */
function expectedChanges(data: AcRecord[]): number[] {
  const rows: number[] = [];
  data.forEach((r, i) => {
    if (r.unitType !== 'heat-pump' || r.apf === undefined) return;
    const hundredths = Math.round(r.apf * 100);
    if (
      r.ratedCoolingCapacity > 4500 &&
      r.ratedCoolingCapacity <= 7100 &&
      hundredths >= 350 &&
      hundredths < 360
    ) {
      rows.push(i + 1);
    }
  });
  return rows;
}

describe.concurrent('qgrade compare', () => {
  const data = records();
  const expected = expectedChanges(data);
  let revised = '';
  let dataFile = '';

  beforeAll(() => {
    // A revision raising one threshold: grade 3 of heat pumps over 4500 W up to 7100 W, APF 3.50 → 3.60.
    const text = readFileSync(BUNDLED, 'utf8');
    const row = '      - ["(4500, 7100]", 4.50, 4.00, 3.50, 3.30, 3.20]';
    expect(text).toContain(row);
    revised = join(temp(), 'revised.yaml');
    writeFileSync(
      revised,
      text
        .replace(row, '      - ["(4500, 7100]", 4.50, 4.00, 3.60, 3.30, 3.20]')
        .replace(/^version: .*$/m, 'version: 99.0.0'),
    );
    dataFile = join(temp(), 'records.json');
    writeFileSync(dataFile, JSON.stringify(data));
  });

  it('counts exactly the records whose grade the threshold change moves', async () => {
    expect(expected.length).toBeGreaterThan(20);
    const { code, stdout } = await cli.run(['compare', '--format', 'json', BUNDLED, revised, dataFile]);
    expect(code).toBe(1); // the record without APF is invalid under both
    const result = JSON.parse(stdout) as RuleSetComparison & { ruleSetDiff: RuleSetDiff };
    expect(Object.keys(result)).toEqual([
      'total',
      'changed',
      'matrix',
      'changes',
      'invalid',
      'causeCounts',
      // Records per grade under A and B (committee-27 F1): a field added.
      'distribution',
      'ruleSetDiff',
    ]);
    // Every change moved by the one cause, alone.
    expect((result as unknown as { causeCounts: unknown }).causeCounts).toEqual([
      { id: 'apf@3', records: expected.length, alone: expected.length },
    ]);
    expect(result.total).toBe(data.length);
    expect(result.changed).toBe(expected.length);
    expect(result.changes.map((c) => c.row)).toEqual(expected);
    // Each record moved by the one cell changed, which the rule-set diff lists under that key.
    const cell = 'cell:apfLimits[(4500, 7100]][3]';
    for (const change of result.changes)
      expect(change).toEqual({
        row: change.row,
        // The model column is found as the sample id and carried through.
        kept: { model: data[change.row - 1]!.model },
        from: '3',
        to: '4',
        criteria: ['apf@3'],
        causes: ['apf@3'],
        diff: [cell],
      });
    expect(result.ruleSetDiff.entries.map((e) => [e.key, e.before, e.after, e.direction ?? null])).toEqual([
      ['version', versionOf(readFileSync(BUNDLED, 'utf8')), '99.0.0', null],
      [cell, '3.50', '3.60', 'stricter'],
    ]);
    // The matrix: every record counted once; off the diagonal only 3 → 4.
    const cells = Object.entries(result.matrix).flatMap(([from, row]) =>
      Object.entries(row).map(([to, n]) => ({ from, to, n })),
    );
    expect(cells.reduce((s, c) => s + c.n, 0)).toBe(data.length);
    expect(cells.filter((c) => c.from !== c.to && c.n > 0)).toEqual([
      { from: '3', to: '4', n: expected.length },
    ]);
    // Every grade of the ladder, "null" (not graded) and, as some records are invalid, "(invalid)" (committee-29 M3),
    // rows and columns alike, zeros included.
    const keys = ['(invalid)', '1', '2', '3', '4', '5', 'null'];
    expect(Object.keys(result.matrix).sort()).toEqual(keys);
    for (const row of Object.values(result.matrix)) expect(Object.keys(row).sort()).toEqual(keys);
    expect(result.matrix.null!.null).toBeGreaterThan(0);
  });

  it('gives the same comparison from the library', async () => {
    const a = await loadRuleSet(BUNDLED);
    const b = await loadRuleSet(revised);
    const result = await compareRuleSets(a, b, data);
    // The reports' matrix stays out of JSON, whose `matrix` keeps invalid records apart.
    const { shown: _shown, ...library } = result;
    expect(result.changed).toBe(expected.length);
    expect(result.changes.map((c) => c.row)).toEqual(expected);
    const cliResult = JSON.parse(
      (await cli.run(['compare', '-f', 'json', BUNDLED, revised, dataFile])).stdout,
    );
    // The CLI adds the rule-set diff, the counts of causes and, per change, the keys of the entries that moved it, and the sample id.
    const { ruleSetDiff, changes, invalid, causeCounts: _, distribution: __, ...rest } = cliResult;
    expect(ruleSetDiff).toEqual(diffRuleSets(a, b));
    expect({
      ...rest,
      changes: changes.map(({ diff, kept, ...c }: { diff: string[]; kept: unknown }) => c),
      invalid: invalid.map(({ kept, ...r }: { kept: unknown }) => r),
    }).toEqual({ ...library, matrix: matrixWithInvalid(result) });
  });

  it('prints the matrix and the changed records as a table, and a closing line on stderr', async () => {
    const { stdout, stderr } = await cli.run(['compare', BUNDLED, revised, dataFile]);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(
      `A: home-appliances/room-air-conditioner-energy ${versionOf(readFileSync(BUNDLED, 'utf8'))} (rules/home-appliances/room-air-conditioner-energy.yaml)`,
    );
    expect(lines[1]).toMatch(/^B: home-appliances\/room-air-conditioner-energy 99\.0\.0 \(/);
    // Grades by their labels, as in the HTML and XLSX reports.
    // How sure its figures are, as grade's summary says (committee-24 F14), before the matrix.
    const matrixAt = lines.findIndex((l) => l.startsWith('A ↓'));
    expect(lines.slice(2, matrixAt).some((l) => /^A(, B)?: Provenance: /.test(l))).toBe(true);
    expect(lines[matrixAt]).toMatch(
      /^A ↓ {2}B → +Grade 1 +Grade 2 +Grade 3 +Grade 4 +Grade 5 +Below the lowest grade +Out of scope +Invalid +Total$/,
    );
    // The record invalid under both: counted as invalid, not as not graded (as `grade` counts it).
    expect(stdout).toMatch(/^Invalid( +0){7} +1 +1$/m);
    const unchanged = data.length - expected.length;
    expect(stdout).toContain(
      `${data.length.toLocaleString('en-US')} records: ${unchanged.toLocaleString('en-US')} unchanged (1 of them invalid), ${expected.length} changed grade (0 up, ${expected.length} down)`,
    );
    // What the limit depended on (the APF table's row: unit type and capacity), the value and limits, then the cell that moved it.
    const first = data[expected[0]! - 1]!;
    expect(stdout).toContain(
      // The cause by its name and the change as a sentence, as in Chinese (committee-27 M6), not `apf@3` and a key.
      `row ${expected[0]} (${first.model}): Grade 3 → Grade 4  Annual performance factor (APF) (Grade 3)\n    Limits depend on: Unit type = Heat pump, Rated cooling capacity (CC) = ${first.ratedCoolingCapacity} W\n    Annual performance factor (APF) (Grade 3): ${first.apf}, A ≥ 3.50 ✓ → B ≥ 3.60 ✗\n    ← table "Heat-pump units: APF per grade (Wh/Wh)" (apfLimits), row (4500, 7100], column Grade 3: 3.50 → 3.60, stricter (read by apf@3)\n`,
    );
    expect(stderr).toContain(`(0 up, ${expected.length} down); invalid under A: 1, under B: 1`);
  });

  it('reads CSV like grade does, and exits 0 when every record is valid', async () => {
    const csv = join(temp(), 'records.csv');
    const valid = data.filter((r) => r.apf !== undefined || r.seer !== undefined);
    writeFileSync(
      csv,
      `型号,机组类型,额定制冷量,APF,SEER\n${valid
        .map((r) => [r.model, r.unitType, r.ratedCoolingCapacity, r.apf ?? '', r.seer ?? ''].join(','))
        .join('\n')}\n`,
    );
    const { code, stdout } = await cli.run([
      'compare',
      '-f',
      'json',
      '--map',
      '额定制冷量=ratedCoolingCapacity',
      '--map',
      'APF=apf',
      '--map',
      'SEER=seer',
      BUNDLED,
      revised,
      csv,
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as RuleSetComparison;
    expect(result.total).toBe(valid.length);
    expect(result.changed).toBe(expected.length);
  });

  it('names the requirements whose outcome or limit differs, and none for an invalid record', async () => {
    const a = createGrader(await loadRuleSet(BUNDLED));
    const b = createGrader(await loadRuleSet(revised));
    const record = { unitType: 'heat-pump', ratedCoolingCapacity: 5000, apf: 3.7 };
    // 3.70 passes ≥ 3.50 and ≥ 3.60: the limit moved, the outcome did not.
    expect(movedCriteria(a.gradeSync(record), b.gradeSync(record))).toEqual(['apf@3']);
    expect(movedCriteria(a.gradeSync({ unitType: 'heat-pump' }), b.gradeSync(record))).toEqual([]);
    const comparison = createComparison(a.ruleSet, b.ruleSet);
    expect(comparison.add(a.gradeSync(record), b.gradeSync(record))).toBeUndefined();
    expect(
      comparison.add(a.gradeSync({ ...record, apf: 3.55 }), b.gradeSync({ ...record, apf: 3.55 })),
    ).toEqual({
      row: 2,
      from: '3',
      to: '4',
      criteria: ['apf@3'],
      causes: ['apf@3'],
    });
    expect(comparison.result()).toMatchObject({ total: 2, changed: 1 });
  });

  it('says that group requirements are not compared, naming them, and only for rule sets that have them', async () => {
    const lots = 'building-materials/cement-lot-grade';
    const samples = 'examples/cement-lot-samples.csv';
    const run = await cli.run(['compare', lots, lots, samples]);
    expect(run.stderr).toMatch(
      /^compare grades record by record and does not compare group requirements \(cv-28d-\S+.*\): add --group-by <column> to grade and compare the groups too$/m,
    );
    const zh = await cli.run(['--lang', 'zh', 'compare', lots, lots, samples]);
    expect(zh.stderr).toMatch(/^compare 逐条记录比较，不比较组要求（cv-28d-\S+）：/m);
    const plain = await cli.run(['compare', BUNDLED, revised, dataFile]);
    expect(plain.stderr).not.toContain('group requirements');
  });

  it('exits 2 when a rule set does not load', async () => {
    const { code, stderr } = await cli.run(['compare', BUNDLED, 'steel/nothing-here', dataFile]);
    expect(code).toBe(2);
    expect(stderr).toContain('steel/nothing-here: neither a file nor a bundled rule set');
  });
});

/** The `version:` a rule file gives. */
function versionOf(text: string): string {
  return /^version: (.*)$/m.exec(text)![1]!.trim();
}
