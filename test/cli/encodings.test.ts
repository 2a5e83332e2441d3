import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openInput } from '../../src/input/open-input';
import { ROOT, useBinary, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const binary = useBinary();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

const HEADER = 'model,unitType,ratedCoolingCapacity,apf\n';
const rows = (n: number) => Array.from({ length: n }, (_, i) => `M${i},heat-pump,3500,4.62\n`).join('');
// 型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF / A1,热泵型,3500,4.62 in GBK.
const GBK_TABLE = Buffer.from(
  'd0cdbac52cbbfad7e9c0e0d0cd2cb6eeb6a8d6c6c0e4c1bf2043432cc8abc4eac4dcd4b4cffbbac4d0a7c2ca204150460a41312cc8c8b1c3d0cd2c333530302c342e36320a',
  'hex',
);
const grades = (csv: string) =>
  csv
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[2]);

describe('input text encodings', () => {
  it.each([
    ['utf-16le', Buffer.from([0xff, 0xfe])],
    ['utf-16be', Buffer.from([0xfe, 0xff])],
  ])('reads %s with a byte-order mark (Excel "Unicode text") as the same rows', async (encoding, bom) => {
    const text = `${HEADER}甲,heat-pump,3500,4.62\n乙,heat-pump,2600,5.27\n`;
    const le = Buffer.from(text, 'utf16le');
    const body = encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
    const file = join(temp(), `${encoding}.csv`);
    writeFileSync(file, Buffer.concat([bom, body]));
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', file]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'row,model,grade,label,conforming,nextGrade,blockers,notGradedReason,failing,invalidFields,explanation',
    );
    expect(run.stdout).toContain('1,甲,2,Grade 2');
    expect(run.stdout).toContain('2,乙,1,Grade 1');
  });

  it.each([
    ['utf-16le', 'LE'],
    ['utf-16be', 'BE'],
  ])(
    'names --encoding %s for UTF-16 without a byte-order mark, even under --encoding gb18030, and reads it with it',
    async (encoding, which) => {
      const le = Buffer.from(`${HEADER}甲,heat-pump,3500,4.62\n一,heat-pump,2600,5.27\n`, 'utf16le');
      const file = join(temp(), `${encoding}-nobom.csv`);
      writeFileSync(file, encoding === 'utf-16le' ? le : Buffer.from(le).swap16());
      for (const given of [[], ['--encoding', 'gb18030']]) {
        const en = await cli.run(['grade', '-r', AC, '-f', 'csv', ...given, file]);
        expect(en.code).toBe(2);
        expect(en.stderr).toContain(
          `looks like UTF-16 ${which} text without a byte-order mark: add --encoding ${encoding}, or save it as UTF-8`,
        );
        expect(en.stdout).toBe('');
      }
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'csv', file]);
      expect(zh.stderr).toContain(
        `看起来是没有字节顺序标记的 UTF-16 ${which} 文本：请加上 --encoding ${encoding}`,
      );
      const read = await cli.run(['grade', '-r', AC, '-f', 'csv', '--encoding', encoding, file]);
      expect(read.code).toBe(0);
      expect(read.stdout).toContain('1,甲,2,Grade 2');
      expect(read.stdout).toContain('2,一,1,Grade 1');
    },
  );

  it('a UTF-8 byte-order mark decides over --encoding gb18030 (WHATWG decode), and is removed', async () => {
    const file = join(temp(), 'utf8-bom.csv');
    writeFileSync(file, `\ufeff型号,unitType,ratedCoolingCapacity,apf\n甲,heat-pump,3500,4.62\n`);
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'csv',
      '--encoding',
      'gb18030',
      '--keep',
      '型号',
      file,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^row,型号,grade,/);
    expect(run.stdout).toContain('1,甲,2,Grade 2');
  });

  describe('UTF-8 read with --encoding gbk (hostile-26 F2): read as UTF-8 when only so the header names an indicator', () => {
    const ZH = '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF\nA1,热泵型,3500,4.62\n';
    const write = (what: string, bytes: Buffer) => {
      const file = join(temp(), `${what}.csv`);
      writeFileSync(file, bytes);
      return file;
    };
    it.each(['gbk', 'gb18030', 'GBK'])(
      'UTF-8 under --encoding %s: read as UTF-8 and graded, told so (fix-developer4-34 Left: it was exit 1, every row invalid)',
      async (enc) => {
        const file = write(`u8-${enc}`, Buffer.from(ZH));
        const run = await cli.run(['grade', '-r', AC, '--encoding', enc, file]);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('Grade 1');
        expect(run.stderr).toContain(
          `u8-${enc}.csv: read as UTF-8, not as ${enc}: its bytes are valid UTF-8, and only read so does its header name an indicator (for UTF-8 files drop --encoding ${enc})`,
        );
        expect(run.stderr).not.toContain('looks UTF-8');
        const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '--encoding', enc, file]);
        expect(zh.stderr).toContain(`按 UTF-8 而非 ${enc} 读取：其字节是有效的 UTF-8`);
        expect(zh.stderr).toContain(`UTF-8 文件请去掉 --encoding ${enc}`);
        // Without the option it reads, as the hint says.
        expect((await cli.run(['grade', '-r', AC, file])).stdout).toContain('Grade 1');
      },
    );

    it('GBK text under --encoding gbk: read, no hint', async () => {
      const file = write('gbk', GBK_TABLE);
      const run = await cli.run(['grade', '-r', AC, '--encoding', 'gbk', file]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Grade 1');
      expect(run.stderr).not.toContain('looks UTF-8');
    });

    it('a header in ASCII naming the indicators, Chinese cells in UTF-8: exit 2, drop the option (hostile-35 W2)', async () => {
      const file = write('ascii-head', Buffer.from(`${HEADER}甲,heat-pump,3500,4.62\n`));
      const run = await cli.run(['grade', '-r', AC, '--encoding', 'gbk', file]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(
        'ascii-head.csv: the file is UTF-8 (its bytes are valid UTF-8 and read so hold Chinese); read as gbk its Chinese cells would be mojibake and graded wrongly, so nothing is graded: drop --encoding gbk',
      );
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '--encoding', 'gb18030', file]);
      expect(zh.code).toBe(2);
      expect(zh.stderr).toContain('按 gb18030 读取其中文单元格会成为乱码');
      expect(zh.stderr).toContain('请去掉 --encoding gb18030');
      // Without the option the cell reads as written.
      const plain = await cli.run(['grade', '-r', AC, '-f', 'csv', '--keep', 'model', file]);
      expect(plain.stdout).toContain('1,甲,2,Grade 2');
    });

    it('GBK bytes that happen to be valid UTF-8 (压强值) under --encoding gbk: read as GBK', async () => {
      const gbk = Buffer.concat([
        Buffer.from(HEADER),
        Buffer.from([0xd1, 0xb9, 0xc7, 0xbf, 0xd6, 0xb5]),
        Buffer.from(',heat-pump,3500,4.62\n'),
      ]);
      const run = await cli.run([
        'grade',
        '-r',
        AC,
        '-f',
        'csv',
        '--keep',
        'model',
        '--encoding',
        'gbk',
        write('gbk-valid-utf8', gbk),
      ]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('1,压强值,2,Grade 2');
    });

    it('an ASCII file whose header names nothing: no hint (ASCII reads the same in either)', async () => {
      const file = write('ascii-none', Buffer.from('a,b,c,d\nA1,x,3500,4.62\n'));
      const run = await cli.run(['grade', '-r', AC, '--encoding', 'gbk', file]);
      expect(run.code).toBe(1);
      expect(run.stderr).not.toContain('looks UTF-8');
    });

    it('without --encoding, GBK bytes stop the run naming --encoding gb18030 (the reverse, already so)', async () => {
      const file = write('gbk-plain', GBK_TABLE);
      const run = await cli.run(['grade', '-r', AC, file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        'gbk-plain.csv is not UTF-8 text; if it was saved by Excel or WPS on Chinese Windows, add --encoding gb18030',
      );
    });
  });

  it('a UTF-16 byte-order mark decides over --encoding gb18030', async () => {
    const file = join(temp(), 'utf16-bom-gb.csv');
    writeFileSync(file, Buffer.from(`\ufeff${HEADER}甲,heat-pump,3500,4.62\n`, 'utf16le'));
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', '--encoding', 'gb18030', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1,甲,2,Grade 2');
  });

  it('stops at bytes that are not UTF-8 far into the input, in both languages, naming the bad byte', async () => {
    // 2,000 rows (~50 KB) before a GB18030 "型号" in the last row.
    const file = join(temp(), 'late.csv');
    const good = Buffer.from(HEADER + rows(2000));
    writeFileSync(
      file,
      Buffer.concat([good, Buffer.from('d0cdbac52c686561742d70756d702c333530302c342e36320a', 'hex')]),
    );
    const en = await cli.run(['grade', '-r', AC, '-f', 'csv', file]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      `has a byte that is not UTF-8 on line 2,002 (byte ${good.length.toLocaleString('en')}, counted from 0; the rows before were read); if it was saved by Excel or WPS on Chinese Windows, add --encoding gb18030`,
    );
    expect(en.stdout).not.toContain('\ufffd');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'csv', file]);
    expect(zh.stderr).toContain(
      `第 2,002 行（第 ${good.length.toLocaleString('en')} 字节，从 0 数起）有不是 UTF-8 的内容（之前的行已经读过）；如果是在中文 Windows 上用 Excel 或 WPS 保存的，请加上 --encoding gb18030`,
    );
  });

  const ndjsonRows = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `{"model":"M${i}","unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.62}\n`,
    ).join('');

  it.each([
    ['CSV', 3_000],
    ['CSV', 100],
    ['NDJSON', 3_000],
    ['NDJSON', 100],
  ] as const)(
    '%s, %i rows, then a bad byte mid-row: every row before it is written, and its byte and line named, with or without workers',
    async (input, n) => {
      // hostile-17 F7: good rows, then 0xFF inside the next row, then 10 more rows. The message named the start
      // of the block it was read in, and the rows between that and the bad byte were graded nowhere; within the
      // first 1,000 rows (read ahead for a sample-id column) none was written.
      const csv = input === 'CSV';
      const file = join(temp(), `bad-mid-row-${n}.${csv ? 'csv' : 'ndjson'}`);
      const good = Buffer.from(csv ? HEADER + rows(n) : ndjsonRows(n));
      const cut = csv ? 'X,heat-pump,35' : '{"model":"X","unitType":"heat-pump","ratedCoolingCapacity":35';
      writeFileSync(
        file,
        Buffer.concat([
          good,
          Buffer.from(`${cut}\xff00,4.62\n`, 'latin1'),
          Buffer.from(csv ? rows(10) : ndjsonRows(10)),
        ]),
      );
      const at = (good.length + cut.length).toLocaleString('en');
      const line = (n + (csv ? 2 : 1)).toLocaleString('en');
      // Written in the input's own format: what is at stake is what is read, not how it is written.
      for (const format of [csv ? 'csv' : 'ndjson'] as const) {
        const runs = [];
        for (const workers of ['1', '2'])
          runs.push(await cli.run(['grade', '-r', AC, '-f', format, '--no-progress', '-w', workers, file]));
        for (const run of runs) {
          expect(run.code).toBe(2);
          expect(run.stderr).toContain(`not UTF-8 on line ${line} (byte ${at}, counted from 0;`);
          expect(run.stdout).toBe(runs[0]!.stdout);
        }
        const lines = runs[0]!.stdout.trim().split('\n');
        expect(lines).toHaveLength(n + (format === 'csv' ? 1 : 0));
        expect(lines.at(-1)).toContain(`M${n - 1}`);
        expect(runs[0]!.stdout).not.toMatch(/\bX\b/);
      }
    },
  );

  it('names the bad byte of a character cut by a chunk boundary at the character', async () => {
    // A three-byte character whose lead byte ends one chunk and whose next byte is wrong.
    const stdin = Readable.from([Buffer.from('a\nb\n\xe5', 'latin1'), Buffer.from('Zc\n', 'latin1')], {
      objectMode: false,
    });
    const input = await openInput('-', 'utf-8', stdin);
    const texts: string[] = [];
    await expect(
      (async () => {
        for await (const t of input.chunks) texts.push(t);
      })(),
    ).rejects.toThrow('not UTF-8 on line 3 (byte 4, counted from 0;');
    expect(texts.join('')).toBe('a\nb\n');
  });

  it('reads a real U+FFFD and characters cut between chunks as text', async () => {
    // Enough rows that reading takes several chunks, each row with a three-byte character in it.
    const file = join(temp(), 'replacement.csv');
    writeFileSync(file, `${HEADER}\ufffd,heat-pump,3500,4.62\n${rows(3000).replaceAll('M', '型')}`);
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1,\ufffd,2,');
    expect(run.stdout).toContain('3001,型2999,2,');
    expect(grades(run.stdout).every((g) => g === '2')).toBe(true);
  });

  it('writes every row read before the bytes that stop the run, the same rows every run and with workers', async () => {
    // 6,000 rows (~170 KB, three chunks), then a GB18030 byte: the rows of the chunks before it are graded.
    const file = join(temp(), 'late-many.csv');
    const good = Buffer.from(HEADER + rows(6_000));
    writeFileSync(file, Buffer.concat([good, Buffer.from('d0cd2c0a', 'hex')]));
    // CSV on one thread twice, then on two workers (batches on a worker when the input fails are written too).
    for (const [format, threads] of [
      ['csv', ['1', '1', '2']],
      ['ndjson', ['1', '2']],
    ] as const) {
      const runs = [];
      for (const workers of threads)
        runs.push(await cli.run(['grade', '-r', AC, '-f', format, '--no-progress', '-w', workers, file]));
      expect(runs.map((r) => r.code)).toEqual(threads.map(() => 2));
      for (const run of runs.slice(1)) expect(run.stdout).toBe(runs[0]!.stdout);
      // Every row before the line of that byte is in the output, and nothing after.
      expect(runs[0]!.stderr).toContain(`not UTF-8 on line 6,002 (byte ${good.length.toLocaleString('en')},`);
      const written = runs[0]!.stdout.trim().split('\n').length - (format === 'csv' ? 1 : 0);
      expect(written).toBe(6_000);
    }
  });

  it('a character cut off by the end of the input is not UTF-8', async () => {
    const file = join(temp(), 'cut.csv');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(`${HEADER}A,heat-pump,3500,4.62\n`), Buffer.from([0xe5, 0x9e])]),
    );
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', file]);
    expect(run.code).toBe(2);
    const at = Buffer.byteLength(`${HEADER}A,heat-pump,3500,4.62\n`);
    expect(run.stderr).toContain(`not UTF-8 on line 3 (byte ${at}, counted from 0;`);
    expect(run.stdout).toContain('1,A,2,');
  });

  it('stdin redirected from a folder is a usage error, not an empty input', () => {
    const folder = join(temp(), 'records');
    mkdirSync(folder);
    const fd = openSync(folder, 'r');
    try {
      const run = spawnSync(process.execPath, [binary.bin, 'grade', '-r', AC, '-'], {
        cwd: ROOT,
        stdio: [fd, 'pipe', 'pipe'],
        env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('stdin is a folder, not a file of records');
    } finally {
      closeSync(fd);
    }
  });

  it('stdin that gives text rather than bytes (a stream of strings) is read as that text', async () => {
    const input = await openInput('-', 'utf-8', Readable.from(['型号,apf\n', 'A,5.27\n']));
    let text = '';
    for await (const chunk of input.chunks) text += chunk;
    expect(text).toBe('型号,apf\nA,5.27\n');
  });
  it('reads NDJSON whose lines end in a lone CR (old Mac text) as one record a line', async () => {
    const file = join(temp(), 'cr.ndjson');
    const line = (apf: number) => `{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":${apf}}`;
    writeFileSync(file, `${line(4.62)}\r${line(5.27)}\r\r${line(3.2)}\r`);
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', file]);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',').slice(0, 2).join(',')),
    ).toEqual(['1,2', '2,1', '3,']);
    // The third record is below grade 5: graded and not graded, nothing invalid.
    expect(run.stderr).toMatch(/3 records: 2 graded, 1 not graded, 0 invalid/);
  });
});
