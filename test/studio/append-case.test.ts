import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gradeSample } from '../../src/browser';
import { createGrader, loadRuleSet, parseTestSuite, runSuite } from '../../src/index';
import { appendCase, caseFor, caseInput, caseName, uniqueCaseName } from '../../src/studio/page/append-case';

const ruleSet = await loadRuleSet('home-appliances/room-air-conditioner-energy');
const grader = createGrader(ruleSet);
const suitePath = new URL(
  '../../rules/home-appliances/room-air-conditioner-energy.test.yaml',
  import.meta.url,
);
const suiteText = readFileSync(suitePath, 'utf8');

describe('"add this record as a test case"', () => {
  it('appends the record with its grade and failing requirements after the last case, the file otherwise unchanged', async () => {
    // GB 21455-2019, heat pump ≤ 4500 W: APF 4.62 meets grade 2 (≥ 4.50), not grade 1 (≥ 5.00).
    const input = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 };
    const c = caseFor('sample row 2', input, grader.gradeSync(input));
    expect(c).toEqual({ name: 'sample row 2', input, grade: '2', failing: ['apf@1'] });
    const text = appendCase(suiteText, c, 'room-air-conditioner-energy.yaml');
    expect(text.startsWith(suiteText)).toBe(true);
    expect(text.slice(suiteText.length)).toBe(
      '  - name: sample row 2\n    input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 4.62 }\n    grade: "2"\n    failing: [ apf@1 ]\n',
    );
    const suite = parseTestSuite(text, 'room-air-conditioner-energy.test.yaml');
    if ('issues' in suite) throw new Error(suite.issues[0]!.message);
    const run = await runSuite(suite, ruleSet);
    expect(run.cases.at(-1)).toMatchObject({ name: 'sample row 2', passed: true });
    expect(run.cases.every((r) => r.passed)).toBe(true);
  });

  it('an out-of-scope record freezes only the scope item that put it out, and the suite passes it', async () => {
    // A mobile 3000 W heat pump at APF 3.0: GB 21455-2019 excludes mobile units; its APF would fail every grade
    // (≤ 4500 W: grade 5 needs 3.30), but those requirements do not apply to it, as `grade`'s table and most
    // frequent failing say (committee-36 M7). Its result still marks them failed.
    const input = {
      unitType: 'heat-pump',
      ratedCoolingCapacity: 3000,
      apf: 3.0,
      unitConfiguration: 'mobile',
    };
    const result = grader.gradeSync(input);
    expect(result.criteria.filter((r) => r.passed === false).map((r) => r.id)).toContain('apf@5');
    const c = caseFor('mobile unit', input, result);
    expect(c).toEqual({
      name: 'mobile unit',
      input,
      grade: null,
      failing: ['not-mobile'],
      notGradedReason: 'out-of-scope',
    });
    const suite = parseTestSuite(appendCase(suiteText, c, 'room-air-conditioner-energy.yaml'), 'x.test.yaml');
    if ('issues' in suite) throw new Error(suite.issues[0]!.message);
    const run = await runSuite(suite, ruleSet);
    expect(run.cases.at(-1)).toMatchObject({ name: 'mobile unit', passed: true });
    // A case written before, listing its grade requirements too, still passes; one naming a requirement it met fails.
    const listed = (failing: string) =>
      appendCase(suiteText, { ...c, failing: failing.split(' ') }, 'room-air-conditioner-energy.yaml');
    for (const [failing, passed] of [
      ['not-mobile apf@5 apf@4 apf@3 apf@2 apf@1', true],
      ['not-mobile apf@1', true],
      ['not-mobile capacity-in-scope', false],
    ] as const) {
      const s = parseTestSuite(listed(failing), 'x.test.yaml');
      if ('issues' in s) throw new Error(s.issues[0]!.message);
      expect((await runSuite(s, ruleSet)).cases.at(-1)?.passed, failing).toBe(passed);
    }
  });

  it('pins why a record is not graded and which fields are invalid', () => {
    const input = { unitType: 'heat-pump', ratedCoolingCapacity: -1, apf: 4.62 };
    const c = caseFor('bad capacity', input, grader.gradeSync(input));
    expect(c).toMatchObject({
      grade: null,
      notGradedReason: 'invalid-record',
      errors: ['ratedCoolingCapacity'],
    });
    const text = appendCase(suiteText, c, 'x.yaml');
    expect(parse(text).cases.at(-1)).toEqual(c);
  });

  it('starts a suite when there is none, and goes through the document when cases is not the last key', () => {
    const c = { name: 'one', input: { apf: 1 }, grade: null, failing: [] };
    const fresh = appendCase(undefined, c, 'draft.yaml');
    expect(parse(fresh)).toEqual({ ruleSet: './draft.yaml', cases: [c] });
    const reordered = appendCase(
      'cases:\n  - name: zero\n    input: {}\nruleSet: ./draft.yaml\n',
      c,
      'draft.yaml',
    );
    expect(parse(reordered)).toEqual({ cases: [{ name: 'zero', input: {} }, c], ruleSet: './draft.yaml' });
  });
});

describe('a sample row as a new case', () => {
  it('keeps only the indicators of the (mapped) record: an id or remarks column would stop the suite loading', () => {
    const record = {
      样品编号: 'T07',
      unitType: 'heat-pump',
      ratedCoolingCapacity: 3500,
      apf: 4.62,
      备注: '复检',
    };
    expect(caseInput(record, ruleSet.indicators)).toEqual({
      unitType: 'heat-pump',
      ratedCoolingCapacity: 3500,
      apf: 4.62,
    });
  });

  it('writes an enum given by its label or alias as its code, and a yes/no as true/false, so the case still passes (studio-23 N15)', async () => {
    // As a sample sheet writes them: 热泵型 for heat-pump, 分体式 (with spaces) for split, 是/否 for the booleans.
    const csv =
      '样品编号,机组类型,额定制冷量,全年能源消耗效率 APF,风冷式,全封闭型压缩机,气候类型,结构形式\nT09,热泵型,3500,4.62,是,否,T1, 分体式 \n';
    const [graded] = await gradeSample(grader, csv, { keep: 'auto' });
    const input = caseInput(graded!.record as Record<string, unknown>, ruleSet.indicators);
    expect(input).toEqual({
      unitType: 'heat-pump',
      ratedCoolingCapacity: 3500,
      apf: 4.62,
      airCooled: true,
      hermeticCompressor: false,
      climateType: 'T1',
      unitConfiguration: 'split',
    });
    const text = appendCase(suiteText, caseFor('T09', input, graded!.result), 'x.yaml');
    expect(text.slice(suiteText.length)).toContain(
      'input: { unitType: heat-pump, ratedCoolingCapacity: 3500, airCooled: true, hermeticCompressor: false, climateType: T1, unitConfiguration: split, apf: 4.62 }',
    );
    const suite = parseTestSuite(text, 'room-air-conditioner-energy.test.yaml');
    if ('issues' in suite) throw new Error(suite.issues[0]!.message);
    const run = await runSuite(suite, ruleSet);
    expect(run.cases.at(-1)).toMatchObject({ name: 'T09', passed: true });
    // A text that is no value's spelling stays as written: the case pins the record invalid, as it was graded.
    expect(caseInput({ unitType: '水冷型' }, ruleSet.indicators)).toEqual({ unitType: '水冷型' });
  });

  it('is named by its sample id when one is kept, else by its row in the page language', () => {
    const result = grader.gradeSync({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 });
    expect(caseName({ ...result, row: 7, kept: { 样品编号: 'T07' } }, undefined, 'zh')).toBe('T07');
    expect(caseName({ ...result, row: 7 }, undefined, 'zh')).toBe('粘贴的第 7 条');
    expect(caseName({ ...result, row: 7 }, undefined, 'en')).toBe('pasted row 7');
    expect(caseName({ ...result, row: 7 }, 'tea.csv', 'zh')).toBe('tea.csv 第 7 条');
  });

  it('is made unique when the suite has a case of that name (the same record added twice): S04 (2), S04 (3)', () => {
    const suite =
      'ruleSet: ./a.yaml\ncases:\n  - name: S04\n    input: {}\n  - name: "S04 (2)"\n    input: {}\n  - name: 5\n';
    expect(uniqueCaseName('S04', suite)).toBe('S04 (3)');
    expect(uniqueCaseName('S05', suite)).toBe('S05');
    // A name YAML reads as a number is still the same name.
    expect(uniqueCaseName('5', suite)).toBe('5 (2)');
    expect(uniqueCaseName('S04', undefined)).toBe('S04');
    expect(uniqueCaseName('S04', 'cases: [')).toBe('S04');
    expect(uniqueCaseName('S04', 'cases:\n  - ~\n')).toBe('S04');
  });
});
