/**
 * enterprise-25: what an evaluation body is told about its sheet's own 总分 / 评价等级 and about a record's level.
 * F1: a disagreement names the enterprise (序号 + 企业名称) as the run's other lists do, says why when it is plain
 * (the level the total alone gives; a veto not applied), stderr lists five and "…（另有 k 处）", the HTML report and
 * the workbook every one; the JSON results keep their shape. F2: a level written short (`卓越`) is read when it is
 * the start of one label only; other cells are said, not passed over. F5: padded and common headers
 * (`总　分`, `得分合计`, `评价结果`, …) are checked; a column of grade names under another heading is said.
 * F4: a gap exact to three decimals is shown exact. F7: a veto that holds a record below its scores says what
 * they reach.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTERPRISE_ITEM_LABELS } from '../enterprise-items';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const ENT = 'enterprise/quality-management-capability';
const ITEMS = ENTERPRISE_ITEM_LABELS;
const VETO = '近三年发生重大质量事故';

let files = 0;
function file(ext: string, ...lines: string[]): string {
  const path = join(temp(), `${++files}.${ext}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
const csv = (...lines: string[]) => file('csv', ...lines);

/** 13 item scores: every item `n`, or the four dimensions' items as given (4, 3, 3, 3). */
function items(n: number | number[]): string {
  return (Array.isArray(n) ? n : ITEMS.map(() => n)).join(',');
}
const HEADER = `序号,企业名称,${ITEMS.join(',')},${VETO},总分,评价等级`;
/** One enterprise: 序号, name, its items, the veto cell, then the sheet's own 总分 and 评价等级. */
function row(
  no: number,
  name: string,
  scores: number | number[],
  veto: string,
  total: string,
  level: string,
): string {
  return `${no},${name},${items(scores)},${veto},${total},${level}`;
}

/** QMS effectiveness 60, the rest 95: 检验级 by its weakest dimension, 预防级 by the total (18 + 66.5 = 84.5). */
const WEAK_QMS = [60, 60, 60, 60, ...Array(9).fill(95)];

/** Eight enterprises, seven of whose 评价等级 disagree: a total-only level, a veto not applied, five plain. */
function disagreeing(): string {
  return csv(
    HEADER,
    row(1, '甲', 90, '否', '90', '卓越级'),
    row(2, '乙', WEAK_QMS, '否', '84.5', '预防级'),
    row(3, '丙', 92, '是', '92', '卓越级'),
    ...[4, 5, 6, 7, 8].map((i) => row(i, `企业${i}`, 70, '否', '70', '预防级')),
  );
}

describe.concurrent('enterprise-25 F1: disagreements name the enterprise, say why, and are all reachable', () => {
  it('stderr: 序号 + 企业名称, why when plain, the first five and …（另有 2 处） (zh, en)', async () => {
    const path = disagreeing();
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain(
      '列“评价等级”与计算结果不一致 7 处（共核对 8 处；该列未作为输入读取）：' +
        '序号 2 乙：预防级 ≠ 检验级（按总分即为预防级：表中未按最弱维度封顶），' +
        '序号 3 丙：卓越级 ≠ 检验级（表中未按“近三年发生重大质量事故”封顶于检验级），' +
        '序号 4 企业4：预防级 ≠ 保证级，序号 5 企业5：预防级 ≠ 保证级，序号 6 企业6：预防级 ≠ 保证级，…（另有 2 处）',
    );
    expect(zh.stderr).not.toContain('序号 7 企业7');
    expect(zh.stderr).not.toMatch(/第 \d+ 行/);
    // The table beside it names the same enterprises the same way.
    expect(zh.stdout).toMatch(/^2\s+乙\s+检验级/m);
    const en = await cli.run(['grade', '-r', ENT, path]);
    expect(en.stderr).toContain(
      'column "评价等级" disagrees with the computed grade in 7 of 8 rows (the column is not read as an input): ' +
        'row 2 乙: 预防级 ≠ Inspection (the total alone gives Prevention: the sheet missed the weakest-dimension cap), ' +
        'row 3 丙: 卓越级 ≠ Inspection (the sheet did not apply the cap of "Major quality incident in the last three years" at Inspection), ' +
        'row 4 企业4: 预防级 ≠ Assurance',
    );
    expect(en.stderr).toContain('row 6 企业6: 预防级 ≠ Assurance, … (2 more)');
  });

  it('the HTML report and the workbook list every disagreement; the NDJSON records are as without the columns', async () => {
    const path = disagreeing();
    const html = join(temp(), `${++files}.html`);
    const page = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'html', '-o', html, path]);
    expect(page.code).toBe(0);
    const text = readFileSync(html, 'utf8');
    for (const i of [4, 5, 6, 7, 8]) expect(text).toContain(`序号 ${i} 企业${i}：预防级 ≠ 保证级`);
    expect(text).not.toContain('另有 2 处');
    // stderr of the same run still names five.
    expect(page.stderr).toContain('…（另有 2 处）');
    const book = join(temp(), `${++files}.xlsx`);
    expect((await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'xlsx', '-o', book, path])).code).toBe(
      0,
    );
    const summary = (await readBack(readFileSync(book)))[1]!;
    const notes = summary.rows.filter((r) => r[0] === '读取提示').map((r) => String(r[3]));
    const line = notes.find((n) => n.startsWith('列“评价等级”与计算结果不一致 7 处'));
    expect(line).toContain('序号 8 企业8：预防级 ≠ 保证级');
    expect(line).toContain('序号 3 丙：卓越级 ≠ 检验级（表中未按“近三年发生重大质量事故”封顶于检验级）');
    // Report-only: a JSON record carries no sheet value and no new field.
    const nd = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'ndjson', path]);
    const first = JSON.parse(nd.stdout.split('\n')[0]!);
    expect(first.kept).toEqual({ 企业名称: '甲' });
    expect(nd.stdout).not.toContain('评价等级');
  });

  it('a report lists 120 disagreements over lines of 50, each named once', async () => {
    const lines = [HEADER];
    for (let i = 1; i <= 120; i++) lines.push(row(i, `企业${i}`, 70, '否', '70', '卓越级'));
    const book = join(temp(), `${++files}.xlsx`);
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'xlsx', '-o', book, csv(...lines)]);
    expect(run.stderr).toContain('序号 5 企业5：卓越级 ≠ 保证级，…（另有 115 处）');
    const summary = (await readBack(readFileSync(book)))[1]!;
    const notes = summary.rows
      .filter((r) => r[0] === '读取提示')
      .map((r) => String(r[3]))
      .filter((n) => n.startsWith('列“评价等级”与计算结果不一致'));
    expect(notes).toHaveLength(3);
    expect(notes[1]).toMatch(/^列“评价等级”与计算结果不一致（续）：序号 51 企业51：/);
    const named = notes.join('').match(/序号 \d+ /g) ?? [];
    expect(new Set(named).size).toBe(120);
  });
});

describe.concurrent('enterprise-25 F2: a level written short', () => {
  it('the start of one label is read (卓越, 预防, 保证, Exc); A级 and Ex (Excellence or Experience) are said, / is let be', async () => {
    const path = csv(
      HEADER,
      row(1, '企业1', 95, '否', '95', '卓越'),
      row(2, '企业2', 70, '否', '70', '卓越'),
      row(3, '企业3', 85, '否', '85', '预防'),
      row(4, '企业4', 70, '否', '70', 'A级'),
      row(5, '企业5', 70, '否', '70', '/'),
      row(6, '企业6', 70, '否', '70', 'Ex'),
      row(7, '企业7', 95, '否', '95', 'Exc'),
      row(8, '企业8', 70, '否', '70', '保证'),
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain(
      '列“评价等级”与计算结果不一致 1 处（共核对 5 处；该列未作为输入读取）：序号 2 企业2：卓越 ≠ 保证级\n',
    );
    expect(zh.stderr).toContain(
      '列“评价等级”有 2 处不是等级名称，未核对（序号 4 企业4：A级，序号 6 企业6：Ex）',
    );
    expect(zh.stderr).not.toContain('企业5');
    const en = await cli.run(['grade', '-r', ENT, path]);
    expect(en.stderr).toContain(
      'column "评价等级": 2 cells are no grade name, not checked (row 4 企业4: A级, row 6 企业6: Ex)',
    );
  });
});

describe.concurrent('enterprise-25 F5: the sheet’s own columns under padded and common headers', () => {
  const pairs: [string, string][] = [
    ['总　分', '等　级'],
    ['得分合计', '评价结果'],
    ['合计得分', '评定结果'],
    ['加权总分', '等 级'],
    ['总分（满分100）', '评价等级'],
    ['总分数', '等级'],
  ];
  it.each(pairs)('%s and %s are checked', async (total, level) => {
    const path = csv(
      `企业名称,${ITEMS.join(',')},${total},${level}`,
      `甲,${items(70)},88,卓越级`,
      `乙,${items(70)},70,保证级`,
    );
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `列“${total}”与计算结果不一致 1 处（共核对 2 处；该列未作为输入读取）：序号 1 甲：88 ≠ 70`,
    );
    expect(run.stderr).toContain(
      `列“${level}”与计算结果不一致 1 处（共核对 2 处；该列未作为输入读取）：序号 1 甲：卓越级 ≠ 保证级`,
    );
  });

  it('an unread column of grade names under another heading is said (zh, en); a column of remarks is not', async () => {
    const path = csv(
      `企业名称,${ITEMS.join(',')},结论,备注`,
      `甲,${items(70)},卓越级,复核`,
      `乙,${items(95)},,保证级`,
      `丙,${items(70)},保证级,`,
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain(
      '列“结论”的单元格是等级名称，但未核对；如它是表中评定的等级，请将列标题写作“等级”或“评价等级”',
    );
    expect(zh.stderr).not.toContain('“备注”');
    const en = await cli.run(['grade', '-r', ENT, path]);
    expect(en.stderr).toContain('column "结论" holds grade names but was not checked');
    // A column of numbers is no column of grades, though the air conditioner's grade ids are 1 … 5.
    const ac = csv(
      '型号,unitType,ratedCoolingCapacity,apf,批次',
      'A,heat-pump,3500,4.62,1',
      'B,heat-pump,3500,5.2,2',
    );
    const batch = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      'home-appliances/room-air-conditioner-energy',
      ac,
    ]);
    expect(batch.code).toBe(0);
    expect(batch.stderr).not.toContain('等级名称');
  });
});

describe.concurrent('enterprise-25 F4, F7: explain', () => {
  // 质量管理体系有效性 (80, 80, 80, 79) / 4 = 79.75; 质量管理数字化 (75, 75, 70) / 3 = 73.333…;
  // 持续成功能力 85; 质量绩效 (2·69 + 63 + 75.5) / 4 = 69.125: 保证级, each short of 80.
  const scores = [80, 80, 80, 79, 75, 75, 70, 85, 85, 85, 69, 63, 75.5];

  it('a gap exact to three decimals is shown exact, whatever its size; a third to four digits (zh, en)', async () => {
    const path = csv(`企业名称,${ITEMS.join(',')}`, `甲,${items(scores)}`);
    const zh = await cli.run(['--lang', 'zh', 'explain', '-r', ENT, '--row', '1', path]);
    expect(zh.stdout).toContain('等级：保证级');
    expect(zh.stdout).toContain(
      '质量绩效 69.125，差 10.875 分达到 ≥ 80（预防级）；例如 产品质量水平 69 → 90.75',
    );
    expect(zh.stdout).toContain('质量管理体系有效性 79.75，差 0.25 分达到 ≥ 80（预防级）');
    expect(zh.stdout).toContain('质量管理数字化 73.333，差 6.667 分达到 ≥ 80（预防级）');
    const en = await cli.run(['explain', '-r', ENT, '--row', '1', path]);
    expect(en.stdout).toContain('Quality performance 69.125, 10.875 points short of ≥ 80 (Prevention)');
  });

  it('a veto holding a record below its scores says what they reach; all 40 with a veto says nothing of it', async () => {
    const path = csv(
      `企业名称,${ITEMS.join(',')},${VETO}`,
      `甲,${items(92)},是`,
      `乙,${items(40)},是`,
      `丙,${items(92)},否`,
    );
    const zh = await cli.run(['--lang', 'zh', 'explain', '-r', ENT, '--row', '1', path]);
    expect(zh.stdout).toContain('等级：检验级\n按得分可达卓越级；因近三年发生重大质量事故，封顶于检验级\n');
    const en = await cli.run(['explain', '-r', ENT, '--row', '1', path]);
    expect(en.stdout).toContain(
      'The scores alone reach Excellence; capped at Inspection by "Major quality incident in the last three years"',
    );
    const low = await cli.run(['--lang', 'zh', 'explain', '-r', ENT, '--row', '2', path]);
    expect(low.stdout).toContain('等级：经验级');
    expect(low.stdout).not.toContain('按得分可达');
    const clean = await cli.run(['--lang', 'zh', 'explain', '-r', ENT, '--row', '3', path]);
    expect(clean.stdout).toContain('等级：卓越级');
    expect(clean.stdout).not.toContain('按得分可达');
    // The workbook's explanation column says it too.
    const book = join(temp(), `${++files}.xlsx`);
    expect((await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'xlsx', '-o', book, path])).code).toBe(
      0,
    );
    const results = (await readBack(readFileSync(book)))[0]!;
    const cells = results.rows.map((r) => r.map(String).join('|'));
    expect(cells.find((c) => c.includes('甲'))).toContain(
      '按得分可达卓越级；因近三年发生重大质量事故，封顶于检验级。距保证级：',
    );
    expect(cells.find((c) => c.includes('乙'))).not.toContain('按得分可达');
    // And the HTML report's record view, once: 甲 only.
    const html = join(temp(), `${++files}.html`);
    expect((await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'html', '-o', html, path])).code).toBe(
      0,
    );
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<p>按得分可达卓越级；因近三年发生重大质量事故，封顶于检验级</p>');
    expect(page.split('按得分可达')).toHaveLength(2);
  });
});
