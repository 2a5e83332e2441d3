/**
 * Remarks the -28 reading left (fix-remarks-28 "Left", fix-input-29): the cement type after `品种：`, a dotted code
 * with its strength class glued on (`P·I42.5`, `P.I42.5`), and a slash list of climates with a word after it
 * (`T2/T3 样机`) make the record invalid, naming both the value and the default, where the default (P·O, T1) graded
 * it; a code with no dot (`PI42.5`), a model number (`T35`) and a model's code with a slash stay let be.
 */
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';
import { remarkResults, remarkTable } from './remark-cells';

const cli = useCli();
const temp = useTempDir();
const files = inputFiles(temp);

describe.concurrent('cement-lot-grade: 品种：P·I and a code glued to its class in 备注 (fix-input-29)', () => {
  const HEAD = 'lot,样品编号,强度等级,3 天抗压强度,28 天抗压强度,初凝时间,终凝时间,备注';
  const REFUSED = [
    '品种：P·I',
    '品种: P.II',
    '品种 P·II',
    'P·I42.5',
    'P.I42.5',
    'P·II52.5',
    'P.I42.5R',
    '品种：P·I，42.5',
  ];
  const GRADED = ['品种：P·O', 'P·O42.5', 'P.O52.5', '品种：普通', 'PI42.5', 'T35', 'P.I4', '品种'];

  it('each names the type and the default P.O; P·O and the look-alikes graded', async () => {
    const cells = [...REFUSED, ...GRADED];
    const csv = files.csv(HEAD, ...cells.map((c, i) => `L${i + 1},S${i + 1},42.5,30,50,180,300,"${c}"`));
    const run = await cli.run(['grade', '-r', 'building-materials/cement-lot-grade', '-f', 'ndjson', csv]);
    expect(run.code).toBe(1);
    const lines = remarkResults(run.stdout);
    expect(lines.map((l) => l.grade)).toEqual([...REFUSED.map(() => null), ...GRADED.map(() => 'superior')]);
    expect(lines.slice(0, REFUSED.length).map((l) => l.errors?.map((e) => e.field))).toEqual(
      REFUSED.map(() => ['cementType']),
    );
    const first = lines[0]!.errors![0]!.message;
    expect(first.en).toContain(
      'holds "品种：P·I", which is cementType = P.I, but the column is not read as it',
    );
    expect(first.en).toContain('graded with its default "P.O"');
    expect(lines[3]!.errors![0]!.message.en).toContain('holds "P·I42.5", which is cementType = P.I');
    expect(lines[4]!.errors![0]!.message.zh).toContain('“备注”列是“P.I42.5”，即 cementType = P.I');
    expect(lines[5]!.errors![0]!.message.en).toContain('which is cementType = P.II');
    expect(lines[7]!.errors![0]!.message.en).toContain('whose clause "品种：P·I" is cementType = P.I');
  });
});

// Refused (the indicator the remark says), each with a twin graded 1级.
const CASES: [cell: string, field: string, twin: string][] = [
  ['T2/T3 样机', 'climateType', 'T1/T1 样机'],
  ['T1/T3 样机', 'climateType', 'T1 样机'],
  ['气候：T2/T3 样机', 'climateType', '气候：T1 样机'],
];
// A model's code with a slash and a word after it, a date, a list turned round: not a list of climates.
const HARMLESS = ['KFR-35GW/T3 样机', '2024/3/1 样机', 'T2/T3 空调除外'];

const table = remarkTable(cli, files, CASES, HARMLESS);

describe.concurrent('AC: a slash list of climates with a word after it (fix-input-29)', () => {
  it('CSV: each refused with exit 1, naming both values; the twins and look-alikes graded', async () => {
    const run = await table.csvRun();
    expect(run.code).toBe(1);
    const lines = table.check(run.stdout);
    const both = lines[0]!.errors![0]!.message;
    expect(both.en).toContain('holds "T2/T3 样机", which is climateType = T2');
    expect(both.en).toContain(
      'The remark names both climateType = T2 and T3, and a record has one climateType: neither is the default it would be graded with',
    );
    expect(lines[1]!.errors![0]!.message.en).toContain(
      'names both climateType = T1 and T3, and a record has one climateType: the rule set does not say',
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
