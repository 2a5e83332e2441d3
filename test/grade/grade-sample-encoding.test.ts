import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeSample } from '../../src/browser';
import type { UsageError } from '../../src/errors/usage-error';
import { gradeSampleNamed } from '../../src/grade/grade-sample';
import { createGrader, gradeFile, loadRuleSet, QgradeError } from '../../src/index';

const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));

// "型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF\nK1,heat-pump,2600,5.27\n" as Excel on Chinese Windows saves "CSV" (GB18030).
const gb18030 = Buffer.from(
  'd0cdbac52cbbfad7e9c0e0d0cd2cb6eeb6a8d6c6c0e4c1bf2043432cc8abc4eac4dcd4b4cffbbac4d0a7c2ca204150460a4b312c686561742d70756d702c323630302c352e32370a',
  'hex',
);

async function usage(run: () => Promise<unknown>, code: 'usage' | 'input' = 'usage'): Promise<UsageError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(QgradeError);
  expect((error as QgradeError).code).toBe(code);
  return error as UsageError;
}

describe('gradeSample: bytes that are not UTF-8 (hostile-18 F14)', () => {
  it('a GB18030 CSV is a usage error advising encoding: gb18030, not records garbled with U+FFFD', async () => {
    // Code input: the sender's bytes, not the call, are at fault (developer-34 M5).
    const error = await usage(() => gradeSample(grader, gb18030, { keep: 'auto', name: 'gbk.csv' }), 'input');
    expect(error.text.en).toBe(
      "gbk.csv is not UTF-8 text; if it was saved by Excel or WPS on Chinese Windows, add encoding: 'gb18030'",
    );
    expect(error.text.zh).toBe(
      "gbk.csv 不是 UTF-8 文本；如果是在中文 Windows 上用 Excel 或 WPS 保存的，请加上 encoding: 'gb18030'",
    );
  });

  it('Parquet bytes are told to be read from a file, not to be decoded as GB18030 (hostile-20 M4)', async () => {
    // The first bytes of every Parquet file: "PAR1", then pages; not text in any encoding.
    const parquet = Buffer.concat([
      Buffer.from('PAR1'),
      Buffer.from([0x15, 0x04, 0x15, 0xd0, 0x01, 0xff, 0xfe]),
    ]);
    const error = await usage(() => gradeSample(grader, parquet, { name: 'samples.parquet' }));
    expect(error.text.en).toBe(
      'a Parquet sample is read from a file: in Node use gradeFile or qgrade grade; in a browser save it as CSV or .xlsx first',
    );
    expect(error.text.zh).toBe(
      'Parquet 样品要从文件读取：在 Node 中请用 gradeFile 或 qgrade grade；在浏览器中请先另存为 CSV 或 .xlsx',
    );
  });

  it('with encoding: "gb18030" (or "gbk") it is read and graded as the CLI reads it with --encoding gb18030', async () => {
    for (const encoding of ['gb18030', 'gbk']) {
      const [graded] = await gradeSample(grader, gb18030, { keep: 'auto', encoding });
      expect(graded!.result.grade).toBe('1');
      expect(graded!.result.kept).toEqual({ 型号: 'K1' });
    }
  });

  it('a bad byte further on names its line and byte; the studio naming advises --encoding', async () => {
    const bytes = Buffer.concat([
      Buffer.from('unitType,ratedCoolingCapacity,apf\nheat-pump,2600,5.27\nheat-pump,2600,'),
      Buffer.from([0xb6, 0xee]),
      Buffer.from('\n'),
    ]);
    const error = await usage(() => gradeSample(grader, bytes), 'input');
    expect(error.text.en).toBe(
      "sample has a byte that is not UTF-8 on line 3 (byte 69, counted from 0; the rows before were read); if it was saved by Excel or WPS on Chinese Windows, add encoding: 'gb18030'",
    );
    const studio = await usage(() => gradeSampleNamed(grader, bytes, {}, 'studio'), 'input');
    expect(studio.text.en).toContain('add --encoding gb18030');
  });

  it('UTF-8 with or without a byte-order mark, and UTF-16 with one, are read whatever the encoding says', async () => {
    const text = 'unitType,ratedCoolingCapacity,apf\nheat-pump,2600,5.27\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const [bytes, encoding] of [
      [Buffer.from(text), undefined],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'gb18030'],
      [utf16, undefined],
    ] as const) {
      const graded = await gradeSample(grader, bytes, encoding ? { encoding } : {});
      expect(graded.map((g) => g.result.grade)).toEqual(['1']);
    }
  });

  it('an unknown encoding is a usage error naming it, for bytes and text alike; text ignores a known one', async () => {
    const error = await usage(() => gradeSample(grader, gb18030, { encoding: 'latin-9x' }));
    expect(error.text.en).toBe(
      "unknown encoding: 'latin-9x'; use utf-8, gb18030 (gbk), utf-16le or utf-16be",
    );
    const text = 'unitType,ratedCoolingCapacity,apf\nheat-pump,2600,5.27\n';
    // A typo in a service's configuration shows at its first call, not at its first upload of bytes (developer-25 C2).
    const typo = await usage(() => gradeSample(grader, text, { encoding: 'latin-9x' }));
    expect(typo.text.zh).toBe(
      "未知的编码 encoding: 'latin-9x'；请用 utf-8、gb18030（gbk）、utf-16le 或 utf-16be",
    );
    const wrongType = await usage(() => gradeSample(grader, text, { encoding: 1 as unknown as string }));
    expect(wrongType.text.en).toContain("unknown encoding: '1'");
    const graded = await gradeSample(grader, text, { encoding: 'gb18030' });
    expect(graded[0]!.result.grade).toBe('1');
  });
  it('UTF-8 bytes read with encoding: "gbk" whose header names nothing either way get the hint to drop it (hostile-26 F2)', async () => {
    const utf8 = Buffer.from('型号,类别,冷量,能效\nK1,热泵型,2600,5.27\n');
    const notices: string[] = [];
    await gradeSample(grader, utf8, {
      encoding: 'gbk',
      name: 'u8.csv',
      onNotice: (t) => notices.push(t.en),
    });
    expect(notices).toContain(
      "u8.csv: read as gbk, its header names no indicator, but the file looks UTF-8 (its bytes are valid UTF-8): drop encoding: 'gbk'",
    );
    // GB18030 bytes read so: no hint, graded.
    const none: string[] = [];
    await gradeSample(grader, gb18030, { encoding: 'gbk', onNotice: (t) => none.push(t.en) });
    expect(none.join('\n')).not.toContain('looks UTF-8');
  });

  it('UTF-8 bytes given as gb18030 whose header names indicators only as UTF-8 are read as UTF-8, and told (developer-34 M1)', async () => {
    // docs/scale-out.md's upload recipe names gb18030 for every body; a UTF-8 CSV without a BOM had every row invalid.
    const utf8 = Buffer.from(
      '型号,机组类型,额定制冷量,全年能源消耗效率 APF\nKFR-35,热泵型,3500,4.62\nKFR-26,heat-pump,2600,5.4\n',
    );
    for (const encoding of ['gb18030', 'gbk']) {
      const notices: { zh: string; en: string }[] = [];
      const graded = await gradeSample(grader, utf8, {
        encoding,
        keep: 'auto',
        name: 'upload.csv',
        onNotice: (t) => notices.push(t),
      });
      expect(graded.map((g) => [g.result.kept, g.result.grade])).toEqual([
        [{ 型号: 'KFR-35' }, '2'],
        [{ 型号: 'KFR-26' }, '1'],
      ]);
      expect(notices).toContainEqual({
        zh: `upload.csv：按 UTF-8 而非 ${encoding} 读取：其字节是有效的 UTF-8，且只有按 UTF-8 读取时表头才有指标列（UTF-8 文件请去掉 encoding: '${encoding}'）`,
        en: `upload.csv: read as UTF-8, not as ${encoding}: its bytes are valid UTF-8, and only read so does its header name an indicator (for UTF-8 files drop encoding: '${encoding}')`,
      });
      expect(notices.map((n) => n.en).join('\n')).not.toContain('looks UTF-8');
    }
    // Without onNotice too: graded, not every row invalid.
    const quiet = await gradeSample(grader, utf8, { encoding: 'gb18030' });
    expect(quiet.map((g) => g.result.grade)).toEqual(['2', '1']);
  });

  it('GB18030 bytes given as gb18030 are read so, with no UTF-8 notice, and an ASCII header is the same either way', async () => {
    const notices: string[] = [];
    const graded = await gradeSample(grader, gb18030, {
      encoding: 'gb18030',
      onNotice: (t) => notices.push(t.en),
    });
    expect(graded.map((g) => g.result.grade)).toEqual(['1']);
    expect(notices.join('\n')).not.toContain('UTF-8');
    // UTF-8 Chinese under an ASCII header: read as gb18030 `热泵型` would be mojibake, graded invalid; the bytes
    // are read as the UTF-8 they are, and told (fix-header6 Left; gradeFile refuses such a file).
    const ascii = Buffer.from('unitType,ratedCoolingCapacity,apf\n热泵型,2600,5.27\n');
    const asGb = await gradeSample(grader, ascii, {
      encoding: 'gb18030',
      onNotice: (t) => notices.push(t.en),
    });
    expect(asGb[0]!.result.grade).toBe('1');
    expect(notices).toContain(
      "sample: read as UTF-8, not as gb18030: its bytes are valid UTF-8 and hold Chinese read so; read as gb18030 its Chinese cells would be mojibake (for UTF-8 files drop encoding: 'gb18030')",
    );
    // The same bytes truly in GB18030 are read so, with no notice.
    const real: string[] = [];
    const gb = new TextEncoder().encode('unitType,ratedCoolingCapacity,apf\n').length;
    const asGbBytes = Buffer.concat([
      ascii.subarray(0, gb),
      Buffer.from([0xc8, 0xc8, 0xb1, 0xc3, 0xd0, 0xcd]),
      ascii.subarray(gb + 9),
    ]);
    const truly = await gradeSample(grader, asGbBytes, {
      encoding: 'gb18030',
      onNotice: (t) => real.push(t.en),
    });
    expect(truly[0]!.result.grade).toBe('1');
    expect(real.join('\n')).not.toContain('UTF-8');
  });

  it('a damaged or foreign workbook is code input, an error in the data a service answers with a 400 (developer-34 M5)', async () => {
    for (const [bytes, en] of [
      [
        Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]),
        'upload.xlsx cannot be read as an .xlsx workbook: ',
      ],
      [
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        'upload.xlsx is an Excel 97–2003 (.xls)',
      ],
    ] as const) {
      const error = await usage(
        () => gradeSample(grader, bytes, { format: 'xlsx', name: 'upload.xlsx' }),
        'input',
      );
      expect(error.text.en.startsWith(en)).toBe(true);
      expect(error.text.zh).toContain('upload.xlsx');
      expect(error.name).toBe('InputError');
      expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: 'InputError', code: 'input' });
    }
    // JSON that is not JSON, or not records, and a CSV header line that cannot be read: the data too.
    const notJson = await usage(
      () => gradeSample(grader, '[{"apf": 4.62},', { format: 'json', name: 'a.json' }),
      'input',
    );
    expect(notJson.text.en).toContain('a.json is not valid JSON');
    const notRecords = await usage(
      () => gradeSample(grader, '42', { format: 'json', name: 'a.json' }),
      'input',
    );
    expect(notRecords.text).toEqual({
      zh: 'a.json 应包含记录的 JSON 数组（或一个记录对象）',
      en: 'a.json must hold a JSON array of records (or one record object)',
    });
    const header = await usage(
      () => gradeSample(grader, '"apf\n4.62\n', { format: 'csv', name: 'a.csv' }),
      'input',
    );
    expect(header.text.en).toContain('the header line of a.csv cannot be read');
    // A mistake in the call stays usage.
    await usage(() => gradeSample(grader, 'apf\n4.62\n', { format: 'xml' as 'csv' }));
  });

  it('an empty sample, or a header alone, gives [] and a notice saying it holds no record (developer-34 M5)', async () => {
    for (const input of [
      new Uint8Array(),
      Buffer.from('型号,机组类型,额定制冷量,全年能源消耗效率 APF\n'),
      '',
    ]) {
      const notices: { zh: string; en: string }[] = [];
      const graded = await gradeSample(grader, input, {
        name: 'upload.csv',
        onNotice: (t) => notices.push(t),
      });
      expect(graded).toEqual([]);
      expect(notices).toContainEqual({
        zh: 'upload.csv 中没有可评级的记录（是空的，或只有表头）',
        en: 'upload.csv holds no record to grade (it is empty, or has a header only)',
      });
    }
    // A sample with a record is not told so.
    const notices: string[] = [];
    await gradeSample(grader, 'unitType,ratedCoolingCapacity,apf\nheat-pump,2600,5.27\n', {
      onNotice: (t) => notices.push(t.en),
    });
    expect(notices.join('\n')).not.toContain('holds no record');
  });
});

/** A file of these bytes in a folder of its own; its path. */
function written(name: string, bytes: string | Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'qgrade-enc-')), name);
  writeFileSync(file, bytes);
  return file;
}

describe('gradeFile: UTF-8 bytes given as gb18030 or gbk (fix-developer4-34 Left)', () => {
  it('reads them as UTF-8 when only so the header names an indicator, tells onNotice, and grades', async () => {
    const file = written(
      'upload.csv',
      '型号,机组类型,额定制冷量,全年能源消耗效率 APF\nKFR-35,热泵型,3500,4.62\nKFR-26,heat-pump,2600,5.4\n',
    );
    for (const encoding of ['gb18030', 'gbk']) {
      const notices: { zh: string; en: string }[] = [];
      const grades: (string | null)[] = [];
      for await (const r of gradeFile(grader, file, { encoding, onNotice: (t) => notices.push(t) }))
        grades.push(r.grade);
      // GB 21455 APF: 4.62 at 3500 W is grade 2, 5.40 at 2600 W grade 1.
      expect(grades).toEqual(['2', '1']);
      expect(notices).toContainEqual({
        zh: `${file}：按 UTF-8 而非 ${encoding} 读取：其字节是有效的 UTF-8，且只有按 UTF-8 读取时表头才有指标列（UTF-8 文件请去掉 encoding: '${encoding}'）`,
        en: `${file}: read as UTF-8, not as ${encoding}: its bytes are valid UTF-8, and only read so does its header name an indicator (for UTF-8 files drop encoding: '${encoding}')`,
      });
    }
  });

  it('GB18030 bytes given as gb18030 are read so, with no such notice', async () => {
    const file = written('gbk.csv', gb18030);
    const notices: string[] = [];
    const grades: (string | null)[] = [];
    for await (const r of gradeFile(grader, file, {
      encoding: 'gb18030',
      onNotice: (t) => notices.push(t.en),
    }))
      grades.push(r.grade);
    expect(grades).toEqual(['1']);
    expect(notices.join('\n')).not.toContain('read as UTF-8');
  });
});
