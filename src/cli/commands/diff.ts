import { type Command, Option } from 'commander';
import { diffRuleSets } from '../../diff/diff-rule-sets';
import { countsText } from '../../diff/diff-sections';
import { formatDiffHtml } from '../../diff/format-diff-html';
import { formatDiffMarkdown } from '../../diff/format-diff-markdown';
import { formatDiffText } from '../../diff/format-diff-text';
import { unchangedProvenanceNotice } from '../../diff/provenance-unchanged';
import type { RuleSetDiff } from '../../diff/rule-set-diff';
import { unraisedVersionNotice } from '../../diff/version-not-raised';
import { resolveRuleSetPath } from '../../load/rule-file';
import { COMPARE_TEXT } from '../../report/compare-summary';
import { bothCriterionNotes } from '../../report/criterion-notes';
import { illustrativeNotices } from '../../report/provenance-text';
import { loadRuleSet } from '../../resolve/load-rule-set';
import { modelOf } from '../../resolve/rule-set';
import type { Language, LocalizedText } from '../../text/localized-text';
import type { ActionRunner, CliContext } from '../context';
import { exitCodesHelp } from '../exit-code-help';
import { EXIT } from '../exit-codes';
import { openOutputFile } from '../report-file';

type DiffFormat = 'text' | 'markdown' | 'json' | 'html';

interface DiffOptions {
  format: DiffFormat;
  output?: string;
}

const EXAMPLES = `
  $ qgrade diff home-appliances/room-air-conditioner-energy examples/room-air-conditioner-energy-draft.yaml
  $ qgrade --lang zh diff -f markdown home-appliances/room-air-conditioner-energy examples/room-air-conditioner-energy-draft.yaml
  $ qgrade diff -f json home-appliances/room-air-conditioner-energy examples/room-air-conditioner-energy-draft.yaml
  $ qgrade --lang zh diff -f html -o diff.html home-appliances/room-air-conditioner-energy examples/room-air-conditioner-energy-draft.yaml`;

/**
 * The help of `qgrade diff` in both languages.
 *
 * @example
 * program.command('diff').description(DIFF_HELP.description.zh);
 */
export const DIFF_HELP = {
  description: {
    zh: '比较同一规则集的两个版本，列出阈值层面的差异：新增或删除的要求、限值调高或调低（更严或更宽）、阈值表单元格、等级、适用范围',
    en: 'the threshold-level differences between two versions of a rule set: criteria added or removed, limits raised or lowered (stricter or looser), table cells, grades, scope',
  },
  format: { zh: '输出格式：text、markdown、json 或 html', en: 'text, markdown, json or html' },
  output: { zh: '写入文件而不是标准输出', en: 'write to this file instead of stdout' },
  a: {
    zh: '原版本（A）：内置规则集标识或规则文件',
    en: 'the version compared from (A): bundled id or rule file',
  },
  b: {
    zh: '新版本（B）：内置规则集标识或规则文件',
    en: 'the version compared to (B): bundled id or rule file',
  },
  after: {
    zh: `
示例：${EXAMPLES}

列出阈值层面的差异：新增或删除的分级要求和适用范围条件；调高或调低的限值及其宽严方向
（更严、更宽，或两者都不是时为“有变化”——“≥”限值调高为更严，“≤”限值调高为更宽，
区间收窄为更严）；阈值表单元格的变化（按行的键单元格匹配行，不按位置；空单元格即无要求，
填入数值为更严）；等级的新增、删除和更名；改变记录可取值的指标变化；比较方法、修约间隔、
适用条件、否决项和封顶的变化；规则集版本、来源可信度和引用标准。每条差异有稳定的键
（如 cell:apfLimits[≤ 4500][2]、criterion:apf@2:limit）和在 A、B 中的位置（文件:行）。

-f json 输出 { a, b, counts, entries }，结构见 schemas/rule-set-diff.schema.json 和 docs/cli.md。

${exitCodesHelp('diff', 'zh')}`,
    en: `
Examples:${EXAMPLES}

Lists the threshold-level differences: criteria and scope items added or removed; limits raised or
lowered, with the direction (stricter, looser, or changed when neither applies — a ≥ limit raised is
stricter, a ≤ limit raised is looser, a range narrowed is stricter); table cells changed, rows matched
by their key cells, not by position (an empty cell — no requirement — gaining a value is stricter);
grades added, removed or renamed; indicator changes that change what a record may give; comparison
method, rounding interval, when, gate and cap; the rule set's version, provenance and references.
Each entry has a stable key (cell:apfLimits[≤ 4500][2], criterion:apf@2:limit, …) and where it is
written in A and B (file:line).

-f json prints { a, b, counts, entries }: see schemas/rule-set-diff.schema.json and docs/cli.md.

${exitCodesHelp('diff', 'en')}`,
  },
} satisfies Record<string, LocalizedText>;

/**
 * `qgrade diff <a> <b>`: the threshold-level differences between two versions of a rule set.
 *
 * @example
 * registerDiff(program, context, runs, 'zh');
 */
export function registerDiff(
  program: Command,
  context: () => CliContext,
  runs: ActionRunner,
  lang: Language,
): void {
  program
    .command('diff')
    .description(DIFF_HELP.description[lang])
    .addOption(
      new Option('-f, --format <format>', DIFF_HELP.format[lang])
        .choices(['text', 'markdown', 'json', 'html'])
        .default('text'),
    )
    .option('-o, --output <file>', DIFF_HELP.output[lang])
    .argument('<a>', DIFF_HELP.a[lang])
    .argument('<b>', DIFF_HELP.b[lang])
    .addHelpText('after', DIFF_HELP.after[lang])
    .action(
      runs(async (pathA: string, pathB: string, options: DiffOptions) => {
        const ctx = context();
        // Checked before anything is read; written under a temporary name and renamed at the end.
        const file =
          options.output === undefined ? undefined : await openOutputFile(options.output, [pathA, pathB]);
        const a = await loadRuleSet(pathA);
        const b = await loadRuleSet(pathB);
        const diff = diffRuleSets(a, b);
        // A draft whose limits changed under its source's provenance (committee-34 M8): on stderr, and in the
        // Markdown and HTML documents a committee circulates (committee-39 M1); the text on a terminal as it was.
        const stale = unchangedProvenanceNotice(diff);
        if (stale) ctx.err(stale[ctx.lang]);
        // One id and one version for two gradings: results cannot tell which edition graded them (hostile-46).
        const unraised = unraisedVersionNotice(diff);
        if (unraised) ctx.err(unraised[ctx.lang]);
        const documentNotices = [...illustrativeNotices(a, b, ctx.lang), ...(stale ? [stale[ctx.lang]] : [])];
        // A requirement's rule-file note under the entry that names it (a draft's proposal, committee-25 F4).
        const notes = bothCriterionNotes(
          { model: modelOf(a), doc: a.document },
          { model: modelOf(b), doc: b.document },
        );
        // A bundled rule set by its id, version and "bundled" in the A:/B: lines, not its install path (committee-45);
        // JSON's `file` and every entry's location keep the path.
        const shownSide = async (given: string, side: RuleSetDiff['a']) =>
          (await resolveRuleSetPath(given)) === given
            ? side
            : { ...side, file: COMPARE_TEXT.bundled[ctx.lang] };
        const shown: RuleSetDiff = {
          ...diff,
          a: await shownSide(pathA, diff.a),
          b: await shownSide(pathB, diff.b),
        };
        const text =
          options.format === 'json'
            ? JSON.stringify(diff, null, 2)
            : options.format === 'markdown'
              ? formatDiffMarkdown(shown, ctx.lang, notes, documentNotices)
              : options.format === 'html'
                ? formatDiffHtml(shown, ctx.lang, documentNotices, notes)
                : formatDiffText(shown, ctx.lang, illustrativeNotices(a, b, ctx.lang), notes);
        if (file === undefined) ctx.out(text);
        else {
          await file.write(text.endsWith('\n') ? text : `${text}\n`);
          ctx.err(
            ctx.lang === 'zh'
              ? `${countsText(diff, 'zh')}；已写入 ${options.output}`
              : `${countsText(diff, 'en')}; written to ${options.output}`,
          );
        }
        // Differences are what the command reports, not a failure.
        return EXIT.ok;
      }),
    );
}
