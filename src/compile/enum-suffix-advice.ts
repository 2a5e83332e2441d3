import type { GradeModel } from '../model/grade-model';
import type { IndicatorModel, RuleSetModel } from '../model/rule-set-model';
import { roundingMark } from '../rounding/rounding-mark';
import { withoutDiameterSign } from '../text/diameter-sign';
import { rapidMark } from '../text/enum-spelling';
import { type LocalizedText, localized } from '../text/localized-text';
import { unitKey } from '../text/unit-key';
import { UNIT_START } from '../text/unit-start';

/** What the advice on an enum text with something after a listed value needs to know of the rule set. */
export interface SuffixContext {
  /** The rule set's grades: a grade id after a designation (`Q355ND`) is the grade, written into the cell. */
  grades: readonly GradeModel[];
  /**
   * The letters the rule set's enum values carry after their number (`R` of 42.5R, `N` of Q355N, `E` of HRB400E),
   * in upper case: such a letter after a number names another class, it is no unit.
   */
  classLetters: ReadonlySet<string>;
}

// A value whose number ends in letters: 42.5R, Q355N, HRB400E.
const CLASS_MARK = /\d([A-Za-z]+)$/;

/** The {@link SuffixContext} of a rule set. */
export function suffixContext(model: RuleSetModel): SuffixContext {
  const classLetters = new Set<string>();
  for (const ind of model.indicators) {
    if (ind.type !== 'enum') continue;
    for (const v of ind.values ?? []) {
      const letters = typeof v === 'string' ? CLASS_MARK.exec(v)?.[1] : undefined;
      if (letters !== undefined) classLetters.add(letters.toUpperCase());
    }
  }
  return { grades: model.grades, classLetters };
}

// A grade's description short enough to say in the message (D级: 冲击试验温度 −20 °C), not a paragraph.
const SHORT_DESCRIPTION = 40;

/**
 * What to write for an enum text that is a listed value with something after it, or `undefined`:
 * - a listed value followed by a grade id of the rule set (`Q355ND`, `Q355B` in a sheet that writes the steel's
 *   quality grade into the designation): the grade is what grading gives, so the letter is to be dropped;
 * - a listed number followed by a unit (`5mm`, `12 毫米` for 5, 12): the number alone. Not when the letters after
 *   the number make a class mark — one the rule set's values carry (`R` of 42.5R), or a single Latin letter
 *   that is not the indicator's unit (`42.5R`, `42.5 R`): `42.5R` is a rapid-hardening class, not 42.5 with a unit,
 *   and "write 42.5" would grade it against another class's limits (committee-24 F17).
 *
 * @param text - the text as given (a JSON value, or a cell the reader did not read as a value)
 * @example
 * suffixAdvice('Q355ND', designation, steelContext)?.en; // ', the trailing "D" is a grade (Grade D …) …: write Q355N'
 */
export function suffixAdvice(
  text: string,
  ind: IndicatorModel,
  context: SuffixContext,
): LocalizedText | undefined {
  const values = ind.values ?? [];
  const written = text.trim();
  // `Φ12` for the nominal diameter 12: the sign is no part of the value (hostile-44: only "must be one of").
  const signed = withoutDiameterSign(written);
  const size = signed === undefined ? undefined : listedSize(signed.text, ind, context);
  if (signed !== undefined && size !== undefined)
    return localized(
      `，数值前有直径符号“${signed.sign}”：请只写 ${size}`,
      `, with the diameter sign "${signed.sign}" before it: write ${size} alone`,
    );
  const graded = gradeAfter(written, values, context.grades);
  if (graded !== undefined) {
    const { value, grade, letters } = graded;
    const description = grade.description;
    const short = description !== undefined && description.zh.length <= SHORT_DESCRIPTION;
    const label = localized(
      short ? `${grade.label.zh}：${description.zh}` : grade.label.zh,
      short ? `${grade.label.en}: ${description.en}` : grade.label.en,
    );
    return localized(
      `，末尾的“${letters}”是本规则集评定的等级（${label.zh}），由评定得出，不作输入：请去掉它，写作 ${value}`,
      `, the trailing "${letters}" is a grade this rule set gives (${label.en}), not an input: remove it and write ${value}`,
    );
  }
  // `42.5(+)` for the class 42.5: a rounding mark, which a measured number takes, is no unit (hostile-35 M2).
  const marked = roundingMark(written);
  if (marked !== undefined && values.some((v) => String(v) === marked.numeral)) {
    const mark = written.slice(marked.numeral.length).trim();
    return localized(
      `，“${mark}”是修约标记，只用于测得的数值；枚举值是名称，不带修约标记：请写作 ${marked.numeral}`,
      `, "${mark}" is a rounding mark, which only a measured number takes; an enum value is a name and takes none: write ${marked.numeral}`,
    );
  }
  const unit = numberBeforeUnit(written, ind, context.classLetters);
  if (unit === undefined) return undefined;
  // `5 cm` under nominal sizes in mm: 5 is another size; "write 5" graded a 50 mm pane as 5 mm (newcomer-41 F4).
  if (ind.unit !== undefined && unitKey(unit.after) !== unitKey(ind.unit))
    return localized(
      `，数值后的单位 ${unit.after} 不是该指标的单位 ${ind.unit}：请换算为 ${ind.unit}，只写数值`,
      `, a number in ${unit.after}, which is not the indicator's unit, ${ind.unit}: convert it to ${ind.unit} and write the number alone`,
    );
  return localized(
    `，数值后带了单位：请只写数值 ${unit.value}`,
    `, a number with a unit after it: write the number alone, ${unit.value}`,
  );
}

/** The listed value a text is, as written or with the indicator's own unit after it (`12`, `12mm` for 12). */
function listedSize(text: string, ind: IndicatorModel, context: SuffixContext): string | number | undefined {
  const values = ind.values ?? [];
  if (values.includes(text)) return text;
  if (values.includes(Number(text)) && /^[+-]?\d+(?:\.\d+)?$/.test(text)) return Number(text);
  const unit = numberBeforeUnit(text, ind, context.classLetters);
  return unit !== undefined && ind.unit !== undefined && unitKey(unit.after) === unitKey(ind.unit)
    ? unit.value
    : undefined;
}

/** The longest listed value `text` starts with, followed by exactly a grade's id (`Q355N` + `D`). */
function gradeAfter(
  text: string,
  values: readonly (string | number)[],
  grades: readonly GradeModel[],
): { value: string; grade: GradeModel; letters: string } | undefined {
  let best: { value: string; grade: GradeModel; letters: string } | undefined;
  for (const v of values) {
    if (typeof v !== 'string' || v === '' || !text.startsWith(v) || text.length === v.length) continue;
    const letters = text.slice(v.length);
    const grade = grades.find((g) => g.id === letters);
    if (grade !== undefined && (best === undefined || v.length > best.value.length))
      best = { value: v, grade, letters };
  }
  return best;
}

const UNIT_FIRST = new RegExp(`^[${UNIT_START}]`, 'u');

/** The listed value a text is with a unit after it (`5mm`, `5 mm` for 5), and that unit, if the letters are no class mark. */
function numberBeforeUnit(
  text: string,
  ind: IndicatorModel,
  classLetters: ReadonlySet<string>,
): { value: string | number; after: string } | undefined {
  const found = /^([+-]?\d+(?:\.\d+)?)\s*([^\d\s.,;:+-]\S*)$/.exec(text);
  if (found === null) return undefined;
  const numeral = found[1]!;
  // `5 (mm)` is in mm. What starts with no letter or unit sign is no unit: `2~6` is a band of sizes, `5/2`, `5×2`
  // a sum to work out, `5″` inches; "write the number alone, 2" graded a band or a product as its first number.
  const after = found[2]!.replace(/^[(（]\s*(.*?)\s*[)）]$/u, '$1');
  if (!UNIT_FIRST.test(after)) return undefined;
  if (classLetters.has(after.toUpperCase()) || rapidMark(after.toUpperCase())) return undefined;
  if (/^[A-Za-z]$/.test(after) && after !== ind.unit) return undefined;
  const values = ind.values ?? [];
  if (values.includes(numeral)) return { value: numeral, after };
  return values.includes(Number(numeral)) ? { value: Number(numeral), after } : undefined;
}
