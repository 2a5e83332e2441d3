import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { fileReason, systemReason } from '../../src/errors/system-reason';
import { COMMANDS, ROOT, useCli, useTempDir } from '../cli/cli-harness';
import { fencedBlocks } from '../cli/doc-commands';

// Contracts checked against the docs (contracts-44): each command's help says what its exit codes mean as the
// docs' table does, every system error code is told in both languages, the result schemas compile under ajv's
// strictRequired, and grade --group-by takes --workers 1 and no more.
const cli = useCli();
const temp = useTempDir();
const LOT = 'building-materials/cement-lot-grade';
const LOT_SAMPLES = 'examples/cement-lot-samples.csv';

/** The exit-code table of a docs file: each code and what it means. */
function docsTable(file: string, heading: string): Map<number, string> {
  const text = readFileSync(join(ROOT, 'docs', file), 'utf8');
  const section = text.slice(text.indexOf(`\n${heading}\n`) + 1).split('\n## ')[0]!;
  const rows = [...section.matchAll(/^\| `(\d+)` +\| (.+?) +\|$/gm)];
  return new Map(rows.map((m) => [Number(m[1]), m[2]!]));
}

/** The "Exit codes:" paragraph of a help text: each code it names and what it says the code means. */
function helpExits(help: string, lang: 'en' | 'zh'): Map<number, string> {
  const start = lang === 'en' ? 'Exit codes: ' : '退出码：';
  const from = help.indexOf(start);
  expect(from, help).toBeGreaterThan(-1);
  const paragraph = help.slice(from + start.length).split('\n\n')[0]!;
  // A line broken between two Latin words lost a space; one broken between Chinese characters, none.
  const joined = paragraph.replace(/(?<=[\x21-\x7e])\n(?=[\x21-\x7e])/g, ' ').replace(/\n/g, '');
  const parts = joined.replace(/[.。]\s*$/, '').split(lang === 'en' ? '; ' : '；');
  return new Map(parts.map((part) => [Number(/^\d+/.exec(part)?.[0]), part.replace(/^\d+ /, '')]));
}

const DOCS = {
  en: { table: docsTable('cli.md', '## Exit codes'), unwritten: 'output that cannot be written', key: 'key' },
  zh: { table: docsTable('cli.zh-CN.md', '## 退出码'), unwritten: '输出无法写出', key: '分组键' },
};

describe("every command's help says what its exit codes mean, as the docs' table does", () => {
  const commands = [...COMMANDS, 'studio'];

  it('the tables name the same codes in both languages, output that cannot be written under 2', () => {
    expect([...DOCS.en.table.keys()]).toEqual([0, 1, 2, 141]);
    expect([...DOCS.zh.table.keys()]).toEqual([...DOCS.en.table.keys()]);
    expect(DOCS.en.table.get(2)).toContain(DOCS.en.unwritten);
    expect(DOCS.zh.table.get(2)).toContain(DOCS.zh.unwritten);
  });

  for (const lang of ['en', 'zh'] as const) {
    it.each(commands)(`qgrade %s --help (${lang})`, async (command) => {
      const { code, stdout } = await cli.run(['--lang', lang, command, '--help']);
      expect(code).toBe(0);
      const exits = helpExits(stdout, lang);
      const docs = DOCS[lang];
      for (const exit of exits.keys()) expect(docs.table.has(exit), `${command}: ${exit}`).toBe(true);
      expect(exits.get(0), command).toBeTruthy();
      // Every command writes something, so every command can fail to: the table's 2 says so for all.
      expect(exits.get(2), command).toContain(docs.unwritten);
      // 141 is for the commands the table names under it (a run that stops when its stdout closes).
      const closing = [...DOCS.en.table.get(141)!.matchAll(/qgrade (\w+)/g)].map((m) => m[1]);
      expect(exits.has(141), command).toBe(closing.includes(command));
      // The commands the table names for records without a key say so under 1.
      const keyless = [...DOCS.en.table.get(1)!.matchAll(/`(\w+) --group-by`/g)].map((m) => m[1]);
      if (keyless.includes(command)) expect(exits.get(1), command).toContain(docs.key);
    });
  }

  it('the table names grade and compare for records without a key, and grade alone for 141', () => {
    expect([...DOCS.en.table.get(1)!.matchAll(/`(\w+) --group-by`/g)].map((m) => m[1])).toEqual([
      'grade',
      'compare',
    ]);
    expect([...DOCS.zh.table.get(1)!.matchAll(/`(\w+) --group-by`/g)].map((m) => m[1])).toEqual([
      'grade',
      'compare',
    ]);
    expect([...DOCS.en.table.get(141)!.matchAll(/qgrade (\w+)/g)].map((m) => m[1])).toEqual(['grade']);
  });
});

describe('a system error is told in both languages, whatever its code', () => {
  it.runIf(existsSync('/proc/self/mem'))(
    'EIO (reading /proc/self/mem): the reason in Chinese and in plain English, not Node’s words',
    async () => {
      for (const format of ['csv', 'json', 'xlsx']) {
        const args = ['grade', '-r', LOT, '-i', format, '/proc/self/mem'];
        const zh = await cli.run(['--lang', 'zh', ...args]);
        expect(zh.code).toBe(2);
        expect(zh.stderr).toBe(
          'qgrade: 无法读取 /proc/self/mem：输入/输出错误（磁盘、设备或网络文件系统出错）\n',
        );
        const en = await cli.run(args);
        expect(en.code).toBe(2);
        expect(en.stderr).toBe(
          'qgrade: cannot read /proc/self/mem: an input/output error (the disk, device or network file system failed)\n',
        );
      }
    },
  );

  it('every errno this system knows has Chinese words or is named as a system error; never quoted in English', () => {
    const codes = Object.keys(constants.errno);
    expect(codes.length).toBeGreaterThan(50);
    for (const code of codes) {
      const error = Object.assign(new Error(`${code}: some words, read`), { code });
      const reason = fileReason(error);
      expect(reason.zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(reason.zh, code).not.toContain('some words');
      expect(reason.en, code).not.toContain(`${code}:`);
      expect(systemReason(error).zh, code).toBe(reason.zh);
    }
    // A rare code is named, with the system's own words in English.
    const rare = Object.assign(new Error('EXDEV: cross-device link not permitted, rename'), {
      code: 'EXDEV',
    });
    expect(fileReason(rare)).toEqual({ zh: '不能跨文件系统移动', en: 'cannot move across file systems' });
    const unknown = Object.assign(new Error('ENOTNAM: not a XENIX named type file, open'), {
      code: 'ENOTNAM',
    });
    expect(fileReason(unknown)).toEqual({
      zh: '系统错误 ENOTNAM',
      en: 'system error ENOTNAM (not a XENIX named type file)',
    });
  });
});

describe('ajv with strictRequired compiles the result schemas', () => {
  const strict = () =>
    new Ajv2020({ allErrors: true, strict: true, strictRequired: true, allowUnionTypes: true });
  const schema = (name: string) =>
    JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'));

  it.each([
    'grade-result',
    'grade-result-grade',
    'group-result',
    'compare-tally',
    'rule-set-diff',
    'ruleset-test',
  ])('%s', (name) => {
    expect(() => strict().compile(schema(name))).not.toThrow();
  });

  // contracts-45: the rule-file schema, and its Chinese copy, too (each `required` in its `anyOf` and `if` now lists
  // its properties there as `true`); docs/cli.md says so.
  it.each(['ruleset.schema.json', 'ruleset.schema.zh-CN.json'])('the rule-file schema %s', (file) => {
    const rules = JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8'));
    expect(() => strict().compile(rules)).not.toThrow();
    const docs = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
    expect(docs).toContain("compiles under ajv's strictest options");
  });

  it('compare-tally still refuses tally and tallies together, and takes either alone', async () => {
    const validate = strict().compile(schema('compare-tally'));
    const draft = 'examples/cement-lot-grade-draft.yaml';
    const out = await cli.run(['compare', '-f', 'json', '--tally-by', 'lot', LOT, draft, LOT_SAMPLES]);
    const { tally } = JSON.parse(out.stdout) as { tally: unknown };
    expect(validate({ tally }), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ tallies: [tally, tally] })).toBe(true);
    expect(validate({ tally, tallies: [tally, tally] })).toBe(false);
  });
});

describe('grade --group-by and --workers', () => {
  it('--workers 1 (the default, one thread) is accepted and changes nothing; 2 is refused, naming it', async () => {
    const args = ['grade', '-r', LOT, '-g', 'lot', '-f', 'json', LOT_SAMPLES];
    const plain = await cli.run(args);
    const one = await cli.run([...args, '--workers', '1']);
    expect(one).toEqual(plain);
    const two = await cli.run([...args, '--workers', '2']);
    expect(two.code).toBe(2);
    expect(two.stdout).toBe('');
    expect(two.stderr).toContain('--group-by grades on one thread, so --workers 2 cannot be');
    const zh = await cli.run(['--lang', 'zh', ...args, '--workers', '2']);
    expect(zh.stderr).toContain('--group-by 在单线程中评级，不能用 --workers 2');
  });
});

describe('the docs’ examples on repository files print what the docs show', () => {
  const DOC = { en: 'cli.md', zh: 'cli.zh-CN.md' } as const;
  const blocks = (lang: 'en' | 'zh') => fencedBlocks(readFileSync(join(ROOT, 'docs', DOC[lang]), 'utf8'));
  const REBAR = [
    'steel/hot-rolled-ribbed-bar',
    'examples/hot-rolled-ribbed-bar-2024-draft.yaml',
    'examples/steel-rebar.json',
  ];

  for (const lang of ['en', 'zh'] as const) {
    it(`init --from, as its console block shows (${lang})`, async () => {
      const block = blocks(lang).find((b) => b.lang === 'console' && / init .* --from /.test(b.body))!;
      const [command, ...shown] = block.body.trimEnd().split('\n');
      const args = command!.replace(/^\$ qgrade /, '').split(' ');
      const cwd = join(temp(), lang);
      mkdirSync(cwd);
      const run = await cli.run(args, { cwd });
      expect(run.code).toBe(0);
      expect(run.stdout.trimEnd()).toBe(shown.join('\n'));
    });

    it(`compare of the rebar draft: its summary, requirements and records, then --tally-by's table (${lang})`, async () => {
      const summary = lang === 'en' ? '12 records: 11 unchanged' : '共 12 条记录：等级不变 11 条';
      const shown = blocks(lang).find((b) => b.lang === 'text' && b.body.includes(summary))!.body;
      const plain = await cli.run(['--lang', lang, 'compare', ...REBAR]);
      expect(plain.code).toBe(1);
      expect(plain.stdout.endsWith(shown), plain.stdout).toBe(true);
      const moves = lang === 'en' ? 'Moves by designation' : '按“designation”统计等级变化';
      const table = blocks(lang).find((b) => b.lang === 'text' && b.body.startsWith(moves))!.body;
      const tally = await cli.run(['--lang', lang, 'compare', '--tally-by', 'designation', ...REBAR]);
      expect(tally.code).toBe(1);
      expect(tally.stdout).toContain(table);
    });
  }
});
