import type { Command } from 'commander';
import { provenanceText } from '../../diff/diff-meta';
import { UsageError } from '../../errors/usage-error';
import { listRuleSets } from '../../resolve/load-rule-set';
import { displayWidth, pad } from '../../text/display-width';
import { editionText } from '../../text/edition-text';
import { localized } from '../../text/localized-text';
import type { ActionRunner, CliContext } from '../context';
import { exitCodesHelp } from '../exit-code-help';
import { EXIT } from '../exit-codes';

/** `qgrade list`: bundled rule sets with their standards, editions and provenance. */
export function registerList(program: Command, context: () => CliContext, runs: ActionRunner): void {
  program
    .command('list')
    .description('list the bundled rule sets with their standard, edition and provenance')
    .option('-f, --format <format>', 'table or json', 'table')
    .addHelpText(
      'after',
      `
Examples:
  $ qgrade list
  $ qgrade list --format json

${exitCodesHelp('list', 'en')}`,
    )
    .action(
      runs(async (options: { format: string }) => {
        const ctx = context();
        const sets = await listRuleSets();
        if (options.format === 'json') {
          ctx.out(
            JSON.stringify(
              sets.map(({ file: _file, ...rest }) => rest),
              null,
              2,
            ),
          );
          return EXIT.ok;
        }
        if (options.format !== 'table')
          throw new UsageError(
            localized(
              `--format 应为 table 或 json，收到“${options.format}”`,
              `--format must be table or json, got "${options.format}"`,
            ),
          );
        const zh = ctx.lang === 'zh';
        // Chinese: lists with 、, full-width brackets, the provenance level in diff's words, and the rule
        // files' "not found" / "unknown" (an edition no source gave) in Chinese.
        const sep = zh ? '、' : ', ';
        const edition = (e: string) => editionText(e, ctx.lang);
        const rows = sets.map((s) => [
          s.id,
          s.references.map((r) => r.code).join(sep),
          s.references
            .map((r) =>
              r.supersededBy
                ? zh
                  ? `${edition(r.edition)}（已被代替：${r.supersededBy}）`
                  : `${edition(r.edition)} (superseded by ${r.supersededBy})`
                : edition(r.edition),
            )
            .join(sep),
          provenanceText(s.provenance.level)[ctx.lang],
          s.title[ctx.lang],
        ]);
        const head = zh
          ? ['规则集', '标准', '版本', '来源可信度', '名称']
          : ['rule set', 'standard', 'edition', 'provenance', 'title'];
        const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))));
        for (const r of [head, ...rows])
          ctx.out(
            r
              .map((c, i) => pad(c, widths[i]!))
              .join('  ')
              .trimEnd(),
          );

        return EXIT.ok;
      }),
    );
}
