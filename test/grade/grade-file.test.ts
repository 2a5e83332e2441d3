import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors/usage-error';
import {
  createGrader,
  type GradeFileOptions,
  type GradeResult,
  gradeFile,
  loadRuleSet,
  QgradeError,
} from '../../src/index';
import { expectValidResult } from '../helpers';
import { tempDir } from '../temp-dir';

const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
const examples = new URL('../../examples/', import.meta.url).pathname;

async function all(results: AsyncIterable<GradeResult>): Promise<GradeResult[]> {
  const out: GradeResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe('gradeFile: a file graded as a stream from the library, read as the CLI reads it', () => {
  it('grades a Chinese-headed CSV with a column mapping; bad rows are error rows in place', async () => {
    const results = await all(
      gradeFile(grader, join(examples, 'air-conditioners-zh.csv'), {
        map: { ' 额定制冷量 ': 'ratedCoolingCapacity' },
      }),
    );
    results.forEach(expectValidResult);
    expect(results.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Row 3 has full-width digits (５０００, ３．９５): converted, graded 3 by APF 3.95 in the 4500–7100 W band.
    expect(results.map((r) => r.grade)).toEqual(['1', '2', '3', '2', null, null, null, null, '4']);
    expect(results[4]!.errors).toMatchObject([{ field: 'ratedCoolingCapacity' }]);
    expect(results[6]!.errors).toMatchObject([{ code: 'unreadable' }]);
  });

  it('without the mapping, 额定制冷量 is read as the label 额定制冷量 CC without its symbol; 额定制冷 is not read', async () => {
    const results = await all(gradeFile(grader, join(examples, 'air-conditioners-zh.csv')));
    expect(results.map((r) => r.grade)).toEqual(['1', '2', '3', '2', null, null, null, null, '4']);
    const text = readFileSync(join(examples, 'air-conditioners-zh.csv'), 'utf8').replace(
      '额定制冷量',
      '额定制冷',
    );
    const path = join(tempDir('grade-file'), 'short.csv');
    writeFileSync(path, text);
    const short = await all(gradeFile(grader, path));
    expect(short).toHaveLength(9);
    expect(short.every((r) => r.grade === null)).toBe(true);
  });

  it('reads NDJSON by extension and a JSON array by content', async () => {
    const dir = tempDir('grade-file');
    const record = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.5 };
    writeFileSync(join(dir, 'a.ndjson'), `${JSON.stringify(record)}\n\nnot json\n`);
    writeFileSync(join(dir, 'records'), JSON.stringify([record, { ...record, apf: 4.49 }]));
    expect((await all(gradeFile(grader, join(dir, 'a.ndjson')))).map((r) => [r.row, r.grade])).toEqual([
      [1, '2'],
      [2, null],
    ]);
    expect((await all(gradeFile(grader, join(dir, 'records')))).map((r) => r.grade)).toEqual(['2', '3']);
  });

  it('maxRecordLength turns a longer line into an error row', async () => {
    const dir = tempDir('grade-file');
    const record = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.5 };
    writeFileSync(
      join(dir, 'b.ndjson'),
      `${JSON.stringify({ ...record, note: 'x'.repeat(100) })}\n${JSON.stringify(record)}\n`,
    );
    const results = await all(gradeFile(grader, join(dir, 'b.ndjson'), { maxRecordLength: 100 }));
    expect(results.map((r) => r.grade)).toEqual([null, '2']);
    expect(results[0]!.errors).toMatchObject([{ code: 'unreadable' }]);
  });

  it('its usage errors name the options as the caller wrote them, not the CLI flags', async () => {
    const csv = join(examples, 'air-conditioners-zh.csv');
    const refused = async (
      path: string,
      options: GradeFileOptions,
      code: 'usage' | 'input' = 'usage',
    ): Promise<UsageError> => {
      const error = await all(gradeFile(grader, path, options)).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UsageError);
      expect((error as QgradeError).code).toBe(code);
      return error as UsageError;
    };
    const map = await refused(csv, { map: { apf: 'apff' } });
    expect(map.message).toBe(
      'options.map { "apf": "apff" }: the rule set has no indicator "apff"; did you mean "apf"? (the rule set\'s indicators: unitType, ratedCoolingCapacity, airCooled, hermeticCompressor, climateType, unitConfiguration, apf, seer)',
    );
    expect(map.text.zh).toBe(
      'options.map { "apf": "apff" }：规则集没有名为“apff”的指标，是否要写“apf”？（规则集的指标：“unitType”、“ratedCoolingCapacity”、“airCooled”、“hermeticCompressor”、“climateType”、“unitConfiguration”、“apf”、“seer”）',
    );
    // A column the data lacks is the data's fault: code `input` (developer-35 M3).
    expect((await refused(csv, { map: { 额定制冷: 'ratedCoolingCapacity' } }, 'input')).message).toMatch(
      /^options\.map \{ "额定制冷": "ratedCoolingCapacity" \}: .* has no column "额定制冷"; did you mean "额定制冷量"\?$/,
    );
    // A workbook and a Parquet file name it so too (their headers are read by readers of their own).
    for (const file of ['air-conditioners-zh.xlsx', 'room-air-conditioners.parquet']) {
      expect(
        (await refused(join(examples, file), { map: { 额定制冷: 'ratedCoolingCapacity' } }, 'input')).message,
      ).toMatch(/^options\.map \{ "额定制冷": "ratedCoolingCapacity" \}: .* has no column "额定制冷"/);
    }
    expect((await refused(csv, { keep: ['nope'] }, 'input')).message).toMatch(
      /^options\.keep \["nope"\]: the input has no column "nope"/,
    );
    const dir = tempDir('grade-file');
    writeFileSync(join(dir, 'gbk.csv'), Buffer.from([0x41, 0x0a, 0xc4, 0xe3, 0x0a]));
    // Bytes not in the encoding are the file's fault, not the call's: code input (developer-34 M5).
    const utf8 = await refused(join(dir, 'gbk.csv'), {}, 'input');
    expect(utf8.message).toContain("add encoding: 'gb18030'");
    expect(utf8.message).not.toContain('--');
    expect((await refused(csv, { encoding: 'latin-9x' })).message).toBe(
      "unknown encoding: 'latin-9x'; use utf-8, gb18030 (gbk), utf-16le or utf-16be",
    );
  });

  // scale-out-check-42: a damaged Parquet file was code `usage` where a damaged workbook is `input` (a service's 400).
  it('a file that is not Parquet (cut short, another format) is code input; a glob that matches none is usage', async () => {
    const dir = tempDir('grade-file');
    const whole = readFileSync(join(examples, 'room-air-conditioners.parquet'));
    writeFileSync(join(dir, 'cut.parquet'), whole.subarray(0, whole.length - 8));
    writeFileSync(join(dir, 'text.parquet'), 'model,apf\nA,4.62\n');
    const refusal = (path: string, options: GradeFileOptions = {}) =>
      all(gradeFile(grader, path, options)).then(
        () => undefined,
        (e: unknown) => e as QgradeError,
      );
    const cut = await refusal(join(dir, 'cut.parquet'));
    expect(cut).toBeInstanceOf(QgradeError);
    expect([cut?.code, cut?.name]).toEqual(['input', 'InputError']);
    expect(cut?.text?.en).toBe(
      `cannot read ${join(dir, 'cut.parquet')} as Parquet: Invalid Input Error: No magic bytes found at end of file '${join(dir, 'cut.parquet')}'`,
    );
    expect(cut?.text?.zh).toMatch(
      /^无法把 .*cut\.parquet 读作 Parquet：系统信息“Invalid Input Error: No magic bytes/,
    );
    expect((await refusal(join(dir, 'text.parquet')))?.code).toBe('input');
    // Read as Parquet, a JSON file is not Parquet either: its bytes, as a workbook's are with format 'xlsx'.
    const json = join(examples, 'room-air-conditioners.json');
    expect((await refusal(json, { format: 'parquet' }))?.code).toBe('input');
    expect((await refusal(json, { format: 'xlsx' }))?.code).toBe('input');
    const none = await refusal(join(dir, 'none-*.parquet'));
    expect(none?.code).toBe('usage');
    expect(none?.text?.en).toContain('No files found that match the pattern');
  });

  it.each([
    [{ format: 'xml' }, 'options.format must be one of json, ndjson, csv, tsv, xlsx, parquet, got "xml"'],
    [{ maxRecordLength: -1 }, 'options.maxRecordLength must be a whole number of 1 or more, got -1'],
    [{ maxRecordLength: Number.NaN }, 'options.maxRecordLength must be a whole number of 1 or more, got NaN'],
    [
      { keep: '型号' },
      'options.keep must be "auto", "none" or an array of column names (such as ["型号"]): write one column name as an array of one, ["型号"], got "型号"',
    ],
  ])('a bad option %j is a usage error, before the file is read', async (options, message) => {
    const results = gradeFile(grader, join(examples, 'air-conditioners-zh.csv'), options as GradeFileOptions);
    await expect(results.next()).rejects.toSatisfy(
      (e: unknown) => e instanceof QgradeError && e.code === 'usage' && e.message === message,
    );
  });

  it('a missing file is a typed error', async () => {
    await expect(all(gradeFile(grader, join(examples, 'no-such-file.csv')))).rejects.toSatisfy(
      (e: unknown) => e instanceof QgradeError && e.code === 'usage' && /no such file/.test(e.message),
    );
  });
  it('onNotice is told what qgrade grade says on stderr: a units row, rows of notes skipped', async () => {
    const dir = tempDir('grade-file');
    const file = join(dir, 'lab.csv');
    // A units row under the header, two heat pumps (GB 21455-2019, ≤ 4,500 W: grade 2 ≥ 4.50), a sign-off line.
    writeFileSync(
      file,
      '型号,unitType,ratedCoolingCapacity,apf,备注\n,,W,,\nA,heat-pump,3500,4.50,\nB,heat-pump,3500,4.49,\n,,,,制表：质检站\n',
    );
    const notices: string[] = [];
    const results = await all(
      gradeFile(grader, file, { onNotice: (t) => notices.push(`${t.zh} | ${t.en}`) }),
    );
    expect(results.map((r) => [r.row, r.grade])).toEqual([
      [1, '2'],
      [2, '3'],
    ]);
    expect(notices.find((n) => n.includes('row of units'))).toContain('line 2');
    expect(notices.find((n) => n.includes('only notes'))).toContain('line 5');
    expect(notices.every((n) => / \| /.test(n) && /[\u4e00-\u9fff]/.test(n.split(' | ')[0]!))).toBe(true);
    // Without it, the same results and nothing said.
    expect((await all(gradeFile(grader, file))).map((r) => r.grade)).toEqual(['2', '3']);
    await expect(all(gradeFile(grader, file, { onNotice: 'stderr' as never }))).rejects.toThrow(
      'options.onNotice must be a function, got "stderr"',
    );
  });
});

describe('gradeFile stopped early closes its file (developer-23 L2)', () => {
  // Linux's list of the process's open files: a descriptor left open by each early stop shows here.
  const openFiles = () => readdirSync('/proc/self/fd').length;
  const units = () => {
    const path = join(tempDir('grade-file'), 'units.ndjson');
    const line = (i: number) =>
      JSON.stringify({ unitType: 'heat-pump', ratedCoolingCapacity: 3500 + i, apf: 5 });
    writeFileSync(path, `${Array.from({ length: 200 }, (_, i) => line(i)).join('\n')}\n`);
    return path;
  };

  // Excel's `sep=;` line is read before the rest (hostile-46): the file under it is closed all the same.
  const separated = () => {
    const path = join(tempDir('grade-file'), 'sep.csv');
    const text = readFileSync(join(examples, 'air-conditioners-zh.csv'), 'utf8').replaceAll(',', ';');
    writeFileSync(path, `sep=;\r\n${text}`);
    return path;
  };

  it.each([
    ['CSV', () => join(examples, 'air-conditioners-zh.csv')],
    ['CSV after sep=;', separated],
    ['NDJSON', units],
  ])('%s: a break after the first result, 40 times, leaves no file open', async (_, file) => {
    const path = file();
    const before = openFiles();
    for (let i = 0; i < 40; i++) {
      for await (const result of gradeFile(grader, path)) {
        expect(result.row).toBe(1);
        break;
      }
    }
    // Closing is asynchronous: a turn of the event loop lets the last one finish.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openFiles()).toBeLessThanOrEqual(before + 1);
  });
});
