/**
 * Hostile-38 M3: `{"records":[…]}`, the usual shape of an API's export, was graded as one record missing every
 * field. A JSON document that is one object, none of whose keys is an indicator, holding one list of objects, is
 * now an error row saying the records are that list, naming the key and the jq command that gives it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const RECORD = { model: 'W1', unitType: 'heat-pump', ratedCoolingCapacity: 2600, apf: 5.27 };

async function explanation(text: string, lang = 'en_US.UTF-8'): Promise<{ code: number; row: string }> {
  const run = await cli.run(['grade', '-r', AC, '-i', 'json', '-f', 'json', '-'], {
    input: text,
    env: { LANG: lang },
  });
  const [result] = JSON.parse(run.stdout) as Array<{
    errors?: Array<{ message: { en: string; zh: string } }>;
  }>;
  const message = result?.errors?.[0]?.message;
  return { code: run.code, row: (lang.startsWith('zh') ? message?.zh : message?.en) ?? '' };
}

describe('a JSON object wrapping the records (hostile-38 M3)', () => {
  it('{"records": [2 records]}: one error row naming the key and jq, exit 1; zh too', async () => {
    const text = JSON.stringify({ records: [RECORD, RECORD], total: 2 });
    const en = await explanation(text);
    expect(en.code).toBe(1);
    expect(en.row).toBe(
      "stdin is one object holding a list of 2 objects under the key \"records\", and none of the rule set's fields: the records are that list; give it, e.g. jq '.records' (or jq -c '.records[]' for NDJSON)",
    );
    const zh = await explanation(text, 'zh_CN.UTF-8');
    expect(zh.row).toContain('stdin 是一个对象，其键 "records" 下有 2 个对象的列表，而没有规则集的字段');
  });

  it('a file: the jq command names it; a key jq cannot write bare is quoted', async () => {
    const path = join(temp(), 'export.json');
    writeFileSync(path, JSON.stringify({ 'data-items': [RECORD] }));
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`jq '.[""data-items""]' ${path} > records.json`);
  });

  it('one record holding a list beside its fields is a record, graded as before', async () => {
    const { code } = await explanation(JSON.stringify({ ...RECORD, notes: [{ by: 'lab' }] }));
    // APF 5.27 for a heat-pump unit of 2600 W meets grade 1's ≥ 5.00: exit 0.
    expect(code).toBe(0);
  });

  it('an object with two lists of objects is not guessed at: its missing fields are told', async () => {
    const { row } = await explanation(JSON.stringify({ a: [RECORD], b: [RECORD] }));
    expect(row).toContain('is missing');
  });
});
