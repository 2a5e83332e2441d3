import type { Readable } from 'node:stream';
import { type Command, Option } from 'commander';
import { gradeItems } from '../../batch/grade-stream';
import { limitKeyIndicators, recordLimitKeysLine } from '../../compare/limit-keys';
import { recordBandsOf } from '../../compare/record-bands';
import { UsageError } from '../../errors/usage-error';
import { createGrader } from '../../grade/create-grader';
import type { InputItem, RowPlace } from '../../input/input-item';
import { jsonTextReason } from '../../input/json-fault';
import { jsonRecordItem } from '../../input/json-record-item';
import { readColumnMapping } from '../../input/read-column-mapping';
import type { RecordSource } from '../../input/read-records';
import type { GradeResult } from '../../model/grade-result';
import { blockerLifts } from '../../report/blocker-lifts';
import { criterionNotes } from '../../report/criterion-notes';
import { formatExplanation } from '../../report/format-explanation';
import { provenanceLine } from '../../report/provenance-text';
import { shownOperands } from '../../report/shown-operands';
import { loadRuleSet } from '../../resolve/load-rule-set';
import { modelOf } from '../../resolve/rule-set';
import { truncate } from '../../text/display-width';
import { type Language, type LocalizedText, localized } from '../../text/localized-text';
import type { ActionRunner, CliContext } from '../context';
import { exitCodesHelp } from '../exit-code-help';
import { EXIT } from '../exit-codes';
import { addInputOptions, type InputOptions, openRecords } from '../input-options';

interface ExplainOptions extends InputOptions {
  rules: string;
  record?: string;
  row?: string;
  all?: boolean;
  format: 'text' | 'json';
}

/** `qgrade explain --rules <id|path> [input]`: one record's grade, explained requirement by requirement. */
export function registerExplain(program: Command, context: () => CliContext, runs: ActionRunner): void {
  const command = program
    .command('explain')
    .description(
      'grade one record and explain it: every requirement with its value, limit and result, and what would lift it to the next grade',
    )
    .requiredOption('-r, --rules <id|path>', 'bundled rule-set id or rule file')
    .option('--record <json>', 'the record as JSON text, instead of an input file')
    .option('--row <n>', 'which record of the input to explain (1-based); needed when it holds several')
    .option('-a, --all', 'also list the requirements that do not apply to this record')
    .addOption(new Option('-f, --format <format>', 'text or json').choices(['text', 'json']).default('text'));
  addInputOptions(command)
    .argument(
      '[input]',
      'a JSON record, or a JSON, NDJSON, CSV, TSV, XLSX or Parquet file with --row; - for stdin',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ qgrade explain -r home-appliances/room-air-conditioner-energy --record '{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.62}'
  $ qgrade explain -r home-appliances/room-air-conditioner-energy --row 2 examples/room-air-conditioners.json
  $ qgrade --lang zh explain -r home-appliances/room-air-conditioner-energy --row 7 --all examples/room-air-conditioners.json
  $ echo '{"unitType":"cooling-only","ratedCoolingCapacity":5000,"seer":4.1}' | qgrade explain -r home-appliances/room-air-conditioner-energy -f json -

${exitCodesHelp('explain', 'en')}`,
    )
    .action(
      runs(async (input: string | undefined, options: ExplainOptions) => {
        const ctx = context();
        const ruleSet = await loadRuleSet(options.rules);
        const grader = createGrader(ruleSet);
        const from: { name?: string; place?: RowPlace } = {};
        const items = recordToExplain(input, options, ruleSet.indicators, ctx.io.stdin, from);
        // The record as given to the rule set, kept aside for the line of what its limits depend on.
        const given: { record?: unknown; written?: Readonly<Record<string, string>> } = {};
        let result: GradeResult | undefined;
        for await (const r of gradeItems(noting(items, given), grader.gradeSync, modelOf(ruleSet)))
          result = r;
        if (!result) throw new UsageError(localized('没有可解释的记录', 'there is no record to explain'));
        if (options.format === 'json') ctx.out(JSON.stringify(result, null, 2));
        else {
          const zh = ctx.lang === 'zh';
          const standard = ruleSet.references.map((r) => r.code).join(zh ? '、' : ', ');
          const source = `${ruleSet.id} ${ruleSet.version}`;
          ctx.out(`${ruleSet.title[ctx.lang]} — ${standard}${zh ? `（${source}）` : ` (${source})`}`);
          // How sure the figures are, before any of them: a rejection on an unverified limit is not the standard's.
          const provenance = provenanceLine(ruleSet.provenance, ctx.lang);
          if (provenance !== undefined) ctx.out(provenance);
          const sample = sampleLine(result, from, options.row !== undefined, ruleSet.subject, ctx.lang);
          if (sample !== undefined) ctx.out(sample);
          // Which band or category row the limits came from (类别 = 波轮，额定洗涤容量 = 6.5 kg), as compare says it.
          const keys =
            result.errors === undefined
              ? recordLimitKeysLine(
                  limitKeyIndicators(modelOf(ruleSet)),
                  result,
                  given.record,
                  ctx.lang,
                  recordBandsOf(modelOf(ruleSet)),
                )
              : undefined;
          // A derived value's formula with the record's values, read again here: the JSON keeps the grader's messages.
          // And a CSV cell's number as the lab wrote it (0.80, not 0.8).
          const shown =
            given.record === undefined ? result : shownOperands(ruleSet)(result, given.record, given.written);
          ctx.out(
            formatExplanation(shown, ctx.lang, {
              showNotApplicable: options.all === true,
              notes: criterionNotes(modelOf(ruleSet), ruleSet.document),
              grades: ruleSet.grades,
              limitKeys: keys,
              // How far each blocker's number is from its limit, and what would meet it (newcomer-36 M9).
              lifts: blockerLifts(ruleSet)(result, given.record, given.written),
            }),
          );
        }
        return result.errors ? EXIT.problems : EXIT.ok;
      }),
    );
}

/** The items as they come, the last record among them noted in `given`. */
async function* noting(
  items: AsyncIterable<InputItem>,
  given: { record?: unknown; written?: Readonly<Record<string, string>> },
): AsyncGenerator<InputItem> {
  for await (const item of items) {
    if ('record' in item) {
      given.record = item.record;
      given.written = item.written;
    }
    yield item;
  }
}

async function* recordToExplain(
  input: string | undefined,
  options: ExplainOptions,
  indicators: Parameters<typeof openRecords>[2],
  stdin: Readable,
  from: { name?: string; place?: RowPlace },
): AsyncGenerator<InputItem> {
  if (options.record !== undefined) {
    if (input !== undefined)
      throw new UsageError(
        localized(
          '记录只能用 --record 或输入文件之一给出，不能同时给出',
          'give the record either with --record or as an input, not both',
        ),
      );
    let record: unknown;
    try {
      record = JSON.parse(options.record);
    } catch (error) {
      // Where it breaks, as the column of the text given (V8 gives an offset from 0, or nothing).
      const why = jsonTextReason(options.record, error, true);
      throw new UsageError(
        localized(`--record 不是有效的 JSON：${why.zh}`, `--record is not valid JSON: ${why.en}`),
      );
    }
    const mapping = await readColumnMapping(options.map ?? [], options.mapFile);
    // The checks an NDJSON line gets: a repeated key, a numeral JSON.parse reads as another double.
    const byName = new Map(indicators.map((i) => [i.name, i]));
    yield jsonRecordItem(options.record, record, 1, localized('--record ', '--record'), mapping, byName);
    return;
  }
  if (input === undefined)
    throw new UsageError(
      localized(
        '请给出要解释的记录：一个文件、用 - 表示标准输入，或 --record <json>',
        'give the record to explain: a file, - for stdin, or --record <json>',
      ),
    );
  const wanted = options.row === undefined ? undefined : Number(options.row);
  // Whole decimal numbers only: Number() would also take 0x2, 1e0 and 2.0.
  const badRow =
    wanted !== undefined &&
    !(/^\d+$/.test(options.row!.trim()) && Number.isSafeInteger(wanted) && wanted >= 1);
  // The text's cells as written too, for the explanation's numbers (0.80); JSON output keeps the items as before.
  const source = await openRecords(
    input,
    { ...options, writtenIndicators: options.format !== 'json' },
    indicators,
    stdin,
  );
  if (badRow) {
    // `--row T-003`: the sample id `grade` shows beside the row number (newcomer-45); say which row holds it.
    const id = options.row!.trim();
    let holder: { row: number; column: string } | undefined;
    for await (const item of source.items) {
      const column =
        'kept' in item ? Object.keys(item.kept ?? {}).find((c) => item.kept![c] === id) : undefined;
      if (column !== undefined) {
        holder = { row: item.row, column };
        break;
      }
    }
    throw new UsageError(
      holder === undefined
        ? localized(
            `--row 应为从 1 起的记录序号，收到“${options.row}”`,
            `--row takes a row number from 1, got "${options.row}"`,
          )
        : localized(
            `--row 应为从 1 起的记录序号，收到“${options.row}”：它是第 ${holder.row} 条记录的${holder.column}，请写 --row ${holder.row}`,
            `--row takes a row number from 1, got "${options.row}": that is the ${holder.column} of record ${holder.row}; write --row ${holder.row}`,
          ),
    );
  }
  from.name = source.name;
  let first: InputItem | undefined;
  let count = 0;
  for await (const item of source.items) {
    count++;
    if (wanted === undefined) {
      if (first) {
        throw new UsageError(
          localized(
            `${source.name} 中有多条记录，请用 --row <n> 选择一条`,
            `${source.name} holds several records; choose one with --row <n>`,
          ),
        );
      }
      first = item;
      if ('place' in item && item.place) from.place = item.place;
      continue;
    }
    if (item.row === wanted) {
      if ('place' in item && item.place) from.place = item.place;
      yield item;
      return;
    }
  }
  if (first) {
    yield first;
    return;
  }
  if (wanted !== undefined && count > 0) {
    throw new UsageError(
      localized(
        `${source.name} 中没有第 ${wanted} 条记录：它只有 ${count} 条`,
        `${source.name} has no row ${wanted}: it holds ${count} record${count === 1 ? '' : 's'}`,
      ),
    );
  }
  const scalar = jsonScalar(source);
  if (scalar !== undefined) {
    throw new UsageError(
      localized(
        `${source.name} 不是一条记录：其中是${scalar.zh}，而记录应是字段值的对象：{"字段": 值, …}`,
        `${source.name} is not a record: it holds ${scalar.en}, and a record is an object of field values: {"field": value, …}`,
      ),
    );
  }
  throw new UsageError(localized(`${source.name} 中没有记录`, `${source.name} holds no record`));
}

/** Longest kept value shown, in columns: an id, not a document. */
const KEPT_WIDTH = 80;

/** What a record is called, by the rule set's `subject`: an enterprise is no sample (enterprise-23 W6). */
const SUBJECT_WORD: Record<'product' | 'enterprise', LocalizedText> = {
  product: { zh: '样品', en: 'Sample' },
  enterprise: { zh: '企业', en: 'Enterprise' },
};

/**
 * Which sample (or enterprise) of the input is explained, for a committee to check it picked the right one: its id
 * (the kept columns, found as `grade` finds them, or `--keep`) and its record number in the file
 * (`样品：型号 KFR-35GW/B3（ac.xlsx 第 14 条记录）` / `Sample: 型号 KFR-35GW/B3 (record 14 of ac.xlsx)`;
 * `企业：企业名称 …` / `Enterprise: …` for a rule set with `subject: enterprise`).
 * Nothing for `--record`, nor for a file's only record when it has no sample id (newcomer-21 F9).
 */
function sampleLine(
  result: GradeResult,
  from: { name?: string; place?: RowPlace },
  rowGiven: boolean,
  subject: 'product' | 'enterprise',
  lang: Language,
): string | undefined {
  const name = from.name;
  if (name === undefined || result.row === undefined) return undefined;
  const kept = Object.entries(result.kept ?? {});
  if (kept.length === 0 && !rowGiven) return undefined;
  const zh = lang === 'zh';
  const ids = kept
    .map(([column, value]) => `${column} ${truncate(value, KEPT_WIDTH)}`)
    .join(zh ? '、' : ', ');
  const place = from.place;
  // Where a person finds it: the line or sheet row their editor or spreadsheet shows, after the record number.
  const at =
    place === undefined
      ? ''
      : 'line' in place
        ? zh
          ? `，第 ${place.line} 行`
          : `, line ${place.line}`
        : zh
          ? `，工作表第 ${place.sheetRow} 行`
          : `, sheet row ${place.sheetRow}`;
  const where = zh ? `${name} 第 ${result.row} 条记录${at}` : `record ${result.row} of ${name}${at}`;
  const word = (SUBJECT_WORD[subject] ?? SUBJECT_WORD.product)[lang];
  if (ids === '') return zh ? `${word}：${where}` : `${word}: ${where}`;
  return zh ? `${word}：${ids}（${where}）` : `${word}: ${ids} (${where})`;
}

/**
 * What the input is when, read as CSV or TSV (its format guessed: it did not
 * start with "[" or "{"), its only line is one JSON number, boolean, null or
 * string: `echo 42 | qgrade explain -r … -` was "stdin holds no record".
 */
function jsonScalar(source: RecordSource): LocalizedText | undefined {
  const cells = source.header?.()?.cells;
  if ((source.format !== 'csv' && source.format !== 'tsv') || cells?.length !== 1) return undefined;
  const cell = cells[0]!;
  if (cell === 'null') return localized(' null', 'null');
  if (cell === 'true' || cell === 'false') return localized(`布尔值 ${cell}`, `the boolean ${cell}`);
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(cell))
    return localized(`数值 ${cell}`, `the number ${cell}`);
  return undefined;
}
