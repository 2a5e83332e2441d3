import { conditionShown } from '../model/condition-shown';
import { jreOperator } from '../model/operators';
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
 * rounding mark, by slot, said as written. A value the record leaves out on which the condition holds (`≠`,
 * `not in`, `does not contain`, or a comparison under `not`) is named as not given: it is what made the indicator
 * required, and giving it may lift the requirement (contracts-46).
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
  const leaves = leavesOf(when, model);
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
    const absent = absentHolding(leaves, snapshot);
    if (absent.length > 0) {
      // Said inside the sentence, which the not-tested and not-applicable messages quote without its ends.
      const many = absent.length > 1;
      const zh = `未给出${absent.map((a) => a.label.zh).join('、')}（判断是否必填需要${many ? '这些值' : '它'}）`;
      const en = `${inWords(absent.map((a) => `${a.name} (${a.label.en})`))} ${many ? 'are' : 'is'} not given (the condition needs ${many ? 'them' : 'it'} to tell whether ${ind.name} is required)`;
      return localized(
        `：这条记录${values.zh.length > 0 ? `的${values.zh.join('、')}，` : ''}${zh}，满足其必填条件${text}，该指标为必填项`,
        `: it is required for this record by its condition${textEn}, as ${values.en.length > 0 ? `${values.en.join(' and ')}, and ` : ''}${en}`,
      );
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

/** One comparison of a condition, with the indicators it reads and whether it sits under an odd number of `not`s. */
interface Leaf {
  read: IndicatorModel;
  holds: (value: unknown, limit: unknown) => boolean;
  value: unknown;
  /** The indicator a comparison of two values reads on its right. */
  other?: IndicatorModel;
  negated: boolean;
}

function leavesOf(c: ConditionModel, model: RuleSetModel, negated = false, into: Leaf[] = []): Leaf[] {
  if ('all' in c) for (const p of c.all) leavesOf(p, model, negated, into);
  else if ('any' in c) for (const p of c.any) leavesOf(p, model, negated, into);
  else if ('not' in c) leavesOf(c.not, model, !negated, into);
  else {
    const read = model.indicators.find((i) => i.name === c.fact);
    const op = jreOperator(c.operator);
    const v = c.value;
    const otherName =
      v !== null && typeof v === 'object' && !Array.isArray(v) && 'fact' in v ? String(v.fact) : undefined;
    const other = otherName === undefined ? undefined : model.indicators.find((i) => i.name === otherName);
    if (read && op && (otherName === undefined || other))
      into.push({ read, holds: op.holds, value: v, other, negated });
  }
  return into;
}

/**
 * The indicators a record leaves out (or gives as null) whose comparison, on the value left out, pushes the
 * condition towards holding, each once: those whose value could lift the requirement.
 */
function absentHolding(leaves: readonly Leaf[], snapshot: RecordSnapshot): IndicatorModel[] {
  const found: IndicatorModel[] = [];
  for (const leaf of leaves) {
    const v = snapshot[leaf.read.slot];
    if ((v !== undefined && v !== null) || found.includes(leaf.read)) continue;
    const limit = leaf.other ? snapshot[leaf.other.slot] : leaf.value;
    if (leaf.holds(v, limit) === leaf.negated) continue;
    // A default that the comparison reads as it reads the value left out (the room-AC scope's `airCooled: true`):
    // leaving it out says what the rule set means it to, nothing to give.
    const d = leaf.read.default;
    if (d !== undefined && !leaf.other && leaf.holds(d, limit) !== leaf.negated) continue;
    found.push(leaf.read);
  }
  return found;
}

/** `a`, `a and b`, `a, b and c`. */
function inWords(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
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
