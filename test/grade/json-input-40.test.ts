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
const bytes = (text: string) => new TextEncoder().encode(text);

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

describe.each(graders)('UTF-8 JSON/NDJSON bytes given as gb18030 (developer-40 F1), %s', (_, grader) => {
  const record = { model: 'KFR-35GW/变频空调', unitType: '热泵型', ratedCoolingCapacity: 3500, apf: 4.62 };
  const texts = [
    ['upload.json', JSON.stringify([record])],
    ['upload.ndjson', `${JSON.stringify(record)}\n`],
    ['upload', JSON.stringify([record])],
  ] as const;

  it('gradeSample reads them as UTF-8 and tells onNotice: APF 4.62 at 3500 W is grade 2', async () => {
    for (const [name, text] of texts) {
      const notices: { zh: string; en: string }[] = [];
      const graded = await gradeSample(grader, bytes(text), {
        encoding: 'gb18030',
        keep: ['model'],
        name,
        onNotice: (t) => notices.push(t),
      });
      expect(graded.map(({ result }) => [result.grade, result.kept])).toEqual([
        ['2', { model: 'KFR-35GW/变频空调' }],
      ]);
      expect(notices).toContainEqual({
        zh: `${name}：按 UTF-8 而非 gb18030 读取：其字节是有效的 UTF-8，按 UTF-8 读取是中文；按 gb18030 读取其中文值会成为乱码（UTF-8 文件请去掉 encoding: 'gb18030'）`,
        en: `${name}: read as UTF-8, not as gb18030: its bytes are valid UTF-8 and hold Chinese read so; read as gb18030 its Chinese values would be mojibake (for UTF-8 files drop encoding: 'gb18030')`,
      });
    }
  });

  it('gradeFile refuses them (code usage), as the CLI does', async () => {
    const dir = tempDir('json-enc-40');
    for (const [name, text] of texts.slice(0, 2)) {
      const file = join(dir, name);
      writeFileSync(file, text);
      const error = await failure(() => fileGrades(grader, file, { encoding: 'gb18030' }));
      expect(error.code).toBe('usage');
      expect(error.message).toBe(
        `${file}: the file is UTF-8 (its bytes are valid UTF-8 and read so hold Chinese); read as gb18030 its Chinese values would be mojibake and graded wrongly, so nothing is graded: drop encoding: 'gb18030'`,
      );
      expect(await fileGrades(grader, file, {})).toEqual(['2']);
    }
  });
});

describe('an ASCII CSV header over UTF-8 Chinese cells given as gb18030 (developer-40 F2, documented)', () => {
  const text = 'model,unitType,ratedCoolingCapacity,apf\nKFR-35GW/变频空调,热泵型,3500,4.62\n';

  it('gradeSample reads it as UTF-8 with a notice; gradeFile refuses it', async () => {
    const [, grader] = graders[0]!;
    const notices: string[] = [];
    const graded = await gradeSample(grader, bytes(text), {
      encoding: 'gb18030',
      name: 'upload.csv',
      onNotice: (t) => notices.push(t.en),
    });
    expect(graded.map(({ result }) => result.grade)).toEqual(['2']);
    expect(notices.join('\n')).toContain('its Chinese cells would be mojibake');
    const file = join(tempDir('csv-enc-40'), 'upload.csv');
    writeFileSync(file, text);
    const error = await failure(() => fileGrades(grader, file, { encoding: 'gb18030' }));
    expect(error.code).toBe('usage');
    expect(error.message).toContain(
      'its Chinese cells would be mojibake and graded wrongly, so nothing is graded',
    );
  });
});
