/**
 * Developer-35 M2: `keep` given as a string (plain JavaScript, a config written by another language) was taken
 * letter by letter by gradeSample: `keep: 'model'` said "the input has no column "m"", and `keep: 'm'` on a column
 * `m` worked by chance. A string is refused as a usage error naming the option and the fix, as gradeFile refuses it.
 */
import { describe, expect, it } from 'vitest';
import { gradeSample } from '../../src/browser';
import { gradeSamplePair } from '../../src/grade/grade-sample-pair';
import { createGrader, loadRuleSet, QgradeError } from '../../src/index';

const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
const csv = (id: string) => `${id},unitType,ratedCoolingCapacity,apf\nA,heat-pump,3500,4.62\n`;

const refusal = (e: unknown) => (e instanceof QgradeError ? { code: e.code, text: e.text } : e);

describe('keep as a string (developer-35 M2)', () => {
  for (const [id, keep] of [
    ['model', 'model'],
    ['m', 'm'],
  ] as const)
    it(`keep: ${JSON.stringify(keep)} is a usage error telling to write [${JSON.stringify(keep)}], in zh and en`, async () => {
      const error = await gradeSample(grader, csv(id), { keep: keep as unknown as string[] }).then(
        () => undefined,
        refusal,
      );
      expect(error).toEqual({
        code: 'usage',
        text: {
          zh: `options.keep 应为 "auto"、"none" 或列名的数组（如 ["型号"]）：一个列名也要写成数组，即 ["${keep}"]，收到的是 "${keep}"`,
          en: `options.keep must be "auto", "none" or an array of column names (such as ["型号"]): write one column name as an array of one, ["${keep}"], got "${keep}"`,
        },
      });
    });

  it('a list of one column keeps it; "auto" and "none" are still read', async () => {
    const [one] = await gradeSample(grader, csv('model'), { keep: ['model'] });
    expect(one!.result.kept).toEqual({ model: 'A' });
    expect(one!.result.grade).toBe('2');
    const [auto] = await gradeSample(grader, csv('model'), { keep: 'auto' });
    expect(auto!.result.kept).toEqual({ model: 'A' });
    const [none] = await gradeSample(grader, csv('model'), { keep: 'none' });
    expect(none!.result.kept).toBeUndefined();
  });

  it('a number or a list holding one is refused without the list-of-one advice', async () => {
    const error = await gradeSample(grader, csv('model'), { keep: [1] as unknown as string[] }).then(
      () => undefined,
      refusal,
    );
    expect((error as { text: { en: string } }).text.en).toBe(
      'options.keep must be "auto", "none" or an array of column names (such as ["型号"]), got [1]',
    );
  });

  it('the two-rule-set sample reading refuses it too', async () => {
    const error = await gradeSamplePair(grader, grader, csv('model'), {
      keep: 'model' as unknown as string[],
    }).then(() => undefined, refusal);
    expect((error as { code: string }).code).toBe('usage');
  });
});
