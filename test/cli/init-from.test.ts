import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';
import { untranslated } from './untranslated';

const cli = useCli();
const temp = useTempDir();

const SOURCE = 'building-materials/cement-quality-grade';
const DRAFT = 'building-materials/cement-quality-grade-2026';
const bundled = (file: string) => readFileSync(join(ROOT, 'rules', file), 'utf8');
/** The source's version as its file gives it: the copy keeps it and the note names it. */
const VERSION = /^version: (\S+)$/m.exec(bundled(`${SOURCE}.yaml`))![1]!;

/** The lines of a copy that must differ from its source: the `$schema` comment, the note, `id:`, `ruleSet:`. */
const changed = (line: string) =>
  /^(# yaml-language-server: |# A draft revision|# Raise the version|id: |ruleSet: )/.test(line);
const unchanged = (text: string) => text.split('\n').filter((line) => !changed(line));

/** The path a `$schema` comment names, from the file's folder. */
function schemaOf(file: string): string {
  const m = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(file, 'utf8'));
  expect(m, file).not.toBeNull();
  return resolve(file, '..', m![1]!);
}

describe.concurrent('qgrade init --from', () => {
  it('copies a bundled rule set and its suite as written, but for the id, the note above it and the paths', async () => {
    const dir = mkdtempSync(join(temp(), 'from-'));
    const run = await cli.run(['init', DRAFT, '--from', SOURCE, '--dir', dir]);
    expect(run.code, run.stderr).toBe(0);
    const folder = join(dir, 'rules', 'building-materials');
    const ruleFile = join(folder, 'cement-quality-grade-2026.yaml');
    const suiteFile = join(folder, 'cement-quality-grade-2026.test.yaml');
    expect(run.stdout).toBe(
      [
        `created ${ruleFile} (a copy of ${SOURCE} ${VERSION}, its id changed to ${DRAFT})`,
        `created ${suiteFile} (a copy of its test suite, ruleSet naming the new file)`,
        '',
        'Next: change the thresholds and raise the version, then run',
        `  qgrade validate ${ruleFile}`,
        `  qgrade test --coverage ${suiteFile}`,
        `  qgrade diff ${SOURCE} ${ruleFile}`,
        // committee-25 F4: the copy keeps the source's provenance and references.
        'Update what the draft says of itself too: version (e.g. 2.0.0-draft.1); provenance, where its figures come from (a working group\'s proposals are not the standard\'s text); references, the standard and edition the draft follows; a note on each new or changed requirement (e.g. "working-group proposal"), which diff, compare and explain show',
        'Adding an indicator: give its value in every case of the suite, or give it a default, or those cases no longer pass; required: false alone is not enough: where a requirement reads it, a missing value fails that requirement (or limit the requirement with when)',
        '',
      ].join('\n'),
    );
    const rules = readFileSync(ruleFile, 'utf8');
    // Comments, order, layout and the version: as the source has them.
    expect(unchanged(rules)).toEqual(unchanged(bundled(`${SOURCE}.yaml`)));
    expect(rules).toContain(
      [
        'schemaVersion: 1',
        `# A draft revision, copied from ${SOURCE} ${VERSION} (qgrade init --from).`,
        '# Raise the version when a threshold changes.',
        `id: ${DRAFT}`,
        `version: ${VERSION}`,
      ].join('\n'),
    );
    expect(schemaOf(ruleFile)).toBe(join(ROOT, 'schemas/ruleset.schema.json'));
    const suite = readFileSync(suiteFile, 'utf8');
    expect(unchanged(suite)).toEqual(unchanged(bundled(`${SOURCE}.test.yaml`)));
    expect(suite.split('\n')).toContain('ruleSet: ./cement-quality-grade-2026.yaml');
    expect(schemaOf(suiteFile)).toBe(join(ROOT, 'schemas/ruleset-test.schema.json'));
  });

  it('the copied suite passes on the copy, as many cases as the source suite, and diff shows the id alone', async () => {
    const dir = mkdtempSync(join(temp(), 'from-test-'));
    expect((await cli.run(['init', DRAFT, '--from', SOURCE, '--dir', dir])).code).toBe(0);
    const ruleFile = join(dir, 'rules', `${DRAFT}.yaml`);
    const copy = await cli.run(['test', '--coverage', join(dir, 'rules', `${DRAFT}.test.yaml`)]);
    const source = await cli.run(['test', join(ROOT, 'rules', `${SOURCE}.test.yaml`)]);
    expect(copy.code, copy.stdout + copy.stderr).toBe(0);
    const last = (text: string) => text.trimEnd().split('\n').at(-1);
    expect(last(copy.stdout)).toMatch(/^\d+ passed, 0 failed$/);
    expect(last(copy.stdout)).toBe(last(source.stdout));
    const diff = await cli.run(['diff', '-f', 'json', SOURCE, ruleFile]);
    expect(diff.code, diff.stderr).toBe(0);
    const entries = (JSON.parse(diff.stdout) as { entries: { key: string; before: string; after: string }[] })
      .entries;
    expect(entries.map(({ key, before, after }) => ({ key, before, after }))).toEqual([
      { key: 'rule-set-id', before: SOURCE, after: DRAFT },
    ]);
  });

  it('never overwrites: a second run exits 2 and leaves the files as they are', async () => {
    const dir = mkdtempSync(join(temp(), 'from-exists-'));
    expect((await cli.run(['init', DRAFT, '--from', SOURCE, '--dir', dir])).code).toBe(0);
    const ruleFile = join(dir, 'rules', `${DRAFT}.yaml`);
    writeFileSync(ruleFile, 'mine');
    const again = await cli.run(['init', DRAFT, '--from', SOURCE, '--dir', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exist');
    expect(readFileSync(ruleFile, 'utf8')).toBe('mine');
  });

  it('an unknown --from exits 2 naming the nearest bundled ids, in both languages, and writes nothing', async () => {
    const dir = mkdtempSync(join(temp(), 'from-unknown-'));
    const typo = await cli.run(['init', 'steel/x', '--from', 'steel/hot-roled-ribbed-bar', '--dir', dir]);
    expect(typo).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'qgrade: --from steel/hot-roled-ribbed-bar: no bundled rule set has this id; the nearest: steel/hot-rolled-ribbed-bar (all: qgrade list)\n',
    });
    // A name without its industry finds the id it is the name of.
    const zh = await cli.run([
      '--lang',
      'zh',
      'init',
      'steel/x',
      '--from',
      'cement-quality-grade',
      '--dir',
      dir,
    ]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(
      'qgrade: --from cement-quality-grade：既不是文件，也不是内置规则集；最接近的是 building-materials/cement-quality-grade、building-materials/cement-lot-grade（全部见 qgrade list）\n',
    );
    // Nothing near: every bundled id is named.
    const far = await cli.run(['init', 'steel/x', '--from', 'textiles/silk', '--dir', dir]);
    expect(far.code).toBe(2);
    expect(far.stderr).toMatch(
      /the bundled ones are building-materials\/cement-lot-grade, .*steel\/hot-rolled-ribbed-bar/,
    );
    // A path that is not there says so, as for any rule file.
    const missing = await cli.run(['init', 'steel/x', '--from', join(dir, 'none.yaml'), '--dir', dir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot be read');
    expect(existsSync(join(dir, 'rules'))).toBe(false);
  });

  it("the source's own id, or an id in another industry than the source's, exits 2 and writes nothing (hostile-19 F1, F2)", async () => {
    const dir = mkdtempSync(join(temp(), 'from-id-'));
    const same = await cli.run(['init', SOURCE, '--from', SOURCE, '--dir', dir]);
    expect(same.code).toBe(2);
    expect(same.stderr).toBe(
      `qgrade: the new id is the source's own (${SOURCE}): give the revision an id of its own, e.g. ${SOURCE}-draft\n`,
    );
    const other = await cli.run([
      '--lang',
      'zh',
      'init',
      'steel/cement-2026',
      '--from',
      SOURCE,
      '--dir',
      dir,
    ]);
    expect(other.code).toBe(2);
    expect(other.stderr).toBe(
      'qgrade: 新标识 steel/cement-2026 的行业是“steel”，而原规则集的 industry 是“building-materials”，复制后不能通过校验：请用 building-materials/cement-2026\n',
    );
    expect(existsSync(join(dir, 'rules'))).toBe(false);
    // The industry the message advises is one the copy validates under.
    expect(
      (await cli.run(['init', 'building-materials/cement-2026', '--from', SOURCE, '--dir', dir])).code,
    ).toBe(0);
    const check = await cli.run(['validate', join(dir, 'rules', 'building-materials', 'cement-2026.yaml')]);
    expect(check.code).toBe(0);
  });

  it('--from with --template is a usage error', async () => {
    const dir = mkdtempSync(join(temp(), 'from-template-'));
    const run = await cli.run(['init', 'steel/x', '--from', SOURCE, '-t', 'ladder', '--dir', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "option '--from <rule set>' cannot be used with option '-t, --template <kind>'",
    );
  });

  it('--from a rule file copies it and the suite beside it; a draft of a draft names its own source only', async () => {
    const dir = mkdtempSync(join(temp(), 'from-file-'));
    const mine = join(dir, 'mine');
    mkdirSync(mine);
    // A suite naming its rule file by its own relative path: the copy names the new file instead.
    writeFileSync(join(mine, 'bar.yaml'), bundled('steel/hot-rolled-ribbed-bar.yaml'));
    writeFileSync(
      join(mine, 'bar.test.yaml'),
      bundled('steel/hot-rolled-ribbed-bar.test.yaml').replace(/^ruleSet: .*$/m, 'ruleSet: ./bar.yaml'),
    );
    const first = await cli.run(['init', 'steel/bar-2026', '--from', join(mine, 'bar.yaml'), '--dir', dir]);
    expect(first.code, first.stderr).toBe(0);
    const copy = join(dir, 'rules', 'steel', 'bar-2026.yaml');
    expect(first.stdout).toContain(`  qgrade diff ${join(mine, 'bar.yaml')} ${copy}`);
    const second = await cli.run(['init', 'steel/bar-2027', '--from', copy, '--dir', dir]);
    expect(second.code, second.stderr).toBe(0);
    const twice = readFileSync(join(dir, 'rules', 'steel', 'bar-2027.yaml'), 'utf8');
    expect(twice.match(/# A draft revision/g)).toHaveLength(1);
    const version = /^version: (\S+)$/m.exec(bundled('steel/hot-rolled-ribbed-bar.yaml'))![1];
    expect(twice).toContain(
      `# A draft revision, copied from steel/bar-2026 ${version} (qgrade init --from).\n`,
    );
    const test = await cli.run(['test', join(dir, 'rules', 'steel', 'bar-2027.test.yaml')]);
    expect(test.code, test.stdout + test.stderr).toBe(0);
  });

  it('a rule file without a suite beside it: the rule set alone, and the output says no suite was written', async () => {
    const dir = mkdtempSync(join(temp(), 'from-alone-'));
    const source = join(dir, 'alone.yaml');
    writeFileSync(source, bundled('building-materials/common-portland-cement.yaml'));
    const run = await cli.run(['init', 'building-materials/alone-2026', '--from', source, '--dir', dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `no test suite written: ${join(dir, 'alone.test.yaml')} is not there or does not test that rule set`,
    );
    expect(run.stdout).not.toContain('qgrade test');
    expect(existsSync(join(dir, 'rules', 'building-materials', 'alone-2026.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'rules', 'building-materials', 'alone-2026.test.yaml'))).toBe(false);
  });

  it('a source that does not load exits 2 with its problems, and nothing is written', async () => {
    const dir = mkdtempSync(join(temp(), 'from-broken-'));
    const source = join(dir, 'broken.yaml');
    writeFileSync(source, 'schemaVersion: 1\nid: steel/broken\n');
    const run = await cli.run(['init', 'steel/fixed', '--from', source, '--dir', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('broken.yaml');
    expect(existsSync(join(dir, 'rules'))).toBe(false);
  });

  it('in Chinese: the messages and the note above id:', async () => {
    const dir = mkdtempSync(join(temp(), 'from-zh-'));
    const run = await cli.run(['--lang', 'zh', 'init', DRAFT, '--from', SOURCE, '--dir', dir]);
    expect(run.code, run.stderr).toBe(0);
    const ruleFile = join(dir, 'rules', `${DRAFT}.yaml`);
    const suiteFile = join(dir, 'rules', `${DRAFT}.test.yaml`);
    expect(run.stdout.split('\n').slice(0, 4)).toEqual([
      `已创建 ${ruleFile}（复制自 ${SOURCE} ${VERSION}，标识改为 ${DRAFT}）`,
      `已创建 ${suiteFile}（复制其测试套件，ruleSet 指向新文件）`,
      '',
      '下一步：修改阈值并提高版本号，然后运行',
    ]);
    // committee-25 F4: the draft's own description to update, named in the next steps.
    expect(run.stdout).toContain(
      '草案的说明也要改：“version”（如“2.0.0-draft.1”）；“provenance”写明数值来源（草案中工作组拟定的数值不是标准原文）；“references”改为草案所依据的标准及版次',
    );
    const note = /^# 修订稿.*\n# .*$/m.exec(readFileSync(ruleFile, 'utf8'))?.[0] ?? '';
    expect(untranslated(`${run.stdout}\n${note}`)).toEqual([]);
    expect(readFileSync(ruleFile, 'utf8')).toContain(
      `# 修订稿，复制自 ${SOURCE} ${VERSION}（qgrade init --from）。\n# 改动阈值时提高版本号。\nid: ${DRAFT}\n`,
    );
  });
});
