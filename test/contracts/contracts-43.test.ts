import { chmodSync, copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from '../cli/cli-harness';

// Contracts checked from outside (contracts-43): what `qgrade schema` prints against what the CLI writes, and an
// input file that is there but cannot be read.
const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const LOT = 'building-materials/cement-lot-grade';
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

const compile = (schemaText: string) =>
  new Ajv2020({ allErrors: true, strict: true, strictRequired: true, allowUnionTypes: true }).compile(
    JSON.parse(schemaText),
  );

/** Runs `f` as a user who may not read a file of mode 000: `nobody` when the tests run as root. */
async function asUser<T>(f: () => Promise<T>): Promise<T> {
  if (!isRoot) return f();
  process.setegid?.(NOBODY);
  process.seteuid?.(NOBODY);
  try {
    return await f();
  } finally {
    process.seteuid?.(0);
    process.setegid?.(0);
  }
}

describe('qgrade schema prints every published result schema', () => {
  it('grade-result-grade: the file in schemas/, which the rows of grade --detail grade follow', async () => {
    const printed = await cli.run(['schema', 'grade-result-grade']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(readFileSync(join(ROOT, 'schemas/grade-result-grade.schema.json'), 'utf8'));
    const valid = compile(printed.stdout);
    // Row 8 of the example is invalid: a row with notGradedReason and no grade follows it too.
    const graded = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      '--detail',
      'grade',
      'examples/room-air-conditioners.json',
    ]);
    expect(graded.code).toBe(1);
    const rows = graded.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.map((r) => r.notGradedReason?.code ?? r.grade)).toContain('invalid-record');
    for (const row of rows) expect(valid(row), JSON.stringify(valid.errors)).toBe(true);
    // It is not the full result's schema: a full row has fields it refuses.
    const full = await cli.run(['grade', '-r', AC, '-f', 'ndjson', 'examples/room-air-conditioners.json']);
    expect(valid(JSON.parse(full.stdout.split('\n')[0]!))).toBe(false);
  });

  it('compare-tally: the file in schemas/, which compare -f json --tally-by follows, one column and two', async () => {
    const printed = await cli.run(['--lang', 'zh', 'schema', 'compare-tally']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(readFileSync(join(ROOT, 'schemas/compare-tally.schema.json'), 'utf8'));
    const valid = compile(printed.stdout);
    const base = ['compare', '-f', 'json', '--no-summary', LOT, 'examples/cement-lot-grade-draft.yaml'];
    const one = await cli.run([...base, '--tally-by', 'lot', 'examples/cement-lot-samples.csv']);
    const two = await cli.run([
      ...base,
      '--tally-by',
      'lot',
      '--tally-by',
      'strengthClass',
      'examples/cement-lot-samples.csv',
    ]);
    for (const run of [one, two]) {
      expect(run.code).toBe(0);
      expect(valid(JSON.parse(run.stdout)), JSON.stringify(valid.errors)).toBe(true);
    }
    expect(JSON.parse(one.stdout).tally.column).toBe('lot');
    expect(JSON.parse(two.stdout).tallies.map((t: { column: string }) => t.column)).toEqual([
      'lot',
      'strengthClass',
    ]);
  });

  it('an unknown name lists the new ones, in both languages, and both docs name every one', async () => {
    const en = await cli.run(['schema', 'tally']);
    const zh = await cli.run(['--lang', 'zh', 'schema', 'tally']);
    expect([en.code, zh.code]).toEqual([2, 2]);
    const names = /choose (.*)\n/.exec(en.stderr)?.[1]?.split(', ') ?? [];
    expect(names).toEqual([
      'ruleset',
      'grade-result',
      'grade-result-grade',
      'group-result',
      'compare-tally',
      'test-suite',
      'rule-set-diff',
      'input',
    ]);
    expect(zh.stderr).toContain('没有名为“tally”的 Schema；可选：');
    expect(zh.stderr).toContain('grade-result-grade、group-result、compare-tally');
    for (const doc of ['docs/cli.md', 'docs/cli.zh-CN.md']) {
      const line = /`qgrade schema \[([^\]]*)\]`/.exec(readFileSync(join(ROOT, doc), 'utf8'))?.[1] ?? '';
      const listed = line.split('|').map((name) => name.trim());
      for (const name of names.filter((n) => n !== 'input')) expect(listed, doc).toContain(name);
    }
  });
});

describe('an input file that is there but cannot be read (no permission)', () => {
  /** A copy of an example that its user may not read. */
  function unreadable(example: string): string {
    chmodSync(temp(), 0o755);
    const file = join(temp(), example.split('/').pop()!);
    copyFileSync(join(ROOT, example), file);
    chmodSync(file, 0o000);
    return file;
  }

  it('an .xlsx workbook: a usage error that says so, not "a bug in qgrade"', async () => {
    const file = unreadable('examples/air-conditioners-zh.xlsx');
    const en = await asUser(() => cli.run(['grade', '-r', AC, file]));
    const zh = await asUser(() => cli.run(['--lang', 'zh', 'explain', '-r', AC, '--row', '1', file]));
    expect([en.code, zh.code]).toEqual([2, 2]);
    expect(en.stderr).toBe(`qgrade: cannot read ${file}: permission denied\n`);
    expect(zh.stderr).toBe(`qgrade: 无法读取 ${file}：没有权限\n`);
    expect(en.stdout + zh.stdout).toBe('');
  });

  it('a CSV, JSON or Parquet file: "permission denied" in both languages, not Node\'s or DuckDB\'s words', async () => {
    // Parquet: DuckDB said `IO Error: Cannot open file …`, quoted untranslated in Chinese (系统信息“IO Error…”).
    for (const example of [
      'examples/air-conditioners-zh.csv',
      'examples/room-air-conditioners.json',
      'examples/room-air-conditioners.parquet',
    ]) {
      const file = unreadable(example);
      const en = await asUser(() => cli.run(['grade', '-r', AC, '-f', 'ndjson', file]));
      expect(en.code).toBe(2);
      expect(en.stderr).toBe(`qgrade: cannot read ${file}: permission denied\n`);
      const zh = await asUser(() => cli.run(['--lang', 'zh', 'grade', '-r', AC, file]));
      expect(zh.stderr).toBe(`qgrade: 无法读取 ${file}：没有权限\n`);
    }
  });
});

describe('grade --help names every format --group-by writes', () => {
  it('xlsx and html with -o, which it writes, in both languages; not markdown, which it refuses', async () => {
    const input = 'examples/cement-lot-samples.csv';
    for (const format of ['xlsx', 'html']) {
      const out = join(temp(), `lots.${format}`);
      const run = await cli.run(['grade', '-r', LOT, '-g', 'lot', '-f', format, '-o', out, input]);
      expect(run.code, run.stderr).toBe(0);
    }
    expect((await cli.run(['grade', '-r', LOT, '-g', 'lot', '-f', 'markdown', input])).code).toBe(2);
    for (const lang of ['en', 'zh']) {
      const help = (await cli.run(['--lang', lang, 'grade', '--help'])).stdout;
      const option = (/-g, --group-by <column>([\s\S]*?)\n {2}--/.exec(help)?.[1] ?? '').replace(/\s+/g, ' ');
      expect(option, lang).toMatch(/xlsx/);
      expect(option, lang).toMatch(/html/);
      expect(option, lang).toMatch(/-o/);
      expect(option, lang).not.toMatch(/markdown/);
    }
  });
});
