/**
 * Hostile-38 M2: JSON keys that are an indicator's name but for case or spaces (`APF`, `apf `) were skipped
 * silently: the record was "missing apf" with no word of the key, where a label key gets a hint and `--map`. And a
 * record giving apf under two such keys (`apf` and `APF`, or `apf` and its label) was graded on `apf`, where CSV
 * refuses the two columns as a guess. Now the missing apf names the key (with `--map` where a map can fix it), and a
 * record with two keys for one indicator is an error row, as one that gives a key twice is.
 */
import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';
import { useCli } from './cli-harness';

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';
const BASE = '"unitType":"heat-pump","ratedCoolingCapacity":2600';
const ZH = { env: { LANG: 'zh_CN.UTF-8' } };

function ndjson(...lines: string[]): string {
  return `${lines.map((l) => `{"model":"M",${BASE},${l}}`).join('\n')}\n`;
}

async function rows(input: string, extra: string[] = [], options = {}) {
  const run = await cli.run(['grade', '-r', AC, '-i', 'ndjson', '-f', 'json', ...extra, '-'], {
    input,
    ...options,
  });
  return { run, results: JSON.parse(run.stdout) as Array<Record<string, unknown>> };
}

describe('a JSON key that is an indicator name but for case or spaces (hostile-38 M2)', () => {
  it('APF: apf is missing, naming the key and --map APF=apf; the map then grades it', async () => {
    const { results } = await rows(ndjson('"APF":5.27'));
    const [error] = results[0]!.errors as Array<{ field: string; message: { en: string } }>;
    expect(error!.field).toBe('apf');
    expect(error!.message.en).toBe(
      'apf (Annual performance factor (APF)) is missing: the record has the key "APF", which is its name but for case; JSON records name fields by indicator name exactly (apf), or map the key with --map APF=apf',
    );
    // A snapshot crossing to a worker keeps the key it noted: --workers 2 says the same, over enough lines to use them.
    const many = ndjson(...Array.from({ length: 3000 }, () => '"APF":5.27'));
    const one = await rows(many, ['--workers', '1']);
    const two = await rows(many, ['--workers', '2']);
    expect(two.run.stdout).toBe(one.run.stdout);
    expect(two.results[2999]!.errors).toEqual(results[0]!.errors);
    const mapped = await rows(ndjson('"APF":5.27'), ['--map', 'APF=apf']);
    // APF 5.27 for a heat-pump unit of 2600 W: grade 1 (GB 21455-2019 table 2, ≥ 5.00 for CC ≤ 4500 W).
    expect(mapped.results[0]!.grade).toBe('1');
  });

  it('"apf ": the key with spaces is named, and told to be written without them (a map trims the key); zh too', async () => {
    const en = await rows(ndjson('"apf ":5.27'));
    expect(JSON.stringify(en.results[0]!.errors)).toContain(
      'the record has the key \\"apf \\", which is its name but for the spaces around it; JSON records name fields by indicator name exactly (apf): write the key without the spaces',
    );
    const zh = await rows(ndjson('"apf ":5.27'), [], ZH);
    expect(JSON.stringify(zh.results[0]!.errors)).toContain(
      '缺少全年能源消耗效率 APF：记录中有键 \\"apf \\"，与指标名只差首尾空格',
    );
  });

  it('the library says the same for an object record', async () => {
    const grader = createGrader(await loadRuleSet(AC));
    const result = grader.gradeSync({ unitType: 'heat-pump', ratedCoolingCapacity: 2600, APF: 5.27 });
    expect(result.errors?.[0]?.message.zh).toContain('记录中有键 "APF"，与指标名只差大小写');
  });
});

describe('a required indicator given under a key that folds to its name or label (one notion with defaulted ones)', () => {
  it('rated_cooling_capacity, 额定制冷量CC: the missing capacity names the key and the rename; zh too', async () => {
    const line = (key: string) =>
      `{"model":"M","unitType":"heat-pump","apf":5.27,${JSON.stringify(key)}:2600}\n`;
    const snake = await rows(line('rated_cooling_capacity'));
    expect(snake.run.code).toBe(1);
    const [error] = snake.results[0]!.errors as Array<{ field: string; message: { en: string } }>;
    expect(error!.field).toBe('ratedCoolingCapacity');
    expect(error!.message.en).toBe(
      'ratedCoolingCapacity (Rated cooling capacity (CC)) is missing: the record has the key "rated_cooling_capacity", which differs from its name or label only in case, "_", "-" or white space; JSON records name fields by indicator name exactly (ratedCoolingCapacity): rename the key ratedCoolingCapacity, or map it with --map rated_cooling_capacity=ratedCoolingCapacity',
    );
    // The label without its space: the same notion as a defaulted indicator's key (`风冷 式` for airCooled).
    const label = await rows(line('额定制冷量CC'), [], ZH);
    expect(JSON.stringify(label.results[0]!.errors)).toContain(
      '记录中有键 \\"额定制冷量CC\\"，与指标名或标签只差大小写、“_”、“-”或空白',
    );
    // A key that only resembles it is still plain "missing", naming no key.
    const other = await rows(line('ratedCapacity'));
    expect(JSON.stringify(other.results[0]!.errors)).not.toContain('ratedCapacity\\"');
    // The map it names grades the record: APF 5.27 at 2600 W is grade 1 (GB 21455-2019, ≥ 5.00 for CC ≤ 4500 W).
    const mapped = await rows(line('rated_cooling_capacity'), [
      '--map',
      'rated_cooling_capacity=ratedCoolingCapacity',
    ]);
    expect(mapped.results[0]!.grade).toBe('1');
  });
});

describe('a JSON record giving one indicator under two keys is an error row, as CSV refuses two columns', () => {
  it('apf and APF, apf and its label: error rows naming both keys; the next record is graded; zh too', async () => {
    const input = ndjson('"apf":3.0,"APF":5.27', '"全年能源消耗效率 APF":3.0,"apf":5.27', '"apf":5.27');
    const { run, results } = await rows(input);
    expect(run.code).toBe(1);
    expect(results).toHaveLength(3);
    const messages = results.map(
      (r) => (r.errors as Array<{ message: { en: string } }> | undefined)?.[0]?.message.en,
    );
    expect(messages[0]).toBe(
      'line 1 gives apf (Annual performance factor (APF)) twice, under the keys "apf" and "APF" (its name but for case or spaces), and which value counts would be a guess: give it once, under its name exactly',
    );
    expect(messages[1]).toContain('under the keys "apf" and "全年能源消耗效率 APF" (its label)');
    expect(results[2]!.grade).toBe('1');
    const zh = await rows(input, [], ZH);
    expect(JSON.stringify(zh.results[0]!.errors)).toContain(
      '第 1 行在键 \\"apf\\" 和 \\"APF\\"（与指标名只差大小写或首尾空格）下两次给出 apf（全年能源消耗效率 APF），无法确定取哪个值',
    );
  });

  it('a JSON array gives the same error row, by record number', async () => {
    const run = await cli.run(['grade', '-r', AC, '-i', 'json', '-f', 'json', '-'], {
      input: `[{${BASE},"apf":3.0,"APF ":5.27}]`,
    });
    const [result] = JSON.parse(run.stdout) as Array<{ errors: Array<{ message: { en: string } }> }>;
    expect(result!.errors[0]!.message.en).toContain(
      'record 1 gives apf (Annual performance factor (APF)) twice',
    );
  });
});
