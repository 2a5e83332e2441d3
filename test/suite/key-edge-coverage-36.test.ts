import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTestSuite, thresholdCoverage } from '../../src/index';
import { FIXTURES, useCli, useTempDir } from '../cli/cli-harness';

// newcomer-36 M1: a water-heater rule set (illustrative figures) whose hot-water limits are keyed on
// capacity, ≤ 60 | > 60. Moving that edge (< 60 | ≥ 60) regrades a 60 L heater, yet --coverage said 16/16.
const DIR = join(FIXTURES, 'water-heater-36');
const cli = useCli();
const temp = useTempDir();

/** The fixture's rule set and suite in a temporary folder, the suite without the cases whose name starts with one of `drop`. */
function copy(
  drop: string[] = [],
  edit: (rules: string) => string = (r) => r,
  editSuite: (suite: string) => string = (t) => t,
): string {
  const dir = temp();
  const rules = readFileSync(join(DIR, 'water-heater.yaml'), 'utf8');
  writeFileSync(join(dir, 'water-heater.yaml'), edit(rules));
  const suite = readFileSync(join(DIR, 'water-heater.test.yaml'), 'utf8');
  // Each case is three or four lines from "  - name:"; drop those whose name matches.
  const blocks = suite.split(/(?=^ {2}- name:)/m);
  const kept = blocks.filter((b) => !drop.some((d) => b.startsWith(`  - name: ${d}`)));
  writeFileSync(join(dir, 'water-heater.test.yaml'), editSuite(kept.join('')));
  return join(dir, 'water-heater.test.yaml');
}

describe('thresholdCoverage: the edges of a table key’s bands are thresholds', () => {
  it('lists capacity 60 once for the table, covered by 59.5, 60 and 60.1 L', async () => {
    const suite = await runTestSuite(join(DIR, 'water-heater.test.yaml'));
    const report = thresholdCoverage(suite.ruleSet!, suite.cases);
    const keys = report.thresholds.filter((t) => t.kind === 'key');
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({
      criterion: 'hot-water@qualified',
      limit: 'capacity ≤ 60 | > 60',
      value: 60,
      step: 1,
      key: { indicator: 'capacity', edge: '60', bands: ['≤ 60', '> 60'] },
      table: { name: 'hotWaterLimits', row: 1, match: '≤ 60', line: 80 },
      at: true,
      below: true,
      above: true,
      unreachable: [],
    });
    // Right after the table's cells of the first requirement reading it.
    const i = report.thresholds.indexOf(keys[0]!);
    expect(report.thresholds[i - 1]).toMatchObject({ criterion: 'hot-water@qualified', kind: 'table' });
    expect(report.uncovered).not.toContain(keys[0]);
  });

  it('asks for each side no case probes: 59.5 L is 0.5 below, within the step of 1 the edge is written with', async () => {
    const suite = await runTestSuite(copy(['59.5 L']));
    const key = thresholdCoverage(suite.ruleSet!, suite.cases).thresholds.find((t) => t.kind === 'key')!;
    expect([key.at, key.below, key.above]).toEqual([true, false, true]);
    // 58.9 L (35.34 L = 60.0 %) is 1.1 below: farther than one step, not "just below".
    const far = await runTestSuite(
      copy(
        [],
        (r) => r,
        (t) => t.replace('capacity: 59.5, outputVolume: 35.7', 'capacity: 58.9, outputVolume: 35.34'),
      ),
    );
    const none = thresholdCoverage(far.ruleSet!, far.cases).thresholds.find((t) => t.kind === 'key')!;
    expect([none.at, none.below, none.above]).toEqual([true, false, true]);
  });

  it('--coverage names the missing cases of a moved edge in en and zh, where it counted 16/16', async () => {
    const file = copy(['60 L', '60.1 L'], (rules) =>
      rules.replace('- ["≤ 60", 60.0', '- ["< 60", 60.0').replace('- ["> 60", 65.0', '- ["≥ 60", 65.0'),
    );
    const en = await cli.run(['test', '--coverage', file]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(
      '    hot-water@qualified reads hotWaterLimits, whose key capacity changes rows at 60 (< 60 | ≥ 60, line 80): no case at, just above (a value within 1 of 60)\n',
    );
    expect(en.stdout).toMatch(/: 0 of 17 thresholds have a deciding case/);
    const zh = await cli.run(['--lang', 'zh', 'test', '--coverage', file]);
    expect(zh.stdout).toContain(
      '    hot-water@qualified 所读 hotWaterLimits 的分档键“capacity”的端点 60（< 60 | ≥ 60，第 80 行）：缺少阈值处、略高于的用例（与 60 相差不超过 1 的值）\n',
    );
  });

  it('a case out of scope of every requirement reading the table, or invalid, counts for nothing', async () => {
    const suite = await runTestSuite(join(DIR, 'water-heater.test.yaml'));
    const invalid = suite.cases.map((c) => ({ ...c, result: { ...c.result, errors: [] } }));
    const key = thresholdCoverage(suite.ruleSet!, invalid).thresholds.find((t) => t.kind === 'key')!;
    expect([key.at, key.below, key.above]).toEqual([false, false, false]);
    const unjudged = suite.cases.map((c) => ({
      ...c,
      result: {
        ...c.result,
        criteria: c.result.criteria.map((r) =>
          r.id.startsWith('hot-water') ? { ...r, status: 'not-applicable' as const } : r,
        ),
      },
    }));
    const none = thresholdCoverage(suite.ruleSet!, unjudged).thresholds.find((t) => t.kind === 'key')!;
    expect([none.at, none.below, none.above]).toEqual([false, false, false]);
  });

  it('a mark without a row waives every threshold of its requirement, not only the first', async () => {
    const suite = await runTestSuite(join(DIR, 'water-heater.test.yaml'));
    const mark = { criterion: 'power-deviation', reason: 'type test', line: 1 };
    const report = thresholdCoverage(suite.ruleSet!, suite.cases, [mark]);
    const ends = report.thresholds.filter((t) => t.criterion === 'power-deviation');
    expect(ends.map((t) => t.limit)).toEqual(['[-10, 5] lower end', '[-10, 5] upper end']);
    expect(ends.map((t) => t.waived?.reason)).toEqual(['type test', 'type test']);
    expect(report.uncovered.filter((t) => t.criterion === 'power-deviation')).toEqual([]);
  });
});

// fix-marks7-37: a key edge is waived by `edge` alone; a row's mark no longer waives the edge ending there.
describe('uncovered: a key’s band edge waived alone', () => {
  it('{ criterion, edge } waives the edge only, named by any requirement reading the table', async () => {
    const suite = await runTestSuite(copy(['60 L', '60.1 L']));
    const mark = { criterion: 'hot-water@first-class', edge: 60, reason: 'no 60 L model made', line: 1 };
    const report = thresholdCoverage(suite.ruleSet!, suite.cases, [mark]);
    const key = report.thresholds.find((t) => t.kind === 'key')!;
    expect(key.waived).toEqual({ sides: ['at', 'below', 'above'], reason: 'no 60 L model made' });
    expect(report.uncovered).not.toContain(key);
    // The rows' own limits stay counted.
    expect(report.thresholds.filter((t) => t.kind === 'table' && t.waived)).toEqual([]);
    expect(report.unmatched).toEqual([]);
  });

  it('an edge no table read by the requirement has, or a requirement not reading it, matches nothing', async () => {
    const suite = await runTestSuite(join(DIR, 'water-heater.test.yaml'));
    const off = { criterion: 'hot-water@qualified', edge: 61, reason: 'x', line: 1 };
    const notReading = { criterion: 'noise-q', edge: 60, reason: 'y', line: 2 };
    const report = thresholdCoverage(suite.ruleSet!, suite.cases, [off, notReading]);
    expect(report.unmatched).toEqual([off, notReading]);
    expect(report.thresholds.find((t) => t.kind === 'key')!.waived).toBeUndefined();
  });

  it('{ criterion, row } waives that row’s limit, not the key edge ending at it (it did both)', async () => {
    const suite = await runTestSuite(copy(['60 L', '60.1 L']));
    const mark = { criterion: 'hot-water@qualified', row: 1, reason: 'row 1', line: 1 };
    const report = thresholdCoverage(suite.ruleSet!, suite.cases, [mark]);
    const key = report.thresholds.find((t) => t.kind === 'key')!;
    expect(key.waived).toBeUndefined();
    expect(report.uncovered).toContain(key);
    const cell = report.thresholds.find((t) => t.kind === 'table' && t.criterion === 'hot-water@qualified');
    expect(cell).toMatchObject({ table: { row: 1 }, waived: { reason: 'row 1' } });
  });

  it('qgrade test --coverage reads an edge entry from the suite file and shows it waived, en and zh', async () => {
    const path = copy(
      ['60 L', '60.1 L'],
      (r) => r,
      (t) =>
        `${t.replace(/^cases:/m, 'uncovered:\n  - { criterion: hot-water@qualified, edge: 60, sides: [at, above], reason: 没有 60 L 的型号 }\ncases:')}`,
    );
    const en = await cli.run(['test', path, '--coverage']);
    expect(en.stdout).toMatch(
      /hot-water@qualified reads hotWaterLimits, whose key capacity changes rows at 60 .*: at, just above — 没有 60 L 的型号/,
    );
    const zh = await cli.run(['test', path, '--coverage', '--lang', 'zh']);
    expect(zh.stdout).toContain(
      'hot-water@qualified 所读 hotWaterLimits 的分档键“capacity”的端点 60（≤ 60 | > 60，第 80 行）：阈值处、略高于——没有 60 L 的型号',
    );
    // An entry with an edge that is not a number is refused by the suite's schema.
    const bad = copy(
      [],
      (r) => r,
      (t) =>
        t.replace(
          /^cases:/m,
          'uncovered:\n  - { criterion: hot-water@qualified, edge: "60 L", reason: r }\ncases:',
        ),
    );
    const refused = await cli.run(['test', bad]);
    expect(refused.code).not.toBe(0);
    expect(`${refused.stdout}${refused.stderr}`).toContain('edge');
  });
});
