/**
 * Session 40's JSON input findings through the library: `map` onto a key a record also has (hostile-40 W2), and
 * UTF-8 JSON/NDJSON bytes given as gb18030 (developer-40 F1), with gradeSample and gradeFile, by both engines.
 * Also the documented difference of developer-40 F2: an ASCII CSV header over UTF-8 Chinese cells named gb18030 is
 * read as UTF-8 by gradeSample (with a notice) and refused by gradeFile, as by the CLI.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, type Grader, gradeFile, gradeSample, loadRuleSet, QgradeError } from '../../src/index';
import { tempDir } from '../temp-dir';

const ruleSet = await loadRuleSet('home-appliances/room-air-conditioner-energy');
const graders: [string, Grader][] = [
  ['compiled', createGrader(ruleSet)],
  ['json-rules-engine', createGrader(ruleSet, { engine: 'json-rules-engine' })],
];

async function failure(run: () => Promise<unknown>): Promise<QgradeError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(QgradeError);
  return error as QgradeError;
}

async function fileGrades(grader: Grader, file: string, options: Parameters<typeof gradeFile>[2]) {
  const out: (string | null)[] = [];
  for await (const r of gradeFile(grader, file, options)) out.push(r.grade);
  return out;
}

describe.each(graders)('map onto a key the JSON record also has (hostile-40 W2), %s', (_, grader) => {
  const both = [
    { model: 'A', unitType: 'heat-pump', ratedCoolingCapacity: 2600, apf: 5.3, apfMeasured: 4.0 },
    { model: 'B', unitType: 'heat-pump', ratedCoolingCapacity: 2600, apfMeasured: 4.0, apf: 5.3 },
    { model: 'C', unitType: 'heat-pump', ratedCoolingCapacity: 2600, apfMeasured: 4.0 },
  ];

  it('gradeSample: a record with both keys is invalid, naming them and options.map, whatever their order', async () => {
    for (const [name, text] of [
      ['s.json', JSON.stringify(both)],
      ['s.ndjson', both.map((r) => JSON.stringify(r)).join('\n')],
    ] as const) {
      const graded = await gradeSample(grader, text, { name, map: { apfMeasured: 'apf' }, keep: ['model'] });
      // C has only the mapped key: APF 4.0 at 2600 W is grade 3 (at least 4.00, under grade 2's 4.50).
      expect(graded.map(({ result }) => result.grade)).toEqual([null, null, '3']);
      expect(graded.map(({ result }) => result.kept)).toEqual([
        { model: 'A' },
        { model: 'B' },
        { model: 'C' },
      ]);
      const where = name === 's.json' ? 'record 2' : 'line 2';
      expect(graded[1]!.result.errors?.[0]?.message.en).toBe(
        `${where} gives the field "apf" twice, under the keys "apf" and "apfMeasured" (options.map { "apfMeasured": "apf" }), and which value counts would be a guess: drop one of the keys, or map it elsewhere`,
      );
    }
  });

  it('two map keys onto one field: a usage error, nothing graded, in gradeSample and gradeFile', async () => {
    const map = { m2: 'apf', m3: 'apf' };
    const text = '{"m2":4.0,"m3":5.3}\n';
    const sample = await failure(() => gradeSample(grader, text, { name: 's.ndjson', map }));
    expect(sample.code).toBe('usage');
    expect(sample.message).toContain(
      'options.map { "m2": "apf" } and options.map { "m3": "apf" } both map onto the field "apf"',
    );
    const file = join(tempDir('json-map-40'), 'm.ndjson');
    writeFileSync(file, text);
    const error = await failure(() => fileGrades(grader, file, { map }));
    expect(error.code).toBe('usage');
  });
});
