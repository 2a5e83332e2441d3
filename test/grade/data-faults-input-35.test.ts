/**
 * Developer-35 M3: what the data lacks or says twice is the data's fault, code `input` (a service's 400), not
 * `usage` (a bug in the call, a 500): a column `map` or `keep` names that an upload lacks, and a header that names
 * one indicator twice. The README's browser snippet mapped `额定制冷量`, which the repo's own workbook
 * (header `额定制冷量 CC`) lacks: it grades that workbook by its labels.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradeSample } from '../../src/browser';
import { createGrader, loadRuleSet, QgradeError } from '../../src/index';

const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
const workbook = new Uint8Array(
  readFileSync(new URL('../../examples/air-conditioners-zh.xlsx', import.meta.url).pathname),
);
const csv = 'model,unitType,ratedCoolingCapacity,apf\nA,heat-pump,3500,4.62\n';

const refusal = (e: unknown) =>
  e instanceof QgradeError ? { name: e.name, code: e.code, en: e.message } : { other: e };
const refused = (input: string | Uint8Array, options: Parameters<typeof gradeSample>[2]) =>
  gradeSample(grader, input, options).then(() => undefined, refusal);

describe('data faults are code input (developer-35 M3)', () => {
  it("the README's browser snippet grades examples/air-conditioners-zh.xlsx by its labels, no map", async () => {
    const graded = await gradeSample(grader, workbook);
    // Row 2 of the workbook: 3500 W heat pump, APF 4.62 ≥ 4.50 (Grade 2 of GB 21455-2019's row ≤ 4500).
    expect(graded.map(({ result }) => result.grade).slice(0, 2)).toEqual(['1', '2']);
  });

  it('a mapped column the workbook lacks is code input, named InputError as documented (developer-36 M3), with the closest column', async () => {
    expect(await refused(workbook, { map: { 额定制冷量: 'ratedCoolingCapacity' } })).toEqual({
      name: 'InputError',
      code: 'input',
      en: expect.stringMatching(
        /^options\.map \{ "额定制冷量": "ratedCoolingCapacity" \}: .*has no column "额定制冷量"/,
      ),
    });
  });

  it('a mapped or kept column a CSV lacks is code input; a map to no indicator stays usage', async () => {
    expect(await refused(csv, { map: { capacity: 'ratedCoolingCapacity' } })).toMatchObject({
      name: 'InputError',
      code: 'input',
    });
    expect((await refused(csv, { keep: ['型号'] }))?.code).toBe('input');
    expect((await refused(csv, { map: { model: 'modell' } }))?.code).toBe('usage');
  });

  it('a header that gives one indicator twice is code input, and says which columns', async () => {
    const twice = await refused(
      'apf,全年能源消耗效率 APF,unitType,ratedCoolingCapacity\n4.62,4.7,heat-pump,3500\n',
      {},
    );
    expect(twice).toEqual({
      name: 'InputError',
      code: 'input',
      en: expect.stringContaining(
        'columns 1 ("apf") and 2 ("全年能源消耗效率 APF") both give the field "apf"',
      ),
    });
  });
});
