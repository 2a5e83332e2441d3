/**
 * Hostile-39 C1: `--encoding utf-16le` (or `-be`) on bytes that are not UTF-16 of that order (UTF-8, GB18030,
 * UTF-16 of the other order, no byte-order mark) decoded without a fault to one line of CJK mojibake: a header
 * with no record under it, "0 records", exit 0. Now refused, exit 2, code `input`, in the CLI, gradeFile and
 * gradeSample. Real UTF-16 with CJK headers and CRLF, with or without a BOM, is still graded: 甲 (3500 W, APF 4.62)
 * is grade 2 and 乙 (2600 W, APF 5.27) grade 1 by GB 21455-2019 (CC ≤ 4500 W: grade 1 ≥ 5.00, grade 2 ≥ 4.50).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { gradeSample } from '../../src/browser';
import { createGrader, gradeFile, loadRuleSet, QgradeError } from '../../src/index';
import { openInput } from '../../src/input/open-input';
import { utf16Misread } from '../../src/input/utf16-misread';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const GRADE = ['grade', '-r', AC, '-f', 'csv'];
const TEXT = '型号,机组类型,额定制冷量,APF\r\n甲,heat-pump,3500,4.62\r\n乙,heat-pump,2600,5.27\r\n';
const grader = createGrader(await loadRuleSet(AC));

const le = Buffer.from(TEXT, 'utf16le');
const be = Buffer.from(le).swap16();
// TEXT as Excel on Chinese Windows saves "CSV" (GB18030): an even byte count, so it decodes as UTF-16 whole.
const gb = Buffer.from(
  'd0cdbac52cbbfad7e9c0e0d0cd2cb6eeb6a8d6c6c0e4c1bf2c4150460d0abcd72c686561742d70756d702c333530302c342e36320d0ad2d22c686561742d70756d702c323630302c352e32370d0a',
  'hex',
);
const NOT_UTF8 =
  'is not UTF-16 text but UTF-8 (its bytes are valid UTF-8, and it has none of the 0 bytes UTF-16 text has in every comma, digit and line end); read as';

/** The bytes named UTF-16 that are not, the encoding named, and what the message says. */
const CASES: [string, Buffer, string, string, string][] = [
  [
    'UTF-8 with a Chinese header',
    Buffer.from(TEXT),
    'utf-16le',
    `${NOT_UTF8} utf-16le the whole file would be one line of mojibake, so nothing is graded: drop --encoding utf-16le`,
    '不是 UTF-16 文本，而是 UTF-8（其字节是有效的 UTF-8，没有 UTF-16 文本中每个逗号、数字和换行都有的 0 字节）；按 utf-16le 读取，整个文件会成为一行没有换行的乱码，因此不评级：请去掉 --encoding utf-16le',
  ],
  [
    'UTF-8 with an odd byte count',
    Buffer.from(`${TEXT}x`),
    'utf-16be',
    `${NOT_UTF8} utf-16be the whole file would be one line of mojibake, so nothing is graded: drop --encoding utf-16be`,
    '而是 UTF-8',
  ],
  [
    'plain ASCII',
    Buffer.from('model,unitType,ratedCoolingCapacity,apf\nS1,heat-pump,3500,4.62\n'),
    'utf-16le',
    NOT_UTF8,
    '而是 UTF-8',
  ],
  [
    'GB18030',
    gb,
    'utf-16le',
    'is not UTF-16 text (it has none of the 0 bytes UTF-16 text has in every comma, digit and line end); read as utf-16le the whole file would be one line of mojibake, so nothing is graded. If it was saved by Excel or WPS on Chinese Windows, use --encoding gb18030 instead',
    '不是 UTF-16 文本（没有 UTF-16 文本中每个逗号、数字和换行都有的 0 字节）；按 utf-16le 读取，整个文件会成为一行没有换行的乱码，因此不评级。如果是在中文 Windows 上用 Excel 或 WPS 保存的，请改用 --encoding gb18030',
  ],
  [
    'UTF-16 BE read as LE',
    be,
    'utf-16le',
    'is not UTF-16 LE text but UTF-16 BE (its commas and line ends read in that byte order); read as utf-16le the whole file would be one line of mojibake, so nothing is graded: use --encoding utf-16be',
    '不是 UTF-16 LE 文本，而是 UTF-16 BE（按该字节顺序读取才有逗号和换行）；按 utf-16le 读取，整个文件会成为一行没有换行的乱码，因此不评级：请改用 --encoding utf-16be',
  ],
  [
    'UTF-16 LE read as BE',
    le,
    'utf-16be',
    'is not UTF-16 BE text but UTF-16 LE (its commas and line ends read in that byte order); read as utf-16be the whole file would be one line of mojibake, so nothing is graded: use --encoding utf-16le',
    '而是 UTF-16 LE',
  ],
];

async function refusal(run: () => Promise<unknown>): Promise<QgradeError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(QgradeError);
  expect((error as QgradeError).code).toBe('input');
  return error as QgradeError;
}

describe.concurrent('bytes named UTF-16 that are not are refused (hostile-39 C1)', () => {
  for (const [what, bytes, encoding, en, zh] of CASES)
    it(`${what} under --encoding ${encoding}: exit 2, nothing graded; gradeFile and gradeSample throw code input`, async () => {
      const path = join(temp(), `${what}.csv`);
      writeFileSync(path, bytes);
      const args = [...GRADE, '--encoding', encoding, path];
      const run = await cli.run(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`qgrade: ${path} ${en}`);
      const zhRun = await cli.run(['--lang', 'zh', ...args]);
      expect(zhRun.code).toBe(2);
      expect(zhRun.stderr).toContain(zh);
      // The library names its option as written there.
      const api = en.replace(/--encoding (utf-16..|gb18030)/, "encoding: '$1'");
      const file = await refusal(async () => {
        for await (const _ of gradeFile(grader, path, { encoding })) void _;
      });
      expect(file.text?.en).toContain(api);
      const sample = await refusal(() =>
        gradeSample(grader, new Uint8Array(bytes), { encoding, name: 's.csv' }),
      );
      expect(sample.text?.en).toBe(`s.csv ${file.text?.en.slice(path.length + 1)}`);
    });

  it('real UTF-16 LE and BE, CJK header and CRLF, with and without a BOM, are still graded', async () => {
    for (const [encoding, body, bom] of [
      ['utf-16le', le, [0xff, 0xfe]],
      ['utf-16be', be, [0xfe, 0xff]],
    ] as const)
      for (const bytes of [body, Buffer.concat([Buffer.from(bom), body])]) {
        const path = join(temp(), `${encoding}-${bytes.length}.csv`);
        writeFileSync(path, bytes);
        const run = await cli.run([...GRADE, '--no-summary', '--encoding', encoding, path]);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('1,甲,2,Grade 2');
        expect(run.stdout).toContain('2,乙,1,Grade 1');
        const graded = await gradeSample(grader, new Uint8Array(bytes), { encoding, keep: 'auto' });
        expect(graded.map((r) => r.result.grade)).toEqual(['2', '1']);
      }
  });

  it('the byte order is told by commas and line ends, not by CJK units that read as ASCII in the other order', () => {
    // 一 U+4E00, 倀 U+5000, 嬀 U+5B00 read as `N`, `P`, `[` in the other byte order: 60 of them, then a header.
    const titled = Buffer.from(`${'一倀嬀'.repeat(20)}\r\n型号,APF\r\n`, 'utf16le');
    expect(utf16Misread(titled, true)).toBeUndefined();
    expect(utf16Misread(Buffer.from(titled).swap16(), true)).toBe('swapped');
    expect(utf16Misread(Buffer.from(titled).swap16(), false)).toBeUndefined();
    expect(utf16Misread(titled, false)).toBe('swapped');
  });

  it('UTF-16 on stdin, a line at a time, is handed on at its first line, not held for more', async () => {
    const stdin = new PassThrough();
    stdin.write(Buffer.from('型号,APF\n', 'utf16le'));
    const input = await openInput('-', 'utf-16le', stdin);
    const first = await input.chunks[Symbol.asyncIterator]().next();
    expect(first.value).toBe('型号,APF\n');
    stdin.end();
  });
});
