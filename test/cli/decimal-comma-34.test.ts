import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decimalCommaAdvice } from '../../src/compile/decimal-comma-advice';
import { useCli, useTempDir } from './cli-harness';

/* committee-34 M7: a strength class written `42,5` was refused without saying `42.5`. */
const cli = useCli();
const temp = useTempDir();

describe.concurrent('an enum value with a decimal comma (committee-34 M7)', () => {
  it('csv: "42,5" is still refused, and the message says to write 42.5, in en and zh', async () => {
    const file = join(temp(), 'comma.csv');
    writeFileSync(
      file,
      'sample,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting\nS1,"42,5",24,48,150,240\n',
    );
    const { stdout } = await cli.run([
      'grade',
      '-f',
      'ndjson',
      '-r',
      'building-materials/cement-lot-grade',
      file,
    ]);
    const [result] = stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            grade: string | null;
            errors?: { field: string; message: { zh: string; en: string } }[];
          },
      );
    expect(result!.grade).toBeNull();
    expect(result!.errors?.map((e) => e.field)).toEqual(['strengthClass']);
    expect(result!.errors![0]!.message.en).toMatch(
      /got "42,5", a comma for the decimal point: write "42\.5" \(line 2, column 2\)$/,
    );
    expect(result!.errors![0]!.message.zh).toMatch(
      /实际为 "42,5"，小数点写成了逗号：应写作 "42\.5"（第 2 行第 2 列）$/,
    );
  });

  it('only a listed value with a point: 42,6 and 4,25 get no advice', () => {
    const values = ['42.5', '52.5R'];
    expect(decimalCommaAdvice('42,5', values)?.en).toBe(', a comma for the decimal point: write "42.5"');
    expect(decimalCommaAdvice('42,6', values)).toBeUndefined();
    expect(decimalCommaAdvice('4,25', values)).toBeUndefined();
    expect(decimalCommaAdvice('52,5R', values)).toBeUndefined();
  });
});
