import { dirname, join } from 'node:path';
import { type RuleSetIssue, ruleSetIssue } from '../errors/rule-set-issue';
import { isSuiteFileName, readRuleText } from '../load/rule-file';
import { DEFAULT_SOURCE_LIMITS } from '../load/source-limits';
import { localized } from '../text/localized-text';

const SUITE_KEY = /^(cases|groups)[ \t]*:/m;
const RULE_SET_KEY = /^ruleSet[ \t]*:[ \t]*["']?([^"'#\r\n]*?)["']?[ \t]*(?:#.*)?$/m;

/**
 * A test suite given to `qgrade validate` (newcomer-17 finding 4): it was
 * checked as a rule set and got a dozen errors about keys a rule set lacks
 * or does not know. A file named `*.test.yaml`, or one with a top-level
 * `ruleSet:` and `cases:` or `groups:`, is a suite; it gets one error, at its
 * `cases:` (or `groups:`) key, saying to run it with `qgrade test`.
 *
 * @param target - the file as given on the command line
 * @returns the issue, or undefined when the file is not a suite or cannot be read (the rule-file reader says why)
 */
export async function suiteGivenToValidate(target: string): Promise<RuleSetIssue | undefined> {
  // Through the rule-file reader, which asks the file system first: a FIFO hung validate here (hostile-38 C1).
  const read = await readRuleText(target, target, DEFAULT_SOURCE_LIMITS.maxBytes).catch(() => undefined);
  if (read === undefined || 'issue' in read) return undefined;
  const { text } = read;
  const key = SUITE_KEY.exec(text);
  const ruleSet = RULE_SET_KEY.exec(text);
  if (!isSuiteFileName(target) && !(key && ruleSet)) return undefined;
  const line = key ? text.slice(0, key.index).split('\n').length : 1;
  const named = ruleSet?.[1]?.trim();
  const tested = named?.startsWith('.') ? join(dirname(target), named) : named;
  const also = tested
    ? localized(
        `；要检查它所测的规则集，请运行 qgrade validate ${tested}`,
        `; to check the rule set it tests, run qgrade validate ${tested}`,
      )
    : localized('', '');
  return ruleSetIssue({
    code: 'schema',
    severity: 'error',
    text: localized(
      `这是测试套件，不是规则集：请用 qgrade test ${target} 运行它${also.zh}`,
      `this is a test suite, not a rule set: run it with qgrade test ${target}${also.en}`,
    ),
    file: target,
    line,
    column: 1,
    path: key ? [key[1]!] : [],
  });
}
