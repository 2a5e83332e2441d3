import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { RuleSetError } from '../errors/qgrade-error';
import { ruleSetIssue } from '../errors/rule-set-issue';
import { fileReason } from '../errors/system-reason';
import { decodeRuleText } from '../load/decode-text';
import { loadRuleSet } from '../resolve/load-rule-set';
import type { RuleSet } from '../resolve/rule-set';
import { localized } from '../text/localized-text';
import { runSuite, type SuiteResult } from './run-suite';
import { parseTestSuite } from './test-suite';

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
    const decoded = decodeRuleText(await readFile(file), file);
    if ('issue' in decoded) return { file, cases: [], error: new RuleSetError(file, [decoded.issue]) };
    text = decoded.text;
  } catch (error) {
    const why = fileReason(error);
    return {
      file,
      cases: [],
      error: new RuleSetError(file, [
        ruleSetIssue({
          code: 'file-not-found',
          severity: 'error',
          text: localized(`无法读取 ${file}：${why.zh}`, `${file} cannot be read: ${why.en}`),
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
  const target = suite.ruleSet.startsWith('.') ? resolve(dirname(file), suite.ruleSet) : suite.ruleSet;
  let ruleSet: RuleSet;
  try {
    ruleSet = await loadRuleSet(target);
  } catch (error) {
    if (error instanceof RuleSetError) return { file, cases: [], error };
    throw error;
  }
  return runSuite(suite, ruleSet);
}
