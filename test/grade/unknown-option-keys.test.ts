import { afterAll, describe, expect, it } from 'vitest';
import * as browser from '../../src/browser';
import {
  BatchSummary,
  checkRuleSet,
  checkRuleSetFile,
  compareRuleSets,
  createCompareReport,
  createGradeReport,
  createGrader,
  createGraderPool,
  diffEntriesForChange,
  diffRuleSets,
  gradeFile,
  loadRuleSet,
  parseRuleSet,
  QgradeError,
  registerGradeFunctions,
} from '../../src/index';

// A misspelt option (`{ wrkers: 2 }`, `{ encodng: 'gb18030' }`) was ignored without a word while the caller
// believed it applied: every exported function taking an options object now refuses a key it does not take,
// naming it and the closest key it does take, in both languages.
const AC = 'home-appliances/room-air-conditioner-energy';
const CSV = 'examples/air-conditioners-zh.csv';
const rs = await loadRuleSet(AC);
const grader = createGrader(rs);
const text = await browser.bundledRuleSetText(AC);
const pool = await createGraderPool({ pathOrId: AC }, { workers: 1 });
afterAll(() => pool.close());
const any = (v: unknown) => v as never;
const connection = { registerScalarFunction: () => undefined };

/** Runs a call to its first failure: a throw, a rejection, or the first step of a generator. */
async function failure(call: () => unknown): Promise<unknown> {
  try {
    const out = call();
    if (out && typeof (out as AsyncIterator<unknown>).next === 'function') {
      await (out as AsyncIterator<unknown>).next();
    } else await out;
  } catch (error) {
    return error;
  }
  return undefined;
}

// [the call, the call, the key refused, where it sits, the key suggested (none when no key is close)]
const cases: [string, () => unknown, string, string, string | undefined][] = [
  [
    'createGrader engin',
    () => createGrader(rs, any({ engin: 'json-rules-engine' })),
    'engin',
    'options',
    'engine',
  ],
  [
    'createGrader limits.maxTextLenght',
    () => createGrader(rs, any({ limits: { maxTextLenght: 5 } })),
    'maxTextLenght',
    'options.limits',
    'maxTextLength',
  ],
  [
    'createGraderPool wrkers',
    () => createGraderPool({ pathOrId: AC }, any({ wrkers: 2 })),
    'wrkers',
    'options',
    'workers',
  ],
  [
    'gradeManyToNdjson firstrow',
    () => pool.gradeManyToNdjson([{}], any({ firstrow: 2 })),
    'firstrow',
    'options',
    'firstRow',
  ],
  [
    'gradeFile encodng',
    () => gradeFile(grader, CSV, any({ encodng: 'gb18030' })),
    'encodng',
    'options',
    'encoding',
  ],
  ['gradeFile mapp', () => gradeFile(grader, CSV, any({ mapp: {} })), 'mapp', 'options', 'map'],
  [
    'browser gradeSample mapp',
    async () =>
      browser.gradeSample(
        browser.createGrader(await browser.loadBundledRuleSet(AC)),
        'a\n1\n',
        any({ mapp: {} }),
      ),
    'mapp',
    'options',
    'map',
  ],
  [
    'parseRuleSet fileName',
    () => parseRuleSet(text, any({ fileName: 'x.yaml' })),
    'fileName',
    'options',
    'filename',
  ],
  [
    'browser parseRuleSet fileName',
    () => browser.parseRuleSet(text, any({ fileName: 'x.yaml' })),
    'fileName',
    'options',
    'filename',
  ],
  [
    'checkRuleSet limits.maxbytes',
    () => checkRuleSet(text, any({ limits: { maxbytes: 10 } })),
    'maxbytes',
    'options.limits',
    'maxBytes',
  ],
  // A file names itself: filename is not one of loadRuleSet's options.
  [
    'loadRuleSet filename',
    () => loadRuleSet(AC, any({ filename: 'x.yaml' })),
    'filename',
    'options',
    undefined,
  ],
  ['checkRuleSetFile limit', () => checkRuleSetFile(AC, any({ limit: {} })), 'limit', 'options', 'limits'],
  [
    'createGradeReport maxRecord',
    () => createGradeReport(rs, any({ maxRecord: 5 })),
    'maxRecord',
    'options',
    'maxRecords',
  ],
  [
    'createCompareReport groupby',
    () => createCompareReport(rs, rs, any({ groupby: 'lot' })),
    'groupby',
    'options',
    'groupBy',
  ],
  [
    'compareRuleSets groupby',
    () => compareRuleSets(rs, rs, [], any({ groupby: 'lot' })),
    'groupby',
    'options',
    'groupBy',
  ],
  [
    'registerGradeFunctions prefx',
    () => registerGradeFunctions(any(connection), grader, any({ prefx: 'ac' })),
    'prefx',
    'options',
    'prefix',
  ],
  [
    'new BatchSummary maxGroup',
    () => new BatchSummary(rs.grades, any({ maxGroup: 5 })),
    'maxGroup',
    'options',
    'maxGroups',
  ],
];

describe('an option key a function does not take is a usage error naming it and the closest known key', () => {
  it.each(cases)('%s', async (_name, call, key, where, near) => {
    const error = await failure(call);
    expect(error).toBeInstanceOf(QgradeError);
    const e = error as QgradeError;
    expect(e.code).toBe('usage');
    expect(e.message).toContain(`${where} has no key "${key}"`);
    expect(e.text?.zh).toContain(`${where} 中没有键 "${key}"`);
    if (near === undefined) {
      expect(e.message).not.toContain('did you mean');
      expect(e.text?.zh).not.toContain('是否应为');
    } else {
      expect(e.message).toContain(`: did you mean "${near}"?`);
      expect(e.text?.zh).toContain(`：是否应为 "${near}"？`);
    }
  });

  it('lists the keys the function takes', async () => {
    const e = (await failure(() => createGraderPool({ pathOrId: AC }, any({ wrkers: 2 })))) as QgradeError;
    expect(e.message).toBe(
      'createGraderPool: options has no key "wrkers": did you mean "workers"? (options takes workers, batchSize)',
    );
    expect(e.text?.zh).toBe(
      'createGraderPool：options 中没有键 "wrkers"：是否应为 "workers"？（options 可含 workers、batchSize）',
    );
  });

  it('a known key holding undefined is as if absent', async () => {
    expect(createGrader(rs, { engine: undefined, limits: undefined }).engine).toBe('compiled');
    expect(parseRuleSet(text, { filename: undefined, limits: undefined }).id).toBe(rs.id);
    expect(checkRuleSet(text, { limits: { maxBytes: undefined } }).issues).toEqual([]);
    const rows = [];
    for await (const r of gradeFile(grader, CSV, { encoding: undefined, map: undefined, keep: undefined }))
      rows.push(r);
    expect(rows.length).toBeGreaterThan(0);
    expect(new BatchSummary(rs.grades, { maxGroups: undefined }).format('en')).toContain('0');
    const chunks = [];
    for await (const c of pool.gradeManyToNdjson([{}], { firstRow: undefined })) chunks.push(c);
    expect(new TextDecoder().decode(chunks[0])).toContain('"row":1');
  });

  it("diffEntriesForChange's results are data, not options: a pair with its row is taken as it is", () => {
    const result = grader.gradeSync({});
    expect(
      diffEntriesForChange(
        any({ criteria: [] }),
        diffRuleSets(rs, rs),
        any({ a: result, b: result, row: 1 }),
      ),
    ).toEqual([]);
  });

  it('null options of BatchSummary are still the defaults, as before', () => {
    expect(() => new BatchSummary(rs.grades, any(null))).not.toThrow();
  });
});
