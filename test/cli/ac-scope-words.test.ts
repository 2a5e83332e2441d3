/**
 * Room air conditioners 1.1.9: words a sheet writes for units the scope excludes (hostile-25 "graded on the
 * defaults": 水源热泵, 蒸发冷却, 一体式, VRF, 热带气候型). In a column read as the indicator the unit is out of
 * scope; in a remark column read as nothing the record is invalid rather than graded on the default (in scope).
 */
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const { csv } = inputFiles(temp);

interface Line {
  grade: string | null;
  notGradedReason?: { code: string; criteria: string[] };
  errors?: { field: string }[];
}
const results = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);

// Each word, the indicator it gives and the scope item that then leaves the unit out.
const WORDS: [word: string, field: string, scope: string][] = [
  ['水源热泵', 'airCooled', 'air-cooled'],
  ['地源热泵', 'airCooled', 'air-cooled'],
  ['蒸发冷却', 'airCooled', 'air-cooled'],
  ['热带气候型', 'climateType', 'climate-type-t1'],
  ['高温型', 'climateType', 'climate-type-t1'],
  ['低温型', 'climateType', 'climate-type-t1'],
  ['VRF', 'unitConfiguration', 'not-multi-split'],
  ['多联机', 'unitConfiguration', 'not-multi-split'],
  ['一体式', 'unitConfiguration', 'not-window'],
];
const COLUMN: Record<string, string> = {
  airCooled: '风冷式',
  climateType: '气候类型',
  unitConfiguration: '结构形式',
};

describe.concurrent('air conditioners: words for out-of-scope units (1.1.9)', () => {
  it('in the indicator’s own column: out of scope by the scope item it names; the in-scope words graded', async () => {
    for (const [word, field, scope] of WORDS) {
      const head = `样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,${COLUMN[field]}`;
      const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', csv(head, `S1,热泵型,3500,5.1,${word}`)]);
      const [line] = results(run.stdout);
      expect({ word, grade: line!.grade, reason: line!.notGradedReason?.code }).toEqual({
        word,
        grade: null,
        reason: 'out-of-scope',
      });
      expect(line!.notGradedReason!.criteria).toEqual([scope]);
    }
    const head = '样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,气候类型';
    const inScope = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      csv(head, 'S1,热泵型,3500,5.1,温带型'),
    ]);
    expect(results(inScope.stdout)[0]!.grade).toBe('1');
  });

  it('in a remark column read as nothing: the record is invalid, naming the indicator, not graded 1级', async () => {
    const head = '样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,备注';
    const rows = [
      ...WORDS.map(([word], i) => `S${i + 1},热泵型,3500,5.1,${word}`),
      'S0,热泵型,3500,5.1,正常',
    ];
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', csv(head, ...rows)]);
    expect(run.code).toBe(1);
    const lines = results(run.stdout);
    expect(lines.map((l) => l.grade)).toEqual([...WORDS.map(() => null), '1']);
    expect(lines.slice(0, WORDS.length).map((l) => l.errors?.map((e) => e.field))).toEqual(
      WORDS.map(([, field]) => [field]),
    );
  });
});
