import { argumentKindError, takesError } from '../errors/argument-kind';
import { knownKeys } from '../errors/options-argument';
import { UsageError } from '../errors/usage-error';
import { restsOnMissingScore } from '../explain/missing-scores';
import { criterionNames } from '../model/criterion-names';
import type { GradeResult, NotGradedReason } from '../model/grade-result';
import { recordWord, rowWithKept } from '../model/kept-values';
import { countedInStatistics } from '../model/out-of-scope';
import { resultArgument } from '../model/result-argument';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import { belowOnlyGrade } from '../text/below-only-grade';
import { cjkJoin } from '../text/cjk-space';
import { displayWidth } from '../text/display-width';
import { type Language, type LocalizedText, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { safeLine } from '../text/safe-text';
import { valueCell } from '../text/value-cell';
import { valueShown } from '../text/value-kind';
import { BoundedGroups, DEFAULT_MAX_GROUPS } from './bounded-groups';
import { NOT_GRADED_ORDER, notGradedColumns } from './not-graded-columns';
import { OutcomeCounter } from './outcome-counter';
import { requirementOrder } from './requirement-order';

/**
 * Counts over a batch of results; see {@link BatchSummary}.
 *
 * @example
 * const { total, graded, invalid } = summary.counts();
 */
export interface BatchCounts {
  /** Records counted. */
  total: number;
  /** Records per grade reached, every grade of the ladder included. */
  graded: Record<string, number>;
  /** Valid records without a grade, by reason (`out-of-scope`, `gate-failed`, `below-lowest-grade`). */
  notGraded: Partial<Record<Exclude<NotGradedReason['code'], 'invalid-record'>, number>>;
  /** Invalid records (including rows that could not be read). */
  invalid: number;
  /** The first invalid rows (at most 10), to look at. */
  invalidRows: number[];
  /** The same rows with their kept columns (sample ids), where the input has them. */
  invalidExamples: {
    /** The input row. */
    row: number;
    /** Its sample id, from the kept columns. */
    kept?: Record<string, string>;
  }[];
  /**
   * Records with a requirement that was not checked because a table of the rule file has no row for the
   * values the record gives (`CriterionResult.notChecked`); absent when none.
   */
  notChecked?: number;
  /** The first of those records' rows (at most 10). */
  notCheckedRows?: number[];
  /**
   * Graded records whose next grade is held back only by scores that cannot be computed
   * (`CriterionResult.missingInputs`): their grade rests on a missing value, not on a score that falls short;
   * absent when none.
   */
  missingScores?: number;
  /** The first of those records' rows (at most 10). */
  missingScoreRows?: number[];
  /**
   * The requirements failed most often, most frequent first (at most 10); those failed equally often in the
   * ladder's order when the summary was given {@link BatchSummaryOptions.ruleSet} (the higher grade's first, then
   * rule-file order), else by id.
   */
  failing: {
    /** The requirement's id. */
    id: string;
    /** Records that failed it. */
    count: number;
  }[];
  /**
   * Per value of the column the records were counted by (the `group` of
   * {@link BatchSummary.add}, `qgrade grade --tally-by`): in order of first
   * appearance, records with no value last (key `""`). At most
   * {@link BatchSummaryOptions.maxGroups} values are kept: the records of
   * later values are counted in {@link BatchCounts.otherGroups}. The groups'
   * counts, with those, add up to the whole's. Absent when no record was
   * given a group.
   */
  groups?: GroupCounts[];
  /**
   * The records whose value came after the first
   * {@link BatchSummaryOptions.maxGroups} distinct values, counted as one
   * group (`（其他）` / `(other)` in the tables): a column of nearly unique
   * values (sample ids) would otherwise make a group per record. Absent when
   * the column has no more values than that.
   */
  otherGroups?: OtherGroupCounts;
}

/**
 * The records of the values beyond the bound, as one group: see {@link BatchCounts.otherGroups}.
 *
 * @example
 * const { after, total } = summary.counts().otherGroups!; // after: 1000
 */
export interface OtherGroupCounts extends Omit<GroupCounts, 'key'> {
  /** The bound: how many values have groups of their own, those that came first. */
  after: number;
}

/**
 * Options of a {@link BatchSummary}.
 *
 * @example
 * const summary = new BatchSummary(ruleSet.grades, { maxGroups: 50 });
 */
export interface BatchSummaryOptions {
  /**
   * How many distinct values of the column counted by get a group of their
   * own (the first that appear; the records with no value always have
   * theirs); the records of later values are counted as one group,
   * {@link BatchCounts.otherGroups}. Default {@link DEFAULT_MAX_GROUPS};
   * `Infinity` keeps every value.
   */
  maxGroups?: number | undefined;
  /**
   * The rule set graded with: requirements failed equally often are then
   * listed in its ladder's order, those of the higher grade first, then in
   * rule-file order (scope items last), the same on one thread and on
   * several. Without it, by id. Added in 0.2.0. With it, {@link BatchSummary.format}
   * in Chinese also names them as `qgrade grade` does, not by id (developer-44).
   */
  ruleSet?: RuleSet | undefined;
}

/** The default bound of {@link BatchSummaryOptions.maxGroups}, shared with `compare --tally-by`. */
export { DEFAULT_MAX_GROUPS };

/**
 * The counts of one group of records: see {@link BatchCounts.groups}.
 *
 * @example
 * const { key, total, graded, invalid } = summary.counts().groups![0]!;
 */
export interface GroupCounts {
  /** The column's value; `""` for the records with no value. */
  key: string;
  /** Records counted. */
  total: number;
  /** Records per grade reached, every grade of the ladder included (0 where none). */
  graded: Record<string, number>;
  /** Valid records without a grade, by reason. */
  notGraded: BatchCounts['notGraded'];
  /** Invalid records (including rows that could not be read). */
  invalid: number;
}

/** The group of the records with no value in the column counted by. */
const noValueText: LocalizedText = { zh: '（无值）', en: '(no value)' };
/** The group of the records whose value came past the bound ({@link BatchCounts.otherGroups}). */
const otherText: LocalizedText = { zh: '（其他）', en: '(other)' };

/** A reason's place in {@link NOT_GRADED_ORDER}; any other after. */
function reasonRank(code: string): number {
  const i = NOT_GRADED_ORDER.indexOf(code);
  return i < 0 ? NOT_GRADED_ORDER.length : i;
}

const REASON: Record<string, LocalizedText> = {
  'out-of-scope': { zh: '超出适用范围', en: 'out of scope' },
  'gate-failed': { zh: '否决项不合格', en: 'veto item failed' },
  'below-lowest-grade': { zh: '未达最低等级', en: 'below the lowest grade' },
};

/**
 * One result as the summary counts it: small enough to send from a worker
 * thread instead of the whole result.
 *
 * @example
 * summary.addEntry(BatchSummary.entry(result));
 */
export interface SummaryEntry {
  /** The grade reached, or null. */
  grade: string | null;
  /** Whether the record was invalid (or unreadable). */
  invalid: boolean;
  /** Why a valid record was not graded. */
  reason?: string;
  /** Ids of the requirements it failed. */
  failing: string[];
  /** Its row in the input. */
  row?: number;
  /** Its kept columns (sample id), for an invalid record. */
  kept?: Record<string, string>;
  /** Its value in the column the records are counted by (`""`: none); see {@link BatchCounts.groups}. */
  group?: string;
  /** Set when a requirement was not checked: a table of the rule file has no row for the record's keys. */
  notChecked?: true;
  /** Set when the record is graded and only scores that cannot be computed hold back its next grade. */
  missingScore?: true;
}

/**
 * Everything a {@link BatchSummary} has counted, as plain data: what a
 * worker thread sends for a batch of rows (a few numbers instead of an
 * entry per row), for {@link BatchSummary.addTally} to add.
 *
 * @example
 * whole.addTally(batchSummary.tally());
 */
export interface SummaryTally {
  /** Records counted. */
  total: number;
  /** Records per grade reached, as `[grade id, count]`. */
  graded: [string, number][];
  /** Valid records without a grade, as `[reason code, count]`. */
  notGraded: [string, number][];
  /** Invalid records. */
  invalid: number;
  /** The first invalid rows (at most 10), with their kept columns. */
  invalidRows: {
    /** The input row. */
    row: number;
    /** Its sample id, from the kept columns. */
    kept?: Record<string, string>;
  }[];
  /** Records that failed each requirement, as `[requirement id, count]`. */
  failing: [string, number][];
  /** Records with a requirement not checked (see {@link BatchCounts.notChecked}); absent for none. */
  notChecked?: number;
  /** Their first rows (at most 10). */
  notCheckedRows?: number[];
  /** Graded records whose grade rests on a missing value (see {@link BatchCounts.missingScores}); absent for none. */
  missingScores?: number;
  /** Their first rows (at most 10). */
  missingScoreRows?: number[];
  /** Per group, in order of first appearance: see {@link BatchCounts.groups}. */
  groups?: GroupTally[];
  /** The records of the values beyond the bound: see {@link BatchCounts.otherGroups}. */
  otherGroups?: Omit<GroupTally, 'key'>;
}

/**
 * One group's counts as plain data, in a {@link SummaryTally}.
 *
 * @example
 * const { key, total } = tally.groups![0]!;
 */
export interface GroupTally {
  /** The column's value; `""` for none. */
  key: string;
  /** Records counted. */
  total: number;
  /** Records per grade reached, as `[grade id, count]`. */
  graded: [string, number][];
  /** Valid records without a grade, as `[reason code, count]`. */
  notGraded: [string, number][];
  /** Invalid records. */
  invalid: number;
}

/** Records per grade, not graded (by reason) and invalid: the whole batch's, and each group's. */
class GradeCounter extends OutcomeCounter {
  /** Counts one entry, as {@link OutcomeCounter.add}. */
  count(entry: SummaryEntry): void {
    this.add(entry.grade, entry.invalid, entry.reason);
  }

  counts(): Omit<GroupCounts, 'key'> {
    const { graded, notGraded, invalid } = this.outcomes();
    return { total: this.total, graded, notGraded, invalid };
  }
}

/** First invalid rows kept, to show. */
const INVALID_EXAMPLES = 10;

/** Records of one kind counted, with the first {@link INVALID_EXAMPLES} rows. */
class CountedRows {
  count = 0;
  readonly rows: number[] = [];

  add(row: number): void {
    this.count++;
    if (this.rows.length < INVALID_EXAMPLES) this.rows.push(row);
  }

  /** Another summary's count and rows, after these. */
  addAll(count: number | undefined, rows: readonly number[] | undefined): void {
    this.count += count ?? 0;
    for (const row of rows ?? []) {
      if (this.rows.length >= INVALID_EXAMPLES) break;
      this.rows.push(row);
    }
  }
}

/**
 * Counts a batch of results as they stream past, in memory that does not
 * grow with the batch: records per grade, not graded (by reason), invalid,
 * and the requirements failed most often. Results given a group
 * (`add(result, group)`) are also counted per group, in a few numbers per
 * group: memory then grows with the number of distinct groups, not records.
 *
 * @example
 * const summary = new BatchSummary(ruleSet.grades);
 * for await (const result of grader.gradeMany(records)) summary.add(result);
 * console.error(summary.format('en'));
 */
export class BatchSummary {
  readonly #grades: readonly { id: string; label: LocalizedText }[];
  readonly #whole: GradeCounter;
  /** Per value of the column counted by, up to {@link BatchSummaryOptions.maxGroups}; the rest as one. */
  readonly #groups: BoundedGroups<GradeCounter>;
  readonly #failing = new Map<string, number>();
  readonly #invalidRows: { row: number; kept?: Record<string, string> }[] = [];
  /** Records with a requirement not checked for want of a table row, and the first few rows. */
  readonly #notChecked = new CountedRows();
  /** Graded records whose grade rests on a score that cannot be computed, and the first few rows. */
  readonly #missingScores = new CountedRows();
  /** Ladder order of the requirements, to break ties among the most frequent failures ({@link BatchSummaryOptions.ruleSet}). */
  readonly #order: ReadonlyMap<string, number>;
  /** The rule set given, whose requirements' names `format` shows when not given others. */
  readonly #ruleSet: RuleSet | undefined;

  /** @param grades - the rule set's ladder, lowest first (`ruleSet.grades`) */
  constructor(grades: readonly { id: string; label: LocalizedText }[], options: BatchSummaryOptions = {}) {
    checkLadder(grades);
    // null or no object stays as before (the defaults); an object's keys are checked.
    if (typeof options === 'object' && options !== null)
      knownKeys(options, 'BatchSummary', ['maxGroups', 'ruleSet'], 'options');
    this.#grades = grades;
    const ruleSet = options?.ruleSet;
    this.#order = ruleSet === undefined ? new Map() : requirementOrder(modelOf(ruleSet, 'new BatchSummary'));
    this.#ruleSet = ruleSet;
    this.#whole = new GradeCounter(grades);
    this.#groups = new BoundedGroups(checkMaxGroups(options?.maxGroups), () => new GradeCounter(grades));
  }

  /**
   * Counts one result.
   *
   * @param group - its value in the column the records are counted by (`""` or blank: none), for
   *   {@link BatchCounts.groups}
   */
  add(result: GradeResult, group?: string): void {
    resultArgument(result, 'BatchSummary.add');
    const entry = entryOf(result);
    if (group !== undefined) entry.group = String(group).trim();
    this.#count(entry);
  }

  /**
   * What the summary keeps of a result: a few fields, so results graded on
   * worker threads can be counted without sending them whole.
   */
  static entry(result: GradeResult): SummaryEntry {
    resultArgument(result, 'BatchSummary.entry');
    return entryOf(result);
  }

  /** Counts one result from its {@link BatchSummary.entry}. */
  addEntry(entry: SummaryEntry): void {
    // Two reads: cheap enough for a call per record (the CLI counts each row so).
    if (typeof entry !== 'object' || entry === null || !Array.isArray(entry.failing))
      throw takesError(
        'BatchSummary.addEntry',
        localized(
          '汇总条目（BatchSummary.entry(result) 给出的 SummaryEntry）',
          'a summary entry (a SummaryEntry from BatchSummary.entry(result))',
        ),
        entry,
      );
    this.#count(entry);
  }

  #count(entry: SummaryEntry): void {
    this.#whole.count(entry);
    if (entry.group !== undefined) this.#groups.get(entry.group).count(entry);
    if (entry.grade === null && entry.invalid && this.#invalidRows.length < INVALID_EXAMPLES) {
      const row = entry.row ?? this.#whole.total;
      this.#invalidRows.push(entry.kept ? { row, kept: entry.kept } : { row });
    }
    for (const id of entry.failing) this.#failing.set(id, (this.#failing.get(id) ?? 0) + 1);
    if (entry.notChecked) this.#notChecked.add(entry.row ?? this.#whole.total);
    if (entry.missingScore) this.#missingScores.add(entry.row ?? this.#whole.total);
  }

  /** What has been counted so far, every requirement's failures included, as plain data. */
  tally(): SummaryTally {
    const tally: SummaryTally = {
      ...this.#whole.tally(),
      invalidRows: [...this.#invalidRows],
      failing: [...this.#failing],
    };
    this.#rowCounts(tally);
    if (this.#groups.size > 0)
      tally.groups = this.#groups.entries().map(([key, c]) => ({ key, ...c.tally() }));
    const other = this.#groups.other;
    if (other) tally.otherGroups = other.tally();
    return tally;
  }

  /**
   * Counts what another summary counted (its {@link BatchSummary.tally}) as
   * if its results had been added here one by one, after the ones already
   * here: batches added in input order give the counts of one pass. (Its
   * groups are taken in order up to this summary's bound; a batch's own
   * summary is best made with `maxGroups: Infinity`, so that the bound is
   * applied once, over the whole input.)
   */
  addTally(tally: SummaryTally): void {
    checkTally(tally);
    this.#whole.addTally(tally);
    for (const group of tally.groups ?? []) this.#groups.get(group.key).addTally(group);
    if (tally.otherGroups) this.#groups.otherCounter().addTally(tally.otherGroups);
    for (const e of tally.invalidRows) {
      if (this.#invalidRows.length >= INVALID_EXAMPLES) break;
      this.#invalidRows.push(e);
    }
    for (const [id, n] of tally.failing) this.#failing.set(id, (this.#failing.get(id) ?? 0) + n);
    this.#notChecked.addAll(tally.notChecked, tally.notCheckedRows);
    this.#missingScores.addAll(tally.missingScores, tally.missingScoreRows);
  }

  /** A requirement's place in the ladder order; one the rule set does not list, after all. */
  #rank(id: string): number {
    return this.#order.get(id) ?? Number.MAX_SAFE_INTEGER;
  }

  /** The records counted with their rows (not checked, resting on a missing value) into `into`, those there are. */
  #rowCounts(
    into: Pick<BatchCounts, 'notChecked' | 'notCheckedRows' | 'missingScores' | 'missingScoreRows'>,
  ): void {
    if (this.#notChecked.count > 0) {
      into.notChecked = this.#notChecked.count;
      into.notCheckedRows = [...this.#notChecked.rows];
    }
    if (this.#missingScores.count > 0) {
      into.missingScores = this.#missingScores.count;
      into.missingScoreRows = [...this.#missingScores.rows];
    }
  }

  /** The counts so far. */
  counts(): BatchCounts {
    const counts: BatchCounts = {
      ...this.#whole.counts(),
      invalidRows: this.#invalidRows.map((e) => e.row),
      invalidExamples: this.#invalidRows.map((e) => ({ ...e })),
      failing: [...this.#failing]
        .sort((a, b) => b[1] - a[1] || this.#rank(a[0]) - this.#rank(b[0]) || a[0].localeCompare(b[0]))
        .slice(0, 10)
        .map(([id, count]) => ({ id, count })),
    };
    this.#rowCounts(counts);
    if (this.#groups.size > 0)
      counts.groups = this.#groups.ordered().map(([key, c]) => ({ key, ...c.counts() }));
    const other = this.#groups.other;
    if (other) counts.otherGroups = { after: this.#groups.max, ...other.counts() };
    return counts;
  }

  /**
   * The counts as a few readable lines: per grade (highest first), not
   * graded, invalid, most frequent failures.
   *
   * @param names - requirements' names by id, shown in Chinese in place of their ids. Without it, a summary
   *   given {@link BatchSummaryOptions.ruleSet} names them as `qgrade grade` does (`全年能源消耗效率 APF（1级）`),
   *   one given none by id; an empty map keeps the ids (`qgrade grade --ids`).
   */
  format(lang: Language, names?: ReadonlyMap<string, LocalizedText>): string {
    checkLang('BatchSummary.format', lang);
    if (
      names !== undefined &&
      typeof (names as Partial<ReadonlyMap<string, unknown>> | null)?.get !== 'function'
    )
      throw argumentKindError(
        'BatchSummary.format',
        'names',
        localized('“要求 id → 名称”的 Map', 'a Map of requirement id to name'),
        names,
      );
    const zh = lang === 'zh';
    const shown = names ?? (zh && this.#ruleSet ? criterionNames(modelOf(this.#ruleSet)) : undefined);
    const paren = (text: string) => (zh ? `（${text}）` : `(${text})`);
    const c = this.counts();
    const n = countText;
    const notGraded = Object.values(c.notGraded).reduce((s, x) => s + (x ?? 0), 0);
    const graded = c.total - notGraded - c.invalid;
    // Under a rule set of one grade a record below it is 不合格 / nonconforming, as the rows, explain and
    // compare name it (fix-studio-30): a figure of its own, not a part of 不分级 ("not assessed").
    const only = belowOnlyGrade(this.#grades);
    const failed = only ? (c.notGraded['below-lowest-grade'] ?? 0) : 0;
    const otherwise = notGraded - failed;
    const failedHead = only ? (zh ? `，不合格 ${n(failed)}` : `, ${n(failed)} nonconforming`) : '';
    const lines = [
      zh
        ? `共 ${n(c.total)} 条记录：已分级 ${n(graded)}${failedHead}，不分级 ${n(otherwise)}，无效 ${n(c.invalid)}`
        : `${n(c.total)} record${c.total === 1 ? '' : 's'}: ${n(graded)} graded${failedHead}, ${n(otherwise)} not graded, ${n(c.invalid)} invalid`,
    ];
    const rows: [string, string, string][] = [...this.#grades]
      .reverse()
      .map((g) => [g.label[lang], n(c.graded[g.id] ?? 0), '']);
    if (failed > 0)
      rows.push([
        zh ? '不合格' : 'nonconforming',
        n(failed),
        paren(zh ? `${only!.zh} ${n(failed)} 条` : `${only!.en}: ${n(failed)}`),
      ]);
    if (otherwise > 0) {
      const why = Object.entries(c.notGraded)
        .filter(([code, count]) => (count ?? 0) > 0 && !(only && code === 'below-lowest-grade'))
        // In the reports' one order, not as first met (committee-45).
        .sort(([x], [y]) => reasonRank(x) - reasonRank(y))
        // The count after a colon (zh: with 条): "below the lowest grade 1" read as "grade 1" in a 1–5 scheme.
        .map(([code, count]) => {
          const reason = REASON[code];
          return zh ? `${reason?.zh ?? code} ${n(count ?? 0)} 条` : `${reason?.en ?? code}: ${n(count ?? 0)}`;
        })
        .join(zh ? '，' : ', ');
      rows.push([zh ? '不分级' : 'not graded', n(otherwise), paren(why)]);
    }
    if (c.invalid > 0) {
      const more = c.invalid > c.invalidRows.length ? ' …' : '';
      rows.push([
        zh ? '无效' : 'invalid',
        n(c.invalid),
        paren(
          `${rowsWord(c.invalidExamples, zh)} ${c.invalidExamples
            .map((e) => rowWithKept(e.row, e.kept, lang))
            .join(zh ? '，' : ', ')}${more}`,
        ),
      ]);
    }
    const w0 = Math.max(...rows.map((r) => displayWidth(r[0])));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    for (const [label, count, note] of rows) {
      lines.push(
        `  ${label}${' '.repeat(w0 - displayWidth(label))}  ${count.padStart(w1)}  ${note}`.trimEnd(),
      );
    }
    if (c.failing.length > 0) {
      // In Chinese by name (`names`, or the rule set's), as tables show them; ids in English.
      const top = c.failing.slice(0, 5).map((f) => {
        const name = zh ? shown?.get(f.id)?.zh : undefined;
        return name ? `${name}${name.endsWith('）') ? '' : ' '}${n(f.count)} 次` : `${f.id} ${n(f.count)}`;
      });
      lines.push(
        zh ? `最常不满足的要求：${top.join('，')}` : `most frequent failing criteria: ${top.join(', ')}`,
      );
    }
    // Not checked for want of a table row (newcomer-30 M1): said, so that a grade reached without it is looked at.
    if (c.notChecked) {
      const rows = (c.notCheckedRows ?? []).join(zh ? '、' : ', ');
      const more = c.notChecked > (c.notCheckedRows?.length ?? 0) ? ' …' : '';
      lines.push(
        zh
          ? `未检验：${n(c.notChecked)} 条记录有要求因规则文件的表中没有其取值的行而未检验（序号 ${rows}${more}；explain --row 列出）`
          : `not checked: ${n(c.notChecked)} record${c.notChecked === 1 ? ' has a requirement' : 's have requirements'} not checked, as a table of the rule file has no row for ${c.notChecked === 1 ? 'its' : 'their'} values (row${c.notChecked === 1 ? '' : 's'} ${rows}${more}; explain --row lists them)`,
      );
    }
    // Graded where a score cannot be computed (newcomer-39 F3): the grade rests on a missing value, said apart.
    if (c.missingScores) {
      const rows = (c.missingScoreRows ?? []).join(zh ? '、' : ', ');
      const more = c.missingScores > (c.missingScoreRows?.length ?? 0) ? ' …' : '';
      const one = c.missingScores === 1;
      lines.push(
        zh
          ? `缺少数值：${n(c.missingScores)} 条已分级记录的分数因缺少数值无法计算，其等级取决于缺少的数值（序号 ${rows}${more}；explain --row 列出缺少的项）`
          : `missing values: ${n(c.missingScores)} graded record${one ? ' has a score' : 's have scores'} that cannot be computed for a missing value, so ${one ? 'its grade rests' : 'their grades rest'} on it (row${one ? '' : 's'} ${rows}${more}; explain --row names the item)`,
      );
    }
    return lines.join('\n');
  }

  /**
   * The counts per group ({@link BatchCounts.groups}) as a table: a row per
   * group (the values past the bound as one, "（其他）" / "(other)", then the
   * records with no value as "（无值）" / "(no value)"), a column per grade (highest first, 0 shown), not graded, invalid and the total,
   * and a total row; `""` when no record was given a group.
   *
   * @param column - the column the records were counted by, for the heading
   * @example
   * console.error(summary.formatGroups('zh', '生产企业'));
   */
  formatGroups(lang: Language, column: string): string {
    checkLang('BatchSummary.formatGroups', lang);
    if (typeof column !== 'string')
      throw argumentKindError(
        'BatchSummary.formatGroups',
        'column',
        localized('列名（文字）', "a column's name (text)"),
        column,
      );
    if (this.#groups.size === 0) return '';
    const groups = this.#groups.ordered();
    const zh = lang === 'zh';
    const n = countText;
    const grades = [...this.#grades].reverse();
    // Not graded split by reason, as the summary above splits it: only the reasons that occur (committee-24 F9).
    const reasons = notGradedColumns(Object.fromEntries(this.#whole.notGraded), this.#grades);
    const line = (key: string, c: GradeCounter) => [
      key,
      ...grades.map((g) => n(c.graded.get(g.id) ?? 0)),
      ...reasons.map((r) => n(c.notGraded.get(r.code) ?? 0)),
      n(c.invalid),
      n(c.total),
    ];
    const other = this.#groups.other;
    const valued = groups.filter(([key]) => key !== '');
    const none = this.#groups.noValue();
    const rows = [
      [
        valueCell(column),
        ...grades.map((g) => g.label[lang]),
        ...reasons.map((r) => (zh ? r.label.zh : r.label.en.charAt(0).toLowerCase() + r.label.en.slice(1))),
        zh ? '无效' : 'invalid',
        zh ? '合计' : 'total',
      ],
      ...valued.map(([key, c]) => line(valueCell(key), c)),
      ...(other ? [line(otherText[lang], other)] : []),
      ...(none ? [line(noValueText[lang], none)] : []),
      line(zh ? '合计' : 'total', this.#whole),
    ];
    // A loop, not Math.max(...): a column of 200,000 producers is more arguments than a call takes.
    const widths = rows[0]!.map(() => 0);
    for (const r of rows)
      for (const [i, cell] of r.entries()) widths[i] = Math.max(widths[i]!, displayWidth(cell));
    const pad = (text: string, i: number) => ' '.repeat(widths[i]! - displayWidth(text));
    const count = groups.length + (other ? 1 : 0);
    const bound = other
      ? zh
        ? `；取值超过 ${n(this.#groups.max)} 个，其余合为“${otherText.zh}”`
        : `; more than ${n(this.#groups.max)} values, the rest as "${otherText.en}"`
      : '';
    const heading = zh
      ? `按“${safeLine(column)}”统计（${n(count)} 组${bound}）：`
      : `by ${safeLine(column)} (${n(count)} group${count === 1 ? '' : 's'}${bound}):`;
    // The column's values left-aligned, the counts right-aligned under their headings.
    const lines = rows.map((r) =>
      `  ${r.map((cell, i) => (i === 0 ? cell + pad(cell, i) : pad(cell, i) + cell)).join('  ')}`.trimEnd(),
    );
    return [heading, ...lines].join('\n');
  }
}

/** The constructor's `grades`: a rule set's ladder, each grade with its id (a whole rule set gets a hint). */
function checkLadder(grades: unknown): void {
  if (Array.isArray(grades) && grades.every((g) => typeof (g as { id?: unknown } | null)?.id === 'string'))
    return;
  const got = valueShown(grades);
  const ruleSet = Array.isArray((grades as { grades?: unknown } | null)?.grades);
  throw new UsageError(
    localized(
      cjkJoin('new BatchSummary 需要规则集的等级列表（ruleSet.grades），收到的是', got.zh) +
        (ruleSet ? '：请传入 ruleSet.grades' : ''),
      `new BatchSummary takes a rule set's grades (ruleSet.grades), got ${got.en}${ruleSet ? ': pass ruleSet.grades' : ''}`,
    ),
  );
}

/** A result as the summary keeps it; see {@link BatchSummary.entry}. */
function entryOf(result: GradeResult): SummaryEntry {
  const failing: string[] = [];
  // A grade the product does not have (n/a) is nothing to fix: not counted among failing criteria; nor are
  // the grade requirements of a record out of scope.
  // A requirement not checked for want of a table row (newcomer-30 M1) is `passed: null`: read only there.
  let notChecked = false;
  for (const c of result.criteria)
    if (c.passed === false) {
      if (!c.unavailable && countedInStatistics(result, c)) failing.push(c.id);
    } else if (c.passed === null && c.notChecked !== undefined) notChecked = true;
  const invalid =
    result.grade === null &&
    (result.errors !== undefined || result.notGradedReason?.code === 'invalid-record');
  const entry: SummaryEntry = { grade: result.grade, invalid, failing };
  // Out of scope, the requirements are moot: a table that stops where the scope does is no gap.
  if (notChecked && result.notGradedReason?.code !== 'out-of-scope') entry.notChecked = true;
  if (result.grade !== null && restsOnMissingScore(result)) entry.missingScore = true;
  if (result.row !== undefined) entry.row = result.row;
  if (invalid && result.kept) entry.kept = result.kept;
  if (result.grade === null && !invalid) entry.reason = result.notGradedReason?.code ?? 'below-lowest-grade';
  return entry;
}

/** {@link BatchSummary.addTally}'s argument: a tally, each of whose lists it reads. */
function checkTally(tally: unknown): void {
  const t = (typeof tally === 'object' && tally !== null ? tally : {}) as Partial<SummaryTally>;
  const lists = [t.graded, t.notGraded, t.invalidRows, t.failing];
  if (typeof t.total === 'number' && typeof t.invalid === 'number' && lists.every((l) => Array.isArray(l)))
    return;
  throw takesError(
    'BatchSummary.addTally',
    localized(
      '另一份汇总的计数（summary.tally() 给出的 SummaryTally）',
      "another summary's counts (a SummaryTally from summary.tally())",
    ),
    tally,
  );
}

/** The `maxGroups` option: a whole number from 1, or `Infinity`. */
function checkMaxGroups(max: unknown): number {
  if (max === undefined) return DEFAULT_MAX_GROUPS;
  if (max === Number.POSITIVE_INFINITY || (Number.isSafeInteger(max) && (max as number) >= 1))
    return max as number;
  throw argumentKindError(
    'new BatchSummary',
    'maxGroups',
    localized('从 1 起的整数，或 Infinity', 'a whole number from 1, or Infinity'),
    max,
  );
}

function checkLang(call: string, lang: unknown): void {
  if (lang !== 'zh' && lang !== 'en')
    throw argumentKindError(call, 'lang', localized('“zh”或“en”', '"zh" or "en"'), lang);
}

/** `序号` / `row(s)` before the invalid rows, or `记录` / `record(s)` when a kept column is headed 序号 ({@link recordWord}). */
function rowsWord(examples: readonly { row: number; kept?: Record<string, string> }[], zh: boolean): string {
  const word = recordWord(examples);
  return zh ? word.zh : examples.length === 1 ? word.en : `${word.en}s`;
}
