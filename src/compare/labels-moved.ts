import { spelledValue } from '../compile/record-snapshot';
import type { GradeResult } from '../model/grade-result';
import type { IndicatorModel, RuleSetModel } from '../model/rule-set-model';
import { type Language, type LocalizedText, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { safeLine } from '../text/safe-text';

/**
 * A cell one record writes that the two rule sets read as two different
 * values of one enum: a label or alias moved from one value to another in
 * B's `valueLabels` (`柜式`, split under A, window under B). The record's
 * requirements on that indicator then judge another value under B, though
 * none of them changed.
 *
 * @example
 * const r: MovedReading = { field: 'unitConfiguration', written: '柜式', a: 'split', b: 'window' };
 */
export interface MovedReading {
  /** The enum indicator (both rule sets declare it under this name). */
  field: string;
  /** The cell as the record writes it. */
  written: string;
  /** The value rule set A reads it as. */
  a: string | number;
  /** The value rule set B reads it as. */
  b: string | number;
}

/**
 * The records that write one {@link MovedReading}, and how many of them
 * changed grade: what `compare -f json` lists as `movedLabels`.
 *
 * @example
 * const m: MovedLabel = { field: 'unitConfiguration', written: '柜式', a: 'split', b: 'window', records: 3, changed: 1 };
 */
export interface MovedLabel extends MovedReading {
  /** Records writing it. */
  records: number;
  /** Of them, those whose grade differs between A and B (listed among the changes). */
  changed: number;
}

/**
 * Collects {@link MovedLabel}s record by record; `add` returns the record's own readings.
 *
 * @example
 * const moved = createMovedLabels(modelOf(a), modelOf(b));
 * moved.add(record, resultA, resultB); // [{ field: 'unitConfiguration', written: '柜式', a: 'split', b: 'window' }]
 */
export interface MovedLabels {
  add(record: unknown, a: GradeResult, b: GradeResult): MovedReading[];
  result(): MovedLabel[];
}

/**
 * Starts {@link MovedLabels} for two rule sets: each enum both declare by
 * one name, whose cell in a record the two read as values they both have,
 * but not the same one. A spelling only one of them knows is not a moved
 * reading (the record is invalid under the other: see `createUnknownLabels`).
 *
 * @example
 * const moved = createMovedLabels(modelOf(oldRules), modelOf(draft));
 */
export function createMovedLabels(a: RuleSetModel, b: RuleSetModel): MovedLabels {
  const inB = new Map(b.indicators.filter((i) => i.values).map((i) => [i.name, i]));
  // Only enums whose spellings differ can read one cell two ways.
  const pairs = a.indicators
    .filter((i) => i.values && inB.has(i.name))
    .map((i) => [i, inB.get(i.name)!] as const)
    .filter(([x, y]) => x.valueSpellings !== undefined || y.valueSpellings !== undefined);
  const seen = new Map<string, MovedLabel>();
  return {
    add(record, resultA, resultB) {
      if (pairs.length === 0 || record === null || typeof record !== 'object') return [];
      const readings: MovedReading[] = [];
      for (const [x, y] of pairs) {
        if (!Object.hasOwn(record, x.name)) continue;
        const written = (record as Record<string, unknown>)[x.name];
        if (typeof written !== 'string') continue;
        const va = readAs(written, x);
        const vb = readAs(written, y);
        if (va === undefined || vb === undefined || va === vb) continue;
        readings.push({ field: x.name, written, a: va, b: vb });
      }
      const changed = resultA.grade === resultB.grade ? 0 : 1;
      for (const r of readings) {
        const key = `${r.field}\u0000${r.written}`;
        const entry = seen.get(key);
        if (entry) {
          entry.records++;
          entry.changed += changed;
        } else seen.set(key, { ...r, records: 1, changed });
      }
      return readings;
    },
    result: () => [...seen.values()].sort((x, y) => y.records - x.records).map((m) => ({ ...m })),
  };
}

/** The enum value a rule set reads a cell as; `undefined` when it reads none of its values. */
function readAs(written: string, ind: IndicatorModel): string | number | undefined {
  const value = ind.valueSpellings ? spelledValue(written, ind.valueSpellings, ind) : written;
  if (typeof value === 'boolean' || !ind.values!.includes(value)) return undefined;
  return value;
}

/**
 * Names for the sentences: a value by its label under one rule set, with its
 * code (`整体式（window）`, `Single-package (window)`); a field by its label
 * (`结构形式`, `unitConfiguration (Configuration)`).
 */
export interface ValueNamer {
  value(side: 'a' | 'b', field: string, value: string | number): LocalizedText;
  field(field: string): LocalizedText;
}

/**
 * Names values and fields by their codes alone; the CLI passes {@link valueNamer}'s, which adds the labels.
 *
 * @example
 * codeOnly.value('a', 'unitConfiguration', 'split'); // { zh: 'split', en: 'split' }
 */
export const codeOnly: ValueNamer = {
  value: (_side, _field, value) => localized(safeLine(String(value)), safeLine(String(value))),
  field: (field) => localized(safeLine(field), safeLine(field)),
};

/**
 * A namer of enum values by each rule set's labels, `分体式（split）` / `Split (split)`.
 *
 * @example
 * valueNamer(modelOf(a), modelOf(b))('b', 'unitConfiguration', 'window').en; // 'Single-package (window)'
 */
export function valueNamer(a: RuleSetModel, b: RuleSetModel): ValueNamer {
  const find = (m: RuleSetModel, field: string) => m.indicators.find((i) => i.name === field);
  return {
    value(side, field, value) {
      const code = safeLine(String(value));
      const label = find(side === 'a' ? a : b, field)?.valueLabels?.get(value);
      if (!label) return localized(code, code);
      return localized(`${safeLine(label.zh)}（${code}）`, `${safeLine(label.en)} (${code})`);
    },
    field(field) {
      const name = safeLine(field);
      const label = (find(b, field) ?? find(a, field))?.label;
      if (!label) return localized(name, name);
      return localized(safeLine(label.zh), `${name} (${safeLine(label.en)})`);
    },
  };
}

/**
 * One changed record's line: what its cell reads as under A and under B,
 * under its causes in the table (the requirements it names did not change;
 * the reading did).
 *
 * @example
 * movedReadingLine(reading, 'en', namer);
 * // 'unitConfiguration (Configuration) "柜式" reads as Split (split) under A, as Single-package (window) under B: B's valueLabels moved "柜式" to another value'
 */
export function movedReadingLine(r: MovedReading, lang: Language, name: ValueNamer = codeOnly): string {
  const written = safeLine(r.written);
  const field = name.field(r.field)[lang];
  const va = name.value('a', r.field, r.a)[lang];
  const vb = name.value('b', r.field, r.b)[lang];
  return lang === 'zh'
    ? `${field}“${written}”在 A 下读作 ${va}，在 B 下读作 ${vb}：B 的 valueLabels 把“${written}”移到了另一个值`
    : `${field} "${written}" reads as ${va} under A, as ${vb} under B: B's valueLabels moved "${written}" to another value`;
}

/**
 * One sentence per {@link MovedLabel}, for stderr and the reports: that the
 * records' requirements on the field judge another value under B because a
 * label moved, not because a requirement changed.
 *
 * @example
 * movedLabelNotice(moved.result()[0]!, namer).zh;
 * // '1 条记录写“柜式”，A 读作 分体式（split），B 读作 整体式（window）：…'
 */
export function movedLabelNotice(m: MovedLabel, name: ValueNamer = codeOnly): LocalizedText {
  const written = safeLine(m.written);
  const field = name.field(m.field);
  const n = countText(m.records);
  const c = countText(m.changed);
  const va = name.value('a', m.field, m.a);
  const vb = name.value('b', m.field, m.b);
  const zhChanged = m.changed === 0 ? '，均未改变等级' : `，其中 ${c} 条因此等级变化`;
  const enChanged =
    m.changed === 0 ? ', none of them changed grade' : `; ${c} of them changed grade because of it`;
  return localized(
    `${n} 条记录的 ${field.zh} 写“${written}”，A 读作 ${va.zh}，B 读作 ${vb.zh}：B 的 valueLabels 把“${written}”从一个值移到了另一个值，这些记录在 B 下按另一个值判定${zhChanged}（不是哪条要求变了）；若不是有意为之，请在 B 的 valueLabels 中把“${written}”放回 ${safeLine(String(m.a))}`,
    `${n} ${m.records === 1 ? 'record writes' : 'records write'} ${field.en} "${written}", which A reads as ${va.en} and B as ${vb.en}: B's valueLabels moved "${written}" from one value to another, so B judges these records as another value${enChanged} (no requirement changed for them); if that was not meant, list "${written}" under ${safeLine(String(m.a))} again in B's valueLabels`,
  );
}
