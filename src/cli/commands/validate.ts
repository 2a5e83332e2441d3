import { stat } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { formatIssue, sortIssues } from '../../errors/rule-set-issue';
import { findFiles, isRuleFileName } from '../../load/rule-file';
import { type JUnitCase, junitXml, validationToJUnit } from '../../report/junit-xml';
import { checkRuleSetFile } from '../../resolve/load-rule-set';
import type { Language } from '../../text/localized-text';
import type { ActionRunner, CliContext } from '../context';
import { exitCodesHelp } from '../exit-code-help';
import { EXIT } from '../exit-codes';
import { schemaLineWarning } from '../schema-line';
import { suiteGivenToValidate } from '../suite-given-to-validate';

/** `qgrade validate <files...>`: check rule files; every problem as file:line:column: message. */
export function registerValidate(program: Command, context: () => CliContext, runs: ActionRunner): void {
  program
    .command('validate')
    .description(
      'check rule files (or bundled ids, or folders of them) and report every problem as file:line:column: message',
    )
    .addOption(
      new Option('-f, --format <format>', 'text, or junit (JUnit XML for CI: a test case per file)')
        .choices(['text', 'junit'])
        .default('text'),
    )
    .argument('<files...>', 'rule files, folders or bundled ids')
    .addHelpText(
      'after',
      `
Examples:
  $ qgrade validate rules/home-appliances/room-air-conditioner-energy.yaml
  $ qgrade validate rules/
  $ qgrade validate home-appliances/room-air-conditioner-energy
  $ qgrade validate --format junit rules/ > validate-junit.xml

${exitCodesHelp('validate', 'en')}`,
    )
    .action(
      runs(async (files: string[], options: { format: 'text' | 'junit' }) => {
        const ctx = context();
        const { lang } = ctx;
        const junit = options.format === 'junit';
        let problems = 0;
        let warnings = 0;
        let lostGrades = 0;
        let checked = 0;
        // A file that is not there (or not a file) is a usage error, exit 2, as docs/cli.md says and `test` does.
        let missing = false;
        const cases: JUnitCase[] = [];
        for (const target of await expand(files)) {
          const suite = await suiteGivenToValidate(target);
          const { issues: found } = suite ? { issues: [suite] } : await checkRuleSetFile(target);
          // A $schema line that points nowhere (a copied file): the editor stops checking it, so say so.
          const schemaLine = found.some((i) => i.code === 'file-not-found')
            ? undefined
            : schemaLineWarning(target);
          // In line order with the others (it is line 1's): each stream lists its lines in file order (newcomer-words-42 c).
          const issues = schemaLine ? sortIssues([...found, schemaLine]) : found;
          checked++;
          missing ||= issues.some((i) => i.code === 'file-not-found' || i.code === 'rule-set-not-found');
          const errors = issues.filter((i) => i.severity === 'error');
          problems += errors.length;
          const warned = issues.length - errors.length;
          warnings += warned;
          if (junit) {
            cases.push(validationToJUnit(target, issues, lang));
            for (const issue of issues) if (issue.severity !== 'error') ctx.err(formatIssue(issue, lang));
            continue;
          }
          for (const issue of issues)
            (issue.severity === 'error' ? ctx.out : ctx.err)(formatIssue(issue, lang));
          // "ok (2 warnings)" read as a plain pass where two of three grades could never be given (newcomer-36 M10).
          const lost = new Set(issues.flatMap((i) => i.unreachableGrades ?? [])).size;
          if (errors.length === 0) {
            lostGrades += lost;
            ctx.err(passedText(target, warned, lost, lang));
          }
        }
        if (junit) ctx.out(junitXml('qgrade validate', [{ name: 'qgrade validate', cases }]));
        ctx.err(
          (lang === 'zh'
            ? `检查了 ${checked} 个文件，发现 ${problems} 个问题`
            : `${checked} file${checked === 1 ? '' : 's'} checked, ${problems} problem${problems === 1 ? '' : 's'}`) +
            (warnings === 0 ? '' : `${lang === 'zh' ? '，另有 ' : ', '}${warningCount(warnings, lang)}`) +
            (lostGrades === 0
              ? ''
              : lang === 'zh'
                ? `（${lostText(lostGrades, lang)}）`
                : ` (${lostText(lostGrades, lang)})`),
        );
        if (missing) return EXIT.usage;
        return problems > 0 ? EXIT.problems : EXIT.ok;
      }),
    );
}

/**
 * `x.yaml：通过` / `x.yaml: ok`, with the count of warnings when there are some, and, when warnings say grades
 * can never be the result, how many: `通过，但有 2 个等级永远不会成为结果（2 个警告）`. The exit code stays 0.
 */
function passedText(target: string, warnings: number, lost: number, lang: Language): string {
  if (warnings === 0) return lang === 'zh' ? `${target}：通过` : `${target}: ok`;
  if (lost > 0)
    return lang === 'zh'
      ? `${target}：通过，但有 ${lostText(lost, lang)}（${warningCount(warnings, lang)}）`
      : `${target}: ok, but ${lostText(lost, lang)} (${warningCount(warnings, lang)})`;
  return lang === 'zh'
    ? `${target}：通过（${warningCount(warnings, lang)}）`
    : `${target}: ok (${warningCount(warnings, lang)})`;
}

/** `2 个等级永远不会成为结果` / `2 grades can never be the result`. */
function lostText(grades: number, lang: Language): string {
  if (lang === 'zh') return `${grades} 个等级永远不会成为结果`;
  return `${grades} grade${grades === 1 ? '' : 's'} can never be the result`;
}

/** `2 个警告` / `2 warnings`: a file that passes with warnings must not read as "ok" or "0 problems" alone. */
function warningCount(warnings: number, lang: Language): string {
  return lang === 'zh' ? `${warnings} 个警告` : `${warnings} warning${warnings === 1 ? '' : 's'}`;
}

async function expand(targets: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const t of targets) {
    const info = await stat(t).catch(() => undefined);
    out.push(...(info?.isDirectory() ? await findFiles(t, isRuleFileName) : [t]));
  }
  return out;
}
