/**
 * Every problem qgrade reports in a rule file, and every refusal of an
 * input, says itself in both languages: the Chinese is Chinese (no English
 * words left once names, ids, paths, numbers and quoted values are set
 * aside), the English has no Chinese outside quoted names, and an issue's
 * `message` is its English. Each code of RULE_SET_ISSUE_CODES has a rule
 * file (or suite) here that triggers it: a code without one fails.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { WorkersStoppedError } from '../../src/batch/workers-stopped-error';
import { loadBundledRuleSet } from '../../src/bundled/bundled-rule-sets';
import { type InputOptions, openRecords } from '../../src/cli/input-options';
import { UsageError } from '../../src/errors/usage-error';
import { failedResult } from '../../src/grade/pool-batch';
import {
  checkRuleSet,
  createGrader,
  formatIssue,
  parseRuleSet,
  parseTestSuite,
  RECORD_ERROR_CODES,
  type RecordError,
  type RecordErrorCode,
  RULE_SET_ISSUE_CODES,
  type RuleSetIssue,
  type RuleSetIssueCode,
} from '../../src/index';
import { recordItems } from '../../src/input/record-items';
import { checkRuleSetFile } from '../../src/resolve/load-rule-set';
import { checkSuite } from '../../src/suite/check-suite';
import { useCli, useTempDir } from '../cli/cli-harness';
import { untranslated } from '../cli/untranslated';

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/**
 * Words a rule-set or input message may hold in its Chinese: rule-format
 * keys and values named as such, statistics and units, the commands and
 * package names a message tells the user to run.
 */
const TERMS = new Set([
  ...['true', 'false', 'in', 'a', 'b', 'table', 'column', 'field', 'industry', 'name', 'id', 'grade'],
  ...['statistic', 'passRate', 'cpk', 'Cpk', 'MiB', 'jq', 'npm', 'install', 'build', 'run', 'studio'],
  ...['Excel', 'UTF', 'xls', 'zip', 'min', 'max', 'abs', 'sqrt', 'floor', 'ceil', 'this', 'T', 'specimens'],
]);

/** What a Chinese text fails: no Chinese at all, or English words left. */
function notChinese(zh: string): string[] {
  return CJK.test(zh) ? untranslated(zh, TERMS) : ['(no Chinese)'];
}

/** Chinese in an English text, outside quoted names and values. */
function chineseInEnglish(en: string): string[] {
  const prose = en.replace(/"[^"]*"|“[^”]*”/g, ' ').replace(/\S*[/=]\S*/g, ' ');
  return [...prose].filter((c) => CJK.test(c));
}

/** Asserts an issue says itself in both languages, `message` being the English. */
function expectBothLanguages(issue: RuleSetIssue): void {
  const shown = `${issue.code}: ${issue.text.zh} | ${issue.text.en}`;
  expect(issue.message, shown).toBe(issue.text.en);
  expect(notChinese(issue.text.zh), shown).toEqual([]);
  expect(chineseInEnglish(issue.text.en), shown).toEqual([]);
  expect(issue.text.zh, shown).not.toBe(issue.text.en);
}

// A small valid rule set; each trigger changes one thing in it.
const BASE = {
  schemaVersion: 1,
  id: 'test/mini',
  version: '1.0.0',
  industry: 'test',
  subject: 'product',
  title: { zh: '小件', en: 'Mini' },
  references: [{ code: 'TEST 1-2026', edition: '2026' }],
  provenance: { level: 'illustrative', note: { zh: '测试用', en: 'For tests only' } },
  indicators: {
    size: { type: 'number', unit: 'mm', range: '> 0', label: { zh: '尺寸', en: 'Size' } },
    kind: { type: 'enum', values: ['a', 'b'], label: { zh: '类别', en: 'Kind' } },
  },
  grades: [
    { id: 'C', label: { zh: '合格品', en: 'Conforming' } },
    { id: 'A', label: { zh: '优等品', en: 'Superior' } },
  ],
  criteria: [
    { id: 'size-c', indicator: 'size', require: '≥ 10' },
    { id: 'size-a', indicator: 'size', require: '≥ 20', grade: 'A' },
  ],
};

// biome-ignore lint/suspicious/noExplicitAny: a rule document changed freely, as an author would
type Doc = any;

/** The issues of the base rule set after `change`. */
function issuesOf(change: (doc: Doc) => void): RuleSetIssue[] {
  const doc = structuredClone(BASE) as Doc;
  change(doc);
  return checkRuleSet(stringify(doc), { filename: 'mini.yaml' }).issues;
}

const fixtures = new URL('../fixtures/invalid/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');
const table = (key: string, rows: unknown[][]) => ({ keys: [key], columns: [key, 'min'], rows });
/** The base rule set with a table of minimums, and a requirement reading it. */
const withTable = (limits: object) =>
  issuesOf((d) => {
    d.tables = { limits };
    d.criteria.push({ id: 'by-table', indicator: 'size', require: '≥ limits.min' });
  });

/** A rule file (or suite) that triggers each code. Typed by the code list, so a new code needs one. */
const TRIGGERS: Record<RuleSetIssueCode, () => RuleSetIssue[] | Promise<RuleSetIssue[]>> = {
  'file-not-found': async () => (await checkRuleSetFile('no/such/rules.yaml')).issues,
  'file-too-large': () => checkRuleSet(stringify(BASE), { limits: { maxBytes: 100 } }).issues,
  'rule-set-not-found': async () => (await checkRuleSetFile('steel/no-such-rule-set')).issues,
  'yaml-syntax': () => checkRuleSet(fixture('yaml-syntax.yaml')).issues,
  'duplicate-key': () => checkRuleSet(fixture('duplicate-key.yaml')).issues,
  'alias-limit': () =>
    checkRuleSet(`a: &a [1, 2]\nb: [*a, *a, *a, *a]\n`, { limits: { maxAliasCount: 2 } }).issues,
  'depth-limit': () => checkRuleSet(`${'['.repeat(100)}${']'.repeat(100)}`).issues,
  'token-limit': () => checkRuleSet(stringify(BASE), { limits: { maxTokens: 10 } }).issues,
  'not-a-mapping': () => checkRuleSet('- a\n- b\n').issues,
  schema: () => issuesOf((d) => Object.assign(d.criteria[0], { requires: '≥ 1' })),
  'unknown-indicator': () => issuesOf((d) => (d.criteria[0].indicator = 'sise')),
  'unknown-grade': () => issuesOf((d) => (d.criteria[1].grade = 'AA')),
  'unknown-criterion': () => {
    const suite = parseTestSuite(
      'cases:\n  - name: 一例\n    input: { size: 30, kind: a }\n    failing: [size-b]\n',
      'mini.test.yaml',
    );
    if ('issues' in suite) throw new Error('the suite does not parse');
    return checkSuite(suite, parseRuleSet(stringify(BASE)));
  },
  'duplicate-id': () => issuesOf((d) => (d.grades[1].id = 'C')),
  'id-mismatch': () => issuesOf((d) => (d.id = 'other/mini')),
  'invalid-requirement': () => issuesOf((d) => (d.criteria[0].require = '10 or more')),
  'invalid-band': () => issuesOf((d) => (d.indicators.size.range = 'positive')),
  'invalid-formula': () =>
    issuesOf((d) => (d.derived = { twice: { label: { zh: '两倍', en: 'Twice' }, formula: 'size * (2' } })),
  'invalid-interval': () => issuesOf((d) => (d.indicators.size.interval = 0.3)),
  'type-mismatch': () => issuesOf((d) => (d.criteria[0].require = '≥ 10 MPa')),
  'derived-cycle': () =>
    issuesOf((d) => {
      d.derived = {
        p: { label: { zh: 'p', en: 'p' }, formula: 'q + 1' },
        q: { label: { zh: 'q', en: 'q' }, formula: 'p + 1' },
      };
    }),
  'possible-division-by-zero': () =>
    issuesOf((d) => {
      d.indicators.load = { type: 'number', label: { zh: '载荷', en: 'Load' } };
      d.criteria[0].require = '≥ 100 / load';
    }),
  'limit-finer-than-interval': () =>
    issuesOf((d) =>
      Object.assign(d.criteria[0], { require: '≥ 4.625', comparison: 'rounded', interval: 0.1 }),
    ),
  'ambiguous-label': () =>
    issuesOf((d) => {
      d.indicators.kind.label.en = 'size';
      d.indicators.kind.label.zh = '尺寸';
    }),
  'untested-when-absent': () =>
    issuesOf((d) => {
      d.indicators.tested = { type: 'boolean', required: false, label: { zh: '已检测', en: 'Tested' } };
      d.criteria[0].when = { tested: true };
    }),
  'unmet-when-absent': () => issuesOf((d) => (d.indicators.size.required = false)),
  'unread-indicator': () =>
    issuesOf((d) => {
      d.criteria[0].when = { kind: 'a' };
      d.indicators.sound = { type: 'boolean', label: { zh: '安定性', en: 'Soundness' } };
    }),
  'required-beyond-when': () =>
    issuesOf((d) => {
      d.indicators.mass = { type: 'number', unit: 'g', label: { zh: '质量', en: 'Mass' } };
      d.criteria.push({ id: 'mass', indicator: 'mass', when: { kind: 'a' }, require: '≤ 5' });
    }),
  'open-specimen-count': () =>
    issuesOf((d) => {
      d.indicators.size.specimens = 3;
      d.criteria[0].aggregate = 'mean';
    }),
  'table-shape': () => withTable(table('size', [['(0, 10]', 1, 2]])),
  'band-gap': () =>
    withTable(
      table('size', [
        ['(0, 10]', 1],
        ['(20, 30]', 2],
      ]),
    ),
  'missing-grade-column': () =>
    issuesOf((d) => {
      d.grades.splice(1, 0, { id: 'B', label: { zh: '一等品', en: 'First' } });
      d.tables = {
        limits: {
          keys: ['kind'],
          columns: ['kind', 'C', 'A'],
          rows: [
            ['a', 10, 20],
            ['b', 10, 20],
          ],
        },
      };
      d.criteria = [
        { id: 'by-grade', indicator: 'size', require: '≥ limits' },
        { id: 'kind-b', indicator: 'kind', require: '= a', grade: 'B' },
      ];
    }),
  'band-overlap': () =>
    withTable(
      table('size', [
        ['(0, 20]', 1],
        ['(10, 30]', 2],
      ]),
    ),
  'duplicate-row': () =>
    withTable(
      table('kind', [
        ['a', 1],
        ['a', 2],
      ]),
    ),
  // A row and a `when` the scope leaves out, and a row an earlier one takes.
  'unreachable-band': () =>
    issuesOf((d) => {
      d.scope = [{ id: 'small', indicator: 'size', require: '≤ 10', reason: { zh: '小件', en: 'Small' } }];
      d.tables = {
        limits: {
          keys: ['kind', 'size'],
          columns: ['kind', 'size', 'min'],
          rows: [
            [['a', 'b'], '(0, 10]', 1],
            ['a', '(0, 5]', 2],
            [['a', 'b'], '(10, 30]', 3],
          ],
        },
      };
      d.criteria.push({ id: 'by-table', indicator: 'size', require: '≥ limits.min' });
      d.criteria.push({ id: 'big', indicator: 'size', require: '≥ 12', when: { size: '> 20' }, grade: 'A' });
    }),
  'non-monotonic': () => checkRuleSet(fixture('non-monotonic.yaml')).issues,
  'unreachable-grade': () => checkRuleSet(fixture('unreachable-grade.yaml')).issues,
  'invalid-scoring': () =>
    issuesOf((d) => {
      d.scoring = {
        dimensions: [
          { id: 'main', label: { zh: '主要', en: 'Main' }, weight: 1, items: [{ indicator: 'kind' }] },
        ],
        cutoffs: { C: 60, A: 80 },
      };
    }),
  placeholder: () =>
    issuesOf((d) => {
      d.title.zh = 'TODO 标准名称';
    }),
  'control-character': () =>
    issuesOf((d) => {
      d.title.en = 'Title\u001b]0;x\u0007';
    }),
};

describe('every rule-set issue code, in both languages', () => {
  it.each([...RULE_SET_ISSUE_CODES])('%s', async (code) => {
    const trigger = TRIGGERS[code];
    expect(trigger, `no rule file here triggers ${code}`).toBeDefined();
    const issues = await trigger();
    const found = issues.filter((i) => i.code === code);
    expect(
      found.length,
      `${code} not among ${issues.map((i) => `${i.code}: ${i.message}`).join('\n')}`,
    ).toBeGreaterThan(0);
    for (const issue of issues) expectBothLanguages(issue);
    if (process.env.SHOW_MESSAGES)
      for (const i of issues) console.log(`${i.code}\n  ${i.text.zh}\n  ${i.text.en}`);
  });

  it('every issue of every invalid fixture too', () => {
    for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.yaml'))) {
      const { issues } = checkRuleSet(fixture(name), { filename: name });
      expect(issues.length, name).toBeGreaterThan(0);
      for (const issue of issues) expectBothLanguages(issue);
    }
  });

  it('formatIssue prints the language asked for, English by default and as a map callback', () => {
    const [issue] = TRIGGERS['unknown-indicator']() as RuleSetIssue[];
    expect(formatIssue(issue!)).toBe(`mini.yaml:${issue!.line}:${issue!.column}: ${issue!.message}`);
    expect(formatIssue(issue!, 'zh')).toBe(`mini.yaml:${issue!.line}:${issue!.column}: ${issue!.text.zh}`);
    expect([issue!].map(formatIssue)).toEqual([formatIssue(issue!)]);
    const warning = { ...issue!, severity: 'warning' as const };
    expect(formatIssue(warning, 'zh')).toContain(': 警告：');
    expect(formatIssue(warning)).toContain(': warning: ');
  });
});

// A few messages whose Chinese is worth reading whole.
describe('the Chinese reads as written', () => {
  it('names, hints and quoted values', () => {
    const zh = (issues: RuleSetIssue[]) => issues.map((i) => i.text.zh);
    expect(zh(TRIGGERS['unknown-indicator']() as RuleSetIssue[])).toContain(
      '未知的指标或派生值“sise”，是否要写“size”？',
    );
    expect(zh(TRIGGERS.schema() as RuleSetIssue[])).toContain('未知的键“requires”，是否要写“require”？');
    expect(zh(issuesOf((d) => (d.indicators.size.type = 7)))).toContainEqual(
      expect.stringMatching(/^“type”必须是 .*实际是数值 7$/),
    );
  });
});

const cli = useCli();
const temp = useTempDir();

describe('the CLI prints issues in the user’s language', () => {
  it('qgrade validate --lang zh on a broken file prints Chinese; without it, English', async () => {
    const file = join(temp(), 'broken.yaml');
    writeFileSync(file, fixture('unknown-indicator.yaml'));
    const zh = await cli.run(['--lang', 'zh', 'validate', file]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('未知的指标或派生值“xx”，是否要写“x”？');
    expect(untranslated(zh.stdout + zh.stderr, TERMS), zh.stdout + zh.stderr).toEqual([]);
    expect(zh.stderr).toContain('检查了 1 个文件，发现 1 个问题');
    const en = await cli.run(['validate', file]);
    expect(en.stdout).toContain('unknown indicator or derived value "xx"; did you mean "x"?');
    expect(en.stderr).toContain('1 file checked, 1 problem');
  });

  it('a rule set that does not load, in JUnit too', async () => {
    const file = join(temp(), 'broken.yaml');
    writeFileSync(file, fixture('unknown-grade.yaml'));
    const grade = await cli.run(['--lang', 'zh', 'grade', '-r', file, 'examples/air-conditioners-zh.csv']);
    expect(grade.code).toBe(2);
    expect(grade.stderr).toMatch(/未知等级/);
    expect(untranslated(grade.stderr, TERMS), grade.stderr).toEqual([]);
    const junit = await cli.run(['--lang', 'zh', 'validate', '--format', 'junit', file]);
    expect(junit.stdout).toMatch(/<failure message="\d+ 个问题：未知等级/);
  });
});

/** The error a call throws: a UsageError, or the test fails. */
async function usageError(call: () => Promise<unknown>): Promise<UsageError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('no UsageError');
}

describe('every input refusal, in both languages', () => {
  const rules = () => parseRuleSet(stringify(BASE));
  const write = (name: string, content: string | Uint8Array) => {
    const file = join(temp(), name);
    writeFileSync(file, content);
    return file;
  };
  // Opens and reads every record, as grading would: some refusals come with the first records.
  const open = async (file: string, options: Partial<InputOptions> = {}) => {
    const source = await openRecords(
      file,
      { encoding: 'utf-8', ...options },
      rules().indicators,
      Readable.from([]),
    );
    for await (const _ of source.items);
  };
  const cases: [string, () => Promise<unknown>, RegExp][] = [
    ['a missing file', () => open(join(temp(), 'none.csv')), /文件不存在/],
    ['a folder', () => open(temp()), /文件夹/],
    ['bad JSON', () => open(write('bad.json', '[{"size": 1},')), /不是有效的 JSON/],
    ['JSON that is no records', () => open(write('n.json', '42')), /JSON 数组/],
    ['a missing --keep column', () => open(write('a.csv', 'size\n1\n'), { keep: ['lot'] }), /没有“lot”列/],
    ['a bad --map', () => open(write('b.csv', 'size\n1\n'), { map: ['size'] }), /--map 的写法/],
    ['a --map to no indicator', () => open(write('c.csv', 'size\n1\n'), { map: ['size=sise'] }), /sise/],
    [
      'two columns, one field',
      () => open(write('d.csv', 'size,尺寸\n1,2\n'), { map: ['尺寸=size'] }),
      /都给出字段/,
    ],
    ['--sheet on CSV', () => open(write('e.csv', 'size\n1\n'), { sheet: '1' }), /--sheet 只用于/],
    ['not UTF-8', () => open(write('f.csv', Uint8Array.from([0x73, 0x0a, 0xb3, 0xdf, 0x0a]))), /不是 UTF-8/],
    ['an unknown encoding', () => open(write('g.csv', 'size\n1\n'), { encoding: 'klingon' }), /--encoding/],
    [
      'a bad mapping file',
      () => open(write('h.csv', 'size\n1\n'), { mapFile: write('m.json', '[1]') }),
      /映射文件/,
    ],
    [
      'a missing mapping file',
      () => open(write('i.csv', 'size\n1\n'), { mapFile: join(temp(), 'no.json') }),
      /映射文件/,
    ],
    ['not an xlsx workbook', () => open(write('j.xlsx', 'size\n1\n')), /不是 .xlsx 工作簿/],
    [
      'an .xls workbook',
      () => open(write('k.xlsx', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))),
      /97–2003/,
    ],
    [
      'a zip with no workbook',
      () => open(write('l.xlsx', zipSync({ 'a.txt': new Uint8Array([1]) }))),
      /工作簿部件/,
    ],
    ['Parquet from stdin', () => open('-', { inputFormat: 'parquet' }), /标准输入/],
  ];
  it.each(cases)('%s', async (_, call, zh) => {
    const error = await usageError(call);
    expect(error.message).toBe(error.text.en);
    expect(error.text.zh).toMatch(zh);
    expect(notChinese(error.text.zh), error.text.zh).toEqual([]);
    expect(error.text.en).not.toMatch(CJK.test(error.text.en) ? /^$/ : /[\u4e00-\u9fff]{4}/);
  });

  it('the CLI prints them in the user’s language', async () => {
    const file = write('x.json', '[{"size": 1},');
    const zh = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      'home-appliances/room-air-conditioner-energy',
      file,
    ]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/^qgrade: .* 不是有效的 JSON：/);
    const en = await cli.run(['grade', '-r', 'home-appliances/room-air-conditioner-energy', file]);
    expect(en.stderr).toMatch(/^qgrade: .* is not valid JSON: /);
  });
});

// The rule format's schema text an anyOf/oneOf message quotes has its Chinese.
it('schema forms quoted by anyOf/oneOf messages have their Chinese', () => {
  const issues = issuesOf((d) => (d.indicators.size.specimens = 'many'));
  const issue = issues.find((i) => i.path.includes('specimens'))!;
  expect(issue.text.zh).toMatch(/^“specimens”的写法不对：接受多个试样/);
  expect(issue.text.en).toMatch(/^"specimens" is not written in a form it takes: Accept several specimens/);
  expect(parse(stringify(BASE))).toEqual(BASE);
});

describe('every record error code says itself in zh and en', () => {
  // The base rule set with a text indicator, two indicators measured on several specimens, and their ratio.
  const doc = structuredClone(BASE) as Doc;
  doc.indicators.note = { type: 'string', required: false, label: { zh: '备注', en: 'Note' } };
  for (const name of ['Rm', 'ReL'])
    doc.indicators[name] = {
      type: 'number',
      required: false,
      specimens: { min: 2, max: 3 },
      label: { zh: `试样${name}`, en: `Specimen ${name}` },
    };
  doc.derived = { Agt: { formula: 'Rm / ReL', label: { zh: '比值', en: 'Ratio' } } };
  doc.indicators.size.plausible = '≤ 1000';
  const ruleSet = parseRuleSet(stringify(doc), { filename: 'mini.yaml' });
  const grader = createGrader(ruleSet, { limits: { maxTextLength: 5 } });
  const ok = { size: 25, kind: 'a' };
  const errorsOf = (record: unknown): RecordError[] => grader.gradeSync(record).errors ?? [];
  const throwing = new Proxy(
    {},
    {
      get() {
        throw new Error('no');
      },
      ownKeys() {
        throw new Error('no');
      },
      getOwnPropertyDescriptor() {
        throw new Error('no');
      },
    },
  );
  // Typed by the code list: a code without a trigger does not compile.
  const triggers: Record<RecordErrorCode, () => RecordError[]> = {
    missing: () => errorsOf({ kind: 'a' }),
    'wrong-type': () => errorsOf({ ...ok, size: 'ten' }),
    'out-of-range': () => errorsOf({ ...ok, size: -1 }),
    implausible: () => errorsOf({ ...ok, size: 1500 }),
    'not-allowed': () => errorsOf({ ...ok, kind: 'z' }),
    'too-many-specimens': () => errorsOf({ ...ok, Rm: [1, 2, 3, 4], ReL: [1, 2, 3] }),
    'too-few-specimens': () => errorsOf({ ...ok, Rm: [1], ReL: [1] }),
    'specimen-count-mismatch': () => errorsOf({ ...ok, Rm: [1, 2], ReL: [1, 2, 3] }),
    'not-an-object': () => errorsOf(42),
    'record-too-large': () => errorsOf({ ...ok, note: 'longer than five' }),
    'not-computable': () => errorsOf({ ...ok, Rm: [1, 2], ReL: [0, 0] }),
    unreadable: () => errorsOf(throwing),
    'grading-failed': () => failedResult(ruleSet, new Error('worker stopped')).errors ?? [],
  };

  it.each(RECORD_ERROR_CODES)('%s', (code) => {
    const errors = triggers[code]().filter((e) => e.code === code);
    expect(errors.length, `a record that gives ${code}`).toBeGreaterThan(0);
    for (const e of errors) {
      const shown = `${code}: ${e.message.zh} | ${e.message.en}`;
      expect(notChinese(e.message.zh), shown).toEqual([]);
      expect(chineseInEnglish(e.message.en), shown).toEqual([]);
    }
  });

  it('grading-failed when the pool gave up on its threads: the reason in each language', () => {
    const [e] = failedResult(ruleSet, new WorkersStoppedError(3)).errors ?? [];
    expect(e?.message.zh).toBe(
      '工作线程未能完成此记录的评级：工作线程反复退出，重新启动 3 次后仍未完成任何一批记录，已停止启动新的工作线程',
    );
    expect(e?.message.en).toBe(
      'the worker thread grading this record stopped: the worker threads kept stopping: 3 fresh starts in a row graded no batch, so no more threads are started',
    );
    expect(notChinese(e!.message.zh)).toEqual([]);
  });
});

describe('record errors read as sentences', () => {
  it('wrong-type: a space between a Latin label end and the Chinese, and "a number" in English', async () => {
    const ruleSet = await loadBundledRuleSet('home-appliances/room-air-conditioner-energy');
    const result = createGrader(ruleSet).gradeSync({
      unitType: 'heat-pump',
      ratedCoolingCapacity: '2600',
      apf: 5,
    });
    const error = result.errors?.find((e) => e.code === 'wrong-type');
    // A number in quotes in a JSON record is text: the message says to drop the quotes.
    expect(error?.message.zh).toBe(
      '额定制冷量 CC 应为数值，实际为 "2600"，是加了引号的文本：请去掉引号，写作 2600',
    );
    expect(error?.message.en).toBe(
      'ratedCoolingCapacity (Rated cooling capacity (CC)) must be a number, got "2600", which is text in quotes: remove the quotes and write 2600',
    );
  });

  it('wrong-type: no space between "实际为" and a Chinese kind word (列表, 对象), one before a value', async () => {
    const ruleSet = await loadBundledRuleSet('home-appliances/room-air-conditioner-energy');
    const grader = createGrader(ruleSet);
    const zh = (apf: unknown) =>
      grader.gradeSync({ unitType: 'heat-pump', ratedCoolingCapacity: 2600, apf }).errors?.[0]?.message.zh;
    expect(zh([1])).toBe('全年能源消耗效率 APF 应为数值，实际为列表');
    expect(zh({ a: 1 })).toBe('全年能源消耗效率 APF 应为数值，实际为对象');
    expect(zh(5n)).toBe('全年能源消耗效率 APF 应为数值，实际为大整数（BigInt）');
    expect(zh(true)).toBe('全年能源消耗效率 APF 应为数值，实际为 true');
    const unitType = grader.gradeSync({ unitType: ['heat-pump'], ratedCoolingCapacity: 2600, apf: 5 });
    expect(unitType.errors?.[0]?.message.zh).toMatch(/实际为列表/);
  });

  it('out-of-range: the same space after a Latin label end, and after a specimen', async () => {
    const ruleSet = await loadBundledRuleSet('home-appliances/room-air-conditioner-energy');
    const result = createGrader(ruleSet).gradeSync({
      unitType: 'heat-pump',
      ratedCoolingCapacity: 3500,
      apf: -1,
    });
    expect(result.errors?.find((e) => e.code === 'out-of-range')?.message.zh).toBe(
      '全年能源消耗效率 APF 应 > 0，实际为 -1',
    );
  });

  it('an NDJSON line that is not JSON says why in Chinese too', async () => {
    const items = recordItems(
      (async function* () {
        yield '{"model":"G" bad\n';
      })(),
      'ndjson',
      'in.ndjson',
      { mapping: new Map(), indicators: [] },
    );
    let item: unknown;
    for await (const i of items) item ??= i;
    const message = (item as { unreadable: { zh: string; en: string } }).unreadable;
    // The column counts from 1 in both languages (V8's position counts from 0).
    expect(message.zh).toBe('第 1 行不是有效的 JSON：第 14 列出现了意外的字符“b”');
    expect(notChinese(message.zh)).toEqual([]);
    expect(message.en).toBe('line 1 is not valid JSON: column 14: unexpected "b"');
  });
});
