/**
 * committee-40 M6: under a conformity rule set (one grade: a bar conforms or not), the per-group counts kept two
 * outcomes. `compare --tally-by` counted moves only, `compare --group-by` said "graded / not graded" per side, and
 * `grade --group-by` closed with "Conforming 2; not graded 3 (with invalid records 1)": a nonconforming lot was not
 * told from one out of scope. Each now counts, per group and per side, conforming (each grade), nonconforming
 * (below the lowest grade), the other reasons not graded and invalid, adding up to the group's records.
 *
 * Figures (steel/hot-rolled-ribbed-bar, GB/T 1499.2-2018, against the 2024 draft in examples/): HRB400, 12 mm,
 * mass deviation −4.6 % conforms to both (±6.0 % / ±5.5 % for 6–12 mm); −5.8 % conforms to the 2018 edition and not
 * to the draft; a failed bend test fails both; yield strength "abc" is invalid; a 60 mm bar is out of scope.
 * L1: 3 conforming. L2: 2 conforming + 1 at −5.8 %. L3: 1 conforming + 1 bend failed. L4: 1 conforming + 1
 * invalid. L5: 2 out of scope. 12 records, 5 lots.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { ROOT, useCli, useTempDir } from './cli-harness';
import { sameOnTwoWorkers } from './same-on-workers';

const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: true }).compile(
  JSON.parse(readFileSync(join(ROOT, 'schemas/compare-tally.schema.json'), 'utf8')),
);

const cli = useCli();
const temp = useTempDir();
const A = 'steel/hot-rolled-ribbed-bar';
const B = join(ROOT, 'examples/hot-rolled-ribbed-bar-2024-draft.yaml');

const BAR = {
  designation: 'HRB400',
  diameter: 12,
  yieldStrength: 438,
  tensileStrength: 585,
  elongation: 21.5,
  maxForceElongation: 10.4,
  carbon: 0.21,
  silicon: 0.42,
  manganese: 1.31,
  phosphorus: 0.031,
  sulfur: 0.022,
  massDeviation: -4.6,
  bendTest: true,
};

function lots(): string {
  const file = join(temp(), 'lots.json');
  const bar = (i: number, lot: string, change: Record<string, unknown> = {}) => ({
    sample: `B${String(i).padStart(2, '0')}`,
    lot,
    ...BAR,
    ...change,
  });
  writeFileSync(
    file,
    JSON.stringify([
      bar(1, 'L1'),
      bar(2, 'L1'),
      bar(3, 'L1'),
      bar(4, 'L2'),
      bar(5, 'L2'),
      bar(6, 'L2', { massDeviation: -5.8 }),
      bar(7, 'L3'),
      bar(8, 'L3', { bendTest: false }),
      bar(9, 'L4'),
      bar(10, 'L4', { yieldStrength: 'abc' }),
      bar(11, 'L5', { diameter: 60 }),
      bar(12, 'L5', { diameter: 60 }),
    ]),
  );
  return file;
}

/** The rows of the table after `heading`, split on runs of two spaces. */
function tableAfter(text: string, heading: string, rows: number): string[][] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(heading));
  expect(at).toBeGreaterThanOrEqual(0);
  return lines.slice(at + 1, at + 1 + rows).map((l) => l.trim().split(/\s{2,}/));
}

/** Each side's columns of a row add up to its records (the second cell). */
function expectSidesAddUp(header: string[], row: (string | number)[], a: string, b: string): void {
  const count = (cell: string | number | undefined) => Number(String(cell).replace(/,/g, ''));
  const total = count(row[1]);
  for (const side of [a, b]) {
    const sum = header.reduce((s, h, i) => (h.startsWith(side) ? s + count(row[i]) : s), 0);
    expect(sum, `${row[0]} ${side}`).toBe(total);
  }
}

const SIDES_EN = [
  'A: Conforming',
  'A: Nonconforming',
  'A: Out of scope',
  'A: Invalid',
  'B: Conforming',
  'B: Nonconforming',
  'B: Out of scope',
  'B: Invalid',
];
const SIDES_ZH = [
  'A 下合格',
  'A 下不合格',
  'A 下超出适用范围',
  'A 下无效',
  'B 下合格',
  'B 下不合格',
  'B 下超出适用范围',
  'B 下无效',
];

describe('compare --tally-by: each side per lot, adding up (committee-40 M6)', () => {
  it('en and zh text: conforming, nonconforming, out of scope and invalid under A and under B', async () => {
    const file = lots();
    const en = await cli.run(['compare', A, B, '--tally-by', 'lot', file]);
    expect(en.code).toBe(1);
    // The moves, then each side's outcomes in a table of their own (a line of both was too wide for a terminal).
    const moves = tableAfter(en.stdout, 'Moves by lot (5 groups):', 7);
    // lot, records, up, down, down to nonconforming, unchanged, invalid (A or B): between two ladders of one grade
    // no record moves a grade or two, and no "Down 1" / "Down 2+" columns are shown, always 0 there.
    expect(moves[0]!.join(' ')).not.toContain('Down 1');
    expect(moves.slice(1).map((r) => r.join(' '))).toEqual([
      'L1 3 0 0 0 3 0',
      'L2 3 0 1 1 2 0',
      'L3 2 0 0 0 2 0',
      'L4 2 0 0 0 1 1',
      'L5 2 0 0 0 2 0',
      'total 12 0 1 1 10 1',
    ]);
    const table = tableAfter(
      en.stdout,
      'Outcomes by lot under A and under B (each record once a side; each side adds up to Records):',
      7,
    );
    expect(table[0]).toEqual(['lot', 'Records', ...SIDES_EN]);
    expect(table.slice(1).map((r) => r.join(' '))).toEqual([
      'L1 3 3 0 0 0 3 0 0 0',
      'L2 3 3 0 0 0 2 1 0 0',
      'L3 2 1 1 0 0 1 1 0 0',
      'L4 2 1 0 0 1 1 0 0 1',
      'L5 2 0 0 2 0 0 0 2 0',
      'total 12 8 1 2 1 7 2 2 1',
    ]);
    for (const row of table.slice(1)) expectSidesAddUp(table[0]!, row, 'A:', 'B:');

    const zh = await cli.run(['--lang', 'zh', 'compare', A, B, '--tally-by', 'lot', file]);
    const zhTable = tableAfter(
      zh.stdout,
      '按“lot”统计 A、B 下的结果（每条记录在每边计一次，各边合计等于记录数）：',
      7,
    );
    expect(zhTable[0]).toEqual(['lot', '记录数', ...SIDES_ZH]);
    expect(zhTable.slice(1).map((r) => r.slice(1))).toEqual(table.slice(1).map((r) => r.slice(1)));
    for (const row of zhTable.slice(1)) expectSidesAddUp(zhTable[0]!, row, 'A 下', 'B 下');
  });

  it('-f json: each group and the whole have a and b, adding up to their total', async () => {
    const file = lots();
    const run = await cli.run(['compare', '-f', 'json', A, B, '--tally-by', 'lot', file]);
    const tally = JSON.parse(run.stdout).tally;
    const l2 = tally.groups.find((g: { key: string }) => g.key === 'L2');
    expect(l2.a).toEqual({ graded: { conforming: 3 }, notGraded: {}, invalid: 0 });
    expect(l2.b).toEqual({ graded: { conforming: 2 }, notGraded: { 'below-lowest-grade': 1 }, invalid: 0 });
    expect(tally.whole.a).toEqual({
      graded: { conforming: 8 },
      notGraded: { 'below-lowest-grade': 1, 'out-of-scope': 2 },
      invalid: 1,
    });
    type Side = { graded: Record<string, number>; notGraded: Record<string, number>; invalid: number };
    const sum = (s: Side) =>
      Object.values(s.graded).reduce((x, y) => x + y, 0) +
      Object.values(s.notGraded).reduce((x, y) => x + y, 0) +
      s.invalid;
    for (const g of [...tally.groups, tally.whole] as { total: number; a: Side; b: Side }[]) {
      expect(sum(g.a)).toBe(g.total);
      expect(sum(g.b)).toBe(g.total);
    }
    expect(validate({ tally }), JSON.stringify(validate.errors)).toBe(true);
    // Counting lots (--group-by): each lot once a side; the schema knows `groupBy` (it refused it before).
    const byLot = JSON.parse(
      (await cli.run(['compare', '-f', 'json', A, B, '--group-by', 'lot', '--tally-by', 'lot', file])).stdout,
    ).tally;
    expect(byLot.whole.b).toEqual({
      graded: { conforming: 1 },
      notGraded: { 'below-lowest-grade': 2, 'out-of-scope': 1 },
      invalid: 1,
    });
    expect(validate({ tally: byLot }), JSON.stringify(validate.errors)).toBe(true);
  });

  it('-f xlsx and -f html have the side columns', async () => {
    const file = lots();
    const out = join(temp(), 'lots.xlsx');
    expect((await cli.run(['compare', '-f', 'xlsx', '-o', out, A, B, '--tally-by', 'lot', file])).code).toBe(
      1,
    );
    const sheet = (await readBack(readFileSync(out))).find((s) => s.name.startsWith('Moves'))!;
    const header = sheet.rows.find((r) => r[0] === 'lot') as string[];
    expect(header.slice(-8)).toEqual(SIDES_EN);
    const l3 = sheet.rows.find((r) => r[0] === 'L3')!;
    expect(l3.slice(-8)).toEqual([1, 1, 0, 0, 1, 1, 0, 0]);
    expectSidesAddUp(header, l3 as (string | number)[], 'A:', 'B:');

    const html = join(temp(), 'lots.html');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'html', '-o', html, A, B, '--tally-by', 'lot', file]);
    const page = readFileSync(html, 'utf8');
    for (const h of SIDES_ZH) expect(page).toContain(`<th class="n">${h}</th>`);
    // In tables of their own, A's then B's, below the moves: in the moves table they ran it off a narrow page.
    const moves = page.match(/<table class="tally moves">[\s\S]*?<\/table>/)?.[0] ?? '';
    for (const h of SIDES_ZH) expect(moves).not.toContain(`<th class="n">${h}</th>`);
    const outcomes = [...page.matchAll(/<table class="tally outcomes">[\s\S]*?<\/table>/g)].map((m) => m[0]);
    expect(outcomes).toHaveLength(2);
    for (const h of SIDES_ZH)
      expect(outcomes[h.startsWith('A') ? 0 : 1]).toContain(`<th class="n">${h}</th>`);
  });
});

describe('compare --group-by: each side per outcome (committee-40 M6)', () => {
  it('en and zh: conforming, nonconforming, out of scope, invalid lots; -f json outcomes add up', async () => {
    const file = lots();
    const en = await cli.run(['compare', A, B, '--group-by', 'lot', file]);
    expect(en.stdout).toMatch(/^Under A: 2 conforming, 1 nonconforming, 1 out of scope, 1 invalid: L3 \(/m);
    expect(en.stdout).toMatch(/^Under B: 1 conforming, 2 nonconforming, 1 out of scope, 1 invalid: L2 \(/m);
    const zh = await cli.run(['--lang', 'zh', 'compare', A, B, '--group-by', 'lot', file]);
    expect(zh.stdout).toMatch(/^A 下：合格 2 组，不合格 1 组，超出适用范围 1 组，无效 1 组：L3（/m);
    expect(zh.stdout).toMatch(/^B 下：合格 1 组，不合格 2 组，超出适用范围 1 组，无效 1 组：L2（/m);

    const json = JSON.parse(
      (await cli.run(['compare', '-f', 'json', A, B, '--group-by', 'lot', file])).stdout,
    );
    expect(json.groups.a.outcomes).toEqual({
      graded: { conforming: 2 },
      notGraded: { 'below-lowest-grade': 1, 'out-of-scope': 1 },
      invalid: 1,
    });
    expect(json.groups.b.outcomes).toEqual({
      graded: { conforming: 1 },
      notGraded: { 'below-lowest-grade': 2, 'out-of-scope': 1 },
      invalid: 1,
    });
    expect(json.groups.a.graded + json.groups.a.notGraded).toBe(5);
  });

  it('a ladder of several grades: graded and not graded, the latter by reason', async () => {
    // cement-lot-grade against its draft (examples/): every lot graded under both; the line keeps its words.
    const run = await cli.run([
      'compare',
      'building-materials/cement-lot-grade',
      join(ROOT, 'examples/cement-lot-grade-draft.yaml'),
      '--group-by',
      'lot',
      join(ROOT, 'examples/cement-lot-samples.csv'),
    ]);
    expect(run.stdout).toMatch(/^Under A: 3 graded, 0 not graded$/m);
    const json = JSON.parse(
      (
        await cli.run([
          'compare',
          '-f',
          'json',
          'building-materials/cement-lot-grade',
          join(ROOT, 'examples/cement-lot-grade-draft.yaml'),
          '--group-by',
          'lot',
          join(ROOT, 'examples/cement-lot-samples.csv'),
        ])
      ).stdout,
    );
    expect(json.groups.a.outcomes).toEqual({
      graded: { conforming: 1, first: 1, superior: 1 },
      notGraded: {},
      invalid: 0,
    });
    expect(json.groups.b.outcomes.graded).toEqual({ conforming: 2, first: 1, superior: 0 });
  });
});

describe('grade --group-by: the closing line counts every outcome (committee-40 M6)', () => {
  it('en and zh: conforming, nonconforming, then not graded by reason, adding up to the lots', async () => {
    const file = lots();
    const en = await cli.run(['grade', '-r', A, '--group-by', 'lot', '-f', 'csv', file]);
    expect(en.stderr).toContain(
      '5 groups: conforming 2, nonconforming 1; not graded 2 (out of scope 1, with invalid records 1)',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', A, '--group-by', 'lot', '-f', 'csv', file]);
    expect(zh.stderr).toContain('5 组：合格 2，不合格 1；不分级 2 组（超出适用范围 1，含无效记录 1）');
  });
});

describe('grade --tally-by on two workers: the same per-lot counts, adding up, nonconforming first', () => {
  it('a conformity set: conforming, nonconforming, out of scope and invalid per lot', async () => {
    // Many rows, so that two workers each grade some: 30 copies of the 12 bars, lots L1 … L5 in turn.
    const bars = JSON.parse(readFileSync(lots(), 'utf8')) as Record<string, unknown>[];
    const many = join(temp(), 'many.json');
    const rows = Array.from({ length: 30 }, (_, i) =>
      bars.map((b) => ({ ...b, sample: `${b.sample}-${i}` })),
    ).flat();
    writeFileSync(many, JSON.stringify(rows));
    const one = await sameOnTwoWorkers(cli, many, {
      rules: A,
      extra: ['--tally-by', 'lot'],
      formats: ['csv'],
    });
    const table = tableAfter(one.stderr, 'by lot (5 groups):', 7);
    // The nonconforming column next to the grade, before those not judged (it came after out of scope).
    expect(table[0]).toEqual([
      'lot',
      'Conforming',
      'does not reach Conforming',
      'out of scope',
      'invalid',
      'total',
    ]);
    expect(table[3]).toEqual(['L3', '30', '30', '0', '0', '60']);
    expect(table[6]).toEqual(['total', '240', '30', '60', '30', '360']);
  });
});
