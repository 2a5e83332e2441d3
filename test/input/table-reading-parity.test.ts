/**
 * The same bytes through gradeFile (a temporary file) and gradeSample (in memory): one header stage
 * (src/input/table-reading.ts) reads both, so a hostile table gets the same grades, the same error rows and the
 * same notices from either (session 35: `APF,apf` graded one column in gradeSample while gradeFile refused it).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeSample, type SampleOptions } from '../../src/browser';
import { createGrader, type GradeResult, gradeFile, loadRuleSet, QgradeError } from '../../src/index';
import { exceljsWorkbook } from './xlsx/workbook-fixtures';

const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
const dir = mkdtempSync(join(tmpdir(), 'qgrade-parity-'));

/** What a reading gave: the results, or the error it stopped with; and every notice, in English. */
interface Outcome {
  results?: GradeResult[];
  error?: { code: string; en: string; zh: string };
  notices: string[];
}

function failed(error: unknown): Outcome['error'] {
  if (!(error instanceof QgradeError)) throw error;
  return { code: error.code, en: error.text?.en ?? '', zh: error.text?.zh ?? '' };
}

async function viaFile(bytes: Uint8Array, file: string, options: SampleOptions): Promise<Outcome> {
  const path = join(dir, file);
  writeFileSync(path, bytes);
  const notices: string[] = [];
  const { name: _, ...rest } = options;
  try {
    const results: GradeResult[] = [];
    for await (const r of gradeFile(grader, path, { ...rest, onNotice: (t) => notices.push(t.en) }))
      results.push(r);
    return { results, notices };
  } catch (error) {
    return { error: failed(error), notices };
  }
}

async function viaSample(bytes: Uint8Array, file: string, options: SampleOptions): Promise<Outcome> {
  const notices: string[] = [];
  try {
    const graded = await gradeSample(grader, bytes, {
      ...options,
      name: join(dir, file),
      onNotice: (t) => notices.push(t.en),
    });
    return { results: graded.map((g) => g.result), notices };
  } catch (error) {
    return { error: failed(error), notices };
  }
}

/** Both readings of `bytes`, checked equal; the one outcome returned for the case's own expectations. */
async function parity(
  bytes: Uint8Array | string,
  file: string,
  options: SampleOptions = {},
): Promise<Outcome> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const fromFile = await viaFile(data, file, options);
  const fromSample = await viaSample(data, file, options);
  expect(fromSample).toEqual(fromFile);
  return fromFile;
}

const grades = (o: Outcome) => o.results?.map((r) => r.grade);
const errorCodes = (o: Outcome) => o.results?.map((r) => (r.errors ?? []).map((e) => e.code));

describe('gradeFile and gradeSample read a hostile table alike (one header stage)', () => {
  it('near-duplicate headers APF,apf are refused by both, with one message', async () => {
    const o = await parity('unitType,ratedCoolingCapacity,APF,apf\nheat-pump,2600,5.27,4.1\n', 'apf.csv');
    expect(o.error?.code).toBe('input');
    expect(o.error?.en).toContain('APF');
  });

  it('a first line that is a record (no header, hostile-37 C1) is refused by both, with one message', async () => {
    const o = await parity('   \nS1,heat-pump,3500,4.62\n', 'no-header.csv');
    expect(o.error?.code).toBe('input');
    expect(o.error?.en).toContain('the first line looks like a record');
  });

  it('apf,APF（W/W） are refused by both', async () => {
    const o = await parity(
      'unitType,ratedCoolingCapacity,apf,APF（W/W）\nheat-pump,2600,5.27,4.1\n',
      'apfww.csv',
    );
    expect(o.error?.code).toBe('input');
  });

  it('a map to an indicator that does not exist is a usage error from both', async () => {
    const o = await parity('unitType,额定制冷量,apf\nheat-pump,2600,5.27\n', 'map.csv', {
      map: { 额定制冷量: 'ratedCoolingCapacty' },
    });
    expect(o.error?.code).toBe('usage');
    expect(o.error?.en).toContain('ratedCoolingCapacty');
  });

  it('a units row under the header is read as units, said alike', async () => {
    const o = await parity(
      '机组类型,额定制冷量,全年能源消耗效率 APF\n,W,W/W\nheat-pump,2600,5.27\nheat-pump,3500,4.62\n',
      'units.csv',
    );
    expect(grades(o)).toEqual(['1', '2']);
    expect(o.notices.some((n) => n.includes('units'))).toBe(true);
  });

  it('a column close to an indicator is pointed at alike', async () => {
    const o = await parity('机组类型,额定制冷量 cc,全年能源消耗效率 APF\nheat-pump,2600,5.27\n', 'close.csv');
    expect(
      o.notices.some((n) => n.includes('"额定制冷量 cc" is close to the indicator ratedCoolingCapacity')),
    ).toBe(true);
    expect(errorCodes(o)?.[0]?.length).toBeGreaterThan(0);
  });

  it("a defaulted indicator's column empty in every row: its default stood in, said at the end alike", async () => {
    const o = await parity(
      '机组类型,额定制冷量,全年能源消耗效率 APF,风冷式\nheat-pump,2600,5.27,\nheat-pump,3500,4.62,\n',
      'empty-default.csv',
    );
    expect(grades(o)).toEqual(['1', '2']);
    expect(o.notices.at(-1)).toContain(
      'is empty in every record: every record takes its default, airCooled = yes',
    );
  });

  it('a sign-off row of notes is left out, and said so, alike', async () => {
    const o = await parity(
      '型号,机组类型,额定制冷量,全年能源消耗效率 APF\nK1,heat-pump,2600,5.27\n制表：质检站,,,\n',
      'signoff.csv',
    );
    expect(grades(o)).toEqual(['1']);
    expect(o.notices.some((n) => n.includes('notes'))).toBe(true);
  });

  it('a kept column is carried alike', async () => {
    const o = await parity(
      '型号,机组类型,额定制冷量,全年能源消耗效率 APF\nK1,heat-pump,2600,5.27\n',
      'kept.csv',
      { keep: ['型号'] },
    );
    expect(o.results?.[0]?.kept).toEqual({ 型号: 'K1' });
  });

  it('a kept column that the header reads as an indicator is carried, alike (gradeSample refused it: no column)', async () => {
    const o = await parity(
      '型号,机组类型,额定制冷量,全年能源消耗效率 APF\nK1,heat-pump,2600,5.270\n',
      'kept-indicator.csv',
      { keep: ['全年能源消耗效率 APF'] },
    );
    expect(o.results?.[0]?.kept).toEqual({ '全年能源消耗效率 APF': '5.27' });
  });

  it('a column neither read nor kept that says a defaulted indicator is not its default: invalid alike', async () => {
    const o = await parity(
      '机组类型,额定制冷量,全年能源消耗效率 APF,机型\nheat-pump,2600,5.27,移动式\n',
      'unread.csv',
    );
    expect(grades(o)).toEqual([null]);
  });

  it('UTF-8 bytes named gb18030 with a Chinese header: read as UTF-8, said so, alike', async () => {
    const o = await parity(
      '型号,机组类型,额定制冷量,全年能源消耗效率 APF\nK1,heat-pump,2600,5.27\n',
      'utf8-zh.csv',
      {
        encoding: 'gb18030',
      },
    );
    expect(grades(o)).toEqual(['1']);
    expect(o.notices[0]).toContain('read as UTF-8, not as gb18030');
  });

  it('UTF-8 bytes named gb18030 under an ASCII header, Chinese cells: never graded as mojibake: refused from a file, read as UTF-8 from a sample', async () => {
    // Both readings of the ASCII header name the indicators, so neither path reads the bytes as UTF-8 instead.
    const bytes = new TextEncoder().encode(
      'model,unitType,ratedCoolingCapacity,apf\n空调1,heat-pump,2600,5.27\n',
    );
    const options: SampleOptions = { encoding: 'gb18030', keep: ['model'] };
    // gradeFile and the CLI refuse (hostile-35 W2): the file's user can drop the encoding.
    const fromFile = await viaFile(bytes, 'utf8-ascii.csv', options);
    expect(fromFile.error).toEqual({
      code: 'usage',
      en: `${join(dir, 'utf8-ascii.csv')}: the file is UTF-8 (its bytes are valid UTF-8 and read so hold Chinese); read as gb18030 its Chinese cells would be mojibake and graded wrongly, so nothing is graded: drop encoding: 'gb18030'`,
      zh: `${join(dir, 'utf8-ascii.csv')}：文件是 UTF-8（其字节是有效的 UTF-8，按 UTF-8 读取是中文），按 gb18030 读取其中文单元格会成为乱码并被错误评级，因此不评级：请去掉 encoding: 'gb18030'`,
    });
    // gradeSample cannot be told per upload (a service may name gb18030 for every one): it reads the UTF-8 it
    // is, and says so.
    const fromSample = await viaSample(bytes, 'utf8-ascii.csv', options);
    expect(grades(fromSample)).toEqual(['1']);
    expect(fromSample.results?.[0]?.kept).toEqual({ model: '空调1' });
    expect(fromSample.notices).toContain(
      `${join(dir, 'utf8-ascii.csv')}: read as UTF-8, not as gb18030: its bytes are valid UTF-8 and hold Chinese read so; read as gb18030 its Chinese cells would be mojibake (for UTF-8 files drop encoding: 'gb18030')`,
    );
  });

  it('a byte-order mark is not text, alike, whatever the encoding says', async () => {
    const bom = '\uFEFF型号,机组类型,额定制冷量,全年能源消耗效率 APF\nK1,heat-pump,2600,5.27\n';
    const o = await parity(bom, 'bom.csv');
    expect(grades(o)).toEqual(['1']);
    const named = await parity(bom, 'bom.csv', { encoding: 'gb18030' });
    expect(named).toEqual(o);
    // A header that names nothing: no "drop the encoding" hint either, the mark having decided it.
    const none = await parity('\uFEFFa,b\n1,2\n', 'bom-none.csv', { encoding: 'gb18030' });
    expect(none.notices.some((n) => n.includes('looks UTF-8'))).toBe(false);
  });

  it('a separator that is not the format’s is hinted alike', async () => {
    const o = await parity(
      '机组类型;额定制冷量;全年能源消耗效率 APF\nheat-pump;2600;5.27\n',
      'semicolon.csv',
    );
    expect(o.notices.length).toBeGreaterThan(0);
  });

  it('a header below two title lines (检测中心, a date line): found as the .xlsx reader finds it, alike', async () => {
    const text =
      '某某检测中心 检验报告,,,\n报告日期：2025-06-01,,,\n型号,机组类型,额定制冷量,全年能源消耗效率 APF\nK1,heat-pump,2600,5.27\nK2,heat-pump,3500,4.62\n';
    const o = await parity(text, 'title.csv', { keep: 'auto' });
    expect(grades(o)).toEqual(['1', '2']);
    expect(o.results?.[0]?.kept).toEqual({ 型号: 'K1' });
    expect(o.notices.some((n) => n.includes('seems to be the header'))).toBe(false);
    // The same sheet as .xlsx: the same grades and the same notices but for the name.
    const bytes = await exceljsWorkbook((wb) => {
      const sheet = wb.addWorksheet('样品');
      sheet.addRow(['某某检测中心 检验报告']);
      sheet.addRow(['报告日期：2025-06-01']);
      sheet.addRow(['型号', '机组类型', '额定制冷量', '全年能源消耗效率 APF']);
      sheet.addRow(['K1', 'heat-pump', 2600, 5.27]);
      sheet.addRow(['K2', 'heat-pump', 3500, 4.62]);
    });
    const x = await parity(bytes, 'title.xlsx', { keep: 'auto' });
    expect(x.results).toEqual(o.results);
    expect(x.notices.map((n) => n.replaceAll('title.xlsx', 'title.csv'))).toEqual(o.notices);
  });

  it('a header past the lines searched (11 note lines): where the header seems to be, said alike', async () => {
    const notes = Array.from({ length: 11 }, (_, i) => `注 ${i},,`).join('\n');
    const o = await parity(
      `${notes}\n机组类型,额定制冷量,全年能源消耗效率 APF\nheat-pump,2600,5.27\n`,
      'late.csv',
    );
    expect(o.notices.some((n) => n.includes('line 12 gives 3'))).toBe(true);
  });

  it('an .xlsx with a title row above the header is read alike', async () => {
    const bytes = await exceljsWorkbook((wb) => {
      const sheet = wb.addWorksheet('样品');
      sheet.addRow(['2025 年房间空调器能效抽检结果']);
      sheet.addRow(['型号', '机组类型', '额定制冷量', '全年能源消耗效率 APF']);
      sheet.addRow(['K1', 'heat-pump', 2600, 5.27]);
      sheet.addRow(['K2', 'heat-pump', 3500, 4.62]);
    });
    const o = await parity(bytes, 'title.xlsx', { keep: 'auto' });
    expect(grades(o)).toEqual(['1', '2']);
    expect(o.results?.[0]?.kept).toEqual({ 型号: 'K1' });
  });

  it('an .xlsx kept column that the header reads as an indicator is carried alike', async () => {
    const bytes = await exceljsWorkbook((wb) => {
      const sheet = wb.addWorksheet('样品');
      sheet.addRow(['型号', '机组类型', '额定制冷量', '全年能源消耗效率 APF']);
      sheet.addRow(['K1', 'heat-pump', 2600, 5.27]);
    });
    const o = await parity(bytes, 'kept-indicator.xlsx', { keep: ['全年能源消耗效率 APF'] });
    expect(grades(o)).toEqual(['1']);
    expect(Object.keys(o.results?.[0]?.kept ?? {})).toEqual(['全年能源消耗效率 APF']);
  });

  it('an .xlsx with near-duplicate columns is refused alike', async () => {
    const bytes = await exceljsWorkbook((wb) => {
      const sheet = wb.addWorksheet('样品');
      sheet.addRow(['unitType', 'ratedCoolingCapacity', 'APF', 'apf']);
      sheet.addRow(['heat-pump', 2600, 5.27, 4.1]);
    });
    const o = await parity(bytes, 'apf.xlsx');
    expect(o.error?.code).toBe('input');
  });
});
