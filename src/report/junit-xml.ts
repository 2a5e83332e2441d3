import { formatIssue, type RuleSetIssue } from '../errors/rule-set-issue';
import { duplicateCaseNames } from '../suite/duplicate-case-names';
import type { Language } from '../text/localized-text';

/** One test case of a JUnit report. */
export interface JUnitCase {
  name: string;
  /** Groups cases in CI viewers; usually the file. */
  classname: string;
  /** Set when the case failed: a one-line message and the full text. */
  failure?: { message: string; text: string };
  /** Set when the case could not run (a file that does not load). */
  error?: { message: string; text: string };
}

/** One test suite of a JUnit report. */
export interface JUnitSuite {
  name: string;
  cases: JUnitCase[];
}

/**
 * A JUnit XML report (the format CI systems read: GitHub Actions, GitLab,
 * Jenkins): `<testsuites>` with one `<testsuite>` per suite and one
 * `<testcase>` per case, failures and errors with their message.
 *
 * @example
 * junitXml('qgrade validate', [{ name: 'rules', cases: [{ name: 'a.yaml', classname: 'rules' }] }]);
 */
export function junitXml(name: string, suites: readonly JUnitSuite[]): string {
  const count = (s: JUnitSuite, what: 'failure' | 'error') => s.cases.filter((c) => c[what]).length;
  const total = (what: 'failure' | 'error') => suites.reduce((n, s) => n + count(s, what), 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(name)}" tests="${suites.reduce((n, s) => n + s.cases.length, 0)}" failures="${total('failure')}" errors="${total('error')}">`,
  ];
  for (const suite of suites) {
    lines.push(
      `  <testsuite name="${attr(suite.name)}" tests="${suite.cases.length}" failures="${count(suite, 'failure')}" errors="${count(suite, 'error')}" skipped="0">`,
    );
    for (const c of suite.cases) {
      const open = `    <testcase name="${attr(c.name)}" classname="${attr(c.classname)}"`;
      const problem = c.failure ? ['failure', c.failure] : c.error ? ['error', c.error] : undefined;
      if (!problem) {
        lines.push(`${open}/>`);
        continue;
      }
      const [tag, { message, text }] = problem as ['failure' | 'error', { message: string; text: string }];
      lines.push(`${open}>`);
      lines.push(`      <${tag} message="${attr(message)}">${text_(text)}</${tag}>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

/** Text with the characters XML 1.0 cannot carry (most control characters, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD. */
function xmlChars(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const allowed =
      c === 9 ||
      c === 10 ||
      c === 13 ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      c >= 0x10000;
    out += allowed ? ch : '\ufffd';
  }
  return out;
}

function text_(s: string): string {
  return xmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return text_(s)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/**
 * A suite's cases as a JUnit suite: one test case per case, failures with
 * their problems; a suite or rule set that does not load, or a suite that
 * names what its rule set lacks, is one errored case (`load`), followed by
 * the cases that ran.
 *
 * @param name - the suite file as the user sees it
 * @param lang - the language of a load error's messages (the cases' problems come in the language wanted)
 */
export function suiteToJUnit(
  name: string,
  suite: {
    cases: readonly { name: string; line: number; passed: boolean; problems: readonly string[] }[];
    error?: { issues: readonly RuleSetIssue[] };
  },
  lang: Language = 'en',
): JUnitSuite {
  // The suite's own problems are one errored case, before the cases that ran despite them.
  const load: JUnitCase[] = suite.error
    ? [
        {
          name: 'load',
          classname: name,
          error: {
            message: suite.error.issues[0]?.text[lang] ?? (lang === 'zh' ? '无法加载' : 'does not load'),
            text: suite.error.issues.map((i) => formatIssue(i, lang)).join('\n'),
          },
        },
      ]
    : [];
  const twice = new Set(duplicateCaseNames(suite.cases).map((d) => d.name));
  return {
    name,
    cases: [
      ...load,
      ...suite.cases.map((c) => ({
        // Two cases of one name would be one test case to a CI viewer: each says its line.
        name: twice.has(c.name)
          ? `${c.name} (${lang === 'zh' ? `第 ${c.line} 行` : `line ${c.line}`})`
          : c.name,
        classname: name,
        ...(c.passed
          ? {}
          : {
              failure: {
                message: c.problems[0] ?? 'failed',
                text: `${name}:${c.line}\n${c.problems.join('\n')}`,
              },
            }),
      })),
    ],
  };
}

/** A rule file's check as a JUnit test case: a failure lists its errors, in `lang` (default English). */
export function validationToJUnit(
  file: string,
  issues: readonly RuleSetIssue[],
  lang: Language = 'en',
): JUnitCase {
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return { name: file, classname: 'qgrade.validate' };
  return {
    name: file,
    classname: 'qgrade.validate',
    failure: {
      message:
        lang === 'zh'
          ? `${errors.length} 个问题：${errors[0]!.text.zh}`
          : `${errors.length} problem${errors.length === 1 ? '' : 's'}: ${errors[0]!.message}`,
      text: errors.map((i) => formatIssue(i, lang)).join('\n'),
    },
  };
}
