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
      if (f && item.missing === 'reweight') {
        // Left out, the item is not counted: nothing to warn of, unless the record can never leave it out.
        if (!mayBeAbsent(f)) reweightNoEffect(ctx, f, [d, i]);
        continue;
      }
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
 * Warns (`invalid-scoring`) at `missing: reweight` on an item whose indicator every record gives, required or
 * filled in from its `default`: the option never applies, which the author may not know.
 */
function reweightNoEffect(ctx: ModelContext, f: IndicatorModel, [d, i]: [number, number]): void {
  const why =
    f.default !== undefined
      ? localized(
          `有默认值 ${JSON.stringify(f.default)}，未给出时按默认值计分；若未评时不计入，请删去“default”`,
          `has the default ${JSON.stringify(f.default)}, which a record that leaves it out is scored with; for a value left out (not assessed) not to count, remove "default"`,
        )
      : localized(
          '是必填的，每条记录都须给出；若允许未评且未评时不计入，请设“required: false”',
          'is required: every record gives it; for a value that may be left out (not assessed) and then not count, make it "required: false"',
        );
  const issue = ctx.source.issue(
    'invalid-scoring',
    localized(
      `“missing: reweight”不起作用，该项总会计入：“${f.label.zh}”（“${f.name}”）${why.zh}`,
      `"missing: reweight" has no effect, the item is always counted: "${f.label.en}" (${f.name}) ${why.en}`,
    ),
    ['scoring', 'dimensions', d, 'items', i, 'missing'],
  );
  ctx.issues.push({ ...issue, severity: 'warning' });
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
