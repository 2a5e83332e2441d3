import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { type Command, Option } from 'commander';
import { formatIssue } from '../../errors/rule-set-issue';
import { UsageError } from '../../errors/usage-error';
import { bundledRulesDir, isPackageOrHidden, isSuiteFileName } from '../../load/rule-file';
import { formatCoverage } from '../../report/format-coverage';
import { type JUnitSuite, junitXml, suiteToJUnit } from '../../report/junit-xml';
import { notRunText } from '../../report/not-run-text';
import { checkRuleSetFile } from '../../resolve/load-rule-set';
import type { CaseResult } from '../../suite/case-result';
import { thresholdCoverage } from '../../suite/coverage';
import { duplicateCaseNames, duplicateCaseNameWarning } from '../../suite/duplicate-case-names';
import { findRuleFilesIn, findSuites } from '../../suite/find-suites';
import { runTestSuite } from '../../suite/run-test-suite';
import { type Language, localized } from '../../text/localized-text';
import type { ActionRunner, CliContext } from '../context';
import { exitCodesHelp } from '../exit-code-help';
import { EXIT } from '../exit-codes';

/** `qgrade test [paths...]`: run rule-set test suites (`*.test.yaml`). */
export function registerTest(program: Command, context: () => CliContext, runs: ActionRunner): void {
  program
    .command('test')
    .description(
      'run rule-set test suites (*.test.yaml): each case’s expected grade and failing requirements',
    )
    .option(
      '--coverage',
      'also report, for every threshold, whether a case it decides sits at it, just below and just above it',
    )
    .option(
      '--min <percent>',
      'with --coverage (implied): exit 1 when fewer than this percent of the thresholds are covered',
      parsePercent,
    )
    .addOption(
      new Option(
        '-f, --format <format>',
        'text, or junit (JUnit XML for CI: a test suite per file, a test case per case)',
      )
        .choices(['text', 'junit'])
        .default('text'),
    )
    .argument(
      '[paths...]',
      'suites or folders (default: ./rules if present, else the suites in this folder, else the bundled rules)',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ qgrade test
  $ qgrade test rules/home-appliances/room-air-conditioner-energy.test.yaml
  $ qgrade test --coverage rules/home-appliances/
  $ qgrade test --coverage --min 80 rules/home-appliances/room-air-conditioner-energy.test.yaml
  $ qgrade test --format junit rules/ > test-junit.xml

Ends with "N passed, N failed" (on stderr with --format junit, where stdout is the XML).
Coverage lists the thresholds without a case at, just below or just above them. A case counts
only where the threshold decides it: no other failed requirement of that grade or below holds its
grade (or it lists failing); one that is held is named as touched but not decided. Sides no valid
record can reach (between an enumerated indicator's values, outside its range, "at" a limit no
multiple of the rounding interval, also for a formula read from table cells) are not asked for; a
formula read from table cells and numbers has each limit it can compute as a threshold of its own; a
cutoff on a score in bands has the nearest scores as its neighbours; a suite's "uncovered"
entries (criterion, row, limit, sides, reason) leave thresholds out on purpose. With --min, coverage below that percent exits 1.
A rule file in a folder given that no suite tests is named; under --coverage its thresholds count
as uncovered.
A suite that names what its rule set lacks (a grade, requirement or indicator), or has a problem
inside a case (a misspelt key), is reported with every such problem, located; its other cases
still run.
${exitCodesHelp('test', 'en')}`,
    )
    .action(runs((paths: string[], options: TestOptions) => runTests(paths, options, context())));
}

/**
 * What `qgrade test` with no path tests: `./rules` when there is one; else
 * the suites in the working folder and its subfolders at any depth (a run
 * from inside one's own rules folder, `cd rules && qgrade test`, tested the
 * bundled rule sets and passed while the suites there failed: hostile-20
 * W10; suites two folders down, `standards/<industry>/`, did the same:
 * hostile-21 W4); else the bundled rule sets. Either fallback is said on stderr.
 */
async function defaultRoots(ctx: CliContext): Promise<string[]> {
  const zh = ctx.lang === 'zh';
  const local = join(ctx.io.cwd, 'rules');
  if (existsSync(local)) return [local];
  const here = await suitesNear(ctx.io.cwd);
  if (here.length > 0) {
    ctx.err(
      zh
        ? '这里没有 ./rules 文件夹：运行本文件夹中的测试套件'
        : 'no ./rules folder here: running the test suites in this folder',
    );
    return here;
  }
  ctx.err(
    zh
      ? '这里没有 ./rules 文件夹，本文件夹中也没有测试套件：运行附带规则集的测试套件'
      : 'no ./rules folder here and no test suite in this folder: running the bundled rule sets’ suites',
  );
  return [bundledRulesDir()];
}

/** How deep below the working folder `qgrade test` with no path looks for suites. */
const NEAR_DEPTH = 6;

/**
 * The suites in `dir`, and the subfolders of `dir` that hold one at any depth
 * (down to {@link NEAR_DEPTH} levels; each then searched whole): `node_modules`
 * and hidden folders are not looked into at any level, so a project's
 * installed packages are not tested.
 */
async function suitesNear(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, entry.name);
    if (entry.isFile() && isSuiteFileName(entry.name)) out.push(full);
    else if (entry.isDirectory() && !isPackageOrHidden(entry.name) && (await holdsSuite(full, NEAR_DEPTH)))
      out.push(full);
  }
  return out;
}

/** Whether a folder holds a suite, at most `depth` levels down, passing by packages and hidden folders. */
async function holdsSuite(dir: string, depth: number): Promise<boolean> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  if (entries.some((e) => e.isFile() && isSuiteFileName(e.name))) return true;
  if (depth <= 1) return false;
  for (const e of entries)
    if (e.isDirectory() && !isPackageOrHidden(e.name) && (await holdsSuite(join(dir, e.name), depth - 1)))
      return true;
  return false;
}

interface TestOptions {
  coverage?: boolean;
  min?: number;
  format: 'text' | 'junit';
}

async function runTests(paths: string[], options: TestOptions, ctx: CliContext): Promise<number> {
  const junit = options.format === 'junit';
  const zh = ctx.lang === 'zh';
  // With JUnit on stdout, the readable report goes to stderr.
  const say = junit ? ctx.err : ctx.out;
  const roots = paths.length > 0 ? paths : await defaultRoots(ctx);
  let passed = 0;
  let failed = 0;
  let broken = false;
  // Suites that did not load: none of their cases ran, and the totals must not read as a clean run.
  let unloaded = 0;
  // Suites that loaded but name what their rule set lacks: the cases with such a name did not run.
  let withProblems = 0;
  let notRun = 0;
  const report: JUnitSuite[] = [];
  const coverage = options.coverage === true || options.min !== undefined;
  let thresholds = 0;
  let gaps = 0;
  const files = await findSuites(roots);
  if (files.length === 0) {
    // A CI step pointed at the wrong folder must not pass on nothing.
    const where = roots.map((r) => shownPath(ctx.io.cwd, r)).join(zh ? '、' : ', ');
    ctx.err(
      zh
        ? `在 ${where} 下没有找到测试套件（*.test.yaml）`
        : `no test suites (*.test.yaml) found under ${where}`,
    );
    return EXIT.usage;
  }
  const tested = new Set<string>();
  for (const file of files) {
    const suite = await runTestSuite(file);
    if (suite.ruleSet) {
      const ruleFile = resolve(suite.ruleSet.file);
      // What validate warns about the rule set under test (a requirement no record without a value meets…), once.
      if (!tested.has(ruleFile)) for (const w of suite.ruleSet.warnings) ctx.err(formatIssue(w, ctx.lang));
      tested.add(ruleFile);
    }
    const shown = shownPath(ctx.io.cwd, file);
    for (const duplicate of duplicateCaseNames(suite.cases))
      ctx.err(duplicateCaseNameWarning(shown, duplicate)[ctx.lang]);
    const inLang = suite.cases.map((c) => ({ ...c, problems: problemsIn(c, ctx.lang) }));
    report.push(suiteToJUnit(shown, { ...suite, cases: inLang }, ctx.lang));
    if (suite.error) {
      broken = true;
      for (const issue of suite.error.issues) say(formatIssue(issue, ctx.lang));
      if (!suite.notRun) {
        unloaded++;
        continue;
      }
      // The suite loaded: its other cases ran, so one run shows every problem in it.
      withProblems++;
      notRun += suite.notRun.length;
    }
    const bad = suite.cases.filter((c) => !c.passed);
    passed += suite.cases.length - bad.length;
    failed += bad.length;
    const ok = `${suite.cases.length - bad.length}/${suite.cases.length}`;
    ctx.err((zh ? `${shown}：通过 ${ok}` : `${shown}: ${ok} passed`) + notRunText(suite.notRun, ctx.lang));
    for (const c of bad) {
      say(zh ? `失败 ${shown}:${c.line}：${c.name}` : `FAIL ${shown}:${c.line}: ${c.name}`);
      for (const p of problemsIn(c, ctx.lang)) say(`  ${p}`);
    }
    if (coverage && suite.ruleSet) {
      const found = thresholdCoverage(suite.ruleSet, suite.cases, suite.uncovered);
      thresholds += found.thresholds.length;
      gaps += found.uncovered.length;
      say(formatCoverage(found, suite.ruleSet.file, ctx.lang));
    }
  }
  // A rule file in the folders tested that no suite tests: said, and under --coverage counted as uncovered,
  // so a gate over a folder does not pass on the rule sets it never looked at.
  const untested: string[] = [];
  for (const file of await findRuleFilesIn(roots)) {
    if (tested.has(resolve(file))) continue;
    const { ruleSet } = await checkRuleSetFile(file);
    // A YAML file that is no rule set (or does not load: `validate` says why) is not counted.
    if (!ruleSet) continue;
    const shown = shownPath(ctx.io.cwd, file);
    untested.push(shown);
    if (coverage) {
      const found = thresholdCoverage(ruleSet, []);
      thresholds += found.thresholds.length;
      gaps += found.uncovered.length;
      const n = found.uncovered.length;
      say(
        zh
          ? `${shown}：没有测试套件，其 ${n} 个阈值都计为未覆盖`
          : `${shown}: no test suite, so its ${n} threshold${n === 1 ? '' : 's'} count as uncovered`,
      );
    }
  }
  if (untested.length > 0 && !coverage)
    ctx.err(
      zh
        ? `${untested.length} 个规则文件没有测试套件：${untested.join('、')}`
        : `${untested.length} rule file${untested.length === 1 ? ' has' : 's have'} no test suite: ${untested.join(', ')}`,
    );
  if (junit) ctx.out(junitXml('qgrade test', report));
  const percent = thresholds === 0 ? 100 : (100 * (thresholds - gaps)) / thresholds;
  const short = options.min !== undefined && percent < options.min;
  if (options.min !== undefined) say(gateLine(percent, options.min, ctx));
  say(zh ? `通过 ${passed} 个，失败 ${failed} 个` : `${passed} passed, ${failed} failed`);
  if (unloaded > 0)
    say(
      zh
        ? `${unloaded} 个测试套件未能加载，其中的用例都没有运行（见上方的问题）`
        : `${unloaded} test suite${unloaded === 1 ? '' : 's'} did not load, so none of ${unloaded === 1 ? 'its' : 'their'} cases ran (see the problems above)`,
    );
  if (withProblems > 0)
    say(
      zh
        ? `${withProblems} 个测试套件有问题（见上方），其中 ${notRun} 个用例没有运行，其余用例已运行`
        : `${withProblems} test suite${withProblems === 1 ? ' has' : 's have'} problems (see above): ${notRun} of ${withProblems === 1 ? 'its' : 'their'} cases did not run, the others did`,
    );
  return broken ? EXIT.usage : failed > 0 || short ? EXIT.problems : EXIT.ok;
}

/** What differed in a case, in `lang` where the case says it in both languages. */
function problemsIn(c: CaseResult, lang: Language): string[] {
  return c.problemTexts?.map((p) => p[lang]) ?? c.problems;
}

/** `coverage 87.5 % of 24 thresholds, below the minimum of 90 %`. */
function gateLine(percent: number, min: number, ctx: CliContext): string {
  // Floor to one decimal, so 89.96 % never shows as 90.0 % beside a failing 90 % gate.
  const shown = (Math.floor(percent * 10) / 10).toFixed(1);
  const below = percent < min;
  return ctx.lang === 'zh'
    ? `阈值覆盖率 ${shown}%，${below ? '低于' : '达到'}最低要求 ${min}%`
    : `threshold coverage ${shown}%, ${below ? 'below' : 'at or above'} the minimum of ${min}%`;
}

function parsePercent(value: string): number {
  const n = Number(value.trim().replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new UsageError(
      localized(
        `--min 应为 0 到 100 之间的百分数，收到“${value}”`,
        `--min must be a percent from 0 to 100, got "${value}"`,
      ),
    );
  }
  return n;
}

/**
 * A path as the lines about it show it: relative to the working folder when
 * it is below it, else as given, so a suite outside it reads the same in its
 * summary line as in its located problems (not `../../../work/…`).
 */
function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? path : rel;
}
