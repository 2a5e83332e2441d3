import type { BinaryOperator, Expr } from '../model/expr';
import type { RuleSetModel } from '../model/rule-set-model';
import { roundingMark } from '../rounding/rounding-mark';
import { booleanText } from '../text/boolean-text';
import type { Language, LocalizedText } from '../text/localized-text';
import { unitAfter } from '../text/unit-after';
import { writtenNumber } from '../text/written-number';
import { readValueText } from './shown-value';

/**
 * A derived value's formula with the record's values in it, for its
 * explanation to show where the value came from:
 * `（= 用水量 143.4 L/cycle ÷ 额定洗涤容量 6.5 kg）` /
 * ` (= Water consumption 143.4 L/cycle ÷ Rated washing capacity 6.5 kg)`
 * (newcomer-27 M2: "22.1 L/kg" alone cannot be checked). `values` are the
 * record's by slot; `specimen` the 1-based specimen whose value is explained
 * (0 for none); `written`, by slot, the cells as the lab wrote them (`6.50`:
 * see `writtenNumber`). `undefined` when a value it reads is not given. Written when
 * a result is shown (explain, the HTML report, studio), not when it is graded:
 * in every result's message it cost rebar `gradeSync` 30 % (79a75534).
 */
export type FormulaOperands = (
  values: readonly unknown[],
  specimen: number,
  written?: readonly (string | undefined)[],
) => LocalizedText | undefined;

/**
 * The {@link FormulaOperands} of derived value `name`, built once per rule
 * set; `undefined` for a value that is no derived value, a score, or a formula
 * that reads a table cell or scores points (its operands are not the record's
 * values).
 *
 * @example
 * formulaOperands(model, 'waterPerKg')?.(values, 0)?.zh; // '（= 用水量 143.4 L/cycle ÷ 额定洗涤容量 6.5 kg）'
 */
export function formulaOperands(model: RuleSetModel, name: string): FormulaOperands | undefined {
  const derived = model.derived.find((d) => d.name === name);
  if (!derived || scoreSlots(model).has(derived.slot)) return undefined;
  const slots = operandSlots(model, name);
  if (slots === undefined) return undefined;
  const parts = (lang: Language) => compileParts(model, derived.expr, lang, 0);
  const zh = parts('zh');
  const en = parts('en');
  return (values, specimen, written) => {
    for (const slot of slots) if (valueAt(values, slot, specimen) === undefined) return undefined;
    return { zh: `（= ${zh(values, specimen, written)}）`, en: ` (= ${en(values, specimen, written)})` };
  };
}

/**
 * The slots of the indicators derived value `name`'s formula reads, through
 * other derived values; `undefined` when {@link formulaOperands} gives none
 * for it (a table cell, points).
 */
function operandSlots(model: RuleSetModel, name: string): number[] | undefined {
  const out = new Set<number>();
  const visit = (e: Expr): boolean => {
    switch (e.k) {
      case 'cell':
      case 'points':
      case 'mean':
        return false;
      case 'ref': {
        const inner = model.derived.find((d) => d.name === e.name);
        if (inner) return visit(inner.expr);
        out.add(e.slot);
        return true;
      }
      case 'unary':
        return visit(e.arg);
      case 'binary':
      case 'logical':
        return visit(e.left) && visit(e.right);
      case 'cond':
        return visit(e.test) && visit(e.yes) && visit(e.no);
      case 'call':
        return e.args.every(visit);
      default:
        return true;
    }
  };
  const derived = model.derived.find((d) => d.name === name);
  if (!derived || !visit(derived.expr)) return undefined;
  return [...out];
}

function scoreSlots(model: RuleSetModel): Set<number> {
  const scoring = model.scoring;
  return new Set(scoring ? [scoring.totalSlot, ...scoring.dimensions.map((d) => d.slot)] : []);
}

function valueAt(values: readonly unknown[], slot: number, specimen: number): unknown {
  const v = values[slot];
  if (!Array.isArray(v)) return v;
  // As RecordFacts reads a specimen's value: a single one stands for every specimen.
  if (v.length === 1) return v[0];
  return specimen > 0 ? v[specimen - 1] : undefined;
}

type Part = (
  values: readonly unknown[],
  specimen: number,
  written?: readonly (string | undefined)[],
) => string;

// How tightly each operator binds, as the formula parser reads them: a child binding looser is bracketed.
const PRECEDENCE: Record<BinaryOperator | '&&' | '||', number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
  '**': 7,
};

// As a committee writes them: × and ÷, not * and /.
const SYMBOL: Partial<Record<BinaryOperator, string>> = {
  '*': '×',
  '/': '÷',
  '-': '−',
  '<=': '≤',
  '>=': '≥',
  '!=': '≠',
  '==': '=',
  '**': '^',
};

function compileParts(model: RuleSetModel, e: Expr, lang: Language, outer: number): Part {
  const bracket = (p: Part, own: number): Part => (own < outer ? (v, s, w) => `(${p(v, s, w)})` : p);
  switch (e.k) {
    case 'num': {
      const text = e.text;
      return () => text;
    }
    case 'str': {
      const text = `"${e.value}"`;
      return () => text;
    }
    case 'bool': {
      const text = booleanText(e.value, lang);
      return () => text;
    }
    case 'ref': {
      const inner = model.derived.find((d) => d.name === e.name);
      // Another derived value: its own formula, bracketed where it binds looser than its place.
      if (inner) return compileParts(model, inner.expr, lang, outer);
      const ind = model.indicators.find((i) => i.name === e.name);
      const label = ind?.label[lang] ?? e.name;
      const unit = unitAfter(ind?.unit);
      const slot = e.slot;
      return (values, specimen, written) =>
        `${label} ${shown(valueAt(values, slot, specimen), unit, ind, lang, written?.[slot])}`;
    }
    case 'unary': {
      const arg = compileParts(model, e.arg, lang, 8);
      const op = e.op === '-' ? '−' : e.op === '!' ? (lang === 'zh' ? '非 ' : 'not ') : '+';
      return (v, s, w) => `${op}${arg(v, s, w)}`;
    }
    case 'binary':
    case 'logical': {
      const own = PRECEDENCE[e.op];
      // Left-associative: a right operand of the same precedence is bracketed (a − (b − c)).
      const left = compileParts(model, e.left, lang, own);
      const right = compileParts(model, e.right, lang, e.op === '**' ? own : own + 1);
      const symbol =
        e.k === 'logical'
          ? e.op === '&&'
            ? lang === 'zh'
              ? '且'
              : 'and'
            : lang === 'zh'
              ? '或'
              : 'or'
          : (SYMBOL[e.op] ?? e.op);
      return bracket((v, s, w) => `${left(v, s, w)} ${symbol} ${right(v, s, w)}`, own);
    }
    case 'cond': {
      const test = compileParts(model, e.test, lang, 1);
      const yes = compileParts(model, e.yes, lang, 1);
      const no = compileParts(model, e.no, lang, 1);
      return bracket((v, s, w) => `${test(v, s, w)} ? ${yes(v, s, w)} : ${no(v, s, w)}`, 0);
    }
    case 'call': {
      const args = e.args.map((a) => compileParts(model, a, lang, 0));
      const fn = e.fn;
      return (v, s, w) => `${fn}(${args.map((a) => a(v, s, w)).join(', ')})`;
    }
    default:
      // Cells and points: formulaOperands gives no operands for them.
      return () => '?';
  }
}

function shown(
  value: unknown,
  unit: string,
  ind: RuleSetModel['indicators'][number] | undefined,
  lang: Language,
  written: string | undefined,
): string {
  const named = ind?.valueLabels?.get(value as string | number | boolean);
  if (named) return named[lang];
  // At the 15 digits the formula reads it (0.2850000000000001 is 0.285), as the result it gives is carried.
  if (typeof value === 'number')
    return (
      ((written !== undefined && roundingMark(written) !== undefined ? written : undefined) ??
        writtenNumber(value, written) ??
        readValueText(value)) + unit
    );
  if (typeof value === 'boolean') return booleanText(value, lang);
  return String(value);
}
