import { fullWidthToAscii } from './full-width';
import { type LocalizedText, localized } from './localized-text';

// How test reports write a result below the detection limit: `<0.01`, `＜0.01`, `≤0.01`, `ND`, `未检出`.
const BELOW_LIMIT = /^(?:(?:<=?|≤|≦|﹤)\s*(?:LOD|LOQ|DL\b)|n\.?d\.?$|未检出|低于检出限|小于检出限)/i;
// `<0.01`, `≤0.3`: below a detection limit on a chemistry sheet, but under a bow or a deviation only a limit copied
// into the cell (newcomer-30 M5): the advice names both.
const BELOW_NUMBER = /^(?:<=?|≤|≦|﹤)\s*(?:\d|\.\d)/;
// How they write "not tested": a slash or dash in the cell (`/`, `-`, `—`, `－`), 未检; also 无, which under a yes/no
// indicator is "no", so only the advice takes it.
// An evaluation sheet's "not assessed" (未评, 未打分) is the same mark for a score (enterprise-23 W7).
// `未检验`, `不检`, `免检` (exempt), `缺项` (item missing): the same statement, worded otherwise (hostile-23 M4).
const NOT_TESTED_MARK =
  /^(?:\/+|-+|[—―–]+|未检|未检测|未检验|未测|未测定|未测试|未做|不检|不检测|免检|缺项|未评|未评价|未评分|未打分|未评定|未评审|未参评|不参评|不评|免评|待评|缺评|暂未评)$/;
const NOT_TESTED = /^(?:\/+|-+|[—―–]+|无|未检|未检测|未检验|未测|未测定|未测试|未做|不检|不检测|免检|缺项)$/;
// 未评审, 未参评, 免评, 待评: a sheet's other words for it (hostile-24 M5).
const NOT_ASSESSED = /^(?:未评|未评价|未评分|未打分|未评定|未评审|未参评|不参评|不评|免评|待评|缺评|暂未评)$/;

/**
 * Whether a cell is a test report's "not tested" mark: a slash or dash
 * (`/`, `／`, `-`, `—`, `－`) or a word (`未检`, `未检测`, `未检验`, `未测`, `未测定`,
 * `未测试`, `未做`, `不检`, `不检测`, `免检`, `缺项`), or an evaluation sheet's "not assessed" (`未评`, `未评价`, `未评分`,
 * `未打分`, `未评定`). Not `无`, which a yes/no column writes for "no".
 *
 * @param text - the value as written, trimmed
 * @example
 * isNotTestedMark('未检'); // true
 */
export function isNotTestedMark(text: string): boolean {
  // Every cell of a column that need not be given passes here: a number's first character ends it.
  const c = text.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return false;
  return NOT_TESTED_MARK.test(fullWidthToAscii(text));
}
// How they write "does not apply": 不适用, 不涉及, 无此项, N/A.
const NOT_APPLICABLE = /^(?:不适用|不涉及|无此项|n\/a|n\.a\.|not applicable)$/i;

/**
 * Whether a cell says the item does not apply: `不适用`, `不涉及`, `无此项`, `N/A`, `n.a.`, `not applicable`.
 *
 * @param text - the value as written, trimmed
 * @example
 * isNotApplicableMark('N/A'); // true
 */
export function isNotApplicableMark(text: string): boolean {
  return NOT_APPLICABLE.test(fullWidthToAscii(text));
}

/** Where a value came from, for advice on what to write instead: a sheet's cell, or a JSON record's field. */
export type ValuePlace = 'cell' | 'field';

/**
 * Advice for a lab notation written where a number belongs, or `undefined`
 * when the text is none: a result below the detection limit (`<0.01`,
 * `ND`, `未检出`), an item not tested (`/`, `—`; `无`, which may also be none found, 0) or not assessed (`未评`) or one that does not
 * apply (`不适用`, `N/A`). The value is still
 * refused (a number is needed, and which one the standard says); the advice
 * says what to write, worded to follow the quoted value.
 *
 * @param text - the value as written, trimmed
 * @param numeric - whether the indicator takes a number (a boolean one gets only the not-tested and not-applicable advice)
 * @param required - whether the indicator must be given: "not applicable" is then not supported, else it is a blank
 * @param everyRecord - whether every record must give it (`required: true`, no `requiredWhen`): a blank is then as
 *   invalid as the mark, so "not tested" is told the value must be measured, not to leave the cell empty
 * @param score - whether the value is an assessor's score (a scoring item): a dash or `未检` is then "not scored",
 *   and the score is what to write, not a measured value (newcomer-39 F8)
 * @example
 * labNotationAdvice('<0.01', true, 'cell')?.en; // 'means below the detection limit: qgrade needs a number; …'
 */
export function labNotationAdvice(
  text: string,
  numeric: boolean,
  place: ValuePlace,
  required = true,
  everyRecord = required,
  score = false,
): LocalizedText | undefined {
  const t = fullWidthToAscii(text);
  const cell = place === 'cell';
  if (numeric && BELOW_NUMBER.test(t)) {
    const then = everyRecord
      ? { zh: '（该指标为必填项，不能留空）', en: ' (the indicator is required: it cannot be left empty)' }
      : {
          zh: `，未测定则${cell ? '将单元格留空' : '省略该字段'}`,
          en: `, or ${cell ? 'leave the cell empty' : 'leave the field out'} if it was not measured`,
        };
    return localized(
      `只给出上限，不是测得值：请填写实测值；如果表示低于检出限，请填写标准规定应取的数值${then.zh}`,
      `gives only an upper bound, not a measured value: write the measured value; if it means below the detection limit, write the value the standard says to use${then.en}`,
    );
  }
  if (numeric && BELOW_LIMIT.test(t)) {
    if (everyRecord)
      return localized(
        '表示低于检出限；qgrade 需要数值：请填写标准规定应取的数值（该指标为必填项，不能留空）',
        'means below the detection limit: qgrade needs a number; write the value the standard says to use (the indicator is required: it cannot be left empty)',
      );
    return localized(
      `表示低于检出限；qgrade 需要数值：请填写标准规定应取的数值，未测定则${cell ? '将单元格留空' : '省略该字段'}`,
      `means below the detection limit: qgrade needs a number; write the value the standard says to use, or ${cell ? 'leave the cell empty' : 'leave the field out'} if it was not measured`,
    );
  }
  if (NOT_APPLICABLE.test(t)) return notApplicableAdvice(place, required, everyRecord);
  if (NOT_ASSESSED.test(t)) {
    if (everyRecord) return mustBeGiven('表示未评价', 'means not assessed', '评价结果', 'the result');
    return localized(
      `表示未评价：请${cell ? '将单元格留空（或删除其内容）' : '省略该字段'}，该值即按缺失处理`,
      `means not assessed: ${cell ? 'leave the cell empty (or delete it)' : 'leave the field out'} so the value counts as missing`,
    );
  }
  // `无` under a number: "none found" (a count of 0: bubbles, spots) as often as "not tested" (newcomer-34 F4).
  if (numeric && t === '无') return noneOrNotTested(place, everyRecord);
  if (score && NOT_TESTED.test(t)) {
    if (everyRecord) return mustBeGiven('表示未评分', 'means not scored', '评分', 'the score');
    return localized(
      `表示未评分：请${cell ? '将单元格留空（或删除其内容）' : '省略该字段'}，该值即按缺失处理`,
      `means not scored: ${cell ? 'leave the cell empty (or delete it)' : 'leave the field out'} so the value counts as missing`,
    );
  }
  if (NOT_TESTED.test(t)) {
    if (everyRecord)
      return mustBeGiven(
        '表示未检测',
        'means not tested',
        numeric ? '测得的数值' : '检测结果（是/否）',
        numeric ? 'the measured value' : 'the result (yes/no)',
      );
    return localized(
      `表示未检测：请${cell ? '将单元格留空（或删除其内容）' : '省略该字段'}，该值即按缺失处理`,
      `means not tested: ${cell ? 'leave the cell empty (or delete it)' : 'leave the field out'} so the value counts as missing`,
    );
  }
  return undefined;
}

/**
 * `无` where a number belongs: a count's "none found", which is 0, or a test report's "not tested". Neither is read
 * (which one is the sheet's to say): the advice gives what to write for each.
 */
function noneOrNotTested(place: ValuePlace, everyRecord: boolean): LocalizedText {
  const cell = place === 'cell';
  if (everyRecord)
    return localized(
      '可能表示未发现，也可能表示未检测：若未发现，请填 0；若未检测，该指标为必填项（留空同样无效），每条记录都须给出：请填写测得的数值，缺少该项的记录无法按本规则集评定',
      'may mean none found or not tested: if none was found, write 0; if it was not tested, the indicator is required (an empty value is invalid too) and every record must give it: write the measured value, as a record without it cannot be graded by this rule set',
    );
  return localized(
    `可能表示未发现，也可能表示未检测：若未发现，请填 0；若未检测，请${cell ? '将单元格留空（或删除其内容）' : '省略该字段'}，该值即按缺失处理`,
    `may mean none found or not tested: if none was found, write 0; if it was not tested, ${cell ? 'leave the cell empty (or delete it)' : 'leave the field out'} so the value counts as missing`,
  );
}

/**
 * A not-tested mark under an indicator every record must give (newcomer-26 M8): leaving it empty is invalid too, so
 * say it is required and what to write; a record without it cannot be graded by this rule set.
 */
function mustBeGiven(zh: string, en: string, whatZh: string, whatEn: string): LocalizedText {
  return localized(
    `${zh}；该指标为必填项（留空同样无效），每条记录都须给出：请填写${whatZh}；缺少该项的记录无法按本规则集评定`,
    `${en}; the indicator is required (an empty value is invalid too) and every record must give it: write ${whatEn}; a record without it cannot be graded by this rule set`,
  );
}

/**
 * "Not applicable" (`不适用`, `N/A`): a rule set grades every record on every
 * required indicator, and has no "not applicable" unless its author wrote
 * one (an optional indicator, a `requiredWhen`); so say that, and what to do.
 */
function notApplicableAdvice(place: ValuePlace, required: boolean, everyRecord: boolean): LocalizedText {
  const cell = place === 'cell';
  if (!required)
    return localized(
      `表示不适用：该指标可不填，请${cell ? '将单元格留空' : '省略该字段'}`,
      `means not applicable: the indicator may be left out, so ${cell ? 'leave the cell empty' : 'leave the field out'}`,
    );
  // A `requiredWhen`: some records must give it (an APF for a heat pump), others may leave it out (hostile-31 M3).
  if (!everyRecord)
    return localized(
      `表示不适用：规则集只要求部分记录给出该指标（见其 requiredWhen）：若这条记录不在其中，请${cell ? '将单元格留空' : '省略该字段'}；若在其中，留空同样无效，请填写实测值`,
      `means not applicable: the rule set needs this indicator from some records only (its requiredWhen): if this record is not one of them, ${cell ? 'leave the cell empty' : 'leave the field out'}; if it is, an empty value is invalid too: write the measured value`,
    );
  return localized(
    '表示不适用；本规则集不支持“不适用”，每条记录都须给出该指标：若它对这条记录（企业或样品）确实不适用，请不要用本规则集评定这条记录（从数据中删除），或由规则集作者规定不适用时如何评定',
    "means not applicable, which this rule set does not support: every record must give this indicator. If it really does not apply to this record (enterprise or sample), leave the record out, or have the rule set's author define how such a record is graded",
  );
}
