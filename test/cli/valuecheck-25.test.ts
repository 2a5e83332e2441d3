/**
 * The unread-value check reads a remark that names a defaulted indicator with its answer beside it, or a value
 * word before a product's name, as that indicator's value (hostile-25 W3, W4): the record is invalid (exit 1)
 * instead of graded on the default; each wrapping's harmless twin is graded.
 */
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';
import { remarkTable } from './remark-cells';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

const files = inputFiles(temp);
const { csv } = files;

const HEAD = '样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,备注';
// Each wrapping (refused: the indicator it names) and its twin (graded 1级).
const CASES: [cell: string, field: string, twin: string][] = [
  ['风冷式（否）', 'airCooled', '风冷式（是）'],
  ['风冷：否', 'airCooled', '风冷：是'],
  ['风冷式 否', 'airCooled', '风冷式 是'],
  ['风冷式=否', 'airCooled', '风冷式=是'],
  ['风冷式—否', 'airCooled', '风冷式—是'],
  ['风冷式：不是', 'airCooled', '水冷式：不是'],
  ['不属于风冷式', 'airCooled', '属于风冷式'],
  ['否，水冷式', 'airCooled', '否，风冷式'],
  ['否/水冷式', 'airCooled', '是/风冷式'],
  ['否-水冷式', 'airCooled', '否-风冷式'],
  ['N（水冷式）', 'airCooled', 'Y（风冷式）'],
  ['是否风冷：否', 'airCooled', '是否风冷：是'],
  ['冷却方式：水冷', 'airCooled', '冷却方式：风冷'],
  ['水冷式冷水机组', 'airCooled', '风冷式冷水机组'],
  ['水冷螺杆机组', 'airCooled', '风冷螺杆机组'],
  ['水冷柜机', 'airCooled', '风冷柜机'],
  ['water-cooled unit', 'airCooled', 'air-cooled unit'],
  ['全封闭型压缩机（否）', 'hermeticCompressor', '全封闭型压缩机（是）'],
  ['全封闭：否', 'hermeticCompressor', '全封闭：是'],
  ['全封闭型压缩机 否', 'hermeticCompressor', '全封闭型压缩机 是'],
  ['压缩机：半封闭', 'hermeticCompressor', '压缩机：全封闭'],
  ['半封闭螺杆', 'hermeticCompressor', '全封闭涡旋'],
  ['气候类型=T3', 'climateType', '气候类型=T1'],
  ['气候：T3', 'climateType', '气候：T1'],
  ['适用气候：T3', 'climateType', '适用气候：T1'],
  ['多联机组', 'unitConfiguration', '分体机组'],
  ['结构形式 窗式', 'unitConfiguration', '结构形式 分体式'],
];
// The -24 look-alikes, still graded.
const HARMLESS = [
  '风冷式：是',
  '全封闭',
  'T1',
  '气候类型：T1',
  '是（风冷式）',
  '备注：T1', // 备注：T3 names T3 since hostile-29 (a code standing alone: remark-clauses.test)
  '移动式空调除外',
  '水冷却',
];

const table = remarkTable(cli, files, CASES, HARMLESS);
const { check } = table;

describe.concurrent('a name with its answer, a value word before a product (hostile-25 W3, W4)', () => {
  it('CSV: each wrapping invalid (exit 1) with the cell named in zh and en; each twin and look-alike graded', async () => {
    const run = await table.csvRun();
    expect(run.code).toBe(1);
    const lines = check(run.stdout);
    const first = lines[0]!.errors![0]!.message;
    expect(first.en).toContain(
      'column "备注" holds "风冷式（否）", which is airCooled = no (Not air-cooled)',
    );
    expect(first.en).toContain('but the column is not read as it');
    expect(first.zh).toContain('“备注”列是“风冷式（否）”，即 airCooled = 否（非风冷式）');
    const climate = lines[CASES.findIndex(([c]) => c === '适用气候：T3')]!.errors![0]!.message;
    expect(climate.en).toContain('holds "适用气候：T3", which is climateType = T3');
    expect(climate.zh).toContain('即 climateType = T3');
    // `--map` would refuse `适用气候：T3` (not one of T1, T2, T3): the advice is a column of the values instead.
    expect(climate.en).toContain(
      'give it as a column headed "气候类型" (or climateType) holding one of T1, T2, T3 in each row',
    );
    expect(climate.zh).toContain('请把它写成一列“气候类型”，每行填 T1、T2、T3 之一');
    expect(climate.en).not.toContain('--map');
  });

  it('.xlsx and NDJSON alike', async () => {
    const run = await table.xlsxRun();
    expect(run.code).toBe(1);
    check(run.stdout);
    const lines = await table.ndjsonRun();
    expect(lines.code).toBe(1);
    check(lines.stdout);
  });

  it('--lang zh table: the wrapped remark is 无效 with its message', async () => {
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, csv(HEAD, 'S1,热泵型,3500,5.1,风冷：否')]);
    expect(run.code).toBe(1);
    // The table cuts the message short; the row is 无效 and names the cell.
    expect(run.stdout).toMatch(/S1\s+无效\s+第 1 条记录（第 2 行）的“备注”列是“风冷：否”，即 airCooled =/u);
  });
});
