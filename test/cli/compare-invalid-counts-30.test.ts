/**
 * hostile-30 M2: compare's sentences count the records invalid under one rule set only as its matrix does, the
 * unchanged ones too (a record invalid under A and below B's grade is not graded under either: unchanged, but
 * still invalid under A only). Every expected figure is read from the JSON matrix of the same run. And a rule set
 * B that reads no column of the samples (AC data compared with the rebar set) is said so once, not per indicator.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';
const REBAR = 'steel/hot-rolled-ribbed-bar';

/** The AC set cut down to one grade (APF ≥ 3.30 for heat pumps), without SEER and the scope on capacity. */
const ONE_GRADE = `schemaVersion: 1
id: home-appliances/ac-one-grade-test
version: 1.0.0
industry: home-appliances
subject: product
title: { zh: 空调合格判定, en: AC conformity }
references:
  - { code: TEST 30-2026, edition: "2026" }
provenance: { level: illustrative, note: { zh: 测试用, en: test only } }
indicators:
  unitType: { type: enum, values: [heat-pump, cooling-only], label: { zh: 机组类型, en: Unit type } }
  ratedCoolingCapacity: { type: number, unit: W, range: "> 0", label: { zh: 额定制冷量 CC, en: Rated cooling capacity (CC) } }
  apf: { type: number, required: false, label: { zh: 全年能源消耗效率 APF, en: Annual performance factor (APF) } }
grades:
  - { id: ok, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: apf-min, indicator: apf, when: { unitType: heat-pump }, require: "≥ 3.30" }
`;

const CSV = [
  '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF',
  'A,heat-pump,3500,4.62', // 2 under A, ok under B
  'B,heat-pump,3500,3.2', // below A's lowest grade, nonconforming under B
  'C,heat-pump,20000,4.0', // out of A's scope, ok under B
  'D,cooling-only,3500,', // A requires SEER: invalid under A only, ok under B (changed)
  'E,heat-pump,3500,', // A requires APF: invalid under A only, not graded under B either (unchanged)
  'F,heat-pump,abc,4.0', // invalid under both
  'G,heat-pump,500,4.0', // below A's check range: invalid under A only, ok under B (changed)
].join('\n');

type Matrix = Record<string, Record<string, number>>;
const INVALID = '(invalid)';

/** The records invalid under A only, B only and both, as the matrix counts them. */
function fromMatrix(matrix: Matrix) {
  const row = matrix[INVALID] ?? {};
  const onlyA = Object.entries(row).reduce((n, [to, v]) => (to === INVALID ? n : n + v), 0);
  const onlyB = Object.entries(matrix).reduce(
    (n, [from, line]) => (from === INVALID ? n : n + (line[INVALID] ?? 0)),
    0,
  );
  return { onlyA, onlyB, both: row[INVALID] ?? 0 };
}

describe.concurrent('compare: the sentences give the matrix’s invalid counts (hostile-30 M2)', () => {
  let one: string;
  let data: string;
  beforeAll(() => {
    const dir = temp();
    one = join(dir, 'one.yaml');
    data = join(dir, 'data.csv');
    writeFileSync(one, ONE_GRADE);
    writeFileSync(data, CSV);
  });

  it('five grades against one: 3 invalid under A only (1 of them unchanged), 1 under both, in en and zh', async () => {
    const json = await cli.run(['compare', '-f', 'json', AC, one, data]);
    const parsed = JSON.parse(json.stdout) as {
      total: number;
      changed: number;
      matrix: Matrix;
      invalid: { under: string }[];
    };
    const m = fromMatrix(parsed.matrix);
    // The matrix and the `invalid` list agree: the one source the sentences must follow.
    expect(m).toEqual({ onlyA: 3, onlyB: 0, both: 1 });
    expect(parsed.invalid.filter((r) => r.under === 'a')).toHaveLength(m.onlyA);
    expect(parsed.invalid.filter((r) => r.under === 'both')).toHaveLength(m.both);
    const unchanged = parsed.total - parsed.changed;

    const en = await cli.run(['compare', '--lang', 'en', AC, one, data]);
    expect(en.stdout).toContain(`${m.onlyA} invalid under A only ("Invalid" row): grades not compared`);
    // Of the changed, D and G; of the unchanged, E (and F under both): together the matrix's 3.
    expect(en.stdout).toContain(
      `7 records: ${unchanged} unchanged (2 of them invalid: ${m.onlyA - 2} under A only, ${m.both} under both), ${parsed.changed} changed grade (1 up, 1 down, 2 invalid under A only)`,
    );
    const reasons = en.stdout
      .split('\n')
      .find((l) => l.includes('invalid under A only, grades not compared'));
    expect(reasons).toMatch(new RegExp(`^${m.onlyA} records invalid under A only`));
    // Each of the three records' reasons, once each: they add up to the count.
    const each = [...reasons!.matchAll(/\((\d+)\)(?=;|$)/g)].map((x) => Number(x[1]));
    expect(each.reduce((a, b) => a + b, 0)).toBe(m.onlyA);
    // With why its requiredWhen asks for it (newcomer-35 M5).
    expect(reasons).toMatch(
      /apf \(Annual performance factor \(APF\)\) is missing: it is required for this record by its condition, as unitType \(Unit type\) is Heat pump and ratedCoolingCapacity \(Rated cooling capacity \(CC\)\) is \d+ \(1\)/,
    );

    const zh = await cli.run(['compare', '--lang', 'zh', AC, one, data]);
    expect(zh.stdout).toContain(`只在 A 下无效的 ${m.onlyA} 条（“无效”行）：未比较等级`);
    expect(zh.stdout).toContain(
      `共 7 条记录：等级不变 ${unchanged} 条（含记录无效 2 条：只在 A 下无效 ${m.onlyA - 2} 条，A、B 下均无效 ${m.both} 条），等级变化 ${parsed.changed} 条（升高 1 条，降低 1 条，只在 A 下无效 2 条）`,
    );
    expect(zh.stdout).toContain(`只在 A 下无效的 ${m.onlyA} 条记录未比较等级：`);
  });

  it('AC data against the rebar set: 3 invalid under B only, 4 under both; B reading no column said once', async () => {
    const json = await cli.run(['compare', '-f', 'json', AC, REBAR, data]);
    const m = fromMatrix((JSON.parse(json.stdout) as { matrix: Matrix }).matrix);
    expect(m).toEqual({ onlyA: 0, onlyB: 3, both: 4 });

    const en = await cli.run(['compare', '--lang', 'en', AC, REBAR, data]);
    expect(en.stdout).toContain(`${m.onlyB} invalid under B only ("Invalid" column)`);
    expect(en.stdout).toContain(
      `7 records: 6 unchanged (6 of them invalid: ${m.onlyB - 1} under B only, ${m.both} under both), 1 changed grade (0 up, 0 down, 1 invalid under B only)`,
    );
    expect(en.stdout).toContain(
      `${m.onlyB} records invalid under B only, grades not compared: missing designation, an indicator only B has (${m.onlyB})`,
    );
    const noColumn = en.stdout.split('\n').filter((l) => l.startsWith('B reads no column of these samples'));
    expect(noColumn).toHaveLength(1);
    expect(noColumn[0]).toContain('none of its 19 indicators (designation, diameter,');
    // Instead of one notice per indicator B adds.
    expect(en.stdout).not.toContain("B's new indicator");

    const zh = await cli.run(['compare', '--lang', 'zh', AC, REBAR, data]);
    expect(zh.stdout).toContain(`只在 B 下无效的 ${m.onlyB} 条（“无效”列）`);
    expect(zh.stdout.match(/B 没有读到这批样品的任何一列/g)).toHaveLength(1);
    expect(zh.stdout).not.toContain('在样品中没有列');
    // -f json says it on stderr, as the other notices.
    expect(json.stderr).toContain('B reads no column of these samples');
  });

  it('a B that reads one column of the samples gets no such notice', async () => {
    const json = await cli.run(['compare', '-f', 'json', one, AC, data]);
    expect((JSON.parse(json.stdout) as { total: number }).total).toBe(7);
    expect(json.stderr).not.toContain('reads no column');
  });
});
