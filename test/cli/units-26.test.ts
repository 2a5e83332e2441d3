import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unitStatement } from '../../src/input/stated-unit';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

const { csv, xlsx } = inputFiles(temp);

const HEAD = '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF';
// 5.0 (kW) read as W is ≤ 4500 W: APF 4.6 is Grade 2 there; 5000 W is Grade 1.
const ROW = 'K1,热泵型,5.0,4.6';
const W_ROW = 'K1,热泵型,5000,4.6';

describe('unitStatement: a unit stated in words', () => {
  it.each([
    ['（制冷量单位：kW）', 'kW'],
    ['表1（续）（单位：kW）', 'kW'],
    ['单位：制冷量 kW', 'kW'],
    ['单位：kW（制冷量）', 'kW'],
    ['注：制冷量以kW计', 'kW'],
    ['单位：千瓦', '千瓦'],
    ['单位：W·h/(W·h)', 'W·h/(W·h)'],
    ['Unit: kW', 'kW'],
    ['注：额定制冷量单位为Btu/h', 'Btu/h'],
    ['2025年抽检（制冷量：Btu/h）', 'Btu/h'],
    ['（注：见附表）', '见附表'],
    ['2025年房间空调器抽检结果', undefined],
    // hostile-27 M5: a scale with its power in superscript or spaces, after a Han word.
    ['注：制冷量单位为10³W', '10^3W'],
    ['单位：W × 1000', 'W×1000'],
    ['单位：x 1000 W', 'x1000W'],
    ['单位：10³ W', '10^3W'],
  ])('%s → %s', (text, unit) => expect(unitStatement(text)).toBe(unit));
});

describe.concurrent('W1: a unit stated where the reader did not look is checked (exit 2, nothing graded in W)', () => {
  const cases: [string, string[]][] = [
    ['title with the unit in its right-hand cell', ['2025年房间空调器抽检结果,,,单位：kW', HEAD, ROW]],
    ['a units line naming the quantity', [HEAD, '（制冷量单位：kW）,,,', ROW]],
    ['a continuation title before a repeated header', [HEAD, W_ROW, '表1（续）（单位：kW）,,,', HEAD, ROW]],
    ['a 单位 column holding kW', [`${HEAD},单位`, `${ROW},kW`, 'K2,热泵型,15.0,3.5,kW']],
    ['单位：制冷量 kW on the first line', ['单位：制冷量 kW', HEAD, ROW]],
    ['单位：kW（制冷量） on the first line', ['单位：kW（制冷量）', HEAD, ROW]],
    ['注：制冷量以kW计 on the first line', ['注：制冷量以kW计', HEAD, ROW]],
  ];
  for (const [what, lines] of cases)
    it(`${what}: exit 2`, async () => {
      const run = await cli.run(['grade', '-r', AC, csv(...lines)]);
      expect(run.code).toBe(2);
      expect(run.stdout).not.toContain('Grade 2');
      expect(run.stderr).toContain('but the indicator ratedCoolingCapacity');
    });

  it('.xlsx: a title row with the unit in its right-hand cell is exit 2', async () => {
    const file = await xlsx(['2025年房间空调器抽检结果', '', '', '单位：kW'], HEAD.split(','), [
      'K1',
      '热泵型',
      5,
      4.6,
    ]);
    const run = await cli.run(['grade', '-r', AC, file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('states the unit kW');
  });

  it('.xlsx: a units line naming the quantity in mid-table is exit 2', async () => {
    const file = await xlsx(
      HEAD.split(','),
      ['K0', '热泵型', 5000, 4.6],
      ['（制冷量单位：kW）'],
      ['K1', '热泵型', 5, 4.6],
    );
    const run = await cli.run(['grade', '-r', AC, file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('states the unit kW');
  });

  it('.xlsx: a 单位 column holding kW is exit 2', async () => {
    const file = await xlsx([...HEAD.split(','), '单位'], ['K1', '热泵型', 5, 4.6, 'kW']);
    const run = await cli.run(['grade', '-r', AC, file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('but the indicator ratedCoolingCapacity');
  });

  it('zh: the 单位 column names itself', async () => {
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, csv(`${HEAD},单位`, `${ROW},kW`)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('（“单位”列）写明单位是 kW');
  });

  const harmless: [string, string[]][] = [
    ['a title without a unit in two cells', ['2025年房间空调器抽检结果,,,第1批', HEAD, W_ROW]],
    ['a title stating the indicator’s unit', ['2025年房间空调器抽检结果,,,单位：W', HEAD, W_ROW]],
    ['a units line in W naming the quantity', [HEAD, W_ROW, '（制冷量单位：W）,,,', W_ROW]],
    ['a continuation title without a unit', [HEAD, W_ROW, '表1（续）,,,', HEAD, W_ROW]],
    ['a 单位 column holding W', [`${HEAD},单位`, `${W_ROW},W`]],
    ['a 单位 column holding a company', [`${HEAD},单位`, `${W_ROW},某某电器有限公司`]],
    ['注：制冷量以W计', ['注：制冷量以W计', HEAD, W_ROW]],
  ];
  for (const [what, lines] of harmless)
    it(`${what}: read as before, Grade 1`, async () => {
      const run = await cli.run(['grade', '-r', AC, csv(...lines), '--format', 'json']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('"Grade 1"');
    });
});

describe.concurrent('W4: an .xlsx number whose format shows a unit is read in that unit', () => {
  const formatted = async (format: string, value: number) => {
    const book = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('数据');
      ws.addRow(HEAD.split(','));
      ws.addRow(['K1', '热泵型', value, 4.6]);
      ws.getCell('C2').numFmt = format;
    });
    const path = join(temp(), `fmt-${format.replace(/\W/gu, '_')}-${value}.xlsx`);
    writeFileSync(path, book);
    return path;
  };

  for (const format of ['0.0" kW"', '0.0"千瓦"', '0.0"KW"', '0.0\\k\\W'])
    it(`${format}: refused as the text cell 5.0kW is, never Grade 2`, async () => {
      const run = await cli.run(['grade', '-r', AC, await formatted(format, 5), '--format', 'json']);
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain('"Grade 2"');
      expect(run.stdout).toContain('and the indicator is in W: convert it and write 5000');
      expect(run.stdout).toContain('cell C2');
    });

  for (const format of ['0" W"', '0"台"', '0.0', '#,##0'])
    it(`${format}: 5000 read as W, Grade 1`, async () => {
      const run = await cli.run(['grade', '-r', AC, await formatted(format, 5000), '--format', 'json']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('"Grade 1"');
    });
});

describe.concurrent('W7: a units row written as a multiplier is a units row in another unit', () => {
  for (const line of [',,10³ W,', ',,x1000,', ',,X1000,', ',,×10³,', ',,10^3 W,'])
    for (const where of ['under the header', 'in mid-table'] as const)
      it(`${line} ${where}: exit 2, nothing graded in W`, async () => {
        const lines = where === 'under the header' ? [HEAD, line, ROW] : [HEAD, W_ROW, line, ROW];
        const run = await cli.run(['grade', '-r', AC, csv(...lines)]);
        expect(run.code).toBe(2);
        expect(run.stdout).not.toContain('Grade 2');
        expect(run.stderr).toContain('but the indicator ratedCoolingCapacity');
      });

  it('the message names 10³ W as 10^3 W, not "103 W" (hostile-27 M3)', async () => {
    const run = await cli.run(['--lang', 'en', 'grade', '-r', AC, csv(HEAD, ',,10³ W,', ROW)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the unit 10^3 W');
    expect(run.stderr).not.toContain('103 W');
  });

  it('.xlsx: 10³ W under the header is exit 2', async () => {
    const file = await xlsx(HEAD.split(','), ['', '', '10³ W', ''], ['K1', '热泵型', 5, 4.6]);
    const run = await cli.run(['grade', '-r', AC, file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('but the indicator ratedCoolingCapacity');
  });

  it('a record with a value 103 under the header is still a record', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      csv(HEAD, 'K1,热泵型,5000,4.6', 'K2,热泵型,103,4.6'),
      '--format',
      'json',
    ]);
    // Read as a record: K2's 103 W is then below the AC rule set's plausible range (exit 1), not a units row (exit 2).
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('"Grade 1"');
    expect(run.stdout).toContain('"implausible"');
  });
});

describe.concurrent('W5 + M1: a unit on an indicator with none (APF) is refused with the convert advice', () => {
  const APF_HEAD = (apf: string) => `型号,机组类型,额定制冷量 CC,${apf}`;
  for (const header of ['APF(%)', 'APF %', '全年能源消耗效率 APF(%)', '全年能源消耗效率 APF/kW'])
    it(`header ${header}: exit 2, convert, not --map`, async () => {
      const run = await cli.run(['grade', '-r', AC, csv(APF_HEAD(header), 'K1,热泵型,3500,462')]);
      expect(run.code).toBe(2);
      expect(run.stdout).not.toContain('Grade');
      expect(run.stderr).toContain('but the indicator apf');
      expect(run.stderr).toContain('has no unit');
      expect(run.stderr).toContain('convert the values');
      expect(run.stderr).not.toContain('add --map');
    });

  for (const line of [',,W,%', ',,W,kW'])
    it(`units row ${line}: exit 2`, async () => {
      const run = await cli.run(['grade', '-r', AC, csv(HEAD, line, 'K1,热泵型,3500,462')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('has no unit');
    });

  it('.xlsx: units row W, % is exit 2', async () => {
    const file = await xlsx(HEAD.split(','), ['', '', 'W', '%'], ['K1', '热泵型', 3500, 462]);
    const run = await cli.run(['grade', '-r', AC, file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('has no unit');
  });

  it('zh: 没有单位', async () => {
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, csv(HEAD, ',,W,%', 'K1,热泵型,3500,4.62')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('没有单位');
    expect(run.stderr).toContain('无单位数值');
  });

  for (const line of [',,W,Wh/Wh', ',,W,W/W', ',,W,kWh/kWh', ',,W,W·h/(W·h)', ',,W,—'])
    it(`units row ${line} (a ratio, or none): read, Grade 1`, async () => {
      const run = await cli.run([
        'grade',
        '-r',
        AC,
        csv(HEAD, line, 'K1,热泵型,3500,5.4'),
        '--format',
        'json',
      ]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('"Grade 1"');
    });
});

describe.concurrent('W6: a header again whose columns differ from the first stops with a usage error', () => {
  const cases: [string, string[]][] = [
    [
      'columns swapped',
      [HEAD, W_ROW, '型号,机组类型,全年能源消耗效率 APF,额定制冷量 CC', 'K2,热泵型,4.2,5000'],
    ],
    [
      'CC in kW',
      [
        '型号,机组类型,额定制冷量 CC/W,全年能源消耗效率 APF',
        W_ROW,
        '型号,机组类型,额定制冷量 CC/kW,全年能源消耗效率 APF',
        ROW,
      ],
    ],
  ];
  for (const [what, lines] of cases)
    it(`${what}: exit 2 naming line 3`, async () => {
      const run = await cli.run(['grade', '-r', AC, csv(...lines)]);
      expect(run.code).toBe(2);
      expect(run.stdout).not.toContain('Grade');
      expect(run.stderr).toContain(
        "line 3 is a header again, but its columns differ from the first header's",
      );
    });

  it('zh', async () => {
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, csv(...cases[0]![1])]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('第 3 行是又一个表头，但它的列与第一个表头不同');
  });

  // The .xlsx reader asks the same question of each row (fix-input-27): page 2 of a sheet.
  const row = (line: string) => line.split(',').map((c) => (/^[\d.]+$/u.test(c) ? Number(c) : c));
  for (const [what, lines] of cases)
    it(`.xlsx, ${what}: exit 2 naming row 3`, async () => {
      const run = await cli.run(['grade', '-r', AC, await xlsx(...lines.map(row))]);
      expect(run.code).toBe(2);
      expect(run.stdout).not.toContain('Grade');
      expect(run.stderr).toContain(
        `sheet "数据" row 3 is a header again, but its columns differ from the first header's (column C "${lines[2]!.split(',')[2]}"`,
      );
    });

  it('.xlsx, zh: the columns by their letters', async () => {
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, await xlsx(...cases[0]![1].map(row))]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '工作表“数据”第 3 行是又一个表头，但它的列与第一个表头不同（C 列“全年能源消耗效率 APF”',
    );
  });

  for (const again of [
    HEAD,
    '型号,机组类型,额定制冷量 CC/W,全年能源消耗效率 APF',
    'Model,Unit type,Rated cooling capacity (CC),APF',
  ])
    it(`.xlsx, the same columns again (${again}): read as before, 2 × Grade 1`, async () => {
      const run = await cli.run([
        'grade',
        '-r',
        AC,
        await xlsx(...[HEAD, W_ROW, again, W_ROW].map(row)),
        '--format',
        'json',
      ]);
      expect(run.code).toBe(0);
      expect(run.stdout.match(/"Grade 1"/gu)?.length).toBe(2);
    });

  it('.xlsx: one indicator named again in another column (a remark row) is no header: read as before', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      '--format',
      'json',
      await xlsx(...[HEAD, W_ROW, 'K2,热泵型,全年能源消耗效率 APF,', W_ROW].map(row)),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('header again');
  });

  for (const again of [HEAD, '型号,机组类型,额定制冷量 CC/W,全年能源消耗效率 APF'])
    it(`the same columns again (${again}): read as before, 2 × Grade 1`, async () => {
      const run = await cli.run(['grade', '-r', AC, csv(HEAD, W_ROW, again, W_ROW), '--format', 'json']);
      expect(run.code).toBe(0);
      expect(run.stdout.match(/"Grade 1"/gu)?.length).toBe(2);
    });
});

// hostile-27 W4: K1 12000 Btu/h = 3517 W is Grade 3 (≤ 4500 W, APF 4.3 ≥ 4.00); read as 12000 W it would be
// Grade 1 ((7100, 14000], 4.3 ≥ 4.20). A unit stated in these places stops the run (exit 2), as a title's does.
describe.concurrent('hostile-27 W4: a unit stated in a header cell, a quantity-unit column, a footnote, a bracket', () => {
  const BTU_HEAD = '样品编号,机组类型,额定制冷量,全年能源消耗效率 APF';
  const cases: [string, string[]][] = [
    ['a header cell over an empty column', [`${BTU_HEAD},单位：Btu/h`, 'K1,热泵型,12000,4.3,']],
    [
      'a 制冷量单位 column',
      ['样品编号,机组类型,额定制冷量,制冷量单位,全年能源消耗效率 APF', 'K1,热泵型,12000,Btu/h,4.3'],
    ],
    ['a footnote after the data', [BTU_HEAD, 'K1,热泵型,12000,4.3', '注：额定制冷量单位为Btu/h,,,']],
    ['a title （制冷量：Btu/h）', ['2025年抽检（制冷量：Btu/h）,,,', BTU_HEAD, 'K1,热泵型,12000,4.3']],
    [
      'a continuation title with the unit on its right',
      [BTU_HEAD, 'K0,热泵型,3500,5.0', '2025年抽检（续）,,,单位：Btu/h', BTU_HEAD, 'K1,热泵型,12000,4.3'],
    ],
  ];
  for (const [where, lines] of cases)
    it(`${where}: exit 2 naming Btu/h, never Grade 1`, async () => {
      const run = await cli.run(['--lang', 'en', 'grade', '-r', AC, '-f', 'ndjson', csv(...lines)]);
      expect(run.code).toBe(2);
      expect(run.stdout).not.toContain('"1"');
      expect(run.stderr).toContain('states the unit Btu/h');
    });

  it('.xlsx: the header cell 单位：Btu/h is exit 2 too (zh)', async () => {
    const file = await xlsx([...BTU_HEAD.split(','), '单位：Btu/h'], ['K1', '热泵型', 12000, 4.3]);
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('表头单元格“单位：Btu/h”');
  });

  it('.xlsx: a continuation title with the unit on its right is exit 2', async () => {
    const head = BTU_HEAD.split(',');
    const file = await xlsx(
      head,
      ['K0', '热泵型', 3500, 5.0],
      ['2025年抽检（续）', '', '', '单位：Btu/h'],
      head,
      ['K1', '热泵型', 12000, 4.3],
    );
    const run = await cli.run(['--lang', 'en', 'grade', '-r', AC, file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('states the unit Btu/h');
  });

  it('a two-cell row with a sample id and an organisation (K9,受检单位：某公司) stays a record', async () => {
    const run = await cli.run([
      '--lang',
      'en',
      'grade',
      '-r',
      AC,
      csv(`${BTU_HEAD},备注`, 'K1,热泵型,3500,5.0,', 'K9,,,,受检单位：某公司'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('2 records');
  });

  it('an organisation column (受检单位) is no unit column: graded in W as before', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      csv('样品编号,机组类型,额定制冷量,受检单位,全年能源消耗效率 APF', 'K1,热泵型,12000,某空调公司,4.3'),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"grade":"1"');
  });
});

// hostile-27 M5: a scale written as 10³W or after the unit (W×1000) was skipped as a note, K1's 5.0 read as 5 W (only
// the rule's plausible check stopped it). Stated in a title, a mid-table line or a footnote, it stops the run.
// hostile-27 M4: 单位：Btu/h in a title line's third cell gave the columns under it the unit h.
describe.concurrent('hostile-27 M4, M5: scaled units and a slashed unit in a title cell', () => {
  const cases: [string, string[], string][] = [
    ['a title 单位：10³W', ['单位：10³W,,,', HEAD, ROW], '10^3W'],
    ['a title 单位：W×1000', ['单位：W×1000,,,', HEAD, ROW], 'W×1000'],
    ['a title 单位：W × 1000 (spaces)', ['单位：W × 1000,,,', HEAD, ROW], 'W×1000'],
    ['a title 单位：10³ W (a space)', ['单位：10³ W,,,', HEAD, ROW], '10^3 W'],
    ['a mid-table line 单位：10³W', [HEAD, W_ROW, '单位：10³W,,,', ROW], '10^3W'],
    ['a mid-table line 单位：W×1000', [HEAD, W_ROW, '单位：W×1000,,,', ROW], 'W×1000'],
    ['a mid-table footnote 注：制冷量单位为10³W', [HEAD, W_ROW, '注：制冷量单位为10³W,,,', ROW], '10^3W'],
    ['a mid-table footnote 注：制冷量单位为kW', [HEAD, W_ROW, '注：制冷量单位为kW,,,', ROW], 'kW'],
    ['a units row W×1000', [HEAD, ',,W×1000,', ROW], 'W×1000'],
    [
      'a title with 单位：Btu/h in its third cell',
      ['2025年房间空调器抽检结果,,单位：Btu/h,', HEAD, ROW],
      'Btu/h',
    ],
    [
      'a title with 单位：kcal/h in its third cell',
      ['2025年房间空调器抽检结果,,单位：kcal/h,', HEAD, ROW],
      'kcal/h',
    ],
  ];
  for (const [where, lines, unit] of cases)
    it(`${where}: exit 2 naming ${unit}, nothing graded`, async () => {
      const run = await cli.run(['--lang', 'en', 'grade', '-r', AC, '-f', 'ndjson', csv(...lines)]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`unit ${unit}`);
      expect(run.stderr).toContain('but the indicator ratedCoolingCapacity');
      expect(run.stderr).not.toContain('in h,');
    });

  it('zh: the title line names itself and the scaled unit', async () => {
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, csv('单位：10³W,,,', HEAD, ROW)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('第 1 行（表头上方的标题）写明单位是 10^3W');
  });

  const harmless: [string, string[]][] = [
    ['a title 单位：W in its third cell', ['2025年房间空调器抽检结果,,单位：W,', HEAD, W_ROW]],
    ['a title 单位：W', ['单位：W,,,', HEAD, W_ROW]],
    ['a mid-table footnote 注：制冷量单位为W', [HEAD, W_ROW, '注：制冷量单位为W,,,', W_ROW]],
    ['a note with a year and a figure, no unit statement', [HEAD, W_ROW, '注：2025年抽检10批,,,', W_ROW]],
  ];
  for (const [what, lines] of harmless)
    it(`${what}: read as before, Grade 1`, async () => {
      const run = await cli.run(['grade', '-r', AC, csv(...lines), '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('"Grade 1"');
    });

  it('.xlsx: a title row 单位：10³W and a mid-table line 单位：W×1000 are exit 2', async () => {
    const title = await xlsx(['单位：10³W'], HEAD.split(','), ['K1', '热泵型', 5, 4.6]);
    const first = await cli.run(['--lang', 'en', 'grade', '-r', AC, title]);
    expect(first.code, first.stderr).toBe(2);
    expect(first.stderr).toContain('states the unit 10^3W');
    const mid = await xlsx(
      HEAD.split(','),
      ['K0', '热泵型', 5000, 4.6],
      ['单位：W×1000'],
      ['K1', '热泵型', 5, 4.6],
    );
    const second = await cli.run(['--lang', 'en', 'grade', '-r', AC, mid]);
    expect(second.code, second.stderr).toBe(2);
    expect(second.stderr).toContain('states the unit W×1000');
  });
});
