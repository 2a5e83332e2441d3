/**
 * Remarks that turn a value round (hostile-31 W4, M2): a negation before the default's word (`非T1`, `not T1`,
 * `非分体式`, `not P.O`) or an exclusion frame round it (`除T1外均适用`, `T1以外`, `T1（不适用）`, `不适用于T1`) says
 * the record is NOT the default it would be graded with, so the record is invalid, naming the cell and what to
 * write; the same turn of another value (`非T3`, `除T3外`) agrees with the default and is graded, never read as that
 * value. Two values (`T1/T3双工况`, `T1+T3`) are refused as `T1、T3均可` is.
 */
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';
import { remarkResults, remarkTable } from './remark-cells';

const cli = useCli();
const temp = useTempDir();
const files = inputFiles(temp);

// Refused (the indicator whose default the remark turns round), each with a twin turning another value, graded 1级.
const CASES: [cell: string, field: string, twin: string][] = [
  ['非T1', 'climateType', '非T3'],
  ['不是T1', 'climateType', '不是T3'],
  ['not T1', 'climateType', 'not T3'],
  ['except T1', 'climateType', 'except T3'],
  ['不含T1', 'climateType', '不含T3'],
  ['除T1外均适用', 'climateType', '除T3外均适用'],
  ['适用于除T1外的地区', 'climateType', '适用于除T3外的地区'],
  ['T1以外', 'climateType', 'T3以外'],
  ['T1（不适用）', 'climateType', 'T3（不适用）'],
  ['不适用于T1', 'climateType', '不适用于T3'],
  ['T1 不适用', 'climateType', 'T2 不适用'],
  ['气候类型：非T1', 'climateType', '气候类型：非T2'],
  ['非分体式', 'unitConfiguration', '非移动式'],
  ['非分体', 'unitConfiguration', '非窗式'],
  ['不属于分体式', 'unitConfiguration', '不属于多联式'],
  ['non-split', 'unitConfiguration', 'non-mobile'],
  ['T1/T3双工况', 'climateType', 'T1/T1双工况'],
  ['T1+T3', 'climateType', 'T1+T1'],
  ['T1＋T3', 'climateType', 'T1'],
];
// `除T3外` turns T3 round (M2: was read as T3); a turn turned again (`除T1外不适用`: only T1) is no turn of T1; a
// negation of nothing the rule set names.
const HARMLESS = ['除T3外', '除T1外不适用', '非标', 'not tested', '非水冷式'];

const table = remarkTable(cli, files, CASES, HARMLESS);

describe.concurrent('AC: a remark turning the default round (hostile-31 W4, M2)', () => {
  it('CSV: each refused with exit 1, saying the record is not the default; the twins and look-alikes graded', async () => {
    const run = await table.csvRun();
    expect(run.code).toBe(1);
    const lines = table.check(run.stdout);
    const first = lines[0]!.errors![0]!.message;
    expect(first.en).toContain(
      'holds "非T1", which says climateType is not T1, but the column is not read as it: the record would be graded with its default "T1"',
    );
    expect(first.en).toContain(
      'give it as a column headed "气候类型" (or climateType) holding one of T1, T2, T3',
    );
    expect(first.zh).toContain('“备注”列是“非T1”，即 climateType 不是 T1，但该列没有作为它读取');
    expect(lines[12]!.errors![0]!.message.en).toContain('which says unitConfiguration is not split');
    // Two values: named both, as `T1、T3均可` is.
    expect(lines[16]!.errors![0]!.message.en).toContain('The remark names both climateType = T1 and T3');
    expect(lines[17]!.errors![0]!.message.en).toContain('The remark names both climateType = T1 and T3');
  });

  it('.xlsx and NDJSON alike', async () => {
    const xlsx = await table.xlsxRun();
    expect(xlsx.code).toBe(1);
    table.check(xlsx.stdout);
    const ndjson = await table.ndjsonRun();
    expect(ndjson.code).toBe(1);
    table.check(ndjson.stdout);
  });

  it('a clause turning the default round in a remark of several: named by its clause', async () => {
    const csv = files.csv(
      '样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,备注',
      'S1,热泵型,3500,5.1,"外观良好，非T1"',
      'S2,热泵型,3500,5.1,"外观良好，非T3"',
    );
    const run = await cli.run([
      'grade',
      '-r',
      'home-appliances/room-air-conditioner-energy',
      '-f',
      'ndjson',
      csv,
    ]);
    const lines = remarkResults(run.stdout);
    expect(lines.map((l) => l.grade)).toEqual([null, '1']);
    expect(lines[0]!.errors![0]!.message.en).toContain(
      'holds "外观良好，非T1", whose clause "非T1" says climateType is not T1',
    );
  });
});

describe.concurrent('cement-lot-grade: a remark saying the cement is not P·O (hostile-31 W4)', () => {
  const HEAD = 'lot,样品编号,强度等级,3 天抗压强度,28 天抗压强度,初凝时间,终凝时间,备注';
  const REFUSED = ['非P·O', '不是普通硅酸盐水泥', '非普通硅酸盐水泥', 'P·O以外', 'not P.O', '除P·O外'];
  const GRADED = ['非P·I', '不是P·II', 'P·I以外', 'not P.II', '除P·II外'];

  it('each invalid, naming P.O as what the remark says the cement is not; turns of other types graded', async () => {
    const cells = [...REFUSED, ...GRADED];
    const csv = files.csv(HEAD, ...cells.map((c, i) => `L${i + 1},S${i + 1},42.5,30,50,180,300,"${c}"`));
    const run = await cli.run(['grade', '-r', 'building-materials/cement-lot-grade', '-f', 'ndjson', csv]);
    expect(run.code).toBe(1);
    const lines = remarkResults(run.stdout);
    expect(lines.map((l) => l.grade)).toEqual([...REFUSED.map(() => null), ...GRADED.map(() => 'superior')]);
    expect(lines[1]!.errors![0]!.message.en).toContain(
      'holds "不是普通硅酸盐水泥", which says cementType is not P.O, but the column is not read as it',
    );
    expect(lines[3]!.errors![0]!.message.zh).toContain('即 cementType 不是 P.O');
  });
});
