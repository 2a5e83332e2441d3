/**
 * docs/tutorial.zh-CN.md and docs/tutorial.md (写第一个规则集 / Writing your first rule set): association staff write
 * their first rule file from them alone, so every `qgrade` command they show runs as written — `init` in an empty
 * folder, the others in examples/tutorial/ — ends with the exit code its comment gives (0 without one), and prints
 * every line of the output block after it (`…` stands for lines left out). The rule file, suite cases and sheet they
 * show are examples/tutorial's, and each file under mistakes/ is that rule file or sheet with one mistake.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, useCli, useTempDir } from './cli-harness';
import { fencedBlocks, qgradeLines } from './doc-commands';

const cli = useCli();
const temp = useTempDir();

const TUTORIAL = join(ROOT, 'examples/tutorial');
const RULES = 'rules/home-appliances/tutorial-dishwasher.yaml';
const SUITE = 'rules/home-appliances/tutorial-dishwasher.test.yaml';
const PAGES = [
  { page: 'docs/tutorial.zh-CN.md', env: { LANG: 'zh_CN.UTF-8' } },
  { page: 'docs/tutorial.md', env: { LANG: 'en_US.UTF-8' } },
];
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const tutorialFile = (path: string) => readFileSync(join(TUTORIAL, path), 'utf8');

/** A command line split into its arguments and the exit code its comment gives. */
function command(line: string): { args: string[]; code: number } {
  const [written, comment = ''] = line.split(/\s+#\s+/);
  const code = /(?:退出码|exit code)\s*(\d+)/.exec(comment)?.[1];
  return { args: written!.trim().split(/\s+/).slice(1), code: code === undefined ? 0 : Number(code) };
}

/** The commands of a page, each with the lines of the output block shown after its shell block. */
function steps(page: string): { line: string; shown: string[] }[] {
  const blocks = fencedBlocks(read(page));
  return blocks.flatMap((block, i) => {
    if (block.lang !== 'sh') return [];
    const next = blocks[i + 1];
    const shown =
      next?.lang === 'text' && next.follows
        ? next.body.split('\n').filter((l) => l.trim() !== '' && l.trim() !== '…')
        : [];
    return qgradeLines(block.body).map((line) => ({ line, shown }));
  });
}

/**
 * The lines of a run's output, ends trimmed, with examples/tutorial/ taken off the paths it names: whole, or as
 * validate shows a file, from this process's folder (in a user's shell, the folder the commands run in).
 */
function outputLines(stdout: string, stderr: string): string[] {
  return `${stdout}\n${stderr}`
    .replaceAll(`${TUTORIAL}/`, '')
    .replaceAll('examples/tutorial/', '')
    .split('\n')
    .map((l) => l.trimEnd());
}

describe('the tutorial (docs/tutorial.zh-CN.md, docs/tutorial.md)', () => {
  it('shows the same commands in both languages: init, validate, test --coverage, grade, explain', () => {
    const commands = (page: string) => steps(page).map((s) => command(s.line));
    const zh = commands('docs/tutorial.zh-CN.md');
    expect(commands('docs/tutorial.md')).toEqual(zh);
    const all = zh.map((c) => c.args.join(' '));
    for (const step of [/^init /, /^validate /, /^test --coverage /, /^grade .*\.csv$/, /^explain .* --row /])
      expect(all.some((c) => step.test(c))).toBe(true);
    // The three mistakes: two rule files validate refuses, a sheet grade refuses.
    expect(zh.map((c) => c.code).sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2]);
  });

  it.each(PAGES)(
    '$page: every command runs as written and prints the lines shown after it',
    async ({ page, env }) => {
      const empty = join(temp(), page.replace(/\W/g, '-'));
      mkdirSync(empty);
      const ran = steps(page);
      expect(ran.length).toBeGreaterThanOrEqual(9);
      for (const { line, shown } of ran) {
        // Every command is followed by what it prints: a block that lost its place would check nothing.
        expect(shown.length, line).toBeGreaterThan(0);
        const { args, code } = command(line);
        const init = args[0] === 'init';
        // A file named in the arguments is read from this process's folder: name it whole.
        const resolved = init
          ? args
          : args.map((a) => (!a.startsWith('-') && existsSync(join(TUTORIAL, a)) ? join(TUTORIAL, a) : a));
        const run = await cli.run(resolved, { cwd: init ? empty : TUTORIAL, env });
        const context = `${line}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
        expect(run.code, context).toBe(code);
        expect(run.stderr, context).not.toMatch(/internal error|\n\s+at /);
        const printed = outputLines(run.stdout, run.stderr);
        expect(
          shown.filter((l) => !printed.includes(l.trimEnd())),
          context,
        ).toEqual([]);
        if (init) expect(existsSync(join(empty, SUITE)), context).toBe(true);
      }
    },
  );

  it.each(PAGES)(
    "$page: the rule file it shows is examples/tutorial's, and so are its suite cases and sheet",
    ({ page }) => {
      const blocks = fencedBlocks(read(page));
      const yaml = blocks
        .filter((b) => b.lang === 'yaml')
        .map((b) => parse(b.body) as Record<string, unknown>);
      const ruleSet = parse(tutorialFile(RULES)) as { provenance: { level: string } };
      expect(yaml.find((y) => 'schemaVersion' in y)).toEqual(ruleSet);
      // Made-up figures are never presented as a standard's.
      expect(ruleSet.provenance.level).toBe('illustrative');
      const suite = parse(tutorialFile(SUITE)) as { cases: unknown[] };
      const shownCases = yaml.find((y) => 'cases' in y)?.cases as unknown[];
      expect(shownCases.length).toBeGreaterThanOrEqual(4);
      for (const c of shownCases) expect(suite.cases).toContainEqual(c);
      expect(blocks.find((b) => b.lang === 'csv')?.body).toBe(tutorialFile('dishwashers.csv'));
    },
  );

  it('each file under mistakes/ is the rule file or the sheet with one line changed', () => {
    const changed = (a: string, b: string) => {
      const [x, y] = [a.split('\n'), b.split('\n')];
      expect(y).toHaveLength(x.length);
      // Line 1 is the $schema comment, its path one folder shallower.
      return x.flatMap((l, i) => (i > 0 && l !== y[i] ? [y[i]] : []));
    };
    const rules = tutorialFile(RULES);
    expect(changed(rules, tutorialFile('mistakes/full-width-colon.yaml'))).toEqual(['    unit： kWh/次']);
    expect(changed(rules, tutorialFile('mistakes/unquoted-limit.yaml'))).toEqual(['    require: >= 1.08']);
    expect(changed(rules, tutorialFile('mistakes/divisor-without-range.yaml'))).toEqual([
      '    # （这里漏写了 range）',
    ]);
    const sheet = tutorialFile('dishwashers.csv').split('\n');
    const wh = tutorialFile('mistakes/dishwashers-wh.csv').split('\n');
    // The units row says Wh/次 and the values are in Wh: the same records, only the unit differs.
    expect(wh[1]).toBe(',,套,Wh/次,,');
    expect(wh.map((l) => l.split(',')[3])).toEqual([
      '耗电量',
      'Wh/次',
      '700',
      '780',
      '950',
      '1400',
      undefined,
    ]);
    expect(wh.map((l) => l.split(',').toSpliced(3, 1))).toEqual(
      sheet.map((l) => l.split(',').toSpliced(3, 1)),
    );
  });

  it.each(PAGES)(
    '$page: the coverage gap it quotes is what the suite without that case prints',
    async ({ page, env }) => {
      const gap = fencedBlocks(read(page)).find((b) => b.lang === 'text' && !b.follows)!;
      expect(gap.body).toContain('energy@superior ≤ 0.070');
      const dir = join(temp(), `gap-${page.replace(/\W/g, '-')}`);
      mkdirSync(dir);
      const suite = tutorialFile(SUITE);
      const left = suite.slice(0, suite.indexOf('  - name: "嵌入式 10 套，每套 0.069'));
      expect(left.length).toBeLessThan(suite.length);
      writeFileSync(join(dir, 'tutorial-dishwasher.test.yaml'), left);
      writeFileSync(join(dir, 'tutorial-dishwasher.yaml'), tutorialFile(RULES));
      const run = await cli.run(['test', '--coverage', join(dir, 'tutorial-dishwasher.test.yaml')], { env });
      expect(run.code).toBe(0);
      expect(outputLines(run.stdout, run.stderr)).toContain(gap.body.trimEnd());
    },
  );

  it.each([
    ['docs/tutorial.zh-CN.md', 'zh', '额定洗涤套数应 > 0，实际为 0'],
    ['docs/tutorial.md', 'en', 'placeSettings (Place settings) must be > 0, got 0'],
  ])(
    '%s: a record of 0 place settings is invalid as it says (range "> 0" on the divisor)',
    async (page, lang, says) => {
      expect(read(page)).toContain(`\`${says}\``);
      const record = { installation: '独立式', placeSettings: 0, energy: 0.7, hasDrying: false };
      const run = await cli.run([
        'explain',
        '--lang',
        lang,
        '-r',
        join(TUTORIAL, RULES),
        '--record',
        JSON.stringify(record),
      ]);
      expect(run.stdout).toContain(says);
    },
  );

  // Section 4's advice, as the unit table reads a header today (newcomer-27 F1): under `unit: kWh/次`.
  const header = (unit: string) =>
    `型号,安装方式,额定洗涤套数,耗电量(${unit}),烘干功能,干燥指数\nDW-801,独立式,8,0.70,有,1.12\n`;
  const gradeSheet = (unit: string) =>
    cli.run(['grade', '-i', 'csv', '-r', join(TUTORIAL, RULES), '-'], { input: header(unit) });
  const SAME = ['kWh/次', 'kWh/cycle', 'kWh/cycles', 'kWh/周期', 'kW·h/次', 'kW•h/次', 'kW⋅h/次', 'kW・h/次'];
  const ALSO_SAME = ['千瓦时/次', '千瓦小时/次', 'KWH/次', 'kwh/次', '度/次', '度/周期'];

  it.each([...SAME, ...ALSO_SAME])('a header in %s is read as kWh/次', async (unit) => {
    const run = await gradeSheet(unit);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/DW-801\s+superior/);
  });

  it.each(['kWh', 'kW·h', '千瓦时', 'Wh/次', 'Wh'])(
    'a header in %s is refused before grading, exit 2',
    async (unit) => {
      const run = await gradeSheet(unit);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
    },
  );

  it('a header in 度 alone, or 度 per minute, is not read as the energy (度 is also degrees): invalid, and said why', async () => {
    for (const unit of ['度', '度/分钟']) {
      const run = await gradeSheet(unit);
      expect(run.code, unit).not.toBe(0);
      expect(run.stdout, unit).not.toMatch(/DW-801\s+superior/);
    }
  });

  // The two gaps section 2 warns of: validate warns about each (band-gap), and the record still grades superior.
  it.each([
    [
      'no scope: 17 settings match no row',
      (t: string) => t.replace(/^scope:\n(?: {2}.*\n)+/m, ''),
      17,
      'warning: table "energyLimits" has no row for placeSettings > 16, which a graded record can have',
    ],
    [
      'built-in without its "≤ 8" row',
      (t: string) => t.replace(/^ {6}- \[嵌入式, "≤ 8".*\n/m, ''),
      6,
      `warning: table "energyLimits" has no row for installation 嵌入式 with placeSettings ≤ 8, which other rows' bands hold`,
    ],
  ] as const)(
    '%s: validate warns (band-gap), and a dishwasher using 3 kWh a cycle grades superior',
    async (_name, cut, settings, warning) => {
      const dir = join(temp(), `cut-${settings}`);
      mkdirSync(dir);
      const file = join(dir, 'cut.yaml');
      const text = cut(tutorialFile(RULES));
      expect(text).not.toBe(tutorialFile(RULES));
      // Its $schema line points to the schema from where it is written, or validate warns of that too.
      const schema = relative(dir, join(ROOT, 'schemas/ruleset.schema.zh-CN.json'));
      writeFileSync(file, text.replace(/\$schema=\S+/, `$schema=${schema}`));
      const validate = await cli.run(['validate', file]);
      expect([validate.code, validate.stdout]).toEqual([0, '']);
      expect(validate.stderr).toContain(warning);
      expect(validate.stderr).toContain(`${file}: ok (1 warning)\n1 file checked, 0 problems, 1 warning\n`);
      // Both pages say validate warns, quoting the warning (the English one wrapped across lines).
      const quoted =
        settings === 17 ? '“placeSettings > 16”的行' : '“installation”为“嵌入式”且“placeSettings ≤ 8”的行';
      expect(read('docs/tutorial.zh-CN.md')).toContain(
        `\`validate\` 对此会警告（\`band-gap\`：表“energyLimits”没有${quoted}`,
      );
      expect(read('docs/tutorial.md').replace(/\n\s*/g, ' ')).toContain(
        `\`validate\` warns about it (\`band-gap\`: ${warning.slice('warning: '.length, warning.indexOf(', which'))})`,
      );
      const record = { installation: '嵌入式', placeSettings: settings, energy: 3, hasDrying: false };
      const run = await cli.run(['explain', '-f', 'json', '-r', file, '--record', JSON.stringify(record)]);
      expect(JSON.parse(run.stdout).grade).toBe('superior');
    },
  );

  it('ships its files in the package, where both pages say they are', () => {
    const files: string[] = JSON.parse(read('package.json')).files;
    expect(files).toContain('examples/tutorial');
    for (const { page } of PAGES) expect(read(page)).toContain('`node_modules/qgrade/examples/tutorial/`');
  });

  it('is linked from both READMEs and the top of both rule-format pages', () => {
    for (const [page, link] of [
      ['README.md', '(docs/tutorial.md)'],
      ['README.zh-CN.md', '(docs/tutorial.zh-CN.md)'],
      ['docs/rule-format.md', '(tutorial.md)'],
      ['docs/rule-format.zh-CN.md', '(tutorial.zh-CN.md)'],
    ] as const) {
      const text = read(page);
      expect(text, page).toContain(link);
      if (page.startsWith('docs/')) expect(text.indexOf(link), page).toBeLessThan(text.indexOf('\n## '));
    }
  });
});
