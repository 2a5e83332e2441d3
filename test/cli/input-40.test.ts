/**
 * Session 40's JSON input findings, through the CLI in-process:
 * - hostile-40 W2: JSON/NDJSON with `--map apfMeasured=apf` and both keys in a record was graded on whichever key came
 *   last in it; two `--map` keys onto one field were taken, the last key winning;
 * - developer-40 F1: a UTF-8 JSON/NDJSON file read with `--encoding gb18030` was graded as mojibake.
 * Fixtures: the testers' files, unchanged (test/fixtures/hostile-40).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const DIR = join(__dirname, '../fixtures/hostile-40');

interface Row {
  row: number;
  grade: string | null;
  kept?: Record<string, unknown>;
  criteria: { indicator: string; value: unknown }[];
  errors?: { message: { zh: string; en: string } }[];
}

const rows = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);

describe.concurrent('--map onto a key a JSON record also has (hostile-40 W2)', () => {
  const grade = (file: string, ...more: string[]) =>
    cli.run(['grade', '-r', AC, '-f', 'ndjson', '--no-summary', '--detail', 'grade', ...more, file]);

  it('JSON: each record with both keys is an error row naming both, whichever comes first in it', async () => {
    const run = await grade(join(DIR, 'W-map-json.json'), '--map', 'apfMeasured=apf');
    expect(run.code).toBe(1);
    const got = rows(run.stdout);
    expect(got.map((r) => r.grade)).toEqual([null, null]);
    for (const [i, r] of got.entries()) {
      const { en, zh } = (r as unknown as { notGradedReason: { message: { en: string; zh: string } } })
        .notGradedReason.message;
      expect(en).toBe(
        `the record is not valid: record ${i + 1} gives the field "apf" twice, under the keys "apf" and "apfMeasured" (--map apfMeasured=apf), and which value counts would be a guess: drop one of the keys, or map it elsewhere`,
      );
      expect(zh).toContain(`第 ${i + 1} 条记录在键 "apf" 和 "apfMeasured" 下两次给出字段“apf”`);
    }
  });

  it('NDJSON too, each line its own; a record with only the mapped key is graded on it (APF 4.0: grade 3, at least 4.00 but under 4.50, ≤ 4500 W)', async () => {
    const file = join(temp(), 'both.ndjson');
    writeFileSync(
      file,
      [
        '{"model":"A","unitType":"heat-pump","ratedCoolingCapacity":2600,"apfMeasured":4.0,"apf":5.3}',
        '{"model":"B","unitType":"heat-pump","ratedCoolingCapacity":2600,"apfMeasured":4.0}',
      ].join('\n'),
    );
    const run = await grade(file, '--map', 'apfMeasured=apf', '--keep', 'model');
    const got = rows(run.stdout);
    expect(got.map((r) => r.grade)).toEqual([null, '3']);
    // The row still names its sample.
    expect(got[0]!.kept).toEqual({ model: 'A' });
    expect(run.stdout).toContain('line 1 gives the field \\"apf\\" twice');
  });

  it('the same data as CSV is still refused by its header, exit 2', async () => {
    const run = await grade(join(DIR, 'W-map-json.csv'), '--map', 'apfMeasured=apf');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('columns 4 ("apf") and 5 ("apfMeasured") both give the field "apf"');
  });

  it('two --map keys onto one field are a usage error for JSON and NDJSON, exit 2, nothing graded', async () => {
    const ndjson = join(temp(), 'm.ndjson');
    writeFileSync(ndjson, '{"m2":4.0,"m3":5.3}\n');
    for (const file of [join(DIR, 'W-map-json.json'), ndjson]) {
      const run = await grade(file, '--map', 'm2=apf', '--map', 'm3=apf');
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        'qgrade: --map m2=apf and --map m3=apf both map onto the field "apf"; a JSON record gives each field under one key, and with both keys which value counts would be a guess: map only one key onto it\n',
      );
    }
  });
});

describe.concurrent('a UTF-8 JSON/NDJSON file read with --encoding gb18030 (developer-40 F1)', () => {
  const record = { model: 'KFR-35GW/变频空调', unitType: '热泵型', ratedCoolingCapacity: 3500, apf: 4.62 };
  const grade = (file: string, ...more: string[]) =>
    cli.run(['grade', '-r', AC, '-f', 'ndjson', '--no-summary', '--keep', 'model', ...more, file]);

  it('is refused, exit 2, as a CSV with an ASCII header over Chinese cells is; without the option it grades 2', async () => {
    const json = join(temp(), 'zh.json');
    writeFileSync(json, JSON.stringify([record]));
    const ndjson = join(temp(), 'zh.ndjson');
    writeFileSync(ndjson, `${JSON.stringify(record)}\n`);
    for (const file of [json, ndjson]) {
      const run = await grade(file, '--encoding', 'gb18030');
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `qgrade: ${file}: the file is UTF-8 (its bytes are valid UTF-8 and read so hold Chinese); read as gb18030 its Chinese values would be mojibake and graded wrongly, so nothing is graded: drop --encoding gb18030\n`,
      );
      const plain = await grade(file);
      expect(plain.code).toBe(0);
      expect(rows(plain.stdout).map((r) => [r.grade, r.kept])).toEqual([
        ['2', { model: 'KFR-35GW/变频空调' }],
      ]);
    }
  });

  it('in Chinese too', async () => {
    const json = join(temp(), 'zh-lang.json');
    writeFileSync(json, JSON.stringify([record]));
    const run = await grade(json, '--encoding', 'gbk', '--lang', 'zh');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '按 gbk 读取其中文值会成为乱码并被错误评级，因此不评级：请去掉 --encoding gbk',
    );
  });

  it('GB18030 JSON with the option, and ASCII-only JSON, are read as before', async () => {
    // The record above as GB18030 bytes.
    const gb = join(temp(), 'gb.json');
    writeFileSync(
      gb,
      Buffer.from(
        '5b7b226d6f64656c223a224b46522d333547572fb1e4c6b5bfd5b5f7222c22756e697454797065223a22c8c8b1c3d0cd222c227261746564436f6f6c696e674361706163697479223a333530302c22617066223a342e36327d5d',
        'hex',
      ),
    );
    const run = await grade(gb, '--encoding', 'gb18030');
    expect(run.code).toBe(0);
    expect(rows(run.stdout).map((r) => [r.grade, r.kept])).toEqual([['2', { model: 'KFR-35GW/变频空调' }]]);
    const ascii = join(temp(), 'ascii.ndjson');
    writeFileSync(ascii, '{"model":"K1","unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.62}\n');
    const plain = await grade(ascii, '--encoding', 'gb18030');
    expect(plain.code).toBe(0);
    expect(rows(plain.stdout)[0]!.grade).toBe('2');
  });
});
