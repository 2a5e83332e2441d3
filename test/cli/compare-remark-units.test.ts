/**
 * `qgrade compare` reads a unit stated in the record's own remark (`制冷量单位 Btu/h`) for each side with that
 * side's indicator, as `qgrade grade -r A` and `grade -r B` read it (fix-input3-33 item 5): the reading for both
 * checked it against A's indicator only, so B graded a record `grade -r B` refuses (12000 under B's W is no
 * 12000 W when the remark says Btu/h) and refused one `grade -r B` grades (B in Btu/h, the remark's own unit).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

/** A rule set of one cooling capacity in `unit`, conforming up to `limit` (14 kW, written in that unit). */
const ruleSet = (version: string, unit: string, limit: string) => `schemaVersion: 1
id: test/capacity-unit
version: ${version}
industry: test
subject: product
title: { zh: 单位测试, en: Unit test }
references:
  - { code: TEST 18-2026, edition: "2026" }
provenance:
  level: illustrative
  note: { zh: 测试用, en: For tests only }
indicators:
  capacity: { type: number, unit: ${unit}, label: { zh: 制冷量, en: Cooling capacity } }
grades:
  - { id: C, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: capacity, indicator: capacity, require: "≤ ${limit}" }
`;

interface Comparison {
  total: number;
  changes: {
    kept: Record<string, string>;
    from: string | null;
    to: string | null;
    notGradedReasons?: Record<string, string>;
  }[];
}

describe('compare: a remark’s unit read by each side, as grade reads it', () => {
  const files: Record<string, string> = {};
  beforeAll(() => {
    const dir = temp();
    const write = (name: string, text: string) => {
      files[name] = join(dir, name);
      writeFileSync(files[name], text);
    };
    write('w.yaml', ruleSet('1.0.0', 'W', '14000'));
    write('btu.yaml', ruleSet('1.1.0', 'Btu/h', '47770'));
    write('data.csv', 'id,制冷量,备注\nK1,12000,制冷量单位 Btu/h\nK2,3000,\n');
  });

  const graded = async (rules: string) =>
    (await cli.run(['grade', '-r', files[rules]!, '-f', 'ndjson', files['data.csv']!])).stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { grade: string | null }).grade);

  it('grade alone: W refuses K1 (the remark says Btu/h), Btu/h grades it', async () => {
    expect(await graded('w.yaml')).toEqual([null, 'C']);
    expect(await graded('btu.yaml')).toEqual(['C', 'C']);
  });

  it.each([
    ['w.yaml', 'btu.yaml', null, 'C'],
    ['btu.yaml', 'w.yaml', 'C', null],
  ])('compare %s %s: K1 is %s under A and %s under B, as grade says', async (a, b, from, to) => {
    const run = await cli.run(['compare', '-f', 'json', files[a]!, files[b]!, files['data.csv']!]);
    const out = JSON.parse(run.stdout) as Comparison;
    expect(out.total).toBe(2);
    expect(out.changes.map((c) => [c.kept.id, c.from, c.to])).toEqual([['K1', from, to]]);
    const invalid = from === null ? 'a' : 'b';
    expect(out.changes[0]!.notGradedReasons).toEqual({ [invalid]: 'invalid-record' });
  });
});
