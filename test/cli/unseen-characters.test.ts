/**
 * A value with a character its quoted form does not show — a zero-width
 * space from a web page, a byte-order mark glued to a JSON value — looks
 * exactly like an allowed one in the message (`must be one of A, B, got
 * "A​"`). Numbers already named such a character; enum values now do too,
 * and say which value was meant when that is plain (hostile-17 F14).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const CEMENT = 'building-materials/cement-quality-grade';
const HEADER =
  'sampleId,cementType,strengthClass,compressive3d,compressive28d,flexural3d,flexural28d,initialSetting,finalSetting,magnesia,sulfurTrioxide,chloride,soundness';
/** A superior sample (see the rule set's test cases) with its cement type as given. */
const row = (id: string, cementType: string) =>
  `${id},${cementType},42.5,24.0,50.0,5.0,8.0,160,240,2.0,2.6,0.03,true`;

interface Result {
  grade: string | null;
  errors?: { field: string; code: string; message: { zh: string; en: string } }[];
}

function results(stdout: string): Result[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Result);
}

describe.concurrent('an enum value with an unseen character names it', () => {
  it('CSV: a zero-width space after P.O is named, with the value meant; one inside an unknown value is named alone', async () => {
    const path = join(temp(), 'zwsp.csv');
    writeFileSync(
      path,
      [HEADER, row('S1', 'P.O\u200b'), row('S2', 'P.X\u200b'), row('S3', 'P.O'), ''].join('\n'),
    );
    const run = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', path]);
    expect(run.code).toBe(1);
    const [s1, s2, s3] = results(run.stdout);
    expect(s1!.errors?.map((e) => [e.field, e.code, e.message.en, e.message.zh])).toEqual([
      [
        'cementType',
        'not-allowed',
        'cementType (Cement type) must be one of P.I, P.II, P.O, P.S.A, P.S.B, P.P, P.F, P.C, got "P.O\u200b", which contains the character "\u200b" (U+200B): write "P.O" (line 2, column 2)',
        '水泥品种应为 P.I、P.II、P.O、P.S.A、P.S.B、P.P、P.F、P.C 之一，实际为 "P.O\u200b"，含字符 "\u200b" (U+200B)，应写作 "P.O"（第 2 行第 2 列）',
      ],
    ]);
    expect(s2!.errors?.[0]?.message.en).toBe(
      'cementType (Cement type) must be one of P.I, P.II, P.O, P.S.A, P.S.B, P.P, P.F, P.C, got "P.X\u200b", which contains the character "\u200b" (U+200B) (line 3, column 2)',
    );
    // The same value without it grades.
    expect(s3!.errors).toBeUndefined();
    expect(s3!.grade).not.toBeNull();
  });

  it('JSON: a byte-order mark before the value, and a middle dot beside it', async () => {
    const line = (type: string) =>
      JSON.stringify({
        sampleId: 'J1',
        cementType: type,
        strengthClass: '42.5',
        compressive3d: 24,
        compressive28d: 50,
        flexural3d: 5,
        flexural28d: 8,
        initialSetting: 160,
        finalSetting: 240,
        magnesia: 2,
        sulfurTrioxide: 2.6,
        chloride: 0.03,
        soundness: true,
      });
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', CEMENT, '-f', 'ndjson', '-'], {
      input: `${line('\ufeffP.O')}\n${line('\ufeffP·O')}\n`,
    });
    expect(run.code).toBe(1);
    const [bom, dotted] = results(run.stdout);
    expect(bom!.errors?.[0]?.message.zh).toBe(
      '水泥品种应为 P.I、P.II、P.O、P.S.A、P.S.B、P.P、P.F、P.C 之一，实际为 "\ufeffP.O"，含字符 "\ufeff" (U+FEFF)，应写作 "P.O"',
    );
    expect(dotted!.errors?.[0]?.message.en).toBe(
      'cementType (Cement type) must be one of P.I, P.II, P.O, P.S.A, P.S.B, P.P, P.F, P.C, got "\ufeffP·O", which contains the character "\ufeff" (U+FEFF): write "P.O"',
    );
  });

  it('a value with nothing unseen reads as before', async () => {
    const path = join(temp(), 'plain.csv');
    writeFileSync(path, [HEADER, row('S1', 'P.X'), ''].join('\n'));
    const run = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', path]);
    expect(results(run.stdout)[0]!.errors?.[0]?.message.en).toBe(
      'cementType (Cement type) must be one of P.I, P.II, P.O, P.S.A, P.S.B, P.P, P.F, P.C, got "P.X" (line 2, column 2)',
    );
  });
});
