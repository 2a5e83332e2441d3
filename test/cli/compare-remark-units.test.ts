/**
 * `qgrade compare` reads a unit stated in the record's own remark (`制冷量单位 Btu/h`) for each side with that
 * side's indicator, as `qgrade grade -r A` and `grade -r B` read it (fix-input3-33 item 5): the reading for both
 * checked it against A's indicator only, so B graded a record `grade -r B` refuses (12000 under B's W is no
 * 12000 W when the remark says Btu/h) and refused one `grade -r B` grades (B in Btu/h, the remark's own unit).
 */
import { describe, expect, it } from 'vitest';
import { capacityRuleSet as ruleSet, writtenBeforeAll } from './capacity-unit-rules';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

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
  const files = writtenBeforeAll(temp, {
    'w.yaml': ruleSet('1.0.0', 'W', '14000'),
    'btu.yaml': ruleSet('1.1.0', 'Btu/h', '47770'),
    'data.csv': 'id,制冷量,备注\nK1,12000,制冷量单位 Btu/h\nK2,3000,\n',
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
