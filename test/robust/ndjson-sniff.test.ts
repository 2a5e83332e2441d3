/**
 * Issue 12, defect 9: NDJSON on stdin whose first line is malformed is still
 * NDJSON: the bad line is an error row, the others are graded.
 */
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { useCli } from '../cli/cli-harness';

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';
const GOOD = '{"unitType": "heat-pump", "ratedCoolingCapacity": 3500, "apf": 4.62}';

function rows(stdout: string): GradeResult[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GradeResult);
}

describe('NDJSON on stdin is recognised by its first character', () => {
  it.each([
    ['a cut-off first line', '{"unitType": "heat-pump", "ratedCool'],
    ['a first line with a trailing comma', `${GOOD},`],
    ['a first line of two objects', `${GOOD}${GOOD}`],
  ])('%s is an error row; the rest are graded', async (_, first) => {
    const r = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-'], {
      input: `${first}\n${GOOD}\n${GOOD}\n`,
    });
    expect(r.code).toBe(1);
    const out = rows(r.stdout);
    expect(out.map((x) => x.row)).toEqual([1, 2, 3]);
    expect(out[0]!.errors?.[0]?.code).toBe('unreadable');
    expect(out[0]!.errors?.[0]?.message.en).toContain('line 1 is not valid JSON');
    expect(out.slice(1).map((x) => x.grade)).toEqual(['2', '2']);
  });

  it('an object spread over lines (as jq writes it) is still one JSON record', async () => {
    const pretty = JSON.stringify(JSON.parse(GOOD), null, 2);
    const r = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-'], { input: `${pretty}\n` });
    expect(r.code).toBe(0);
    expect(rows(r.stdout).map((x) => x.grade)).toEqual(['2']);
  });

  it('a byte-order mark starting a later line (files put one after another) is skipped like the first', async () => {
    // `cat a.ndjson b.ndjson` of two files saved with a BOM, as Notepad saves UTF-8.
    const r = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-i', 'ndjson', '-'], {
      input: `\ufeff${GOOD}\n\ufeff${GOOD}\n`,
    });
    expect(r.code).toBe(0);
    expect(rows(r.stdout).map((x) => x.grade)).toEqual(['2', '2']);
  });

  it('a byte-order mark inside a line is named by its code point, not shown as an invisible character', async () => {
    const r = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-i', 'ndjson', '-'], {
      input: `${GOOD}\n{"unitType":\ufeff"heat-pump"}\n`,
    });
    expect(r.code).toBe(1);
    expect(rows(r.stdout)[1]!.errors?.[0]?.message).toEqual({
      zh: '第 2 行不是有效的 JSON：第 13 列出现了意外的字符U+FEFF（字节顺序标记）',
      en: 'line 2 is not valid JSON: column 13: unexpected U+FEFF (byte-order mark)',
    });
  });
});
