/**
 * The library reads a file or a sample as the CLI does: a column neither
 * read nor kept whose cell says a defaulted indicator's value other than its
 * default (`机型` = `移动式`, unitConfiguration's default split) makes that
 * record invalid, the messages naming `options.map` and `options.keep`.
 * `gradeSync` of a record object is not looked at by value: a caller's own
 * fields (an id, a channel, a note) cannot be marked kept there, and the
 * record is the caller's to give `unitConfiguration` in (see docs/cli.md).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeSample } from '../../src/browser';
import { createGrader, type GradeResult, gradeFile, loadRuleSet } from '../../src/index';
import { tempDir } from '../temp-dir';

const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
const CSV =
  '型号,unitType,ratedCoolingCapacity,apf,seer,冷却方式,机型\nK0,heat-pump,2000,5.00,,风冷,分体\nK1,heat-pump,2000,5.00,,风冷,移动式\n';
const API_EN =
  'record 2 (line 3): column "机型" holds "移动式", which is unitConfiguration = mobile, but the column is not read as it: the record would be graded with its default "split". If the column is unitConfiguration, read it with options.map { "机型": "unitConfiguration" }; if it says something else, keep it with options.keep ["机型"]';

async function all(results: AsyncIterable<GradeResult>): Promise<GradeResult[]> {
  const out: GradeResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe('a column not read whose values say a defaulted indicator, from the library', () => {
  it('gradeFile: K0 (分体) graded, K1 (移动式) invalid, naming options.map and options.keep', async () => {
    const path = join(tempDir('unread-values'), 'cool.csv');
    writeFileSync(path, CSV);
    const [k0, k1] = await all(gradeFile(grader, path, { keep: ['型号'] }));
    expect(k0?.grade).toBe('1');
    expect(k1?.grade).toBeNull();
    expect(k1?.errors).toEqual([
      { field: 'unitConfiguration', code: 'missing', message: expect.objectContaining({ en: API_EN }) },
    ]);
    const kept = await all(gradeFile(grader, path, { keep: ['型号', '机型'] }));
    expect(kept.map((r) => r.grade)).toEqual(['1', '1']);
  });

  it('gradeSample: the same, CSV and NDJSON', async () => {
    const [, k1] = await gradeSample(grader, CSV, { keep: ['型号'] });
    expect(k1?.result.errors?.[0]?.message.en).toBe(API_EN);
    const ndjson = `${JSON.stringify({ unitType: 'heat-pump', ratedCoolingCapacity: 2000, apf: 5, 机型: '移动式' })}\n`;
    const [one] = await gradeSample(grader, ndjson);
    expect(one?.result.errors?.[0]).toMatchObject({ field: 'unitConfiguration', code: 'missing' });
    expect(one?.result.errors?.[0]?.message.en).toContain('record 1: column "机型" holds "移动式"');
  });

  it('gradeSync of a record object is not looked at by value: graded, as the caller’s own fields are its own', () => {
    const result = grader.gradeSync({
      unitType: 'heat-pump',
      ratedCoolingCapacity: 2000,
      apf: 5,
      机型: '移动式',
    });
    expect(result.grade).toBe('1');
    // Giving the indicator is how a caller says it, by name or label.
    const given = grader.gradeSync({
      unitType: 'heat-pump',
      ratedCoolingCapacity: 2000,
      apf: 5,
      unitConfiguration: '移动式',
    });
    expect(given.notGradedReason?.code).toBe('out-of-scope');
  });
});
