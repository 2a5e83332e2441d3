/**
 * Remarks the -26 clause reading left (fix-input-27): a model code, a figure or a word for the sample set apart by
 * spaces is passed over (`样品 KFR 35 水冷` says 水冷), `适用于` before a value word says it (`适用于T2气候`), and a
 * remark naming two values of one indicator (`适用于T1、T2气候`) stays invalid, its message saying it names both.
 */
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';
import { remarkTable } from './remark-cells';

const cli = useCli();
const temp = useTempDir();
const files = inputFiles(temp);

// Refused (the indicator the remark says), each with a twin graded 1级.
const CASES: [cell: string, field: string, twin: string][] = [
  ['样品 KFR 35 水冷', 'airCooled', '样品 KFR 35 风冷'],
  ['型号 KFR-35GW 移动式 样机', 'unitConfiguration', '型号 KFR-35GW 分体式 样机'],
  ['适用于T2气候', 'climateType', '适用于T1气候'],
  ['适用于T1、T2气候', 'climateType', '适用于T1、T1气候'],
  // Two parts are parts too when the whole says nothing (fix-remarks-28: `P.I 42.5`).
  ['KFR 水冷', 'airCooled', 'KFR 风冷'],
];
// Parts that may turn a statement round, a turned list: let be, as before.
const HARMLESS = ['KFR 35 not 水冷', '样品 KFR 35 水冷 否', '移动式 空调 除外'];

const table = remarkTable(cli, files, CASES, HARMLESS);

describe.concurrent('remarks left by the -26 clause reading (fix-input-27)', () => {
  it('CSV: each refused with exit 1, its twin and the look-alikes graded; two values named as both', async () => {
    const run = await table.csvRun();
    expect(run.code).toBe(1);
    const lines = table.check(run.stdout);
    expect(lines[0]!.errors![0]!.message.en).toContain(
      'holds "样品 KFR 35 水冷", whose clause "水冷" is airCooled = no (Not air-cooled)',
    );
    expect(lines[2]!.errors![0]!.message.en).toContain('holds "适用于T2气候", which is climateType = T2');
    const both = lines[3]!.errors![0]!.message;
    expect(both.en).toContain('whose clause "T2气候" is climateType = T2');
    expect(both.en).toContain(
      'The remark names both climateType = T1 and T2, and a record has one climateType: the rule set does not say whether a sample stated for both is in its scope, so give the one to grade by in a column',
    );
    expect(both.zh).toContain('该备注同时写了 climateType = T1 和 T2，而一条记录只有一个 climateType');
    // One value named is the message as before.
    expect(lines[2]!.errors![0]!.message.en).not.toContain('names both');
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
