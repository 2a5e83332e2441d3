import { describe, expect, it } from 'vitest';
import * as browser from '../../src/browser';
import { createGrader, createNdjsonEncoder, gradeSample, loadRuleSet, resultAtDetail } from '../../src/index';

const AC = 'home-appliances/room-air-conditioner-energy';

describe('createNdjsonEncoder: results as NDJSON bytes, for a library user (developer-34 S1)', () => {
  it('gives the bytes of JSON.stringify(result) and a line end per result, for every level of detail', async () => {
    const grader = createGrader(await loadRuleSet(AC));
    // GB 21455-2019: APF 4.62 grade 2, 5.40 grade 1, 3.20 below grade 5; a missing value and a bad row invalid.
    const graded = await gradeSample(
      grader,
      '型号,机组类型,额定制冷量,全年能源消耗效率 APF\nK1,热泵型,3500,4.62\nK2,热泵型,2600,5.4\nK3,热泵型,3500,3.2\nK4,热泵型,,4.62\nK5,热泵型,abc,4.62\n',
      { keep: 'auto' },
    );
    const results = graded.map((g) => g.result);
    expect(results.map((r) => r.grade)).toEqual(['2', '1', null, null, null]);
    const encode = createNdjsonEncoder();
    const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    // Twice: the second call copies what the first learnt, and must give the same bytes.
    for (let i = 0; i < 2; i++)
      expect(text(encode(results))).toBe(results.map((r) => `${JSON.stringify(r)}\n`).join(''));
    const brief = results.map((r) => resultAtDetail(r, 'grade'));
    expect(text(encode(brief))).toBe(brief.map((r) => `${JSON.stringify(r)}\n`).join(''));
    expect(encode([])).toHaveLength(0);
    expect(browser.createNdjsonEncoder).toBe(createNdjsonEncoder);
  });

  it('escapes what a terminal would act on (a bidi override in a kept id) as \\u, the same data as JSON.stringify', async () => {
    const grader = createGrader(await loadRuleSet(AC));
    const [graded] = await gradeSample(
      grader,
      '型号,unitType,ratedCoolingCapacity,apf\nK\u202e1,heat-pump,3500,4.62\n',
      {
        keep: 'auto',
      },
    );
    const line = new TextDecoder().decode(createNdjsonEncoder()([graded!.result]));
    expect(line).toContain('"型号":"K\\u202e1"');
    expect(JSON.parse(line)).toEqual(JSON.parse(JSON.stringify(graded!.result)));
    expect(line.endsWith('}\n')).toBe(true);
  });
});
