import { describe, expect, it } from 'vitest';
import { createGrader, gradeSample, loadRuleSet, QgradeError } from '../../src/index';
import { parseFormula } from '../../src/syntax/parse-formula';
import { closestName } from '../../src/text/closest-name';

const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
const refusal = (run: Promise<unknown>) =>
  run.then(
    () => undefined,
    (e: unknown) => (e instanceof QgradeError ? e.text : e),
  );

// Wordings an outside developer met (developer-36 M6).
describe('messages that said the wrong thing', () => {
  it("gradeSample's format list does not offer parquet, which it refuses", async () => {
    const text = await refusal(gradeSample(grader, 'x', { format: 'xls' as 'csv' }));
    expect(text).toEqual({
      zh: 'options.format 应为 json, ndjson, csv, tsv, xlsx 之一，收到的是 "xls"',
      en: 'options.format must be one of json, ndjson, csv, tsv, xlsx, got "xls"',
    });
  });

  it('a no-break space in a JSON value is shown as \\u00a0, not as a plain space', async () => {
    const json = JSON.stringify([{ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: '\u00a04.62' }]);
    const [graded] = await gradeSample(grader, json);
    expect(graded?.result.errors?.map((e) => e.message)).toEqual([
      {
        zh: '全年能源消耗效率 APF 应为数值，实际为 "\\u00a04.62"，是加了引号的文本：请去掉引号，写作 4.62',
        en: 'apf (Annual performance factor (APF)) must be a number, got "\\u00a04.62", which is text in quotes: remove the quotes and write 4.62',
      },
    ]);
  });

  it('a one-letter column is not offered for another one-letter column', async () => {
    const text = await refusal(gradeSample(grader, 'a,b\n1,2\n', { map: { c: 'apf' } }));
    // Neither a nor b is offered as meant; the columns there are are listed (hostile-46).
    expect(text).toEqual({
      zh: 'options.map { "c": "apf" }：sample 中没有“c”列；其列有“a”、“b”',
      en: 'options.map { "c": "apf" }: sample has no column "c"; its columns are "a", "b"',
    });
    expect(closestName('c', ['a', 'b'])).toBeUndefined();
    // A typo is still named.
    expect(closestName('apg', ['apf', 'unitType'])).toBe('apf');
    expect(closestName('ab', ['ba'])).toBe('ba');
  });

  it('a dot with no digit before a name is named as that, not as a name starting with a digit', () => {
    const scope = { names: new Set(['a']) } as unknown as Parameters<typeof parseFormula>[1];
    expect(parseFormula('a + .nan', scope)).toEqual({
      errors: [
        {
          index: 5,
          text: {
            zh: '写法有误：第 5 个字符处的“.”后面没有数字：数值应写作 0.5 或 .5，名称应以字母开头',
            en: 'written wrongly: the "." at character 5 has no digit after it: write a number as 0.5 or .5, and a name starting with a letter',
          },
        },
      ],
    });
    // A numeral before a name is still that.
    expect(parseFormula('3abc', scope)).toMatchObject({
      errors: [{ text: { en: 'written wrongly: a name cannot start with a digit (at character 2)' } }],
    });
  });
});
