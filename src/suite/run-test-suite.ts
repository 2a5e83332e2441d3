import { readdir } from 'node:fs/promises';
import { basename, dirname, resolve, sep } from 'node:path';
import { RuleSetError } from '../errors/rule-set-error';
import { type RuleSetIssue, ruleSetIssue } from '../errors/rule-set-issue';
import { fileReason } from '../errors/system-reason';
import { readRuleText } from '../load/rule-file';
import { DEFAULT_SOURCE_LIMITS } from '../load/source-limits';
import { loadRuleSet } from '../resolve/load-rule-set';
import type { RuleSet } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { safeLine } from '../text/safe-text';
import { runSuite, type SuiteResult } from './run-suite';
import { suiteRuleSetTarget } from './suite-rule-set';
import { parseTestSuite, suiteSource, type TestSuite } from './test-suite';

/**
 * Runs a rule-set test suite (`<name>.test.yaml`): grades each case's input
 * and compares the grade, the failing requirements, the reason and the
 * invalid fields with what the case expects.
 *
 * @example
 * const suite = await runTestSuite('rules/steel/hot-rolled-ribbed-bar.test.yaml');
 * console.log(suite.cases.filter((c) => !c.passed).map((c) => c.problems));
 */
export async function runTestSuite(file: string): Promise<SuiteResult> {
  let text: string;
  try {
    // Asked of the file system first: a FIFO named *.test.yaml hung the run (hostile-38 C1).
    const read = await readRuleText(file, file, DEFAULT_SOURCE_LIMITS.maxBytes);
    if ('issue' in read) return { file, cases: [], error: new RuleSetError(file, [read.issue]) };
    text = read.text;
  } catch (error) {
    const why = fileReason(error);
    return {
      file,
      cases: [],
      error: new RuleSetError(file, [
        ruleSetIssue({
          code: 'file-not-found',
          severity: 'error',
          // Printed after its file (`<file>: <message>`): the message does not name it again.
          text: localized(`无法读取：${why.zh}`, `cannot be read: ${why.en}`),
          file,
          line: 0,
          column: 0,
          path: [],
        }),
      ]),
    };
  }
  const suite = parseTestSuite(text, file);
  if ('issues' in suite) return { file, cases: [], error: new RuleSetError(file, suite.issues) };
  const source = suiteSource(suite);
  const written = (source?.data as { ruleSet?: unknown } | undefined)?.ruleSet;
  // `ruleSet: ''` named the suite's own folder ("it is a folder, not a rule file"): say what is wrong.
  if (source && typeof written === 'string' && written.trim() === '') {
    const text = localized(
      'ruleSet 是空的：请写出要测试的规则文件（如 ./lot.yaml）或附带规则集的标识（如 steel/hot-rolled-ribbed-bar），或删去这一行以测试套件旁边的同名规则文件',
      "ruleSet is empty: name the rule file to test (./lot.yaml) or a bundled rule set's id (steel/hot-rolled-ribbed-bar), or leave the line out to test the rule file of the suite's name beside it",
    );
    return { file, cases: [], error: new RuleSetError(file, [source.issue('schema', text, ['ruleSet'])]) };
  }
  const target = suiteRuleSetTarget(suite.ruleSet, dirname(file), resolve);
  let ruleSet: RuleSet;
  try {
    ruleSet = await loadRuleSet(target);
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error;
    // The suite's own problems are reported too: one run shows everything there is to fix.
    const own = suite.problems?.issues ?? [];
    if (!error.issues.some((i) => i.code === 'file-not-found' || i.code === 'rule-set-not-found'))
      return {
        file,
        cases: [],
        error: own.length > 0 ? new RuleSetError(file, [...own, ...error.issues]) : error,
      };
    // The rule file's own issue names a file the author may not recognise: say which line of the suite led there.
    const where = error.issues[0]?.file ?? String(target);
    return {
      file,
      cases: [],
      error: new RuleSetError(file, [
        ruleSetReference(suite, where, await closeRuleFile(suite.ruleSet, target)),
        ...own,
        ...error.issues,
      ]),
    };
  }
  return runSuite(suite, ruleSet);
}

/** Where a suite names the rule set it tests, or says that it names none and which it took instead. */
function ruleSetReference(suite: TestSuite, where: string, close: string | undefined): RuleSetIssue {
  // Issues are printed sorted by file and place, so the reason may come before or after: name its file.
  const shown = safeLine(where);
  const source = suiteSource(suite)!;
  const given = (source.data as { ruleSet?: unknown }).ruleSet !== undefined;
  const slip = close
    ? localized(`；是否要写“${safeLine(close)}”？`, `; did you mean "${safeLine(close)}"?`)
    : pathSlip(suite.ruleSet);
  const text = given
    ? localized(
        `本套件的 ruleSet“${suite.ruleSet}”无法载入，原因见 ${shown} 的那条消息${slip.zh}`,
        `this suite's ruleSet "${suite.ruleSet}" does not load; why: see the message for ${shown}${slip.en}`,
      )
    : localized(
        `本套件没有写 ruleSet，所以测试旁边的 ${suite.ruleSet}，但它无法载入（原因见 ${shown} 的那条消息）；请用 ruleSet: 写出要测试的规则集`,
        `this suite has no ruleSet, so it tests ${suite.ruleSet} beside it, which does not load (why: see the message for ${shown}); name the rule set with ruleSet:`,
      );
  return source.issue('file-not-found', text, given ? ['ruleSet'] : []);
}

/**
 * What in a path that names no file is likely the cause (hostile-20 M13): a space at either end, invisible in
 * `"../sub/x.yaml "`, or backslashes from a suite written on Windows, which other systems read as part of a name.
 */
function pathSlip(path: string): LocalizedText {
  if (path !== path.trim())
    return localized('；路径首尾有空格，请删去', '; the path begins or ends with a space: remove it');
  // Where \ separates folders (Windows) it is no slip.
  if (sep === '/' && path.includes('\\')) {
    const fixed = path.replaceAll('\\', '/');
    return localized(
      `；路径用了反斜杠“\\”，请用“/”分隔文件夹：${fixed}`,
      `; the path separates folders with "\\": write "/" instead, ${fixed}`,
    );
  }
  return localized('');
}

/**
 * The `ruleSet:` the author likely meant when the one written names no file: a file beside the target that
 * differs only in case (`./AC.yaml` for `ac.yaml`) or that adds the extension (`./ac` for `ac.yaml`), written
 * as the suite wrote its path. `undefined` when there is none, or for a bundled id.
 */
async function closeRuleFile(written: string, target: string): Promise<string | undefined> {
  if (target === written && !written.includes('.')) return undefined;
  const name = basename(target).toLowerCase();
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  const found =
    names.find((n) => n.toLowerCase() === name && n !== basename(target)) ??
    names.find(
      (n) =>
        /\.ya?ml$/.test(n) && !/\.test\.ya?ml$/.test(n) && n.replace(/\.ya?ml$/, '').toLowerCase() === name,
    );
  if (found === undefined) return undefined;
  const cut = written.length - basename(written).length;
  return written.slice(0, cut) + found;
}
