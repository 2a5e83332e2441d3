/**
 * Records pretty-printed one after another on stdin, as `jq '.[]'` writes
 * them: each object a record, rows in order, with the checks a JSON array's
 * records get (a repeated key, a numeral JSON would round) on the right row.
 * Text that is not such a sequence says what to do: `jq -c` and `-i ndjson`.
 */
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { useCli } from './cli-harness';

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';
const GRADE = ['grade', '-r', AC, '-f', 'ndjson', '--no-progress', '--no-summary'];
const pretty = (...records: object[]) => records.map((r) => JSON.stringify(r, null, 2)).join('\n');
const ac = (model: string, apf: number) => ({
  model,
  unitType: 'heat-pump',
  ratedCoolingCapacity: 3500,
  apf,
});

const results = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GradeResult);

describe("JSON records one after another (jq '.[]')", () => {
  it('each object is a record, rows in order', async () => {
    const input = `${pretty(ac('A1', 4.62), ac('A2', 4.1), ac('A3', 3.9))}\n`;
    const run = await cli.run([...GRADE, '--keep', 'model', '-'], { input });
    expect(run.code, run.stderr).toBe(0);
    expect(results(run.stdout).map((r) => [r.row, r.kept?.model, r.grade])).toEqual([
      [1, 'A1', '2'],
      [2, 'A2', '3'],
      [3, 'A3', '4'],
    ]);
  });

  it('a repeated key or a numeral JSON would round is the error of its own record', async () => {
    const second =
      '{\n  "unitType": "heat-pump",\n  "ratedCoolingCapacity": 3500,\n  "apf": 4.6,\n  "apf": 4.6\n}';
    const third =
      '{\n  "unitType": "heat-pump",\n  "ratedCoolingCapacity": 3500,\n  "apf": 4.99999999999999999999\n}';
    const input = `${pretty(ac('A1', 4.62))}\n${second}\n${third}\n${pretty(ac('A4', 4.62))}`;
    const run = await cli.run([...GRADE, '--no-keep', '-'], { input });
    expect(run.code).toBe(1);
    const out = results(run.stdout);
    expect(out.map((r) => [r.row, r.grade, r.errors?.[0]?.code])).toEqual([
      [1, '2', undefined],
      [2, null, 'unreadable'],
      [3, null, 'wrong-type'],
      [4, '2', undefined],
    ]);
    expect(out[1]!.errors?.[0]?.message.en).toContain('"apf"');
  });

  it('an object in the sequence that is not JSON: the message says to pipe jq -c and give -i ndjson', async () => {
    const input = `${pretty(ac('A1', 4.62))}\n{\n  "model": "A2",\n  oops\n}\n`;
    const run = await cli.run([...GRADE, '--no-keep', '-'], { input });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^qgrade: stdin is not valid JSON: .*\(records one after another, as jq '\.\[\]' writes them, must each be a whole JSON object; to stream them, pipe them through jq -c \(one per line\) and give -i ndjson\)\n$/,
    );
    const zh = await cli.run(['--lang', 'zh', ...GRADE, '--no-keep', '-'], { input });
    expect(zh.stderr).toContain("逐条写出的记录（如 jq '.[]' 的输出）要每条都是完整的 JSON 对象");
  });

  it('a broken object in the sequence is named by its line and column, not the start of the next object', async () => {
    // hostile-17 F8 (concat.json): the second object lacks a value; V8 points at the start of the second object
    // (position 22, zh counting from 1 and en from 0). Both languages give the line and column of the fault.
    const input = '{\n  "strength": 450\n}\n{\n  "strength": \n}\n{\n  "strength": 550\n}\n';
    const en = await cli.run([...GRADE, '--no-keep', '-'], { input });
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(
      /^qgrade: stdin is not valid JSON: line 6, column 1: unexpected "}" \(records one after/,
    );
    const zh = await cli.run(['--lang', 'zh', ...GRADE, '--no-keep', '-'], { input });
    expect(zh.stderr).toMatch(
      /^qgrade: stdin 不是有效的 JSON：第 6 行第 1 列出现了意外的字符“}”（逐条写出的记录/,
    );
  });

  it.each(['zh', 'en'])('a JSON array with a fault gives its line and column in --lang %s', async (lang) => {
    // hostile-17 F8 (arr.json): zh gave no position at all; a big file gave a character offset without a line.
    const arr = '[{"strength":450},{"strength":},{"strength":550}]';
    const big = `[\n${Array.from({ length: 3000 }, (_, i) => `{"model":"M${i}","apf":${i === 2999 ? '4..6' : '4.6'}}`).join(',\n')}\n]\n`;
    const where = {
      zh: ['第 1 行第 31 列出现了意外的字符“}”', '第 3,001 行第 26 列出现了意外的字符“.”'],
      en: ['line 1, column 31: unexpected "}"', 'line 3,001, column 26: unexpected "."'],
    }[lang]!;
    for (const [input, expected] of [
      [arr, where[0]!],
      [big, where[1]!],
    ]) {
      const run = await cli.run(['--lang', lang, ...GRADE, '-i', 'json', '-'], { input });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        lang === 'zh' ? `stdin 不是有效的 JSON：${expected}（` : `stdin is not valid JSON: ${expected} (`,
      );
    }
  });

  it('a first line that is a JSON array, then records: the message names -i ndjson', async () => {
    const input = `[1,2]\n${JSON.stringify(ac('A1', 4.62))}\n`;
    const run = await cli.run([...GRADE, '--no-keep', '-'], { input });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('for one JSON record per line, give -i ndjson');
  });
});
