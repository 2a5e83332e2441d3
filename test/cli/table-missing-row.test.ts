/**
 * newcomer-30 M1: a table with no row for the record's key leaves its
 * requirement not checked. The result says so (`notChecked`), apart from a
 * `~` cell (no requirement there); explain and the HTML report show it, not
 * counted away among those that do not apply; the summary on stderr counts
 * the records, whatever the output format.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { ByteBuffer } from '../../src/serialize/byte-buffer';
import { resultJsonBytesWriter } from '../../src/serialize/result-json-bytes';
import { FIXTURES, ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const RULES = join(FIXTURES, 'table-missing-row.yaml');
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: true, allowUnionTypes: true })
  .addSchema(JSON.parse(readFileSync(join(ROOT, 'schemas/grade-result.schema.json'), 'utf8')))
  .getSchema('https://qgrade.dev/schemas/grade-result.schema.json');

/** Thickness 8 (no row), 6 (a `~` premium cell), 4 (a row), and 8 again. */
function input(): string {
  const path = join(temp(), 't.csv');
  writeFileSync(path, 'thickness,thicknessDeviation\n8,0.05\n6,0.05\n4,0.05\n8,0.5\n');
  return path;
}

describe('a requirement whose table has no row for the record', () => {
  it('is not-applicable with notChecked { table, keys }; a `~` cell and a matched row have none', async () => {
    const { stdout } = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', '--no-summary', input()]);
    const results = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as GradeResult);
    const premium = results.map((r) => r.criteria.find((c) => c.id === 'deviation-premium')!);
    expect(premium[0]).toMatchObject({
      status: 'not-applicable',
      passed: null,
      limit: null,
      notChecked: { table: 'thicknessTol', keys: { thickness: 8 } },
    });
    expect(premium[0]!.message.zh).toBe(
      '厚度偏差：未检验：表 thicknessTol 没有公称厚度为 8 mm 的行（优质加工级）',
    );
    expect(premium[0]!.message.en).toBe(
      'Thickness deviation: not checked: table thicknessTol has no row for Nominal thickness 8 mm (Premium processing)',
    );
    // The `~` cell: not applicable, nothing more to say.
    expect(premium[1]!.status).toBe('not-applicable');
    expect(premium[1]!.notChecked).toBeUndefined();
    expect(premium[2]!.status).toBe('passed');
    expect(premium[2]!.notChecked).toBeUndefined();
    if (validate === undefined) throw new Error('no grade-result schema');
    for (const r of results) expect(validate(r) ? [] : validate.errors).toEqual([]);
  });

  it('the JSON bytes writer writes it as JSON.stringify does', async () => {
    const { stdout } = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', '--no-summary', input()]);
    const write = resultJsonBytesWriter();
    for (const line of stdout.trim().split('\n')) {
      const result = JSON.parse(line) as GradeResult;
      const out = new ByteBuffer();
      write(result, out);
      expect(new TextDecoder().decode(out.bytes.subarray(0, out.length))).toBe(JSON.stringify(result));
    }
  });

  it('explain shows it without --all, where a `~` cell is counted among those that do not apply', async () => {
    const zh = await cli.run(['--lang', 'zh', 'explain', '-r', RULES, '--row', '1', input()]);
    expect(zh.stdout).toContain('– 厚度偏差：未检验：表 thicknessTol 没有公称厚度为 8 mm 的行（普通级）');
    expect(zh.stdout).toContain('– 厚度偏差：未检验：表 thicknessTol 没有公称厚度为 8 mm 的行（优质加工级）');
    expect(zh.stdout).not.toContain('项要求不适用');
    const six = await cli.run(['explain', '-r', RULES, '--row', '2', input()]);
    expect(six.stdout).toContain('1 more requirement does not apply to this record');
    expect(six.stdout).not.toContain('not checked');
  });

  it('the summary on stderr counts the records, in every format (zh and en)', async () => {
    const path = input();
    for (const format of ['table', 'csv', 'ndjson']) {
      const en = await cli.run(['grade', '-r', RULES, '-f', format, path]);
      expect(en.stderr, format).toContain(
        'not checked: 2 records have requirements not checked, as a table of the rule file has no row for their values (rows 1, 4; explain --row lists them)',
      );
    }
    const brief = await cli.run(['grade', '-r', RULES, '-f', 'json', '--detail', 'grade', path]);
    expect(brief.stderr).toContain('not checked: 2 records');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, path]);
    expect(zh.stderr).toContain(
      '未检验：2 条记录有要求因规则文件的表中没有其取值的行而未检验（序号 1、4；explain --row 列出）',
    );
    // None when every record finds its row (or a `~` cell).
    const clean = join(temp(), 'clean.csv');
    writeFileSync(clean, 'thickness,thicknessDeviation\n6,0.05\n4,0.05\n');
    expect((await cli.run(['grade', '-r', RULES, clean])).stderr).not.toContain('not checked');
  });

  it('the HTML report shows it in the record explanation', async () => {
    const out = join(temp(), 't.html');
    await cli.run(['--lang', 'zh', 'grade', '-r', RULES, '-f', 'html', '-o', out, input()]);
    expect(readFileSync(out, 'utf8')).toContain(
      '厚度偏差：未检验：表 thicknessTol 没有公称厚度为 8 mm 的行（普通级）',
    );
  });
});
