/**
 * hostile-39 W1: with `--group-by`, a row that cannot be read as a record (a cell too many, a quoted cell never
 * closed) was put into the lot above it: L3 and L4 vanished, and L2 (one record, APF 5.1) was "3 records, not
 * graded". Now a row with a cell too many is an invalid record of the lot its own key cell names (read as its
 * kept values are), a row with a quote never closed is one of the lot its cells before the quote name (fix-cells40:
 * it went to the group with no value), a row none of whose cells can be read goes to the group with no value, and
 * none joins the lot above. M2: `--tally-by` counted such rows under "(no value)" and called the column "merged cells saved to
 * CSV"; a ragged row is now tallied by its own cell, and rows that could not be read at all are said apart.
 *
 * Expected grades from the bundled room-air-conditioner-energy rule set (GB 21455-2019 APF, heat pumps with a
 * rated cooling capacity ≤ 4500 W: grade 1 ≥ 5.00, 2 ≥ 4.50, 3 ≥ 4.00, 4 ≥ 3.50, 5 ≥ 3.30; full-value
 * comparison; a cooling-only unit is graded by SEER, which is required for it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeSampleGroups } from '../../src/grade/grade-sample-groups';
import { loadRuleSet } from '../../src/index';
import { FIXTURES, ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const DIR = join(FIXTURES, 'hostile-39');
/** L1 4.62, L2 5.1, L3 with a 6th cell, L4 with a quote never closed after `L4,a4,`, L5 4.7. */
const RAGGED = join(DIR, 'groups-ragged.csv');

/** groups-ragged.csv and a 6th row whose first cell opens a quote never closed: no cell of it can be read. */
function raggedNoKey(): string {
  const path = join(temp(), 'groups-no-key.csv');
  writeFileSync(path, `${readFileSync(RAGGED, 'utf8').trimEnd()}\n"L6,a6,heat-pump,3500,4.4\n`);
  return path;
}

/** `qgrade --lang <lang> grade -r <the AC rule set> …args`. */
const grade = (args: readonly string[], lang: 'en' | 'zh' = 'en') =>
  cli.run(['--lang', lang, 'grade', '-r', AC, ...args]);

interface Lot {
  group: string;
  grade: string | null;
  rows: { first: number; last: number };
  records: { count: number; invalid: number };
  notGradedReason?: { code: string };
}

const lots = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => {
      const { group, grade, rows, records, notGradedReason } = JSON.parse(line) as Lot;
      return {
        group,
        grade,
        rows: [rows.first, rows.last],
        records: [records.count, records.invalid],
        reason: notGradedReason?.code,
      };
    });

describe.concurrent('--group-by: a row that cannot be read stays out of the lot above it (hostile-39 W1)', () => {
  it('a row with a cell too many, or a quote never closed after its key, is its own lot, not graded; L2 grades 1', async () => {
    const { code, stdout, stderr } = await grade(['--group-by', '批号', '-f', 'ndjson', RAGGED]);
    expect(code).toBe(1);
    expect(lots(stdout)).toEqual([
      // APF 4.62: ≥ 4.50, < 5.00.
      { group: 'L1', grade: '2', rows: [1, 1], records: [1, 0], reason: undefined },
      // APF 5.1 ≥ 5.00: the lot was "3 records, not graded" when rows 3 and 4 joined it.
      { group: 'L2', grade: '1', rows: [2, 2], records: [1, 0], reason: undefined },
      { group: 'L3', grade: null, rows: [3, 3], records: [1, 1], reason: 'invalid-record' },
      // Row 4: `L4,a4,"heat-pump,…` never closes its quote; its cells before the quote name its lot (fix-cells40).
      { group: 'L4', grade: null, rows: [4, 4], records: [1, 1], reason: 'invalid-record' },
      // APF 4.7.
      { group: 'L5', grade: '2', rows: [5, 5], records: [1, 0], reason: undefined },
    ]);
    // Its kept id is read from the same cells.
    const l4 = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { group: string; heldBy: { row: number; kept: object }[] })
      .find((g) => g.group === 'L4');
    expect(l4?.heldBy).toEqual([{ row: 4, kept: { 批号: 'L4' }, grade: null, failing: ['(record)'] }]);
    expect(stderr).not.toContain('no value');
    expect(stderr).not.toContain('could not be read');
    expect(stderr).toContain('5 groups: Grade 1 1, Grade 2 2; not graded 2 (with invalid records 2)');
    expect(stderr).not.toContain('merged cells');
  });

  it('a row none of whose cells can be read goes to "(no value)", said in en', async () => {
    const { code, stdout, stderr } = await grade(['--group-by', '批号', '-f', 'ndjson', raggedNoKey()]);
    expect(code).toBe(1);
    expect(lots(stdout).map((l) => [l.group, l.rows, l.records])).toEqual([
      ['L1', [1, 1], [1, 0]],
      ['L2', [2, 2], [1, 0]],
      ['L3', [3, 3], [1, 1]],
      ['L4', [4, 4], [1, 1]],
      ['L5', [5, 5], [1, 0]],
      ['', [6, 6], [1, 1]],
    ]);
    expect(stderr).toContain(
      '1 record has no value in the --group-by column "批号": graded together as the last group, "(no value)"',
    );
    expect(stderr).toContain(
      '--group-by 批号: 1 row could not be read (a quoted cell never closed, say), so it has no "批号" and counts under the group with no value; it is an invalid record, with its reason',
    );
  });

  it('zh: the same groups, the unread row said in Chinese', async () => {
    const { code, stdout, stderr } = await grade(['--group-by', '批号', '-f', 'csv', raggedNoKey()], 'zh');
    expect(code).toBe(1);
    expect(
      stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',').slice(0, 5).join(',')),
    ).toEqual(['L1,1,1,1,2', 'L2,2,2,1,1', 'L3,3,3,1,', 'L4,4,4,1,', 'L5,5,5,1,2', ',6,6,1,']);
    expect(stderr).toContain(
      '--group-by 批号：有 1 行无法读取（如引号括起的单元格没有结束引号），读不出“批号”，计入无值的一组；该行是无效记录，原因随记录给出',
    );
    expect(stderr).not.toContain('合并单元格');
  });

  it("the studio's lots (gradeSampleGroups) read the row with a quote never closed by its key, as grade does", async () => {
    const { groups } = await gradeSampleGroups(
      await loadRuleSet(AC),
      readFileSync(raggedNoKey(), 'utf8'),
      { name: 'lots.csv' },
      '批号',
      'studio',
    );
    expect(groups.map((g) => [g.result.group, g.result.records.count, g.result.records.invalid])).toEqual([
      ['L1', 1, 0],
      ['L2', 1, 0],
      ['L3', 1, 1],
      ['L4', 1, 1],
      ['L5', 1, 0],
      ['', 1, 1],
    ]);
    expect(groups[3]?.records[0]?.errors?.[0]?.message.en).toBe(
      'line 5 cannot be read: a quoted cell is never closed',
    );
  });

  it('a key column that is not kept: the row with a cell too many is read by its text cell', async () => {
    // groups.csv keeps 型号 (the sample id), not 批号: L1 a1 4.62 and a2 "abc"; L2 a3 5.1 and a5 3.4 with a4 (no
    // 批号, APF 4.0) between; L3 a6 with a 6th cell, which sat in L2 before.
    const { code, stdout } = await grade(['--group-by', '批号', '-f', 'ndjson', join(DIR, 'groups.csv')]);
    expect(code).toBe(1);
    expect(lots(stdout)).toEqual([
      { group: 'L1', grade: null, rows: [1, 2], records: [2, 1], reason: 'invalid-record' },
      // 5.1 is grade 1, 3.4 grade 5 (≥ 3.30, < 3.50): the lot takes its lowest record.
      { group: 'L2', grade: '5', rows: [3, 5], records: [2, 0], reason: undefined },
      { group: 'L3', grade: null, rows: [6, 6], records: [1, 1], reason: 'invalid-record' },
      // a4: 4.0 ≥ 4.00.
      { group: '', grade: '3', rows: [4, 4], records: [1, 0], reason: undefined },
    ]);
  });

  it('compare --group-by: L2 is graded under A and B and moves when B raises grade 1 to 5.20', async () => {
    const b = join(temp(), 'ac-b.yaml');
    const text = readFileSync(join(ROOT, 'rules', `${AC}.yaml`), 'utf8');
    const raised = text
      .replace('["≤ 4500", 5.00, 4.50', '["≤ 4500", 5.20, 4.50')
      .replace(/^version: .*$/m, 'version: 9.0.0');
    expect(raised).not.toBe(text);
    writeFileSync(b, raised);
    const { code, stdout } = await cli.run(['compare', '--group-by', '批号', '-f', 'json', AC, b, RAGGED]);
    expect(code).toBe(1);
    const { groups } = JSON.parse(stdout) as {
      groups: {
        total: number;
        changed: number;
        changes: { group: string; from: string; to: string; records: number }[];
        a: { graded: number; notGraded: number; ungraded: { group: string; reason: string }[] };
        b: { graded: number; notGraded: number };
      };
    };
    expect(groups.total).toBe(5);
    // 5.1 < 5.20: grade 2 under B (≥ 4.50).
    expect(groups.changes.map((c) => [c.group, c.from, c.to, c.records])).toEqual([['L2', '1', '2', 1]]);
    expect(groups.a.ungraded).toEqual([
      { group: 'L3', reason: 'invalid-record' },
      { group: 'L4', reason: 'invalid-record' },
    ]);
    expect([groups.a.graded + groups.a.notGraded, groups.b.graded + groups.b.notGraded]).toEqual([5, 5]);
  });
});

/** The rows of the `--tally-by` table on stderr after `heading`, each cut at runs of two spaces or more. */
function tallyRows(stderr: string, heading: string): string[][] {
  const lines = stderr.split('\n');
  const at = lines.findIndex((l) => l.startsWith(heading));
  expect(at).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(at + 2)) {
    if (!line.startsWith('  ')) break;
    rows.push(line.trim().split(/\s{2,}/u));
  }
  return rows;
}

/**
 * Blocks of five lines: a heat pump at APF 4.62 (grade 2); one with a cell too many, one with a cell too few (heat
 * pumps, invalid); a cooling-only unit with no SEER (invalid); a quote never closed (no cell read).
 */
function raggedBatch(blocks: number): string {
  const lines = ['型号,机组类型,额定制冷量,APF'];
  for (let i = 0; i < blocks; i++) {
    lines.push(`A${i}-1,heat-pump,3500,4.62`);
    lines.push(`A${i}-2,heat-pump,3500,4.62,extra`);
    lines.push(`A${i}-3,heat-pump,3500`);
    lines.push(`A${i}-4,cooling-only,3500,`);
    lines.push(`A${i}-5,"heat-pump,3500,4.0`);
  }
  const file = join(temp(), `ragged-${blocks}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe.concurrent('--tally-by: a ragged row is tallied by its own cell (hostile-39 M2)', () => {
  it('the checker’s file: rows with a cell too many or too few count under their unit type, not "(no value)"', async () => {
    const { code, stderr } = await grade([
      '-f',
      'csv',
      '--keep',
      '型号',
      '--tally-by',
      '机组类型',
      join(DIR, 'tally-ragged.csv'),
    ]);
    expect(code).toBe(1);
    const rows = tallyRows(stderr, 'by 机组类型 (2 groups):');
    // A1 grade 2, A2 and A4 invalid (5 and 3 cells); A3 cooling-only with no SEER, invalid.
    expect(rows.map((r) => [r[0], r[2], r.at(-2), r.at(-1)])).toEqual([
      ['Heat pump', '1', '2', '3'],
      ['Cooling only', '0', '1', '1'],
      ['total', '1', '3', '4'],
    ]);
    expect(stderr).not.toContain('(no value)');
    expect(stderr).not.toContain('merged cells');
  });

  for (const workers of ['1', '2']) {
    it(`--workers ${workers}: rows that could not be read are said apart, not called merged cells; counts add up`, async () => {
      const blocks = 400;
      const { code, stderr } = await grade([
        '-f',
        'ndjson',
        '--tally-by',
        '机组类型',
        '--workers',
        workers,
        raggedBatch(blocks),
      ]);
      expect(code).toBe(1);
      expect(stderr).toContain('2,000 records: 400 graded, 0 not graded, 1,600 invalid');
      const rows = tallyRows(stderr, 'by 机组类型 (3 groups):');
      expect(rows.map((r) => [r[0], r[2], r.at(-2), r.at(-1)])).toEqual([
        ['Heat pump', '400', '800', '1,200'],
        ['Cooling only', '0', '400', '400'],
        ['(no value)', '0', '400', '400'],
        ['total', '400', '1,600', '2,000'],
      ]);
      expect(stderr).toContain(
        '--tally-by 机组类型: 400 rows could not be read (a quoted cell never closed, say), so they have no "机组类型" and count under "(no value)"; each is an invalid record, with its reason',
      );
      expect(stderr).not.toContain('merged cells');
    });
  }

  it('zh: the rows that could not be read, in Chinese', async () => {
    const { stderr } = await grade(['-f', 'ndjson', '--tally-by', '机组类型', raggedBatch(3)], 'zh');
    expect(stderr).toContain(
      '--tally-by 机组类型：有 3 行无法读取（如引号括起的单元格没有结束引号），读不出“机组类型”，计入“（无值）”；这些行是无效记录，原因随记录给出',
    );
    expect(stderr).not.toContain('合并单元格');
  });
});
