import type { Reading } from '../compile/compile-check';
import type { CheckModel } from '../model/rule-set-model';
import type { LocalizedText } from '../text/localized-text';
import type { CriterionStatus, Limit } from './grade-result';

/**
 * The sentence explaining one requirement's result, in both languages, e.g.
 * "APF: 4.32 does not meet ≥ 4.50 (Grade 2)" /
 * "全年能源消耗效率 APF：4.32，不满足 ≥ 4.50（2级）".
 */
export function criterionMessage(
  check: CheckModel,
  status: CriterionStatus,
  reading: Reading | undefined,
  limit: Limit | null,
  unit: string | undefined,
): LocalizedText {
  const label = check.label;
  const where = context(check);
  const u = unit ? ` ${unit}` : '';
  const limitText = limit ? `${limit.text}${typeof limit.value === 'number' ? u : ''}` : '';
  if (status === 'not-applicable') {
    return {
      zh: `${label.zh}：不适用于此记录${where.zh}`,
      en: `${label.en}: not applicable to this record${where.en}`,
    };
  }
  if (status === 'missing') {
    return {
      zh: `${label.zh}：未提供数值，无法确认 ${limitText}${where.zh}`,
      en: `${label.en}: no value given, so ${limitText} cannot be confirmed${where.en}`,
    };
  }
  const passed = status === 'passed';
  if (check.test.kind === 'condition') {
    return {
      zh: `${label.zh}：条件 ${limitText}${passed ? '成立' : '不成立'}${where.zh}`,
      en: `${label.en}: condition ${limitText} ${passed ? 'holds' : 'does not hold'}${where.en}`,
    };
  }
  const value = valueText(reading, u, check);
  const reason =
    !passed && check.reason ? { zh: `。${check.reason.zh}`, en: `. ${check.reason.en}` } : { zh: '', en: '' };
  return {
    zh: `${label.zh}：${value.zh}，${passed ? '满足' : '不满足'} ${limitText}${where.zh}${reason.zh}`,
    en: `${label.en}: ${value.en} ${passed ? 'meets' : 'does not meet'} ${limitText}${where.en}${reason.en}`,
  };
}

function valueText(reading: Reading | undefined, u: string, check: CheckModel): LocalizedText {
  if (!reading || reading.measured === undefined) return { zh: '无数值', en: 'no value' };
  const measured = `${String(reading.measured)}${typeof reading.measured === 'number' ? u : ''}`;
  const specimen = reading.specimen
    ? { zh: `第 ${reading.specimen} 个试样 `, en: `specimen ${reading.specimen}: ` }
    : { zh: '', en: '' };
  const mean = check.aggregate === 'mean' ? { zh: '平均值 ', en: 'mean ' } : { zh: '', en: '' };
  let rounded = { zh: '', en: '' };
  if (reading.rounded && typeof reading.compared === 'number' && reading.compared !== reading.measured) {
    const digits =
      check.comparison.method === 'rounded' && check.comparison.interval
        ? check.comparison.interval.decimals
        : (reading.limit?.decimals ?? 0);
    const r = reading.compared.toFixed(digits);
    rounded = { zh: `（修约值 ${r}）`, en: ` (rounded to ${r})` };
  }
  return {
    zh: `${specimen.zh}${mean.zh}${measured}${rounded.zh}`,
    en: `${specimen.en}${mean.en}${measured}${rounded.en}`,
  };
}

function context(check: CheckModel): LocalizedText {
  if (check.effect === 'scope') return { zh: '（适用范围）', en: ' (scope)' };
  const grade = check.grade!.label;
  if (check.effect === 'gate') return { zh: `（否决项）`, en: ' (veto item)' };
  if (check.effect === 'cap')
    return {
      zh: `（未满足时等级不高于${check.capAt!.label.zh}）`,
      en: ` (failing it caps the grade at ${check.capAt!.label.en})`,
    };
  return { zh: `（${grade.zh}）`, en: ` (${grade.en})` };
}
