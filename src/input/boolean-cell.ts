import { type IndicatorInfo, valueSpellingsOf } from '../resolve/rule-set';
import { BOOLEAN_WORD_CHARACTERS, booleanWord, negatedLabel } from '../text/boolean-words';
import { isPlainScript } from '../text/character-shown';
import { foldValueText } from '../text/fold-value-text';
import { fullWidthToAscii, nameCharacter } from '../text/full-width';
import { labNotationAdvice } from '../text/lab-notation';
import { type LocalizedText, localized } from '../text/localized-text';
import { valueAliasHint } from '../text/value-alias-hint';
import { countsEvent, eventCount } from './event-count';
import { withoutProductWord } from './value-word-forms';

/**
 * Reads a boolean indicator's cell (trimmed, not empty): the one rule for
 * CSV, TSV, a workbook's text cells, Parquet text and `gradeSample`. A word
 * is read only where it cannot be read the wrong way round:
 *
 * - `是`/`否`, `true`/`false`, `1`/`0`, `yes`/`no`, `Y`/`N`: always — they answer the label;
 * - a label or alias of a value the rule set gives (`valueLabels`: `水冷式`, `水冷` for false on 风冷式),
 *   as written or folded as enum labels are ({@link foldValueText}); the rule set refuses one that is a yes/no
 *   word of the other value, so none is read against the words above;
 * - a count of events (`2`, `1起`, `0 次`) on an event whose requirement asks for no ({@link countsEvent}: 近三年发生
 *   重大质量事故): above 0 yes, 0 no, as a `重大质量事故次数` column mapped to it writes them;
 * - `有`/`无`, `发生`/`未发生`: unless the label is a negation (`无重大事故`: is `无` "none happened" or "not 无"?);
 * - a verdict, `合格`/`不合格`, `通过`/`不通过`, `pass`/`fail`: only where `true` meets the requirements
 *   ({@link IndicatorInfo.meets}). On 近三年发生重大质量事故 (requirement `= false`) `合格` would read as "an
 *   incident happened" and cap the grade; it is refused with what to write instead.
 *
 * @returns the value, or why the cell is refused (the text after the quoted cell)
 * @example
 * booleanCell('合格', { ...info, meets: true }); // true
 * booleanCell('合格', { ...info, meets: false }).zh; // '是检验结论（合格/不合格），…'
 */
export function booleanCell(text: string, indicator: IndicatorInfo): boolean | LocalizedText {
  const word = booleanWord(text);
  if (word?.kind === 'yes-no') return word.value;
  const labelled = labelledValue(text, indicator) ?? wrappedValue(text, indicator);
  if (labelled !== undefined) return labelled;
  // `2`, `1起`, `0 次` in a count column read as the event (`--map 重大质量事故次数=majorQualityIncident`): some is yes.
  if (countsEvent(indicator)) {
    const count = eventCount(text);
    if (count !== undefined) return count > 0;
  }
  if (word?.kind === 'exists') {
    if (!negatedLabel(indicator.label.zh)) return word.value;
    return localized(
      `对标签为否定说法的指标（“${indicator.label.zh}”）含义不明，可能被读反：请写 是 或 否（“是”表示${indicator.label.zh}）`,
      `is unclear for an indicator whose label is a negation ("${indicator.label.zh}") and could be read the wrong way round: write yes or no (是/否; yes means "${indicator.label.en}")`,
    );
  }
  if (word?.kind === 'verdict') {
    if (indicator.meets === true) return word.value;
    return indicator.meets === false
      ? localized(
          `是检验结论（合格/不合格），而本指标的要求为“否”（“是”表示${indicator.label.zh}），按结论读会把含义读反：请写 是/否（有/无）`,
          `is a pass/fail verdict, but this indicator's requirement asks for false (true means "${indicator.label.en}"), so a verdict would be read the wrong way round: write yes/no (是/否, 有/无)`,
        )
      : localized(
          `是检验结论（合格/不合格），但规则集没有说明本指标取哪个值为合格，可能被读反：请写 是/否（有/无）`,
          `is a pass/fail verdict, but the rule set does not say which value of this indicator is a pass, so it could be read the wrong way round: write yes/no (是/否, 有/无)`,
        );
  }
  const lab = labNotationAdvice(
    text,
    false,
    'cell',
    indicator.required || indicator.conditionallyRequired === true,
    indicator.required,
  );
  if (lab !== undefined) return lab;
  // Name a character that is in no accepted word (√, ¹), as numbers do; not in a word of Chinese (风冷, 水冷), which
  // reads as a word a sheet chose, not an encoding fault (hostile-22 M6).
  const trimmed = text.trim();
  // Words round punctuation (`风冷/水冷`, `否（蒸发冷）`, `风冷式=否`) are words too: no code point for them (hostile-24 M1,
  // hostile-25 M6).
  const chinese =
    /^\p{Script=Han}{2,}$/u.test(trimmed) ||
    (/\p{Script=Han}/u.test(trimmed) && /^[\p{L}\p{P}\s=＝]{3,}$/u.test(trimmed));
  const odd = chinese
    ? undefined
    : // A Chinese character among others (`风冷，T2气候`) is part of a word, not a character to name (hostile-27 M7);
      // one alone (`风`) may be a slip of the keyboard or the encoding, and is named.
      [...fullWidthToAscii(text)].find(
        (c) =>
          c > '\u007f' &&
          !BOOLEAN_WORD_CHARACTERS.includes(c) &&
          !(isPlainScript(c) && [...trimmed].length > 1),
      );
  const named = odd === undefined ? undefined : nameCharacter(odd);
  const verdicts = indicator.meets === true;
  // `风冷` or `风冷式` in the 风冷式 column: the sheet wrote the label where it means yes.
  const label = indicator.label.zh.trim();
  const saysLabel = chinese && (trimmed === label || trimmed === label.replace(/[式型]$/u, ''));
  const hint = saysLabel
    ? localized(
        `；“${trimmed}”即“${label}”，请写 是`,
        `; "${trimmed}" is the label "${label}": write 是 (yes)`,
      )
    : localized('', '');
  const labels = labelList(indicator);
  // The rule-side fix: a tick or a cross (`√`, `×`) listed as an alias of yes or no (newcomer-36 M7).
  const mark = MARKS[trimmed];
  const alias = mark === undefined ? localized('', '') : valueAliasHint(trimmed, mark);
  return localized(
    `${named ? `含字符 ${named}，` : ''}不是 是/否、有/无、${verdicts ? '合格/不合格、' : ''}true/false、1/0、yes/no、Y/N${labels.zh}${labels.zh ? '' : ' '}之一${hint.zh}${alias.zh}`,
    `${named ? `contains the character ${named} and ` : ''}is not one of true/false, 1/0, yes/no, Y/N, 是/否, 有/无${verdicts ? ', 合格/不合格' : ''}${labels.en}${hint.en}${alias.en}`,
  );
}

/** The value a cell is by a label or alias of the indicator's (`valueLabels`), as written, then folded; else `undefined`. */
function labelledValue(text: string, indicator: IndicatorInfo): boolean | undefined {
  const spellings = valueSpellingsOf(indicator);
  if (spellings === undefined) return undefined;
  const value = spellings.get(text) ?? spellings.get(foldValueText(text));
  return typeof value === 'boolean' ? value : undefined;
}

/** `否（水冷式）`, `no (Water-cooled)`: a yes/no, then a word in brackets. */
const YES_NO_OF = /^(是|否|yes|no)\s*[(（](.+)[)）]$/iu;
/** `非风冷式`, `不是风冷式`, `not air-cooled`, `non-air-cooled`: a negation, then the label. */
const NEGATED = /^(?:非|不是|not\s+|non-?\s*)(.+)$/iu;

/**
 * A cell that says its value round the indicator's words (hostile-24 M1, W16), else `undefined`:
 * - a value's label or alias with a product word after it, `开启式压缩机`, `水冷式机组`: that value, as the
 *   check of unread columns reads it;
 * - `否（X）` / `是（X）` (the form qgrade writes a value in), `no (X)`: read when X is the indicator's label (its
 *   stem: `否（风冷）`) or true's label or alias (`否（全封闭型）`), or the label of the value the yes/no says
 *   (`否（水冷式）` with 水冷式 the label of false); `是（水冷式）` says two things and is refused;
 * - the label (or its stem) after a negation, `非风冷式`, `不是风冷式`, `not air-cooled`: false, unless the label is
 *   itself a negation (`无重大事故`: `非无重大事故` is not read); so is a label or alias of true after a negation
 *   (`非全封闭`, `不是全封闭式`).
 */
function wrappedValue(text: string, indicator: IndicatorInfo): boolean | undefined {
  const t = foldValueText(text);
  const bare = withoutProductWord(t);
  const named = bare === undefined ? undefined : labelledValue(bare, indicator);
  if (named !== undefined) return named;
  const yesNo = YES_NO_OF.exec(t);
  if (yesNo) {
    const value = yesNo[1] === '是' || yesNo[1]!.toLowerCase() === 'yes';
    const inner = yesNo[2]!.trim();
    if (isLabel(inner, indicator)) return value;
    // X a label of the value said, or of true as the label is (`否（全封闭型）`: not hermetic); `是（水冷式）` says two things.
    const named = labelledValue(inner, indicator);
    return named === value || named === true ? value : undefined;
  }
  const negated = NEGATED.exec(t);
  if (negated && !negatedLabel(indicator.label.zh)) {
    const inner = negated[1]!.trim();
    if (isLabel(inner, indicator) || labelledValue(inner, indicator) === true) return false;
  }
  return undefined;
}

/** Whether a folded text is the indicator's label, zh or en, or the zh label less a trailing 式/型. */
function isLabel(folded: string, indicator: IndicatorInfo): boolean {
  const zh = foldValueText(indicator.label.zh);
  const en = foldValueText(indicator.label.en);
  const spaced = (s: string) => s.replace(/[-\s]+/gu, ' ');
  return (
    folded === zh ||
    (zh.length >= 3 && folded === zh.replace(/[式型]$/u, '')) ||
    spaced(folded) === spaced(en)
  );
}

/**
 * The labels of a boolean's values for the refusal, true's first, in both languages
 * (`、风冷式/水冷式（Air-cooled/Water-cooled）`: a sheet's words may be either's); empty without labels.
 */
function labelList(indicator: IndicatorInfo): LocalizedText {
  const labels = indicator.valueLabels;
  if (labels === undefined) return localized('', '');
  const given = [labels.true, labels.false].filter((l) => l !== undefined);
  const zh = given.map((l) => l.zh).join('/');
  const en = given.map((l) => l.en).join('/');
  return localized(`、${zh}（${en}）`, `, ${en} (${zh})`);
}

/** Ticks and crosses a lab marks yes and no with, as the alias hint offers them. */
const MARKS: Readonly<Record<string, boolean>> = {
  '√': true,
  '✓': true,
  '✔': true,
  '×': false,
  '✗': false,
  '✘': false,
};
