/**
 * Remarks the -27 reading left (hostile-27 W6, fix-remarks-28): values set apart by a slash or a range mark
 * (`T2/T3`, `气候：T1/T3`, `移动式/分体式`, `T1～T3`), English forms (`climate T3`, `semi-hermetic compressor`) and the
 * cement designation (`P.I 42.5`, `硅酸盐水泥P·I`) make the record invalid, as `T1，T2` and `P·II` did, where the
 * default (T1, split, hermetic, P·O) graded it; a model's code with a slash in it stays a code.
 */
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';
import { remarkResults, remarkTable } from './remark-cells';

const cli = useCli();
const temp = useTempDir();
const files = inputFiles(temp);

// Refused (the indicator the remark says), each with a twin graded 1级.
const CASES: [cell: string, field: string, twin: string][] = [
  ['T2/T3', 'climateType', 'T1/T1'],
  ['T3/T1', 'climateType', 'T1'],
  ['气候：T1/T3', 'climateType', '气候：T1'],
  ['适用气候 T1/T2', 'climateType', '适用气候 T1'],
  ['T1～T3', 'climateType', 'T1～T1'],
  ['移动式/分体式', 'unitConfiguration', '分体式/挂壁式'],
  ['climate T3', 'climateType', 'climate T1'],
  ['T3 climate', 'climateType', 'T1 climate'],
  ['semi-hermetic compressor', 'hermeticCompressor', 'hermetic compressor'],
];
// A model's code with a slash, a date, an id before a code: not a list of climates.
const HARMLESS = ['KFR-35GW/T3A', 'KFR-35GW/T3', '2024/3/1', '型号T3', 'APF 5.1 W/W'];

const table = remarkTable(cli, files, CASES, HARMLESS);

describe.concurrent('remarks with a slash, a range, in English (hostile-27 W6)', () => {
  it('CSV: each refused with exit 1, its twin and the look-alikes graded; the values named as both', async () => {
    const run = await table.csvRun();
    expect(run.code).toBe(1);
    const lines = table.check(run.stdout);
    const both = lines[0]!.errors![0]!.message;
    expect(both.en).toContain('holds "T2/T3", which is climateType = T2');
    // Neither is the default: the message says so rather than asking about the scope.
    expect(both.en).toContain(
      'The remark names both climateType = T2 and T3, and a record has one climateType: neither is the default it would be graded with, so give the one to grade by in a column',
    );
    expect(both.zh).toContain(
      '该备注同时写了 climateType = T2 和 T3，而一条记录只有一个 climateType：两者都不是',
    );
    // One of them the default: as `T1，T2` (fix-input-27), in the rule set's order.
    const withDefault = lines[2]!.errors![0]!.message.en;
    expect(withDefault).toContain('holds "气候：T1/T3", which is climateType = T3');
    expect(withDefault).toContain(
      'The remark names both climateType = T1 and T3, and a record has one climateType: the rule set does not say whether a sample stated for both is in its scope',
    );
    expect(lines[1]!.errors![0]!.message.en).toContain('names both climateType = T1 and T3');
    expect(lines[5]!.errors![0]!.message.en).toContain('names both unitConfiguration = split and mobile');
    // One value named is the message as before.
    expect(lines[6]!.errors![0]!.message.en).toContain('holds "climate T3", which is climateType = T3');
    expect(lines[6]!.errors![0]!.message.en).not.toContain('names both');
    expect(lines[8]!.errors![0]!.message.en).toContain(
      'holds "semi-hermetic compressor", which is hermeticCompressor = no (Not hermetic)',
    );
  });

  it('.xlsx and NDJSON alike', async () => {
    const xlsx = await table.xlsxRun();
    expect(xlsx.code).toBe(1);
    table.check(xlsx.stdout);
    const ndjson = await table.ndjsonRun();
    expect(ndjson.code).toBe(1);
    table.check(ndjson.stdout);
  });
});

describe.concurrent('cement-lot-grade: the GB 175 designation in 备注 (hostile-27 W6)', () => {
  const HEAD = 'lot,样品编号,强度等级,3 天抗压强度,28 天抗压强度,初凝时间,终凝时间,备注';
  const REFUSED = ['P.I 42.5', '硅酸盐水泥P·I', 'P·II 42.5', '硅酸盐水泥 P·Ⅱ', 'P·I/P·II'];
  const GRADED = ['P·O 42.5', '普通硅酸盐水泥P·O', '42.5', '型号P·I'];

  it('P.I 42.5 and 硅酸盐水泥P·I are out of the P·O default, as P·I型 was: invalid; P·O and the look-alikes graded', async () => {
    const cells = [...REFUSED, ...GRADED];
    const csv = files.csv(HEAD, ...cells.map((c, i) => `L${i + 1},S${i + 1},42.5,30,50,180,300,"${c}"`));
    const run = await cli.run(['grade', '-r', 'building-materials/cement-lot-grade', '-f', 'ndjson', csv]);
    expect(run.code).toBe(1);
    const lines = remarkResults(run.stdout);
    expect(lines.map((l) => l.grade)).toEqual([...REFUSED.map(() => null), ...GRADED.map(() => 'superior')]);
    expect(lines.slice(0, REFUSED.length).map((l) => l.errors?.map((e) => e.field))).toEqual(
      REFUSED.map(() => ['cementType']),
    );
    expect(lines[0]!.errors![0]!.message.en).toContain(
      'holds "P.I 42.5", whose clause "P.I" is cementType = P.I',
    );
    expect(lines[1]!.errors![0]!.message.zh).toContain('“备注”列是“硅酸盐水泥P·I”，即 cementType = P.I');
  });
});
