import type { BatchCounts } from '../batch/batch-summary';
import type { GroupResult } from '../model/group-result';
import type { RuleSet } from '../resolve/rule-set';
import type { Language, LocalizedText } from '../text/localized-text';
import type { ReportFile, ReportFormat } from './report-file';

/** One `--tally-by` column's counts of groups (lots), per value. */
export interface GroupTallyCounts {
  column: string;
  counts: BatchCounts;
}

/** A lot report's file (`grade --group-by -f html|xlsx -o <file>`), added to group by group and written at the end. */
export interface GroupReportFile {
  add(result: GroupResult): void;
  /**
   * Writes the file; `notices`, said on stderr too, are shown in the page and the workbook's summary; `tallies`
   * (`--tally-by`): the groups counted per value of each column, a section of the page and a sheet each.
   */
  finish(notices: readonly LocalizedText[], tallies?: readonly GroupTallyCounts[]): Promise<void>;
  /** Gives up, for a run that failed: the file that was there stays as it was. */
  discard(): Promise<void>;
}

/**
 * The lot report `grade --group-by` writes to `file` in a format: the HTML
 * page ({@link createGroupReport}) or the workbook ({@link GroupWorkbook}),
 * each loaded only when asked for.
 *
 * @example
 * const report = await groupReportFile('html', ruleSet, { lang: 'zh', column: 'lot', input: 'lots.csv' }, file);
 */
export async function groupReportFile(
  format: ReportFormat,
  ruleSet: RuleSet,
  options: { lang: Language; column: string; input: string; notes: ReadonlyMap<string, LocalizedText> },
  file: ReportFile,
): Promise<GroupReportFile> {
  const discard = () => file.close();
  if (format === 'html') {
    const { createGroupReport } = await import('../report/html/group-report');
    const report = createGroupReport(ruleSet, options);
    return {
      add: (result) => report.add(result),
      finish: (notices, tallies = []) => {
        for (const notice of notices) report.notice(notice);
        report.tallies(tallies);
        return file.write(new TextEncoder().encode(report.render()));
      },
      discard,
    };
  }
  const { GroupWorkbook } = await import('../report/xlsx/group-workbook');
  const book = new GroupWorkbook(ruleSet, options);
  return {
    add: (result) => book.add(result),
    finish: async (notices, tallies = []) => file.write(await book.toBuffer(notices, tallies)),
    discard,
  };
}
