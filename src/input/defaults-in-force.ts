import type { IndicatorInfo } from '../resolve/rule-set';
import { foldValueText } from '../text/fold-value-text';
import { type Language, type LocalizedText, localized } from '../text/localized-text';
import { type Batched, batched, batchesOf } from './batched';
import type { InputItem, WrittenHeader } from './input-item';
import type { OptionNaming } from './option-naming';

/**
 * The notice that indicators with a `default` took it in every record: no
 * column of a table's header gives them (after `--map`, labels, symbols).
 * The safety net for a column the header reading did not recognise (`重大事故`
 * for `近三年发生重大质量事故`): the default then decides every grade, and a
 * line on stderr (and in the HTML report's notices) lets a reader see it.
 * One line, every such indicator with its default; `undefined` when the
 * header gives them all. For tables only (CSV, TSV, .xlsx, Parquet): a JSON
 * record leaves a key out on purpose.
 *
 * @param name - what to call the input
 * @param fields - the field each column gives
 * @example
 * defaultsNotice('bar.csv', ['designation', …], steel.indicators)?.en;
 * // 'bar.csv: no column gives nitrogen (Nitrogen N): every record takes its default, nitrogen = 0; if a column holds it, name it with --map <column>=nitrogen'
 */
export function defaultsNotice(
  name: string,
  fields: readonly string[],
  indicators: readonly IndicatorInfo[],
  naming?: OptionNaming,
): LocalizedText | undefined {
  const given = new Set(fields);
  const left = indicators.filter((i) => i.default !== undefined && !given.has(i.name));
  if (left.length === 0) return undefined;
  const zhNames = left.map((i) => `${i.name}（${i.label.zh}）`).join('、');
  const enNames = left.map((i) => `${i.name} (${i.label.en})`).join(', ');
  const { zh: zhValues, en: enValues } = defaultValues(left);
  const one = left.length === 1 ? left[0]!.name : undefined;
  const field = { zh: one ?? '<指标>', en: one ?? '<indicator>' };
  const map =
    naming === 'studio'
      ? localized(
          `请在“列映射”框中写 <列>=${field.zh}`,
          `write <column>=${field.en} in the column mapping box`,
        )
      : naming === 'api'
        ? localized(
            `请用 options.map { "<列>": "${field.zh}" } 指明`,
            `name it with options.map { "<column>": "${field.en}" }`,
          )
        : localized(`请用 --map <列>=${field.zh} 指明`, `name it with --map <column>=${field.en}`);
  return localized(
    `${name}：没有列给出 ${zhNames}：每条记录都取其默认值，${zhValues}；如果某列给出${one ? '它' : '其中之一'}，${map.zh}`,
    `${name}: no column gives ${enNames}: every record takes its default, ${enValues}; if a column holds ${one ? 'it' : 'one'}, ${map.en}`,
  );
}

/** An enum or boolean default's label after it, `（分体式）`, `（风冷式）`, when its value has one that is more than the value in another case. */
function labelOf(indicator: IndicatorInfo, lang: Language): string {
  const code = String(indicator.default);
  const label = indicator.valueLabels?.[code]?.[lang];
  // `"split" (Split)` would say the same thing twice.
  if (label === undefined || foldValueText(label) === foldValueText(code)) return '';
  return lang === 'zh' ? `（${label}）` : ` (${label})`;
}

/** A default as a reader writes it: a yes/no in words, a text quoted (`"split"`), a number as it is. */
function shown(value: string | number | boolean, yes: string, no: string): string {
  if (typeof value === 'boolean') return value ? yes : no;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * The items of a table unchanged, and at the end the notice that indicators
 * with a `default` whose column is there took it in every record anyway: the
 * column was empty in every record read (a `风冷式` column left blank). The
 * header notice ({@link defaultsNotice}) names only indicators no column
 * gives; this one names the others whose default still stood in everywhere.
 * Nothing is said for an input with no record.
 *
 * @param header - the header once read: its cells as written and each column's field
 */
export function emptyDefaultColumns(
  items: AsyncIterable<InputItem>,
  name: string,
  header: () => WrittenHeader | undefined,
  indicators: readonly IndicatorInfo[],
  onNotice: (text: LocalizedText) => void,
): Batched<InputItem> {
  const defaulted = indicators.filter((i) => i.default !== undefined);
  return batched(async function* () {
    // Fields still without a value in any record: found once the header is read.
    let empty: Map<string, IndicatorInfo> | undefined;
    let records = 0;
    for await (const batch of batchesOf(items)) {
      if (!empty) {
        const fields = new Set(header()?.fields ?? []);
        empty = new Map(defaulted.filter((i) => fields.has(i.name)).map((i) => [i.name, i]));
      }
      if (empty.size > 0)
        for (const item of batch) {
          if (!('record' in item)) continue;
          records++;
          const record = item.record as Record<string, unknown> | null;
          if (record === null || typeof record !== 'object') continue;
          for (const field of empty.keys()) if (Object.hasOwn(record, field)) empty.delete(field);
        }
      yield batch;
    }
    const written = header();
    if (!empty || empty.size === 0 || records === 0 || !written) return;
    onNotice(emptyText(name, [...empty.values()], written));
  });
}

/** "column 5 (风冷式) is empty in every record: every record takes its default, airCooled = yes". */
function emptyText(name: string, left: readonly IndicatorInfo[], header: WrittenHeader): LocalizedText {
  const column = (i: IndicatorInfo) => {
    const at = header.fields.indexOf(i.name);
    return { n: at + 1, text: header.cells[at] ?? '' };
  };
  const zhColumns = left.map((i) => `第 ${column(i).n} 列（${column(i).text}）`).join('、');
  const enColumns = left.map((i) => `column ${column(i).n} (${column(i).text})`).join(', ');
  const { zh: zhValues, en: enValues } = defaultValues(left);
  const one = left.length === 1;
  return localized(
    `${name}：${zhColumns}在每条记录中都是空的：每条记录都取其默认值，${zhValues}`,
    `${name}: ${enColumns} ${one ? 'is' : 'are'} empty in every record: every record takes ${one ? 'its' : 'their'} default, ${enValues}`,
  );
}

/** Each indicator with the default every record takes (`airCooled = 是`, a value's label after it), in both languages. */
function defaultValues(left: readonly IndicatorInfo[]): LocalizedText {
  return {
    zh: left.map((i) => `${i.name} = ${shown(i.default!, '是', '否')}${labelOf(i, 'zh')}`).join('、'),
    en: left.map((i) => `${i.name} = ${shown(i.default!, 'yes', 'no')}${labelOf(i, 'en')}`).join(', '),
  };
}
