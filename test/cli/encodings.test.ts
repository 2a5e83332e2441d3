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

  it('a UTF-16 byte-order mark decides over --encoding gb18030', async () => {
    const file = join(temp(), 'utf16-bom-gb.csv');
    writeFileSync(file, Buffer.from(`\ufeff${HEADER}甲,heat-pump,3500,4.62\n`, 'utf16le'));
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', '--encoding', 'gb18030', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1,甲,2,Grade 2');
  });

  it('stops at bytes that are not UTF-8 far into the input, in both languages, after the rows before', async () => {
    // 2,000 rows (~50 KB) before a GB18030 "型号" in the last row.
    const file = join(temp(), 'late.csv');
    const good = Buffer.from(HEADER + rows(2000));
    writeFileSync(
      file,
      Buffer.concat([good, Buffer.from('d0cdbac52c686561742d70756d702c333530302c342e36320a', 'hex')]),
    );
    const en = await cli.run(['grade', '-r', AC, '-f', 'csv', file]);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(
      /has bytes that are not UTF-8 after byte [\d,]+ \(the rows before were read\).*--encoding gb18030/,
    );
    const offset = Number(/after byte ([\d,]+)/.exec(en.stderr)![1]!.replaceAll(',', ''));
    expect(offset).toBeLessThanOrEqual(good.length);
    expect(offset).toBeGreaterThan(good.length - (1 << 16));
    expect(en.stdout).not.toContain('\ufffd');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'csv', file]);
    expect(zh.stderr).toMatch(/字节起有不是 UTF-8 的内容.*--encoding gb18030/);
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
      const offset = Number(/after byte ([\d,]+)/.exec(runs[0]!.stderr)![1]!.replaceAll(',', ''));
      // Every row that ends before that byte is in the output.
      const before = good.subarray(0, offset).toString().split('\n').length - 2;
      const written = runs[0]!.stdout.trim().split('\n').length - (format === 'csv' ? 1 : 0);
      expect(written).toBeGreaterThanOrEqual(before);
      expect(written).toBeLessThanOrEqual(6_000);
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
    expect(run.stderr).toContain('not UTF-8');
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
