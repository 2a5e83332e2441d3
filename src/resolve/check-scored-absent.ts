import type { IndicatorModel } from '../model/rule-set-model';
import { type LocalizedText, localized } from '../text/localized-text';
import type { ModelContext } from './model-context';
import { mayBeAbsent } from './when-needs';

/**
 * Warns (`unmet-when-absent`) where a scoring item scores an optional indicator with no `default`
 * (newcomer-29 W1): a record that leaves it out has no score for that dimension, so no total, and no
 * cutoff can be confirmed — it reaches only a grade that asks for no score, the lowest of a five-level
 * scheme (经验级), or none. Once per indicator, at its first item.
 *
 * @example
 * checkScoredAbsent(ctx, indicators); // warns at scoring.dimensions[5].items[0].indicator: improvement
 */
export function checkScoredAbsent(ctx: ModelContext, indicators: readonly IndicatorModel[]): void {
  const warned = new Set<string>();
  for (const [d, dim] of (ctx.doc.scoring?.dimensions ?? []).entries()) {
    for (const [i, item] of (dim.items ?? []).entries()) {
      const f = indicators.find((x) => x.name === item.indicator);
      if (!f || !mayBeAbsent(f) || warned.has(f.name)) continue;
      warned.add(f.name);
      const fix = defaultAdvice(f, item.points);
      const issue = ctx.source.issue(
        'unmet-when-absent',
        localized(
          `可选指标“${f.label.zh}”（“${f.name}”）没有默认值，却计入维度“${dim.id}”的分数：未给出它的记录，该维度的分数和总分为空（—），` +
            `各分数线都无法确认，只能得到不设分数线的最低等级，或不分级。${fix.zh}；若必须检测，请设为必填（“required: true”）`,
          `the optional indicator "${f.label.en}" (${f.name}) has no default, yet it is scored in dimension "${dim.id}": a record that does not give it ` +
            `has no score for the dimension and no total (—), so no cutoff can be confirmed, and it gets only a grade with no cutoff (the lowest), or none. ` +
            `${fix.en}; if it must be given, make it required ("required: true")`,
        ),
        ['scoring', 'dimensions', d, 'items', i, 'indicator'],
      );
      ctx.issues.push({ ...issue, severity: 'warning' });
    }
  }
}

/**
 * The `default` that scores a missing value as the least, in the indicator's own kind (newcomer-31 M-6:
 * `default: 0` on a boolean is itself refused): `false` for a boolean, an enum's value with the fewest points,
 * 0 for a number.
 */
function defaultAdvice(
  f: IndicatorModel,
  points: Record<string, number> | [string, number][] | undefined,
): LocalizedText {
  if (f.kind === 'boolean')
    return localized(
      '若未具备时按“否”计分，请给它“default: false”',
      'If a missing value counts as "no", give it "default: false"',
    );
  if (f.kind !== 'number') {
    const map = points && !Array.isArray(points) ? Object.entries(points) : [];
    const least = map.sort((a, b) => a[1] - b[1])[0]?.[0];
    if (least !== undefined)
      return localized(
        `若未检测时按得分最低的“${least}”计，请给它“default: ${least}”`,
        `If a missing value counts as "${least}", the value scoring least, give it "default: ${least}"`,
      );
  }
  return localized(
    '若未检测时按 0 分计，请给它“default: 0”',
    'If a missing score counts as 0, give it "default: 0"',
  );
}
