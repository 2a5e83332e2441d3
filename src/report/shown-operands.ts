import type { ValueEnd } from '../compile/compile-explainer';
import type { RecordReader } from '../compile/compile-reader';
import { type FormulaOperands, formulaOperands } from '../compile/formula-operands';
import { measuredDecimals, measuredValueText, shownDigitsOf } from '../compile/shown-value';
import { compileGrader } from '../grade/create-grader';
import type { CriterionResult, GradeResult } from '../model/grade-result';
import type { RuleSet } from '../resolve/rule-set';
import { numberText } from '../text/number-text';
import { writtenNumber } from '../text/written-number';

/**
 * A result as a person reads it, given the record it was graded from and, when the reader kept them, the
 * record's cells as written by field (an input item's `written`): see {@link shownOperands}. The result itself
 * is not changed; one with nothing to add is given back as it is.
 */
export type ShowOperands = <R extends GradeResult>(
  result: R,
  record: unknown,
  written?: Readonly<Record<string, string>>,
) => R;

interface Derived {
  operands: FormulaOperands;
  valueEnd: ValueEnd;
}

const known = new WeakMap<RuleSet, ShowOperands>();

/**
 * For the texts a person reads one record in — `qgrade explain`, the HTML
 * report's explanations, the studio's panel — each derived value's sentence
 * with its formula and the record's values in it, after the value:
 * `单位容量耗水量：22.1 L/kg（= 用水量 143.4 L/cycle ÷ 额定洗涤容量 6.5 kg），不满足 ≤ 20 L/kg（一等品）`
 * (newcomer-27 M2). Written here, when the result is shown, from the record
 * read again: not by the grader, whose results (JSON, the pool's) keep their
 * messages, and whose speed does not pay for a text most results never show
 * (79a75534: rebar `gradeSync` at 0.70×).
 *
 * With `written`, a number the lab wrote with more decimals than it reads
 * (`0.80`) is shown so, in the formula and as an indicator's value at the
 * head of its sentence (`洗净比：0.80，满足 ≥ 0.80`), where that sentence
 * shows the value as it reads (not a mean, nor a rounded value): see
 * `writtenNumber`. A specimen that decides is shown as its part of the
 * cell (`33;34;35`: `第 1 个试样 33 J` beside ≥ 23.8, not 33.0). The
 * result's `value` stays the number.
 *
 * No operands for a formula that reads a table cell or points, a score, a
 * record missing an operand, nor an operand given for several specimens when
 * no one specimen decides (a mean): see `formulaOperands`. An invalid record
 * (or `record` `null`) gets its result back as it is.
 *
 * @example
 * const show = shownOperands(ruleSet);
 * formatExplanation(show(grader.gradeSync(record), record), 'zh');
 */
export function shownOperands(ruleSet: RuleSet): ShowOperands {
  const made = known.get(ruleSet);
  if (made) return made;
  const { compiled } = compileGrader(ruleSet);
  const model = compiled.model;
  const bySubject = new Map<string, FormulaOperands | undefined>();
  const byId = new Map<string, Derived>();
  compiled.checks.forEach((check, i) => {
    const subject = check.model.subject;
    if (subject === undefined || !model.derived.some((d) => d.name === subject)) return;
    if (!bySubject.has(subject)) bySubject.set(subject, formulaOperands(model, subject));
    const operands = bySubject.get(subject);
    if (operands) byId.set(check.model.id, { operands, valueEnd: compiled.valueEnds[i]! });
  });
  const derived = new Set(model.derived.map((d) => d.name));
  const slots = model.slots;
  const show: ShowOperands = (result, record, written) =>
    byId.size === 0 && written === undefined
      ? result
      : withOperands(result, record, written, { byId, derived, slots, reader: compiled.reader });
  known.set(ruleSet, show);
  return show;
}

interface Shown {
  byId: ReadonlyMap<string, Derived>;
  /** The derived values' names: their sentences show a computed value, never one written. */
  derived: ReadonlySet<string>;
  slots: ReadonlyMap<string, number>;
  reader: RecordReader;
}

function withOperands<R extends GradeResult>(
  result: R,
  record: unknown,
  written: Readonly<Record<string, string>> | undefined,
  { byId, derived, slots, reader }: Shown,
): R {
  if (result.errors !== undefined || record === null || record === undefined) return result;
  let values: readonly unknown[] | undefined;
  let read = false;
  // By slot, for the formula's operands.
  let writtenBySlot: (string | undefined)[] | undefined;
  if (written) {
    writtenBySlot = [];
    for (const [field, text] of Object.entries(written)) {
      const slot = slots.get(field);
      if (slot !== undefined) writtenBySlot[slot] = text;
    }
  }
  let defaulted: readonly number[] | undefined;
  const operandsOf = (c: CriterionResult): CriterionResult | undefined => {
    const d = byId.get(c.id);
    if (!d) return undefined;
    if (!read) {
      read = true;
      const facts = reader.read(record);
      if (!Array.isArray(facts)) {
        values = facts.values;
        defaulted = facts.defaulted;
        // A value written with a rounding mark is an operand as written (`400(+)`), not the number graded.
        for (const [slot, text] of facts.written ?? []) {
          writtenBySlot ??= [];
          writtenBySlot[slot] = text;
        }
      }
    }
    // Where the value ends, from the explainer's own parts: the formula goes there, before a default's mark.
    const at = d.valueEnd(c, defaulted);
    if (!at) return undefined;
    const extra = values && d.operands(values, c.specimen ?? 0, writtenBySlot);
    if (!extra) return undefined;
    return {
      ...c,
      message: {
        zh: c.message.zh.slice(0, at.zh) + extra.zh + c.message.zh.slice(at.zh),
        en: c.message.en.slice(0, at.en) + extra.en + c.message.en.slice(at.en),
      },
    };
  };
  const asWritten = (c: CriterionResult): CriterionResult | undefined => {
    if (!written || c.indicator === null || derived.has(c.indicator)) return undefined;
    if (typeof c.value !== 'number') return undefined;
    const mean = meanOfOne(c, written[c.indicator]);
    if (mean) return mean;
    // The specimen that decides, from its cell's list (`33;34;35`): 33 as written, not padded to 33.0 beside ≥ 23.8.
    const cell =
      c.specimen === undefined ? written[c.indicator] : specimenCell(written[c.indicator], c.specimen);
    // As the lab wrote it: with more zeros (`0.80`), or with fewer than the limit's that the grader adds (`0.8`
    // beside ≥ 0.80: the message says 0.80, for a number whose written form it does not know).
    const text =
      writtenNumber(c.value, cell) ??
      (cell?.trim() === numberText(c.value) ? numberText(c.value) : undefined);
    if (text === undefined) return undefined;
    // The value as the sentence shows it: at least its limit's decimals (22.0 beside ≥ 22.0).
    const shortest = measuredValueText(
      c.value,
      shownDigitsOf(c.label)?.perRecordLimit ? undefined : measuredDecimals(c.limit),
    );
    if (text === shortest) return undefined;
    const n = c.specimen;
    const zh = writtenAfterHead(c.message.zh, `${c.label.zh}：${n ? `第 ${n} 个试样 ` : ''}`, shortest, text);
    const en = writtenAfterHead(c.message.en, `${c.label.en}: ${n ? `specimen ${n}: ` : ''}`, shortest, text);
    return zh === undefined || en === undefined ? undefined : { ...c, message: { zh, en } };
  };
  const changed = new Map<CriterionResult, CriterionResult>();
  const shown = (c: CriterionResult): CriterionResult => {
    const seen = changed.get(c);
    if (seen) return seen;
    const made = operandsOf(c) ?? asWritten(c);
    if (!made) return c;
    changed.set(c, made);
    return made;
  };
  const criteria = result.criteria.map(shown);
  if (changed.size === 0) return result;
  const next = result.nextGrade;
  return {
    ...result,
    criteria,
    ...(next ? { nextGrade: { ...next, blockers: next.blockers.map(shown) } } : {}),
  };
}

/**
 * The mean of one specimen, shown as its cell writes it: the mean of `33` is 33, not the computed `33.0`
 * (studio-43 N3); `undefined` for a mean of several, or a sentence that is not a mean's.
 */
function meanOfOne(c: CriterionResult, cell: string | undefined): CriterionResult | undefined {
  const parts = cell
    ?.split(/[;；]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts?.length !== 1 || c.specimen !== undefined || typeof c.value !== 'number') return undefined;
  const one = parts[0]!;
  const text = writtenNumber(c.value, one) ?? (one === numberText(c.value) ? one : undefined);
  if (text === undefined) return undefined;
  const zh = asWrittenMean(c.message.zh, `${c.label.zh}：平均值 `, c.value, text);
  const en = asWrittenMean(c.message.en, `${c.label.en}: mean `, c.value, text);
  return zh === undefined || en === undefined ? undefined : { ...c, message: { zh, en } };
}

/** A mean's sentence (`冲击吸收能量：平均值 33.0 J…`) with its figure, the number `value`, as `text`; else `undefined`. */
function asWrittenMean(message: string, head: string, value: number, text: string): string | undefined {
  const figure = message.startsWith(head)
    ? /^-?\d+(?:\.\d+)?/.exec(message.slice(head.length))?.[0]
    : undefined;
  if (figure === undefined || figure === text || Number(figure) !== value) return undefined;
  return writtenAfterHead(message, head, figure, text);
}

/** Specimen `n` (1-based) of a cell that lists them (`33;34;35`, `；` too); `undefined` for a cell of one value. */
function specimenCell(cell: string | undefined, n: number): string | undefined {
  const parts = cell?.split(/[;；]/);
  return parts && parts.length > 1 ? parts[n - 1]?.trim() : undefined;
}

/** The sentence with the value right after its label (`洗净比：0.8，…`) as the lab wrote it; else `undefined`. */
function writtenAfterHead(message: string, head: string, shortest: string, text: string): string | undefined {
  if (!message.startsWith(head) || !message.startsWith(shortest, head.length)) return undefined;
  // 0.8 inside 0.805 or 0.8e-3 is another figure.
  const after = message.charAt(head.length + shortest.length);
  if (/[\d.eE]/.test(after)) return undefined;
  return message.slice(0, head.length) + text + message.slice(head.length + shortest.length);
}
