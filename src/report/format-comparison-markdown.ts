import type { GroupComparison, GroupGradeChange } from '../compare/compare-groups';
import type { RuleSetComparison } from '../compare/compare-rule-sets';
import { gradeDistribution } from '../compare/grade-distribution';
import { shownMatrix } from '../compare/matrix-with-invalid';
import { keptBesideRow } from '../model/kept-values';
import { type Language, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { safeLine, safeText } from '../text/safe-text';
import {
  COMPARE_TEXT,
  changeSideText,
  compareSummaryLines,
  matrixInvalidNote,
  outOfReachKey,
} from './compare-summary';
import { type ComparedRuleSet, type ComparisonTextOptions, invalidMark } from './format-comparison';
import { groupHeadline } from './format-group-comparison';
import {
  formatGroupComparisonMarkdown,
  GROUP_COMPARISON_MARKDOWN_TEXT,
} from './format-group-comparison-markdown';
import { markdownCell } from './format-markdown';
import { DISTRIBUTION_TEXT, distributionRows, roundedSharesNote } from './grade-distribution-table';
import { gradeRenameLines } from './grade-renames';
import { invalidRecordLines } from './invalid-records-text';
import { ladderOrderLines } from './ladder-order';
import { markdownNotes, markdownTable } from './markdown-table';
import { migrationTableCells } from './migration-table';
import { MOVED_BY_CHANGE_TEXT, type MovedByChangeRow } from './moved-by-change';
import { MOVED_MOST_TEXT, movedMostNote } from './moved-most';
import { movesByColumnLines, movesTable, outcomesHeading } from './moves-by-column-table';
import { NEAR_LIMIT_TEXT } from './near-limit-lines';

/** The words only the Markdown comparison has (the rest are the text's and the HTML report's). */
export const COMPARISON_MARKDOWN_TEXT = {
  title: localized('规则集对比', 'Rule set comparison'),
  migration: localized('等级迁移矩阵', 'Migration matrix'),
  summary: localized('概况', 'Summary'),
  moved: localized('等级变化的记录', 'Records whose grade changed'),
  row: localized('序号', 'Row'),
  why: localized('说明', 'Details'),
  none: localized('没有记录的等级发生变化。', 'No record changed grade.'),
} as const;

/**
 * A comparison as GitHub-flavoured Markdown, for a committee's meeting notes:
 * the same content as {@link formatComparison} — which rule set is which,
 * the migration matrix, the summary, the records per grade, with `moves`
 * the moves per value of a column and each side's outcomes, the
 * requirements and rule-set changes that moved the most records, the
 * records near a changed limit, each changed record with its causes and
 * the lines `why` gives for it, and the invalid records — as headings,
 * tables and lists. Cell text is escaped (a `|`, a bracket or a line break
 * in a record's value cannot break a table or make a link).
 *
 * @param groups - with `--group-by`: the groups compared, their headline after A and B (a lot-grading standard's
 *   answer is its lots, committee-29 M5) and their comparison as tables in a last section
 *   ({@link formatGroupComparisonMarkdown}), with `why`, the lines said under a changed group, and `byChange`, the
 *   groups moved per rule-set change
 * @example
 * writeFileSync('notes.md', formatComparisonMarkdown(result, a, b, 'zh', { counts, causes }));
 */
export function formatComparisonMarkdown(
  comparison: RuleSetComparison,
  a: ComparedRuleSet,
  b: ComparedRuleSet,
  lang: Language,
  options: ComparisonTextOptions,
  groups?: {
    comparison: GroupComparison;
    why?: (change: GroupGradeChange) => readonly string[];
    byChange?: readonly MovedByChangeRow[];
  },
): string {
  const zh = lang === 'zh';
  const M = COMPARISON_MARKDOWN_TEXT;
  const colon = zh ? '：' : ': ';
  const name = (id: string) => options.names?.get(id)?.[lang] ?? id;
  const sep = zh ? '、' : ', ';
  const heading = (text: string) => text.replace(/[:：]$/, '');
  const paragraph = (text: string) => markdownCell(safeText(text.trim()));
  const lines = [
    `# ${M.title[lang]}`,
    '',
    ...[
      ['A', a],
      ['B', b],
    ].map(([key, r]) => {
      const { id, version, file } = r as ComparedRuleSet;
      const where = file === '' ? '' : zh ? `（${file}）` : ` (${file})`;
      return `- **${key}**${colon}${paragraph(`${id} ${version}${where}`)}`;
    }),
    '',
    ...(options.ruleSetNotes ?? []).flatMap((n) => [`> ${paragraph(n)}`, '']),
    ...groupLead(groups?.comparison, a, b, lang, options.names),
    `## ${M.migration[lang]}`,
    '',
    ...markdownTable(migrationTableCells(shownMatrix(comparison), a.grades, b.grades, lang)),
    ...markdownNotes([
      ...gradeRenameLines(a.grades, b.grades, lang),
      ...ladderOrderLines(a.grades, b.grades, lang),
      ...[matrixInvalidNote(options.counts, lang)].filter((l) => l !== undefined),
    ]),
    '',
    `## ${M.summary[lang]}`,
    '',
    ...compareSummaryLines(options.counts, lang, options.invalidReasons).map((l) => `- ${paragraph(l)}`),
    ...markdownNotes(options.notes ?? []),
    '',
  ];
  const shares = distributionRows(gradeDistribution(shownMatrix(comparison), a, b), a.grades, b.grades, lang);
  const D = DISTRIBUTION_TEXT;
  lines.push(
    `## ${D.heading[lang]}`,
    '',
    ...markdownTable([
      [D.grade[lang], D.countA[lang], D.shareA[lang], D.countB[lang], D.shareB[lang]],
      ...shares.map((r) => [r.label, countText(r.a), r.shareA, countText(r.b), r.shareB]),
    ]),
    ...markdownNotes([roundedSharesNote(shares, lang)].filter((n) => n !== undefined)),
    '',
  );
  const ladders = { a: a.grades, b: b.grades };
  const moves =
    options.moves === undefined ? [] : 'column' in options.moves ? [options.moves] : options.moves;
  for (const m of moves) {
    const shown = movesByColumnLines(m, lang, ladders);
    if (shown.length === 0) continue;
    const { header, rows, sides } = movesTable(m, lang, ladders);
    const split = header.length - sides;
    const cells = [header, ...rows.map((r) => [safeLine(r.label), ...r.counts.map(countText)])];
    lines.push(
      `## ${paragraph(heading(shown[0]!))}`,
      '',
      ...markdownTable(cells.map((r) => r.slice(0, split))),
      '',
    );
    if (sides > 0)
      lines.push(
        `### ${paragraph(heading(outcomesHeading(m, lang)))}`,
        '',
        ...markdownTable(cells.map((r) => r.filter((_, i) => i <= 1 || i >= split))),
        '',
      );
  }
  const most = options.movedMost ?? [];
  if (most.length > 0) {
    const T = MOVED_MOST_TEXT;
    lines.push(
      ...tableSection(
        T.title[lang],
        [
          [T.criterion[lang], T.id[lang], T.records[lang], T.alone[lang]],
          ...most.map((r) => [r.name, r.id, countText(r.count), countText(r.alone)]),
        ],
        2,
        [T.note[lang], ...most.flatMap((r) => movedMostNote(r, lang) ?? [])],
      ),
    );
  }
  const byChange = options.movedByChange ?? [];
  if (byChange.length > 0) {
    const T = MOVED_BY_CHANGE_TEXT;
    lines.push(
      ...tableSection(
        T.title[lang],
        [
          [T.change[lang], T.records[lang], T.alone[lang]],
          ...byChange.map((r) => [r.text, countText(r.records), countText(r.alone)]),
        ],
        1,
        [T.note[lang]],
      ),
    );
  }
  const near = options.nearLimits ?? [];
  if (near.length > 0) {
    const T = NEAR_LIMIT_TEXT;
    lines.push(
      ...tableSection(
        T.title[lang],
        [
          [T.limit[lang], T.margin[lang], T.meet[lang], T.miss[lang]],
          ...near.map((r) => [r.text, r.margin, countText(r.meet), countText(r.miss)]),
        ],
        1,
        [T.note[lang]],
      ),
    );
  }
  lines.push(
    `## ${M.moved[lang]}${zh ? `（${countText(comparison.changes.length)} 条）` : ` (${countText(comparison.changes.length)})`}`,
    '',
  );
  if (comparison.changes.length === 0) lines.push(M.none[lang], '');
  else {
    const invalidUnder = new Map(comparison.invalid.map((r) => [r.row, r.under]));
    const rows = comparison.changes.map((c) => {
      const split = options.causes(c) ?? { causes: c.causes, limitOnly: [] };
      const moved =
        c.criteria.length === 0
          ? invalidMark(invalidUnder.get(c.row), lang).trim()
          : split.causes.map(name).join(sep);
      const kept = keptBesideRow(c.row, c.kept, sep);
      const details = [...(options.why?.(c) ?? [])];
      for (const [key, ids] of [
        ['limitOnly', split.limitOnly],
        ['addedInB', split.addedInB ?? []],
        ['removedInB', split.removedInB ?? []],
        [outOfReachKey(c), split.outOfReach ?? []],
      ] as const) {
        if (ids.length > 0) details.push(`${COMPARE_TEXT[key][lang]}${colon}${ids.map(name).join(sep)}`);
      }
      return [
        kept === undefined ? String(c.row) : zh ? `${c.row}（${kept}）` : `${c.row} (${kept})`,
        changeSideText(c.from, c.notGradedReasons?.a, a.grades, lang),
        changeSideText(c.to, c.notGradedReasons?.b, b.grades, lang),
        moved,
        details.map((d) => safeLine(d.trim())).join('\n'),
      ];
    });
    lines.push(
      ...markdownTable(
        [
          [
            M.row[lang],
            COMPARE_TEXT.underA[lang],
            COMPARE_TEXT.underB[lang],
            COMPARE_TEXT.causes[lang],
            M.why[lang],
          ],
          ...rows,
        ],
        5,
      ),
      '',
    );
  }
  const invalid = invalidRecordLines(comparison.invalid, lang);
  if (invalid.length > 0)
    lines.push(
      `## ${paragraph(heading(invalid[0]!))}`,
      '',
      ...invalid.slice(1).map((l) => `- ${paragraph(l)}`),
      '',
    );
  if (groups !== undefined)
    lines.push(
      ...formatGroupComparisonMarkdown(
        groups.comparison,
        a,
        b,
        lang,
        options.names,
        groups.why,
        groups.byChange,
      ),
    );
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

/**
 * The groups' headline ({@link groupHeadline}) after A and B: its first line a paragraph, the changed groups a
 * list, and its last line saying where the groups' section is in this document (the text's points past the records).
 */
function groupLead(
  groups: GroupComparison | undefined,
  a: ComparedRuleSet,
  b: ComparedRuleSet,
  lang: Language,
  names: ComparisonTextOptions['names'],
): string[] {
  if (groups === undefined) return [];
  const [head, ...rest] = groupHeadline(groups, a, b, lang, names);
  rest.pop();
  const line = (text: string) => markdownCell(safeText(text.trim()));
  return [
    line(head ?? ''),
    '',
    ...rest.map((l) => `- ${line(l)}`),
    ...(rest.length > 0 ? [''] : []),
    line(GROUP_COMPARISON_MARKDOWN_TEXT.where(groups.column)[lang]),
    '',
  ];
}

/** A `##` section: its title, its table (the first row the heading; columns from `numbers` on counts), the notes under it. */
function tableSection(
  title: string,
  cells: readonly (readonly string[])[],
  numbers: number,
  notes: readonly string[],
): string[] {
  return [`## ${title}`, '', ...markdownTable(cells, numbers), ...markdownNotes(notes), ''];
}
