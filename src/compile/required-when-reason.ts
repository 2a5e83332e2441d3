import { conditionShown } from '../model/condition-shown';
import type { ConditionModel, IndicatorModel, RuleSetModel } from '../model/rule-set-model';
import { cjkJoin } from '../text/cjk-space';
import { type LocalizedText, localized } from '../text/localized-text';
import type { RecordSnapshot } from './record-snapshot';

/**
 * Why an indicator with a `requiredWhen` is required for a record: the condition as written in the rule file's
 * names and the record's values of the indicators it reads (newcomer-35 M5: a blank `供应链质量协同` said only
 * "missing", though the column is optional for most enterprises). Said after "缺少…" and its cell. What depends
 * only on the rule set (the indicators the condition reads, the condition's text) is worked out here, once: the
 * function runs for every record that leaves the indicator out. `written`: values written as bounds or with a
 * rounding mark, by slot, said as written.
 *
 * @example
 * requiredWhenReason(supplierScore, model)(snapshot).zh;
 * // '：这条记录的从业人员数为 500，满足其必填条件（从业人员数 > 300），该指标为必填项'
 */
export function requiredWhenReason(
  ind: IndicatorModel,
  model: RuleSetModel,
): (snapshot: RecordSnapshot, written?: ReadonlyMap<number, string>) => LocalizedText {
  const when = ind.requiredWhen!;
  const reads: IndicatorModel[] = [];
  for (const fact of factsOf(when)) {
    const read = model.indicators.find((i) => i.name === fact);
    if (read) reads.push(read);
  }
  // The condition in the reader's words, labels for names and values (`从业人员数 > 300`, newcomer-40 M6); a long one
  // (a bundled rule set's scope of five clauses) is left to the rule file: the values say enough.
  const shown = conditionShown(when, model);
  const text = shown.zh.length <= MOST_CONDITION ? `（${shown.zh}）` : '';
  const textEn = text ? ` (${shown.en})` : '';
  return (snapshot, written) => {
    const values: { zh: string[]; en: string[] } = { zh: [], en: [] };
    for (const read of reads) {
      // A value written as a bound or with a rounding mark: as written (`≤4500`), not the number read for it.
      const v = written?.get(read.slot) ?? snapshot[read.slot];
      if (v === undefined || (v !== null && typeof v === 'object')) continue;
      const label = read.valueLabels?.get(v as string | number | boolean);
      const zh = label?.zh ?? (typeof v === 'boolean' ? (v ? '是' : '否') : String(v));
      const en = label?.en ?? String(v);
      values.zh.push(cjkJoin(read.label.zh, `为 ${zh}`));
      values.en.push(`${read.name} (${read.label.en}) is ${en}`);
    }
    if (values.zh.length === 0) {
      return localized(
        `：其必填条件${text}对这条记录成立，该指标为必填项`,
        `: it is required for this record by its condition${textEn}`,
      );
    }
    return localized(
      `：这条记录的${values.zh.join('、')}，满足其必填条件${text}，该指标为必填项`,
      `: it is required for this record by its condition${textEn}, as ${values.en.join(' and ')}`,
    );
  };
}

/** The longest condition said in the message, in characters. */
const MOST_CONDITION = 60;

/** The indicator names a condition reads, each once, in the order written. */
function factsOf(c: ConditionModel, into: Set<string> = new Set()): Set<string> {
  if ('all' in c) for (const p of c.all) factsOf(p, into);
  else if ('any' in c) for (const p of c.any) factsOf(p, into);
  else if ('not' in c) factsOf(c.not, into);
  else into.add(c.fact);
  return into;
}
