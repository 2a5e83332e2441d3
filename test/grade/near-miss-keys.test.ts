/**
 * A JSON record, an NDJSON line or a `gradeSync` record giving an indicator
 * with a `default` under a key that is its name but for case, `_`, `-` or
 * white space (`aircooled`, `air_cooled`, `"airCooled "`), or under its
 * label (`风冷式`), left the default standing in silently: a water-cooled
 * unit graded 1 at airCooled's default true, where the same header in CSV
 * is refused (hostile-20 W11). The record is now invalid, naming the key
 * and the indicator.
 */
import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';
import { useCli, useTempDir } from '../cli/cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const UNIT = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 5.0 };

describe('a near-miss key for a defaulted indicator', async () => {
  const grader = createGrader(await loadRuleSet(AC));

  it.each(['aircooled', 'air_cooled', 'Air-Cooled', 'airCooled ', ' air cooled', '风冷式', 'Air-cooled'])(
    'gradeSync with %j: false → invalid, naming the key and airCooled',
    (key) => {
      const result = grader.gradeSync({ ...UNIT, [key]: false });
      expect(result.grade).toBeNull();
      expect(result.notGradedReason?.code).toBe('invalid-record');
      expect(result.errors).toEqual([expect.objectContaining({ field: 'airCooled', code: 'missing' })]);
      const [error] = result.errors!;
      expect(error!.message.en).toBe(
        `airCooled (Air-cooled) is not given under its name: the record's key ${JSON.stringify(key)} differs from its name or label only in case, "_", "-" or white space and is not read as it, so the default true would stand in; if it is that indicator, rename the key airCooled`,
      );
      expect(error!.message.zh).toContain(`记录中的键 ${JSON.stringify(key)} 与它的名称或标签只差大小写`);
      expect(error!.message.zh).toContain('请把键改为 airCooled');
    },
  );

  it('the name itself, the name beside a near key, or no such key: read as before', () => {
    expect(grader.gradeSync({ ...UNIT, airCooled: false }).notGradedReason?.code).toBe('out-of-scope');
    expect(grader.gradeSync({ ...UNIT, airCooled: true, air_cooled: 'note' }).grade).toBe('1');
    expect(grader.gradeSync({ ...UNIT, sampleId: 'K1', aircooledNote: 'x' }).grade).toBe('1');
  });

  it('a JSON file and an NDJSON stream: the same record invalid (exit 1)', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const path = join(temp(), 'near.json');
    writeFileSync(path, JSON.stringify([{ ...UNIT, aircooled: false }]));
    const json = await cli.run(['grade', '-r', AC, '-f', 'csv', '--no-summary', path]);
    expect(json.code).toBe(1);
    expect(json.stdout).toContain('the record\'s key ""aircooled"" differs from its name');
    const ndjson = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-i', 'ndjson', '-'], {
      input: `${JSON.stringify({ ...UNIT, air_cooled: false })}\n`,
    });
    expect(ndjson.code).toBe(1);
    expect(JSON.parse(ndjson.stdout.trim()).errors[0]).toMatchObject({ field: 'airCooled', code: 'missing' });
  });
});
