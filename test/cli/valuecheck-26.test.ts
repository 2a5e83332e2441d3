/**
 * The unread-value check reads a remark of several statements clause by clause (hostile-26 W2): a clause that
 * says a defaulted indicator's value other than its default makes the record invalid (exit 1), the message naming
 * the clause; a name with its answer written without a separator or in 【】, the further no-words (无, 不, x, ╳),
 * a subject before a value word and a code before a product's name are read too. Each cell's twin is graded.
 */
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';
import { remarkTable, remarkResults as results } from './remark-cells';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

const files = inputFiles(temp);
const { csv } = files;

// The checker's cells (refused: the indicator the remark says), each with a twin graded 1级.
const CASES: [cell: string, field: string, twin: string][] = [
  ['风冷：否，水冷', 'airCooled', '风冷：是，全封闭'],
  ['风冷式：否，水冷式', 'airCooled', '风冷式：是，风冷式'],
  ['风冷式：否；水冷', 'airCooled', '风冷式：是；风冷'],
  ['风冷式：否，全封闭', 'airCooled', '风冷式：是，全封闭'],
  ['风冷式（否），全封闭型', 'airCooled', '风冷式（是），全封闭型'],
  ['【风冷式】否', 'airCooled', '【风冷式】是'],
  ['风冷式否', 'airCooled', '风冷式是'],
  ['全封闭型压缩机 否；T1', 'hermeticCompressor', '全封闭型压缩机 是；T1'],
  ['T1；全封闭型压缩机 否', 'hermeticCompressor', 'T1；全封闭型压缩机 是'],
  ['压缩机非全封闭', 'hermeticCompressor', '压缩机全封闭'],
  ['风冷式：无', 'airCooled', '风冷式：有'],
  ['风冷式：不', 'airCooled', '风冷式：是'],
  ['风冷式 x', 'airCooled', '风冷式 √'],
  ['风冷式 ╳', 'airCooled', '风冷式 ✓'],
  ['风冷式 否 全封闭', 'airCooled', '风冷式 是 全封闭'],
  ['VRF多联机', 'unitConfiguration', 'KFR分体机'],
  ['外观良好\n风冷：否', 'airCooled', '外观良好\n风冷：是'],
  ['水冷、全封闭', 'airCooled', '风冷、全封闭、T1'],
];
// The -25 look-alikes, and lists turned round or words no statement of, still graded.
const HARMLESS = [
  '风冷式：是',
  '是（风冷式）',
  '备注：T1', // 备注：T3 names T3 since hostile-29 (a code standing alone: remark-clauses.test)
  '移动式空调除外',
  '水冷却',
  '移动式、多联式除外',
  '非移动式、多联式',
  '移动式 空调除外',
  '外观良好，无异常',
  '否，风冷式',
];

const table = remarkTable(cli, files, CASES, HARMLESS);
const { check } = table;

describe.concurrent('a remark of several statements, read clause by clause (hostile-26 W2)', () => {
  it('CSV: each remark invalid (exit 1), the clause named in zh and en; each twin and look-alike graded', async () => {
    const run = await table.csvRun();
    expect(run.code).toBe(1);
    const lines = check(run.stdout);
    const first = lines[0]!.errors![0]!.message;
    expect(first.en).toContain(
      'column "备注" holds "风冷：否，水冷", whose clause "风冷：否" is airCooled = no (Not air-cooled)',
    );
    expect(first.en).toContain('but the column is not read as it');
    expect(first.zh).toContain('“备注”列是“风冷：否，水冷”，其中“风冷：否”即 airCooled = 否（非风冷式）');
    const spaced = lines[CASES.findIndex(([c]) => c === '风冷式 否 全封闭')]!.errors![0]!.message;
    expect(spaced.en).toContain('whose clause "风冷式 否" is airCooled = no');
    const hermetic = lines[CASES.findIndex(([c]) => c === 'T1；全封闭型压缩机 否')]!.errors![0]!.message;
    expect(hermetic.zh).toContain('其中“全封闭型压缩机 否”即 hermeticCompressor = 否');
    // A cell that says it whole is named as before.
    const whole = lines[CASES.findIndex(([c]) => c === '风冷式否')]!.errors![0]!.message;
    expect(whole.en).toContain('holds "风冷式否", which is airCooled = no');
  });

  it('.xlsx and NDJSON alike', async () => {
    const run = await table.xlsxRun();
    expect(run.code).toBe(1);
    check(run.stdout);
    const lines = await table.ndjsonRun();
    expect(lines.code).toBe(1);
    check(lines.stdout);
  });

  it('a column given for the indicator is read, not the remark: the record is graded on it', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      csv(
        '样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,风冷式,备注',
        'S1,热泵型,3500,5.1,是,"风冷：否，水冷"',
      ),
    ]);
    expect(run.code).toBe(0);
    expect(results(run.stdout).map((r) => r.grade)).toEqual(['1']);
  });
});
