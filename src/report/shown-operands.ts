import type { ValueEnd } from '../compile/compile-explainer';
import type { RecordReader } from '../compile/compile-reader';
import { type FormulaOperands, formulaOperands } from '../compile/formula-operands';
import { compileGrader } from '../grade/create-grader';
import type { CriterionResult, GradeResult } from '../model/grade-result';
import type { RuleSet } from '../resolve/rule-set';
import type { LocalizedText } from '../text/localized-text';

/**
 * A result as a person reads it, given the record it was graded from: see {@link shownOperands}.
 * The result itself is not changed; one with nothing to add is given back as it is.
 */
export type ShowOperands = <R extends GradeResult>(result: R, record: unknown) => R;

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
  const show: ShowOperands =
    byId.size === 0
      ? (result) => result
      : (result, record) => withOperands(result, record, byId, compiled.reader);
  known.set(ruleSet, show);
  return show;
}

function withOperands<R extends GradeResult>(
  result: R,
  record: unknown,
  byId: ReadonlyMap<string, Derived>,
  reader: RecordReader,
): R {
  if (result.errors !== undefined || record === null || record === undefined) return result;
  if (!result.criteria.some((c) => byId.has(c.id))) return result;
  const facts = reader.read(record);
  if (Array.isArray(facts)) return result;
  const values = facts.values;
  const changed = new Map<CriterionResult, CriterionResult>();
  const shown = (c: CriterionResult): CriterionResult => {
    const seen = changed.get(c);
    if (seen) return seen;
    const derived = byId.get(c.id);
    const at = derived?.valueEnd(c);
    const extra = at && derived!.operands(values, c.specimen ?? 0);
    if (!at || !extra) return c;
    const message: LocalizedText = {
      zh: c.message.zh.slice(0, at.zh) + extra.zh + c.message.zh.slice(at.zh),
      en: c.message.en.slice(0, at.en) + extra.en + c.message.en.slice(at.en),
    };
    const made = { ...c, message };
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
