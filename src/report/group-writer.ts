import type { ValueFigure } from '../compile/shown-value';
import { figureText } from '../compile/shown-value';
import { statisticFigures } from '../explain/explain-group';
import { heldBelowLowest } from '../grade/grade-group';
import { groupKeyText } from '../grade/group-key';
import type { GroupModel } from '../model/group-model';
import type { GroupResult, RecordRef } from '../model/group-result';
import type { Language, LocalizedText } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import { csvCell, csvTextCell } from './format-csv';
import type { ResultWriterSettings } from './result-writer';

/** Output formats of `grade --group-by`. */
export const GROUP_FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
/** A format from {@link GROUP_FORMATS}. */
export type GroupFormat = (typeof GROUP_FORMATS)[number];

/** Turns group results into text, one group at a time, for a stream. */
export interface GroupWriter {
  /** Text before the first group. */
  start(): string;
  /** One group's text, its line break included. */
  write(result: GroupResult): string;
  /** Text after the last group. */
  end(): string;
}

/**
 * A writer for group results: `json` an array of `GroupResult`, `ndjson` one
 * per line, `csv` a row per group (each statistic's value in a column named
 * after it), and `table` a block per group for people: the grade, each group
 * requirement with its statistic and limit, each statistic with the records
 * it came from, and the records holding the group down.
 *
 * @param group - the rule set's group grading: its statistics are the CSV's value columns, each shown with
 *   the figure of its explanation
 * @param grades - the rule set's grade labels by id: Chinese prose names a grade by its label, not its id
 * @param names - labels of requirements and fields by id ({@link failingNames}): the Chinese table names a
 *   record's failing requirements by them, unless `ctx.ids`; the CSV keeps the ids
 * @param notes - group requirements' notes by id (`groupCriterionNotes`): the table prints each under the
 *   first line it belongs to in a group, once
 */
export function createGroupWriter(
  format: GroupFormat,
  group: GroupModel | undefined,
  ctx: ResultWriterSettings,
  grades: ReadonlyMap<string, LocalizedText> = new Map(),
  names: ReadonlyMap<string, LocalizedText> = new Map(),
  notes: ReadonlyMap<string, LocalizedText> = new Map(),
): GroupWriter {
  const { lang } = ctx;
  const statistics = (group?.statistics ?? []).map((s) => s.name);
  const figures: ReadonlyMap<string, ValueFigure> = group ? statisticFigures(group) : new Map();
  switch (format) {
    case 'json': {
      let count = 0;
      return {
        start: () => '',
        write: (r) =>
          `${count++ === 0 ? '[\n  ' : ',\n  '}${JSON.stringify(r, null, 2).replace(/\n/g, '\n  ')}`,
        end: () => (count === 0 ? '[]\n' : '\n]\n'),
      };
    }
    case 'ndjson':
      return { start: () => '', write: (r) => `${JSON.stringify(r)}\n`, end: () => '' };
    case 'csv':
      return {
        start: () => `${[...GROUP_CSV_COLUMNS, ...statistics].map(csvTextCell).join(',')}\n`,
        write: (r) => `${groupCsvRow(r, statistics, lang, figures)}\n`,
        end: () => '',
      };
    default: {
      let count = 0;
      return {
        start: () => '',
        write: (r) =>
          `${count++ === 0 ? '' : '\n'}${groupBlock(r, lang, ctx.color, grades, ctx.ids ? undefined : names, notes)}`,
        end: () => '',
      };
    }
  }
}

/** The fixed columns of a group's CSV row; each statistic's value follows, under its name. */
export const GROUP_CSV_COLUMNS = [
  'group',
  'firstRow',
  'lastRow',
  'records',
  'grade',
  'label',
  'conforming',
  'recordGrade',
  'nextGrade',
  'blockers',
  'notGradedReason',
  'failing',
  'heldBy',
  'explanation',
] as const;

function groupCsvRow(
  r: GroupResult,
  statistics: readonly string[],
  lang: Language,
  figures: ReadonlyMap<string, ValueFigure>,
): string {
  const byId = new Map(r.statistics.map((s) => [s.id, s]));
  // Text cells are guarded against formula injection (csvTextCell); row numbers, counts and values are numbers.
  return [
    csvTextCell(r.group),
    String(r.rows.first),
    String(r.rows.last),
    String(r.records.count),
    csvTextCell(r.grade ?? ''),
    csvTextCell(r.label?.[lang] ?? ''),
    String(r.conforming),
    ...[
      r.recordGrade ?? '',
      r.nextGrade?.grade ?? '',
      r.nextGrade?.blockers.map((b) => b.id).join(';') ?? '',
      r.notGradedReason?.code ?? '',
      r.criteria
        .filter((c) => !c.passed)
        .map((c) => c.id)
        .join(';'),
      r.heldBy.map((h) => refText(h, lang)).join(';'),
      groupExplanation(r, lang),
    ].map(csvTextCell),
    ...statistics.map((id) => {
      const v = byId.get(id)?.value;
      if (v === null || v === undefined) return '';
      // As the explanation shows it: a CV of 3.0 with `decimals: 1` is 3.0, not 3; JSON keeps the number.
      const figure = figures.get(id);
      return csvCell(figure ? figureText(figure, v) : String(v));
    }),
  ].join(',');
}

/**
 * What holds the group down, or why it is not graded, in one line: the CSV's `explanation` cell, and the lot
 * report's and workbook's.
 *
 * @example
 * groupExplanation(result, 'en'); // 'CV of 28-day compressive strength 3.4 %, required ≤ 3.0: not met'
 */
export function groupExplanation(r: GroupResult, lang: Language): string {
  if (r.notGradedReason) return r.notGradedReason.message[lang];
  const parts = (r.nextGrade?.blockers ?? []).map((b) => b.message[lang]);
  const records = r.nextGrade?.records ?? [];
  if (records.length)
    parts.push(
      lang === 'zh'
        ? `低于${r.nextGrade!.label.zh}的记录：${records.map((h) => refText(h, lang)).join('，')}`
        : `records below ${r.nextGrade!.label.en}: ${records.map((h) => refText(h, lang)).join(', ')}`,
    );
  return parts.join(lang === 'zh' ? '；' : '; ');
}

/** Longest group key a table shows, in characters; the JSON, NDJSON and CSV output hold it whole. */
const MAX_KEY = 80;

function groupBlock(
  r: GroupResult,
  lang: Language,
  color: boolean,
  grades: ReadonlyMap<string, LocalizedText>,
  names: ReadonlyMap<string, LocalizedText> | undefined,
  notes: ReadonlyMap<string, LocalizedText>,
): string {
  const zh = lang === 'zh';
  // Chinese names a grade by its label (English keeps the id, as its explanations do).
  const gradeName = (id: string) => (zh ? (grades.get(id)?.zh ?? id) : id);
  // Keys, labels and messages (which quote kept values) come from the input: each is made safe, to one line,
  // before the colour codes go on, which are control characters themselves.
  const paint = (text: string, code: number) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const group = safeLine(cutShort(groupKeyText(r.group)[lang], MAX_KEY));
  // Below a one-grade rule set's grade (by the lot's statistics or held there by a record): 不合格 / nonconforming,
  // as the closing line counts it; "not graded" read as a lot left out (xlsx-committee-43).
  const failed =
    grades.size === 1 && (r.notGradedReason?.code === 'below-lowest-grade' || heldBelowLowest(r));
  const grade = r.grade
    ? paint(safeLine(zh ? (r.label?.zh ?? r.grade) : `${r.grade} ${r.label?.en ?? ''}`), 32)
    : paint(failed ? (zh ? '不合格' : 'nonconforming') : zh ? '不分级' : 'not graded', 31);
  // One record: `第 3 条`, not `第 3–3 条`.
  const rows = r.rows.first === r.rows.last ? `${r.rows.first}` : `${r.rows.first}–${r.rows.last}`;
  const lines = [
    zh
      ? `${paint(`组 ${group}`, 1)}（第 ${rows} 条，共 ${r.records.count} 条记录）：${grade}`
      : `${paint(`group ${group}`, 1)} (${r.rows.first === r.rows.last ? 'row' : 'rows'} ${rows}, ${r.records.count} record${r.records.count === 1 ? '' : 's'}): ${grade}`,
  ];
  // A list of records names the first LISTED_RECORDS; a reader is told how many more there are.
  const more = (listed: number, all: number, separator: string) =>
    all > listed
      ? zh
        ? `${separator}…另有 ${all - listed} 条`
        : `${separator}… and ${all - listed} more`
      : '';
  if (r.notGradedReason) {
    // The message lists the records under each reason and says itself how many each list leaves out.
    lines.push(`  ${safeLine(r.notGradedReason.message[lang])}`);
  }
  // A note under each requirement it belongs to, as a record's explanation has it: two grades' CV limits share one
  // text, and the one that holds the lot down must carry its "illustrative" as much as the one it meets.
  for (const c of r.criteria) {
    lines.push(
      `  ${c.passed ? paint('✓', 32) : paint('✗', 31)} ${safeLine(zh ? `【${gradeName(c.grade)}】${c.message.zh}` : `[${c.grade}] ${c.message.en}`)}`,
    );
    const note = notes.get(c.id)?.[lang];
    if (note !== undefined) lines.push(`    ${safeLine(`${zh ? '注：' : 'Note: '}${note}`)}`);
  }
  for (const s of r.statistics) lines.push(`  · ${safeLine(s.message[lang])}`);
  if (r.heldBy.length && !r.notGradedReason) {
    const held = r.heldBy.map((h) => refText(h, lang, zh ? names : undefined));
    const all = r.recordGrade === null ? 0 : (r.records.byGrade[r.recordGrade] ?? 0);
    lines.push(
      safeLine(
        zh
          ? `  记录最低等级为${gradeName(r.recordGrade ?? '')}：${held.join('，')}${more(held.length, all, '，')}`
          : `  lowest record grade ${r.recordGrade}: ${held.join(', ')}${more(held.length, all, ', ')}`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A record held up as an example: its row, kept columns and failing requirement ids, or their
 * names (`names`; several requirements of one name, at different grades, named once).
 */
function refText(r: RecordRef, lang: Language, names?: ReadonlyMap<string, LocalizedText>): string {
  const kept = r.kept ? Object.values(r.kept).filter((v) => v !== '') : [];
  const id = kept.length ? ` ${kept.join('/')}` : '';
  // `(record)` in `failing` stands for a row that cannot be read as a whole: said in words, not in doubled brackets.
  const named = (r.failing ?? []).map((f) =>
    f === '(record)' ? (lang === 'zh' ? '整条记录' : 'record') : (names?.get(f)?.[lang] ?? f),
  );
  const ids = [...new Set(named)];
  if (lang === 'zh') return `第 ${r.row} 条${id}${ids.length ? `（${ids.join('、')}）` : ''}`;
  return `row ${r.row}${id}${ids.length ? ` (${ids.join(', ')})` : ''}`;
}
